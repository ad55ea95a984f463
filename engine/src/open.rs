//! Opening input files so that what is checked is what is read: the file is opened
//! (without blocking on a named pipe), the opened file is checked to be a regular file,
//! and it is then read through the same handle, at most a limit.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// `path` opened for reading, if it is a regular file. A named pipe, a device, a socket
/// or a directory is refused with an error that says which it is.
pub fn regular(path: &Path) -> io::Result<File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening a named pipe would wait for a writer; O_NONBLOCK does not, and a
        // regular file reads the same with it.
        o.custom_flags(libc::O_NONBLOCK);
    }
    let f = o.open(path)?;
    let kind = f.metadata()?.file_type();
    if kind.is_file() {
        return Ok(f);
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::t!("findings-not-regular-file", kind = describe(kind)),
    ))
}

/// What kind of file `kind` is, in words ("a named pipe").
pub fn describe(kind: std::fs::FileType) -> String {
    crate::t!("findings-file-kind", kind = kind_id(kind))
}

/// The id of a kind of file, which the catalogue words.
fn kind_id(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "fifo";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
        if kind.is_socket() {
            return "socket";
        }
    }
    if kind.is_dir() {
        "directory"
    } else if kind.is_symlink() {
        "symlink"
    } else if kind.is_file() {
        "file"
    } else {
        "special"
    }
}

/// Why a file cannot be read whole.
#[derive(Debug)]
pub enum Limited {
    Io(io::Error),
    /// larger than the limit (the size the file said it had, or at least limit + 1)
    TooLarge(u64),
}

/// The bytes of the regular file `path`, at most `limit`, read through the handle that
/// was checked. A file that grows past the limit while it is read is refused too.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Limited> {
    let f = regular(path).map_err(Limited::Io)?;
    let size = f.metadata().map_err(Limited::Io)?.len();
    if size > limit {
        return Err(Limited::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    f.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Limited::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Limited::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_files_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let e = regular(&fifo).unwrap_err();
            assert!(e.to_string().contains("named pipe"), "{e}");
        }
        let e = regular(dir.path()).unwrap_err();
        assert!(e.to_string().contains("directory"), "{e}");
        #[cfg(unix)]
        {
            let e = regular(Path::new("/dev/zero")).unwrap_err();
            assert!(e.to_string().contains("device"), "{e}");
        }
    }

    #[test]
    fn reads_at_most_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, b"0123456789").unwrap();
        assert_eq!(read_limited(&p, 10).unwrap(), b"0123456789");
        assert!(matches!(read_limited(&p, 9), Err(Limited::TooLarge(10))));
    }
}
