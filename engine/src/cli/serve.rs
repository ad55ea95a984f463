//! `ansvar serve`: the engine over HTTP (the server is `ansvar::serve`).

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;

use ansvar::pathway::{Region, Regions};
use ansvar::serve::{Config, ServeError};

use super::output::{CliError, ErrorKind, Exit};
use super::{Global, regions_load};

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on; anything but loopback needs --token-file
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// File holding the bearer token every request must carry (required off loopback)
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Largest request body (and JSON Lines line), in bytes
    #[arg(long, value_name = "BYTES", default_value_t = Config::default().max_body_bytes)]
    pub max_body_bytes: usize,
    /// Requests handled at once; past it the server answers 503 with Retry-After
    #[arg(long, value_name = "N", default_value_t = Config::default().max_in_flight)]
    pub max_in_flight: usize,
    /// Time a client has to send the request head, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = Config::default().header_timeout.as_millis() as u64)]
    pub header_timeout_ms: u64,
    /// Time a client has to send a body (the longest pause in a JSON Lines upload), in ms
    #[arg(long, value_name = "MS", default_value_t = Config::default().body_timeout.as_millis() as u64)]
    pub body_timeout_ms: u64,
    /// Time the requests in flight get to finish on SIGTERM or ctrl-c, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = Config::default().shutdown_grace.as_millis() as u64)]
    pub shutdown_grace_ms: u64,
}

pub fn run(host: ansvar::Host, g: &Global, args: &ServeArgs) -> Result<Exit, CliError> {
    let token = match &args.token_file {
        None => None,
        Some(path) => Some(read_token(path)?),
    };
    let ms = std::time::Duration::from_millis;
    let config = Config {
        listen: args.listen,
        token,
        max_body_bytes: args.max_body_bytes.max(1),
        max_in_flight: args.max_in_flight.max(1),
        header_timeout: ms(args.header_timeout_ms.max(1)),
        body_timeout: ms(args.body_timeout_ms.max(1)),
        shutdown_grace: ms(args.shutdown_grace_ms),
    };
    let quiet = g.quiet;
    let g = g.clone();
    let load: ansvar::serve::Loader = Box::new(move |host: &ansvar::Host| {
        let (loaded, failed) = regions_load::all(host, &g);
        if let Some((_, e)) = failed.into_iter().next() {
            return Err(ServeError {
                plugin: e.exit == Exit::Plugin,
                message: e.message,
                help: e.help,
            });
        }
        Ok(Regions {
            loaded: loaded
                .into_iter()
                .map(|l| Region {
                    plugin: l.plugin,
                    info: l.info,
                })
                .collect(),
            failed: Vec::new(),
        })
    });
    // The first line on stdout is the address, for scripts and tests (`--listen …:0`).
    let bound = move |addr: SocketAddr| {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "listening on http://{addr}");
        let _ = out.flush();
        // For the person who started it: where the workbench is (stderr, so that the
        // line scripts read stays the first and only one on stdout).
        if !quiet {
            eprintln!(
                "{}",
                ansvar::t!("serve-workbench-at", url = format!("http://{addr}/"))
            );
        }
    };
    ansvar::serve::run(config, host, load, bound).map_err(|e| CliError {
        exit: if e.plugin { Exit::Plugin } else { Exit::Usage },
        kind: if e.plugin {
            ErrorKind::PluginFailed
        } else {
            ErrorKind::ServeFailed
        },
        message: e.message,
        help: e.help,
        suggestions: Vec::new(),
    })?;
    Ok(Exit::Ok)
}

fn read_token(path: &std::path::Path) -> Result<String, CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::usage(
            ErrorKind::UnreadablePath,
            ansvar::t!(
                "serve-token-file-unreadable",
                path = path.display().to_string(),
                reason = e.to_string()
            ),
        )
    })?;
    let token = text.trim().to_string();
    if token.is_empty() || token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(CliError::usage(
            ErrorKind::UnreadablePath,
            ansvar::t!(
                "serve-token-file-invalid",
                path = path.display().to_string()
            ),
        ));
    }
    Ok(token)
}
