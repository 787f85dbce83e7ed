//! The 3D surfaces of a building (LoD1/LoD2 walls, roofs, ground and closure surfaces), as a
//! city-format reader gives them to the 3D outputs: planar polygons with `[x, y, z]` rings in
//! the CRS the reader names.

/// Semantic kind of a boundary surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SurfaceKind {
    /// `RoofSurface` (and `OuterCeilingSurface`).
    Roof,
    /// `WallSurface`.
    Wall,
    /// `GroundSurface` (and `OuterFloorSurface`).
    Ground,
    /// `ClosureSurface`: a virtual face closing the solid.
    Closure,
    /// A face of a solid without thematic surfaces.
    Other,
}

/// One planar polygon: the exterior ring first, then holes; rings closed or not.
#[derive(Debug, Clone, PartialEq)]
pub struct Surface3 {
    /// What the surface is.
    pub kind: SurfaceKind,
    /// Rings of `[x, y, z]` positions.
    pub rings: Vec<Vec<[f64; 3]>>,
}

/// The surfaces of one building with its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildingSurfaces {
    /// The building's id in the source (`gml:id`, CityJSON object id).
    pub id: String,
    /// The CRS name the coordinates are in, when the building names one (else the file's).
    pub srs: Option<String>,
    /// Every surface of the building and its parts.
    pub surfaces: Vec<Surface3>,
}
