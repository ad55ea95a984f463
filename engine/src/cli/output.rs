//! Exit codes, error reporting, and writing to stdout without dying on a closed pipe.

use std::io::Write;

use super::Format;

/// The exit codes of DESIGN.md.
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

/// An error for the user: what, why, how to fix, and the exit code it maps to.
#[derive(Debug)]
pub struct CliError {
    pub exit: Exit,
    /// stable kind, for `--format json`
    pub kind: &'static str,
    pub message: String,
    pub help: Option<String>,
    pub suggestions: Vec<String>,
}

impl CliError {
    pub fn usage(kind: &'static str, message: String) -> Self {
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

    /// Adds "did you mean …" for `input` among `candidates`.
    pub fn suggest<'a>(
        mut self,
        input: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        self.suggestions = ansvar::suggest::closest(input, candidates, 3)
            .into_iter()
            .map(String::from)
            .collect();
        if self.help.is_none() && !self.suggestions.is_empty() {
            let list = self
                .suggestions
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ");
            self.help = Some(format!("did you mean {list}?"));
        }
        self
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
            kind: "plugin-failed",
            help: e.help(),
            message: e.to_string(),
            suggestions: Vec::new(),
        }
    }
}

pub struct Out {
    pub format: Format,
    /// `--output FILE`: collect the output and write it atomically at the end
    file: Option<(std::path::PathBuf, std::cell::RefCell<String>)>,
}

impl Out {
    pub fn new(format: Format, file: Option<std::path::PathBuf>) -> Self {
        Out {
            format,
            file: file.map(|f| (f, std::cell::RefCell::new(String::new()))),
        }
    }

    /// Writes the collected output to the `--output` file, atomically.
    pub fn finish(&self) -> Result<(), CliError> {
        let Some((path, text)) = &self.file else {
            return Ok(());
        };
        ansvar::atomic::write(path, |w| w.write_all(text.borrow().as_bytes())).map_err(|e| {
            CliError::usage(
                "unwritable-output",
                format!("cannot write `{}`: {e}", path.display()),
            )
            .with_help(Some("the file, if it existed, is unchanged".into()))
        })
    }

    /// Writes to stdout (or the `--output` file); a closed pipe (`ansvar … | head`) ends
    /// the process quietly.
    pub fn print(&self, text: &str) {
        // Texts from documents and plugins: no terminal escape passes (JSON has none raw).
        let text = &*ansvar::escape::control(text);
        if let Some((_, buf)) = &self.file {
            buf.borrow_mut().push_str(text);
            return;
        }
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = stdout
            .write_all(text.as_bytes())
            .and_then(|_| stdout.flush())
        {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            eprintln!("error: cannot write to stdout: {e}");
            std::process::exit(Exit::Usage as i32);
        }
    }

    pub fn json(&self, value: &serde_json::Value) {
        let mut text = serde_json::to_string_pretty(value).expect("JSON values serialize");
        text.push('\n');
        self.print(&text);
    }

    /// A note for the user on stderr (old kommune names and the like).
    pub fn note(&self, text: &str) {
        eprintln!("note: {text}");
    }

    /// Reports `e` on stderr.
    pub fn error(&self, e: &CliError) {
        eprintln!("error: {}", ansvar::escape::control(&e.message));
        if let Some(h) = &e.help {
            eprintln!("  help: {}", ansvar::escape::control(h));
        }
    }

    /// Reports a fatal error: on stderr, and as a JSON document on stdout with
    /// `--format json` so that programs get it structured.
    pub fn fatal(&self, e: &CliError) {
        self.error(e);
        if self.format == Format::Json {
            self.json(&serde_json::json!({ "error": error_value(e) }));
        }
    }
}

pub fn error_value(e: &CliError) -> serde_json::Value {
    serde_json::json!({
        "kind": e.kind,
        "message": e.message,
        "help": e.help,
        "suggestions": e.suggestions,
        "exit_code": e.exit as u8,
    })
}
