//! The `ansvar` command line: parse, dispatch, map the outcome to an exit code.

mod cli;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> cli::Exit {
    ansvar::tune_mimalloc();
    let args = cli::Args::parse();
    ansvar::i18n::set_default(
        args.global
            .lang
            .unwrap_or_else(ansvar::i18n::Lang::from_env),
    );
    cli::init_logging(&args.global);
    match cli::run(&args) {
        Ok(exit) => exit,
        // `ansvar … | head`: the reader has what it wanted.
        Err(e) if e.kind == cli::ErrorKind::BrokenPipe => cli::Exit::Ok,
        Err(e) => {
            cli::fatal(&args, &e);
            e.exit
        }
    }
}
