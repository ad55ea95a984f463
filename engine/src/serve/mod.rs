//! `ansvar serve`: the library over HTTP. Stateless: the plugins are loaded once and
//! shared, every call gets a fresh instance, nothing is kept between requests. Bad input
//! is a 4xx with the finding the CLI gives, a failed plugin a 502 naming it; no body,
//! pathway or finding is logged. Texts are in the language of the request's
//! `Accept-Language`, else in the process's at start.

pub(crate) mod api;
pub(crate) mod body;

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::i18n::{self, Lang};
use crate::pathway::Regions;
use crate::{Host, t};

pub use api::{ROUTES, SPEC, report_status};

/// How the server listens and what it accepts.
#[derive(Clone, Debug)]
pub struct Config {
    pub listen: SocketAddr,
    /// the bearer token every request but the health checks must carry
    pub token: Option<String>,
    /// largest request body, and largest line of a JSON Lines upload
    pub max_body_bytes: usize,
    /// requests handled at once; past it, 503 with `Retry-After`
    pub max_in_flight: usize,
    /// time a client has to send the request head
    pub header_timeout: Duration,
    /// time a client has to send a whole document body, and the longest pause in a stream
    pub body_timeout: Duration,
    /// time in-flight requests get to finish after SIGTERM or ctrl-c
    pub shutdown_grace: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            max_body_bytes: 4 << 20,
            max_in_flight: 64,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// Why the server did not start, or stopped.
#[derive(Debug)]
pub struct ServeError {
    /// a plugin failed to load (the CLI's exit 3); otherwise a usage or system error
    pub plugin: bool,
    pub message: String,
    pub help: Option<String>,
}

impl ServeError {
    fn usage(message: String, help: Option<String>) -> Self {
        ServeError {
            plugin: false,
            message,
            help,
        }
    }
}

/// What the handlers share: the host, the regions once loaded, the limits, and the
/// language of a request that asks for none of ours.
pub(crate) struct Shared {
    pub host: Host,
    pub regions: OnceLock<Regions>,
    pub config: Config,
    pub in_flight: Arc<Semaphore>,
    pub lang: Lang,
}

/// Loads the region plugins: the regions, or why one failed.
pub type Loader = Box<dyn FnOnce(&Host) -> Result<Regions, ServeError> + Send>;

/// Refuses an address other than loopback without a token: pathways describe patients.
pub fn check_access(config: &Config) -> Result<(), ServeError> {
    if !config.listen.ip().is_loopback() && config.token.is_none() {
        return Err(ServeError::usage(
            t!(
                "serve-public-without-token",
                address = config.listen.to_string()
            ),
            Some(t!("serve-public-without-token-help")),
        ));
    }
    if config.token.as_deref().is_some_and(|t| t.len() < 16) {
        return Err(ServeError::usage(
            t!("serve-token-too-short"),
            Some(t!("serve-token-too-short-help")),
        ));
    }
    Ok(())
}

/// Serves until SIGTERM or ctrl-c, then lets the requests in flight finish. `bound` is
/// told the address once the socket listens (before the plugins are loaded: `/healthz`
/// answers at once, `/readyz` once `load` is done). A request without an
/// `Accept-Language` of ours gets this thread's language.
pub fn run(
    config: Config,
    host: Host,
    load: Loader,
    bound: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    check_access(&config)?;
    let lang = i18n::current();
    // Plugin calls are short and use a core each: more blocking threads than a few per
    // core only queue in the kernel instead of here, and each keeps its own allocator
    // cache and stack (about 1.5 MB of resident memory a thread, measured). A streamed
    // pathway upload runs on a thread of its own (api.rs), so it does not hold one.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads((4 * cores).clamp(8, 64))
        .thread_name("ansvar-serve")
        .build()
        .map_err(|e| ServeError::usage(t!("serve-no-runtime", reason = e.to_string()), None))?;
    runtime.block_on(serve(config, lang, host, load, bound))
}

async fn serve(
    config: Config,
    lang: Lang,
    host: Host,
    load: Loader,
    bound: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let listener = TcpListener::bind(config.listen).await.map_err(|e| {
        ServeError::usage(
            t!(
                "serve-cannot-listen",
                address = config.listen.to_string(),
                reason = e.to_string()
            ),
            Some(t!("serve-cannot-listen-help")),
        )
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| ServeError::usage(t!("serve-no-address", reason = e.to_string()), None))?;
    bound(addr);

    let shared = Arc::new(Shared {
        host,
        regions: OnceLock::new(),
        in_flight: Arc::new(Semaphore::new(config.max_in_flight.max(1))),
        config,
        lang,
    });
    let router = api::router(Arc::clone(&shared));

    // The plugins load beside the listener: a failure stops the server.
    let (failed_tx, mut failed_rx) = tokio::sync::oneshot::channel::<ServeError>();
    {
        let shared = Arc::clone(&shared);
        tokio::task::spawn_blocking(move || match i18n::scoped(lang, || load(&shared.host)) {
            Ok(regions) => {
                tracing::info!("ready: {} regions loaded", regions.loaded.len());
                let _ = shared.regions.set(regions);
            }
            Err(e) => {
                let _ = failed_tx.send(e);
            }
        });
    }

    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(shared.config.header_timeout)
        .keep_alive(true);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(shutdown_signal());
    let mut load_failure = None;
    // Set once the loader has answered (the channel is then spent).
    let mut loaded = false;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        // Out of file descriptors and the like: wait rather than spin.
                        tracing::warn!("accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let service = TowerToHyperService::new(router.clone());
                let conn = http.serve_connection(TokioIo::new(stream), service);
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!("connection ended: {e}");
                    }
                });
            }
            e = &mut failed_rx, if !loaded => {
                loaded = true;
                if let Ok(e) = e {
                    load_failure = Some(e);
                    break;
                }
            }
            () = &mut stop => break,
        }
    }
    drop(listener);
    tracing::info!("shutting down: finishing the requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(shared.config.shutdown_grace) => {
            tracing::warn!("requests still in flight after the grace period; stopping");
        }
    }
    match load_failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_address_needs_a_long_token() {
        let mut c = Config {
            listen: "0.0.0.0:8080".parse().unwrap(),
            ..Config::default()
        };
        assert!(
            check_access(&c)
                .unwrap_err()
                .message
                .contains("without an access token")
        );
        c.token = Some("short".into());
        assert!(check_access(&c).unwrap_err().message.contains("shorter"));
        c.token = Some("0123456789abcdef0123".into());
        assert!(check_access(&c).is_ok());
        let loopback = Config::default();
        assert!(check_access(&loopback).is_ok());
        let v6 = Config {
            listen: "[::1]:0".parse().unwrap(),
            ..Config::default()
        };
        assert!(check_access(&v6).is_ok());
    }
}
