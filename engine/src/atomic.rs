//! Writing files so that nobody ever sees half of one: write a temporary file in the
//! same directory, flush it to disk, rename it over the target.

use std::io::{self, Write};
use std::path::Path;

/// Writes what `fill` produces to `path` atomically. If `fill` fails (or the process
/// dies), `path` keeps its old contents and the temporary file is removed.
pub fn write(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".ansvar-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    {
        let mut w = io::BufWriter::new(tmp.as_file_mut());
        fill(&mut w)?;
        w.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".ansvar-"))
            .collect()
    }

    #[test]
    fn writes_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        write(&path, |w: &mut dyn Write| w.write_all(b"{}\n")).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    /// An interrupted write (here: the producer fails half-way) leaves the old file
    /// whole and no temporary file behind.
    #[test]
    fn an_interrupted_write_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        std::fs::write(&path, "old report\n").unwrap();
        let err = write(&path, |w: &mut dyn Write| {
            w.write_all(b"{\"half\": ")?;
            Err(io::Error::other("interrupted"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "interrupted");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old report\n");
        assert!(leftovers(dir.path()).is_empty());
    }
}
