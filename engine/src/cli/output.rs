//! Exit codes, error reporting, and writing to stdout without dying on a closed pipe.

use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::Format;

/// The exit codes (README, "Exit codes"). `main` returns one, so the process ends
/// through `Termination` and nothing deeper calls `process::exit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// clean
    Ok = 0,
    /// findings at error level
    Findings = 1,
    /// usage error or unreadable input
    Usage = 2,
    /// a plugin failed
    Plugin = 3,
}

impl Exit {
    /// The more serious of the two: a plugin failure outranks a usage error, which
    /// outranks findings.
    pub fn max_with(self, other: Exit) -> Exit {
        if (other as u8) > (self as u8) {
            other
        } else {
            self
        }
    }
}

impl std::process::Termination for Exit {
    fn report(self) -> std::process::ExitCode {
        std::process::ExitCode::from(self as u8)
    }
}

/// What went wrong, as a stable id for `--format json` and for the code that decides
/// what an error means (a finding's code, an exit code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    AmbiguousKommune,
    BadArguments,
    BadCaseFile,
    BadDocument,
    BadGlob,
    BadRevision,
    DifferentRegions,
    InvalidQuery,
    KommuneOutsideRegion,
    NoCases,
    NoMatch,
    NoPathways,
    PluginFailed,
    ServeFailed,
    UnknownDiagnosis,
    UnknownKommune,
    UnknownRegion,
    UnknownTask,
    UnreadablePath,
    UnsupportedFormat,
    UnwritableOutput,
    /// The reader of stdout went away (`ansvar … | head`): not an error for the user.
    BrokenPipe,
}

impl ErrorKind {
    const IDS: &[(ErrorKind, &str)] = &[
        (ErrorKind::AmbiguousKommune, "ambiguous-kommune"),
        (ErrorKind::BadArguments, "bad-arguments"),
        (ErrorKind::BadCaseFile, "bad-case-file"),
        (ErrorKind::BadDocument, "bad-document"),
        (ErrorKind::BadGlob, "bad-glob"),
        (ErrorKind::BadRevision, "bad-revision"),
        (ErrorKind::DifferentRegions, "different-regions"),
        (ErrorKind::InvalidQuery, "invalid-query"),
        (ErrorKind::KommuneOutsideRegion, "kommune-outside-region"),
        (ErrorKind::NoCases, "no-cases"),
        (ErrorKind::NoMatch, "no-match"),
        (ErrorKind::NoPathways, "no-pathways"),
        (ErrorKind::PluginFailed, "plugin-failed"),
        (ErrorKind::ServeFailed, "serve-failed"),
        (ErrorKind::UnknownDiagnosis, "unknown-diagnosis"),
        (ErrorKind::UnknownKommune, "unknown-kommune"),
        (ErrorKind::UnknownRegion, "unknown-region"),
        (ErrorKind::UnknownTask, "unknown-task"),
        (ErrorKind::UnreadablePath, "unreadable-path"),
        (ErrorKind::UnsupportedFormat, "unsupported-format"),
        (ErrorKind::UnwritableOutput, "unwritable-output"),
        (ErrorKind::BrokenPipe, "broken-pipe"),
    ];

    /// The id in `--format json` output (`error.kind`).
    pub fn id(self) -> &'static str {
        Self::IDS
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("error", |(_, id)| id)
    }
}

/// An error for the user: what, why, how to fix, and the exit code it maps to.
#[derive(Debug)]
pub struct CliError {
    pub exit: Exit,
    pub kind: ErrorKind,
    pub message: String,
    pub help: Option<String>,
    pub suggestions: Vec<String>,
}

impl CliError {
    pub fn usage(kind: ErrorKind, message: String) -> Self {
        CliError {
            exit: Exit::Usage,
            kind,
            message,
            help: None,
            suggestions: Vec::new(),
        }
    }

    pub fn with_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    /// Writing the output failed: to stdout, or to the `--output` file (which then keeps
    /// what it had).
    fn unwritable(file: Option<&Path>, e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return CliError::usage(ErrorKind::BrokenPipe, e.to_string());
        }
        match file {
            Some(path) => CliError::usage(
                ErrorKind::UnwritableOutput,
                ansvar::t!(
                    "cli-cannot-write-file",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
            )
            .with_help(Some(ansvar::t!("cli-cannot-write-file-help"))),
            None => CliError::usage(
                ErrorKind::UnwritableOutput,
                ansvar::t!("cli-cannot-write-stdout", error = e.to_string()),
            ),
        }
    }
}

impl From<ansvar::PluginError> for CliError {
    fn from(e: ansvar::PluginError) -> Self {
        let exit = match e {
            ansvar::PluginError::Read { .. } => Exit::Usage,
            _ => Exit::Plugin,
        };
        CliError {
            exit,
            kind: ErrorKind::PluginFailed,
            help: e.help(),
            message: e.to_string(),
            suggestions: Vec::new(),
        }
    }
}

/// Where the output goes: stdout, or the `--output` file, written through a temporary
/// file and renamed into place at [`Out::finish`] so that an interrupted run never leaves
/// half a report. Every command writes through here, the streaming `pathway check` too.
pub struct Out {
    pub format: Format,
    path: Option<PathBuf>,
    sink: RefCell<Option<Sink>>,
    /// The first write that failed; later writes are dropped and `finish` reports it.
    failed: RefCell<Option<CliError>>,
}

enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File(ansvar::atomic::AtomicFile),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::File(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w) => w.flush(),
        }
    }
}

impl Out {
    pub fn new(format: Format, path: Option<PathBuf>) -> Self {
        Out {
            format,
            path,
            sink: RefCell::new(None),
            failed: RefCell::new(None),
        }
    }

    /// Runs `write` on the output (opening it on first use) and turns an I/O error into
    /// the user's error: which file could not be written, and that it is unchanged.
    pub fn write<T>(
        &self,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
    ) -> Result<T, CliError> {
        let mut sink = self.sink.borrow_mut();
        if sink.is_none() {
            *sink = Some(match &self.path {
                Some(path) => Sink::File(
                    ansvar::atomic::AtomicFile::create(path)
                        .map_err(|e| CliError::unwritable(Some(path), e))?,
                ),
                None => Sink::Stdout(std::io::BufWriter::with_capacity(
                    1 << 16,
                    std::io::stdout(),
                )),
            });
        }
        let sink = sink.as_mut().expect("opened above");
        write(sink).map_err(|e| CliError::unwritable(self.path.as_deref(), e))
    }

    /// Writes `text`; a failure is kept for [`Out::finish`] and later writes are dropped.
    pub fn print(&self, text: &str) {
        if self.failed.borrow().is_some() {
            return;
        }
        // Texts from documents and plugins: no terminal escape passes (JSON has none raw).
        let text = &*ansvar::escape::control(text);
        if let Err(e) = self.write(|w| w.write_all(text.as_bytes())) {
            *self.failed.borrow_mut() = Some(e);
        }
    }

    pub fn json(&self, value: &serde_json::Value) {
        let mut text = serde_json::to_string_pretty(value).expect("JSON values serialize");
        text.push('\n');
        self.print(&text);
    }

    /// Flushes stdout, or renames the `--output` file into place; the first failed
    /// write, if any, is the error.
    pub fn finish(&self) -> Result<(), CliError> {
        if let Some(e) = self.failed.borrow_mut().take() {
            return Err(e);
        }
        match self.sink.borrow_mut().take() {
            None => match &self.path {
                // Nothing was written: an empty file, as before.
                Some(_) => self.write(|_| Ok(())).and_then(|()| self.finish()),
                None => Ok(()),
            },
            Some(Sink::Stdout(mut w)) => w.flush().map_err(|e| CliError::unwritable(None, e)),
            Some(Sink::File(f)) => f
                .commit()
                .map_err(|e| CliError::unwritable(self.path.as_deref(), e)),
        }
    }

    /// A note for the user on stderr (old kommune names and the like).
    pub fn note(&self, text: &str) {
        eprintln!("{}", ansvar::t!("cli-note", note = text));
    }

    /// Reports `e` on stderr.
    pub fn error(&self, e: &CliError) {
        eprintln!(
            "{}",
            ansvar::t!("cli-error", message = ansvar::escape::control(&e.message))
        );
        if let Some(h) = &e.help {
            eprintln!(
                "  {}",
                ansvar::t!("cli-help", help = ansvar::escape::control(h))
            );
        }
    }

    /// Reports a fatal error: on stderr, and as a JSON document on stdout with
    /// `--format json` so that programs get it structured.
    pub fn fatal(&self, e: &CliError) {
        self.error(e);
        if self.format == Format::Json {
            self.json(&serde_json::json!({ "error": error_value(e) }));
            let _ = self.finish();
        }
    }
}

pub fn error_value(e: &CliError) -> serde_json::Value {
    serde_json::json!({
        "kind": e.kind.id(),
        "message": e.message,
        "help": e.help,
        "suggestions": e.suggestions,
        "exit_code": e.exit as u8,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_kind_has_an_id_of_its_own() {
        let ids: std::collections::BTreeSet<_> = ErrorKind::IDS.iter().map(|(_, id)| id).collect();
        assert_eq!(ids.len(), ErrorKind::IDS.len());
        for (kind, id) in ErrorKind::IDS {
            assert_eq!(kind.id(), *id);
        }
    }
}
