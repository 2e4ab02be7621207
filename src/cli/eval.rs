//! `deboil eval`: scores the cleaner on labeled JSON Lines files.
//!
//! Metric (as in the dataset README): whitespace is normalized on both sides like Python's
//! `" ".join(s.split())`; a snippet is present if it is a case-sensitive substring of the
//! normalized output; keep present = tp, keep missing = fn, drop present = fp, drop missing = tn;
//! P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R), BR = tn/(tn+fp), all micro-averaged.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;
use rayon::prelude::*;
use serde_json::{json, Value};

use super::lines::Batches;
use super::record::type_name;
use super::ws::{find_in, normalize, normalize_with_map};
use super::{excerpt, CleanerArgs, Input};

#[derive(Args, Debug)]
#[command(after_long_help = EVAL_AFTER_HELP)]
pub struct EvalArgs {
    /// Labeled JSON Lines files; `-` reads standard input. Each line:
    /// {"id", "lang", "page_type", "text", "keep": [...], "drop": [...]}; text, keep and drop
    /// are required, the others optional.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub cleaner: CleanerArgs,

    /// Print one JSON object with the same numbers instead of tables.
    #[arg(long)]
    pub json: bool,

    /// Per file, show the N longest keep snippets missing from the output (with the removed
    /// span that covers each and its reason) and the N longest drop snippets still in it
    /// (with the output line that holds each).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,

    /// Per file, a table of the reasons text was removed for: for each rule (and each
    /// pattern, by its text), the keep snippets it cost and the drop snippets it removed.
    /// A snippet counts for the removed span that covers most of it.
    #[arg(long)]
    pub by_reason: bool,

    /// Worker threads (0: one per CPU).
    #[arg(short = 'j', long = "jobs", value_name = "N", default_value_t = 0)]
    pub jobs: usize,

    /// Fail (exit status 1) if a file's overall recall is below X.
    #[arg(long, value_name = "X", value_parser = parse_fraction)]
    pub min_recall: Option<f64>,

    /// Fail (exit status 1) if a file's overall boilerplate-removed rate is below Y.
    #[arg(long, value_name = "Y", value_parser = parse_fraction)]
    pub min_br: Option<f64>,
}

const EVAL_AFTER_HELP: &str = "\
Metric: whitespace is normalized on both sides (split on Unicode whitespace exactly like
Python's str.split(), joined with one space). A snippet is present if it is a case-sensitive
substring of the normalized clean text.
  tp = keep present   fn = keep missing   fp = drop present   tn = drop missing
  P = tp/(tp+fp)   R = tp/(tp+fn)   F1 = 2PR/(P+R)   BR = tn/(tn+fp)
Counts are summed over all snippets of all docs (micro-average); '-' (null in --json) marks
a ratio with a zero denominator. Rows: all docs, en, other (every doc whose lang is not en),
each lang value, each page_type, and each task (extracted, page, ...) where records have
that field. A missing lang or page_type counts as 'unknown'. Empty lines are skipped.

Floors: --min-recall and --min-br apply to each file's overall numbers; a ratio that is
undefined (no snippets) does not fail a floor.

Exit status: 0 on success, 1 if a file fell below a floor, 2 on an error (unreadable or
malformed file: the message names the file and line).

Example:
  deboil eval dev.jsonl --errors 5 --min-recall 0.99 --min-br 0.30";

fn parse_fraction(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{s} is not between 0 and 1"))
    }
}

/// Snippet counts of a set of docs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    docs: u64,
    tp: u64,
    fn_: u64,
    fp: u64,
    tn: u64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.docs += o.docs;
        self.tp += o.tp;
        self.fn_ += o.fn_;
        self.fp += o.fp;
        self.tn += o.tn;
    }
    fn keep(&self) -> u64 {
        self.tp + self.fn_
    }
    fn drop(&self) -> u64 {
        self.tn + self.fp
    }
    fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.keep())
    }
    fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        (p + r > 0.0).then(|| 2.0 * p * r / (p + r))
    }
    fn br(&self) -> Option<f64> {
        ratio(self.tn, self.drop())
    }
    fn to_json(self) -> Value {
        json!({
            "docs": self.docs, "keep": self.keep(), "drop": self.drop(),
            "tp": self.tp, "fn": self.fn_, "fp": self.fp, "tn": self.tn,
            "precision": self.precision(), "recall": self.recall(),
            "f1": self.f1(), "br": self.br(),
        })
    }
}

fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// A snippet scored wrong, with what explains it.
#[derive(Debug, Clone)]
struct Miss {
    id: String,
    line: usize,
    /// Index of the snippet in its list, to keep the order stable.
    index: usize,
    snippet: String,
    /// For a lost keep snippet: the reason of the removed span over it. None for a drop left.
    reason: Option<String>,
    /// The removed span (keep) or the output line (drop), shortened.
    context: String,
}

impl Miss {
    fn rank(a: &Miss, b: &Miss) -> std::cmp::Ordering {
        b.snippet
            .len()
            .cmp(&a.snippet.len())
            .then(a.line.cmp(&b.line))
            .then(a.index.cmp(&b.index))
    }
    fn to_json(&self) -> Value {
        json!({"id": self.id, "line": self.line, "snippet": self.snippet, "reason": self.reason, "context": self.context})
    }
}

/// The score of one doc.
struct Doc {
    lang: String,
    page_type: String,
    /// `None` when the record has no `task` field.
    task: Option<String>,
    counts: Counts,
    lost: Vec<Miss>,
    left: Vec<Miss>,
    /// Per reason: keep snippets lost, drop snippets removed (with `--by-reason`).
    reasons: BTreeMap<String, Tally>,
}

/// What one removal reason did to the snippets of a set of docs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Tally {
    /// Keep snippets it removed (most of).
    lost: u64,
    /// Drop snippets it removed (most of).
    removed: u64,
}

/// Everything reported for one file.
#[derive(Default)]
struct Report {
    file: String,
    all: Counts,
    en: Counts,
    other: Counts,
    lang: BTreeMap<String, Counts>,
    page_type: BTreeMap<String, Counts>,
    task: BTreeMap<String, Counts>,
    lost: Vec<Miss>,
    left: Vec<Miss>,
    lost_total: u64,
    left_total: u64,
    reasons: BTreeMap<String, Tally>,
}

impl Report {
    fn add(&mut self, doc: Doc, keep_errors: usize) {
        let c = doc.counts;
        self.all.add(&c);
        if doc.lang == "en" {
            &mut self.en
        } else {
            &mut self.other
        }
        .add(&c);
        self.lang.entry(doc.lang).or_default().add(&c);
        self.page_type.entry(doc.page_type).or_default().add(&c);
        if let Some(task) = doc.task {
            self.task.entry(task).or_default().add(&c);
        }
        self.lost_total += c.fn_;
        self.left_total += c.fp;
        for (k, t) in doc.reasons {
            let e = self.reasons.entry(k).or_default();
            e.lost += t.lost;
            e.removed += t.removed;
        }
        for (list, new) in [(&mut self.lost, doc.lost), (&mut self.left, doc.left)] {
            if keep_errors == 0 {
                continue;
            }
            list.extend(new);
            if list.len() > keep_errors * 4 {
                list.sort_by(Miss::rank);
                list.truncate(keep_errors);
            }
        }
    }

    fn finish(&mut self, keep_errors: usize) {
        for list in [&mut self.lost, &mut self.left] {
            list.sort_by(Miss::rank);
            list.truncate(keep_errors);
        }
    }

    fn rows(&self) -> Vec<(String, Counts)> {
        let mut rows = vec![
            ("all".to_string(), self.all),
            ("en".to_string(), self.en),
            ("other".to_string(), self.other),
        ];
        rows.extend(self.lang.iter().map(|(k, c)| (format!("lang={k}"), *c)));
        rows.extend(self.page_type.iter().map(|(k, c)| (format!("page_type={k}"), *c)));
        rows.extend(self.task.iter().map(|(k, c)| (format!("task={k}"), *c)));
        rows
    }

    fn to_json(&self) -> Value {
        let map = |m: &BTreeMap<String, Counts>| -> Value {
            Value::Object(m.iter().map(|(k, c)| (k.clone(), c.to_json())).collect())
        };
        json!({
            "file": self.file,
            "all": self.all.to_json(),
            "en": self.en.to_json(),
            "other": self.other.to_json(),
            "lang": map(&self.lang),
            "page_type": map(&self.page_type),
            "task": map(&self.task),
            "lost_keep": self.lost.iter().map(Miss::to_json).collect::<Vec<_>>(),
            "left_drop": self.left.iter().map(Miss::to_json).collect::<Vec<_>>(),
            "reasons": Value::Object(
                self.reason_rows()
                    .into_iter()
                    .map(|(k, t)| (k.clone(), json!({"lost_keep": t.lost, "removed_drop": t.removed})))
                    .collect()
            ),
        })
    }

    /// The reasons, the costliest first (most keep snippets lost, then fewest drops removed).
    fn reason_rows(&self) -> Vec<(&String, Tally)> {
        let mut rows: Vec<_> = self.reasons.iter().map(|(k, t)| (k, *t)).collect();
        rows.sort_by(|a, b| {
            b.1.lost
                .cmp(&a.1.lost)
                .then(a.1.removed.cmp(&b.1.removed))
                .then(a.0.cmp(b.0))
        });
        rows
    }

    fn print_table<W: Write>(&self, out: &mut W) -> io::Result<()> {
        writeln!(out, "{}", self.file)?;
        let rows = self.rows();
        let w = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0).max(6);
        writeln!(
            out,
            "  {:<w$}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}",
            "subset", "docs", "keep", "drop", "P", "R", "F1", "BR"
        )?;
        for (name, c) in rows {
            writeln!(
                out,
                "  {name:<w$}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}",
                c.docs,
                c.keep(),
                c.drop(),
                fmt3(c.precision()),
                fmt3(c.recall()),
                fmt3(c.f1()),
                fmt3(c.br()),
            )?;
        }
        if !self.lost.is_empty() || !self.left.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "  keep snippets missing from the output ({} longest of {}):",
                self.lost.len(),
                self.lost_total
            )?;
            for m in &self.lost {
                writeln!(out, "    {} (line {}): {:?}", m.id, m.line, m.snippet)?;
                writeln!(
                    out,
                    "      removed by {}: {:?}",
                    m.reason.as_deref().unwrap_or("-"),
                    m.context
                )?;
            }
            writeln!(
                out,
                "  drop snippets still in the output ({} longest of {}):",
                self.left.len(),
                self.left_total
            )?;
            for m in &self.left {
                writeln!(out, "    {} (line {}): {:?}", m.id, m.line, m.snippet)?;
                writeln!(out, "      in output line: {:?}", m.context)?;
            }
        }
        if !self.reasons.is_empty() {
            writeln!(out)?;
            writeln!(out, "  removed by reason (keep snippets lost, drop snippets removed):")?;
            writeln!(out, "  {:>6}  {:>7}  reason", "lost", "removed")?;
            for (k, t) in self.reason_rows() {
                writeln!(out, "  {:>6}  {:>7}  {k}", t.lost, t.removed)?;
            }
        }
        Ok(())
    }
}

fn fmt3(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{x:.3}"))
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let cleaner = args.cleaner.build()?;
    let inputs = Input::list(&args.files);
    let pool = super::pool(args.jobs)?;
    let bar = super::progress(&inputs);
    let mut reports = Vec::new();
    for input in &inputs {
        let name = input.name();
        let mut report = Report {
            file: name.clone(),
            ..Report::default()
        };
        let mut batches = Batches::new(input.open()?);
        loop {
            let (batch, consumed) = batches.next_batch().with_context(|| format!("cannot read {name}"))?;
            if batch.is_empty() {
                break;
            }
            let docs: Vec<Result<Doc, String>> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|l| score(&l.bytes, l.number, &cleaner, args.errors, args.by_reason))
                    .collect()
            });
            for (line, doc) in batch.iter().zip(docs) {
                match doc {
                    Ok(doc) => report.add(doc, args.errors),
                    Err(msg) => {
                        bar.finish_and_clear();
                        bail!("{name}:{}: {msg}", line.number);
                    }
                }
            }
            bar.inc(consumed);
            bar.set_message(format!("{} docs", report.all.docs));
        }
        report.finish(args.errors);
        reports.push(report);
    }
    bar.finish_and_clear();

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.json {
        let v = json!({ "files": reports.iter().map(Report::to_json).collect::<Vec<_>>() });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        for (i, r) in reports.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            r.print_table(&mut out)?;
        }
    }
    out.flush()?;

    let mut failed = false;
    for r in &reports {
        let checks = [
            (
                "recall",
                "--min-recall",
                args.min_recall,
                r.all.recall(),
                r.all.tp,
                r.all.keep(),
            ),
            ("BR", "--min-br", args.min_br, r.all.br(), r.all.tn, r.all.drop()),
        ];
        for (what, flag, floor, value, num, den) in checks {
            let Some(floor) = floor else { continue };
            match value {
                Some(v) if v < floor => {
                    failed = true;
                    eprintln!(
                        "deboil: {}: {what} {v:.4} ({num}/{den}) is below {flag} {floor}",
                        r.file
                    );
                }
                Some(_) => {}
                None => eprintln!(
                    "deboil: {}: {what} is undefined (no snippets); {flag} not checked",
                    r.file
                ),
            }
        }
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Reads a string field that may be missing (`unknown`).
fn opt_str(map: &serde_json::Map<String, Value>, key: &str) -> Result<String, String> {
    match map.get(key) {
        None | Some(Value::Null) => Ok("unknown".to_string()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(v) => Err(format!("field \"{key}\" is {}, not a string", type_name(v))),
    }
}

fn str_list<'a>(map: &'a serde_json::Map<String, Value>, key: &str) -> Result<Vec<&'a str>, String> {
    match map.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::String(s) => Ok(s.as_str()),
                v => Err(format!("\"{key}\"[{i}] is {}, not a string", type_name(v))),
            })
            .collect(),
        Some(v) => Err(format!("field \"{key}\" is {}, not an array of strings", type_name(v))),
        None => Err(format!("no field \"{key}\"")),
    }
}

/// Cleans and scores one labeled record.
fn score(line: &[u8], number: usize, cleaner: &deboil::Cleaner, errors: usize, by_reason: bool) -> Result<Doc, String> {
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let Value::Object(map) = value else {
        return Err(format!("expected a JSON object, found {}", type_name(&value)));
    };
    let text = match map.get("text") {
        Some(Value::String(s)) => s.as_str(),
        Some(v) => return Err(format!("field \"text\" is {}, not a string", type_name(v))),
        None => return Err("no field \"text\"".to_string()),
    };
    let keep = str_list(&map, "keep")?;
    let drop = str_list(&map, "drop")?;
    let id = match map.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => format!("line {number}"),
    };
    let lang = opt_str(&map, "lang")?;
    let page_type = opt_str(&map, "page_type")?;
    let task = map.contains_key("task").then(|| opt_str(&map, "task")).transpose()?;

    let cleaned = cleaner.clean(text);
    let clean = cleaned.to_string();
    let out = normalize(&clean);
    let mut counts = Counts {
        docs: 1,
        ..Counts::default()
    };
    let mut lost = Vec::new();
    let mut left = Vec::new();
    let mut input_norm = None;
    let mut output_norm = None;
    let mut reasons: BTreeMap<String, Tally> = BTreeMap::new();
    // The removed span that covers most of the input range of a normalized snippet.
    let covering = |norm: &(String, Vec<usize>), snippet: &str| {
        find_in(text, norm, snippet).map(|r| {
            let best = cleaned
                .removed()
                .filter(|s| s.start < r.end && r.start < s.end)
                .max_by_key(|s| s.end.min(r.end) - s.start.max(r.start));
            (r, best)
        })
    };
    for (index, k) in keep.iter().enumerate() {
        let k = normalize(k);
        if out.contains(&k) {
            counts.tp += 1;
            continue;
        }
        counts.fn_ += 1;
        if errors == 0 && !by_reason {
            continue;
        }
        let norm = input_norm.get_or_insert_with(|| normalize_with_map(text));
        let (reason, context) = match covering(norm, &k) {
            None => (None, "(snippet not found in the input text)".to_string()),
            Some((r, Some(s))) => (Some(s.reason.to_string()), excerpt(text, s.range(), r, 80)),
            Some((_, None)) => (
                None,
                "(no removed span overlaps it; the kept text around it was joined differently)".to_string(),
            ),
        };
        if by_reason {
            if let Some(reason) = &reason {
                reasons.entry(reason.clone()).or_default().lost += 1;
            }
        }
        if errors > 0 {
            lost.push(Miss {
                id: id.clone(),
                line: number,
                index,
                snippet: k,
                reason,
                context,
            });
        }
    }
    for (index, d) in drop.iter().enumerate() {
        let d = normalize(d);
        if !out.contains(&d) {
            counts.tn += 1;
            if by_reason {
                let norm = input_norm.get_or_insert_with(|| normalize_with_map(text));
                if let Some((_, Some(s))) = covering(norm, &d) {
                    reasons.entry(s.reason.to_string()).or_default().removed += 1;
                }
            }
            continue;
        }
        counts.fp += 1;
        if errors > 0 {
            let norm = output_norm.get_or_insert_with(|| normalize_with_map(&clean));
            let context = match find_in(&clean, norm, &d) {
                Some(r) => {
                    let start = clean[..r.start].rfind('\n').map_or(0, |i| i + 1);
                    let end = clean[r.end..].find('\n').map_or(clean.len(), |i| r.end + i);
                    excerpt(&clean, start..end, r, 80)
                }
                None => String::new(),
            };
            left.push(Miss {
                id: id.clone(),
                line: number,
                index,
                snippet: d,
                reason: None,
                context,
            });
        }
    }
    Ok(Doc {
        lang,
        page_type,
        task,
        counts,
        lost,
        left,
        reasons,
    })
}
