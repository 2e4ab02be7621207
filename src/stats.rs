//! Per-line statistics gathered in one scan of the line's bytes, and the stopword lists
//! they use.

use crate::text::{char_at, is_sentence_end};

/// What one scan of a line learns.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Stats {
    pub(crate) words: u32,
    /// Words that start with an uppercase letter.
    pub(crate) caps: u32,
    /// Words that are function words (stopwords) of en, de, fr or es.
    pub(crate) stops: u32,
    /// Letters and digits.
    pub(crate) alnum: u32,
    pub(crate) digits: u32,
    /// Sentence punctuation (. , ; : ! ?) anywhere in the line.
    pub(crate) punct: u32,
    /// The line starts with a list bullet ("- ", "* ", "•").
    pub(crate) bullet: bool,
    /// Last visible char is a sentence end (closers skipped).
    pub(crate) ends_sentence: bool,
    /// Last visible char is a colon.
    pub(crate) ends_colon: bool,
}

/// Function words of English, German, French and Spanish (lowercase), hand-picked
/// high-frequency words. Words over 6 bytes are left out of the table.
const STOP_LIST: &str = "\
a about after all also an and any are as at be been but by can could did do does for from had has have he her his how i if in into is it its just may more most my no not now of on one only or other our out over she so some such than that the their them then there these they this those to up us was we were what when which who will with would you your \
aber als am an auch auf aus bei bin bis da das dass dem den der des die dies doch du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch nur oder sich sie sind so über um und uns vom von vor war was wenn wie wir wird zu zum zur \
au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais me même ne nous on ont ou par pas plus pour qu que qui sa se ses son sont sur ta te tu un une vous été être \
al como con cual del desde donde el ella ellos en era es esta este fue ha han hay la las lo los más mi muy no nos o para pero por que se sin sobre su sus también te un una uno y ya";

/// Packs a word of at most 8 bytes, ASCII-lowercased, into a `u64` (zero-padded). Words are
/// compared as integers, so a lookup is a binary search over a few hundred `u64`s.
#[inline]
fn pack(w: &[u8]) -> u64 {
    let mut x = 0u64;
    for (i, b) in w.iter().enumerate() {
        x |= (b.to_ascii_lowercase() as u64) << (8 * i);
    }
    x
}

#[inline]
fn is_stopword(w: &[u8]) -> bool {
    if w.len() > 6 {
        return false;
    }
    stop_table().binary_search(&pack(w)).is_ok()
}

fn stop_table() -> &'static [u64] {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Vec<u64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut v: Vec<u64> = STOP_LIST
            .split_whitespace()
            .map(str::as_bytes)
            .filter(|w| w.len() <= 6)
            .map(pack)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Scans one line.
pub(crate) fn scan(l: &[u8]) -> Stats {
    let mut s = Stats::default();
    let mut i = 0;
    let mut word_start: Option<usize> = None;
    if let Some(f) = l.iter().position(|b| !b.is_ascii_whitespace()) {
        let rest = &l[f..];
        s.bullet = rest.starts_with(b"- ") || rest.starts_with(b"* ") || rest.starts_with("•".as_bytes());
    }
    let end_word = |s: &mut Stats, ws: usize, we: usize| {
        s.words += 1;
        if is_stopword(&l[ws..we]) {
            s.stops += 1;
        }
    };
    let joins = |i: usize, n: usize| l.get(i + n).is_some_and(u8::is_ascii_alphanumeric);
    while i < l.len() {
        let b = l[i];
        if b < 0x80 {
            // ASCII fast path.
            if b.is_ascii_alphanumeric() {
                s.alnum += 1;
                if b.is_ascii_digit() {
                    s.digits += 1;
                }
                if word_start.is_none() {
                    word_start = Some(i);
                    s.caps += b.is_ascii_uppercase() as u32;
                }
            } else if !(word_start.is_some() && (b == b'\'' || b == b'-') && joins(i, 1)) {
                if let Some(ws) = word_start.take() {
                    end_word(&mut s, ws, i);
                }
                s.punct += matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?') as u32;
            }
            i += 1;
            continue;
        }
        let (c, n) = char_at(l, i).unwrap_or(('\u{fffd}', 1));
        if c.is_alphanumeric() {
            s.alnum += 1;
            if word_start.is_none() {
                word_start = Some(i);
                s.caps += c.is_uppercase() as u32;
            }
        } else if !(word_start.is_some() && c == '’' && joins(i, n)) {
            if let Some(ws) = word_start.take() {
                end_word(&mut s, ws, i);
            }
        }
        i += n;
    }
    if let Some(ws) = word_start {
        end_word(&mut s, ws, l.len());
    }
    // The last visible char, closers skipped.
    let mut j = l.len();
    while let Some((c, n)) = crate::text::char_before(l, j) {
        if c.is_whitespace() || crate::text::is_closer(c) {
            j -= n;
            continue;
        }
        s.ends_sentence = is_sentence_end(c);
        s.ends_colon = c == ':';
        break;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_counts() {
        let s = scan("- The cat and the Cap, in 2024.".as_bytes());
        assert_eq!(s.words, 7);
        assert_eq!(s.caps, 2);
        assert_eq!(s.stops, 4); // the, and, the, in
        assert!(s.bullet);
        assert!(s.ends_sentence);
        assert_eq!(s.digits, 4);
        let s = scan("Über uns: für die Kunden".as_bytes());
        assert_eq!(s.stops, 3); // uns, für, die
        assert!(!s.ends_sentence);
    }
}
