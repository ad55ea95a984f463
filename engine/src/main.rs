//! The `ansvar` command line: parse, dispatch, map the outcome to an exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc v3's `mi_option_t` (the crate builds v3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // mimalloc hands freed pages back to the OS after 10 ms; a pathway run frees and
    // reuses its chunk memory every few milliseconds, so each chunk faulted fresh
    // (zeroed) pages in. A second's delay keeps them.
    // SAFETY: sets a plain integer option; mimalloc reads options at use.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1000) };
    let args = cli::Args::parse();
    cli::init_logging(&args.global);
    let code = cli::run(args);
    ExitCode::from(code as u8)
}
