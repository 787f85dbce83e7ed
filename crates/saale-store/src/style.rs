//! QGIS styles from MapLibre styles: the paint of a layer's `fill`, `fill-extrusion`, `line`
//! and `circle` style layers as QML (QGIS) and SLD, for the `layer_styles` table that QGIS
//! reads from a GeoPackage.
//!
//! What carries over: colours, opacities, line widths and dashes, circle radius and stroke
//! (MapLibre pixels become QGIS pixel units). A colour given by a `match` expression becomes a
//! categorized renderer (one category per value, the fallback as "all other values"); other
//! expressions fall back to their last stop (`interpolate`, `step`) or to QGIS' default.
//! Zoom-dependent paint, filters and 3D extrusion do not carry over.

use std::fmt::Write as _;

use serde_json::Value as J;

/// The MapLibre styles shipped with saale (`styles/`), the layer-specific ones first.
pub const BUILTIN_STYLES: &[(&str, &str)] = &[
    ("districts", include_str!("../../../styles/districts.json")),
    ("landuse", include_str!("../../../styles/landuse.json")),
    ("pois", include_str!("../../../styles/pois.json")),
    ("buildings", include_str!("../../../styles/buildings.json")),
    ("plans", include_str!("../../../styles/plans.json")),
    ("stadtplan", include_str!("../../../styles/stadtplan.json")),
];

/// A layer's style as QGIS stores it in a `layer_styles` row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerStyle {
    /// The name of the MapLibre style it comes from (`districts`).
    pub name: String,
    /// The MapLibre layer the paint was read from (`statbez`).
    pub source_layer: String,
    /// QGIS' own style document.
    pub qml: String,
    /// The same as OGC Styled Layer Descriptor 1.1.
    pub sld: String,
}

/// Geometry family a symbol is drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Points: a circle marker.
    Point,
    /// Lines: a simple line.
    Line,
    /// Polygons: a fill with an outline.
    Polygon,
}

impl Family {
    /// The family most geometries of `layer` belong to (points before lines before polygons
    /// on a tie); `None` without geometry.
    #[must_use]
    pub fn of_layer(layer: &saale_model::Layer) -> Option<Family> {
        let mut n = [0usize; 3];
        for g in layer.features.iter().filter_map(|f| f.geometry.as_ref()) {
            match Family::of_kind(saale_model::geometry_kind(g)) {
                Some(Family::Point) => n[0] += 1,
                Some(Family::Line) => n[1] += 1,
                Some(Family::Polygon) => n[2] += 1,
                None => {}
            }
        }
        let most = *n.iter().max()?;
        if most == 0 {
            return None;
        }
        let i = n.iter().position(|&c| c == most)?;
        Some([Family::Point, Family::Line, Family::Polygon][i])
    }

    /// The family of a geometry kind as [`saale_model::geometry_kind`] names it.
    #[must_use]
    pub fn of_kind(kind: &str) -> Option<Family> {
        match kind {
            "Point" | "MultiPoint" => Some(Family::Point),
            "LineString" | "MultiLineString" | "Line" => Some(Family::Line),
            "Polygon" | "MultiPolygon" | "Rect" | "Triangle" => Some(Family::Polygon),
            _ => None,
        }
    }
}

/// The style of `layer` from the built-in styles (the first that styles it), for geometries
/// of `family`. `None` when no built-in style has a paint for the layer.
#[must_use]
pub fn builtin_style(layer: &str, family: Family) -> Option<LayerStyle> {
    BUILTIN_STYLES.iter().find_map(|(name, text)| {
        let style: J = serde_json::from_str(text).ok()?;
        style_from_maplibre(&style, name, layer, family)
    })
}

/// The style of the MapLibre `source-layer` `layer` in `style` (named `name`), for
/// geometries of `family`. `None` when the style has no fill, line or circle layer for it.
#[must_use]
pub fn style_from_maplibre(
    style: &J,
    name: &str,
    layer: &str,
    family: Family,
) -> Option<LayerStyle> {
    let paint = Paint::read(style, layer)?;
    let symbology = paint.symbology(family);
    Some(LayerStyle {
        name: name.to_string(),
        source_layer: layer.to_string(),
        qml: qml(&symbology, family),
        sld: sld(&symbology, layer),
    })
}

// ---------------------------------------------------------------- reading MapLibre paint

/// An RGBA colour, alpha 0..=255.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rgba(u8, u8, u8, u8);

impl Rgba {
    fn with_opacity(self, opacity: f64) -> Rgba {
        let a = (f64::from(self.3) * opacity.clamp(0.0, 1.0)).round();
        // In 0..=255 after the clamp.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Rgba(self.0, self.1, self.2, a as u8)
    }
    fn qgis(self) -> String {
        format!("{},{},{},{}", self.0, self.1, self.2, self.3)
    }
    fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
    fn opacity(self) -> f64 {
        (f64::from(self.3) / 255.0 * 1000.0).round() / 1000.0
    }
}

/// A CSS colour as MapLibre accepts it: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`,
/// `rgba()` and a few names.
fn parse_color(s: &str) -> Option<Rgba> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix('#') {
        let digit = |i: usize, n: usize| u8::from_str_radix(hex.get(i..i + n)?, 16).ok();
        return match hex.len() {
            3 | 4 => {
                let d = |i| digit(i, 1).map(|v| v * 17);
                Some(Rgba(
                    d(0)?,
                    d(1)?,
                    d(2)?,
                    if hex.len() == 4 { d(3)? } else { 255 },
                ))
            }
            6 | 8 => Some(Rgba(
                digit(0, 2)?,
                digit(2, 2)?,
                digit(4, 2)?,
                if hex.len() == 8 { digit(6, 2)? } else { 255 },
            )),
            _ => None,
        };
    }
    if let Some(args) = s
        .strip_prefix("rgba(")
        .or_else(|| s.strip_prefix("rgb("))
        .and_then(|r| r.strip_suffix(')'))
    {
        let parts: Vec<f64> = args
            .split(',')
            .map(|p| p.trim().parse::<f64>())
            .collect::<std::result::Result<_, _>>()
            .ok()?;
        // Channels clamped to 0..=255.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let ch = |v: f64| v.clamp(0.0, 255.0).round() as u8;
        return match parts.as_slice() {
            [r, g, b] => Some(Rgba(ch(*r), ch(*g), ch(*b), 255)),
            [r, g, b, a] => Some(Rgba(ch(*r), ch(*g), ch(*b), 255).with_opacity(*a)),
            _ => None,
        };
    }
    match s.to_ascii_lowercase().as_str() {
        "black" => Some(Rgba(0, 0, 0, 255)),
        "white" => Some(Rgba(255, 255, 255, 255)),
        "red" => Some(Rgba(255, 0, 0, 255)),
        "green" => Some(Rgba(0, 128, 0, 255)),
        "blue" => Some(Rgba(0, 0, 255, 255)),
        "gray" | "grey" => Some(Rgba(128, 128, 128, 255)),
        "transparent" => Some(Rgba(0, 0, 0, 0)),
        _ => None,
    }
}

/// A colour: fixed, or chosen by a `match` over an attribute expression.
#[derive(Debug, Clone, PartialEq)]
enum Color {
    Fixed(Rgba),
    Match {
        /// The input as a QGIS expression.
        qgis: String,
        /// The input's field when it is a plain `["get", field]` (SLD filters need one).
        field: Option<String>,
        /// Values and their colour.
        cases: Vec<(Vec<String>, Rgba)>,
        fallback: Rgba,
    },
}

impl Color {
    fn read(v: &J) -> Option<Color> {
        match v {
            J::String(s) => parse_color(s).map(Color::Fixed),
            J::Array(a) if a.first().and_then(J::as_str) == Some("match") && a.len() >= 4 => {
                let fallback = a.last().and_then(J::as_str).and_then(parse_color)?;
                let cases = a[2..a.len() - 1]
                    .chunks(2)
                    .filter_map(|pair| {
                        let [values, color] = pair else { return None };
                        let values = match values {
                            J::Array(vs) => vs.iter().filter_map(literal).collect(),
                            v => literal(v).into_iter().collect(),
                        };
                        Some((values, parse_color(color.as_str()?)?))
                    })
                    .collect();
                match qgis_expression(&a[1]) {
                    Some(qgis) => Some(Color::Match {
                        qgis,
                        field: get_field(&a[1]),
                        cases,
                        fallback,
                    }),
                    None => Some(Color::Fixed(fallback)),
                }
            }
            _ => last_output(v).and_then(|v| Color::read(&v)),
        }
    }

    fn fallback(&self) -> Rgba {
        match self {
            Color::Fixed(c) | Color::Match { fallback: c, .. } => *c,
        }
    }
}

fn literal(v: &J) -> Option<String> {
    match v {
        J::String(s) => Some(s.clone()),
        J::Number(n) => Some(n.to_string()),
        J::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn get_field(v: &J) -> Option<String> {
    match v.as_array()?.as_slice() {
        [J::String(op), J::String(f)] if op == "get" => Some(f.clone()),
        _ => None,
    }
}

/// A MapLibre expression over attributes as a QGIS expression (`get`, `coalesce`,
/// `to-number`, `to-string`, literals); `None` for anything else.
fn qgis_expression(v: &J) -> Option<String> {
    match v {
        J::String(s) => Some(format!("'{}'", s.replace('\'', "''"))),
        J::Number(n) => Some(n.to_string()),
        J::Array(a) => {
            let op = a.first()?.as_str()?;
            let args = || -> Option<Vec<String>> { a[1..].iter().map(qgis_expression).collect() };
            match op {
                "get" => {
                    let f = a.get(1)?.as_str()?;
                    (a.len() == 2).then(|| format!("\"{}\"", f.replace('"', "\"\"")))
                }
                "coalesce" => Some(format!("coalesce({})", args()?.join(", "))),
                "to-number" => Some(format!("to_real({})", args()?.first()?)),
                "to-string" => Some(format!("to_string({})", args()?.first()?)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The last output of an `interpolate` or `step` expression (the value at high zoom).
fn last_output(v: &J) -> Option<J> {
    let a = v.as_array()?;
    match a.first()?.as_str()? {
        "interpolate" | "step" => a.last().cloned(),
        _ => None,
    }
}

fn number(v: Option<&J>) -> Option<f64> {
    match v? {
        J::Number(n) => n.as_f64(),
        other => last_output(other).and_then(|o| number(Some(&o))),
    }
}

/// The paint of one layer, gathered over its MapLibre style layers.
#[derive(Debug, Clone, Default, PartialEq)]
struct Paint {
    fill: Option<Color>,
    fill_opacity: Option<f64>,
    fill_outline: Option<Rgba>,
    line: Option<Color>,
    line_width: Option<f64>,
    line_opacity: Option<f64>,
    line_dash: Vec<f64>,
    circle: Option<Color>,
    circle_radius: Option<f64>,
    circle_opacity: Option<f64>,
    circle_stroke: Option<Rgba>,
    circle_stroke_width: Option<f64>,
}

impl Paint {
    fn read(style: &J, layer: &str) -> Option<Paint> {
        let mut p = Paint::default();
        let mut found = false;
        for l in style.get("layers")?.as_array()? {
            if l.get("source-layer").and_then(J::as_str) != Some(layer) {
                continue;
            }
            let Some(paint) = l.get("paint") else {
                continue;
            };
            let get = |k: &str| paint.get(k);
            match l.get("type").and_then(J::as_str) {
                Some("fill") if p.fill.is_none() => {
                    p.fill = get("fill-color").and_then(Color::read);
                    p.fill_opacity = number(get("fill-opacity"));
                    p.fill_outline = get("fill-outline-color")
                        .and_then(Color::read)
                        .map(|c| c.fallback());
                    found |= p.fill.is_some();
                }
                Some("fill-extrusion") if p.fill.is_none() => {
                    p.fill = get("fill-extrusion-color").and_then(Color::read);
                    p.fill_opacity = number(get("fill-extrusion-opacity"));
                    found |= p.fill.is_some();
                }
                Some("line") if p.line.is_none() => {
                    p.line = get("line-color").and_then(Color::read);
                    p.line_width = number(get("line-width"));
                    p.line_opacity = number(get("line-opacity"));
                    p.line_dash = get("line-dasharray")
                        .and_then(J::as_array)
                        .map(|d| d.iter().filter_map(J::as_f64).collect())
                        .unwrap_or_default();
                    found |= p.line.is_some();
                }
                Some("circle") if p.circle.is_none() => {
                    p.circle = get("circle-color").and_then(Color::read);
                    p.circle_radius = number(get("circle-radius"));
                    p.circle_opacity = number(get("circle-opacity"));
                    p.circle_stroke = get("circle-stroke-color")
                        .and_then(Color::read)
                        .map(|c| c.fallback());
                    p.circle_stroke_width = number(get("circle-stroke-width"));
                    found |= p.circle.is_some();
                }
                _ => {}
            }
        }
        found.then_some(p)
    }

    /// The symbol for `family` and, when a colour is chosen by a `match`, its categories.
    fn symbology(&self, family: Family) -> Symbology {
        let line = |c: Option<&Color>| {
            c.map(|c| Stroke {
                color: c.fallback().with_opacity(self.line_opacity.unwrap_or(1.0)),
                width: self.line_width.unwrap_or(1.0),
                dash: self.line_dash.clone(),
            })
        };
        // The colour that decides the categories, by family.
        let (main, base): (Option<&Color>, Symbol) = match family {
            Family::Polygon => {
                let fill = self.fill.as_ref();
                let outline = line(self.line.as_ref()).or_else(|| {
                    self.fill_outline.map(|c| Stroke {
                        color: c,
                        width: 1.0,
                        dash: Vec::new(),
                    })
                });
                (
                    fill.or(self.line.as_ref()),
                    Symbol::Fill {
                        fill: fill
                            .map(|c| c.fallback().with_opacity(self.fill_opacity.unwrap_or(1.0))),
                        outline,
                    },
                )
            }
            Family::Line => {
                let c = self.line.as_ref().or(self.fill.as_ref());
                (
                    c,
                    Symbol::Line(line(c).unwrap_or(Stroke {
                        color: Rgba(0, 0, 0, 255),
                        width: 1.0,
                        dash: Vec::new(),
                    })),
                )
            }
            Family::Point => {
                let c = self.circle.as_ref().or(self.fill.as_ref());
                let opacity = self.circle_opacity.unwrap_or(1.0);
                (
                    c,
                    Symbol::Marker {
                        fill: c
                            .map_or(Rgba(0, 0, 0, 255), Color::fallback)
                            .with_opacity(opacity),
                        radius: self.circle_radius.unwrap_or(5.0),
                        stroke: self.circle_stroke.map(|c| Stroke {
                            color: c.with_opacity(opacity),
                            width: self.circle_stroke_width.unwrap_or(1.0),
                            dash: Vec::new(),
                        }),
                    },
                )
            }
        };
        let categories = match main {
            Some(Color::Match {
                qgis,
                field,
                cases,
                fallback,
            }) => {
                let opacity = match (family, &base) {
                    (Family::Polygon, Symbol::Fill { fill: Some(_), .. }) => {
                        self.fill_opacity.unwrap_or(1.0)
                    }
                    (Family::Polygon | Family::Line, _) => self.line_opacity.unwrap_or(1.0),
                    (Family::Point, _) => self.circle_opacity.unwrap_or(1.0),
                };
                Some(Categories {
                    qgis: qgis.clone(),
                    field: field.clone(),
                    cases: cases
                        .iter()
                        .map(|(values, c)| {
                            (values.clone(), base.recolored(c.with_opacity(opacity)))
                        })
                        .collect(),
                    fallback: base.recolored(fallback.with_opacity(opacity)),
                })
            }
            _ => None,
        };
        Symbology { base, categories }
    }
}

// ---------------------------------------------------------------- symbols

#[derive(Debug, Clone, PartialEq)]
struct Stroke {
    color: Rgba,
    width: f64,
    /// Dash and gap lengths in line widths, as MapLibre gives them.
    dash: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
enum Symbol {
    Fill {
        fill: Option<Rgba>,
        outline: Option<Stroke>,
    },
    Line(Stroke),
    Marker {
        fill: Rgba,
        radius: f64,
        stroke: Option<Stroke>,
    },
}

impl Symbol {
    /// The symbol with its main colour (the fill, else the line) replaced.
    fn recolored(&self, c: Rgba) -> Symbol {
        let mut s = self.clone();
        match &mut s {
            Symbol::Fill {
                fill: Some(f),
                outline: _,
            }
            | Symbol::Marker { fill: f, .. } => *f = c,
            Symbol::Fill {
                fill: None,
                outline: Some(o),
            }
            | Symbol::Line(o) => o.color = c,
            Symbol::Fill {
                fill: None,
                outline: None,
            } => {}
        }
        s
    }
}

struct Categories {
    qgis: String,
    field: Option<String>,
    cases: Vec<(Vec<String>, Symbol)>,
    fallback: Symbol,
}

struct Symbology {
    base: Symbol,
    categories: Option<Categories>,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn num(x: f64) -> String {
    let r = (x * 1000.0).round() / 1000.0;
    format!("{r}")
}

// ---------------------------------------------------------------- QML

/// One QGIS symbol layer: its class and properties (written as `Option` map and as the
/// older `prop` elements, so QGIS 3.16 and later read it).
fn qml_symbol_layer(out: &mut String, class: &str, props: &[(&str, String)]) {
    let _ = writeln!(
        out,
        "      <layer class=\"{class}\" enabled=\"1\" locked=\"0\" pass=\"0\">"
    );
    out.push_str("        <Option type=\"Map\">\n");
    for (k, v) in props {
        let _ = writeln!(
            out,
            "          <Option type=\"QString\" name=\"{k}\" value=\"{}\"/>",
            esc(v)
        );
    }
    out.push_str("        </Option>\n");
    for (k, v) in props {
        let _ = writeln!(out, "        <prop k=\"{k}\" v=\"{}\"/>", esc(v));
    }
    out.push_str("      </layer>\n");
}

fn line_props(s: &Stroke) -> Vec<(&'static str, String)> {
    let mut p = vec![
        ("line_color", s.color.qgis()),
        ("line_width", num(s.width)),
        ("line_width_unit", "Pixel".into()),
        ("line_style", "solid".into()),
        ("capstyle", "round".into()),
        ("joinstyle", "round".into()),
    ];
    if s.dash.len() >= 2 {
        let dash: Vec<String> = s.dash.iter().map(|d| num(d * s.width)).collect();
        p.push(("use_custom_dash", "1".into()));
        p.push(("customdash", dash.join(";")));
        p.push(("customdash_unit", "Pixel".into()));
    } else {
        p.push(("use_custom_dash", "0".into()));
    }
    p
}

fn qml_symbol(out: &mut String, name: &str, s: &Symbol) {
    let ty = match s {
        Symbol::Fill { .. } => "fill",
        Symbol::Line(_) => "line",
        Symbol::Marker { .. } => "marker",
    };
    let _ = writeln!(
        out,
        "    <symbol type=\"{ty}\" name=\"{}\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">",
        esc(name)
    );
    match s {
        Symbol::Fill { fill, outline } => {
            if let Some(f) = fill {
                qml_symbol_layer(
                    out,
                    "SimpleFill",
                    &[
                        ("color", f.qgis()),
                        ("style", "solid".into()),
                        ("outline_style", "no".into()),
                        ("outline_color", f.qgis()),
                        ("outline_width", "0".into()),
                        ("outline_width_unit", "Pixel".into()),
                    ],
                );
            }
            if let Some(o) = outline {
                qml_symbol_layer(out, "SimpleLine", &line_props(o));
            }
        }
        Symbol::Line(l) => qml_symbol_layer(out, "SimpleLine", &line_props(l)),
        Symbol::Marker {
            fill,
            radius,
            stroke,
        } => {
            let (sc, sw, ss) = match stroke {
                Some(st) => (st.color.qgis(), num(st.width), "solid"),
                None => (fill.qgis(), "0".into(), "no"),
            };
            qml_symbol_layer(
                out,
                "SimpleMarker",
                &[
                    ("name", "circle".into()),
                    ("color", fill.qgis()),
                    ("size", num(radius * 2.0)),
                    ("size_unit", "Pixel".into()),
                    ("outline_color", sc),
                    ("outline_width", sw),
                    ("outline_width_unit", "Pixel".into()),
                    ("outline_style", ss.into()),
                ],
            );
        }
    }
    out.push_str("    </symbol>\n");
}

fn qml(sym: &Symbology, family: Family) -> String {
    let mut out = String::from(
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n\
         <qgis version=\"3.28.0-Firenze\" styleCategories=\"Symbology\">\n",
    );
    match &sym.categories {
        None => {
            out.push_str(
                "  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n  <symbols>\n",
            );
            qml_symbol(&mut out, "0", &sym.base);
            out.push_str("  </symbols>\n");
        }
        Some(cat) => {
            let _ = writeln!(
                out,
                "  <renderer-v2 type=\"categorizedSymbol\" attr=\"{}\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">",
                esc(&cat.qgis)
            );
            out.push_str("  <categories>\n");
            let mut symbols: Vec<&Symbol> = Vec::new();
            for (values, s) in &cat.cases {
                for v in values {
                    let _ = writeln!(
                        out,
                        "    <category render=\"true\" symbol=\"{}\" value=\"{}\" label=\"{}\"/>",
                        symbols.len(),
                        esc(v),
                        esc(v)
                    );
                    symbols.push(s);
                }
            }
            // An empty value: all other values.
            let _ = writeln!(
                out,
                "    <category render=\"true\" symbol=\"{}\" value=\"\" label=\"\"/>",
                symbols.len()
            );
            symbols.push(&cat.fallback);
            out.push_str("  </categories>\n  <symbols>\n");
            for (i, s) in symbols.iter().enumerate() {
                qml_symbol(&mut out, &i.to_string(), s);
            }
            out.push_str("  </symbols>\n  <source-symbol>\n");
            qml_symbol(&mut out, "0", &cat.fallback);
            out.push_str("  </source-symbol>\n");
        }
    }
    out.push_str("  </renderer-v2>\n");
    let geometry_type = match family {
        Family::Point => 0,
        Family::Line => 1,
        Family::Polygon => 2,
    };
    let _ = writeln!(
        out,
        "  <layerGeometryType>{geometry_type}</layerGeometryType>"
    );
    out.push_str("</qgis>\n");
    out
}

// ---------------------------------------------------------------- SLD

fn sld_stroke(out: &mut String, s: &Stroke) {
    out.push_str("          <se:Stroke>\n");
    let _ = writeln!(
        out,
        "            <se:SvgParameter name=\"stroke\">{}</se:SvgParameter>",
        s.color.hex()
    );
    let _ = writeln!(
        out,
        "            <se:SvgParameter name=\"stroke-opacity\">{}</se:SvgParameter>",
        num(s.color.opacity())
    );
    let _ = writeln!(
        out,
        "            <se:SvgParameter name=\"stroke-width\">{}</se:SvgParameter>",
        num(s.width)
    );
    if s.dash.len() >= 2 {
        let dash: Vec<String> = s.dash.iter().map(|d| num(d * s.width)).collect();
        let _ = writeln!(
            out,
            "            <se:SvgParameter name=\"stroke-dasharray\">{}</se:SvgParameter>",
            dash.join(" ")
        );
    }
    out.push_str("          </se:Stroke>\n");
}

fn sld_fill(out: &mut String, c: Rgba) {
    out.push_str("          <se:Fill>\n");
    let _ = writeln!(
        out,
        "            <se:SvgParameter name=\"fill\">{}</se:SvgParameter>",
        c.hex()
    );
    let _ = writeln!(
        out,
        "            <se:SvgParameter name=\"fill-opacity\">{}</se:SvgParameter>",
        num(c.opacity())
    );
    out.push_str("          </se:Fill>\n");
}

fn sld_symbolizer(out: &mut String, s: &Symbol) {
    match s {
        Symbol::Fill { fill, outline } => {
            out.push_str("        <se:PolygonSymbolizer>\n");
            if let Some(f) = fill {
                sld_fill(out, *f);
            }
            if let Some(o) = outline {
                sld_stroke(out, o);
            }
            out.push_str("        </se:PolygonSymbolizer>\n");
        }
        Symbol::Line(l) => {
            out.push_str("        <se:LineSymbolizer>\n");
            sld_stroke(out, l);
            out.push_str("        </se:LineSymbolizer>\n");
        }
        Symbol::Marker {
            fill,
            radius,
            stroke,
        } => {
            out.push_str(
                "        <se:PointSymbolizer>\n        <se:Graphic>\n        <se:Mark>\n          <se:WellKnownName>circle</se:WellKnownName>\n",
            );
            sld_fill(out, *fill);
            if let Some(st) = stroke {
                sld_stroke(out, st);
            }
            let _ = writeln!(
                out,
                "        </se:Mark>\n        <se:Size>{}</se:Size>\n        </se:Graphic>\n        </se:PointSymbolizer>",
                num(radius * 2.0)
            );
        }
    }
}

fn sld(sym: &Symbology, layer: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\" \
         xmlns:se=\"http://www.opengis.net/se\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         version=\"1.1.0\" xsi:schemaLocation=\"http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd\">\n",
    );
    let _ = writeln!(
        out,
        "  <NamedLayer>\n    <se:Name>{}</se:Name>\n    <UserStyle>\n      <se:Name>{}</se:Name>\n      <se:FeatureTypeStyle>",
        esc(layer),
        esc(layer)
    );
    let rule = |out: &mut String, name: &str, filter: Option<String>, s: &Symbol| {
        let _ = writeln!(
            out,
            "      <se:Rule>\n        <se:Name>{}</se:Name>",
            esc(name)
        );
        if let Some(f) = filter {
            out.push_str(&f);
        }
        sld_symbolizer(out, s);
        out.push_str("      </se:Rule>\n");
    };
    match &sym.categories {
        // SLD filters compare properties: categories need a plain field.
        Some(cat) if cat.field.is_some() => {
            let field = cat.field.as_deref().unwrap_or_default();
            for (values, s) in &cat.cases {
                let mut f = String::from("        <ogc:Filter>\n");
                if values.len() > 1 {
                    f.push_str("        <ogc:Or>\n");
                }
                for v in values {
                    let _ = writeln!(
                        f,
                        "          <ogc:PropertyIsEqualTo><ogc:PropertyName>{}</ogc:PropertyName><ogc:Literal>{}</ogc:Literal></ogc:PropertyIsEqualTo>",
                        esc(field),
                        esc(v)
                    );
                }
                if values.len() > 1 {
                    f.push_str("        </ogc:Or>\n");
                }
                f.push_str("        </ogc:Filter>\n");
                rule(&mut out, &values.join(", "), Some(f), s);
            }
            rule(
                &mut out,
                "other",
                Some("        <se:ElseFilter/>\n".into()),
                &cat.fallback,
            );
        }
        Some(cat) => rule(&mut out, layer, None, &cat.fallback),
        None => rule(&mut out, layer, None, &sym.base),
    }
    out.push_str(
        "      </se:FeatureTypeStyle>\n    </UserStyle>\n  </NamedLayer>\n</StyledLayerDescriptor>\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn well_formed(xml: &str) {
        let mut r = quick_xml::Reader::from_str(xml);
        let mut depth = 0i32;
        loop {
            match r.read_event() {
                Ok(quick_xml::events::Event::Start(_)) => depth += 1,
                Ok(quick_xml::events::Event::End(_)) => depth -= 1,
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("not well-formed: {e}\n{xml}"),
            }
        }
        assert_eq!(depth, 0, "unbalanced:\n{xml}");
    }

    #[test]
    fn colours_parse_as_css_does() {
        assert_eq!(parse_color("#8fb3d9"), Some(Rgba(143, 179, 217, 255)));
        assert_eq!(parse_color("#999"), Some(Rgba(153, 153, 153, 255)));
        assert_eq!(
            parse_color("rgba(10, 20, 30, 0.5)"),
            Some(Rgba(10, 20, 30, 128))
        );
        assert_eq!(parse_color("#12"), None);
    }

    #[test]
    fn statbez_fill_and_outline_from_the_districts_style() {
        let s = builtin_style("statbez", Family::Polygon).expect("a style");
        assert_eq!(s.name, "districts");
        // fill-color #8fb3d9 at fill-opacity 0.15 (255 * 0.15 = 38.25), line #2b5c8a 1.2 px.
        assert!(
            s.qml.contains("name=\"color\" value=\"143,179,217,38\""),
            "{}",
            s.qml
        );
        assert!(s
            .qml
            .contains("name=\"line_color\" value=\"43,92,138,255\""));
        assert!(s.qml.contains("name=\"line_width\" value=\"1.2\""));
        assert!(s.qml.contains("type=\"singleSymbol\""));
        assert!(s
            .sld
            .contains("<se:SvgParameter name=\"fill\">#8fb3d9</se:SvgParameter>"));
        assert!(s.sld.contains("name=\"fill-opacity\">0.149<"), "{}", s.sld);
        well_formed(&s.qml);
        well_formed(&s.sld);
    }

    #[test]
    fn dashes_scale_with_the_line_width() {
        let s = builtin_style("ortsteile", Family::Polygon).expect("a style");
        // line-dasharray [3, 2] at width 2: 6 px dash, 4 px gap; no fill.
        assert!(
            s.qml.contains("name=\"customdash\" value=\"6;4\""),
            "{}",
            s.qml
        );
        assert!(!s.qml.contains("SimpleFill"));
    }

    #[test]
    fn match_colours_become_categories() {
        let s = builtin_style("amenity", Family::Point).expect("a style");
        assert!(s
            .qml
            .contains("type=\"categorizedSymbol\" attr=\"&quot;amenity&quot;\""));
        // school is #1f78b4 in pois.json.
        let school = s
            .qml
            .lines()
            .find(|l| l.contains("value=\"school\""))
            .expect("school category");
        let id: String = school
            .split("symbol=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("symbol id")
            .to_string();
        let sym = s
            .qml
            .split(&format!("<symbol type=\"marker\" name=\"{id}\""))
            .nth(1)
            .expect("symbol");
        assert!(sym.contains("name=\"color\" value=\"31,120,180,"), "{sym}");
        assert!(s.sld.contains("<ogc:Literal>school</ogc:Literal>"));
        assert!(s.sld.contains("<se:ElseFilter/>"));
        well_formed(&s.qml);
        well_formed(&s.sld);
        // A coalesce over fields is a QGIS expression.
        let l = builtin_style("landuse", Family::Polygon).expect("landuse");
        assert!(l
            .qml
            .contains("attr=\"coalesce(&quot;landuse&quot;, &quot;natural&quot;"));
    }

    #[test]
    fn unstyled_layers_have_no_style() {
        assert_eq!(builtin_style("fx", Family::Polygon), None);
    }
}
