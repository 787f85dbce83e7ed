//! Decoding one feature: its geometry record into a `geo` geometry, its property buffer into
//! values. Every length and column is checked against the buffer; a bad feature is an error,
//! never a panic.

use flatgeobuf::{ColumnType, GeometryType};
use saale_model::geo_types::{
    Coord, Geometry, GeometryCollection, LineString, MultiLineString, MultiPoint, MultiPolygon,
    Point, Polygon,
};
use saale_model::Value;

/// Decode a property buffer: (column index as u16, value) pairs, little-endian.
pub(super) fn properties(
    mut p: &[u8],
    types: &[ColumnType],
    slot: &[Option<usize>],
    values: &mut [Value],
) -> std::result::Result<(), String> {
    fn take<'a>(p: &mut &'a [u8], n: usize) -> std::result::Result<&'a [u8], String> {
        if p.len() < n {
            return Err("a property runs past the end of the feature".into());
        }
        let (a, b) = p.split_at(n);
        *p = b;
        Ok(a)
    }
    fn arr<const N: usize>(p: &mut &[u8]) -> std::result::Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(take(p, N)?);
        Ok(a)
    }
    while !p.is_empty() {
        let c = usize::from(u16::from_le_bytes(arr(&mut p)?));
        let ty = *types
            .get(c)
            .ok_or_else(|| format!("property of column {c}, the file has {}", types.len()))?;
        let v = match ty {
            ColumnType::Bool => Value::Bool(arr::<1>(&mut p)?[0] != 0),
            ColumnType::Byte => Value::Int(i64::from(i8::from_le_bytes(arr(&mut p)?))),
            ColumnType::UByte => Value::Int(i64::from(arr::<1>(&mut p)?[0])),
            ColumnType::Short => Value::Int(i64::from(i16::from_le_bytes(arr(&mut p)?))),
            ColumnType::UShort => Value::Int(i64::from(u16::from_le_bytes(arr(&mut p)?))),
            ColumnType::Int => Value::Int(i64::from(i32::from_le_bytes(arr(&mut p)?))),
            ColumnType::UInt => Value::Int(i64::from(u32::from_le_bytes(arr(&mut p)?))),
            ColumnType::Long => Value::Int(i64::from_le_bytes(arr(&mut p)?)),
            ColumnType::ULong => {
                let x = u64::from_le_bytes(arr(&mut p)?);
                i64::try_from(x).map_or_else(|_| Value::String(x.to_string().into()), Value::Int)
            }
            ColumnType::Float => Value::Float(f64::from(f32::from_le_bytes(arr(&mut p)?))),
            ColumnType::Double => Value::Float(f64::from_le_bytes(arr(&mut p)?)),
            ColumnType::String | ColumnType::Json | ColumnType::DateTime => {
                let n = u32::from_le_bytes(arr(&mut p)?) as usize;
                let bytes = take(&mut p, n)?;
                if slot[c].is_none() {
                    continue;
                }
                let s = std::str::from_utf8(bytes)
                    .map_err(|_| format!("column {c}: text is not UTF-8"))?;
                Value::String(s.into())
            }
            ColumnType::Binary => {
                let n = u32::from_le_bytes(arr(&mut p)?) as usize;
                let bytes = take(&mut p, n)?;
                Value::String(
                    bytes
                        .iter()
                        .map(|x| format!("{x:02x}"))
                        .collect::<String>()
                        .into(),
                )
            }
            other => return Err(format!("column {c} has the unknown type {}", other.0)),
        };
        if let Some(s) = slot[c] {
            values[s] = v;
        }
    }
    Ok(())
}

/// A FlatGeobuf geometry as a `geo` geometry (x and y; z and m are not kept). `None` for an
/// empty geometry record, which is how a feature without geometry is written.
pub(super) fn geometry(
    g: &flatgeobuf::Geometry<'_>,
    dataset: GeometryType,
) -> std::result::Result<Option<Geometry<f64>>, String> {
    let ty = if dataset == GeometryType::Unknown {
        g.type_()
    } else {
        dataset
    };
    let xy: Vec<f64> = g.xy().map(|v| v.iter().collect()).unwrap_or_default();
    let parts = g.parts();
    if xy.is_empty() && parts.as_ref().is_none_or(|p| p.is_empty()) {
        return Ok(None);
    }
    if !xy.len().is_multiple_of(2) {
        return Err("odd number of coordinate values".into());
    }
    // Files come from anywhere: NaN and infinities would poison extents, indexes and tiles.
    if let Some(k) = xy.iter().position(|v| !v.is_finite()) {
        return Err(format!(
            "coordinate {} is not a finite number ({})",
            k / 2,
            xy[k]
        ));
    }
    let coords = |a: usize, b: usize| -> Vec<Coord<f64>> {
        xy[2 * a..2 * b]
            .chunks_exact(2)
            .map(|c| Coord { x: c[0], y: c[1] })
            .collect()
    };
    let n = xy.len() / 2;
    // Ranges of the rings or lines; without `ends` one range over all coordinates.
    let ranges = || -> std::result::Result<Vec<(usize, usize)>, String> {
        let Some(ends) = g.ends() else {
            return Ok(vec![(0, n)]);
        };
        let mut out = Vec::with_capacity(ends.len());
        let mut a = 0usize;
        for e in ends.iter() {
            let e = e as usize;
            if e < a || e > n {
                return Err(format!("ring end {e} outside 0..{n}"));
            }
            out.push((a, e));
            a = e;
        }
        Ok(out)
    };
    let polygon = |rs: Vec<(usize, usize)>| -> Polygon<f64> {
        let mut rings = rs.into_iter().map(|(a, b)| LineString(coords(a, b)));
        let exterior = rings.next().unwrap_or_else(|| LineString(Vec::new()));
        Polygon::new(exterior, rings.collect())
    };
    Ok(Some(match ty {
        GeometryType::Point => match xy.get(..2) {
            Some(&[x, y]) => Geometry::Point(Point(Coord { x, y })),
            _ => return Err("a point without coordinates".into()),
        },
        GeometryType::MultiPoint => {
            Geometry::MultiPoint(MultiPoint(coords(0, n).into_iter().map(Point).collect()))
        }
        GeometryType::LineString => Geometry::LineString(LineString(coords(0, n))),
        GeometryType::MultiLineString => Geometry::MultiLineString(MultiLineString(
            ranges()?
                .into_iter()
                .map(|(a, b)| LineString(coords(a, b)))
                .collect(),
        )),
        // A triangle is a polygon of one ring; surfaces and TINs are sets of them.
        GeometryType::Polygon | GeometryType::Triangle => Geometry::Polygon(polygon(ranges()?)),
        GeometryType::MultiPolygon | GeometryType::PolyhedralSurface | GeometryType::TIN => {
            let mut polys = Vec::new();
            match parts {
                Some(parts) => {
                    for p in parts.iter() {
                        if let Some(Geometry::Polygon(p)) = geometry(&p, GeometryType::Polygon)?
                        {
                            polys.push(p);
                        }
                    }
                }
                // A TIN is written as one ring per triangle (as GDAL does).
                None if ty == GeometryType::TIN => {
                    polys.extend(ranges()?.into_iter().map(|r| polygon(vec![r])));
                }
                // A multipolygon of one polygon may be written without parts.
                None => polys.push(polygon(ranges()?)),
            }
            Geometry::MultiPolygon(MultiPolygon(polys))
        }
        GeometryType::GeometryCollection => {
            let mut gs = Vec::new();
            for p in parts.iter().flatten() {
                if let Some(g) = geometry(&p, GeometryType::Unknown)? {
                    gs.push(g);
                }
            }
            Geometry::GeometryCollection(GeometryCollection(gs))
        }
        other => {
            return Err(format!(
                "unsupported geometry type {other:?} (curves are not read; linearise them, e.g. ogr2ogr -nlt CONVERT_TO_LINEAR)"
            ))
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A point record with parts but no coordinates is an error, not a panic.
    #[test]
    fn a_point_without_coordinates_is_an_error() {
        let mut fbb = flatbuffers::FlatBufferBuilder::new();
        let inner = flatgeobuf::Geometry::create(&mut fbb, &flatgeobuf::GeometryArgs::default());
        let parts = fbb.create_vector(&[inner]);
        let g = flatgeobuf::Geometry::create(
            &mut fbb,
            &flatgeobuf::GeometryArgs {
                parts: Some(parts),
                ..Default::default()
            },
        );
        fbb.finish(g, None);
        let g = flatbuffers::root::<flatgeobuf::Geometry>(fbb.finished_data()).expect("geometry");
        let e = geometry(&g, GeometryType::Point).expect_err("no coordinates");
        assert!(e.contains("without coordinates"), "{e}");
    }

    /// Fuzzing (target `flatgeobuf`, fuzz/regressions/flatgeobuf/nan_coordinate.fgb): the
    /// readers returned NaN coordinates (only `read_source`'s geometry check caught them;
    /// the store and the R-tree reader did not).
    #[test]
    fn non_finite_coordinates_are_an_error() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let mut fbb = flatbuffers::FlatBufferBuilder::new();
            let xy = fbb.create_vector(&[11.58, 50.93, 11.59, bad]);
            let g = flatgeobuf::Geometry::create(
                &mut fbb,
                &flatgeobuf::GeometryArgs {
                    xy: Some(xy),
                    ..Default::default()
                },
            );
            fbb.finish(g, None);
            let g =
                flatbuffers::root::<flatgeobuf::Geometry>(fbb.finished_data()).expect("geometry");
            let e = geometry(&g, GeometryType::LineString).expect_err("not finite");
            assert!(e.contains("coordinate 1 is not a finite number"), "{e}");
        }
    }
}
