//! The file's head: magic bytes, the header table (name, geometry type, columns, CRS, feature
//! count, index node size) and the mapping between saale's field types and FlatGeobuf's
//! column types.

use std::collections::BTreeMap;

use flatbuffers::FlatBufferBuilder;
use flatgeobuf::packed_r_tree::NodeItem;
use flatgeobuf::{
    Column, ColumnArgs, ColumnType, Crs as FbCrs, CrsArgs, GeometryType, Header, HeaderArgs,
};
use saale_crs::Crs;
use saale_model::{FieldType, Schema};

/// Magic bytes of FlatGeobuf version 3 (`fgb`, 3, `fgb`, 0).
pub(crate) const MAGIC: [u8; 8] = [b'f', b'g', b'b', 3, b'f', b'g', b'b', 0];

/// The field type a column of type `t` is read as (every integer as `Int`, both floats as
/// `Float`, JSON and binary as `String`).
pub(crate) fn field_type(t: ColumnType) -> FieldType {
    match t {
        ColumnType::Bool => FieldType::Bool,
        ColumnType::Byte
        | ColumnType::UByte
        | ColumnType::Short
        | ColumnType::UShort
        | ColumnType::Int
        | ColumnType::UInt
        | ColumnType::Long
        | ColumnType::ULong => FieldType::Int,
        ColumnType::Float | ColumnType::Double => FieldType::Float,
        ColumnType::DateTime => FieldType::DateTime,
        _ => FieldType::String,
    }
}

/// The column type a field of type `t` is written as (a date as a string: FlatGeobuf has no
/// date type; the store's catalog keeps it).
pub(crate) fn column_type(t: FieldType) -> ColumnType {
    match t {
        FieldType::Bool => ColumnType::Bool,
        FieldType::Int => ColumnType::Long,
        FieldType::Float => ColumnType::Double,
        FieldType::DateTime => ColumnType::DateTime,
        FieldType::String | FieldType::Date => ColumnType::String,
    }
}

/// The header's geometry type for features of the `kinds` counted: the one kind of all
/// features, else unknown (mixed).
pub(crate) fn dataset_type(kinds: &BTreeMap<&str, u64>) -> GeometryType {
    if kinds.len() != 1 {
        return GeometryType::Unknown;
    }
    match kinds.keys().next().copied().unwrap_or_default() {
        "Point" => GeometryType::Point,
        "LineString" => GeometryType::LineString,
        "Polygon" => GeometryType::Polygon,
        "MultiPoint" => GeometryType::MultiPoint,
        "MultiLineString" => GeometryType::MultiLineString,
        "MultiPolygon" => GeometryType::MultiPolygon,
        _ => GeometryType::GeometryCollection,
    }
}

/// The CRS a header declares: an EPSG code if it has one, else its WKT (`None` when it has
/// neither, or they cannot be parsed).
pub(crate) fn crs_of(header: &Header<'_>) -> Option<Crs> {
    header.crs().and_then(|c| {
        let org = c.org().unwrap_or("EPSG");
        if c.code() > 0 && org.eq_ignore_ascii_case("EPSG") {
            u32::try_from(c.code()).ok().map(Crs::epsg)
        } else {
            c.wkt().and_then(|w| Crs::parse(w).ok())
        }
    })
}

/// What a header written by saale says.
pub(crate) struct HeadSpec<'a> {
    /// The layer name.
    pub name: &'a str,
    /// The columns, every one nullable.
    pub schema: &'a Schema,
    /// The CRS: its EPSG code (0 without) and its WKT.
    pub crs: Option<&'a Crs>,
    /// The one geometry type of all features, or unknown.
    pub dataset: GeometryType,
    /// Number of features.
    pub count: u64,
    /// The index node size and the extent when the file has an index.
    pub index: Option<(u16, &'a NodeItem)>,
}

/// The size-prefixed header table of `spec`.
pub(crate) fn encode_header(spec: &HeadSpec<'_>) -> Vec<u8> {
    let mut fbb = FlatBufferBuilder::with_capacity(1 << 12);
    let columns: Vec<_> = spec
        .schema
        .fields()
        .iter()
        .map(|f| {
            let n = fbb.create_string(&f.name);
            Column::create(
                &mut fbb,
                &ColumnArgs {
                    name: Some(n),
                    type_: column_type(f.ty),
                    nullable: true,
                    ..Default::default()
                },
            )
        })
        .collect();
    let columns = fbb.create_vector(&columns);
    let wkt = spec.crs.map(Crs::wkt);
    let crs_args = CrsArgs {
        code: spec
            .crs
            .and_then(Crs::epsg_code)
            .and_then(|c| i32::try_from(c).ok())
            .unwrap_or(0),
        wkt: wkt.as_deref().map(|w| fbb.create_string(w)),
        ..Default::default()
    };
    let crs_t = FbCrs::create(&mut fbb, &crs_args);
    let name_s = fbb.create_string(spec.name);
    let envelope = spec
        .index
        .map(|(_, e)| fbb.create_vector(&[e.min_x, e.min_y, e.max_x, e.max_y]));
    let header = Header::create(
        &mut fbb,
        &HeaderArgs {
            name: Some(name_s),
            envelope,
            geometry_type: spec.dataset,
            columns: Some(columns),
            features_count: spec.count,
            index_node_size: spec.index.map_or(0, |(n, _)| n),
            crs: Some(crs_t),
            ..Default::default()
        },
    );
    fbb.finish_size_prefixed(header, None);
    fbb.finished_data().to_vec()
}
