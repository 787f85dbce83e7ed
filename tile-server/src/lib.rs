//! The axum server library behind `saale serve` will live here (vector tiles, OGC API
//! Features, styles, the public map). Nothing is served yet; this crate only reserves its
//! place in the workspace.
