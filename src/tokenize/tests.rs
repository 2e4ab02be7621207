use super::*;

fn all() -> Tokenizer {
    Tokenizer::builder()
        .protect(["C++", "U.S.", "AT&T"])
        .urls(true)
        .emails(true)
        .handles(true)
        .hashtags(true)
        .build()
}

fn protected(tok: &Tokenizer, text: &str) -> Vec<(String, TokenKind)> {
    tok.tokenize(text)
        .filter(|t| t.kind.is_protected())
        .map(|t| (t.text.to_owned(), t.kind))
        .collect()
}

fn texts(tok: &Tokenizer, text: &str) -> Vec<String> {
    tok.tokenize(text).map(|t| t.text.to_owned()).collect()
}

#[test]
fn tokenize_kinds() {
    let k: Vec<_> = tokenize("a_b __ 12.5 ½ 👩‍👩‍👧 🇫🇷 € ‘x’ \t")
        .map(|t| (t.text, t.kind))
        .collect();
    assert_eq!(
        k,
        [
            ("a_b", TokenKind::Word),
            (" ", TokenKind::Whitespace),
            ("__", TokenKind::Punctuation),
            (" ", TokenKind::Whitespace),
            ("12.5", TokenKind::Number),
            (" ", TokenKind::Whitespace),
            ("½", TokenKind::Number),
            (" ", TokenKind::Whitespace),
            ("👩‍👩‍👧", TokenKind::Emoji),
            (" ", TokenKind::Whitespace),
            ("🇫🇷", TokenKind::Emoji),
            (" ", TokenKind::Whitespace),
            ("€", TokenKind::Symbol),
            (" ", TokenKind::Whitespace),
            ("‘", TokenKind::Punctuation),
            ("x", TokenKind::Word),
            ("’", TokenKind::Punctuation),
            (" ", TokenKind::Whitespace),
            ("\t", TokenKind::Whitespace),
        ]
    );
}

#[test]
fn fast_path_matches_general_path_on_ascii() {
    let text = "It's 9:30 a.m. on 1,000.5 days; e.g. x_1 \"q\" \r\n\r tabs\there";
    assert_eq!(
        tokenize(text).collect::<Vec<_>>(),
        Tokenizer::__general_path_tokens(text)
    );
}

#[test]
fn urls() {
    let tok = all();
    assert_eq!(
        protected(
            &tok,
            "Go to https://example.com/a_(b)?q=1&r=2#frag, or (www.example.org/x)."
        ),
        [
            ("https://example.com/a_(b)?q=1&r=2#frag".to_owned(), TokenKind::Url),
            ("www.example.org/x".to_owned(), TokenKind::Url),
        ]
    );
    assert_eq!(
        protected(&tok, "“HTTP://EXAMPLE.COM/Ü”"),
        [("HTTP://EXAMPLE.COM/Ü".to_owned(), TokenKind::Url)]
    );
    // Not URLs: no host, or glued to a word.
    assert!(protected(&tok, "http:// and xwww.a.com").is_empty());
    assert_eq!(texts(&tok, "see http://a.b."), ["see", " ", "http://a.b", "."]);
}

#[test]
fn emails_and_handles() {
    let tok = all();
    assert_eq!(
        protected(&tok, "Mail jane.doe+news@mail.example.co.uk or @jane_doe!"),
        [
            ("jane.doe+news@mail.example.co.uk".to_owned(), TokenKind::Email),
            ("@jane_doe".to_owned(), TokenKind::Handle),
        ]
    );
    // No TLD: not an e-mail; glued @: not a handle.
    assert!(protected(&tok, "a@b and x@y.1 and foo@bar").is_empty());
    let only_handles = Tokenizer::builder().handles(true).build();
    assert_eq!(
        protected(&only_handles, "me@example.com @you"),
        [("@you".to_owned(), TokenKind::Handle)]
    );
}

#[test]
fn hashtags() {
    let tok = all();
    assert_eq!(
        protected(&tok, "#Rust2024 #1 &#39; a#b #日本語 #"),
        [
            ("#Rust2024".to_owned(), TokenKind::Hashtag),
            ("#日本語".to_owned(), TokenKind::Hashtag),
        ]
    );
}

#[test]
fn user_terms() {
    let tok = all();
    assert_eq!(
        texts(&tok, "C++ and C++11, AT&T in the U.S.; AU.S. USA"),
        [
            "C++", " ", "and", " ", "C++", "11", ",", " ", "AT&T", " ", "in", " ", "the", " ", "U.S.", ";", " ",
            "AU.S", ".", " ", "USA"
        ]
    );
    // Overlaps: earliest start wins, then the longest.
    let tok = Tokenizer::builder().protect(["ab", "abc", "bcd"]).build();
    assert_eq!(texts(&tok, "abcd abcx"), ["abcd", " ", "abcx"]);
    let tok = Tokenizer::builder().protect(["ab", "abc", "bcd"]).build();
    assert_eq!(texts(&tok, "abc bcd"), ["abc", " ", "bcd"]);
}

#[test]
fn terms_and_urls_overlap() {
    let tok = Tokenizer::builder().protect(["example"]).urls(true).build();
    assert_eq!(
        protected(&tok, "example https://example.com example"),
        [
            ("example".to_owned(), TokenKind::Protected),
            ("https://example.com".to_owned(), TokenKind::Url),
            ("example".to_owned(), TokenKind::Protected),
        ]
    );
}

#[test]
fn default_tokenizer_is_plain() {
    let text = "see https://a.com @x #y";
    let a: Vec<_> = Tokenizer::default().tokenize(text).collect();
    let b: Vec<_> = tokenize(text).collect();
    assert_eq!(a, b);
}

#[test]
fn bytes_policy() {
    let buf = Bytes::from_static(b"\xE2\x82 ok\xC3\xA9\xED\xA0\x80!\xFF\xFE");
    let toks = tokenize_bytes(&buf);
    let want: Vec<&[u8]> = vec![
        b"\xE2\x82",
        b" ",
        b"ok\xC3\xA9",
        b"\xED",
        b"\xA0",
        b"\x80",
        b"!",
        b"\xFF",
        b"\xFE",
    ];
    assert_eq!(toks, want);
    let kinds: Vec<TokenKind> = Tokenizer::default()
        .tokenize_bytes_with_kinds(&buf)
        .into_iter()
        .map(|(_, k)| k)
        .collect();
    assert_eq!(kinds[0], TokenKind::Other);
    assert_eq!(kinds[2], TokenKind::Word);
    assert!(tokenize_bytes(&Bytes::new()).is_empty());
}

#[test]
fn pathological_inputs_are_linear() {
    // Many anchors in one long run: each is scanned a bounded number of times.
    let tok = all();
    for unit in [
        "a@",
        "@a",
        "#a",
        "http://",
        "www.a",
        "a.",
        "@@",
        "a\u{200d}",
        ".\u{301}",
    ] {
        let text = unit.repeat(20_000);
        let start = std::time::Instant::now();
        let n: usize = tok.tokenize(&text).map(|t| t.text.len()).sum();
        assert_eq!(n, text.len());
        assert!(start.elapsed().as_secs() < 5, "{unit:?} took {:?}", start.elapsed());
    }
}

#[test]
fn tokenizer_is_send_sync_and_cheap_to_share() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Tokenizer>();
    assert_send_sync::<Token<'static>>();
}

#[test]
fn bounded_word_counts() {
    for text in [
        "",
        "one",
        "don't stop-me now, 3.5 U.S. troops",
        "Grüße aus Köln — 東京 👍🏽 a\u{200d}ℹb",
        "  ___ __a 1_000 ...",
    ] {
        let n = words(text).count();
        assert_eq!(count_words_utf8(text.as_bytes()), n, "{text:?}");
        for cap in 0..n + 2 {
            assert_eq!(
                count_words_bytes_max(text.as_bytes(), cap),
                n.min(cap),
                "{text:?} {cap}"
            );
        }
    }
    // Invalid UTF-8 splits the text into runs counted on their own.
    let raw = b"ab\xffcd \xe2\x80 ef";
    let want = tokenize_bytes(&Bytes::copy_from_slice(raw))
        .iter()
        .filter(|t| std::str::from_utf8(t).is_ok_and(|s| words(s).count() == 1))
        .count();
    assert_eq!(want, 3);
    assert_eq!(count_words_bytes_max(raw, usize::MAX), 3);
    assert_eq!(count_words_bytes_max(raw, 2), 2);
}

/// The word-like segments of `s`, by the general (rule by rule) path; checked against the
/// fast one with `for_each_word_utf8`.
fn utf8_words(s: &str) -> Vec<(usize, usize)> {
    let general: Vec<(usize, usize)> = Tokenizer::__general_path_tokens(s)
        .iter()
        .filter(|t| t.kind.is_word_like())
        .map(|t| (t.start, t.end()))
        .collect();
    let mut fast = Vec::new();
    for_each_word_utf8(s.as_bytes(), |a, b| fast.push((a, b)));
    assert_eq!(fast, general, "{s:?}");
    let mut by_tokens = Vec::new();
    for_each_word_by_tokens(s.as_bytes(), |a, b| by_tokens.push((a, b)));
    assert_eq!(by_tokens, general, "{s:?}");
    general
}

#[test]
fn ascii_words_match_the_general_loop_on_word_break_cases() {
    // Every rule that ASCII can reach, at the ends of the text too.
    for s in [
        "",
        " ",
        "a",
        "_",
        "__",
        "a_",
        "_a",
        "_1",
        "1_",
        "a_b",
        "__a__",
        "a.b",
        "a..b",
        ".a",
        "a.",
        "1.5",
        "1,5",
        "1;5",
        "1:5",
        "a:b",
        "a;b",
        "a,b",
        "a'b",
        "1'5",
        "a'1",
        "1'a",
        "e.g.",
        "U.S.A.",
        "3.14.15",
        "a.b.c.d",
        "x_.y",
        "x._y",
        "don't stop",
        "foo,bar baz",
        "  lead and trail  ",
        "one\ttwo\nthree",
        "$3.50 or 4,000.25!",
        "-1",
        "a-b",
    ] {
        let mut got = Vec::new();
        for_each_word_ascii(s.as_bytes(), |a, b| got.push((a, b)));
        assert_eq!(got, utf8_words(s), "{s:?}");
    }
}

#[test]
fn utf8_words_at_the_edges_of_pieces() {
    // Non-ASCII characters next to ASCII spaces: spaces that join them (WB3d), marks that join
    // a space (WB4), letters and quotes inside ASCII words, at the ends of the text too.
    for s in [
        "für über",
        "\u{3000} \u{93e}",
        "a \u{3000} b",
        "x\u{3000}  ü y",
        "  \u{301}a b",
        " \u{93e}",
        "ab.\u{e9}t\u{e9} 12,5\u{a0}€ l\u{2019}homme",
        "1\u{202f}000 et 2 000",
        "ü",
        "a ü",
        "ü a",
        "«\u{a0}Oui\u{a0}» dit-il",
    ] {
        utf8_words(s);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
    /// On ASCII text the ASCII loop finds the segments of the general one: letters, digits,
    /// `_`, the mid characters of WB6/7 and WB11/12, and the rest of ASCII mixed.
    #[test]
    fn ascii_words_match_the_general_loop(s in "[aZ0_.:',; \t\n!-~]{0,40}") {
        let mut got = Vec::new();
        for_each_word_ascii(s.as_bytes(), |a, b| got.push((a, b)));
        let want = utf8_words(&s);
        for cap in [0, 1, 2, 5, usize::MAX] {
            proptest::prop_assert_eq!(count_words_bytes_max(s.as_bytes(), cap), want.len().min(cap));
        }
        proptest::prop_assert_eq!(got, want);
    }
}

/// Text made of pieces that the word scans treat apart: runs of letters and digits of any
/// length (so that words cross the 64-byte blocks of [`blocks`]), the characters that join or
/// part them (`.` `,` `;` `:` `'` `_`), spaces, and `extra`.
fn pieced_text(extra: &'static [&'static str]) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        6 => "[a-zA-Z]{1,12}",
        2 => "[0-9]{1,6}",
        1 => "[a-z0-9]{40,140}",
        4 => proptest::sample::select(&[".", ",", ";", ":", "'", "_", "__"][..]).prop_map(str::to_owned),
        5 => "[ ]{1,3}",
        1 => "[!-/<-@\\[-`{-~\t]",
        2 => proptest::sample::select(if extra.is_empty() { &[" "][..] } else { extra }).prop_map(str::to_owned),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|p| p.concat())
}

/// Non-ASCII characters of European text, and some that the UAX #29 rules treat apart:
/// Extend and Format characters (which join the character before, a space too), a MidNumLet
/// quote, an ExtendNumLet space, spaces that join ASCII spaces (WB3d), ideographs,
/// pictographs, Hebrew and a ZWJ.
const NON_ASCII: &[&str] = &[
    "ü",
    "ß",
    "é",
    "É",
    "à",
    "ç",
    "ø",
    "’",
    "„",
    "“",
    "”",
    "«",
    "»",
    "—",
    "–",
    "…",
    "€",
    "°",
    "½",
    "\u{a0}",
    "\u{202f}",
    "\u{301}",
    "\u{ad}",
    "\u{200d}",
    "東京",
    "👍🏽",
    "α",
    "ש",
    "\u{93e}",
    "\u{2019}s",
    "\u{3000}",
    "\u{2003}",
    "\u{200b}",
    "\u{fe0f}",
    "ª",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(12_000))]
    /// The block scan of ASCII finds the segments of the byte-by-byte scan it replaced.
    #[test]
    fn ascii_blocks_match_the_bytewise_scan(s in pieced_text(&[])) {
        let mut got = Vec::new();
        for_each_word_ascii(s.as_bytes(), |a, b| got.push((a, b)));
        let mut want = Vec::new();
        segment::for_each_word_ascii_bytewise(s.as_bytes(), |a, b| want.push((a, b)));
        proptest::prop_assert_eq!(got, want, "{:?}", s);
    }

    /// The block scan of UTF-8 finds the segments of the token loop, on ASCII text with
    /// non-ASCII characters strewn in.
    #[test]
    fn utf8_blocks_match_the_token_loop(s in pieced_text(NON_ASCII)) {
        let mut got = Vec::new();
        for_each_word_utf8(s.as_bytes(), |a, b| got.push((a, b)));
        let mut want = Vec::new();
        for_each_word_by_tokens(s.as_bytes(), |a, b| want.push((a, b)));
        proptest::prop_assert_eq!(got, want, "{:?}", s);
    }
}
