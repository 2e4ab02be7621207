//! Property tests for the tokenizer: agreement with unicode-segmentation 1.10.1 (same Unicode
//! version), the ASCII fast path against the general path, and the invariants of tokens.

mod common;

use bytes::Bytes;
use common::invariants::known_divergence;
use deboil::{TokenKind, Tokenizer};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Characters that exercise every Word_Break value and most rules.
const INTERESTING: &[char] = &[
    'a',
    'Z',
    'é',
    'ß',
    '0',
    '7',
    '٣',
    '²',
    '½',
    'Ⅻ', // ALetter, Numeric, No, Nl
    '.',
    ',',
    ';',
    ':',
    '\'',
    '"',
    '’',
    '‘',
    '·',
    '․',
    '﹐',
    '﹒',
    '＇',
    '．', // Mid*, quotes
    '_',
    '‿',
    '⁀',
    '＿', // ExtendNumLet
    'א',
    'ש',
    'ל',
    '״',
    '׳', // Hebrew_Letter, Hebrew punctuation
    'ア',
    'カ',
    'ー',
    '゛',
    'ｶ', // Katakana
    '東',
    '京',
    '가',
    'ก', // Other letters
    ' ',
    '\u{3000}',
    '\u{1680}',
    '\u{2000}',
    '\t',
    '\u{a0}', // spaces
    '\r',
    '\n',
    '\u{b}',
    '\u{c}',
    '\u{85}',
    '\u{2028}',
    '\u{2029}', // line breaks
    '\u{301}',
    '\u{308}',
    '\u{94d}',
    '\u{1f3fb}',
    '\u{1f3ff}',
    '\u{fe0f}', // Extend
    '\u{ad}',
    '\u{200e}',
    '\u{2060}',
    '\u{feff}', // Format
    '\u{200d}', // ZWJ
    '\u{1f1e6}',
    '\u{1f1ee}',
    '\u{1f1f9}', // Regional_Indicator
    '👍',
    '👩',
    '👧',
    '❤',
    '©',
    '⛹',
    '🛑',
    '\u{1f9b0}', // Extended_Pictographic
    '€',
    '+',
    '°',
    '—',
    '-',
    '!',
    '?',
    '(',
    ')',
    '@',
    '#',
    '/', // symbols, punctuation
    '\u{0}',
    '\u{7f}',
    '\u{e000}',
    '\u{10ffff}',
    '\u{e0061}', // controls, private use, tags
];

fn interesting_string() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(INTERESTING), 0..24).prop_map(|v| v.into_iter().collect())
}

/// Web-like text: fragments of real-looking content glued by spaces, punctuation or nothing.
fn web_string() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        4 => "[A-Za-z]{1,12}",
        1 => "[A-Z][a-z]{1,8}'(s|t|ll|re)",
        1 => "[0-9]{1,4}([.,][0-9]{1,3}){0,3}",
        1 => "[0-9]{1,2}:[0-9]{2}(am|pm)?",
        1 => "(https?://|www\\.)[a-z]{1,8}\\.(com|org|de)(/[a-z0-9_?=&%.-]{0,12}){0,3}",
        1 => "[a-z.]{1,8}@[a-z]{1,8}\\.[a-z]{2,3}",
        1 => "[@#][A-Za-z0-9_]{1,10}",
        1 => "(👍|👩‍👩‍👧|🏳️‍🌈|👋🏽|🧑🏿‍💻|❤️|©|🇫🇷|🇺🇸🇩🇪|🇦)",
        1 => "[\u{4e00}-\u{4e30}ぁ-んァ-ヶー]{1,6}",
        1 => "[א-ת]{1,4}(״|\"|׳|')?[א-ת]{0,3}",
        1 => "(U\\.S\\.|C\\+\\+|e\\.g\\.|i\\.e\\.|A\\.B\\.C)",
        1 => "[a-zé]{1,4}\u{301}[a-z]{0,3}",
        1 => "[ßäöüçñøåæ]{1,3}[a-z]{0,4}",
        1 => "[\u{430}-\u{44f}]{1,8}",
        1 => "[\u{627}-\u{64a}\u{660}-\u{669}]{1,6}",
        1 => "[\u{900}-\u{97f}]{1,6}",
        1 => "[_-]{1,3}",
    ];
    let sep = prop_oneof![
        8 => Just(" "),
        2 => Just(""),
        1 => Just(", "),
        1 => Just(". "),
        1 => Just("\n"),
        1 => Just("\r\n"),
        1 => Just("  "),
        1 => Just(" — "),
        1 => Just("“"),
        1 => Just("”"),
        1 => Just("’"),
        1 => Just("'"),
        1 => Just("\""),
        1 => Just("("),
        1 => Just(")"),
        1 => Just("."),
        1 => Just(","),
        1 => Just(":"),
        1 => Just("\u{200d}"),
        1 => Just("\u{ad}"),
        1 => Just("\t"),
        1 => Just("\u{a0}"),
        1 => Just("\u{3000}"),
    ];
    prop::collection::vec((fragment, sep), 0..16).prop_map(|parts| {
        let mut s = String::new();
        for (f, sep) in parts {
            s.push_str(&f);
            s.push_str(sep);
        }
        s
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        3 => interesting_string(),
        3 => web_string(),
        1 => "[ -~]{0,64}",
    ]
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    let tokens: Vec<_> = deboil::tokenize(text).collect();
    let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    if !known_divergence(text) {
        // words == unicode_words
        let ours: Vec<&str> = deboil::words(text).collect();
        let theirs: Vec<&str> = text.unicode_words().collect();
        prop_assert_eq!(&ours, &theirs, "words of {:?}", text);
        // tokens == split_word_bounds
        let bounds: Vec<&str> = text.split_word_bounds().collect();
        prop_assert_eq!(&texts, &bounds, "tokens of {:?}", text);
    } else {
        // Still: words are the word-like tokens.
        let ours: Vec<&str> = deboil::words(text).collect();
        let like: Vec<&str> = tokens
            .iter()
            .filter(|t| t.kind.is_word_like())
            .map(|t| t.text)
            .collect();
        prop_assert_eq!(&ours, &like);
    }

    // Tokens rebuild the text, on char boundaries.
    let mut pos = 0;
    for t in &tokens {
        prop_assert_eq!(t.start, pos);
        prop_assert!(!t.text.is_empty());
        prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end()));
        prop_assert_eq!(&text[t.range()], t.text);
        prop_assert_eq!(t.kind.is_word_like(), t.text.chars().any(Tokenizer::__is_alphanumeric));
        pos = t.end();
    }
    prop_assert_eq!(pos, text.len());

    // The ASCII fast path agrees with the general path, kinds included.
    let general = Tokenizer::__general_path_tokens(text);
    prop_assert_eq!(&tokens, &general, "fast vs general path on {:?}", text);

    // A tokenizer with every protection still tiles the text.
    let tok = Tokenizer::builder()
        .protect(["C++", "U.S.", "e.g.", "🇫🇷"])
        .urls(true)
        .emails(true)
        .handles(true)
        .hashtags(true)
        .build();
    let mut pos = 0;
    for t in tok.tokenize(text) {
        prop_assert_eq!(t.start, pos);
        prop_assert!(!t.text.is_empty());
        prop_assert_eq!(&text[t.range()], t.text);
        pos = t.end();
    }
    prop_assert_eq!(pos, text.len());

    // Bytes: same tokens for valid UTF-8, all slices of the buffer.
    let buf = Bytes::copy_from_slice(text.as_bytes());
    let bt = deboil::tokenize_bytes(&buf);
    prop_assert_eq!(bt.len(), texts.len());
    for (b, t) in bt.iter().zip(&texts) {
        prop_assert_eq!(&b[..], t.as_bytes());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(4000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn agrees_with_unicode_segmentation(text in any_text()) {
        check_all(&text)?;
    }

    #[test]
    fn web_like_text(text in web_string()) {
        check_all(&text)?;
    }

    #[test]
    fn long_texts(parts in prop::collection::vec(web_string(), 1..6), ascii in "[ -~\r\n]{0,300}") {
        // Long enough for the 64-byte block path, with its edges anywhere.
        let text: String = parts.concat();
        check_all(&text)?;
        check_all(&ascii)?;
        check_all(&format!("{ascii}{text}{ascii}"))?;
    }

    #[test]
    fn dense_ascii(text in "([a-z0-9_]{0,5}[ .,:;'\"\r\n_]{0,3}){10,60}") {
        check_all(&text)?;
    }

    #[test]
    fn ascii_text_in_non_ascii_context(text in "[ -~]{0,40}", pre in interesting_string(), post in interesting_string()) {
        check_all(&format!("{pre}{text}{post}"))?;
    }

    #[test]
    fn bytes_never_panic_and_rebuild(data in prop::collection::vec(any::<u8>(), 0..64), text in web_string()) {
        // Splice arbitrary bytes into web-like text.
        let mut raw = text.into_bytes();
        let at = raw.len() / 2;
        raw.splice(at..at, data);
        let buf = Bytes::from(raw.clone());
        let tok = Tokenizer::builder().urls(true).emails(true).handles(true).hashtags(true).build();
        for toks in [deboil::tokenize_bytes(&buf), tok.tokenize_bytes(&buf)] {
            let rebuilt: Vec<u8> = toks.iter().flat_map(|b| b.iter().copied()).collect();
            prop_assert_eq!(&rebuilt, &raw);
            let base = buf.as_ptr() as usize;
            let mut pos = 0;
            for b in &toks {
                prop_assert!(!b.is_empty());
                prop_assert_eq!(b.as_ptr() as usize - base, pos, "a zero-copy slice");
                pos += b.len();
            }
        }
        for (b, kind) in tok.tokenize_bytes_with_kinds(&buf) {
            if std::str::from_utf8(&b).is_err() {
                prop_assert_eq!(kind, TokenKind::Other);
                prop_assert!(b.len() <= 3);
            }
        }
    }
}

/// Every code point: word-likeness, and its breaks next to letters, digits, itself, Hebrew,
/// Katakana, regional indicators, ZWJ and spaces, against unicode-segmentation.
#[test]
fn every_code_point_agrees() {
    let mut checked = 0usize;
    let mut bad = Vec::new();
    let mut probe = String::new();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let single = c.to_string();
        if deboil::words(&single).count() != single.unicode_words().count() {
            bad.push(format!("U+{cp:04X}: word-likeness"));
        }
        for (pre, post) in [
            ("a", "a"),
            ("1", "1"),
            ("\u{5d0}", "\u{5d0}"),
            ("\u{30a2}", "\u{30a2}"),
            ("\u{1f1e6}", "\u{1f1e6}"),
            ("\u{200d}", " "),
            (" ", " "),
        ] {
            probe.clear();
            probe.push_str(pre);
            probe.push(c);
            probe.push(c);
            probe.push_str(post);
            let ours: Vec<&str> = deboil::tokenize(&probe).map(|t| t.text).collect();
            let theirs: Vec<&str> = probe.split_word_bounds().collect();
            if ours != theirs && !known_divergence(&probe) {
                bad.push(format!("U+{cp:04X} in {probe:?}: ours {ours:?}, theirs {theirs:?}"));
            }
        }
        checked += 1;
        if bad.len() > 20 {
            break;
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches, first ones:\n{}",
        bad.len(),
        bad.join("\n")
    );
    assert_eq!(checked, 0x110000 - 0x800);
}

/// The cases of `known_divergence`, resolved by UAX #29's rules.
#[test]
fn zwj_before_pictograph_follows_uax29() {
    let t = |s: &str| deboil::tokenize(s).map(|t| t.text.to_owned()).collect::<Vec<_>>();
    // WB6 looks past the ZWJ (WB4) and finds no letter: break before ':'; then WB4, WB3c.
    assert_eq!(t("A:\u{200d}👍"), ["A", ":\u{200d}👍"]);
    assert_eq!(t("1,\u{200d}👍"), ["1", ",\u{200d}👍"]);
    assert_eq!(t("\u{5d0}\"\u{200d}👍"), ["\u{5d0}", "\"\u{200d}👍"]);
    // U+2139 is ALetter: WB3c joins it to the ZWJ, then WB5 joins the letters around it.
    assert_eq!(t("\u{200d}ℹℹ "), ["\u{200d}ℹℹ", " "]);
    assert_eq!(t("a\u{200d}ℹb c"), ["a\u{200d}ℹb", " ", "c"]);
    let w: Vec<&str> = deboil::words("a\u{200d}ℹb c").collect();
    assert_eq!(w, ["a\u{200d}ℹb", "c"]);
}

// ---------------------------------------------------------------- the cleaner's word counts

/// The cleaner's per-line word count (a feature of its line model and the measure of its
/// length thresholds) is `words(line).count()`, and on bytes the word-like tokens of
/// `tokenize_bytes`.
fn check_line_words(text: &str) -> Result<(), TestCaseError> {
    let lines = deboil::Cleaner::debug_line_words(text.as_bytes());
    let mut pos = 0;
    for &(s, e, n) in &lines {
        prop_assert_eq!(s, pos, "lines in order");
        let line = &text[s..e];
        // A run of white lines is one line to the cleaner.
        prop_assert!(!line.contains('\n') || line.bytes().all(|b| b.is_ascii_whitespace()));
        prop_assert_eq!(n as usize, deboil::words(line).count(), "words of line {:?}", line);
        pos = if text[e..].starts_with("\r\n") { e + 2 } else { e + 1 };
    }
    prop_assert!(pos >= text.len());
    Ok(())
}

fn check_line_words_bytes(raw: &[u8]) -> Result<(), TestCaseError> {
    let tok = Tokenizer::default();
    for (s, e, n) in deboil::Cleaner::debug_line_words(raw) {
        let line = Bytes::copy_from_slice(&raw[s..e]);
        let want = tok
            .tokenize_bytes_with_kinds(&line)
            .iter()
            .filter(|(_, k)| k.is_word_like())
            .count();
        prop_assert_eq!(n as usize, want, "words of line {:?}", line);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn cleaner_counts_words_as_words_does(parts in prop::collection::vec(any_text(), 1..5)) {
        check_line_words(&parts.join("\n"))?;
    }

    #[test]
    fn cleaner_counts_web_lines(lines in prop::collection::vec(web_string(), 1..8)) {
        check_line_words(&lines.join("\n"))?;
        check_line_words(&lines.join("\r\n"))?;
    }

    #[test]
    fn cleaner_counts_words_in_bytes(data in prop::collection::vec(any::<u8>(), 0..32), text in web_string()) {
        let mut raw = text.into_bytes();
        let at = raw.len() / 3;
        raw.splice(at..at, data);
        check_line_words_bytes(&raw)?;
    }
}

#[test]
fn cleaner_counts_words_on_the_seeds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        check_line_words(&text).unwrap();
    }
}
