//! The plugin host: loads region plugins (WebAssembly components) and calls them in a
//! sandbox.
//!
//! One [`Engine`] for the process; per plugin a component (compiled once, cached on disk)
//! pre-instantiated against a linker that grants nothing but a log function; per call a
//! fresh [`Store`] with a memory cap and an epoch deadline, so nothing leaks between
//! evaluations and a looping or greedy plugin is stopped. Every WASI import a plugin has
//! (Rust's std brings some) is linked to a trap: calling one is reported as a denied
//! capability.

pub mod batch;
pub mod cache;
mod contract;
pub mod embedded;
mod error;
pub mod lock;
pub mod rulings;
mod sandbox;
pub mod version;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use sha2::{Digest, Sha256};
use wasmtime::component::{HasSelf, Linker};
use wasmtime::{
    Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, ResourceLimiter, Store,
    Trap,
};

pub use cache::Cache;
pub use contract::ruling_bytes;
use contract::{check_ruling, settle};
pub use error::PluginError;
use sandbox::{LogCounts, State};

mod bindings {
    wasmtime::component::bindgen!({
        path: "../plugins/wit",
        world: "region",
        additional_derives: [PartialEq, Eq],
    });
}

pub use batch::{Handover, Pathway, Step, StepVerdict};
use bindings::ansvar::region::host::LogLevel;
pub use bindings::ansvar::region::types::{
    AgeGroup, Agreement, AgreementRef, AgreementStatus, ArgValue, Clause, Finding, Level, Message,
    MessageArg, PathwayAnswer, PathwayBatch, PathwayColumns, PathwayError, PathwayFinding, Phase,
    Query, QueryError, RegionInfo, RuleSource, Ruling, Severity, SharedMeasure, StepColumns,
    TaskInfo, Text, Verdict,
};
use bindings::{Region, RegionPre};

/// Resource limits for every plugin call.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// wall-clock time one call may take
    pub call_timeout: Duration,
    /// linear memory one plugin instance may grow to
    pub memory_bytes: usize,
    /// false only to measure what enforcing the limits costs (benches/who.rs): no
    /// deadline, no memory cap, no epoch checks in the compiled code
    pub enforce: bool,
    /// largest plugin file read
    pub file_bytes: u64,
    /// threads that call plugins at once (the pool of instances is sized from it)
    pub threads: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            call_timeout: Duration::from_secs(2),
            memory_bytes: 64 << 20,
            enforce: true,
            file_bytes: 16 << 20,
            threads: std::thread::available_parallelism().map_or(4, |n| n.get() as u32),
        }
    }
}

/// How often the epoch ticks; call deadlines are counted in ticks.
const EPOCH_TICK: Duration = Duration::from_millis(5);

/// Log lines a plugin may leave per call before the rest are dropped.
const MAX_LOG_LINES: usize = 64;
/// Log lines of one plugin shown on stderr in a whole run; the rest are counted.
const MAX_LOG_LINES_SHOWN: u64 = 1000;
/// Largest ruling a plugin may return; a real one is a few kilobytes.
const MAX_RULING_BYTES: usize = 256 << 10;

/// What one component may take of the pool. A region plugin built by ansvar-sdk has
/// one memory, a few core instances (its module and the glue) and a few tables; a
/// component asking for more is refused at instantiation rather than starving the
/// others.
const MEMORIES_PER_COMPONENT: u32 = 2;
const CORE_INSTANCES_PER_COMPONENT: u32 = 8;
const TABLES_PER_COMPONENT: u32 = 8;
/// Largest number of threads the pool is sized for.
pub const MAX_THREADS: u32 = 64;

/// Linear memory kept resident (zeroed in place) between instances of a slot.
const KEEP_RESIDENT: usize = 4 << 20;
const MAX_LOG_LINE: usize = 4096;

/// Where a plugin came from.
#[derive(Clone, Debug)]
pub enum Origin {
    Embedded { source_dir: &'static str },
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Embedded { source_dir } => {
                f.write_str(&crate::t!("host-origin-embedded", source_dir = *source_dir))
            }
            Origin::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// A loaded, pre-instantiated plugin.
pub struct Plugin {
    /// how messages name the plugin: the region id for embedded plugins, else the file
    pub name: String,
    pub origin: Origin,
    pub sha256: String,
    pub size: usize,
    pub api_version: String,
    /// the component's imports; all but the host log are linked to traps
    pub imports: Vec<String>,
    /// the region it must describe itself as: an embedded plugin's id, or the region
    /// plugins/plugins.lock pins the file's digest to; none for an unpinned file
    pub region: Option<String>,
    pre: RegionPre<State>,
    /// the rulings its pathway batches gave, by key
    kept: rulings::Kept,
    log_counts: Arc<LogCounts>,
}

impl Drop for Plugin {
    fn drop(&mut self) {
        let dropped = self.log_counts.dropped.load(Ordering::Relaxed);
        if dropped > 0 {
            tracing::warn!(plugin = %self.name, "{dropped} more log lines from the plugin were dropped");
        }
    }
}

/// The process-wide plugin host.
pub struct Host {
    engine: Engine,
    limits: Limits,
    cache: Option<Cache>,
    ticker: Option<Ticker>,
    /// the pool's instance slots: a call past them waits for one (the pool would refuse
    /// it); none when instances are allocated on demand
    slots: Option<Slots>,
}

/// A counting semaphore over the pool's instance slots.
struct Slots {
    free: std::sync::Mutex<u32>,
    freed: std::sync::Condvar,
}

impl Slots {
    fn new(n: u32) -> Self {
        Slots {
            free: std::sync::Mutex::new(n),
            freed: std::sync::Condvar::new(),
        }
    }

    fn take(&self) -> SlotGuard<'_> {
        // A poisoned lock only means another caller panicked; the count is still right.
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            free = self.freed.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= 1;
        SlotGuard(self)
    }
}

struct SlotGuard<'a>(&'a Slots);

impl Drop for SlotGuard<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.0.freed.notify_one();
    }
}

/// Advances the engine's epoch so that call deadlines expire.
struct Ticker {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Host {
    /// A host with `limits`, caching compiled code in `cache_dir` (none: no cache).
    pub fn new(limits: Limits, cache_dir: Option<PathBuf>) -> wasmtime::Result<Host> {
        Host::with_ticker(limits, cache_dir, spawn_ticker)
    }

    fn with_ticker(
        limits: Limits,
        cache_dir: Option<PathBuf>,
        spawn: Spawn,
    ) -> wasmtime::Result<Host> {
        let mut config = Config::new();
        config.epoch_interruption(limits.enforce);
        // Plugins are small and called often: keep the wasm stack modest so deep
        // recursion traps early and cheaply.
        config.max_wasm_stack(1 << 20);
        // Every call instantiates afresh; the pooling allocator hands out slots whose
        // memory was zeroed in place rather than unmapped, so a call does not fault in
        // fresh pages. Where the address space cannot be reserved, instances are
        // allocated on demand instead.
        let mut pooled = config.clone();
        // Instances alive at once: one per calling thread and the main thread, twice over
        // for room.
        let instances = 2 * (limits.threads.clamp(1, MAX_THREADS) + 1);
        let mut pool = PoolingAllocationConfig::default();
        pool.total_component_instances(instances)
            .total_core_instances(instances * CORE_INSTANCES_PER_COMPONENT)
            .total_memories(instances * MEMORIES_PER_COMPONENT)
            .total_tables(instances * TABLES_PER_COMPONENT)
            .max_core_instances_per_component(CORE_INSTANCES_PER_COMPONENT)
            .max_memories_per_component(MEMORIES_PER_COMPONENT)
            .max_tables_per_component(TABLES_PER_COMPONENT)
            // The cap itself is the limiter's (so that breaking it is reported as such).
            .max_memory_size(limits.memory_bytes.max(64 << 20))
            .linear_memory_keep_resident(KEEP_RESIDENT)
            .table_keep_resident(64 << 10)
            // Where the kernel has PAGEMAP_SCAN (Linux 6.7+), only the pages a call
            // dirtied are reset, instead of memset over all the resident bytes.
            .pagemap_scan(wasmtime::Enabled::Auto);
        pooled.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
        let (engine, slots) = match Engine::new(&pooled) {
            Ok(e) => (e, Some(Slots::new(instances))),
            Err(e) => {
                tracing::debug!("no pooling allocator ({e:#}); instances allocated on demand");
                (Engine::new(&config)?, None)
            }
        };
        let cache = cache_dir.map(|d| Cache::new(&engine, d));
        // Without the ticker no deadline would ever expire: then the host does not start.
        let ticker = match limits.enforce {
            false => None,
            true => {
                let stop = Arc::new(AtomicBool::new(false));
                let (engine, flag) = (engine.clone(), stop.clone());
                let thread = spawn(Box::new(move || {
                    while !flag.load(Ordering::Relaxed) {
                        std::thread::sleep(EPOCH_TICK);
                        engine.increment_epoch();
                    }
                }))
                .map_err(|e| {
                    wasmtime::Error::msg(crate::t!("host-no-ticker", error = e.to_string()))
                })?;
                Some(Ticker {
                    stop,
                    thread: Some(thread),
                })
            }
        };
        Ok(Host {
            engine,
            limits,
            cache,
            ticker,
            slots,
        })
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Loads an embedded region plugin by id.
    pub fn load_embedded(&self, id: &str) -> Option<Result<Plugin, PluginError>> {
        let p = embedded::find(id)?;
        Some(self.load(
            id.to_string(),
            Origin::Embedded {
                source_dir: p.source_dir,
            },
            p.bytes,
            p.sha256.to_string(),
            Some(id.to_string()),
            true,
        ))
    }

    /// Loads a plugin from a `.wasm` file. Its digest is held to plugins/plugins.lock
    /// before anything else is done with it: a pinned file must describe itself as the
    /// region it is pinned to; an unpinned one is refused unless `allow_unpinned`, and
    /// its compiled code is never cached.
    pub fn load_file(&self, path: &Path, allow_unpinned: bool) -> Result<Plugin, PluginError> {
        let name = path.display().to_string();
        let bytes = self.read_file(path)?;
        let digest = sha256_hex(&bytes);
        let region = lock::pinned_region(&digest);
        if region.is_none() && !allow_unpinned {
            return Err(PluginError::Unpinned {
                plugin: name,
                found: digest,
            });
        }
        let cache = region.is_some();
        self.load(
            name,
            Origin::File(path.to_path_buf()),
            &bytes,
            digest,
            region.map(str::to_string),
            cache,
        )
    }

    /// The bytes of a plugin file, at most the limit, read through the handle that was
    /// checked to be a regular file.
    fn read_file(&self, path: &Path) -> Result<Vec<u8>, PluginError> {
        let fail = |source| PluginError::Read {
            path: path.to_path_buf(),
            source,
        };
        let limit = self.limits.file_bytes;
        let too_large = |size| PluginError::TooLarge {
            plugin: path.display().to_string(),
            size,
            limit,
        };
        crate::open::read_limited(path, limit).map_err(|e| match e {
            crate::open::Limited::Io(e) => fail(e),
            crate::open::Limited::TooLarge(size) => too_large(size),
        })
    }

    fn load(
        &self,
        name: String,
        origin: Origin,
        bytes: &[u8],
        sha256: String,
        region: Option<String>,
        cache: bool,
    ) -> Result<Plugin, PluginError> {
        let api_version = match version::read(bytes) {
            Err(detail) => {
                return Err(PluginError::NotAComponent {
                    plugin: name,
                    detail,
                });
            }
            Ok(version::Stamp::Missing) => return Err(PluginError::NoApiVersion { plugin: name }),
            Ok(version::Stamp::Version(v)) if !version::compatible(&v) => {
                return Err(PluginError::ApiVersion {
                    plugin: name,
                    found: v,
                    supported: version::API_VERSION,
                });
            }
            Ok(version::Stamp::Version(v)) => v,
        };
        let component = match &self.cache {
            Some(c) if cache => c.load(&self.engine, &sha256, bytes),
            _ => wasmtime::component::Component::new(&self.engine, bytes),
        }
        .map_err(|e| PluginError::NotAComponent {
            plugin: name.clone(),
            detail: format!("{e:#}"),
        })?;

        let imports = component
            .component_type()
            .imports(&self.engine)
            .map(|(n, _)| n.to_string())
            .collect();
        let link = |e: wasmtime::Error| PluginError::Link {
            plugin: name.clone(),
            detail: format!("{e:#}"),
        };
        let mut linker = Linker::<State>::new(&self.engine);
        Region::add_to_linker::<State, HasSelf<State>>(&mut linker, |s| s).map_err(link)?;
        linker
            .define_unknown_imports_as_traps(&component)
            .map_err(link)?;
        let pre = linker.instantiate_pre(&component).map_err(link)?;
        let pre = RegionPre::new(pre).map_err(link)?;
        Ok(Plugin {
            name,
            origin,
            sha256,
            size: bytes.len(),
            api_version,
            imports,
            region,
            pre,
            kept: rulings::Kept::default(),
            log_counts: Arc::default(),
        })
    }

    /// Runs `f` on a fresh instance of `plugin` under the limits.
    fn call<R>(
        &self,
        plugin: &Plugin,
        f: impl FnOnce(&Region, &mut Store<State>) -> wasmtime::Result<R>,
    ) -> Result<R, PluginError> {
        let state = State {
            memory_cap: self.limits.memory_bytes,
            memory_used: 0,
            hit_memory_cap: false,
            plugin: plugin.name.as_str().into(),
            logs: Vec::new(),
            dropped_logs: 0,
            log_counts: plugin.log_counts.clone(),
        };
        // More callers than slots (the server's many requests) wait their turn rather
        // than fail. The slot is held until the store, and its instance, is dropped.
        let _slot = self.slots.as_ref().map(Slots::take);
        let mut store = Store::new(&self.engine, state);
        if self.ticker.is_some() {
            store.limiter(|s| s as &mut dyn ResourceLimiter);
            let ticks = (self.limits.call_timeout.as_nanos() / EPOCH_TICK.as_nanos()).max(1);
            store.set_epoch_deadline(u64::try_from(ticks).unwrap_or(u64::MAX));
            store.epoch_deadline_trap();
        }
        let result = plugin
            .pre
            .instantiate(&mut store)
            .and_then(|region| f(&region, &mut store));
        let dropped = store.data().dropped_logs;
        if dropped > 0
            && plugin
                .log_counts
                .dropped
                .fetch_add(dropped, Ordering::Relaxed)
                == 0
        {
            tracing::warn!(plugin = %plugin.name, "the plugin logs too much: further lines are dropped and counted");
        }
        result.map_err(|e| self.classify(plugin, store.data(), e))
    }

    fn classify(&self, plugin: &Plugin, state: &State, e: wasmtime::Error) -> PluginError {
        let name = plugin.name.clone();
        if state.hit_memory_cap {
            return PluginError::Memory {
                plugin: name,
                limit: self.limits.memory_bytes,
            };
        }
        if let Some(Trap::Interrupt) = e.downcast_ref::<Trap>() {
            return PluginError::Timeout {
                plugin: name,
                limit: self.limits.call_timeout,
            };
        }
        let text = format!("{e:#}");
        if let Some(rest) = text.split("unknown import: `").nth(1)
            && let Some(import) = rest.split('`').next()
        {
            return PluginError::Capability {
                plugin: name,
                import: import.to_string(),
            };
        }
        let panic = state
            .logs
            .iter()
            .rev()
            .find(|(l, m)| matches!(l, LogLevel::Error) && m.starts_with("panic: "));
        let detail = match (panic, e.downcast_ref::<Trap>()) {
            (Some((_, m)), _) => m.clone(),
            (None, Some(Trap::MemoryOutOfBounds)) => crate::t!("host-trap-out-of-bounds"),
            (None, Some(trap)) => trap.to_string(),
            (None, None) => text,
        };
        PluginError::Trap {
            plugin: name,
            detail,
        }
    }

    /// The plugin's description of its region.
    pub fn describe(&self, plugin: &Plugin) -> Result<RegionInfo, PluginError> {
        let info = self.call(plugin, |r, s| r.ansvar_region_plugin().call_describe(s))?;
        if let Some(expected) = &plugin.region
            && info.id != *expected
        {
            return Err(PluginError::IdMismatch {
                plugin: plugin.name.clone(),
                expected: expected.clone(),
                found: info.id,
            });
        }
        if info.id.is_empty() || info.tasks.is_empty() {
            return Err(PluginError::Contract {
                plugin: plugin.name.clone(),
                detail: crate::t!("host-contract-describe-empty"),
            });
        }
        Ok(info)
    }

    /// Asks the plugin who owns a task. The outer error is the plugin failing; the inner
    /// one is the plugin refusing the query.
    pub fn who(
        &self,
        plugin: &Plugin,
        query: &Query,
    ) -> Result<Result<Ruling, QueryError>, PluginError> {
        let answer = self.call(plugin, |r, s| r.ansvar_region_plugin().call_who(s, query))?;
        if let Ok(ruling) = &answer {
            check_ruling(&query.task, ruling).map_err(|detail| PluginError::Contract {
                plugin: plugin.name.clone(),
                detail,
            })?;
        }
        Ok(answer)
    }
}

impl Host {
    /// Asks the plugin to check an agreement against the law and its rules in force.
    pub fn check_agreement(
        &self,
        plugin: &Plugin,
        agreement: &Agreement,
    ) -> Result<Vec<Finding>, PluginError> {
        let findings = self.call(plugin, |r, s| {
            r.ansvar_region_plugin().call_check_agreement(s, agreement)
        })?;
        for f in &findings {
            if !(f.pointer.is_empty() || f.pointer.starts_with('/')) || f.code.is_empty() {
                return Err(PluginError::Contract {
                    plugin: plugin.name.clone(),
                    detail: crate::t!(
                        "host-contract-finding-pointer",
                        code = &f.code,
                        pointer = &f.pointer
                    ),
                });
            }
        }
        Ok(findings)
    }
}

/// A pathway batch's answer with every ruling in hand: those the plugin gave in full and
/// those it named by a key the host holds.
#[derive(Debug)]
pub struct BatchAnswer {
    /// the plugin's answer; its `rulings` are taken out into `rulings`
    pub answer: PathwayAnswer,
    /// per item of `answer.ruling_keys`, which `verdict-rulings` index
    pub rulings: Vec<Arc<Ruling>>,
}

impl Host {
    /// Checks a batch of pathways in one call, and holds the answer to the contract: a
    /// verdict per step, rulings about the steps' own tasks, indices in range, rulings
    /// named by key alone only where the batch listed the key. The batch's
    /// `known_rulings` are set here, from what `plugin` gave before.
    pub fn check_pathways(
        &self,
        plugin: &Plugin,
        batch: &mut PathwayBatch,
    ) -> Result<BatchAnswer, PluginError> {
        batch.known_rulings = plugin.kept.keys();
        let batch = &*batch;
        let mut answer = self.call(plugin, |r, s| {
            r.ansvar_region_plugin().call_check_pathways(s, batch)
        })?;
        let contract = |detail| PluginError::Contract {
            plugin: plugin.name.clone(),
            detail,
        };
        let rulings = settle(batch, &mut answer, &plugin.kept).map_err(contract)?;
        Ok(BatchAnswer { answer, rulings })
    }
}

/// Starts a thread the way the epoch ticker's is started.
type Spawn = fn(Box<dyn FnOnce() + Send>) -> std::io::Result<std::thread::JoinHandle<()>>;

fn spawn_ticker(f: Box<dyn FnOnce() + Send>) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("ansvar-epoch".into())
        .spawn(f)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The ids of the plugin API's small enums, one table each, used by the host, the CLI,
/// the server and the tests: `Level::ALL`, `id`, `from_id`.
macro_rules! ids {
    ($($ty:ident { $($variant:ident = $id:literal),+ $(,)? })*) => {$(
        impl $ty {
            /// Every value, in the API's order.
            pub const ALL: [$ty; [$($id),+].len()] = [$($ty::$variant),+];

            /// The id in documents, queries and output (`hf`, `child`, `during`).
            pub const fn id(self) -> &'static str {
                match self {
                    $($ty::$variant => $id,)+
                }
            }

            /// The value with this id.
            pub fn from_id(id: &str) -> Option<$ty> {
                Self::ALL.into_iter().find(|v| v.id() == id)
            }

            /// Every id, in the API's order.
            pub fn ids() -> [&'static str; [$($id),+].len()] {
                Self::ALL.map($ty::id)
            }
        }
    )*};
}

ids! {
    Level { Hf = "hf", Kommune = "kommune" }
    AgeGroup { Child = "child", Adult = "adult", Elderly = "elderly" }
    Phase { Before = "before", During = "during", After = "after" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(limits: Limits) -> Host {
        Host::new(limits, None).unwrap()
    }

    fn query(task: &str) -> Query {
        Query {
            task: task.into(),
            kommune: None,
            diagnosis: None,
            age: None,
            phase: None,
        }
    }

    #[test]
    fn a_call_past_the_pool_waits_for_a_slot_instead_of_failing() {
        let slots = Arc::new(Slots::new(1));
        let first = slots.take();
        let waiting = Arc::new(AtomicBool::new(true));
        let t = {
            let (slots, waiting) = (Arc::clone(&slots), Arc::clone(&waiting));
            std::thread::spawn(move || {
                let _second = slots.take();
                waiting.store(false, Ordering::SeqCst);
            })
        };
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            waiting.load(Ordering::SeqCst),
            "took a slot that was not free"
        );
        drop(first);
        t.join().unwrap();
        assert!(!waiting.load(Ordering::SeqCst));
        assert_eq!(*slots.free.lock().unwrap(), 1);
    }

    #[test]
    fn more_concurrent_calls_than_slots_all_succeed() {
        // Two threads size the pool for six instances; sixteen callers share them.
        let h = Arc::new(host(Limits {
            threads: 2,
            ..Limits::default()
        }));
        let plugin = Arc::new(h.load_embedded("helse-bergen").unwrap().unwrap());
        let callers: Vec<_> = (0..16)
            .map(|_| {
                let (h, plugin) = (Arc::clone(&h), Arc::clone(&plugin));
                std::thread::spawn(move || {
                    (0..20).all(|_| {
                        h.who(&plugin, &query("diagnosespesifikk-opplaering"))
                            .is_ok_and(|r| r.is_ok())
                    })
                })
            })
            .collect();
        for c in callers {
            assert!(c.join().unwrap());
        }
    }

    #[test]
    fn embedded_plugin_describes_and_answers() {
        let host = host(Limits::default());
        let p = host.load_embedded("helse-bergen").unwrap().unwrap();
        assert_eq!(p.api_version, version::API_VERSION);
        assert_eq!(
            p.sha256,
            sha256_hex(embedded::find("helse-bergen").unwrap().bytes)
        );
        let info = host.describe(&p).unwrap();
        assert_eq!(info.id, "helse-bergen");
        let r = host.who(&p, &query("barnekoordinator")).unwrap().unwrap();
        assert_eq!(r.owner, Level::Kommune);
        let refused = host.who(&p, &query("no-such-task")).unwrap();
        assert!(matches!(refused, Err(QueryError::UnknownTask(_))));
    }

    #[test]
    fn unknown_embedded_region_is_none() {
        assert!(host(Limits::default()).load_embedded("atlantis").is_none());
    }

    #[test]
    fn memory_cap_is_enforced_and_names_the_plugin() {
        let host = host(Limits {
            memory_bytes: 64 << 10,
            ..Limits::default()
        });
        let p = host.load_embedded("helse-bergen").unwrap().unwrap();
        match host.describe(&p) {
            Err(PluginError::Memory { plugin, limit }) => {
                assert_eq!(plugin, "helse-bergen");
                assert_eq!(limit, 64 << 10);
            }
            Err(other) => panic!("expected a memory error, got {other}"),
            Ok(_) => panic!("expected a memory error, got an answer"),
        }
    }

    #[test]
    fn each_call_gets_a_fresh_instance() {
        let host = host(Limits::default());
        let p = host.load_embedded("helse-bergen").unwrap().unwrap();
        let a = host.who(&p, &query("lm-nettverk")).unwrap().unwrap();
        let b = host.who(&p, &query("lm-nettverk")).unwrap().unwrap();
        assert_eq!(a, b);
    }

    fn ruling(owner: Level, contributors: Vec<Level>) -> Ruling {
        Ruling {
            task: "lm-nettverk".into(),
            owner,
            shared: !contributors.is_empty(),
            contributors,
            partners: vec![],
            paragraph_6_2: vec![6],
            clause: "TA 6".into(),
            basis: vec!["x".into()],
            sources: vec![],
            own_patients: false,
            rule: "r".into(),
            source: RuleSource::Region,
            note: String::new(),
            caveats: vec![],
            trace: vec![],
        }
    }

    /// Every list counts toward the limit on a ruling: a plugin once slipped megabytes
    /// past it in the § 6-2 items and the contributors, which were not counted.
    #[test]
    fn the_ruling_limit_counts_every_field() {
        let q = "lm-nettverk";
        let mut items = ruling(Level::Hf, vec![]);
        items.paragraph_6_2 = vec![6; MAX_RULING_BYTES];
        assert!(
            check_ruling(q, &items)
                .unwrap_err()
                .contains("the limit is")
        );
        let mut many = ruling(Level::Hf, vec![Level::Kommune; MAX_RULING_BYTES]);
        many.shared = true;
        let err = check_ruling(q, &many).unwrap_err();
        assert!(err.contains("the limit is"), "{err}");
        let mut empty_texts = ruling(Level::Hf, vec![]);
        empty_texts.trace = vec![String::new(); MAX_RULING_BYTES / 16];
        assert!(check_ruling(q, &empty_texts).is_err());
        // The sources (plugin API 0.6.0) count as the legal basis does.
        let mut sources = ruling(Level::Hf, vec![]);
        sources.sources = vec!["x".repeat(1024); MAX_RULING_BYTES / 1024];
        assert!(check_ruling(q, &sources).is_err());
    }

    #[test]
    fn a_host_whose_ticker_cannot_start_does_not_start() {
        let refuse: Spawn = |_| Err(std::io::Error::other("no threads"));
        let e = Host::with_ticker(Limits::default(), None, refuse)
            .err()
            .expect("no host without deadlines");
        assert!(format!("{e:#}").contains("time limits"), "{e:#}");
        // Without limits to enforce there is no ticker to miss.
        let free = Limits {
            enforce: false,
            ..Limits::default()
        };
        assert!(Host::with_ticker(free, None, refuse).is_ok());
    }

    /// The cap holds for all of an instance's memories together, not per memory.
    #[test]
    fn the_memory_cap_counts_every_memory() {
        let mut s = State {
            memory_cap: 10 << 20,
            memory_used: 0,
            hit_memory_cap: false,
            plugin: "p".into(),
            logs: Vec::new(),
            dropped_logs: 0,
            log_counts: Arc::default(),
        };
        assert!(s.memory_growing(0, 6 << 20, None).unwrap());
        assert!(s.memory_growing(0, 3 << 20, None).unwrap());
        // The first memory grows: 8 + 3 is past 10 MiB, though 8 alone is not.
        assert!(!s.memory_growing(6 << 20, 8 << 20, None).unwrap());
        assert!(s.hit_memory_cap);
        assert!(s.memory_growing(6 << 20, 7 << 20, None).unwrap());
    }

    #[test]
    fn contract_violations_are_caught() {
        let q = "lm-nettverk";
        assert!(check_ruling(q, &ruling(Level::Hf, vec![Level::Kommune])).is_ok());
        assert!(check_ruling(q, &ruling(Level::Hf, vec![Level::Hf])).is_err());
        assert!(check_ruling("hospitering", &ruling(Level::Hf, vec![])).is_err());
        let mut lying = ruling(Level::Hf, vec![]);
        lying.shared = true;
        assert!(check_ruling(q, &lying).is_err());
    }

    fn batch(tasks: &[&str]) -> PathwayBatch {
        let mut b = PathwayBatch::default();
        for t in tasks {
            b.push_text(t);
        }
        b.push_pathway(Pathway {
            kommune: None,
            diagnosis: None,
            age: None,
            minor_children: false,
            long_term_needs: false,
            expecting_child: false,
            step_count: tasks.len() as u32,
        });
        for i in 0..tasks.len() as u32 {
            b.push_step(Step {
                id: i,
                task: i,
                planned: Some(Level::Hf),
                phase: None,
                date: None,
                handover: None,
            });
        }
        b
    }

    /// The host's whole contract check of an answer, with the rulings in `kept`.
    fn contract(
        batch: &PathwayBatch,
        answer: &PathwayAnswer,
        kept: &rulings::Kept,
    ) -> Result<(), String> {
        settle(batch, &mut answer.clone(), kept).map(drop)
    }

    #[test]
    fn pathway_batch_contract_violations_are_caught() {
        let batch = batch(&["lm-nettverk", "nope"]);
        let good = PathwayAnswer {
            ruling_keys: vec![5],
            rulings: vec![Some(ruling(Level::Hf, vec![]))],
            verdicts: vec![Verdict::Ok as u8, Verdict::UnknownTask as u8],
            verdict_rulings: vec![0, batch::NONE],
            errors: vec![],
            findings: vec![],
        };
        let check_pathway_answer =
            |b: &PathwayBatch, a: &PathwayAnswer| contract(b, a, &rulings::Kept::default());
        assert_eq!(check_pathway_answer(&batch, &good), Ok(()));
        let mut missing = good.clone();
        missing.verdicts.pop();
        assert!(
            check_pathway_answer(&batch, &missing)
                .unwrap_err()
                .contains("gave 1 verdicts")
        );
        let mut uneven = good.clone();
        uneven.verdict_rulings.pop();
        assert!(
            check_pathway_answer(&batch, &uneven)
                .unwrap_err()
                .contains("and 1 rulings")
        );
        let mut unknown = good.clone();
        unknown.verdicts[1] = 9;
        assert!(
            check_pathway_answer(&batch, &unknown)
                .unwrap_err()
                .contains("code 9")
        );
        // An unknown task's ruling index is checked too: the host indexes with it.
        let mut unknown_dangling = good.clone();
        unknown_dangling.verdict_rulings[1] = 7;
        assert!(
            check_pathway_answer(&batch, &unknown_dangling)
                .unwrap_err()
                .contains("ruling 7 does not exist")
        );
        let mut dangling = good.clone();
        dangling.verdict_rulings[0] = 7;
        assert!(
            check_pathway_answer(&batch, &dangling)
                .unwrap_err()
                .contains("does not exist")
        );
        let mut other = good.clone();
        other.rulings[0].as_mut().unwrap().task = "hospitering".into();
        assert!(
            check_pathway_answer(&batch, &other)
                .unwrap_err()
                .contains("answered about")
        );
        let mut stray = good.clone();
        stray.errors.push(PathwayError {
            pathway: 3,
            error: QueryError::UnknownTask("x".into()),
        });
        assert!(check_pathway_answer(&batch, &stray).is_err());
        // A pathway with an error needs no verdicts.
        let mut refused = good.clone();
        refused.verdicts.clear();
        refused.verdict_rulings.clear();
        refused.errors.push(PathwayError {
            pathway: 0,
            error: QueryError::UnknownDiagnosis("x".into()),
        });
        assert_eq!(check_pathway_answer(&batch, &refused), Ok(()));
        let mut keyless = good.clone();
        keyless.ruling_keys.clear();
        assert!(
            check_pathway_answer(&batch, &keyless)
                .unwrap_err()
                .contains("0 ruling keys and 1 rulings")
        );
    }

    /// `n` copies of a pathway in helse-bergen: a kols patient with minor children whom
    /// no step addresses (a finding for each level), one step of an unknown task.
    fn kols_batch(n: usize) -> PathwayBatch {
        let mut b = PathwayBatch::default();
        // task, planned by, phase: hf during the stay, the kommune after it
        let steps = [
            ("kols-opplaering", Level::Hf, Phase::During),
            ("utskrivning-lm-informasjon", Level::Hf, Phase::During),
            ("nope", Level::Kommune, Phase::After),
            ("kols-opplaering", Level::Kommune, Phase::After),
        ];
        for _ in 0..n {
            let kommune = Some(b.push_text("4601"));
            let diagnosis = Some(b.push_text("kols"));
            b.push_pathway(Pathway {
                kommune,
                diagnosis,
                age: Some(AgeGroup::Adult),
                minor_children: true,
                long_term_needs: false,
                expecting_child: false,
                step_count: steps.len() as u32,
            });
            for (i, (task, planned, phase)) in steps.into_iter().enumerate() {
                let (id, task) = (b.push_text(&format!("steg-{i}")), b.push_text(task));
                b.push_step(Step {
                    id,
                    task,
                    planned: Some(planned),
                    phase: Some(phase),
                    date: None,
                    handover: None,
                });
            }
        }
        b
    }

    /// A plugin allocates from a bump arena of 2 MiB before its system allocator (SDK,
    /// arena.rs). A batch far past it is answered whole, as one pathway alone is.
    #[test]
    fn a_batch_past_the_plugins_arena_answers_as_one_pathway_alone() {
        let host = host(Limits::default());
        let plugin = host.load_embedded("helse-bergen").unwrap().unwrap();
        let one = host.check_pathways(&plugin, &mut kols_batch(1)).unwrap();
        let many = 12_000;
        let all = host.check_pathways(&plugin, &mut kols_batch(many)).unwrap();
        assert!(one.answer.errors.is_empty(), "{:?}", one.answer.errors);
        assert_eq!(one.answer.findings.len(), 2, "{:?}", one.answer.findings);
        assert_eq!(all.answer.findings.len(), 2 * many);
        assert!(all.answer.findings.iter().enumerate().all(|(i, f)| {
            f.pathway as usize == i / 2 && f.finding == one.answer.findings[i % 2].finding
        }));
        assert_eq!(all.answer.verdicts.len(), 4 * many);
        let ruling = |b: &BatchAnswer, i: usize| {
            let v = b.answer.verdict(i).unwrap();
            (
                v.verdict,
                v.ruling.map(|k| b.rulings[k as usize].rule.clone()),
            )
        };
        for i in 0..4 * many {
            assert_eq!(ruling(&all, i), ruling(&one, i % 4), "step {i}");
        }
    }

    #[test]
    fn a_ruling_by_key_alone_only_where_the_batch_listed_the_key() {
        let mut batch = batch(&["lm-nettverk"]);
        let full = PathwayAnswer {
            ruling_keys: vec![5],
            rulings: vec![Some(ruling(Level::Hf, vec![]))],
            verdicts: vec![Verdict::Ok as u8],
            verdict_rulings: vec![0],
            errors: vec![],
            findings: vec![],
        };
        let by_key = PathwayAnswer {
            rulings: vec![None],
            ..full.clone()
        };
        let kept = rulings::Kept::default();
        // Nothing held, nothing listed: a ruling by key alone breaks the contract.
        assert!(
            contract(&batch, &by_key, &kept)
                .unwrap_err()
                .contains("did not list")
        );
        // The full ruling is checked and kept; listed in the next batch, its key is enough.
        assert_eq!(contract(&batch, &full, &kept), Ok(()));
        assert_eq!(kept.keys(), [5]);
        batch.known_rulings = kept.keys();
        assert_eq!(contract(&batch, &by_key, &kept), Ok(()));
        // A ruling that breaks the contract is not kept, nor is a good one in an answer
        // that does.
        let mut bad = full.clone();
        bad.ruling_keys = vec![6];
        bad.rulings[0].as_mut().unwrap().rule.clear();
        assert!(contract(&batch, &bad, &kept).is_err());
        let mut elsewhere = full.clone();
        elsewhere.ruling_keys = vec![8];
        elsewhere.rulings[0].as_mut().unwrap().task = "hospitering".into();
        assert!(contract(&batch, &elsewhere, &kept).is_err());
        assert_eq!(kept.keys(), [5]);
        // "Not kept" is never listed, so it never comes by key alone.
        let mut never = by_key.clone();
        never.ruling_keys = vec![rulings::NOT_KEPT];
        batch.known_rulings.push(rulings::NOT_KEPT);
        assert!(contract(&batch, &never, &kept).is_err());
    }
}
