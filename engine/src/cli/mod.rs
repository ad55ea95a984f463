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
mod test_cmd;
mod who;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

pub use output::Exit;

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
#[derive(Debug, clap::Args)]
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
    /// A self-contained HTML page that prints well (matrix, diff)
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
        .with_ansi(
            std::env::var_os("NO_COLOR").is_none()
                && std::io::IsTerminal::is_terminal(&std::io::stderr()),
        )
        .init();
}

pub fn run(args: Args) -> Exit {
    let g = &args.global;
    let limits = ansvar::Limits {
        call_timeout: Duration::from_millis(g.plugin_timeout_ms.max(1)),
        memory_bytes: g.plugin_memory_mib.max(1).saturating_mul(1 << 20),
        enforce: true,
    };
    let cache = if g.no_cache {
        None
    } else {
        ansvar::plugin::Cache::default_dir()
    };
    let host = match ansvar::Host::new(limits, cache) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("error: cannot start the WebAssembly engine: {e:#}");
            return Exit::Plugin;
        }
    };
    // `pathway check` streams into --output itself; the others collect through `Out`.
    let collect_into = match args.command {
        Command::Pathway(_) => None,
        _ => g.output.clone(),
    };
    let mut out = output::Out::new(g.format, collect_into);
    let allowed = match args.command {
        Command::Check(_) => !matches!(g.format, Format::Jsonl | Format::Md | Format::Html),
        Command::Pathway(_) => !matches!(g.format, Format::Md | Format::Html),
        Command::Matrix(_) => matches!(
            g.format,
            Format::Human | Format::Json | Format::Md | Format::Html
        ),
        Command::Test(_) => matches!(g.format, Format::Human | Format::Json | Format::Junit),
        Command::Diff(_) => matches!(
            g.format,
            Format::Human | Format::Json | Format::Md | Format::Html
        ),
        _ => matches!(g.format, Format::Human | Format::Json),
    };
    if !allowed {
        eprintln!(
            "note: --format {} is not for this command; printing JSON",
            g.format
                .to_possible_value()
                .map_or_else(String::new, |v| v.get_name().to_string())
        );
        out.format = Format::Json;
    }
    let result = match &args.command {
        Command::Check(c) => check::run(&host, g, &out, c),
        Command::Regions => regions::run(&host, g, &out),
        Command::Who(w) => who::run(&host, g, &out, w),
        Command::Pathway(p) => pathway::run(&host, g, &out, p),
        Command::Analyze(a) => analyze::analyze(&host, g, &out, a),
        Command::Matrix(m) => analyze::matrix(&host, g, &out, m),
        Command::Test(t) => test_cmd::run(&host, g, &out, t),
        Command::Diff(d) => diff::run(&host, g, &out, d),
        Command::Plugin(p) => plugin_cmd::run(&host, &out, p),
    };
    match result.and_then(|code| out.finish().map(|()| code)) {
        Ok(code) => code,
        Err(e) => {
            out.fatal(&e);
            e.exit
        }
    }
}
