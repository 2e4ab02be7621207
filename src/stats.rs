//! Per-line statistics gathered in one scan of the line's bytes, and the stopword lists
//! they use.

use crate::text::{char_at, is_sentence_end};

/// What one scan of a line learns.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Stats {
    /// Words: UAX #29 word-like segments, the ones [`crate::words`] yields.
    pub(crate) words: u32,
    /// Words that start with an uppercase letter.
    pub(crate) caps: u32,
    /// Words that are function words (stopwords) of en, de, fr or es.
    pub(crate) stops: u32,
    /// Letters and numbers (Alphabetic or General_Category N): non-zero exactly when
    /// `words` is.
    pub(crate) alnum: u32,
    /// ASCII digits.
    pub(crate) digits: u32,
    /// Punctuation (. , ; : ! ? and hyphens) anywhere in the line.
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

/// Longest stopword, in bytes; longer words are never looked up.
const STOP_MAX: usize = 6;
/// Slots of the stopword hash table (a power of two, about four times the words).
const STOP_SLOTS: usize = 1024;

/// Packs a word of at most 8 bytes, ASCII-lowercased, into a `u64` (zero-padded), so words
/// compare as integers.
#[inline(always)]
const fn pack(w: &[u8]) -> u64 {
    let mut x = 0u64;
    let mut i = 0;
    while i < w.len() {
        x |= (w[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    x
}

#[inline(always)]
const fn slot(x: u64) -> usize {
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - STOP_SLOTS.trailing_zeros())) as usize
}

const fn is_list_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t')
}

/// The stopwords of [`STOP_LIST`] up to [`STOP_MAX`] bytes, packed, in an open-addressing
/// hash table built at compile time (0 marks an empty slot).
static STOP_TABLE: [u64; STOP_SLOTS] = {
    let list = STOP_LIST.as_bytes();
    let mut table = [0u64; STOP_SLOTS];
    let mut i = 0;
    while i < list.len() {
        while i < list.len() && is_list_space(list[i]) {
            i += 1;
        }
        let start = i;
        while i < list.len() && !is_list_space(list[i]) {
            i += 1;
        }
        let len = i - start;
        if len > 0 && len <= STOP_MAX {
            let (_, tail) = list.split_at(start);
            let (word, _) = tail.split_at(len);
            let x = pack(word);
            let mut h = slot(x);
            while table[h] != 0 && table[h] != x {
                h = (h + 1) % STOP_SLOTS;
            }
            table[h] = x;
        }
    }
    table
};

/// Whether the word `b[s..e]` is a stopword. `b` is the text around it: when eight bytes
/// from `s` are in it, the word is packed from one load rather than byte by byte.
#[inline]
fn is_stopword_at(b: &[u8], s: usize, e: usize) -> bool {
    let len = e - s;
    if len > STOP_MAX {
        return false;
    }
    let x = match b.get(s..s + 8) {
        Some(chunk) => {
            const LSB: u64 = 0x0101_0101_0101_0101;
            const MSB: u64 = 0x8080_8080_8080_8080;
            let x = u64::from_le_bytes(chunk.try_into().unwrap()) & ((1u64 << (8 * len)) - 1);
            // ASCII-lowercase: add 0x20 to the bytes in 'A'..='Z'.
            let y = x & !MSB;
            let ge_a = y.wrapping_add(LSB * (0x80 - b'A') as u64);
            let gt_z = y.wrapping_add(LSB * (0x7F - b'Z') as u64);
            let upper = ge_a & !gt_z & !x & MSB;
            x | (upper >> 2)
        }
        None => pack(&b[s..e]),
    };
    let mut h = slot(x);
    loop {
        let y = STOP_TABLE[h];
        if y == x {
            return true;
        }
        if y == 0 {
            return false;
        }
        h = (h + 1) % STOP_SLOTS;
    }
}

/// Per-byte counts, four 16-bit fields: letters and digits, digits, punctuation (`.,;:!?-`),
/// and lead bytes of non-ASCII characters (whose letters are counted apart).
const ALNUM: u64 = 1;
const DIGIT: u64 = 1 << 16;
const PUNCT: u64 = 1 << 32;
const LEAD: u64 = 1 << 48;

static COUNTS: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            ALNUM | DIGIT
        } else if b.is_ascii_alphabetic() {
            ALNUM
        } else if matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'-') {
            PUNCT
        } else if b >= 0xC0 {
            LEAD
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Counts the letters, digits and sentence punctuation of valid UTF-8 `b` into `s`.
#[inline]
fn count_chars(b: &[u8], s: &mut Stats) {
    let mut leads = 0u32;
    // At most 65535 bytes per pass, so no 16-bit field overflows.
    for part in b.chunks(u16::MAX as usize) {
        let sum = part.iter().fold(0u64, |acc, &x| acc + COUNTS[x as usize]);
        s.alnum += (sum & 0xFFFF) as u32;
        s.digits += ((sum >> 16) & 0xFFFF) as u32;
        s.punct += ((sum >> 32) & 0xFFFF) as u32;
        leads += (sum >> 48) as u32;
    }
    if leads > 0 {
        // Non-ASCII letters and numbers, by the tokenizer's definition (Alphabetic or
        // General_Category N), so that a line has letters exactly when it has words.
        s.alnum += crate::tokenize::count_non_ascii_alphanumeric(b) as u32;
    }
}

/// Counts words (UAX #29 word-like segments, as [`crate::words`] yields them), capitalised
/// words, stopwords, letters, digits and punctuation of valid UTF-8 `b` into `s`.
fn scan_valid(b: &[u8], s: &mut Stats) {
    count_chars(b, s);
    crate::tokenize::for_each_word_utf8(b, |ws, we| {
        s.words += 1;
        let c0 = b[ws];
        s.caps += u32::from(if c0 < 0x80 {
            c0.is_ascii_uppercase()
        } else {
            char_at(b, ws).is_some_and(|(c, _)| c.is_uppercase())
        });
        s.stops += u32::from(is_stopword_at(b, ws, we));
    });
}

/// Scans one line. `utf8` says the whole text is known to be valid UTF-8; otherwise each
/// valid run of the line is scanned on its own and invalid bytes count as nothing, the
/// policy of [`crate::tokenize_bytes`].
pub(crate) fn scan(l: &[u8], utf8: bool) -> Stats {
    let mut s = Stats::default();
    if let Some(f) = l.iter().position(|b| !b.is_ascii_whitespace()) {
        let rest = &l[f..];
        s.bullet = rest.starts_with(b"- ") || rest.starts_with(b"* ") || rest.starts_with("•".as_bytes());
    }
    if utf8 || std::str::from_utf8(l).is_ok() {
        scan_valid(l, &mut s);
    } else {
        for chunk in l.utf8_chunks() {
            scan_valid(chunk.valid().as_bytes(), &mut s);
        }
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
        let s = scan("- The cat and the Cap, in 2024.".as_bytes(), true);
        assert_eq!(s.words, 7);
        assert_eq!(s.caps, 2);
        assert_eq!(s.stops, 4); // the, and, the, in
        assert!(s.bullet);
        assert!(s.ends_sentence);
        assert_eq!(s.digits, 4);
        let s = scan("Über uns: für die Kunden".as_bytes(), true);
        assert_eq!(s.stops, 3); // uns, für, die
                                // Packed from a load (words followed by eight bytes) or byte by byte (near the end).
        let s = scan("THE Cat AND a Dog WAS ÜBER für".as_bytes(), true);
        assert_eq!(s.stops, 5); // THE, AND, a, WAS, für (Ü is not lowercased)
        assert!(!s.ends_sentence);
    }
}
