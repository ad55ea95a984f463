//! The streaming pipeline: one reader thread cuts the input into chunks, worker threads
//! (one per core) check and render them, and the calling thread writes the results in
//! input order. A fixed number of chunks is in flight at any time, so memory stays flat
//! however long the input is.

use std::io::{self, BufRead, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use crate::codes::Code;
use crate::document::BOM;
use crate::finding::{FileReport, Finding, Location, Severity};
use crate::plugin::{Host, Verdict};

use super::document::Source;
use super::render::{self, RulingFields};
use super::swimlane::Lane;
use super::{Checked, Options, Outcome, Regions};

/// How the results are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// one JSON record per pathway
    Jsonl,
    /// step tables and rustc-style findings
    Human,
    /// GitHub Actions annotations, one per finding
    Github,
    /// nothing streamed; the findings are collected per file for a document format
    Collect,
    /// one swimlane (`swimlane::Lane` as a JSON line) per pathway, for at most the first
    /// `lanes` pathways (the page draws those and counts the rest; a few past them may
    /// come too, since a worker does not know how many pathways the chunks before its
    /// own hold, only that each holds one or more)
    Swimlane { lanes: usize },
}

#[derive(Clone, Debug)]
pub struct RunOptions {
    pub check: Options,
    pub style: Style,
    /// worker threads
    pub jobs: usize,
    /// pathways per chunk (the unit of work of a worker)
    pub chunk: usize,
    /// largest JSON Lines line, in bytes
    pub max_line_bytes: usize,
    /// largest single-document file, in bytes
    pub max_file_bytes: u64,
    /// show a progress line on stderr
    pub progress: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            check: Options::default(),
            style: Style::Jsonl,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            chunk: 512,
            max_line_bytes: 1 << 20,
            max_file_bytes: 4 << 20,
            progress: false,
        }
    }
}

/// Counts over a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub files: usize,
    pub pathways: u64,
    pub steps: u64,
    /// pathways with at least one error
    pub failing: u64,
    pub errors: u64,
    pub warnings: u64,
    pub infos: u64,
    /// steps per verdict: ok, contributor, wrong-level, unknown-task, no-owner,
    /// not-covered, not checked
    pub verdicts: [u64; 7],
    pub plugin_failed: bool,
}

impl Stats {
    fn add(&mut self, o: &Outcome) {
        self.pathways += 1;
        self.steps += o.steps.len() as u64;
        for f in &o.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
        if o.worst() == Some(Severity::Error) {
            self.failing += 1;
        }
        for s in &o.steps {
            let i = match s.verdict {
                Some(Verdict::Ok) => 0,
                Some(Verdict::Contributor) => 1,
                Some(Verdict::WrongLevel) => 2,
                Some(Verdict::UnknownTask) => 3,
                Some(Verdict::NoOwner) => 4,
                Some(Verdict::NotCovered) => 5,
                None => 6,
            };
            self.verdicts[i] += 1;
        }
        self.plugin_failed |= o.plugin_failed;
    }

    fn merge(&mut self, o: &Stats) {
        self.pathways += o.pathways;
        self.steps += o.steps;
        self.failing += o.failing;
        self.errors += o.errors;
        self.warnings += o.warnings;
        self.infos += o.infos;
        for (a, b) in self.verdicts.iter_mut().zip(o.verdicts) {
            *a += b;
        }
        self.plugin_failed |= o.plugin_failed;
    }
}

/// What one item of a chunk is.
enum Item {
    /// bytes of the chunk's buffer to read as one pathway
    Text {
        range: Range<usize>,
        first_line: usize,
        offset: usize,
    },
    /// a line or file that cannot be a pathway
    Broken {
        first_line: usize,
        offset: usize,
        code: Code,
        message: String,
        help: Option<String>,
    },
}

struct Chunk {
    seq: u64,
    file: usize,
    buf: Vec<u8>,
    items: Vec<Item>,
}

struct Done {
    seq: u64,
    file: usize,
    bytes: Vec<u8>,
    findings: Vec<Finding>,
    stats: Stats,
}

/// Buffers handed back for reuse, so that the steady state allocates no fresh memory
/// (fresh pages cost a fault and zeroing each).
#[derive(Default)]
struct Pool(Mutex<Vec<Vec<u8>>>);

impl Pool {
    fn take(&self, capacity: usize) -> Vec<u8> {
        let reused = self.0.lock().ok().and_then(|mut p| p.pop());
        let mut v = reused.unwrap_or_default();
        v.clear();
        v.reserve(capacity);
        v
    }

    fn give(&self, v: Vec<u8>) {
        if let Ok(mut p) = self.0.lock()
            && p.len() < 64
        {
            p.push(v);
        }
    }
}

/// Whether a file is read as JSON Lines (else as one JSON document).
pub fn is_json_lines(path: &Path) -> bool {
    path.as_os_str() == "-"
        || path
            .extension()
            .is_some_and(|e| e == "jsonl" || e == "ndjson")
}

/// Checks every pathway in `files` and writes the results to `sink` as they come.
/// Returns the counts and, for `Style::Collect`, the findings per file.
pub fn run(
    host: &Host,
    regions: &Regions,
    files: &[PathBuf],
    opts: &RunOptions,
    sink: &mut dyn Write,
) -> io::Result<(Stats, Vec<FileReport>)> {
    run_from(host, regions, files, None, opts, sink)
}

/// Checks the pathways read from `input`, named `name` in the results: JSON Lines when
/// the name ends in `.jsonl` or `.ndjson`, else one JSON document (at most
/// `max_file_bytes`). The input streams like a file: a fixed number of chunks in memory.
pub fn run_input(
    host: &Host,
    regions: &Regions,
    name: &Path,
    input: Box<dyn io::Read + Send>,
    opts: &RunOptions,
    sink: &mut dyn Write,
) -> io::Result<(Stats, Vec<FileReport>)> {
    run_from(
        host,
        regions,
        &[name.to_path_buf()],
        Some(input),
        opts,
        sink,
    )
}

/// `files`, or the one name of `input` when there is one.
fn run_from(
    host: &Host,
    regions: &Regions,
    files: &[PathBuf],
    input: Option<Box<dyn io::Read + Send>>,
    opts: &RunOptions,
    sink: &mut dyn Write,
) -> io::Result<(Stats, Vec<FileReport>)> {
    let jobs = opts.jobs.clamp(1, crate::plugin::MAX_THREADS as usize);
    let in_flight = jobs * 2 + 1;
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(jobs);
    let chunk_rx = Arc::new(Mutex::new(chunk_rx));
    let (done_tx, done_rx) = sync_channel::<Done>(in_flight);
    // A token per chunk in flight: the reader takes one before sending a chunk, the
    // writer gives it back once the chunk is written.
    let (token_tx, token_rx) = sync_channel::<()>(in_flight);
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut reports: Vec<FileReport> = files
        .iter()
        .map(|p| FileReport {
            path: p.clone(),
            text: None,
            findings: Vec::new(),
        })
        .collect();
    let mut stats = Stats {
        files: files.len(),
        ..Stats::default()
    };

    // Input and output buffers differ in size; a pool each, so a buffer is reused for
    // what it is the right size for.
    let (inputs, outputs) = (Pool::default(), Pool::default());
    // The threads write their findings in the caller's language (a server request's).
    let lang = crate::i18n::current();
    let result = std::thread::scope(|scope| {
        let (inputs, outputs) = (&inputs, &outputs);
        scope.spawn(move || {
            crate::i18n::scoped(lang, || {
                read_all(files, input, opts, inputs, chunk_tx, token_tx)
            })
        });
        for _ in 0..jobs {
            let rx = Arc::clone(&chunk_rx);
            let tx = done_tx.clone();
            let paths = &paths;
            scope.spawn(move || {
                crate::i18n::scoped(lang, || {
                    loop {
                        let next = rx.lock().map(|r| r.recv());
                        let Ok(Ok(chunk)) = next else { break };
                        // A panic must not lose the chunk: the writer waits for every
                        // chunk in order, so a lost one would hang the run.
                        let at = (chunk.seq, chunk.file, positions(&chunk));
                        let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            work(host, regions, paths, opts, (inputs, outputs), chunk)
                        }))
                        .unwrap_or_else(|panic| panicked(regions, paths, opts, at, &*panic));
                        if tx.send(done).is_err() {
                            break;
                        }
                    }
                })
            });
        }
        drop(done_tx);

        let progress = progress_line(opts.progress);
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0u64;
        let outcome = (|| -> io::Result<()> {
            for done in done_rx.iter() {
                pending.insert(done.seq, done);
                while let Some(d) = pending.remove(&next) {
                    sink.write_all(&d.bytes)?;
                    outputs.give(d.bytes);
                    stats.merge(&d.stats);
                    reports[d.file].findings.extend(d.findings);
                    next += 1;
                    let _ = token_rx.recv();
                    progress.set_position(stats.pathways);
                }
            }
            sink.flush()
        })();
        progress.finish_and_clear();
        // On a write error, hang up so that the reader and the workers stop.
        drop(done_rx);
        drop(token_rx);
        outcome
    });
    for r in &mut reports {
        r.findings.sort_by_key(|f| (f.location.start, f.severity));
    }
    result.map(|()| (stats, reports))
}

/// Checks and renders one chunk.
fn work(
    host: &Host,
    regions: &Regions,
    paths: &[String],
    opts: &RunOptions,
    (inputs, outputs): (&Pool, &Pool),
    chunk: Chunk,
) -> Done {
    let path = &paths[chunk.file];
    let mut sources = Vec::with_capacity(chunk.items.len());
    // Where each item's outcome comes from: the checked sources in order, or broken.
    let mut broken: Vec<Option<Outcome>> = Vec::with_capacity(chunk.items.len());
    // The sources whose text came after a byte-order mark (the readers skip it).
    let mut boms = Vec::new();
    for item in &chunk.items {
        match item {
            Item::Text {
                range,
                first_line,
                offset,
            } => match std::str::from_utf8(&chunk.buf[range.clone()]) {
                Ok(text) => {
                    if range.start >= 3 && chunk.buf[range.start - 3..range.start] == *BOM {
                        boms.push((sources.len(), *first_line));
                    }
                    sources.push(Source {
                        text,
                        first_line: *first_line,
                        offset: *offset,
                    });
                    broken.push(None);
                }
                Err(e) => {
                    let source = Source {
                        text: "",
                        first_line: *first_line,
                        offset: *offset,
                    };
                    broken.push(Some(super::unreadable(
                        source,
                        Code::NotUtf8,
                        crate::t!("findings-text-not-utf8", byte = e.valid_up_to()),
                        Some(crate::t!("findings-save-as-utf8")),
                    )));
                }
            },
            Item::Broken {
                first_line,
                offset,
                code,
                message,
                help,
            } => {
                let source = Source {
                    text: "",
                    first_line: *first_line,
                    offset: *offset,
                };
                broken.push(Some(super::unreadable(
                    source,
                    *code,
                    message.clone(),
                    help.clone(),
                )));
            }
        }
    }
    let mut checked = super::check(host, regions, &sources, opts.check);
    for (i, line) in boms {
        let at = Location {
            line,
            column: 1,
            end_line: line,
            end_column: 1,
            start: 0,
            end: 0,
        };
        checked.outcomes[i]
            .findings
            .insert(0, crate::document::bom_finding(at));
    }
    let fields = matches!(opts.style, Style::Jsonl).then(|| RulingFields::of(&checked));
    let mut checked_outcomes = checked.outcomes.iter().zip(&sources);
    let mut done = Done {
        seq: chunk.seq,
        file: chunk.file,
        bytes: outputs.take(chunk.buf.len() * 3 / 2),
        findings: Vec::new(),
        stats: Stats::default(),
    };
    let mut text_out = String::new();
    let empty = Checked::default();
    for b in &broken {
        let (o, text, checked_ref) = match b {
            Some(o) => (o, "", &empty),
            None => {
                let (o, s) = checked_outcomes.next().expect("one outcome per source");
                (o, s.text, &checked)
            }
        };
        let f = match (&fields, b) {
            (Some(f), None) => Some(f),
            _ => None,
        };
        emit(
            &mut done,
            &mut text_out,
            (regions, path),
            opts,
            (o, text, checked_ref),
            f,
        );
    }
    // Human and GitHub text: no terminal escape from a document or plugin passes.
    done.bytes
        .extend_from_slice(crate::escape::control(&text_out).as_bytes());
    drop(checked);
    drop(sources);
    inputs.give(chunk.buf);
    done
}

/// Adds one pathway's outcome to the chunk's output. `fields` are the ruling fields of
/// the chunk's plugin calls, for JSON Lines; none for an outcome without rulings.
fn emit(
    done: &mut Done,
    text_out: &mut String,
    (regions, path): (&Regions, &str),
    opts: &RunOptions,
    (o, text, checked): (&Outcome<'_>, &str, &Checked<'_>),
    fields: Option<&RulingFields>,
) {
    done.stats.add(o);
    match opts.style {
        Style::Jsonl => match fields {
            Some(f) => render::jsonl(&mut done.bytes, path, o, f),
            None => render::jsonl(
                &mut done.bytes,
                path,
                o,
                &RulingFields::of(&Checked::default()),
            ),
        },
        Style::Human => render::human(text_out, path, text, o, checked),
        Style::Github => {
            let r = [FileReport {
                path: PathBuf::from(path),
                text: None,
                findings: o.findings.clone(),
            }];
            text_out.push_str(&crate::report::github(&r));
        }
        Style::Collect => done.findings.extend(o.findings.iter().cloned()),
        Style::Swimlane { lanes } => {
            // Chunk `seq` has at least `seq` pathways before it, and this one is the
            // chunk's `stats.pathways`th: past `lanes`, it is not drawn.
            if done.seq + done.stats.pathways <= lanes as u64 {
                let info = o
                    .region
                    .as_deref()
                    .and_then(|id| regions.find(id))
                    .map(|i| &regions.loaded[i].info);
                let lane = Lane::new(path, o, text, checked, info);
                // Writing JSON into a Vec cannot fail.
                let _ = serde_json::to_writer(&mut done.bytes, &lane);
                done.bytes.push(b'\n');
            }
        }
    }
}

/// Where each item of a chunk starts: its first line and byte offset.
fn positions(chunk: &Chunk) -> Vec<(usize, usize)> {
    chunk
        .items
        .iter()
        .map(|i| match i {
            Item::Text {
                first_line, offset, ..
            }
            | Item::Broken {
                first_line, offset, ..
            } => (*first_line, *offset),
        })
        .collect()
}

/// The output of a chunk whose check panicked: every pathway in it `plugin-failed`
/// with the panic's message, so that the run goes on and exits 3.
fn panicked(
    regions: &Regions,
    paths: &[String],
    opts: &RunOptions,
    (seq, file, items): (u64, usize, Vec<(usize, usize)>),
    panic: &(dyn std::any::Any + Send),
) -> Done {
    let why = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| crate::t!("findings-panic-without-message"));
    let mut done = Done {
        seq,
        file,
        bytes: Vec::new(),
        findings: Vec::new(),
        stats: Stats::default(),
    };
    let mut text_out = String::new();
    let empty = Checked::default();
    for (first_line, offset) in items {
        let source = Source {
            text: "",
            first_line,
            offset,
        };
        let mut o = super::unreadable(
            source,
            Code::PluginFailed,
            crate::t!("findings-check-panicked", why = &why),
            Some(crate::t!("findings-check-panicked-help")),
        );
        o.plugin_failed = true;
        emit(
            &mut done,
            &mut text_out,
            (regions, &paths[file]),
            opts,
            (&o, "", &empty),
            None,
        );
    }
    // Human and GitHub text: no terminal escape from a document or plugin passes.
    done.bytes
        .extend_from_slice(crate::escape::control(&text_out).as_bytes());
    done
}

/// Cuts every file into chunks and sends them; stops when the workers hang up.
fn read_all(
    files: &[PathBuf],
    mut input: Option<Box<dyn io::Read + Send>>,
    opts: &RunOptions,
    pool: &Pool,
    tx: SyncSender<Chunk>,
    tokens: SyncSender<()>,
) {
    let mut seq = 0u64;
    let mut send = |file: usize, buf: Vec<u8>, items: Vec<Item>| -> bool {
        if tokens.send(()).is_err() {
            return false;
        }
        let ok = tx
            .send(Chunk {
                seq,
                file,
                buf,
                items,
            })
            .is_ok();
        seq += 1;
        ok
    };
    for (file, path) in files.iter().enumerate() {
        let go_on = if let Some(reader) = input.take() {
            if is_json_lines(path) {
                read_lines_from(file, reader, opts, pool, &mut send)
            } else {
                let (buf, item) = read_document_from(reader, opts.max_file_bytes);
                send(file, buf, vec![item])
            }
        } else if is_json_lines(path) {
            read_lines(file, path, opts, pool, &mut send)
        } else {
            let (buf, item) = read_document(path, opts.max_file_bytes);
            send(file, buf, vec![item])
        };
        if !go_on {
            return;
        }
    }
}

fn broken(code: Code, message: String, help: String) -> Item {
    Item::Broken {
        first_line: 1,
        offset: 0,
        code,
        message,
        help: Some(help),
    }
}

fn read_document(path: &Path, max: u64) -> (Vec<u8>, Item) {
    let unreadable = |e: io::Error| {
        broken(
            Code::Unreadable,
            crate::t!("findings-cannot-read-file", error = e.to_string()),
            crate::t!("findings-check-file-readable"),
        )
    };
    // Opened once, checked (a regular file, its size) and read through the same handle,
    // at most the limit.
    let read = match crate::open::read_limited(path, max) {
        Err(crate::open::Limited::TooLarge(size)) => {
            return (
                Vec::new(),
                broken(
                    Code::TooLarge,
                    crate::t!("findings-too-large", size = size, max = max),
                    crate::t!("findings-too-large-pathway-help"),
                ),
            );
        }
        Err(crate::open::Limited::Io(e)) => Err(e),
        Ok(buf) => Ok(buf),
    };
    match read {
        Ok(buf) => {
            let start = if buf.starts_with(BOM) { 3 } else { 0 };
            let item = Item::Text {
                range: start..buf.len(),
                first_line: 1,
                offset: start,
            };
            (buf, item)
        }
        Err(e) => (Vec::new(), unreadable(e)),
    }
}

/// Reads one document from `input`, refusing it past `max` bytes without holding more.
fn read_document_from(input: Box<dyn io::Read + Send>, max: u64) -> (Vec<u8>, Item) {
    use io::Read as _;
    let mut buf = Vec::new();
    match input.take(max.saturating_add(1)).read_to_end(&mut buf) {
        Ok(n) if n as u64 > max => (
            Vec::new(),
            broken(
                Code::TooLarge,
                crate::t!("findings-document-too-large", max = max),
                crate::t!("findings-document-too-large-help"),
            ),
        ),
        Ok(_) => {
            let start = if buf.starts_with(BOM) { 3 } else { 0 };
            let item = Item::Text {
                range: start..buf.len(),
                first_line: 1,
                offset: start,
            };
            (buf, item)
        }
        Err(e) => (
            Vec::new(),
            broken(
                Code::Unreadable,
                crate::t!("findings-cannot-read-document", error = e.to_string()),
                crate::t!("findings-send-whole-document"),
            ),
        ),
    }
}

/// Streams a JSON Lines file in chunks. Returns false when the receiver hung up.
fn read_lines(
    file: usize,
    path: &Path,
    opts: &RunOptions,
    pool: &Pool,
    send: &mut impl FnMut(usize, Vec<u8>, Vec<Item>) -> bool,
) -> bool {
    let input: Box<dyn io::Read + Send> = if path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        // A regular file only: a named pipe or a device is not read (`-` is stdin).
        match crate::open::regular(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                let item = broken(
                    Code::Unreadable,
                    crate::t!("findings-cannot-read-file", error = e.to_string()),
                    crate::t!("findings-check-file-readable"),
                );
                return send(file, Vec::new(), vec![item]);
            }
        }
    };
    read_lines_from(file, input, opts, pool, send)
}

/// Streams JSON Lines from `input` in chunks. Returns false when the receiver hung up.
fn read_lines_from(
    file: usize,
    input: Box<dyn io::Read + Send>,
    opts: &RunOptions,
    pool: &Pool,
    send: &mut impl FnMut(usize, Vec<u8>, Vec<Item>) -> bool,
) -> bool {
    let mut reader = io::BufReader::with_capacity(1 << 20, input);
    let chunk_bytes = 4 << 20;
    let mut buf = pool.take(chunk_bytes);
    let mut items = Vec::with_capacity(opts.chunk);
    let (mut line, mut offset) = (0usize, 0usize);
    loop {
        line += 1;
        let start = buf.len();
        match read_line(&mut reader, &mut buf, opts.max_line_bytes) {
            Ok(Line::End) => break,
            Ok(Line::Read { consumed }) => {
                let mut end = buf.len();
                while end > start && matches!(buf[end - 1], b'\n' | b'\r') {
                    end -= 1;
                }
                let mut from = start;
                if line == 1 && buf[start..end].starts_with(BOM) {
                    from += 3;
                }
                if buf[from..end].iter().all(u8::is_ascii_whitespace) {
                    buf.truncate(start);
                } else {
                    items.push(Item::Text {
                        range: from..end,
                        first_line: line,
                        offset: offset + (from - start),
                    });
                }
                offset += consumed;
            }
            Ok(Line::TooLong { consumed }) => {
                buf.truncate(start);
                items.push(Item::Broken {
                    first_line: line,
                    offset,
                    code: Code::LineTooLong,
                    message: crate::t!(
                        "findings-line-too-long",
                        size = consumed,
                        max = opts.max_line_bytes
                    ),
                    help: Some(crate::t!("findings-line-too-long-help")),
                });
                offset += consumed;
            }
            Err(e) => {
                items.push(Item::Broken {
                    first_line: line,
                    offset,
                    code: Code::Unreadable,
                    message: crate::t!("findings-cannot-read-file", error = e.to_string()),
                    help: None,
                });
                break;
            }
        }
        if items.len() >= opts.chunk || buf.len() >= chunk_bytes {
            let full = std::mem::replace(&mut buf, pool.take(chunk_bytes));
            if !send(file, full, std::mem::take(&mut items)) {
                return false;
            }
        }
    }
    if items.is_empty() {
        return true;
    }
    send(file, buf, items)
}

enum Line {
    End,
    Read { consumed: usize },
    TooLong { consumed: usize },
}

/// Appends one line (with its newline) to `buf`, or skips it when it is longer than
/// `max` bytes, without holding more than `max` of it.
fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Line> {
    let start = buf.len();
    let mut consumed = 0usize;
    let mut too_long = false;
    loop {
        let available = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            if consumed + take > max + 2 {
                too_long = true;
                buf.truncate(start);
            } else {
                buf.extend_from_slice(&available[..take]);
            }
        }
        consumed += take;
        r.consume(take);
        if done {
            break;
        }
    }
    Ok(match (consumed, too_long) {
        (0, _) => Line::End,
        (n, true) => Line::TooLong { consumed: n },
        (n, false) => Line::Read { consumed: n },
    })
}

/// The progress line on stderr: how many pathways, how fast, drawn at most five times a
/// second; hidden unless asked for (the CLI asks on a terminal).
fn progress_line(on: bool) -> indicatif::ProgressBar {
    if !on {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        None,
        indicatif::ProgressDrawTarget::stderr_with_hz(5),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&crate::t!("findings-progress")) {
        bar.set_style(style);
    }
    bar
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;

    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<(String, bool)> {
        let mut r = io::BufReader::with_capacity(4, input);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line(&mut r, &mut buf, max).unwrap() {
                Line::End => return out,
                Line::Read { .. } => out.push((String::from_utf8(buf).unwrap(), false)),
                Line::TooLong { consumed } => {
                    assert!(buf.is_empty());
                    out.push((consumed.to_string(), true))
                }
            }
        }
    }

    #[test]
    fn a_document_from_a_reader_is_refused_past_the_limit_and_its_bom_skipped() {
        let (buf, item) = read_document_from(Box::new(io::repeat(b' ').take(1 << 20)), 100);
        assert!(buf.is_empty());
        assert!(matches!(
            item,
            Item::Broken {
                code: Code::TooLarge,
                ..
            }
        ));
        let (buf, item) = read_document_from(Box::new(&b"\xEF\xBB\xBF{}"[..]), 100);
        assert_eq!(buf.len(), 5);
        assert!(matches!(item, Item::Text { ref range, offset: 3, .. } if *range == (3..5)));
    }

    #[test]
    fn lines_are_read_across_buffer_refills_and_long_ones_skipped() {
        let got = lines(b"ab\nabcdefghij\r\nxy", 5);
        assert_eq!(
            got,
            [
                ("ab\n".to_string(), false),
                ("12".to_string(), true),
                ("xy".to_string(), false)
            ]
        );
    }
}
