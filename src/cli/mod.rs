//! The `deboil` command-line tool: subcommands and the helpers they share.
//!
//! This module belongs to the binary only; the library never sees it.

pub mod clean;
pub mod eval;
pub mod jsonl;
pub mod lines;
pub mod record;
pub mod tokens;
pub mod ws;

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Options that choose how the cleaner is built, shared by every subcommand.
#[derive(Args, Debug, Clone)]
pub struct CleanerArgs {
    /// Add a pattern file (`category kind pattern` per line) as a pack of its own, named after
    /// the file stem (`site.txt` -> `site`). A line `@late` makes the patterns after it late:
    /// judged after the line model, on the lines it kept. Repeatable.
    #[arg(long = "patterns", value_name = "FILE")]
    pub patterns: Vec<PathBuf>,

    /// Turn off a pack: a built-in one (en, de, fr, es) or one added with --patterns.
    /// Repeatable.
    #[arg(long = "disable-pack", value_name = "NAME")]
    pub disable_pack: Vec<String>,

    /// How eagerly to cut: `recall` keeps doubtful lines, `precision` cuts them too.
    #[arg(long, value_enum, default_value_t = ModeArg::Balanced, value_name = "MODE")]
    pub mode: ModeArg,
}

/// `--mode` values.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModeArg {
    /// Keep doubtful lines: the line model cuts a line only when very sure.
    Recall,
    /// Patterns, shape rules, and the lines the line model judges boilerplate.
    Balanced,
    /// Cut doubtful lines too: less boilerplate left, more content lost.
    Precision,
}

impl CleanerArgs {
    /// Builds the cleaner; pattern file errors carry the file and line.
    pub fn build(&self) -> Result<deboil::Cleaner> {
        let mut builder = deboil::Cleaner::builder().mode(match self.mode {
            ModeArg::Recall => deboil::Mode::Recall,
            ModeArg::Balanced => deboil::Mode::Balanced,
            ModeArg::Precision => deboil::Mode::Precision,
        });
        for path in &self.patterns {
            let pack = deboil::Patterns::from_file(path)?;
            builder = builder.pack(&pack_name(path), pack);
        }
        for name in &self.disable_pack {
            builder = builder.disable_pack(name);
        }
        Ok(builder.build()?)
    }
}

/// The pack name for a pattern file: its stem, or `user` when it has none.
fn pack_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "user".to_string())
}

/// One input: standard input or a file.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The inputs named on the command line: none or `-` mean standard input.
    pub fn list(files: &[PathBuf]) -> Vec<Input> {
        if files.is_empty() {
            return vec![Input::Stdin];
        }
        files
            .iter()
            .map(|f| {
                if f.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::File(f.clone())
                }
            })
            .collect()
    }

    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// Opens the input for buffered reading.
    pub fn open(&self) -> Result<Box<dyn BufRead + Send>> {
        match self {
            Input::Stdin => Ok(Box::new(BufReader::with_capacity(1 << 16, io::stdin()))),
            Input::File(p) => {
                let f = File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
                Ok(Box::new(BufReader::with_capacity(1 << 16, f)))
            }
        }
    }

    /// Size in bytes, when known up front (regular files).
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::Stdin => None,
            Input::File(p) => std::fs::metadata(p).ok().filter(|m| m.is_file()).map(|m| m.len()),
        }
    }
}

/// A progress bar on stderr counting input bytes, drawn only when stderr is a terminal.
pub fn progress(inputs: &[Input]) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total: Option<u64> = inputs.iter().map(Input::size).sum();
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = if total.is_some() {
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta}) {msg}"
    } else {
        "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// A rayon pool of `jobs` threads (0: one per CPU).
pub fn pool(jobs: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("deboil-{i}"))
        .build()
        .context("cannot start worker threads")
}

/// True if `err` comes from writing to a closed pipe (`deboil clean big.txt | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// A view of `text[outer]` for messages: the `focus` part (clipped to `outer`) with up to
/// `side` chars of `outer` on each side, `…` where it was cut, whitespace runs shown as one
/// space. A long focus is cut in its middle.
pub fn excerpt(text: &str, outer: Range<usize>, focus: Range<usize>, side: usize) -> String {
    let fs = focus.start.clamp(outer.start, outer.end);
    let fe = focus.end.clamp(fs, outer.end);
    let before = &text[outer.start..fs];
    let after = &text[fe..outer.end];
    let mut out = String::new();
    let cut_before = before.chars().count() > side;
    if cut_before {
        out.push('…');
        out.extend(before.chars().rev().take(side).collect::<Vec<_>>().into_iter().rev());
    } else {
        out.push_str(before);
    }
    let mid = &text[fs..fe];
    let n = mid.chars().count();
    if n > 4 * side {
        out.extend(mid.chars().take(2 * side));
        out.push_str(" … ");
        out.extend(mid.chars().skip(n - 2 * side));
    } else {
        out.push_str(mid);
    }
    out.extend(after.chars().take(side));
    if after.chars().count() > side {
        out.push('…');
    }
    ws::normalize(&out)
}
