//! Command-line arguments, shared options and dispatch to one module per subcommand.

mod analyze;
mod check;
mod diff;
mod files;
mod output;
mod pathway;
mod plugin_cmd;
mod regions;
mod regions_load;
mod serve;
mod test_cmd;
mod who;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

pub use output::{CliError, ErrorKind, Exit};

/// Who owns this læring og mestring task: the helseforetak or the kommune?
#[derive(Debug, Parser)]
#[command(name = "ansvar", version, about, max_term_width = 100)]
pub struct Args {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand takes.
#[derive(Clone, Debug, clap::Args)]
pub struct Global {
    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Load a region plugin from a .wasm file (repeatable), besides the embedded ones
    #[arg(long = "plugin", global = true, value_name = "FILE.wasm")]
    pub plugins: Vec<PathBuf>,
    /// Run --plugin files that plugins/plugins.lock does not pin
    #[arg(long, global = true)]
    pub allow_unpinned: bool,
    /// Time limit for one plugin call, in milliseconds
    #[arg(long, global = true, value_name = "MS", default_value_t = 2000)]
    pub plugin_timeout_ms: u64,
    /// Memory limit for one plugin instance, in MiB
    #[arg(long, global = true, value_name = "MIB", default_value_t = 64)]
    pub plugin_memory_mib: usize,
    /// Largest --plugin file read, in MiB
    #[arg(long, global = true, value_name = "MIB", default_value_t = 16)]
    pub plugin_max_mib: u64,
    /// Follow symbolic links out of the directories (and glob patterns) given
    #[arg(long, global = true)]
    pub follow_links: bool,
    /// Do not use the compiled-code cache (see ANSVAR_CACHE_DIR)
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// More log output on stderr (-v, -vv); RUST_LOG overrides
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Write the output to FILE (atomically: a temporary file renamed into place)
    #[arg(short, long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only errors on stderr
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Language of messages and labels: nb (bokmål), nn (nynorsk) or en; default from
    /// LC_ALL, LC_MESSAGES or LANG (Norwegian locales give nb or nn), else en
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<ansvar::i18n::Lang>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    /// SARIF 2.1.0 (check, pathway check)
    Sarif,
    /// GitHub Actions annotations (check, pathway check)
    Github,
    /// JUnit XML (check, pathway check)
    Junit,
    /// JSON Lines, one record per pathway with every step's verdict (pathway check)
    Jsonl,
    /// Markdown (matrix, diff)
    Md,
    /// A self-contained HTML page that prints well (matrix, diff; pathway check: the
    /// swimlanes)
    Html,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the regions: embedded plugins and those given with --plugin
    Regions,
    /// Who owns a task in a region (and kommune, diagnosis, age group, phase)?
    Who(who::WhoArgs),
    /// Check agreement files: schema, structure, kommuner, the law and the rules in force
    Check(check::CheckArgs),
    /// Check planned patient pathways step by step against the region's rules
    #[command(subcommand)]
    Pathway(pathway::PathwayCommand),
    /// Walk a region's whole context space and prove it has no gaps or contradictions
    Analyze(analyze::AnalyzeArgs),
    /// The responsibility matrix of a region, for an agreement appendix (md or html)
    Matrix(analyze::MatrixArgs),
    /// What a revision changes: two plugins, two agreement documents or a git range,
    /// compared over the whole context space
    Diff(diff::DiffArgs),
    /// Run region test cases (expected rulings, pathway and agreement findings)
    Test(test_cmd::TestArgs),
    /// Work with plugin files
    #[command(subcommand)]
    Plugin(plugin_cmd::PluginCommand),
    /// Serve the engine over HTTP: the JSON API and the workbench in a browser (see README)
    Serve(serve::ServeArgs),
}

pub fn init_logging(g: &Global) {
    use tracing_subscriber::EnvFilter;
    let default = if g.quiet {
        "error"
    } else {
        match g.verbose {
            0 => "warn",
            1 => "info",
            2 => "debug",
            _ => "trace",
        }
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .with_ansi(anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never)
        .init();
}

/// The formats each command writes, checked once here: a format a command does not
/// write is a usage error (exit 2), not a silent fallback. `--format` stays one global
/// option so that `ansvar --format json who …` and `ansvar who --format json …` both
/// work; each command then gets its own enum of the formats it writes.
macro_rules! formats {
    ($($(#[$meta:meta])* $name:ident: $($variant:ident),+;)*) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &[Format] = &[$(Format::$variant),+];

            pub fn of(format: Format) -> Option<Self> {
                match format {
                    $(Format::$variant => Some(Self::$variant),)+
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }
        }
    )*};
}

formats! {
    /// `check` and the collecting formats of `pathway check`.
    ReportFormat: Human, Json, Sarif, Github, Junit;
    /// `pathway check`: the report formats, JSON Lines and the swimlanes.
    PathwayFormat: Human, Json, Sarif, Github, Junit, Jsonl, Html;
    /// `matrix`.
    MatrixFormat: Human, Json, Md, Html;
    /// `test`.
    TestFormat: Human, Json, Junit;
    /// `diff`.
    DiffFormat: Human, Json, Md, Html;
}

/// `regions`, `who`, `analyze` and `plugin` write text or JSON, as `Out::format` says.
const PLAIN: &[Format] = &[Format::Human, Format::Json];

impl Command {
    fn name(&self) -> &'static str {
        match self {
            Command::Regions => "regions",
            Command::Who(_) => "who",
            Command::Check(_) => "check",
            Command::Pathway(_) => "pathway check",
            Command::Analyze(_) => "analyze",
            Command::Matrix(_) => "matrix",
            Command::Test(_) => "test",
            Command::Plugin(_) => "plugin",
            Command::Diff(_) => "diff",
            Command::Serve(_) => "serve",
        }
    }

    fn formats(&self) -> &'static [Format] {
        match self {
            Command::Check(_) => ReportFormat::ALL,
            Command::Pathway(_) => PathwayFormat::ALL,
            Command::Matrix(_) => MatrixFormat::ALL,
            Command::Test(_) => TestFormat::ALL,
            Command::Diff(_) => DiffFormat::ALL,
            Command::Regions | Command::Who(_) | Command::Analyze(_) | Command::Plugin(_) => PLAIN,
            // The server writes no --format output; its errors at start follow it.
            Command::Serve(_) => PLAIN,
        }
    }
}

fn format_name(f: Format) -> String {
    f.to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}

/// Runs the command. An `Err` is an error that ends the run and has not been reported
/// yet (a closed stdout, which `main` ends quietly, or a fatal error for [`fatal`]).
pub fn run(args: &Args) -> Result<Exit, CliError> {
    let g = &args.global;
    let out = output::Out::new(g.format, g.output.clone());
    if !args.command.formats().contains(&g.format) {
        let list: Vec<String> = args
            .command
            .formats()
            .iter()
            .map(|f| format_name(*f))
            .collect();
        return Err(CliError::usage(
            ErrorKind::UnsupportedFormat,
            ansvar::t!(
                "cli-unsupported-format",
                command = args.command.name(),
                format = format_name(g.format)
            ),
        )
        .with_help(Some(ansvar::t!(
            "cli-unsupported-format-help",
            formats = list.join(", ")
        ))));
    }
    let limits = ansvar::Limits {
        call_timeout: Duration::from_millis(g.plugin_timeout_ms.max(1)),
        memory_bytes: g.plugin_memory_mib.max(1).saturating_mul(1 << 20),
        enforce: true,
        file_bytes: g.plugin_max_mib.saturating_mul(1 << 20),
        // The pool of plugin instances is sized for the threads that call plugins.
        threads: match &args.command {
            Command::Pathway(pathway::PathwayCommand::Check(c)) => c.jobs,
            _ => None,
        }
        .map_or(ansvar::Limits::default().threads, |j| {
            j.clamp(1, 1 << 16) as u32
        }),
    };
    let cache = if g.no_cache {
        None
    } else {
        ansvar::plugin::Cache::default_dir()
    };
    let host = ansvar::Host::new(limits, cache).map_err(|e| CliError {
        exit: Exit::Plugin,
        kind: ErrorKind::PluginFailed,
        message: ansvar::t!("cli-wasm-engine", error = format!("{e:#}")),
        help: None,
        suggestions: Vec::new(),
    })?;
    // Every command's format was checked above, so `of` always answers here.
    let unsupported = || CliError::usage(ErrorKind::UnsupportedFormat, String::new());
    let result = match &args.command {
        Command::Check(c) => {
            let f = ReportFormat::of(g.format).ok_or_else(unsupported)?;
            check::run(&host, g, &out, f, c)
        }
        Command::Regions => regions::run(&host, g, &out),
        Command::Who(w) => who::run(&host, g, &out, w),
        Command::Pathway(p) => {
            let f = PathwayFormat::of(g.format).ok_or_else(unsupported)?;
            pathway::run(&host, g, &out, f, p)
        }
        Command::Analyze(a) => analyze::analyze(&host, g, &out, a),
        Command::Matrix(m) => {
            let f = MatrixFormat::of(g.format).ok_or_else(unsupported)?;
            analyze::matrix(&host, g, &out, f, m)
        }
        Command::Test(t) => {
            let f = TestFormat::of(g.format).ok_or_else(unsupported)?;
            test_cmd::run(&host, g, &out, f, t)
        }
        Command::Plugin(p) => plugin_cmd::run(&host, g, &out, p),
        Command::Diff(d) => {
            let f = DiffFormat::of(g.format).ok_or_else(unsupported)?;
            diff::run(&host, g, &out, f, d)
        }
        Command::Serve(s) => {
            return serve::run(host, g, s).or_else(|e| {
                out.fatal(&e);
                Ok(e.exit)
            });
        }
    };
    match result.and_then(|code| out.finish().map(|()| code)) {
        Ok(code) => Ok(code),
        Err(e) if e.kind == ErrorKind::BrokenPipe => Err(e),
        Err(e) => {
            out.fatal(&e);
            Ok(e.exit)
        }
    }
}

/// Reports an error that ended the run before a command could (on stderr, and as JSON
/// on stdout with `--format json`).
pub fn fatal(args: &Args, e: &CliError) {
    output::Out::new(args.global.format, None).fatal(e);
}
