//! The JSON Lines loop of a subcommand: records read in bounded batches, each batch turned
//! into output lines on a thread pool, written in input order; bad records stop the run with
//! their file and line, or are skipped and counted.

use std::io::Write;

use anyhow::{bail, Context, Result};
use clap::Args;
use rayon::prelude::*;

use super::lines::Batches;
use super::Input;

/// Most skipped-line warnings printed one by one under --skip-bad.
const MAX_SKIP_WARNINGS: usize = 10;

/// How the loop runs: the options every JSON Lines subcommand takes.
#[derive(Args, Debug)]
pub struct Run {
    /// Worker threads (0: one per CPU). Output order is input order whatever N is.
    #[arg(
        short = 'j',
        long = "jobs",
        value_name = "N",
        default_value_t = 0,
        requires = "jsonl",
        help_heading = "JSON Lines"
    )]
    pub jobs: usize,

    /// Skip bad records (malformed JSON, not an object, field missing or not a string) instead
    /// of stopping at the first one; the count is reported on stderr at the end. Without it,
    /// such a record is an error naming its file and line, and the exit status is 2.
    #[arg(long, requires = "jsonl", help_heading = "JSON Lines")]
    pub skip_bad: bool,
}

/// Turns every record of `inputs` into one output line with `step`, which gets the record's
/// bytes and returns the line (without its newline) or what is wrong with the record, and
/// writes the lines to `out` in input order.
pub fn run<W, F>(run: &Run, inputs: &[Input], out: &mut W, step: F) -> Result<()>
where
    W: Write,
    F: Fn(&[u8]) -> Result<Vec<u8>, String> + Sync,
{
    let pool = super::pool(run.jobs)?;
    let bar = super::progress(inputs);
    let mut skipped = 0usize;
    let mut records = 0u64;
    for input in inputs {
        let name = input.name();
        let mut batches = Batches::new(input.open()?);
        loop {
            let (batch, consumed) = batches.next_batch().with_context(|| format!("cannot read {name}"))?;
            if batch.is_empty() {
                break;
            }
            let results: Vec<Result<Vec<u8>, String>> =
                pool.install(|| batch.par_iter().map(|line| step(&line.bytes)).collect());
            for (line, result) in batch.iter().zip(results) {
                match result {
                    Ok(record) => {
                        out.write_all(&record)?;
                        out.write_all(b"\n")?;
                        records += 1;
                    }
                    Err(msg) if run.skip_bad => {
                        skipped += 1;
                        if skipped <= MAX_SKIP_WARNINGS {
                            bar.suspend(|| eprintln!("deboil: skipping {name}:{}: {msg}", line.number));
                        } else if skipped == MAX_SKIP_WARNINGS + 1 {
                            bar.suspend(|| eprintln!("deboil: more bad lines; not showing them one by one"));
                        }
                    }
                    Err(msg) => {
                        bar.finish_and_clear();
                        out.flush()?;
                        bail!("{name}:{}: {msg}", line.number);
                    }
                }
            }
            bar.inc(consumed);
            bar.set_message(format!("{records} records"));
        }
    }
    bar.finish_and_clear();
    if skipped > 0 {
        let s = if skipped == 1 { "" } else { "s" };
        eprintln!(
            "deboil: skipped {skipped} bad line{s}; wrote {records} record{}",
            if records == 1 { "" } else { "s" }
        );
    }
    Ok(())
}
