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

fn is_stopword(w: &[u8]) -> bool {
    if w.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 6];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let lw = &buf[..w.len()];
    stop_table().binary_search(&lw).is_ok()
}

fn stop_table() -> &'static [&'static [u8]] {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Vec<&'static [u8]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut v: Vec<&'static [u8]> = STOP_LIST.split_whitespace().map(str::as_bytes).filter(|w| w.len() <= 6).collect();
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
    let mut last_visible: Option<char> = None;
    let first_visible = l.iter().position(|b| !b.is_ascii_whitespace());
    if let Some(f) = first_visible {
        let rest = &l[f..];
        s.bullet = rest.starts_with(b"- ") || rest.starts_with(b"* ") || rest.starts_with("•".as_bytes());
    }
    let end_word = |s: &mut Stats, ws: usize, we: usize| {
        s.words += 1;
        if is_stopword(&l[ws..we]) {
            s.stops += 1;
        }
    };
    while i < l.len() {
        let b = l[i];
        let (c, n) = if b < 0x80 { (b as char, 1) } else { char_at(l, i).unwrap_or(('\u{fffd}', 1)) };
        let w = c.is_alphanumeric();
        if w {
            s.alnum += 1;
            if c.is_ascii_digit() {
                s.digits += 1;
            }
            if word_start.is_none() {
                word_start = Some(i);
                if c.is_uppercase() {
                    s.caps += 1;
                }
            }
        } else if !(word_start.is_some() && (c == '\'' || c == '’' || c == '-') && l.get(i + n).is_some_and(|x| x.is_ascii_alphanumeric())) {
            if let Some(ws) = word_start.take() {
                end_word(&mut s, ws, i);
            }
            if matches!(c, '.' | ',' | ';' | ':' | '!' | '?') {
                s.punct += 1;
            }
        }
        if !c.is_whitespace() {
            last_visible = Some(c);
            if !crate::text::is_closer(c) {
                s.ends_sentence = is_sentence_end(c);
                s.ends_colon = c == ':';
            }
        }
        i += n;
    }
    if let Some(ws) = word_start {
        end_word(&mut s, ws, l.len());
    }
    let _ = last_visible;
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
