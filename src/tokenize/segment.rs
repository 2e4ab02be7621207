//! UAX #29 word segmentation: an ASCII fast path and the general state machine.
//!
//! Both paths answer the same question: given that a word boundary sits at `start`, where is
//! the next one? They treat `bytes.len()` as the end of text. A segment's boundaries depend
//! only on the text from its start onwards (every rule that looks back past a boundary would
//! have prevented that boundary), so segments can be found one after another with no state
//! carried between them.

use super::tables::{BLOCK_SHIFT, STAGE1, STAGE2, SYMBOLS};
use super::TokenKind;

/// Word_Break values, numbered as in `scripts/gen_word_tables.py`.
pub(crate) mod wb {
    #[allow(dead_code)]
    pub(crate) const OTHER: u8 = 0;
    pub(crate) const CR: u8 = 1;
    pub(crate) const LF: u8 = 2;
    pub(crate) const NEWLINE: u8 = 3;
    pub(crate) const EXTEND: u8 = 4;
    pub(crate) const ZWJ: u8 = 5;
    pub(crate) const RI: u8 = 6;
    pub(crate) const FORMAT: u8 = 7;
    pub(crate) const KATAKANA: u8 = 8;
    pub(crate) const HEBREW: u8 = 9;
    pub(crate) const ALETTER: u8 = 10;
    pub(crate) const SQ: u8 = 11;
    pub(crate) const DQ: u8 = 12;
    pub(crate) const MIDNUMLET: u8 = 13;
    pub(crate) const MIDLETTER: u8 = 14;
    pub(crate) const MIDNUM: u8 = 15;
    pub(crate) const NUMERIC: u8 = 16;
    pub(crate) const ENL: u8 = 17;
    pub(crate) const WSEG: u8 = 18;
    /// No character (start or end of text).
    pub(crate) const NONE: u8 = 0xFF;
}

const WB_MASK: u8 = 0x1F;
const EXT_PICT: u8 = 0x20;
const CLASS_SHIFT: u32 = 6;
const CLASS_ALPHA: u8 = 1;
const CLASS_NUMERIC: u8 = 2;
const CLASS_PUNCT: u8 = 3;

/// Segment flags: the segment holds an Alphabetic character.
pub(crate) const HAS_ALPHA: u8 = 1;
/// Segment flags: the segment holds a General_Category N character.
pub(crate) const HAS_NUMERIC: u8 = 2;

/// The property byte of a code point (see the generated tables).
#[inline(always)]
pub(crate) fn props(c: u32) -> u8 {
    let block = STAGE1[(c >> BLOCK_SHIFT) as usize] as usize;
    STAGE2[(block << BLOCK_SHIFT) | (c & ((1 << BLOCK_SHIFT) - 1)) as usize]
}

/// Word_Break value of a code point.
#[inline]
pub(crate) fn word_break(c: char) -> u8 {
    props(c as u32) & WB_MASK
}

/// Alphabetic or General_Category N: what makes a segment "word-like".
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    alnum_flags(props(c as u32)) != 0
}

/// Alphabetic or General_Category N, for a code point.
#[inline]
pub(crate) fn props_alphanumeric(c: u32) -> bool {
    alnum_flags(props(c)) != 0
}

/// Extended_Pictographic.
#[inline]
pub(crate) fn is_extended_pictographic(c: char) -> bool {
    props(c as u32) & EXT_PICT != 0
}

/// General_Category P.
#[inline]
pub(crate) fn is_punctuation(c: char) -> bool {
    props(c as u32) >> CLASS_SHIFT == CLASS_PUNCT
}

#[inline(always)]
fn alnum_flags(p: u8) -> u8 {
    // class 1 -> HAS_ALPHA, class 2 -> HAS_NUMERIC, others -> 0.
    match p >> CLASS_SHIFT {
        CLASS_ALPHA => HAS_ALPHA,
        CLASS_NUMERIC => HAS_NUMERIC,
        _ => 0,
    }
}

fn is_symbol(c: u32) -> bool {
    SYMBOLS
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                core::cmp::Ordering::Less
            } else if lo > c {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Decodes the char starting at `i` of valid UTF-8 (a `&str`'s bytes).
#[inline(always)]
pub(crate) fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let b0 = b[i];
    if b0 < 0x80 {
        (b0 as u32, 1)
    } else if b0 < 0xE0 {
        (((b0 as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        (
            ((b0 as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((b0 as u32 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    }
}

/// The kind of a segment, from its alphanumeric flags and its first character.
fn kind_of(flags: u8, first: u32) -> TokenKind {
    if flags & HAS_ALPHA != 0 {
        return TokenKind::Word;
    }
    if flags & HAS_NUMERIC != 0 {
        return TokenKind::Number;
    }
    let p = props(first);
    let w = p & WB_MASK;
    // No white space character is pictographic or punctuation, so the cheap table checks
    // come first and `char::is_whitespace` (for the few spaces of Word_Break Other: tab,
    // U+00A0, U+2007, U+202F) runs last.
    if p & EXT_PICT != 0 || w == wb::RI {
        TokenKind::Emoji
    } else if p >> CLASS_SHIFT == CLASS_PUNCT {
        TokenKind::Punctuation
    } else if matches!(w, wb::CR | wb::LF | wb::NEWLINE | wb::WSEG)
        || char::from_u32(first).is_some_and(char::is_whitespace)
    {
        TokenKind::Whitespace
    } else if is_symbol(first) {
        TokenKind::Symbol
    } else {
        TokenKind::Other
    }
}

#[inline(always)]
fn is_ah(w: u8) -> bool {
    w == wb::ALETTER || w == wb::HEBREW
}

#[inline(always)]
fn is_mid_letter_q(w: u8) -> bool {
    w == wb::MIDLETTER || w == wb::MIDNUMLET || w == wb::SQ
}

#[inline(always)]
fn is_mid_num_q(w: u8) -> bool {
    w == wb::MIDNUM || w == wb::MIDNUMLET || w == wb::SQ
}

#[inline(always)]
fn is_ignorable(w: u8) -> bool {
    w == wb::EXTEND || w == wb::FORMAT || w == wb::ZWJ
}

/// Word_Break of the first character at or after `i` that WB4 does not ignore.
fn next_effective(b: &[u8], mut i: usize) -> u8 {
    while i < b.len() {
        let (c, len) = decode(b, i);
        let w = props(c) & WB_MASK;
        if !is_ignorable(w) {
            return w;
        }
        i += len;
    }
    wb::NONE
}

/// WB5..WB16 (WB4 already applied): is there no break between `prev` and `cur`?
/// `ri` counts the regional indicators ending at `prev`; `after` is the offset just past `cur`.
#[inline]
fn joins(prev2: u8, prev: u8, cur: u8, ri: usize, b: &[u8], after: usize) -> bool {
    if is_ah(prev) {
        if is_ah(cur) || cur == wb::NUMERIC || cur == wb::ENL {
            return true; // WB5, WB9, WB13a
        }
        if is_mid_letter_q(cur) && is_ah(next_effective(b, after)) {
            return true; // WB6
        }
        if prev == wb::HEBREW {
            if cur == wb::SQ {
                return true; // WB7a
            }
            if cur == wb::DQ && next_effective(b, after) == wb::HEBREW {
                return true; // WB7b
            }
        }
        return false;
    }
    match prev {
        wb::NUMERIC => {
            cur == wb::NUMERIC // WB8
                || is_ah(cur) // WB10
                || cur == wb::ENL // WB13a
                || (is_mid_num_q(cur) && next_effective(b, after) == wb::NUMERIC)
            // WB12
        }
        wb::KATAKANA => cur == wb::KATAKANA || cur == wb::ENL, // WB13, WB13a
        wb::ENL => {
            cur == wb::ENL || is_ah(cur) || cur == wb::NUMERIC || cur == wb::KATAKANA
            // WB13a, WB13b
        }
        wb::RI => cur == wb::RI && ri % 2 == 1, // WB15, WB16
        wb::MIDLETTER | wb::MIDNUMLET | wb::SQ | wb::MIDNUM | wb::DQ => {
            (is_ah(prev2) && is_mid_letter_q(prev) && is_ah(cur)) // WB7
                || (prev2 == wb::HEBREW && prev == wb::DQ && cur == wb::HEBREW) // WB7c
                || (prev2 == wb::NUMERIC && is_mid_num_q(prev) && cur == wb::NUMERIC)
            // WB11
        }
        _ => false,
    }
}

/// What the general loop knows of the characters of a segment before the current one.
#[derive(Clone, Copy, Debug)]
struct State {
    /// Word_Break of the last two characters that WB4 does not ignore.
    prev2: u8,
    prev: u8,
    /// Word_Break of the last character, ignorable or not.
    raw_prev: u8,
    /// Regional indicators ending at `prev`.
    ri: usize,
    /// Alphanumeric flags of the segment so far.
    flags: u8,
}

impl State {
    /// After a character of Word_Break `w` (not ignorable, not a regional indicator) that
    /// follows a boundary or a character of the same run: `prev2` is never read then.
    #[inline(always)]
    fn after(w: u8, flags: u8) -> State {
        State {
            prev2: wb::NONE,
            prev: w,
            raw_prev: w,
            ri: 0,
            flags,
        }
    }
}

/// General path: the end of the segment starting at `start`, and its alphanumeric flags.
pub(crate) fn general_segment(b: &[u8], start: usize) -> (usize, u8) {
    let n = b.len();
    let (c, len) = decode(b, start);
    let p = props(c);
    let flags = alnum_flags(p);
    let mut i = start + len;
    let w0 = p & WB_MASK;
    match w0 {
        wb::CR => {
            if i < n && b[i] == b'\n' {
                i += 1; // WB3
            }
            return (i, flags);
        }
        wb::LF | wb::NEWLINE => return (i, flags), // WB3a
        _ => {}
    }
    let mut st = State::after(w0, flags);
    st.ri = usize::from(w0 == wb::RI);
    general_from(b, i, st)
}

/// The general loop from `i`, the offset of a character inside a segment whose earlier
/// characters left `st`: the end of the segment and its alphanumeric flags.
fn general_from(b: &[u8], mut i: usize, st: State) -> (usize, u8) {
    let n = b.len();
    let State {
        mut prev2,
        mut prev,
        mut raw_prev,
        mut ri,
        mut flags,
    } = st;
    while i < n {
        let (c, len) = decode(b, i);
        let p = props(c);
        let w = p & WB_MASK;
        // The common case first: letters after letters (WB5), digits after digits (WB8),
        // Katakana after Katakana (WB13). None of the rules checked below could say otherwise.
        if (is_ah(prev) && is_ah(w)) || (w == prev && (w == wb::NUMERIC || w == wb::KATAKANA)) {
            flags |= alnum_flags(p);
            prev2 = prev;
            prev = w;
            raw_prev = w;
            ri = 0;
            i += len;
            continue;
        }
        if matches!(w, wb::CR | wb::LF | wb::NEWLINE) {
            break; // WB3b
        }
        if is_ignorable(w) {
            // WB4 (and WB3c for a ZWJ before an Extend that is pictographic).
            flags |= alnum_flags(p);
            raw_prev = w;
            i += len;
            continue;
        }
        let join = (raw_prev == wb::ZWJ && p & EXT_PICT != 0) // WB3c
            || (raw_prev == wb::WSEG && w == wb::WSEG) // WB3d
            || joins(prev2, prev, w, ri, b, i + len);
        if !join {
            break;
        }
        flags |= alnum_flags(p);
        prev2 = prev;
        prev = w;
        raw_prev = w;
        ri = if w == wb::RI { ri + 1 } else { 0 };
        i += len;
    }
    (i, flags)
}

/// General path with the kind of the segment.
pub(crate) fn general_token(b: &[u8], start: usize) -> (usize, TokenKind) {
    let (end, flags) = general_segment(b, start);
    (end, kind_of(flags, decode(b, start).0))
}

/// The fast path scanned an ASCII run `b[start..i]` (letters, digits, `_` and joined
/// MidLetter / MidNum characters, ending with a letter, digit or `_`) and stopped at `i`,
/// where non-ASCII text begins or follows: the general loop takes over from `i` without
/// reading the run again.
#[inline(never)]
fn resume_run(b: &[u8], start: usize, i: usize) -> (usize, TokenKind) {
    let run = &b[start..i];
    let mut flags = 0;
    if run.iter().any(u8::is_ascii_alphabetic) {
        flags |= HAS_ALPHA;
    }
    if run.iter().any(u8::is_ascii_digit) {
        flags |= HAS_NUMERIC;
    }
    let w = props(b[i - 1] as u32) & WB_MASK;
    let (end, flags) = general_from(b, i, State::after(w, flags));
    (end, kind_of(flags, b[start] as u32))
}

/// Like [`resume_run`], after a run of ASCII spaces `b[start..i]` (WSegSpace).
#[inline(never)]
fn resume_spaces(b: &[u8], start: usize, i: usize) -> (usize, TokenKind) {
    let (end, flags) = general_from(b, i, State::after(wb::WSEG, 0));
    (end, kind_of(flags, b[start] as u32))
}

// ---------------------------------------------------------------------------------------
// ASCII fast path.

/// Fast-path byte classes (bit flags).
pub(super) const F_ALPHA: u8 = 1;
pub(super) const F_DIGIT: u8 = 2;
const F_USCORE: u8 = 4;
const F_RUN: u8 = F_ALPHA | F_DIGIT | F_USCORE;
const F_SPACE: u8 = 8;
/// MidLetter or MidNumLetQ: `.` `:` `'`.
const F_MIDL: u8 = 16;
/// MidNum or MidNumLetQ: `.` `,` `;` `'`.
const F_MIDN: u8 = 32;
const F_NONASCII: u8 = 64;

const fn fast_class(b: u8) -> u8 {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => F_ALPHA,
        b'0'..=b'9' => F_DIGIT,
        b'_' => F_USCORE,
        b' ' => F_SPACE,
        b'.' | b'\'' => F_MIDL | F_MIDN,
        b':' => F_MIDL,
        b',' | b';' => F_MIDN,
        0x80..=0xFF => F_NONASCII,
        _ => 0,
    }
}

/// A `const`, not a `static`: every crate that inlines the fast path gets the table as a
/// local constant, read without an indirection.
pub(super) const FAST: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = fast_class(i as u8);
        i += 1;
    }
    t
};

const fn ascii_kind(b: u8) -> TokenKind {
    match b {
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => TokenKind::Whitespace,
        b'a'..=b'z' | b'A'..=b'Z' => TokenKind::Word,
        b'0'..=b'9' => TokenKind::Number,
        b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~' => TokenKind::Symbol,
        b'!'..=b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~' => TokenKind::Punctuation,
        _ => TokenKind::Other,
    }
}

const ASCII_KIND: [TokenKind; 128] = {
    let mut t = [TokenKind::Other; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_kind(i as u8);
        i += 1;
    }
    t
};

pub(super) const LSB: u64 = 0x0101_0101_0101_0101;
pub(super) const MSB: u64 = 0x8080_8080_8080_8080;

/// Per byte of `x` (each below 0x80): high bit set iff `lo <= byte <= hi`.
#[inline(always)]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let ge = x.wrapping_add(LSB * (0x80 - lo) as u64);
    let gt = x.wrapping_add(LSB * (0x7F - hi) as u64);
    ge & !gt & MSB
}

/// `x` (eight bytes) with its ASCII capitals lowercased; other bytes, non-ASCII ones
/// included, are left as they are.
#[inline(always)]
pub(crate) fn ascii_lowercase_u64(x: u64) -> u64 {
    let upper = in_range(x & !MSB, b'A', b'Z') & !x;
    x | (upper >> 2)
}

/// Scans a run of ASCII letters and digits from `i`, eight bytes at a time; returns its end.
/// (`_`, rare in text, is left to the caller.)
#[inline(always)]
fn scan_alnum(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap());
        let y = x & !MSB;
        let members = (in_range(y | (LSB * 0x20), b'a', b'z') | in_range(y, b'0', b'9')) & !x;
        let stop = !members & MSB;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && FAST[b[i] as usize] & (F_ALPHA | F_DIGIT) != 0 {
        i += 1;
    }
    i
}

/// Whether an ASCII mid character of class `mid` joins the characters of classes `before`
/// and `after` into one word: WB6/7 (letter, MidLetter or MidNumLetQ, letter) and WB11/12
/// (digit, MidNum or MidNumLetQ, digit).
#[inline(always)]
pub(super) fn joins_across(mid: u8, before: u8, after: u8) -> bool {
    (mid & F_MIDL != 0 && before & F_ALPHA != 0 && after & F_ALPHA != 0)
        || (mid & F_MIDN != 0 && before & F_DIGIT != 0 && after & F_DIGIT != 0)
}

/// Calls `f` with the start and end of each word-like segment of `b`, which must be ASCII:
/// the segments [`next_token`] finds, without the kinds of the others. Word Break rules on
/// ASCII come down to runs of letters, digits and `_` (WB5, WB8-10, WB13a/b), joined across
/// one `.` `:` `'` between letters (WB6/7) and one `.` `,` `;` `'` between digits (WB11/12); a
/// run is word-like when it holds a letter or a digit.
///
/// The byte-by-byte scan that [`super::blocks`] replaced, kept as the reference its tests
/// compare with.
#[cfg(test)]
pub(crate) fn for_each_word_ascii_bytewise(b: &[u8], mut f: impl FnMut(usize, usize)) {
    debug_assert!(b.is_ascii());
    ascii_words_while(b, |s, e| {
        f(s, e);
        true
    });
}

/// The number of word-like segments of ASCII `b`, or `cap` if there are more: the count
/// stops there.
pub(crate) fn count_words_ascii_max(b: &[u8], cap: usize) -> usize {
    let mut n = 0;
    ascii_words_while(b, |_, _| {
        n += 1;
        n < cap
    });
    n.min(cap)
}

/// [`super::blocks::for_each_word_ascii`] until `f` returns false.
#[inline(always)]
fn ascii_words_while(b: &[u8], mut f: impl FnMut(usize, usize) -> bool) {
    let n = b.len();
    let mut i = 0;
    while i < n {
        if FAST[b[i] as usize] & F_RUN == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut word = false;
        loop {
            let end = scan_alnum(b, i);
            word |= end > i;
            i = end;
            if i >= n {
                break;
            }
            let fc = FAST[b[i] as usize];
            if fc & F_USCORE != 0 {
                i += 1;
                continue;
            }
            if fc & (F_MIDL | F_MIDN) == 0 || i + 1 >= n {
                break;
            }
            if joins_across(fc, FAST[b[i - 1] as usize], FAST[b[i + 1] as usize]) {
                i += 2;
                continue;
            }
            break;
        }
        if word && !f(start, i) {
            return;
        }
    }
}

/// The kind of an ASCII run that does not start with a letter.
#[cold]
fn run_kind(run: &[u8]) -> TokenKind {
    if run.iter().any(u8::is_ascii_alphabetic) {
        TokenKind::Word
    } else if run.iter().any(u8::is_ascii_digit) {
        TokenKind::Number
    } else {
        TokenKind::Punctuation // a run of `_`
    }
}

/// The end and kind of the segment starting at `start`: the ASCII fast path, which hands
/// over to the general loop where non-ASCII text begins.
#[inline(always)]
pub(crate) fn next_token(b: &[u8], start: usize) -> (usize, TokenKind) {
    let n = b.len();
    let c0 = b[start];
    let f0 = FAST[c0 as usize];
    if f0 & F_RUN != 0 {
        let mut i = start;
        loop {
            i = scan_alnum(b, i);
            if i >= n {
                break;
            }
            let f = FAST[b[i] as usize];
            // Most runs end at a space or at punctuation that cannot join.
            if f & (F_USCORE | F_MIDL | F_MIDN | F_NONASCII) == 0 {
                break;
            }
            if f & F_USCORE != 0 {
                i += 1; // WB13a, WB13b
                continue;
            }
            if f & F_NONASCII != 0 {
                return resume_run(b, start, i);
            }
            if i + 1 >= n {
                break;
            }
            // WB6/7 (letter mid letter) and WB11/12 (digit mid digit); `b[i - 1]` is the
            // last character of the run.
            let fnext = FAST[b[i + 1] as usize];
            if fnext & F_NONASCII != 0 {
                return resume_run(b, start, i);
            }
            if joins_across(f, FAST[b[i - 1] as usize], fnext) {
                i += 2;
                continue;
            }
            break;
        }
        let kind = if f0 & F_ALPHA != 0 {
            TokenKind::Word
        } else {
            run_kind(&b[start..i])
        };
        return (i, kind);
    }
    if f0 & F_SPACE != 0 {
        let mut i = start + 1;
        while i < n && b[i] == b' ' {
            i += 1;
        }
        if i < n && b[i] >= 0x80 {
            return resume_spaces(b, start, i);
        }
        return (i, TokenKind::Whitespace);
    }
    if f0 & F_NONASCII != 0 {
        return general_token(b, start);
    }
    // Any other ASCII character stands alone, except CR LF, unless an Extend, Format or
    // ZWJ (all non-ASCII) follows.
    let i = start + 1;
    if c0 == b'\r' && i < n && b[i] == b'\n' {
        return (i + 1, TokenKind::Whitespace);
    }
    if i < n && b[i] >= 0x80 && !matches!(c0, b'\r' | b'\n' | 0x0B | 0x0C) {
        return general_token(b, start);
    }
    (i, ASCII_KIND[c0 as usize])
}

/// Whether the segment at `i` is a single ASCII space followed by an ASCII letter, digit or
/// `_` (so the space is a segment of its own, and the next one starts after it).
#[inline(always)]
pub(crate) fn single_space_then_run(b: &[u8], i: usize) -> bool {
    matches!(b.get(i..i + 2), Some(&[b' ', next]) if FAST[next as usize] & F_RUN != 0)
}
