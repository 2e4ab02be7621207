//! `deboil clean`: plain text or JSON Lines in, clean text out.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;

use super::record::{clean_record, JsonlOpts};
use super::{CleanerArgs, Input};

#[derive(Args, Debug)]
#[command(after_long_help = CLEAN_AFTER_HELP)]
pub struct CleanArgs {
    /// Input files; none or `-` reads standard input. In plain mode each file is one document
    /// and the clean texts are written one after the other.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub cleaner: CleanerArgs,

    /// Read JSON Lines: one JSON object per line, cleaned one by one and written back with
    /// every input field kept plus the clean text. Empty lines are skipped silently.
    #[arg(long, help_heading = "JSON Lines")]
    pub jsonl: bool,

    /// Field that holds the text to clean.
    #[arg(
        long,
        value_name = "NAME",
        default_value = "text",
        requires = "jsonl",
        help_heading = "JSON Lines"
    )]
    pub field: String,

    /// Field to write the clean text to (replaced if the record already has it).
    #[arg(
        long,
        value_name = "NAME",
        default_value = "clean",
        requires = "jsonl",
        help_heading = "JSON Lines"
    )]
    pub out_field: String,

    /// Say what was removed and why. With --jsonl, each record gains an array of {start,
    /// end, text, reason, rule, category, pattern} (byte offsets into the input field); in
    /// plain mode, one line per removed span goes to stderr (`FILE:START-END: REASON: TEXT`,
    /// byte offsets), and stdout still holds only the clean text.
    #[arg(long)]
    pub explain: bool,

    /// Field for the --explain array.
    #[arg(
        long,
        value_name = "NAME",
        default_value = "removed",
        requires = "explain",
        help_heading = "JSON Lines"
    )]
    pub explain_field: String,

    #[command(flatten)]
    pub run: super::jsonl::Run,
}

const CLEAN_AFTER_HELP: &str = "\
Examples:
  deboil clean page.txt > page.clean.txt
  deboil clean --explain page.txt > page.clean.txt 2> page.removed.txt
  curl -s https://example.org/page.txt | deboil clean --mode recall
  deboil clean --jsonl --explain -j 4 crawl.jsonl > crawl.clean.jsonl
  deboil clean --jsonl --field body --out-field body_clean --skip-bad a.jsonl b.jsonl

JSON Lines: records are read in batches (256 lines or 8 MB), cleaned in parallel and
written in input order, so memory stays bounded by the batch. A record's other fields are
written back byte for byte; the new fields are appended (or replaced in place when the
record already has them). A progress bar is drawn on stderr when stderr is a terminal.

Exit status: 0 on success, 2 on an error (unreadable file, bad pattern file, bad record).";

pub fn run(args: CleanArgs) -> Result<ExitCode> {
    let cleaner = args.cleaner.build()?;
    let inputs = Input::list(&args.files);
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.jsonl {
        run_jsonl(&args, &cleaner, &inputs, &mut out)?;
    } else {
        for input in &inputs {
            let mut buf = Vec::new();
            input
                .open()?
                .read_to_end(&mut buf)
                .with_context(|| format!("cannot read {}", input.name()))?;
            write_clean(&mut out, &cleaner, &buf, args.explain.then(|| input.name()).as_deref())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the clean text of one document. Text that is not UTF-8 is cleaned as bytes and
/// written back unchanged where kept. With `explain` (the document's name), each removed span
/// also goes to stderr as `NAME:START-END: REASON: "TEXT"`, from the same clean; the spans of
/// text that is not UTF-8 are not listed.
fn write_clean<W: Write>(out: &mut W, cleaner: &deboil::Cleaner, buf: &[u8], explain: Option<&str>) -> io::Result<()> {
    let Ok(text) = std::str::from_utf8(buf) else {
        if let Some(name) = explain {
            eprintln!("{name}: not UTF-8: cleaned as bytes, removed spans not listed");
        }
        return cleaner.write_clean_bytes(buf, out);
    };
    let cleaned = cleaner.clean(text);
    if let Some(name) = explain {
        let mut err = io::stderr().lock();
        for r in cleaned.removed() {
            writeln!(
                err,
                "{name}:{}-{}: {}: {:?}",
                r.start,
                r.end,
                r.reason,
                &text[r.range()]
            )?;
        }
    }
    write!(out, "{cleaned}")
}

fn run_jsonl<W: Write>(args: &CleanArgs, cleaner: &deboil::Cleaner, inputs: &[Input], out: &mut W) -> Result<()> {
    if args.explain && args.explain_field == args.out_field {
        bail!(
            "--out-field and --explain-field are both '{}'; give them different names",
            args.out_field
        );
    }
    let opts = JsonlOpts {
        field: &args.field,
        out_field: &args.out_field,
        explain: args.explain.then_some(args.explain_field.as_str()),
    };
    super::jsonl::run(&args.run, inputs, out, |line| clean_record(line, &opts, cleaner))
}
