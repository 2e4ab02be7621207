//! `deboil tokens`: the words or tokens (UAX #29) of plain text or JSON Lines records, or
//! their counts.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use deboil::{TokenKind, Tokenizer};
use serde_json::{Map, Value};

use super::jsonl;
use super::record::{parse_object, text_field, with_fields};
use super::Input;

#[derive(Args, Debug)]
#[command(after_long_help = TOKENS_AFTER_HELP)]
pub struct TokensArgs {
    /// Input files; none or `-` reads standard input. In plain mode each file is one text, read
    /// line by line (every line break is a word boundary, so this changes no token).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Write every token, not only the words: `start<TAB>end<TAB>kind<TAB>text`, with byte
    /// offsets into the file and the text escaped to stay on one line (`\n`, `\r`, `\t`, `\\`,
    /// `\u{..}` for other control characters, `\x..` for bytes that are not UTF-8).
    #[arg(long, conflicts_with = "count")]
    pub all: bool,

    /// Write counts only: words, tokens, and tokens of each kind, as a tab-separated table with
    /// one row per file (and a `total` row for several files).
    #[arg(long)]
    pub count: bool,

    /// Keep URLs (`http://`, `https://`, `www.`) whole, as one token of kind `url`.
    #[arg(long, help_heading = "Protected tokens")]
    pub urls: bool,

    /// Keep e-mail addresses whole (kind `email`).
    #[arg(long, help_heading = "Protected tokens")]
    pub emails: bool,

    /// Keep @handles whole (kind `handle`).
    #[arg(long, help_heading = "Protected tokens")]
    pub handles: bool,

    /// Keep #hashtags whole (kind `hashtag`).
    #[arg(long, help_heading = "Protected tokens")]
    pub hashtags: bool,

    /// Same as --urls --emails --handles --hashtags.
    #[arg(long, help_heading = "Protected tokens")]
    pub web: bool,

    /// Keep the terms of FILE whole (kind `protected`): one term a line, exact and
    /// case-sensitive, such as `C++` or `U.S.`; empty lines are skipped. Repeatable.
    #[arg(long, value_name = "FILE", help_heading = "Protected tokens")]
    pub protect: Vec<PathBuf>,

    /// Read JSON Lines: one JSON object per line, written back with every input field kept and
    /// the words, tokens or counts of its text added. Empty lines are skipped silently.
    #[arg(long, help_heading = "JSON Lines")]
    pub jsonl: bool,

    /// Field that holds the text.
    #[arg(
        long,
        value_name = "NAME",
        default_value = "text",
        requires = "jsonl",
        help_heading = "JSON Lines"
    )]
    pub field: String,

    /// Field to write to (replaced if the record already has it) [default: `tokens`, or
    /// `counts` with --count]. It holds an array of words; with --all an array of
    /// {start, end, kind, text} (byte offsets into the text); with --count an object
    /// {words, tokens, word, number, ...}.
    #[arg(long, value_name = "NAME", requires = "jsonl", help_heading = "JSON Lines")]
    pub out_field: Option<String>,

    #[command(flatten)]
    pub run: super::jsonl::Run,
}

const TOKENS_AFTER_HELP: &str = "\
Words are the segments between Unicode word boundaries (UAX #29) that hold a letter or a
number: `deboil::words`. Tokens are all the segments, so they rebuild the text; each has a
kind: word, number, whitespace, punctuation, symbol, emoji, other, and with protection url,
email, handle, hashtag, protected. Protected tokens count as words.

Examples:
  deboil tokens article.txt                       # one word a line
  deboil tokens --all --web article.txt           # start, end, kind, text of every token
  deboil clean page.txt | deboil tokens --count   # words and tokens of the clean text
  deboil tokens --count a.txt b.txt               # a table: one row per file, and a total
  deboil tokens --jsonl --web -j 4 crawl.jsonl > crawl.tokens.jsonl
  deboil tokens --jsonl --count --field body --skip-bad crawl.jsonl

Plain text is read line by line, so memory follows the longest line; text that is not UTF-8
is tokenized as `deboil::tokenize_bytes` does it (each invalid sequence is a token of kind
other). JSON Lines are read in batches (256 lines or 8 MB), tokenized in parallel and written
in input order; a record's other fields are written back byte for byte. A progress bar is
drawn on stderr when stderr is a terminal.

Exit status: 0 on success, 2 on an error (unreadable file, bad record).";

/// Token kinds in the order of the count columns.
const KINDS: [TokenKind; 12] = [
    TokenKind::Word,
    TokenKind::Number,
    TokenKind::Whitespace,
    TokenKind::Punctuation,
    TokenKind::Symbol,
    TokenKind::Emoji,
    TokenKind::Url,
    TokenKind::Email,
    TokenKind::Handle,
    TokenKind::Hashtag,
    TokenKind::Protected,
    TokenKind::Other,
];

/// Column of a kind in [`KINDS`].
fn column(kind: TokenKind) -> usize {
    match kind {
        TokenKind::Word => 0,
        TokenKind::Number => 1,
        TokenKind::Whitespace => 2,
        TokenKind::Punctuation => 3,
        TokenKind::Symbol => 4,
        TokenKind::Emoji => 5,
        TokenKind::Url => 6,
        TokenKind::Email => 7,
        TokenKind::Handle => 8,
        TokenKind::Hashtag => 9,
        TokenKind::Protected => 10,
        _ => 11,
    }
}

/// A word for `deboil tokens`: word-like or protected.
fn is_word(kind: TokenKind) -> bool {
    kind.is_word_like() || kind.is_protected()
}

/// What is written for each text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Words,
    All,
    Count,
}

/// Token counts of a text.
#[derive(Clone, Debug, Default)]
struct Counts {
    words: u64,
    tokens: u64,
    kinds: [u64; KINDS.len()],
}

impl Counts {
    #[inline]
    fn add(&mut self, kind: TokenKind) {
        self.tokens += 1;
        self.words += u64::from(is_word(kind));
        self.kinds[column(kind)] += 1;
    }

    fn merge(&mut self, other: &Counts) {
        self.words += other.words;
        self.tokens += other.tokens;
        for (a, b) in self.kinds.iter_mut().zip(other.kinds) {
            *a += b;
        }
    }

    fn write_row<W: Write>(&self, out: &mut W, name: &str) -> io::Result<()> {
        write!(out, "{}\t{}\t{}", name, self.words, self.tokens)?;
        for n in self.kinds {
            write!(out, "\t{n}")?;
        }
        writeln!(out)
    }

    fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("words".into(), self.words.into());
        m.insert("tokens".into(), self.tokens.into());
        for (kind, n) in KINDS.iter().zip(self.kinds) {
            m.insert(kind.name().into(), n.into());
        }
        Value::Object(m)
    }
}

pub fn run(args: TokensArgs) -> Result<ExitCode> {
    let tokenizer = build_tokenizer(&args)?;
    let mode = if args.count {
        Mode::Count
    } else if args.all {
        Mode::All
    } else {
        Mode::Words
    };
    let inputs = Input::list(&args.files);
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.jsonl {
        let out_field = args.out_field.clone().unwrap_or_else(|| {
            if mode == Mode::Count {
                "counts".to_string()
            } else {
                "tokens".to_string()
            }
        });
        jsonl::run(&args.run, &inputs, &mut out, |line| {
            tokens_record(line, &args.field, &out_field, mode, &tokenizer)
        })?;
    } else {
        run_plain(&tokenizer, mode, &inputs, &mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The tokenizer the protection options ask for.
fn build_tokenizer(args: &TokensArgs) -> Result<Tokenizer> {
    let mut terms = Vec::new();
    for path in &args.protect {
        let data = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let text = String::from_utf8(data).with_context(|| format!("{} is not UTF-8", path.display()))?;
        terms.extend(text.lines().filter(|t| !t.is_empty()).map(str::to_owned));
    }
    Tokenizer::builder()
        .protect(terms)
        .urls(args.urls || args.web)
        .emails(args.emails || args.web)
        .handles(args.handles || args.web)
        .hashtags(args.hashtags || args.web)
        .try_build()
        .context("cannot compile the protected terms")
}

/// Calls `f(start, end, kind, bytes)` for each token of `buf`, as `tokenize_bytes` splits
/// it: each valid UTF-8 run tokenized on its own, each invalid sequence a token of kind
/// `Other`. Offsets are relative to `buf`.
fn for_each_token<F>(tokenizer: &Tokenizer, buf: &[u8], mut f: F) -> io::Result<()>
where
    F: FnMut(usize, usize, TokenKind, &[u8]) -> io::Result<()>,
{
    let mut offset = 0;
    for chunk in buf.utf8_chunks() {
        let valid = chunk.valid();
        for t in tokenizer.tokenize(valid) {
            f(offset + t.start, offset + t.end(), t.kind, t.text.as_bytes())?;
        }
        offset += valid.len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            f(offset, offset + invalid.len(), TokenKind::Other, invalid)?;
            offset += invalid.len();
        }
    }
    Ok(())
}

/// Writes `text` on one line: `\n`, `\r`, `\t` and `\` escaped with a backslash, other
/// control characters (and U+2028, U+2029) as `\u{..}`, bytes that are not UTF-8 as `\x..`.
fn write_escaped<W: Write>(out: &mut W, bytes: &[u8]) -> io::Result<()> {
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        let mut plain = 0;
        for (i, c) in valid.char_indices() {
            let esc = matches!(c, '\\' | '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') || c.is_control();
            if !esc {
                continue;
            }
            out.write_all(&valid.as_bytes()[plain..i])?;
            match c {
                '\\' => out.write_all(b"\\\\")?,
                '\n' => out.write_all(b"\\n")?,
                '\r' => out.write_all(b"\\r")?,
                '\t' => out.write_all(b"\\t")?,
                _ => write!(out, "\\u{{{:x}}}", c as u32)?,
            }
            plain = i + c.len_utf8();
        }
        out.write_all(&valid.as_bytes()[plain..])?;
        for b in chunk.invalid() {
            write!(out, "\\x{b:02x}")?;
        }
    }
    Ok(())
}

/// Plain text: each input is one text, read line by line.
fn run_plain<W: Write>(tokenizer: &Tokenizer, mode: Mode, inputs: &[Input], out: &mut W) -> Result<()> {
    let bar = super::progress(inputs);
    if mode == Mode::Count {
        write!(out, "input\twords\ttokens")?;
        for kind in KINDS {
            write!(out, "\t{}", kind.name())?;
        }
        writeln!(out)?;
    }
    let mut total = Counts::default();
    let mut line = Vec::new();
    for input in inputs {
        let name = input.name();
        let mut reader = input.open()?;
        let mut counts = Counts::default();
        let mut offset = 0usize;
        let mut unreported = 0u64;
        loop {
            line.clear();
            let n = reader
                .read_until(b'\n', &mut line)
                .with_context(|| format!("cannot read {name}"))?;
            if n == 0 {
                break;
            }
            // A line ends after its `\n`, where UAX #29 always breaks (WB3a), and no protected
            // token holds a line break: the tokens of the lines are the tokens of the text.
            match mode {
                Mode::Words => for_each_token(tokenizer, &line, |_, _, kind, text| {
                    if is_word(kind) {
                        out.write_all(text)?;
                        out.write_all(b"\n")?;
                    }
                    Ok(())
                })?,
                Mode::All => for_each_token(tokenizer, &line, |s, e, kind, text| {
                    write!(out, "{}\t{}\t{}\t", offset + s, offset + e, kind.name())?;
                    write_escaped(out, text)?;
                    out.write_all(b"\n")
                })?,
                Mode::Count => for_each_token(tokenizer, &line, |_, _, kind, _| {
                    counts.add(kind);
                    Ok(())
                })?,
            }
            offset += n;
            unreported += n as u64;
            if unreported >= 1 << 16 {
                bar.inc(unreported);
                unreported = 0;
            }
        }
        bar.inc(unreported);
        if mode == Mode::Count {
            counts.write_row(out, &name)?;
            total.merge(&counts);
        }
    }
    bar.finish_and_clear();
    if mode == Mode::Count && inputs.len() > 1 {
        total.write_row(out, "total")?;
    }
    Ok(())
}

/// One JSON Lines record: the output line, or what is wrong with the record.
fn tokens_record(
    line: &[u8],
    field: &str,
    out_field: &str,
    mode: Mode,
    tokenizer: &Tokenizer,
) -> Result<Vec<u8>, String> {
    let map = parse_object(line)?;
    let value = {
        let text = text_field(&map, field)?;
        match mode {
            Mode::Words => Value::Array(tokenizer.words(text).map(|w| Value::String(w.to_owned())).collect()),
            Mode::All => Value::Array(
                tokenizer
                    .tokenize(text)
                    .map(|t| {
                        let mut m = Map::new();
                        m.insert("start".into(), t.start.into());
                        m.insert("end".into(), t.end().into());
                        m.insert("kind".into(), t.kind.name().into());
                        m.insert("text".into(), t.text.into());
                        Value::Object(m)
                    })
                    .collect(),
            ),
            Mode::Count => {
                let mut counts = Counts::default();
                for t in tokenizer.tokenize(text) {
                    counts.add(t.kind);
                }
                counts.to_json()
            }
        }
    };
    with_fields(line, map, vec![(out_field, value)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(b: &[u8]) -> String {
        let mut out = Vec::new();
        write_escaped(&mut out, b).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_keep_one_line() {
        assert_eq!(escaped(b"a\tb\\c\r\n"), "a\\tb\\\\c\\r\\n");
        assert_eq!(escaped("\u{0}\u{85}\u{2028}é".as_bytes()), "\\u{0}\\u{85}\\u{2028}é");
        assert_eq!(escaped(b"x\xff\xc3"), "x\\xff\\xc3");
    }

    #[test]
    fn kinds_and_columns_agree() {
        for (i, kind) in KINDS.iter().enumerate() {
            assert_eq!(column(*kind), i, "{kind:?}");
        }
    }
}
