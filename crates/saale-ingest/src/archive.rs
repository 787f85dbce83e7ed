//! A decompression budget for zip archives: their central directory is read before GDAL
//! opens them, and an archive that would expand far beyond its size is refused (a zip of a
//! few MB expanding to a 1 GB CSV ran the import out of memory).

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use crate::{Error, Result};

/// Expansion allowed for any archive, whatever its size.
pub const MIN_BUDGET_BYTES: u64 = 256 << 20;

/// Expansion allowed per byte of archive beyond [`MIN_BUDGET_BYTES`]: real data (CSV, GML,
/// Shapefiles) compresses 3 to 20 times; bombs compress hundreds of times.
pub const MAX_RATIO: u64 = 50;

/// The decompression budget of an archive of `len` bytes.
#[must_use]
pub fn budget(len: u64) -> u64 {
    MIN_BUDGET_BYTES.max(len.saturating_mul(MAX_RATIO))
}

fn u16_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u64::from(u16::from_le_bytes(
        b.get(i..i + 2)?.try_into().ok()?,
    )))
}

fn u32_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u64::from(u32::from_le_bytes(
        b.get(i..i + 4)?.try_into().ok()?,
    )))
}

fn u64_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?))
}

/// The number of entries and their total uncompressed size, as the central directory of the
/// zip archive at `path` declares them (`None` when it is no readable zip: GDAL then reports
/// it). GDAL's `/vsizip/` reads no entry beyond its declared size.
fn declared_size(path: &Path) -> std::io::Result<Option<(u64, u64)>> {
    let mut f = std::fs::File::open(path)?;
    let len = f.metadata()?.len();
    let tail = len.min(65_557);
    f.seek(SeekFrom::Start(len - tail))?;
    let mut b = Vec::with_capacity(usize::try_from(tail).unwrap_or(0));
    (&mut f).take(tail).read_to_end(&mut b)?;
    let Some(e) = b.windows(4).rposition(|w| w == b"PK\x05\x06") else {
        return Ok(None);
    };
    let (Some(mut cd_size), Some(mut cd_off)) = (u32_at(&b, e + 12), u32_at(&b, e + 16)) else {
        return Ok(None);
    };
    if cd_size == 0xFFFF_FFFF || cd_off == 0xFFFF_FFFF || u16_at(&b, e + 10) == Some(0xFFFF) {
        // Zip64: the locator just before the end record points to the zip64 end record.
        let Some(z) = e
            .checked_sub(20)
            .filter(|&z| b.get(z..z + 4) == Some(b"PK\x06\x07"))
        else {
            return Ok(None);
        };
        let Some(rec) = u64_at(&b, z + 8).filter(|r| *r + 56 <= len) else {
            return Ok(None);
        };
        let mut r = [0u8; 56];
        f.seek(SeekFrom::Start(rec))?;
        f.read_exact(&mut r)?;
        if &r[..4] != b"PK\x06\x06" {
            return Ok(None);
        }
        let (Some(s), Some(o)) = (u64_at(&r, 40), u64_at(&r, 48)) else {
            return Ok(None);
        };
        (cd_size, cd_off) = (s, o);
    }
    if cd_off.checked_add(cd_size).is_none_or(|end| end > len) {
        return Ok(None);
    }
    let mut cd = Vec::with_capacity(usize::try_from(cd_size).unwrap_or(0));
    f.seek(SeekFrom::Start(cd_off))?;
    (&mut f).take(cd_size).read_to_end(&mut cd)?;
    let (mut i, mut entries, mut total) = (0usize, 0u64, 0u64);
    while cd.get(i..i + 4) == Some(b"PK\x01\x02") {
        let (Some(mut size), Some(n), Some(x), Some(c)) = (
            u32_at(&cd, i + 24),
            u16_at(&cd, i + 28),
            u16_at(&cd, i + 30),
            u16_at(&cd, i + 32),
        ) else {
            break;
        };
        let (n, x, c) = (n as usize, x as usize, c as usize);
        if size == 0xFFFF_FFFF {
            // The zip64 extra field (id 1) holds the real size first.
            let extra = cd.get(i + 46 + n..i + 46 + n + x).unwrap_or(&[]);
            let mut k = 0;
            while let (Some(id), Some(l)) = (u16_at(extra, k), u16_at(extra, k + 2)) {
                if id == 1 {
                    size = u64_at(extra, k + 4).unwrap_or(u64::MAX);
                    break;
                }
                k += 4 + l as usize;
            }
        }
        entries += 1;
        total = total.saturating_add(size);
        i += 46 + n + x + c;
    }
    Ok(Some((entries, total)))
}

/// Refuse a zip archive that would expand beyond its [`budget`].
///
/// # Errors
/// [`Error::TooLarge`] naming the archive, its declared expansion and the budget;
/// [`Error::Io`] when it cannot be read.
pub(crate) fn check_zip(path: &Path) -> Result<()> {
    let len = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    let Some((entries, total)) = declared_size(path).map_err(|e| Error::io(path, e))? else {
        return Ok(());
    };
    let budget = budget(len);
    if total > budget {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            reason: format!(
                "the archive's {entries} file(s) expand to {} MB ({}x its size of {} KB), beyond \
                 the decompression budget of {} MB ({MAX_RATIO}x its size, at least {} MB); \
                 unpack it and import the files if it is genuine",
                total >> 20,
                total / len.max(1),
                len >> 10,
                budget >> 20,
                MIN_BUDGET_BYTES >> 20
            ),
        });
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A zip of one deflated entry `name` with `chunks` x `chunk` as content, written by hand
    /// (local header, data, central directory, end record).
    fn zip(path: &Path, name: &str, head: &[u8], chunk: &[u8], chunks: usize) {
        let mut crc = flate2::Crc::new();
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        crc.update(head);
        enc.write_all(head).unwrap();
        for _ in 0..chunks {
            crc.update(chunk);
            enc.write_all(chunk).unwrap();
        }
        let data = enc.finish().unwrap();
        let size = u32::try_from(head.len() + chunk.len() * chunks).unwrap();
        let (crc, csize) = (crc.sum(), u32::try_from(data.len()).unwrap());
        let n = u16::try_from(name.len()).unwrap();
        let mut z = Vec::new();
        z.extend(b"PK\x03\x04");
        z.extend(20u16.to_le_bytes());
        z.extend(0u16.to_le_bytes());
        z.extend(8u16.to_le_bytes());
        z.extend([0u8; 4]);
        z.extend(crc.to_le_bytes());
        z.extend(csize.to_le_bytes());
        z.extend(size.to_le_bytes());
        z.extend(n.to_le_bytes());
        z.extend(0u16.to_le_bytes());
        z.extend(name.as_bytes());
        z.extend(&data);
        let cd_off = u32::try_from(z.len()).unwrap();
        let mut cd = Vec::new();
        cd.extend(b"PK\x01\x02");
        cd.extend(20u16.to_le_bytes());
        cd.extend(20u16.to_le_bytes());
        cd.extend(0u16.to_le_bytes());
        cd.extend(8u16.to_le_bytes());
        cd.extend([0u8; 4]);
        cd.extend(crc.to_le_bytes());
        cd.extend(csize.to_le_bytes());
        cd.extend(size.to_le_bytes());
        cd.extend(n.to_le_bytes());
        cd.extend([0u8; 12]);
        cd.extend(0u32.to_le_bytes());
        cd.extend(name.as_bytes());
        z.extend(&cd);
        z.extend(b"PK\x05\x06");
        z.extend([0u8; 4]);
        z.extend(1u16.to_le_bytes());
        z.extend(1u16.to_le_bytes());
        z.extend(u32::try_from(cd.len()).unwrap().to_le_bytes());
        z.extend(cd_off.to_le_bytes());
        z.extend(0u16.to_le_bytes());
        std::fs::write(path, z).unwrap();
    }

    #[test]
    fn zip_expanding_to_a_huge_csv_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        // 300 MB of CSV lines in a zip of well under 1 MB.
        let bomb = dir.path().join("bomb.zip");
        let line =
            b"1,POINT (681000 5644000),aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";
        let chunk: Vec<u8> = line.repeat(16_384);
        zip(
            &bomb,
            "big.csv",
            b"id,wkt,x\n",
            &chunk,
            300 * 1024 * 1024 / chunk.len(),
        );
        let len = std::fs::metadata(&bomb).unwrap().len();
        assert!(len < 2 << 20, "{len}");
        let (entries, total) = declared_size(&bomb).unwrap().expect("a zip");
        assert_eq!(entries, 1);
        assert!(total > 300 * 1000 * 1000, "{total}");
        let e = crate::read_source(
            &bomb,
            &crate::ImportOptions::new(saale_crs::Crs::epsg(25832)),
        )
        .expect_err("over budget");
        let msg = e.to_string();
        assert!(matches!(e, Error::TooLarge { .. }), "{msg}");
        assert!(
            msg.contains("bomb.zip") && msg.contains("decompression budget"),
            "{msg}"
        );

        // A genuine small zip is read through GDAL, its declared size exact.
        let ok = dir.path().join("ok.zip");
        let rows: String = (0..1000)
            .map(|i| format!("{i},{},{}\n", 681_000 + i, 5_644_000 + i))
            .collect();
        zip(&ok, "pts.csv", b"id,x,y\n", rows.as_bytes(), 1);
        assert_eq!(
            declared_size(&ok).unwrap(),
            Some((1, 7 + rows.len() as u64))
        );
        let mut opts = crate::ImportOptions::new(saale_crs::Crs::epsg(25832));
        opts.source_crs = Some(saale_crs::Crs::epsg(25832));
        let (layer, ..) = crate::read_source(&ok, &opts).expect("reads");
        assert_eq!(layer.features.len(), 1000);
        // Not a zip at all: left to GDAL.
        let junk = dir.path().join("junk.zip");
        std::fs::write(&junk, b"not a zip").unwrap();
        assert_eq!(declared_size(&junk).unwrap(), None);
    }
}
