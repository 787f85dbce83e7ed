//! District reports for controllers: one self-contained HTML file (no network needed to open
//! it) with a choropleth map per KPI drawn as SVG from the real geometries (legend, scale bar,
//! north arrow), a bar chart per KPI, an optional time series, the KPI table and the sources
//! of every figure; or the same table as CSV. Suppressed cells (disclosure control happens
//! before, in `saale-privacy`) are shown as "." with a footnote. German labels by default.
//!
//! Hand-written SVG: the figures are simple and a plotting dependency would pull in fonts and
//! rasterisers the report does not need.

use std::fmt::Write as _;

use geo_types::{Geometry, LineString, Polygon};
use saale_model::{Bbox, Layer, Value};

/// Report language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// German (default).
    De,
    /// English.
    En,
}

impl Lang {
    fn t(self, de: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// One source line under the figures.
#[derive(Debug, Clone)]
pub struct Source {
    /// Layer name.
    pub layer: String,
    /// Attribution.
    pub attribution: String,
    /// Licence.
    pub licence: String,
    /// As-of date.
    pub as_of: String,
    /// How it was made.
    pub provenance: String,
}

/// Everything a report shows.
pub struct Report<'a> {
    /// Title.
    pub title: String,
    /// The districts, already protected by disclosure control.
    pub layer: &'a Layer,
    /// Field with the district names.
    pub label: String,
    /// KPI fields and their captions.
    pub kpis: Vec<(String, String)>,
    /// Fields of a time series (e.g. households at 31.12. of each year) and their x labels.
    pub series: Vec<(String, String)>,
    /// City totals of the series fields (from the unsuppressed data; the total is not small).
    pub series_totals: Vec<Option<f64>>,
    /// Sources of the figures.
    pub sources: Vec<Source>,
    /// Threshold of the disclosure control, for the footnote.
    pub min_count: u64,
    /// Language.
    pub lang: Lang,
    /// Creation date (YYYY-MM-DD).
    pub date: String,
    /// Length unit of the layer's CRS is metres (for the scale bar).
    pub metric: bool,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A number for people: shares as percent, thousands grouped, German or English separators.
#[must_use]
pub fn format_value(v: Option<f64>, share: bool, lang: Lang) -> String {
    let Some(v) = v else {
        return ".".into();
    };
    let (x, dec, suffix) = if share {
        (v * 100.0, 1, " %")
    } else if v.abs() >= 100.0 || (v - v.round()).abs() < 1e-6 {
        (v, 0, "")
    } else {
        (v, 2, "")
    };
    let s = format!("{:.*}", dec, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let (th, dp) = match lang {
        Lang::De => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(th);
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 && s.chars().any(|c| c != '0' && c != '.') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}{suffix}")
    } else {
        format!("{sign}{grouped}{dp}{frac}{suffix}")
    }
}

fn is_share(field: &str) -> bool {
    field.starts_with("share")
}

const PALETTE: [&str; 5] = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

/// Class breaks (upper bounds) by quantiles, at most 5 distinct classes.
fn breaks(values: &[f64]) -> Vec<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return Vec::new();
    }
    let mut b: Vec<f64> = (1..=5)
        .map(|k| {
            v[((k * v.len()).div_ceil(5))
                .saturating_sub(1)
                .min(v.len() - 1)]
        })
        .collect();
    b.dedup();
    b
}

fn class_of(v: f64, b: &[f64]) -> usize {
    b.iter()
        .position(|u| v <= *u)
        .unwrap_or(b.len().saturating_sub(1))
}

/// SVG path data of a geometry, with `tx` mapping to the picture.
fn path(g: &Geometry<f64>, tx: &impl Fn(f64, f64) -> (f64, f64)) -> String {
    let mut d = String::new();
    let ring = |d: &mut String, r: &LineString<f64>| {
        for (i, c) in r.0.iter().enumerate() {
            let (x, y) = tx(c.x, c.y);
            let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
        }
        d.push('Z');
    };
    let poly = |d: &mut String, p: &Polygon<f64>| {
        ring(d, p.exterior());
        for h in p.interiors() {
            ring(d, h);
        }
    };
    match g {
        Geometry::Polygon(p) => poly(&mut d, p),
        Geometry::MultiPolygon(mp) => mp.0.iter().for_each(|p| poly(&mut d, p)),
        Geometry::GeometryCollection(gc) => {
            for g in gc.iter() {
                d.push_str(&path(g, tx));
            }
        }
        _ => {}
    }
    d
}

fn nice(x: f64) -> f64 {
    let p = 10f64.powf(x.log10().floor());
    let m = x / p;
    p * if m >= 5.0 {
        5.0
    } else if m >= 2.0 {
        2.0
    } else {
        1.0
    }
}

fn values(l: &Layer, field: &str) -> Vec<Option<f64>> {
    let i = l.schema.index_of(field);
    l.features
        .iter()
        .map(|f| i.and_then(|i| f.value(i).as_f64()))
        .collect()
}

fn labels(l: &Layer, field: &str) -> Vec<String> {
    let i = l.schema.index_of(field);
    l.features
        .iter()
        .enumerate()
        .map(|(k, f)| match i.map(|i| f.value(i)) {
            Some(Value::String(s)) => s.to_string(),
            Some(Value::Int(n)) => n.to_string(),
            _ => format!("#{}", k + 1),
        })
        .collect()
}

fn map_svg(r: &Report<'_>, field: &str, caption: &str) -> String {
    let (w, h) = (560.0, 440.0);
    let pad = 12.0;
    let mut bb = Bbox::empty();
    for f in &r.layer.features {
        if let Some(g) = &f.geometry {
            bb.merge(&Bbox::of(g));
        }
    }
    let (bw, bh) = (
        (bb.max_x - bb.min_x).max(1e-9),
        (bb.max_y - bb.min_y).max(1e-9),
    );
    let s = ((w - 2.0 * pad) / bw).min((h - 2.0 * pad - 40.0) / bh);
    let tx = |x: f64, y: f64| (pad + (x - bb.min_x) * s, pad + (bb.max_y - y) * s);
    let vals = values(r.layer, field);
    let present: Vec<f64> = vals.iter().flatten().copied().collect();
    let b = breaks(&present);
    let names = labels(r.layer, &r.label);
    let mut out = format!(
        "<svg class=\"map\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <defs><pattern id=\"hatch-{f}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999\" stroke-width=\"2\"/></pattern></defs>",
        esc(caption),
        f = esc(field)
    );
    for (k, f) in r.layer.features.iter().enumerate() {
        let Some(g) = &f.geometry else { continue };
        let fill = match vals[k] {
            Some(v) => PALETTE[class_of(v, &b) + PALETTE.len() - b.len().max(1)].to_string(),
            None => format!("url(#hatch-{})", esc(field)),
        };
        let _ = write!(
            out,
            "<path d=\"{}\" fill=\"{fill}\" fill-rule=\"evenodd\" stroke=\"#555\" stroke-width=\"0.6\"><title>{}: {}</title></path>",
            path(g, &tx),
            esc(&names[k]),
            format_value(vals[k], is_share(field), r.lang)
        );
    }
    // North arrow (grid north; in UTM within a degree of true north).
    let _ = write!(
        out,
        "<g transform=\"translate({} 30)\"><path d=\"M0 -18 L7 6 L0 1 L-7 6 Z\" fill=\"#222\"/><text x=\"0\" y=\"20\" font-size=\"12\" text-anchor=\"middle\">N</text></g>",
        w - 28.0
    );
    if r.metric {
        let len = nice(bw / 4.0);
        let px = len * s;
        let y = h - 18.0;
        let label = if len >= 1000.0 {
            format!("{} km", format_value(Some(len / 1000.0), false, r.lang))
        } else {
            format!("{len:.0} m")
        };
        let _ = write!(
            out,
            "<g class=\"scalebar\"><rect x=\"{pad}\" y=\"{y}\" width=\"{px:.1}\" height=\"5\" fill=\"#222\"/><rect x=\"{pad}\" y=\"{y}\" width=\"{:.1}\" height=\"5\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"0.5\"/><text x=\"{pad}\" y=\"{}\" font-size=\"11\">0</text><text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{label}</text></g>",
            px / 2.0,
            y - 3.0,
            pad + px,
            y - 3.0
        );
    }
    out.push_str("</svg>");
    // Legend as HTML (readable, selectable, prints well).
    let mut legend = String::from("<ul class=\"legend\">");
    let mut lo = present.iter().copied().fold(f64::INFINITY, f64::min);
    for (k, up) in b.iter().enumerate() {
        let col = PALETTE[k + PALETTE.len() - b.len()];
        let _ = write!(
            legend,
            "<li><span class=\"sw\" style=\"background:{col}\"></span>{} – {}</li>",
            format_value(Some(lo), is_share(field), r.lang),
            format_value(Some(*up), is_share(field), r.lang)
        );
        lo = *up;
    }
    if vals.iter().any(Option::is_none) {
        let _ = write!(
            legend,
            "<li><span class=\"sw hatch\"></span>. {}</li>",
            r.lang
                .t("gesperrt oder ohne Wert", "suppressed or no value")
        );
    }
    legend.push_str("</ul>");
    format!("<div class=\"mapbox\">{out}{legend}</div>")
}

fn bar_svg(r: &Report<'_>, field: &str, caption: &str) -> String {
    let vals = values(r.layer, field);
    let names = labels(r.layer, &r.label);
    let mut rows: Vec<(String, Option<f64>)> = names.into_iter().zip(vals).collect();
    rows.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });
    let max = rows
        .iter()
        .filter_map(|r| r.1)
        .fold(0.0f64, f64::max)
        .max(1e-12);
    let (lw, bw, rh) = (190.0, 300.0, 14.0);
    let h = rows.len() as f64 * rh + 8.0;
    let mut out = format!(
        "<svg class=\"bars\" viewBox=\"0 0 {} {h}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        lw + bw + 80.0,
        esc(caption)
    );
    for (k, (name, v)) in rows.iter().enumerate() {
        let y = 4.0 + k as f64 * rh;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text>",
            lw - 6.0,
            y + 10.0,
            esc(name)
        );
        if let Some(v) = v {
            let _ = write!(
                out,
                "<rect x=\"{lw}\" y=\"{y}\" width=\"{:.1}\" height=\"{}\" fill=\"#2c7fb8\"/>",
                (v.max(0.0) / max) * bw,
                rh - 3.0
            );
        }
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"10\">{}</text>",
            lw + v.map_or(0.0, |v| (v.max(0.0) / max) * bw) + 4.0,
            y + 10.0,
            format_value(*v, is_share(field), r.lang)
        );
    }
    out.push_str("</svg>");
    out
}

/// The vertical scale of a line chart: the values' range (widened by 1 each way when flat)
/// onto the plot from y = 10 down to `bottom`.
struct YScale {
    lo: f64,
    hi: f64,
    bottom: f64,
}

impl YScale {
    fn new(values: impl Iterator<Item = f64>, bottom: f64) -> Self {
        let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        let (lo, hi) = if hi > lo {
            (lo, hi)
        } else {
            (lo - 1.0, hi + 1.0)
        };
        YScale { lo, hi, bottom }
    }

    fn y(&self, v: f64) -> f64 {
        10.0 + (self.bottom - 10.0) * (1.0 - (v - self.lo) / (self.hi - self.lo))
    }

    /// The smallest and largest value as labels right-aligned at `x`.
    fn labels(&self, out: &mut String, x: f64, lang: Lang) {
        for v in [self.lo, self.hi] {
            let _ = write!(
                out,
                "<text x=\"{x}\" y=\"{:.1}\" font-size=\"9\" text-anchor=\"end\">{}</text>",
                self.y(v) + 3.0,
                format_value(Some(v), false, lang)
            );
        }
    }
}

/// An SVG path through the points: `M x y L x y ...`.
fn polyline(pts: impl Iterator<Item = (f64, f64)>) -> String {
    pts.enumerate()
        .map(|(k, (x, y))| format!("{}{x:.1} {y:.1}", if k == 0 { "M" } else { "L" }))
        .collect()
}

fn series_svg(r: &Report<'_>) -> String {
    let pts: Vec<(usize, f64)> = r
        .series_totals
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .collect();
    if pts.len() < 2 {
        return String::new();
    }
    let (w, h, l, b) = (560.0, 220.0, 60.0, 30.0);
    let ys = YScale::new(pts.iter().map(|p| p.1), h - b);
    let n = r.series.len().max(2) - 1;
    let x = |i: usize| l + (w - l - 10.0) * i as f64 / n as f64;
    let y = |v: f64| ys.y(v);
    let mut out = format!(
        "<svg class=\"series\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        r.lang.t("Zeitreihe der Stadt insgesamt", "time series of the city total")
    );
    let _ = write!(
        out,
        "<path d=\"{}\" fill=\"none\" stroke=\"#2c7fb8\" stroke-width=\"2\"/>",
        polyline(pts.iter().map(|(i, v)| (x(*i), y(*v))))
    );
    for (i, v) in &pts {
        let _ = write!(out, "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"#2c7fb8\"><title>{}: {}</title></circle>", x(*i), y(*v), esc(&r.series[*i].1), format_value(Some(*v), false, r.lang));
    }
    let every = r.series.len().div_ceil(8).max(1);
    for (i, (_, lab)) in r.series.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{}</text>",
            x(i),
            h - 12.0,
            esc(lab)
        );
    }
    ys.labels(&mut out, l - 6.0, r.lang);
    let _ = write!(
        out,
        "<line x1=\"{l}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888\"/>",
        h - b,
        w - 10.0,
        h - b
    );
    out.push_str("</svg>");
    out
}

/// "Sources: layer (attribution, licence, as of DATE); ..." with the empty parts left out.
fn sources_line(sources: &[Source], lang: Lang) -> String {
    let parts: Vec<String> = sources
        .iter()
        .map(|x| {
            let mut extra: Vec<String> = [x.attribution.as_str(), x.licence.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(esc)
                .collect();
            if !x.as_of.is_empty() {
                extra.push(format!("{} {}", lang.t("Stand", "as of"), esc(&x.as_of)));
            }
            if extra.is_empty() {
                esc(&x.layer)
            } else {
                format!("{} ({})", esc(&x.layer), extra.join(", "))
            }
        })
        .collect();
    format!(
        "<p class=\"src\"><strong>{}</strong> {}</p>",
        lang.t("Quellen:", "Sources:"),
        parts.join("; ")
    )
}

fn sources_html(r: &Report<'_>) -> String {
    sources_line(&r.sources, r.lang)
}

/// The report as one HTML document.
#[must_use]
pub fn html(r: &Report<'_>) -> String {
    let mut body = String::new();
    let _ = write!(
        body,
        "<header><h1>{}</h1><p>{} {} · {} {}</p></header>",
        esc(&r.title),
        r.lang.t("Erstellt am", "Created on"),
        esc(&r.date),
        r.layer.features.len(),
        r.lang.t("Bezirke", "districts")
    );
    let mut any_suppressed = false;
    for (field, caption) in &r.kpis {
        any_suppressed |= values(r.layer, field).iter().any(Option::is_none);
        let _ = write!(
            body,
            "<section class=\"kpi\"><h2>{}</h2><div class=\"figs\">{}<figure>{}<figcaption>{}</figcaption></figure></div>{}</section>",
            esc(caption),
            map_svg(r, field, caption),
            bar_svg(r, field, caption),
            esc(caption),
            sources_html(r)
        );
    }
    if !r.series.is_empty() {
        let _ = write!(
            body,
            "<section class=\"kpi\"><h2>{}</h2><figure>{}<figcaption>{}</figcaption></figure>{}</section>",
            r.lang.t("Entwicklung der Stadt insgesamt", "Development of the city total"),
            series_svg(r),
            esc(&format!(
                "{} – {}",
                r.series.first().map(|s| s.1.as_str()).unwrap_or(""),
                r.series.last().map(|s| s.1.as_str()).unwrap_or("")
            )),
            sources_html(r)
        );
    }
    // The table.
    let names = labels(r.layer, &r.label);
    let cols: Vec<Vec<Option<f64>>> = r.kpis.iter().map(|(f, _)| values(r.layer, f)).collect();
    let _ = write!(
        body,
        "<section class=\"table\"><h2>{}</h2><table><thead><tr><th scope=\"col\">{}</th>",
        r.lang.t("Kennzahlen je Bezirk", "KPIs per district"),
        r.lang.t("Bezirk", "District")
    );
    for (_, c) in &r.kpis {
        let _ = write!(body, "<th scope=\"col\">{}</th>", esc(c));
    }
    body.push_str("</tr></thead><tbody>");
    for (k, n) in names.iter().enumerate() {
        let _ = write!(body, "<tr><th scope=\"row\">{}</th>", esc(n));
        for (c, (f, _)) in cols.iter().zip(&r.kpis) {
            let _ = write!(body, "<td>{}</td>", format_value(c[k], is_share(f), r.lang));
        }
        body.push_str("</tr>");
    }
    body.push_str("</tbody></table>");
    if any_suppressed {
        let _ = write!(
            body,
            "<p class=\"note\">. = {} {} {}.</p>",
            r.lang.t(
                "Wert gesperrt (Geheimhaltung: weniger als",
                "value suppressed (disclosure control: fewer than"
            ),
            r.min_count,
            r.lang.t(
                "Haushalte bzw. Personen, oder zum Schutz eines solchen Werts vor Rückrechnung aus der Summe)",
                "households or persons, or to protect such a value against recomputation from the total)"
            )
        );
    }
    body.push_str(&sources_html(r));
    let _ = write!(
        body,
        "<details><summary>{}</summary><ul>",
        r.lang.t("Herkunft der Daten", "Provenance")
    );
    for s in &r.sources {
        let _ = write!(
            body,
            "<li><code>{}</code>: {}</li>",
            esc(&s.layer),
            esc(&s.provenance)
        );
    }
    body.push_str("</ul></details></section>");
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{t}</title><style>{CSS}</style></head><body>{body}</body></html>",
        lang = r.lang.t("de", "en"),
        t = esc(&r.title)
    )
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222;max-width:72rem}\
h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}\
.figs{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.mapbox{flex:1 1 26rem}\
svg.map{width:100%;max-width:560px;height:auto}svg.bars{width:100%;max-width:570px;height:auto}\
svg.series{width:100%;max-width:560px;height:auto}figure{margin:0;flex:1 1 26rem}\
.legend{list-style:none;padding:0;margin:.3rem 0;font-size:.85rem}.legend li{display:flex;align-items:center;gap:.4rem}\
.sw{display:inline-block;width:1.1rem;height:.8rem;border:1px solid #555}.sw.hatch{background:repeating-linear-gradient(45deg,#eee 0 3px,#999 3px 5px)}\
table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #ccc;padding:.15rem .4rem;text-align:right}\
th[scope=row],thead th:first-child{text-align:left}.src,.note{font-size:.8rem;color:#444}\
@media print{body{margin:0}section.kpi{break-inside:avoid;page-break-inside:avoid}section{break-before:auto}details{display:none}}";

/// One forecast series for [`forecast_html`].
#[derive(Debug, Clone)]
pub struct ForecastSeries {
    /// Series id and label.
    pub label: String,
    /// Observed values by year.
    pub history: Vec<(i32, f64)>,
    /// Forecast: year, value, lower, upper.
    pub forecast: Vec<(i32, f64, f64, f64)>,
    /// Method name.
    pub method: String,
}

fn forecast_svg(s: &ForecastSeries, lang: Lang) -> String {
    let (w, h, l, b) = (560.0, 240.0, 64.0, 30.0);
    let years: Vec<i32> = s
        .history
        .iter()
        .map(|p| p.0)
        .chain(s.forecast.iter().map(|p| p.0))
        .collect();
    let (Some(y0), Some(y1)) = (years.iter().min().copied(), years.iter().max().copied()) else {
        return String::new();
    };
    let vals: Vec<f64> = s
        .history
        .iter()
        .map(|p| p.1)
        .chain(s.forecast.iter().flat_map(|p| [p.2, p.3]))
        .filter(|v| v.is_finite())
        .collect();
    let ys = YScale::new(vals.iter().copied(), h - b);
    let x = |y: i32| l + (w - l - 10.0) * f64::from(y - y0) / f64::from((y1 - y0).max(1));
    let yy = |v: f64| ys.y(v);
    let mut out = format!(
        "<svg class=\"forecast\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(&s.label)
    );
    let shown: Vec<(i32, f64, f64, f64)> = s
        .forecast
        .iter()
        .copied()
        .filter(|p| p.1.is_finite())
        .collect();
    if !shown.is_empty() {
        let upper: Vec<String> = shown
            .iter()
            .map(|p| format!("{:.1} {:.1}", x(p.0), yy(p.3)))
            .collect();
        let lower: Vec<String> = shown
            .iter()
            .rev()
            .map(|p| format!("{:.1} {:.1}", x(p.0), yy(p.2)))
            .collect();
        let _ = write!(
            out,
            "<path class=\"band\" d=\"M{}L{}Z\" fill=\"#a6cee3\" fill-opacity=\"0.6\"/>",
            upper.join("L"),
            lower.join("L")
        );
    }
    let line = |pts: &[(i32, f64)]| polyline(pts.iter().map(|p| (x(p.0), yy(p.1))));
    let _ = write!(
        out,
        "<path d=\"{}\" fill=\"none\" stroke=\"#222\" stroke-width=\"2\"/>",
        line(&s.history)
    );
    let mut fpts: Vec<(i32, f64)> = s.history.last().copied().into_iter().collect();
    fpts.extend(shown.iter().map(|p| (p.0, p.1)));
    let _ = write!(out, "<path d=\"{}\" fill=\"none\" stroke=\"#1f78b4\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>", line(&fpts));
    let every = ((y1 - y0) / 8).max(1);
    for y in (y0..=y1).filter(|y| (y - y0) % every == 0) {
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{y}</text>",
            x(y),
            h - 12.0
        );
    }
    ys.labels(&mut out, l - 6.0, lang);
    out.push_str("</svg>");
    out
}

/// A forecast report: per series the observed values, the forecast and its 95 % interval as a
/// chart, and a table.
#[must_use]
pub fn forecast_html(
    title: &str,
    series: &[ForecastSeries],
    sources: &[Source],
    lang: Lang,
    date: &str,
) -> String {
    let mut body = format!(
        "<header><h1>{}</h1><p>{} {}</p></header>",
        esc(title),
        lang.t("Erstellt am", "Created on"),
        esc(date)
    );
    for s in series {
        let _ = write!(
            body,
            "<section class=\"kpi\"><h2>{}</h2><figure>{}<figcaption>{} ({}: {}); {}</figcaption></figure><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            esc(&s.label),
            forecast_svg(s, lang),
            lang.t("Beobachtet (durchgezogen) und Prognose (gestrichelt) mit 95-%-Intervall", "Observed (solid) and forecast (dashed) with 95 % interval"),
            lang.t("Methode", "method"),
            esc(&s.method),
            lang.t("Intervall als Fläche", "interval shaded"),
            lang.t("Jahr", "Year"),
            lang.t("Prognose", "Forecast"),
            lang.t("untere Grenze", "lower"),
            lang.t("obere Grenze", "upper"),
        );
        for p in &s.forecast {
            let _ = write!(
                body,
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
                p.0,
                format_value(Some(p.1).filter(|v| v.is_finite()), false, lang),
                format_value(Some(p.2).filter(|v| v.is_finite()), false, lang),
                format_value(Some(p.3).filter(|v| v.is_finite()), false, lang)
            );
        }
        body.push_str("</tbody></table></section>");
    }
    let src = sources_line(sources, lang);
    body.push_str(&src);
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{t}</title><style>{CSS}svg.forecast{{width:100%;max-width:560px;height:auto}}</style></head><body>{body}</body></html>",
        lang = lang.t("de", "en"),
        t = esc(title)
    )
}

/// The KPI table as CSV (district, KPIs; suppressed cells as ".").
#[must_use]
pub fn csv(r: &Report<'_>) -> String {
    let q = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    out.push_str(&q(&r.label));
    for (f, _) in &r.kpis {
        out.push(',');
        out.push_str(&q(f));
    }
    out.push('\n');
    let names = labels(r.layer, &r.label);
    let cols: Vec<Vec<Option<f64>>> = r.kpis.iter().map(|(f, _)| values(r.layer, f)).collect();
    for (k, n) in names.iter().enumerate() {
        out.push_str(&q(n));
        for c in &cols {
            out.push(',');
            match c[k] {
                Some(v) => {
                    let _ = write!(out, "{v}");
                }
                None => out.push('.'),
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_german_and_english() {
        assert_eq!(format_value(Some(61_012.0), false, Lang::De), "61.012");
        assert_eq!(format_value(Some(61_012.0), false, Lang::En), "61,012");
        assert_eq!(format_value(Some(0.9153), true, Lang::De), "91,5 %");
        assert_eq!(format_value(Some(2.5), false, Lang::En), "2.50");
        assert_eq!(format_value(None, false, Lang::De), ".");
        assert_eq!(
            breaks(&[1.0, 2.0, 3.0, 4.0, 5.0]),
            vec![1.0, 2.0, 3.0, 4.0, 5.0]
        );
        assert_eq!(class_of(2.5, &[1.0, 2.0, 3.0]), 2);
        assert_eq!(nice(3_700.0), 2_000.0);
    }
}
