//! Request bodies: read whole under a size limit and a deadline, or streamed into the
//! blocking pathway pipeline as an `io::Read`; and the pipeline's output streamed back.

use std::io;
use std::time::Duration;

use axum::body::Body;
use bytes::Bytes;
use http_body_util::BodyExt;
use tokio::sync::mpsc;

/// Why a body could not be read whole.
pub enum BodyError {
    TooLarge,
    TimedOut,
    /// the client broke off, or sent a broken chunked encoding
    Broken(String),
}

/// Reads the whole body: at most `max` bytes, within `deadline`.
pub async fn read_all(body: Body, max: usize, deadline: Duration) -> Result<Vec<u8>, BodyError> {
    let read = async {
        let mut body = body;
        let mut buf: Vec<u8> = Vec::new();
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| BodyError::Broken(e.to_string()))?;
            if let Ok(data) = frame.into_data() {
                if buf.len() + data.len() > max {
                    return Err(BodyError::TooLarge);
                }
                buf.extend_from_slice(&data);
            }
        }
        Ok(buf)
    };
    match tokio::time::timeout(deadline, read).await {
        Ok(r) => r,
        Err(_) => Err(BodyError::TimedOut),
    }
}

/// Streams `body` to a blocking reader, at most 32 pieces (of up to hyper's 400 KB read)
/// ahead. A pause longer than `idle` ends the stream with an error the pipeline reports
/// as a finding, in the language of the caller's thread.
///
/// The first piece of the body is awaited here, before the response goes out: a client
/// that sent `Expect: 100-continue` (curl does for a large upload) gets its
/// `100 Continue` when the body is first read. Were the response's head sent first, the
/// client would wait out its own timeout (a second, for curl) before it uploads.
pub async fn reader(body: Body, idle: Duration) -> ChannelReader {
    let (tx, rx) = mpsc::channel::<io::Result<Bytes>>(32);
    let lang = crate::i18n::current();
    let mut body = body;
    let first = next_piece(&mut body, idle, lang).await;
    let more = matches!(first, Some(Ok(_)));
    if let Some(item) = first {
        // The channel is empty: this does not wait.
        let _ = tx.try_send(item);
    }
    if more {
        tokio::spawn(async move {
            while let Some(item) = next_piece(&mut body, idle, lang).await {
                let stop = item.is_err();
                if tx.send(item).await.is_err() || stop {
                    break;
                }
            }
        });
    }
    ChannelReader {
        rx,
        current: Bytes::new(),
    }
}

/// The next piece of data of `body`: none at its end, an error when it breaks or the
/// client is silent for `idle`.
async fn next_piece(
    body: &mut Body,
    idle: Duration,
    lang: crate::i18n::Lang,
) -> Option<io::Result<Bytes>> {
    loop {
        return match tokio::time::timeout(idle, body.frame()).await {
            Err(_) => Some(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                crate::i18n::scoped(lang, || {
                    crate::t!("serve-client-silent", seconds = idle.as_secs())
                }),
            ))),
            Ok(None) => None,
            Ok(Some(Err(e))) => Some(Err(io::Error::other(e.to_string()))),
            Ok(Some(Ok(frame))) => match frame.into_data() {
                Ok(data) if data.is_empty() => continue,
                Ok(data) => Some(Ok(data)),
                Err(_) => continue,
            },
        };
    }
}

/// The blocking end of [`reader`].
pub struct ChannelReader {
    rx: mpsc::Receiver<io::Result<Bytes>>,
    current: Bytes,
}

impl io::Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.current.is_empty() {
            match self.rx.blocking_recv() {
                None => return Ok(0),
                Some(Ok(b)) => self.current = b,
                Some(Err(e)) => return Err(e),
            }
        }
        let n = out.len().min(self.current.len());
        out[..n].copy_from_slice(&self.current[..n]);
        let _ = self.current.split_to(n);
        Ok(n)
    }
}

/// A blocking writer whose bytes become the response body, in pieces of about
/// `FLUSH_AT` bytes; a closed connection is a broken pipe, which stops the pipeline.
pub struct ChannelWriter {
    tx: mpsc::Sender<Bytes>,
    buf: Vec<u8>,
}

const FLUSH_AT: usize = 32 << 10;

/// The writer and the response body it feeds.
pub fn writer() -> (ChannelWriter, Body) {
    let (tx, rx) = mpsc::channel::<Bytes>(32);
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|b| (Ok::<_, io::Error>(b), rx))
    });
    (
        ChannelWriter {
            tx,
            buf: Vec::with_capacity(FLUSH_AT),
        },
        Body::from_stream(stream),
    )
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let piece = Bytes::from(std::mem::replace(
            &mut self.buf,
            Vec::with_capacity(FLUSH_AT),
        ));
        self.tx
            .blocking_send(piece)
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl io::Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= FLUSH_AT {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}
