//! The invariants deboil keeps on any input, as panicking checks.
//!
//! One source for three users: the cargo-fuzz targets in `fuzz/` (which include this file by
//! path), the proptests, and the replay of saved fuzz finds in `tests/fuzz_finds.rs`. Each
//! check takes the input, runs the public API on it, and panics with a message naming the
//! broken invariant.

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use bytes::Bytes;
use deboil::{Category, Cleaner, Mode, Patterns, Rule, TokenKind, Tokenizer};

/// A fuzz target's body: one raw fuzzer input in, a panic if an invariant breaks.
pub type Target = fn(&[u8]);

/// The fuzz targets by name, each a function of the raw fuzzer input. `fuzz/fuzz_targets/*.rs`
/// call these, and `tests/fuzz_finds.rs` replays saved inputs through them.
pub const TARGETS: &[(&str, Target)] = &[
    ("clean_str", fuzz_clean_str),
    ("clean_bytes", fuzz_clean_bytes),
    ("tokenize", fuzz_tokenize),
    ("words", fuzz_words),
    ("patterns", fuzz_patterns),
    ("jsonl", fuzz_jsonl),
];

/// A cleaner with the built-in packs, one per mode; `pick` chooses one from any byte.
pub fn cleaner(pick: u8) -> &'static Cleaner {
    static C: [OnceLock<Cleaner>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = pick as usize % 3;
    C[i].get_or_init(|| {
        Cleaner::builder()
            .mode(mode(pick))
            .build()
            .expect("built-in packs compile")
    })
}

fn mode(pick: u8) -> Mode {
    match pick % 3 {
        0 => Mode::Balanced,
        1 => Mode::Recall,
        _ => Mode::Precision,
    }
}

/// A tokenizer with every protection on and a few user terms.
pub fn protecting_tokenizer() -> &'static Tokenizer {
    static T: OnceLock<Tokenizer> = OnceLock::new();
    T.get_or_init(|| {
        Tokenizer::builder()
            .protect(["C++", "U.S.", "e.g.", "🇫🇷", "a.m."])
            .urls(true)
            .emails(true)
            .handles(true)
            .hashtags(true)
            .build()
    })
}

/// A mode byte, then arbitrary UTF-8 for `Cleaner::clean`.
pub fn fuzz_clean_str(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    if let Ok(text) = std::str::from_utf8(rest) {
        check_clean_str(cleaner(pick), text);
    }
}

/// A mode byte, then arbitrary bytes for `Cleaner::clean_bytes`.
pub fn fuzz_clean_bytes(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    check_clean_bytes(cleaner(pick), rest);
}

/// Arbitrary bytes for `tokenize_bytes`; when UTF-8, for `tokenize` and a protecting tokenizer.
pub fn fuzz_tokenize(data: &[u8]) {
    check_tokenize_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        check_tokenize(text);
        check_protected_tokenize(protecting_tokenizer(), text);
    }
}

/// Arbitrary UTF-8 for `words` against the reference.
pub fn fuzz_words(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        check_words_reference(text);
    }
}

/// A settings byte (mode, `--explain`), then arbitrary bytes as a JSON Lines input.
pub fn fuzz_jsonl(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    check_jsonl(cleaner(pick), rest, pick & 4 != 0);
}

const KINDS: [&str; 5] = ["line", "prefix", "phrase", "glued", "other"];
const RULES: [Rule; 12] = [
    Rule::Pattern,
    Rule::Separators,
    Rule::Copyright,
    Rule::Dateline,
    Rule::Context,
    Rule::CallToAction,
    Rule::Rating,
    Rule::Counter,
    Rule::AuthorBio,
    Rule::RelatedLinks,
    Rule::Consent,
    Rule::Remnant,
];

/// The `patterns` target's input: pattern-file lines (category and kind picked by index, so
/// most lines parse) and a raw tail, the builder's settings, and a text to clean.
#[derive(Arbitrary, Debug)]
pub struct PatternsInput<'a> {
    lines: Vec<(u8, u8, &'a str)>,
    raw: &'a str,
    /// Built-in packs on when this is a multiple of 16: building them takes most of a run.
    builtin: u8,
    mode: u8,
    categories_off: Vec<u8>,
    rules_off: Vec<u8>,
    pack_off: Option<&'a str>,
    /// The pattern lines from this one on are late (`@late` before it), if there is one.
    late_from: u8,
    text: &'a str,
}

/// Builds a pattern file and a cleaner from [`PatternsInput`]: a bad file is an error that
/// names its line; a good one gives a cleaner that keeps every [`check_clean_str`] invariant.
pub fn fuzz_patterns(data: &[u8]) {
    let Ok(input) = PatternsInput::arbitrary_take_rest(arbitrary::Unstructured::new(data)) else {
        return;
    };
    let mut file = String::new();
    for (i, &(cat, kind, pattern)) in input.lines.iter().enumerate() {
        if i == input.late_from as usize {
            file.push_str("@late\n");
        }
        let cat = Category::ALL[cat as usize % Category::ALL.len()].name();
        file.push_str(&format!("{cat} {} {pattern}\n", KINDS[kind as usize % KINDS.len()]));
    }
    file.push_str(input.raw);
    let patterns = match Patterns::parse(&file) {
        Ok(p) => p,
        Err(e) => {
            assert!(e.line().is_some(), "parse error without a line: {e}");
            return;
        }
    };
    let mut b = Cleaner::builder()
        .builtin_packs(input.builtin % 16 == 0)
        .pack("user", patterns)
        .mode(mode(input.mode));
    for &c in &input.categories_off {
        b = b.disable_category(Category::ALL[c as usize % Category::ALL.len()]);
    }
    for &r in &input.rules_off {
        b = b.disable_rule(RULES[r as usize % RULES.len()]);
    }
    if let Some(p) = input.pack_off {
        b = b.disable_pack(p);
    }
    match b.build() {
        Ok(cleaner) => check_clean_str(&cleaner, input.text),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

/// `Cleaner::clean` on `text`: kept and removed spans tile the input on char boundaries,
/// segments are the input's own memory in order, reasons are complete, the clean text never
/// fuses two words, and the bytes API agrees with the str API.
pub fn check_clean_str(cleaner: &Cleaner, text: &str) {
    let cleaned = cleaner.clean(text);
    // Tiling: kept ranges and removed spans cover 0..len, in order, without gaps or overlaps.
    let mut pieces: Vec<(usize, usize, bool)> = cleaned.kept_ranges().map(|r| (r.start, r.end, true)).collect();
    pieces.extend(cleaned.removed().map(|r| (r.start, r.end, false)));
    pieces.sort_unstable();
    let mut pos = 0;
    let mut last_kept = false;
    for &(s, e, kept) in &pieces {
        assert_eq!(s, pos, "gap or overlap at byte {pos}");
        assert!(e > s, "empty span at byte {s}");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {s}..{e} splits a char"
        );
        assert!(!(kept && last_kept), "two kept ranges touch at byte {s}");
        last_kept = kept;
        pos = e;
    }
    assert_eq!(pos, text.len(), "spans stop short of the end");

    // Segments are slices of the input at their kept ranges.
    let base = text.as_ptr() as usize;
    let ranges: Vec<_> = cleaned.kept_ranges().collect();
    let segments: Vec<&str> = cleaned.segments().collect();
    assert_eq!(segments.len(), ranges.len());
    for (seg, r) in segments.iter().zip(&ranges) {
        assert_eq!(
            seg.as_ptr() as usize - base,
            r.start,
            "segment is not the input's memory"
        );
        assert_eq!(seg.len(), r.len());
    }
    assert_eq!(cleaned.kept_len(), ranges.iter().map(|r| r.len()).sum::<usize>());
    assert_eq!(cleaned.is_untouched(), cleaned.removed_count() == 0);

    // Every cut says why; a pattern cut names its pack and pattern, and nothing else does.
    for r in cleaned.removed() {
        let why = r.reason;
        assert!(!why.to_string().is_empty());
        assert_eq!(why.rule() == Rule::Pattern, why.pattern().is_some(), "{why}");
        assert_eq!(why.pattern().is_some(), why.pack().is_some(), "{why}");
        assert_eq!(why.pattern().is_some(), why.kind().is_some(), "{why}");
    }

    // The clean text never fuses two words: its words are exactly the segments' words, and
    // it is no longer than the kept text plus one separator per join.
    let out = cleaned.to_string();
    let want: Vec<&str> = segments.iter().flat_map(|s| s.split_whitespace()).collect();
    let got: Vec<&str> = out.split_whitespace().collect();
    assert_eq!(got, want, "clean text fuses or splits words");
    assert!(out.len() <= cleaned.kept_len() + segments.len());

    // Bytes in, bytes out: the same parts, the same joined text.
    let buf = Bytes::copy_from_slice(text.as_bytes());
    let parts = cleaner.clean_bytes(&buf);
    let got: Vec<&[u8]> = parts.iter().map(|b| &b[..]).collect();
    let want: Vec<&[u8]> = segments.iter().map(|s| s.as_bytes()).collect();
    assert_eq!(got, want, "clean_bytes differs from clean on UTF-8");
    let mut written = Vec::new();
    cleaner.write_clean_bytes(text.as_bytes(), &mut written).unwrap();
    assert_eq!(written, out.as_bytes(), "write_clean_bytes differs from Display");
}

/// `Cleaner::clean_bytes` on any bytes: the parts are slices of the buffer, in order and
/// disjoint, separated by what was cut; `write_clean_bytes` writes them with separators that
/// keep words apart; on UTF-8 both agree with `clean`.
pub fn check_clean_bytes(cleaner: &Cleaner, data: &[u8]) {
    let buf = Bytes::copy_from_slice(data);
    let parts = cleaner.clean_bytes(&buf);
    let base = buf.as_ptr() as usize;
    let mut last = None;
    for p in &parts {
        assert!(!p.is_empty(), "empty part");
        let at = p.as_ptr() as usize - base;
        assert!(at + p.len() <= buf.len(), "part outside the buffer");
        if let Some(l) = last {
            assert!(at > l, "parts touch or overlap at byte {at}");
        }
        last = Some(at + p.len());
    }
    let mut written = Vec::new();
    cleaner.write_clean_bytes(data, &mut written).unwrap();
    let want: Vec<&[u8]> = parts
        .iter()
        .flat_map(|p| p.split(u8::is_ascii_whitespace))
        .filter(|w| !w.is_empty())
        .collect();
    let got: Vec<&[u8]> = written
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .collect();
    assert_eq!(got, want, "write_clean_bytes fuses or splits words");
    if let Ok(text) = std::str::from_utf8(data) {
        check_clean_str(cleaner, text);
    }
}

/// Cleaning the clean text again cuts no more by pattern: patterns see what earlier cuts left
/// of a line, so a first pass leaves nothing a pattern would take. Shape and context rules
/// are not held to this, as the Cleaner docs explain: they judge a line by its length and its
/// neighbours, which the first pass changes.
pub fn check_idempotent(cleaner: &Cleaner, text: &str) {
    let once = cleaner.clean(text).to_string();
    let again = cleaner.clean(&once);
    let more: Vec<_> = again
        .removed()
        .filter(|r| r.reason.rule() == Rule::Pattern)
        .map(|r| (&once[r.range()], r.reason.to_string()))
        .collect();
    assert!(
        more.is_empty(),
        "second pass cut {more:?} from {once:?} (input {text:?})"
    );
}

/// Where unicode-segmentation 1.10.1 departs from UAX #29 (and deboil follows UAX #29): a
/// ZWJ directly followed by an Extended_Pictographic character (WB3c), when
/// - that character is also ALetter (U+2139, U+24C2, U+1F170, U+1F171, U+1F17E, U+1F17F):
///   unicode-segmentation forgets it is a letter, so it breaks before a following letter
///   (WB5 says no break); or
/// - the last character before the ZWJ that WB4 does not ignore is a MidLetter, MidNum,
///   MidNumLet, Single_Quote or Double_Quote still waiting for its right-hand side (WB6, WB7b,
///   WB12): unicode-segmentation joins it and the pictograph to the word before, where
///   UAX #29 breaks before the punctuation because the character after it is no letter or
///   digit.
pub fn known_divergence(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    for i in 0..chars.len().saturating_sub(1) {
        if chars[i] != '\u{200d}' || !Tokenizer::__is_extended_pictographic(chars[i + 1]) {
            continue;
        }
        if Tokenizer::__word_break(chars[i + 1]) != "Other" {
            return true;
        }
        let before = chars[..i]
            .iter()
            .rev()
            .find(|&&c| !matches!(Tokenizer::__word_break(c), "Extend" | "Format" | "ZWJ"));
        if before.is_some_and(|&c| {
            matches!(
                Tokenizer::__word_break(c),
                "MidLetter" | "MidNum" | "MidNumLet" | "Single_Quote" | "Double_Quote"
            )
        }) {
            return true;
        }
    }
    false
}

/// Tokens of `tokenize` rebuild the text exactly, each non-empty, on char boundaries, with a
/// kind that matches its text; the fast path equals the general path; `tokenize_bytes` gives
/// the same slices; `words` are the word-like tokens.
pub fn check_tokenize(text: &str) {
    let tokens: Vec<_> = deboil::tokenize(text).collect();
    let mut pos = 0;
    for t in &tokens {
        assert_eq!(t.start, pos, "tokens do not rebuild the text");
        assert!(!t.text.is_empty(), "empty token at {pos}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end()));
        assert_eq!(&text[t.range()], t.text);
        assert_eq!(
            t.kind.is_word_like(),
            t.text.chars().any(Tokenizer::__is_alphanumeric),
            "kind {:?} of {:?}",
            t.kind,
            t.text
        );
        assert!(!t.kind.is_protected(), "plain tokenize gave a protected kind");
        check_whitespace_kind(t.kind, t.text);
        pos = t.end();
    }
    assert_eq!(pos, text.len(), "tokens stop short of the end");
    assert_eq!(
        tokens,
        Tokenizer::__general_path_tokens(text),
        "fast path differs from general path"
    );

    let buf = Bytes::copy_from_slice(text.as_bytes());
    let bt = deboil::tokenize_bytes(&buf);
    assert_eq!(bt.len(), tokens.len());
    for (b, t) in bt.iter().zip(&tokens) {
        assert_eq!(&b[..], t.text.as_bytes(), "tokenize_bytes differs from tokenize");
    }

    let words: Vec<&str> = deboil::words(text).collect();
    let like: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind.is_word_like())
        .map(|t| t.text)
        .collect();
    assert_eq!(words, like, "words are not the word-like tokens");
}

/// A whitespace token starts with white space. What follows may be anything UAX #29 joins to
/// it: marks and format characters (WB4, `" \u{202B}"`), and after a ZWJ a pictograph (WB3c,
/// `" \u{200D}👩"`); a token's kind comes from its first character.
fn check_whitespace_kind(kind: TokenKind, text: &str) {
    if kind == TokenKind::Whitespace {
        assert!(text.starts_with(char::is_whitespace), "whitespace token {text:?}");
    }
}

/// `tokenize_bytes` on any bytes: the parts are slices of the buffer that rebuild it.
pub fn check_tokenize_bytes(data: &[u8]) {
    let buf = Bytes::copy_from_slice(data);
    let base = buf.as_ptr() as usize;
    let mut pos = 0;
    for t in deboil::tokenize_bytes(&buf) {
        assert!(!t.is_empty(), "empty token at {pos}");
        assert_eq!(t.as_ptr() as usize - base, pos, "tokens do not rebuild the buffer");
        pos += t.len();
    }
    assert_eq!(pos, data.len(), "tokens stop short of the end");
}

/// `words` equals unicode-segmentation's `unicode_words` (and `tokenize` its word bounds),
/// except where that crate departs from UAX #29; see [`known_divergence`].
pub fn check_words_reference(text: &str) {
    use unicode_segmentation::UnicodeSegmentation;
    if known_divergence(text) {
        return;
    }
    let ours: Vec<&str> = deboil::words(text).collect();
    let theirs: Vec<&str> = text.unicode_words().collect();
    assert_eq!(ours, theirs, "words differ from unicode_words");
    let ours: Vec<&str> = deboil::tokenize(text).map(|t| t.text).collect();
    let theirs: Vec<&str> = text.split_word_bounds().collect();
    assert_eq!(ours, theirs, "tokens differ from split_word_bounds");
}

/// A tokenizer with protection still rebuilds the text, and what it protects comes out whole
/// with a protected kind.
pub fn check_protected_tokenize(tok: &Tokenizer, text: &str) {
    let mut pos = 0;
    for t in tok.tokenize(text) {
        assert_eq!(t.start, pos, "protected tokens do not rebuild the text");
        assert!(!t.text.is_empty(), "empty token at {pos}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end()));
        assert_eq!(&text[t.range()], t.text);
        check_whitespace_kind(t.kind, t.text);
        pos = t.end();
    }
    assert_eq!(pos, text.len(), "protected tokens stop short of the end");
    let words: Vec<&str> = tok.words(text).collect();
    let like: Vec<&str> = tok
        .tokenize(text)
        .filter(|t| t.kind.is_word_like() || t.kind.is_protected())
        .map(|t| t.text)
        .collect();
    assert_eq!(
        words, like,
        "Tokenizer::words are not its word-like and protected tokens"
    );
}

/// The JSON Lines path of `deboil clean --jsonl`: every non-blank input line becomes exactly
/// one result, in order; a good record comes back as an object with every input field and the
/// clean text; a bad one as a message.
pub fn check_jsonl(cleaner: &Cleaner, data: &[u8], explain: bool) {
    use super::lines::Batches;
    use super::record::{clean_record, JsonlOpts};
    use serde_json::Value;

    let opts = JsonlOpts {
        field: "text",
        out_field: "clean",
        explain: explain.then_some("removed"),
    };
    let mut batches = Batches::new(data);
    let mut numbers = Vec::new();
    let mut consumed = 0;
    loop {
        let (batch, n) = batches.next_batch().unwrap();
        consumed += n;
        if batch.is_empty() {
            break;
        }
        for line in batch {
            numbers.push(line.number);
            let Ok(out) = clean_record(&line.bytes, &opts, cleaner) else {
                continue;
            };
            let input: serde_json::Map<String, Value> =
                serde_json::from_slice(&line.bytes).expect("a record that cleaned is valid JSON");
            let output: Value = serde_json::from_slice(&out).expect("output record is not valid JSON");
            assert!(!out.contains(&b'\n'), "output record holds a newline");
            let Value::Object(output) = output else {
                panic!("output record is not an object")
            };
            let text = input["text"].as_str().expect("field text is a string");
            let clean = output["clean"].as_str().expect("clean field is a string");
            assert_eq!(
                clean,
                cleaner.clean(text).to_string(),
                "clean field is not the clean text"
            );
            for (k, v) in &input {
                if k != "clean" && !(explain && k == "removed") {
                    assert_eq!(output.get(k), Some(v), "field {k:?} changed");
                }
            }
            if explain {
                let removed = output["removed"].as_array().expect("removed is an array");
                assert_eq!(removed.len(), cleaner.clean(text).removed_count());
            }
        }
    }
    assert_eq!(consumed as usize, data.len(), "reader did not consume the input");
    // One result per non-blank line, numbered as the input numbers its lines.
    let bom = data.starts_with(b"\xEF\xBB\xBF");
    let want: Vec<usize> = data
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|&(i, l)| {
            let l = if i == 0 && bom { &l[3..] } else { l };
            !l.iter().all(u8::is_ascii_whitespace)
        })
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(numbers, want, "records lost, added or renumbered");
}
