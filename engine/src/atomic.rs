//! Writing files so that nobody ever sees half of one: write a temporary file in the
//! same directory, flush it to disk, rename it over the target.
//!
//! What is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written in
//! place: renaming over it would replace the device, and a stream has no "half a file".
//! So is a file another user owns: replacing it would take it over, so it is written
//! only if this user may write it. Both happen only to a path the user named (`--output`).
//! A symbolic link is followed, so the file it points to is replaced, not the link. A
//! new file gets the permissions the umask allows (reports hold health data).

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where the bytes go: a temporary file renamed into place, or the target itself.
enum Target {
    Replace(PathBuf),
    InPlace(File),
}

fn target(path: &Path) -> io::Result<Target> {
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => Ok(Target::InPlace(
            std::fs::OpenOptions::new().write(true).open(path)?,
        )),
        Ok(m) if !owned_by_me(&m) => Ok(Target::InPlace(
            std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(path)?,
        )),
        Ok(_) => Ok(Target::Replace(std::fs::canonicalize(path)?)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Target::Replace(path.to_path_buf())),
        Err(e) => Err(e),
    }
}

fn temp_for(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut b = tempfile::Builder::new();
    b.prefix(".ansvar-").suffix(".tmp");
    // A new file is created as any program creates one (0666 less the umask); a
    // replaced one keeps the old one's permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = b.tempfile_in(dir)?;
    if let Ok(m) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(m.permissions())?;
    }
    Ok(tmp)
}

#[cfg(unix)]
fn owned_by_me(m: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    m.uid() == unsafe { libc::geteuid() }
}

#[cfg(not(unix))]
fn owned_by_me(_: &std::fs::Metadata) -> bool {
    true
}

/// Writes what `fill` produces to `path` atomically. If `fill` fails (or the process
/// dies), `path` keeps its old contents and the temporary file is removed.
pub fn write(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut f = AtomicFile::create(path)?;
    fill(&mut f)?;
    f.commit()
}

/// A file that replaces `path` only when committed; dropped uncommitted (an error, an
/// interrupted run), it leaves `path` as it was and no temporary file behind. For output
/// that streams.
pub struct AtomicFile {
    path: PathBuf,
    w: io::BufWriter<Sink>,
}

enum Sink {
    Temp(tempfile::NamedTempFile),
    InPlace(File),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Temp(t) => t.write(buf),
            Sink::InPlace(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Temp(t) => t.flush(),
            Sink::InPlace(f) => f.flush(),
        }
    }
}

impl AtomicFile {
    pub fn create(path: &Path) -> io::Result<Self> {
        let (path, sink) = match target(path)? {
            Target::Replace(p) => {
                let tmp = temp_for(&p)?;
                (p, Sink::Temp(tmp))
            }
            Target::InPlace(f) => (path.to_path_buf(), Sink::InPlace(f)),
        };
        Ok(AtomicFile {
            path,
            w: io::BufWriter::with_capacity(1 << 16, sink),
        })
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(self) -> io::Result<()> {
        match self.w.into_inner().map_err(|e| e.into_error())? {
            Sink::Temp(tmp) => {
                tmp.as_file().sync_all()?;
                tmp.persist(&self.path).map_err(|e| e.error)?;
            }
            Sink::InPlace(mut f) => f.flush()?,
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.w.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
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

    #[test]
    fn a_streamed_file_appears_only_when_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.jsonl");
        std::fs::write(&path, "old\n").unwrap();
        let mut f = AtomicFile::create(&path).unwrap();
        f.write_all(b"new\n").unwrap();
        f.flush().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        drop(f);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        assert!(leftovers(dir.path()).is_empty());
        let mut f = AtomicFile::create(&path).unwrap();
        f.write_all(b"new\n").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    /// A named pipe (like /dev/stdout or /dev/null) is written into, not replaced.
    #[cfg(unix)]
    #[test]
    fn a_pipe_is_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("no mkfifo here; skipping");
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(&fifo).unwrap())
        };
        write(&fifo, |w: &mut dyn Write| {
            w.write_all(b"through the pipe\n")
        })
        .unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe\n");
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert!(leftovers(dir.path()).is_empty());
    }

    /// A new file honours the umask (it was once made 0644 whatever the umask said).
    #[cfg(unix)]
    #[test]
    fn a_new_file_honours_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        // SAFETY: sets this test process's umask (nextest runs each test alone).
        unsafe { libc::umask(0o077) };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        write(&path, |w: &mut dyn Write| w.write_all(b"{}")).unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    /// Another user's file is written in place, never replaced by one of ours.
    #[cfg(unix)]
    #[test]
    fn another_users_file_is_not_taken_over() {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            eprintln!("not root: cannot give a file to another user; skipping");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("theirs.json");
        std::fs::write(&path, "old").unwrap();
        std::os::unix::fs::chown(&path, Some(4242), Some(4242)).unwrap();
        write(&path, |w: &mut dyn Write| w.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::metadata(&path).unwrap().uid(), 4242);
    }

    /// A new file is readable like any other; a replaced one keeps its permissions.
    #[cfg(unix)]
    #[test]
    fn permissions_are_those_of_an_ordinary_or_the_old_file() {
        use std::os::unix::fs::PermissionsExt;
        // SAFETY: sets this test process's umask (nextest runs each test alone).
        unsafe { libc::umask(0o022) };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        write(&path, |w: &mut dyn Write| w.write_all(b"{}")).unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        write(&path, |w: &mut dyn Write| w.write_all(b"[]")).unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
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
