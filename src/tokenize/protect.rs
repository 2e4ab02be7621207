//! Protected tokens: URLs, e-mail addresses, handles, hashtags and user terms.
//!
//! One aho-corasick pass finds the user terms and another the anchors of the web tokens
//! (`http://`, `https://`, `www.`, `@`, `#`); hand-written scanners find where each web token
//! ends. Every scan stops at the first character that cannot belong to the token, and anchors
//! inside a token already found are skipped, so the work is linear in the length of the text.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, BuildError, MatchKind};
use bytes::Bytes;

use super::segment::{is_alphanumeric, is_punctuation, wb, word_break};
use super::{for_each_byte_token, TokenKind, Tokens};

/// A tokenizer with protected tokens; build one with [`Tokenizer::builder`].
///
/// The default tokenizer protects nothing and gives the same tokens as
/// [`tokenize`](crate::tokenize()). Protection turns a span of the text into a single token
/// of its own kind ([`TokenKind::Url`], [`TokenKind::Email`], [`TokenKind::Handle`],
/// [`TokenKind::Hashtag`], [`TokenKind::Protected`]); the text around it is segmented by
/// UAX #29 as if the span were the end and the start of a text.
///
/// A user term is protected only where it does not cut a word in two: a term that starts
/// (ends) with a letter or digit must not have a letter or digit just before (after) it, so
/// `C++` is protected in `C++ code` and `C++11`, but `U.S.` is not in `AU.S.`. When
/// protected spans overlap, the one that starts first wins, then the longer one.
///
/// Build it once and reuse it; it is `Send + Sync`.
///
/// ```
/// use deboil::{Tokenizer, TokenKind};
/// let tok = Tokenizer::builder().protect(["C++"]).hashtags(true).build();
/// let t: Vec<_> = tok.tokenize("C++ #rustlang").map(|t| (t.text, t.kind)).collect();
/// assert_eq!(t, [
///     ("C++", TokenKind::Protected),
///     (" ", TokenKind::Whitespace),
///     ("#rustlang", TokenKind::Hashtag),
/// ]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Tokenizer {
    terms: Option<AhoCorasick>,
    anchors: Option<AhoCorasick>,
    emails: bool,
    handles: bool,
}

/// Builder for a [`Tokenizer`]; everything is off by default.
#[derive(Clone, Debug, Default)]
pub struct TokenizerBuilder {
    terms: Vec<String>,
    urls: bool,
    emails: bool,
    handles: bool,
    hashtags: bool,
}

impl TokenizerBuilder {
    /// Protects these terms (exact, case-sensitive), such as `C++`, `U.S.` or `AT&T`.
    /// May be called more than once; empty terms are ignored.
    pub fn protect<I, S>(mut self, terms: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.terms.extend(
            terms
                .into_iter()
                .map(|s| s.as_ref().to_owned())
                .filter(|s| !s.is_empty()),
        );
        self
    }

    /// Protects URLs that start with `http://`, `https://` (any case) or `www.`. A URL runs to
    /// the next white space or `<`, `>`, `"`, `` ` `` or non-ASCII punctuation, less
    /// trailing `.,;:!?'*` and unbalanced closing brackets.
    pub fn urls(mut self, yes: bool) -> Self {
        self.urls = yes;
        self
    }

    /// Protects e-mail addresses: `local@domain.tld`, with an ASCII local part of letters,
    /// digits and `._%+-`, and a domain of at least two labels whose last one has two or more
    /// letters.
    pub fn emails(mut self, yes: bool) -> Self {
        self.emails = yes;
        self
    }

    /// Protects `@handles`: `@` not preceded by a letter, digit or `_`, followed by ASCII
    /// letters, digits and `_`.
    pub fn handles(mut self, yes: bool) -> Self {
        self.handles = yes;
        self
    }

    /// Protects `#hashtags`: `#` not preceded by a letter, digit, `_`, `&` or `#`, followed by
    /// letters, digits, marks and `_`, at least one of them not a digit.
    pub fn hashtags(mut self, yes: bool) -> Self {
        self.hashtags = yes;
        self
    }

    /// Builds the tokenizer.
    ///
    /// # Panics
    ///
    /// If the protected terms are too many for aho-corasick's automaton (billions of states);
    /// [`try_build`](Self::try_build) returns that error instead.
    pub fn build(self) -> Tokenizer {
        self.try_build().expect("protected terms exceed aho-corasick's limits")
    }

    /// Builds the tokenizer, or says why aho-corasick could not compile the terms.
    pub fn try_build(self) -> Result<Tokenizer, BuildError> {
        let terms = if self.terms.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&self.terms)?,
            )
        };
        let mut anchors: Vec<&str> = Vec::new();
        if self.urls {
            anchors.extend(["https://", "http://", "www."]);
        }
        if self.emails || self.handles {
            anchors.push("@");
        }
        if self.hashtags {
            anchors.push("#");
        }
        let anchors = if anchors.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .ascii_case_insensitive(true)
                    .build(&anchors)?,
            )
        };
        Ok(Tokenizer {
            terms,
            anchors,
            emails: self.emails,
            handles: self.handles,
        })
    }
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

fn is_word_char(c: char) -> bool {
    c == '_' || is_alphanumeric(c)
}

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// End of a URL whose body starts at `from`.
fn url_end(text: &str, from: usize) -> usize {
    let mut end = from;
    for (i, c) in text[from..].char_indices() {
        let stop = if c.is_ascii() {
            c.is_ascii_whitespace() || c.is_ascii_control() || matches!(c, '<' | '>' | '"' | '`')
        } else {
            c.is_whitespace()
                // “ ” « » … — and other punctuation end a URL
                || is_punctuation(c)
        };
        if stop {
            break;
        }
        end = from + i + c.len_utf8();
    }
    // Trim trailing punctuation and unbalanced closing brackets.
    let b = text.as_bytes();
    while end > from {
        let last = b[end - 1];
        let drop = match last {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' => true,
            b')' | b']' | b'}' => {
                let open = match last {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                let body = &b[from..end];
                let opens = body.iter().filter(|&&x| x == open).count();
                let closes = body.iter().filter(|&&x| x == last).count();
                closes > opens
            }
            _ => false,
        };
        if !drop {
            break;
        }
        end -= 1;
    }
    end
}

/// End of a domain name starting at `from` (at least two labels, the last one of two or more
/// letters), or `None`.
fn domain_end(b: &[u8], from: usize) -> Option<usize> {
    let mut end = from;
    while end < b.len() && is_domain_byte(b[end]) {
        end += 1;
    }
    while end > from && matches!(b[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let domain = &b[from..end];
    if domain.is_empty() || !domain[0].is_ascii_alphanumeric() {
        return None;
    }
    let mut labels = 0;
    let mut last: &[u8] = &[];
    for label in domain.split(|&x| x == b'.') {
        if label.is_empty() || label[0] == b'-' || label[label.len() - 1] == b'-' {
            return None;
        }
        labels += 1;
        last = label;
    }
    if labels < 2 || last.len() < 2 || !last.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    Some(end)
}

impl Tokenizer {
    /// A builder with nothing protected.
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// The tokens of `text`: every segment between UAX #29 word boundaries, except that each
    /// protected span is one token of its own kind. The tokens rebuild the text exactly.
    pub fn tokenize<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens::new(text, self.protected_spans(text))
    }

    /// The word-like tokens ([`TokenKind::is_word_like`]) and the protected ones
    /// ([`TokenKind::is_protected`]) of `text`, as slices of it.
    ///
    /// ```
    /// let tok = deboil::Tokenizer::builder().urls(true).build();
    /// let w: Vec<&str> = tok.words("see www.example.com, now").collect();
    /// assert_eq!(w, ["see", "www.example.com", "now"]);
    /// ```
    pub fn words<'a>(&self, text: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.tokenize(text)
            .filter(|t| t.kind.is_word_like() || t.kind.is_protected())
            .map(|t| t.text)
    }

    /// Tokenizes a byte buffer into zero-copy slices of it, with the invalid-UTF-8 policy of
    /// [`tokenize_bytes`](crate::tokenize_bytes). Protected spans are found within each valid
    /// UTF-8 run.
    pub fn tokenize_bytes(&self, buf: &Bytes) -> Vec<Bytes> {
        let mut out = Vec::new();
        for_each_byte_token(self, buf, |r, _| out.push(buf.slice(r)));
        out
    }

    /// Like [`tokenize_bytes`](Self::tokenize_bytes), with each token's kind.
    pub fn tokenize_bytes_with_kinds(&self, buf: &Bytes) -> Vec<(Bytes, TokenKind)> {
        let mut out = Vec::new();
        for_each_byte_token(self, buf, |r, k| out.push((buf.slice(r), k)));
        out
    }

    /// Protected spans `(start, end, kind)` of `text`, sorted and disjoint.
    pub(crate) fn protected_spans(&self, text: &str) -> Vec<(usize, usize, TokenKind)> {
        let mut spans = Vec::new();
        if let Some(ac) = &self.terms {
            for m in ac.find_iter(text) {
                let (s, e) = (m.start(), m.end());
                let first_alnum = char_at(text, s).is_some_and(is_alphanumeric);
                let last_alnum = char_before(text, e).is_some_and(is_alphanumeric);
                let cuts_before = first_alnum && char_before(text, s).is_some_and(is_alphanumeric);
                let cuts_after = last_alnum && char_at(text, e).is_some_and(is_alphanumeric);
                if !cuts_before && !cuts_after {
                    spans.push((s, e, TokenKind::Protected));
                }
            }
        }
        let n_terms = spans.len();
        if let Some(ac) = &self.anchors {
            self.web_spans(ac, text, &mut spans);
        }
        if n_terms > 0 && spans.len() > n_terms {
            spans.sort_unstable_by_key(|&(s, e, _)| (s, core::cmp::Reverse(e)));
            let mut kept = 0;
            let mut last_end = 0;
            for i in 0..spans.len() {
                if spans[i].0 >= last_end {
                    last_end = spans[i].1;
                    spans[kept] = spans[i];
                    kept += 1;
                }
            }
            spans.truncate(kept);
        }
        spans
    }

    fn web_spans(&self, ac: &AhoCorasick, text: &str, spans: &mut Vec<(usize, usize, TokenKind)>) {
        let b = text.as_bytes();
        let mut covered = 0;
        for m in ac.find_iter(text) {
            let at = m.start();
            if at < covered {
                continue;
            }
            let before = char_before(text, at);
            let found = match b[at] {
                b'@' => self.at_sign(text, at, covered),
                b'#' => {
                    if before.is_some_and(|c| is_word_char(c) || c == '&' || c == '#') {
                        None
                    } else {
                        hashtag_end(text, at + 1).map(|e| (at, e, TokenKind::Hashtag))
                    }
                }
                _ => {
                    // http://, https://, www.
                    let is_www = matches!(b[at], b'w' | b'W');
                    let bad_before =
                        before.is_some_and(|c| is_word_char(c) || (is_www && matches!(c, '.' | '/' | '@' | '-')));
                    let body = m.end();
                    let starts_ok =
                        char_at(text, body).is_some_and(is_alphanumeric) || (!is_www && b.get(body) == Some(&b'['));
                    if bad_before || !starts_ok {
                        None
                    } else {
                        let e = url_end(text, body);
                        (e > body).then_some((at, e, TokenKind::Url))
                    }
                }
            };
            if let Some(span) = found {
                covered = span.1;
                spans.push(span);
            }
        }
    }

    /// An e-mail address or a handle around the `@` at `at`.
    fn at_sign(&self, text: &str, at: usize, covered: usize) -> Option<(usize, usize, TokenKind)> {
        let b = text.as_bytes();
        if self.emails {
            let mut s = at;
            while s > covered && is_local_byte(b[s - 1]) {
                s -= 1;
            }
            while s < at && b[s] == b'.' {
                s += 1;
            }
            let word_before = char_before(text, s).is_some_and(|c| is_word_char(c) || c == '@');
            if s < at && !word_before {
                if let Some(e) = domain_end(b, at + 1) {
                    return Some((s, e, TokenKind::Email));
                }
            }
        }
        if self.handles {
            let before = char_before(text, at);
            if before.is_some_and(|c| is_word_char(c) || c == '@') {
                return None;
            }
            let mut e = at + 1;
            while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'_') {
                e += 1;
            }
            if e > at + 1 {
                return Some((at, e, TokenKind::Handle));
            }
        }
        None
    }
}

/// End of a hashtag whose body starts at `from`, or `None`.
fn hashtag_end(text: &str, from: usize) -> Option<usize> {
    let mut end = from;
    let mut has_non_digit = false;
    for (i, c) in text[from..].char_indices() {
        let ok = if c == '_' || is_alphanumeric(c) {
            true
        } else {
            // Marks and joiners inside a word (e.g. viramas), but not at the start.
            end > from && matches!(word_break(c), wb::EXTEND | wb::ZWJ | wb::FORMAT)
        };
        if !ok {
            break;
        }
        has_non_digit |= is_alphanumeric(c) && !c.is_ascii_digit();
        end = from + i + c.len_utf8();
    }
    (end > from && has_non_digit).then_some(end)
}
