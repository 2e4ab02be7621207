//! Words and tokens as defined by Unicode's word boundaries (UAX #29), as slices of the text.
//!
//! - [`words`] yields the word-like segments: every segment between two word boundaries that
//!   holds at least one letter or number (a character that is Alphabetic or of General_Category
//!   N). This is exactly what `unicode-segmentation`'s `unicode_words` yields for the same
//!   Unicode version.
//! - [`tokenize`] yields every segment, each as a [`Token`] with its byte offset and a
//!   [`TokenKind`], so the tokens rebuild the input exactly.
//! - [`Tokenizer`] adds protected tokens that are never split: URLs, e-mail addresses,
//!   `@handles`, `#hashtags` and terms of your own such as `C++` or `U.S.`.
//! - [`tokenize_bytes`] tokenizes a [`bytes::Bytes`] buffer into zero-copy slices of it, and
//!   accepts invalid UTF-8.
//!
//! The property tables follow Unicode 15.0.0 (see `scripts/gen_word_tables.py`); the whole of
//! that version's `WordBreakTest.txt` passes.
//!
//! Most text is segmented by an ASCII fast path that scans runs of letters, digits and spaces
//! with a 256-entry byte table; the general state machine, which implements every rule of
//! UAX #29 over a two-level property table, runs only for segments with non-ASCII characters.
//!
//! # Example: words
//!
//! ```
//! let text = "The U.S. economy grew 3.5% in 2023—didn't it? 👍🏽";
//! let words: Vec<&str> = deboil::words(text).collect();
//! assert_eq!(words, ["The", "U.S", "economy", "grew", "3.5", "in", "2023", "didn't", "it"]);
//! ```
//!
//! # Example: tokens with offsets and kinds
//!
//! ```
//! use deboil::TokenKind;
//!
//! let text = "Costs rose 1,200 €, a lot 🙂.";
//! let tokens: Vec<_> = deboil::tokenize(text).collect();
//! let kinds: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (t.text, t.kind)).collect();
//! assert_eq!(kinds, [
//!     ("Costs", TokenKind::Word), (" ", TokenKind::Whitespace),
//!     ("rose", TokenKind::Word), (" ", TokenKind::Whitespace),
//!     ("1,200", TokenKind::Number), (" ", TokenKind::Whitespace),
//!     ("€", TokenKind::Symbol), (",", TokenKind::Punctuation), (" ", TokenKind::Whitespace),
//!     ("a", TokenKind::Word), (" ", TokenKind::Whitespace),
//!     ("lot", TokenKind::Word), (" ", TokenKind::Whitespace),
//!     ("🙂", TokenKind::Emoji), (".", TokenKind::Punctuation),
//! ]);
//! // Offsets point into the text, and the tokens rebuild it.
//! assert_eq!(&text[tokens[4].start..tokens[4].end()], "1,200");
//! assert_eq!(tokens.iter().map(|t| t.text).collect::<String>(), text);
//! ```
//!
//! # Example: protected tokens
//!
//! ```
//! use deboil::{Tokenizer, TokenKind};
//!
//! let tok = Tokenizer::builder()
//!     .protect(["C++", "U.S."])
//!     .urls(true)
//!     .emails(true)
//!     .handles(true)
//!     .hashtags(true)
//!     .build();
//! let text = "Ask @jane_doe (jane@example.com) about C++ in the U.S. at https://example.com/a?b=1. #cpp";
//! let kept: Vec<(&str, TokenKind)> = tok
//!     .tokenize(text)
//!     .filter(|t| t.kind.is_protected())
//!     .map(|t| (t.text, t.kind))
//!     .collect();
//! assert_eq!(kept, [
//!     ("@jane_doe", TokenKind::Handle),
//!     ("jane@example.com", TokenKind::Email),
//!     ("C++", TokenKind::Protected),
//!     ("U.S.", TokenKind::Protected),
//!     ("https://example.com/a?b=1", TokenKind::Url),
//!     ("#cpp", TokenKind::Hashtag),
//! ]);
//! ```
//!
//! # Example: bytes, zero-copy
//!
//! ```
//! use bytes::Bytes;
//!
//! let buf = Bytes::from_static(b"caf\xC3\xA9 \xFFok");
//! let toks = deboil::tokenize_bytes(&buf);
//! assert_eq!(toks, [&b"caf\xC3\xA9"[..], b" ", b"\xFF", b"ok"]);
//! // Each token is a view into `buf`, not a copy.
//! assert_eq!(toks[0].as_ptr(), buf.as_ptr());
//! ```

mod protect;
mod segment;
#[rustfmt::skip]
mod tables;

use bytes::Bytes;

pub use self::protect::{Tokenizer, TokenizerBuilder};

/// What a [`Token`] is.
///
/// Segments that hold a letter or a number are [`Word`](TokenKind::Word) or
/// [`Number`](TokenKind::Number); the kind of any other segment comes from its first
/// character. The protected kinds come only from a [`Tokenizer`] that asks for them.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word-like segment with at least one Alphabetic character: `hello`, `don't`, `3rd`,
    /// `U.S`, `東`, `コンピュータ`.
    Word,
    /// A word-like segment whose letters and numbers are all numbers (General_Category N):
    /// `42`, `3.14`, `1,000`, `²`.
    Number,
    /// White space: a run of spaces, a line break (`\r\n` is one token), a tab.
    Whitespace,
    /// Punctuation (General_Category P): `.`, `,`, `—`, `“`, `_`.
    Punctuation,
    /// A symbol (General_Category S) that is not an emoji: `€`, `+`, `°`.
    Symbol,
    /// An emoji or other pictograph (Extended_Pictographic) with its modifiers and joined
    /// sequence, or a pair of regional indicators (a flag): `👍🏽`, `👩‍👩‍👧`, `🇫🇷`, `©`.
    Emoji,
    /// A URL (protected): `https://example.com/path`, `www.example.com`.
    Url,
    /// An e-mail address (protected): `jane@example.com`.
    Email,
    /// An `@handle` (protected).
    Handle,
    /// A `#hashtag` (protected).
    Hashtag,
    /// One of the terms given to [`TokenizerBuilder::protect`].
    Protected,
    /// Anything else: control characters, unassigned code points, a combining mark with
    /// nothing to attach to, and (from [`tokenize_bytes`]) invalid UTF-8.
    Other,
}

impl TokenKind {
    /// `true` for [`Word`](TokenKind::Word) and [`Number`](TokenKind::Number): the segments
    /// that [`words`] yields.
    #[inline]
    pub fn is_word_like(self) -> bool {
        matches!(self, TokenKind::Word | TokenKind::Number)
    }

    /// `true` for the kinds that only a [`Tokenizer`] with protection produces: URL,
    /// e-mail, handle, hashtag and user terms.
    #[inline]
    pub fn is_protected(self) -> bool {
        matches!(
            self,
            TokenKind::Url
                | TokenKind::Email
                | TokenKind::Handle
                | TokenKind::Hashtag
                | TokenKind::Protected
        )
    }
}

/// A segment of the text between two word boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    /// The token: a slice of the input.
    pub text: &'a str,
    /// Byte offset of the token in the input.
    pub start: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// Byte offset just past the token in the input.
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Byte range of the token in the input.
    #[inline]
    pub fn range(&self) -> core::ops::Range<usize> {
        self.start..self.end()
    }
}

/// Iterator over the word-like segments of a text; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let b = self.text.as_bytes();
        while self.pos < b.len() {
            let start = self.pos;
            let (end, kind) = segment::next_token(b, start);
            self.pos = end;
            if kind.is_word_like() {
                return Some(&self.text[start..end]);
            }
        }
        None
    }
}

impl core::iter::FusedIterator for Words<'_> {}

/// The words of `text`: the segments between UAX #29 word boundaries that hold at least one
/// letter or number, as slices of `text`.
///
/// This yields exactly what `unicode_segmentation::UnicodeSegmentation::unicode_words` yields
/// (Unicode 15.0). For offsets and the other segments, use [`tokenize`].
///
/// ```
/// let w: Vec<&str> = deboil::words("Hello, world! It's 9:30 — שלום").collect();
/// assert_eq!(w, ["Hello", "world", "It's", "9", "30", "שלום"]);
/// ```
#[inline]
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator over the tokens of a text; see [`tokenize`] and [`Tokenizer::tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    /// Protected spans `(start, end, kind)`, sorted and disjoint; `next` indexes the first
    /// one not yet reached.
    spans: Vec<(usize, usize, TokenKind)>,
    next: usize,
}

impl<'a> Tokens<'a> {
    fn plain(text: &'a str) -> Self {
        Tokens {
            text,
            pos: 0,
            spans: Vec::new(),
            next: 0,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let mut b = self.text.as_bytes();
        if let Some(&(s, e, kind)) = self.spans.get(self.next) {
            if s == start {
                self.next += 1;
                self.pos = e;
                return Some(Token {
                    text: &self.text[s..e],
                    start,
                    kind,
                });
            }
            b = &b[..s];
        }
        if start >= b.len() {
            return None;
        }
        let (end, kind) = segment::next_token(b, start);
        self.pos = end;
        Some(Token {
            text: &self.text[start..end],
            start,
            kind,
        })
    }
}

impl core::iter::FusedIterator for Tokens<'_> {}

/// Every segment of `text` between UAX #29 word boundaries, with its offset and kind.
///
/// The tokens tile the text: concatenated, they give it back. Nothing is protected; for URLs,
/// e-mail addresses and your own terms, see [`Tokenizer`].
///
/// ```
/// use deboil::TokenKind;
/// let t: Vec<_> = deboil::tokenize("Hi\r\n42").map(|t| (t.start, t.text, t.kind)).collect();
/// assert_eq!(t, [
///     (0, "Hi", TokenKind::Word),
///     (2, "\r\n", TokenKind::Whitespace),
///     (4, "42", TokenKind::Number),
/// ]);
/// ```
#[inline]
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens::plain(text)
}

/// Tokenizes a byte buffer into zero-copy slices of it ([`Bytes::slice_ref`]).
///
/// Same tokens as [`tokenize`] for valid UTF-8. Invalid UTF-8 never panics; the policy:
/// the buffer is split into valid runs and invalid sequences as [`<[u8]>::utf8_chunks`]
/// does (the same places where lossy decoding would put U+FFFD). Each invalid sequence (one
/// to three bytes) is a token of its own (kind [`TokenKind::Other`]), and each valid run is
/// tokenized on its own, so an invalid sequence is also a word boundary on both sides.
///
/// ```
/// use bytes::Bytes;
/// let buf = Bytes::from_static(b"a\xF0\x9F b");
/// let toks = deboil::tokenize_bytes(&buf);
/// assert_eq!(toks, [&b"a"[..], b"\xF0\x9F", b" ", b"b"]);
/// ```
pub fn tokenize_bytes(buf: &Bytes) -> Vec<Bytes> {
    Tokenizer::default().tokenize_bytes(buf)
}

/// Calls `f` for each token of `buf`, given as (byte range, kind), following the policy of
/// [`tokenize_bytes`].
pub(crate) fn for_each_byte_token(
    tokenizer: &Tokenizer,
    buf: &[u8],
    mut f: impl FnMut(core::ops::Range<usize>, TokenKind),
) {
    let mut offset = 0;
    for chunk in buf.utf8_chunks() {
        let valid = chunk.valid();
        for t in tokenizer.tokenize(valid) {
            f(offset + t.start..offset + t.end(), t.kind);
        }
        offset += valid.len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            f(offset..offset + invalid.len(), TokenKind::Other);
            offset += invalid.len();
        }
    }
}

/// Test hooks; not public API.
impl Tokenizer {
    /// The tokens of `text` from the general state machine alone (no ASCII fast path).
    #[doc(hidden)]
    pub fn __general_path_tokens(text: &str) -> Vec<Token<'_>> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < b.len() {
            let (end, kind) = segment::general_token(b, pos);
            out.push(Token {
                text: &text[pos..end],
                start: pos,
                kind,
            });
            pos = end;
        }
        out
    }

    /// Unicode version of the property tables, as (major, minor, update).
    #[doc(hidden)]
    pub fn __unicode_version() -> (u8, u8, u8) {
        tables::UNICODE_VERSION
    }

    /// The Word_Break property value of `c`, by its long name.
    #[doc(hidden)]
    pub fn __word_break(c: char) -> &'static str {
        const NAMES: [&str; 19] = [
            "Other",
            "CR",
            "LF",
            "Newline",
            "Extend",
            "ZWJ",
            "Regional_Indicator",
            "Format",
            "Katakana",
            "Hebrew_Letter",
            "ALetter",
            "Single_Quote",
            "Double_Quote",
            "MidNumLet",
            "MidLetter",
            "MidNum",
            "Numeric",
            "ExtendNumLet",
            "WSegSpace",
        ];
        NAMES[segment::word_break(c) as usize]
    }

    /// Whether `c` is Extended_Pictographic.
    #[doc(hidden)]
    pub fn __is_extended_pictographic(c: char) -> bool {
        segment::is_extended_pictographic(c)
    }

    /// Whether `c` makes a segment word-like (Alphabetic or General_Category N).
    #[doc(hidden)]
    pub fn __is_alphanumeric(c: char) -> bool {
        segment::is_alphanumeric(c)
    }
}

#[cfg(test)]
mod tests;
