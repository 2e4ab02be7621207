//! Reading JSON Lines in bounded batches, so memory follows the batch and not the input.

use std::io::{self, BufRead};

/// Most lines in one batch.
pub const BATCH_LINES: usize = 256;
/// Most bytes in one batch (a batch always holds at least one line, however long).
pub const BATCH_BYTES: usize = 8 << 20;

/// One non-empty input line.
pub struct Line {
    /// 1-based line number in its input.
    pub number: usize,
    /// The line without its `\n` / `\r\n` terminator.
    pub bytes: Vec<u8>,
}

/// Reads lines of one input in batches; lines that are empty or only whitespace are skipped.
pub struct Batches<R> {
    reader: R,
    number: usize,
    done: bool,
    max_lines: usize,
    max_bytes: usize,
}

impl<R: BufRead> Batches<R> {
    pub fn new(reader: R) -> Batches<R> {
        Batches::with_limits(reader, BATCH_LINES, BATCH_BYTES)
    }

    /// Batches of at most `max_lines` lines and about `max_bytes` bytes (at least one line).
    pub fn with_limits(reader: R, max_lines: usize, max_bytes: usize) -> Batches<R> {
        Batches {
            reader,
            number: 0,
            done: false,
            max_lines: max_lines.max(1),
            max_bytes,
        }
    }

    /// The next batch and the number of input bytes it consumed (for progress); an empty
    /// batch means the input is exhausted.
    pub fn next_batch(&mut self) -> io::Result<(Vec<Line>, u64)> {
        let mut batch = Vec::new();
        let mut bytes = 0usize;
        let mut consumed = 0u64;
        while !self.done && batch.len() < self.max_lines && (batch.is_empty() || bytes < self.max_bytes) {
            let mut buf = Vec::new();
            let n = self.reader.read_until(b'\n', &mut buf)?;
            if n == 0 {
                self.done = true;
                break;
            }
            consumed += n as u64;
            self.number += 1;
            if buf.last() == Some(&b'\n') {
                buf.pop();
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
            }
            if self.number == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
                buf.drain(..3);
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            bytes += buf.len();
            batch.push(Line {
                number: self.number,
                bytes: buf,
            });
        }
        Ok((batch, consumed))
    }
}
