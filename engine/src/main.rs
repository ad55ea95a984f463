//! The `ansvar` command line: parse, dispatch, map the outcome to an exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ansvar::tune_mimalloc();
    let args = cli::Args::parse();
    cli::init_logging(&args.global);
    let code = cli::run(args);
    ExitCode::from(code as u8)
}
