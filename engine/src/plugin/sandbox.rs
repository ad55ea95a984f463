//! The state of one call's store: its memory cap across all the instance's memories,
//! its table limit, and the plugin's log lines, bounded.

use super::*;

/// Per-call state of a store.
pub(super) struct State {
    pub(super) memory_cap: usize,
    /// linear memory of all the instance's memories together
    pub(super) memory_used: usize,
    pub(super) hit_memory_cap: bool,
    pub(super) plugin: Arc<str>,
    pub(super) logs: Vec<(LogLevel, String)>,
    /// lines this call dropped
    pub(super) dropped_logs: u64,
    /// the plugin's count of lines shown on stderr and dropped in the whole run
    pub(super) log_counts: Arc<LogCounts>,
}

/// A plugin's log lines in a whole run: how many reached stderr, how many were dropped.
#[derive(Debug, Default)]
pub(super) struct LogCounts {
    pub(super) shown: AtomicU64,
    pub(super) dropped: AtomicU64,
}

impl ResourceLimiter for State {
    /// The cap holds for all the instance's memories together (wasmtime asks per memory,
    /// also when one is created, with `current` 0).
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let total = (self.memory_used - current.min(self.memory_used)).saturating_add(desired);
        if total > self.memory_cap {
            self.hit_memory_cap = true;
            return Ok(false);
        }
        self.memory_used = total;
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }
}

impl bindings::ansvar::region::types::Host for State {}

impl bindings::ansvar::region::host::Host for State {
    fn log(&mut self, level: LogLevel, mut message: String) {
        if message.len() > MAX_LOG_LINE {
            let mut end = MAX_LOG_LINE;
            while !message.is_char_boundary(end) {
                end -= 1;
            }
            message.truncate(end);
        }
        // A bounded number per call and per run reach stderr; the rest are counted.
        let panic = matches!(level, LogLevel::Error) && message.starts_with("panic: ");
        let shown = self.logs.len() < MAX_LOG_LINES
            && self.log_counts.shown.fetch_add(1, Ordering::Relaxed) < MAX_LOG_LINES_SHOWN;
        if !shown && !panic {
            self.dropped_logs += 1;
            return;
        }
        // No terminal escape from a plugin reaches the terminal.
        let message = crate::escape::control(&message).into_owned();
        match level {
            // A panic message reaches the user in the error that follows the trap.
            LogLevel::Error if message.starts_with("panic: ") => {
                tracing::debug!(plugin = %self.plugin, "{message}")
            }
            LogLevel::Error => tracing::error!(plugin = %self.plugin, "{message}"),
            LogLevel::Warn => tracing::warn!(plugin = %self.plugin, "{message}"),
            LogLevel::Info => tracing::info!(plugin = %self.plugin, "{message}"),
            LogLevel::Debug => tracing::debug!(plugin = %self.plugin, "{message}"),
            LogLevel::Trace => tracing::trace!(plugin = %self.plugin, "{message}"),
        }
        self.logs.push((level, message));
    }
}
