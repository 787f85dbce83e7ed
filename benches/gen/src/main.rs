//! `saale-gen`: deterministic (seeded) test data at scale, built from real object shapes.
//!
//! ```text
//! saale-gen nas --parcels 100000 --seed 42 --from ../shared/data/cadastre/bonn_nas_slices --out big.xml
//! saale-gen citygml --tiles 100 --from ../shared/data/city3d/nrw_lod2 --out tiles/
//! ```
//!
//! NAS: each generated parcel is the real `AX_Flurstueck` slice's first polygon, scaled to an
//! urban parcel size and moved onto a grid with seeded jitter; every other parcel carries a copy
//! of the real `AX_Gebaeude`, every tenth a copy of `AX_Wald` (with its `gml:Arc`) or
//! `AX_Wohnbauflaeche`. The output is a minified `AX_Bestandsdatenauszug` that GDAL's NAS driver
//! recognises. CityGML: the real tiles are copied round-robin and shifted by whole kilometres.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// SplitMix64: a small, well-known seeded generator (deterministic across platforms).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let seed: u64 = arg(&args, "--seed").map_or(Ok(42), |s| s.parse())?;
    let out = PathBuf::from(arg(&args, "--out").context("--out is required")?);
    match args.get(1).map(String::as_str) {
        Some("nas") => {
            let n: usize = arg(&args, "--parcels").map_or(Ok(100_000), |s| s.parse())?;
            let from = arg(&args, "--from")
                .unwrap_or_else(|| "../shared/data/cadastre/bonn_nas_slices".into());
            nas(Path::new(&from), n, seed, &out)
        }
        Some("citygml") => {
            let n: usize = arg(&args, "--tiles").map_or(Ok(100), |s| s.parse())?;
            let from =
                arg(&args, "--from").unwrap_or_else(|| "../shared/data/city3d/nrw_lod2".into());
            citygml(Path::new(&from), n, &out)
        }
        _ => bail!("usage: saale-gen nas|citygml --out PATH [--parcels N [--seed S] | --tiles N] [--from DIR]"),
    }
}

/// Text between `<tag ...>` and `</tag>` occurrences, with their byte ranges.
fn elements<'a>(s: &'a str, open: &str, close: &str) -> Vec<(usize, usize, &'a str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = s[at..].find(open) {
        let start = at + i;
        let Some(gt) = s[start..].find('>') else {
            break;
        };
        let body = start + gt + 1;
        let Some(j) = s[body..].find(close) else {
            break;
        };
        out.push((body, body + j, &s[body..body + j]));
        at = body + j + close.len();
    }
    out
}

/// Rewrite every coordinate list (`posList`, `pos`, `lowerCorner`, `upperCorner`) with `f`.
fn map_coords(s: &str, dim: usize, f: &mut dyn FnMut(f64, f64) -> (f64, f64)) -> String {
    let mut ranges = Vec::new();
    for tag in ["posList", "pos", "lowerCorner", "upperCorner"] {
        ranges.extend(elements(
            s,
            &format!("<gml:{tag}"),
            &format!("</gml:{tag}>"),
        ));
    }
    ranges.sort_by_key(|r| r.0);
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (a, b, body) in ranges {
        if a < last {
            continue;
        }
        out.push_str(&s[last..a]);
        let nums: Vec<f64> = body
            .split_whitespace()
            .filter_map(|t| t.parse().ok())
            .collect();
        let d = if nums.len().is_multiple_of(dim) {
            dim
        } else {
            2
        };
        for (k, c) in nums.chunks(d).enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let (x, y) = f(c[0], c[1]);
            let _ = write!(out, "{x:.3} {y:.3}");
            for z in &c[2..] {
                let _ = write!(out, " {z:.3}");
            }
        }
        last = b;
    }
    out.push_str(&s[last..]);
    out
}

/// Drop indentation and comments; keep one feature per line.
fn minify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let t = line.trim();
        if t.starts_with("<?xml") || t.starts_with("<!--") {
            continue;
        }
        let t = match t.find("<!--") {
            Some(i) => t[..i].trim_end(),
            None => t,
        };
        out.push_str(t);
    }
    out
}

fn read_template(dir: &Path, name: &str) -> Result<String> {
    let p = dir.join(name);
    let s = std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
    // Drop namespace declarations: the envelope declares them once.
    let s = minify(&s)
        .replace(
            " xmlns:adv=\"http://www.adv-online.de/namespaces/adv/gid/7.1\"",
            "",
        )
        .replace(" xmlns:gml=\"http://www.opengis.net/gml/3.2\"", "")
        .replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "")
        .replace(
            " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            "",
        );
    Ok(s)
}

fn first_x_y(s: &str) -> (f64, f64) {
    let body = elements(s, "<gml:posList", "</gml:posList>")
        .first()
        .map_or("", |e| e.2);
    let v: Vec<f64> = body
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    (
        v.first().copied().unwrap_or(0.0),
        v.get(1).copied().unwrap_or(0.0),
    )
}

fn oid(prefix: &str, i: usize) -> String {
    const A: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut n = i;
    let mut tail = [b'0'; 8];
    for k in (0..8).rev() {
        tail[k] = A[n % 62];
        n /= 62;
    }
    format!("{prefix}{}", String::from_utf8_lossy(&tail))
}

fn nas(from: &Path, n: usize, seed: u64, out: &Path) -> Result<()> {
    let mut parcel = read_template(from, "AX_Flurstueck.xml")?;
    // Keep the first surface only and drop the test-only objektkoordinaten.
    if let (Some(a), Some(b)) = (
        parcel.find("</gml:surfaceMember><gml:surfaceMember>"),
        parcel.find("</gml:MultiSurface>"),
    ) {
        parcel = format!("{}</gml:surfaceMember>{}", &parcel[..a], &parcel[b..]);
    }
    if let (Some(a), Some(b)) = (
        parcel.find("<adv:objektkoordinaten>"),
        parcel.find("</adv:objektkoordinaten>"),
    ) {
        parcel = format!(
            "{}{}",
            &parcel[..a],
            &parcel[b + "</adv:objektkoordinaten>".len()..]
        );
    }
    let building = read_template(from, "AX_Gebaeude.xml")?;
    let wald = read_template(from, "AX_Wald.xml")?;
    let wohn = read_template(from, "AX_Wohnbauflaeche.xml")?;
    let (px, py) = first_x_y(&parcel);
    let (bx, by) = first_x_y(&building);
    let (wx, wy) = first_x_y(&wald);
    let (hx, hy) = first_x_y(&wohn);
    let mut rng = Rng(seed);
    let f =
        std::fs::File::create(out).with_context(|| format!("{}: cannot create", out.display()))?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(w, "<AX_Bestandsdatenauszug xmlns=\"http://www.adv-online.de/namespaces/adv/gid/7.1\" xmlns:adv=\"http://www.adv-online.de/namespaces/adv/gid/7.1\" xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xsi:schemaLocation=\"http://www.adv-online.de/namespaces/adv/gid/7.1 NAS-Operationen.xsd\">")?;
    writeln!(w, "<koordinatenangaben><AA_Koordinatenreferenzsystemangaben><crs xlink:href=\"urn:adv:crs:ETRS89_UTM32\"/><anzahlDerNachkommastellen>3</anzahlDerNachkommastellen><standard>true</standard></AA_Koordinatenreferenzsystemangaben></koordinatenangaben>")?;
    writeln!(w, "<enthaelt><wfs:FeatureCollection>")?;
    let cols = (n as f64).sqrt().ceil() as usize;
    // The real parcel is ~470 m across; scale to ~30 m urban parcels on a 40 m grid.
    let scale = 0.065;
    let functions = [1000, 1010, 2463, 2500, 3021, 3065, 2723];
    for i in 0..n {
        let (gx, gy) = ((i % cols) as f64 * 40.0, (i / cols) as f64 * 40.0);
        let (jx, jy) = (rng.unit() * 4.0, rng.unit() * 4.0);
        let (ox, oy) = (330_000.0 + gx + jx, 5_620_000.0 + gy + jy);
        let mut p = map_coords(&parcel, 2, &mut |x, y| {
            (ox + (x - px) * scale, oy + (y - py) * scale)
        });
        p = p.replacen("DENW36AL10000Ehc", &oid("DEGEN1PA", i), 2);
        p = p.replace(
            "<adv:zaehler>8</adv:zaehler>",
            &format!("<adv:zaehler>{}</adv:zaehler>", i % 99_999 + 1),
        );
        p = p.replace(
            "05432002500008______",
            &format!("054320025{:05}______", i % 99_999 + 1),
        );
        writeln!(w, "<gml:featureMember>{p}</gml:featureMember>")?;
        if i % 2 == 0 {
            let mut b = map_coords(&building, 2, &mut |x, y| {
                (ox + 8.0 + (x - bx), oy + 8.0 + (y - by))
            });
            b = b.replacen("DENW36AL10000Egu", &oid("DEGEN1GB", i), 2);
            let func = functions[(rng.next() % functions.len() as u64) as usize];
            b = b.replace("<adv:gebaeudefunktion>2500</adv:gebaeudefunktion>", &format!("<adv:gebaeudefunktion>{func}</adv:gebaeudefunktion><adv:anzahlDerOberirdischenGeschosse>{}</adv:anzahlDerOberirdischenGeschosse>", 1 + rng.next() % 5));
            writeln!(w, "<gml:featureMember>{b}</gml:featureMember>")?;
        }
        if i % 10 == 5 {
            let (t, tx, ty, id) = if i % 20 == 5 {
                (&wald, wx, wy, "DENW36AL10000KFq")
            } else {
                (&wohn, hx, hy, "DENW36AL2mD000Cg")
            };
            let mut l = map_coords(t, 2, &mut |x, y| (ox + (x - tx), oy + (y - ty)));
            l = l.replacen(id, &oid("DEGEN1LU", i), 2);
            writeln!(w, "<gml:featureMember>{l}</gml:featureMember>")?;
        }
    }
    writeln!(
        w,
        "</wfs:FeatureCollection></enthaelt></AX_Bestandsdatenauszug>"
    )?;
    w.flush()?;
    eprintln!(
        "wrote {n} parcels, {} buildings, {} land-use objects to {}",
        n.div_ceil(2),
        n / 10,
        out.display()
    );
    Ok(())
}

fn citygml(from: &Path, n: usize, out: &Path) -> Result<()> {
    let mut tiles: Vec<PathBuf> = std::fs::read_dir(from)
        .with_context(|| format!("{}: cannot list", from.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "gml"))
        .collect();
    tiles.sort();
    if tiles.is_empty() {
        bail!("{}: no .gml tiles", from.display());
    }
    std::fs::create_dir_all(out)?;
    let texts: Vec<String> = tiles
        .iter()
        .map(|t| {
            std::fs::read_to_string(t).with_context(|| format!("{}: cannot read", t.display()))
        })
        .collect::<Result<_>>()?;
    let cols = (n as f64).sqrt().ceil() as usize;
    for i in 0..n {
        let src = &texts[i % texts.len()];
        // Whole-kilometre shifts keep every building inside its (renamed) tile.
        let (dx, dy) = (
            ((i % cols) * 3) as f64 * 1000.0,
            ((i / cols) * 3) as f64 * 1000.0,
        );
        let t = map_coords(src, 3, &mut |x, y| (x + dx, y + dy));
        let name = format!("LoD2_32_gen{i:04}_1_NW.gml");
        std::fs::write(out.join(&name), t)?;
    }
    eprintln!("wrote {n} tiles to {}", out.display());
    Ok(())
}
