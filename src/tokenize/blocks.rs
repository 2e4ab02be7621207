//! Word-like segments of a line from bitmasks of its bytes, 64 at a time.
//!
//! On ASCII, UAX #29 word segments come down to runs of letters, digits and `_` (WB5, WB8-10,
//! WB13a/b), joined across one `.` `:` `'` between letters (WB6/7) and one `.` `,` `;` `'`
//! between digits (WB11/12). Classifying eight bytes at once (the SWAR range test of the fast
//! path) and gathering the answers into one bit per byte gives a 64-byte block's run bytes as
//! a `u64`; the words are then its runs of ones, found with `trailing_zeros`, a few
//! instructions a word wherever the block's bytes are, where a byte loop pays a branch or two
//! for every byte.
//!
//! A line that is not all ASCII is cut into pieces at runs of ASCII spaces: there is a word
//! boundary before a space that follows an ASCII character other than a space (no rule joins
//! a character to a space after it but WB3d, between two spaces), and after a space that an
//! ASCII character follows. A piece with a non-ASCII byte goes to the UAX #29 state machine,
//! which may carry its last segment on past the space (a non-ASCII space joins it, WB3d); the
//! stretches of ASCII text between such pieces, most of a line of German or French, are
//! scanned like an ASCII line.

use super::segment::{joins_across, next_token, FAST, F_ALPHA, F_DIGIT, LSB, MSB};

/// Bytes a block holds: one bit each in a `u64`.
const BLOCK: usize = 64;

/// No segment runs past the end of the last block (`open` in [`scan_ascii`]).
const NONE: usize = usize::MAX;

/// The high bits of the eight bytes of `m` (its other bits clear) as the low eight bits of the
/// result, byte `k` to bit `k`. The product moves byte `k`'s bit to bit `56 + k` and no two of
/// its terms meet, so no carry disturbs the top byte.
#[inline(always)]
fn gather(m: u64) -> u64 {
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// `u64` with the low `k` bits set, `k` up to 64.
#[inline(always)]
fn low_bits(k: u32) -> u64 {
    if k >= 64 {
        u64::MAX
    } else {
        (1u64 << k) - 1
    }
}

/// Masks of one block, bit `k` for byte `k`.
#[derive(Clone, Copy, Default)]
struct Masks {
    /// ASCII letters and digits.
    alnum: u64,
    /// `_`.
    uscore: u64,
}

/// Adds the classes of the eight ASCII bytes `x` (the block's bytes `8 * k..8 * k + 8`) to
/// `m`. Returns the bytes, high bit each, that fold to one of `{` `|` `}` `~` DEL under
/// `| 0x20`: `_` and seven rare others.
#[inline(always)]
fn classify(m: &mut Masks, x: u64, k: usize) -> u64 {
    // Letters: `x | 0x20` in `a..=z`, the SWAR range test of the fast path written out so
    // that its two sums also give the bytes above `z`.
    let folded = x | (LSB * 0x20);
    let ge = folded.wrapping_add(LSB * (0x80 - b'a') as u64);
    let gt = folded.wrapping_add(LSB * (0x7F - b'z') as u64);
    let digit = x.wrapping_add(LSB * (0x80 - b'0') as u64) & !x.wrapping_add(LSB * (0x7F - b'9') as u64);
    let an = ((ge & !gt) | digit) & MSB;
    m.alnum |= gather(an) << (8 * k);
    ge & gt & MSB
}

/// The masks of `b[base..]`, 64 bytes at most; bytes past the end count as NUL.
#[inline(always)]
fn masks(b: &[u8], base: usize) -> Masks {
    let mut m = Masks::default();
    let mut odd = 0;
    match b.get(base..base + BLOCK) {
        Some(blk) => {
            for (k, chunk) in blk.chunks_exact(8).enumerate() {
                odd |= classify(&mut m, u64::from_le_bytes(chunk.try_into().unwrap()), k);
            }
        }
        None => {
            // The last block of the line: its whole eight-byte chunks, then the rest.
            let tail = &b[base..];
            let mut chunks = tail.chunks_exact(8);
            let mut k = 0;
            for chunk in &mut chunks {
                odd |= classify(&mut m, u64::from_le_bytes(chunk.try_into().unwrap()), k);
                k += 1;
            }
            let r = chunks.remainder();
            if !r.is_empty() {
                let x = match b.len().checked_sub(8) {
                    // The line's last eight bytes, shifted down past the ones already read.
                    Some(at) => u64::from_le_bytes(b[at..].try_into().unwrap()) >> (8 * (8 - r.len())),
                    None => r.iter().rev().fold(0, |x, &c| (x << 8) | u64::from(c)),
                };
                odd |= classify(&mut m, x, k);
            }
        }
    }
    // `_` is the one run byte that is no letter or digit; the few blocks with it, or with one
    // of the seven bytes that look the same to the letter test, find it byte by byte.
    if odd != 0 {
        m.uscore = underscores(b, base);
    }
    m
}

/// The `_` of `b[base..]`, 64 bytes at most: rare enough for a byte loop.
#[cold]
#[inline(never)]
fn underscores(b: &[u8], base: usize) -> u64 {
    let blk = &b[base..b.len().min(base + BLOCK)];
    blk.iter()
        .enumerate()
        .fold(0, |m, (k, &c)| m | (u64::from(c == b'_') << k))
}

/// Calls `f` with the start and end of each word-like segment of `b`, which must be ASCII:
/// the segments [`super::words`] yields.
#[inline(always)]
pub(crate) fn for_each_word_ascii(b: &[u8], mut f: impl FnMut(usize, usize)) {
    debug_assert!(b.is_ascii());
    scan_ascii(b, 0, &mut f);
}

/// Calls `f` with the start and end of each word-like segment of `b`, which must be valid
/// UTF-8 (the bytes of a `&str`, or a part of one cut at char boundaries): the segments
/// [`super::words`] yields.
#[inline(always)]
pub(crate) fn for_each_word_utf8(b: &[u8], mut f: impl FnMut(usize, usize)) {
    let n = b.len();
    let mut pos = 0;
    while pos < n {
        let a = next_non_ascii(b, pos);
        if a == n {
            scan_ascii(&b[pos..], pos, &mut f);
            return;
        }
        let (start, end) = piece(b, pos, a);
        if start > pos {
            scan_ascii(&b[pos..start], pos, &mut f);
        }
        pos = general(b, start, end, &mut f);
    }
}

/// The offset of the first non-ASCII byte of `b` at or after `i`, or `b.len()`.
#[inline(always)]
fn next_non_ascii(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let high = u64::from_le_bytes(chunk.try_into().unwrap()) & MSB;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i] < 0x80 {
        i += 1;
    }
    i
}

/// The piece of `b` that holds the non-ASCII byte `a`, where `from` (at most `a`) is a word
/// boundary and the bytes from it to `a` are ASCII. The piece ends at the next space (or the
/// end of `b`). It starts after the run of spaces before the non-space bytes before `a` if an
/// ASCII character comes first there, since no rule joins that to a space before it;
/// otherwise at that run of spaces, which a non-ASCII character may join (WB3d, WB4) and
/// which follows an ASCII character other than a space (or `from`).
#[cold]
#[inline(never)]
fn piece(b: &[u8], from: usize, a: usize) -> (usize, usize) {
    let mut start = a;
    while start > from && b[start - 1] != b' ' {
        start -= 1;
    }
    if start == a {
        while start > from && b[start - 1] == b' ' {
            start -= 1;
        }
    }
    let end = memchr::memchr(b' ', &b[a..]).map_or(b.len(), |k| a + k);
    (start, end)
}

/// Calls `f` with the words of the piece `b[start..end]`, from the state machine, and returns
/// where its last segment ends: `end`, or past it when that segment goes on over the space.
#[inline(never)]
fn general(b: &[u8], start: usize, end: usize, f: &mut impl FnMut(usize, usize)) -> usize {
    let mut pos = start;
    while pos < end {
        let (e, kind) = next_token(b, pos);
        if kind.is_word_like() {
            f(pos, e);
        }
        pos = e;
    }
    pos
}

/// Calls `f` with the start and end, plus `offset`, of each word-like segment of ASCII `b`.
/// Each block is read in two steps: the masks and the bits of its segments' starts and ends,
/// then a short loop over those bits that calls `f`, so that little state lives across the
/// calls.
#[inline(always)]
fn scan_ascii(b: &[u8], offset: usize, f: &mut impl FnMut(usize, usize)) {
    let n = b.len();
    let mut base = 0;
    // Bit 0: the byte before the block is a letter or digit.
    let mut carry_alnum = 0u64;
    // The start of a segment that runs past the end of the last block (`NONE` if none), and
    // whether it holds a letter or digit.
    let mut open = NONE;
    let mut open_word = false;
    while base < n {
        let m = masks(b, base);
        let run = m.alnum | m.uscore;
        // A byte that is no run byte between two letters or digits may join them (WB6/7,
        // WB11/12). Most are the spaces between words, which never do; for the rest, the byte
        // classes decide.
        let next_alnum = match b.get(base + BLOCK) {
            Some(&c) => u64::from(FAST[c as usize] & (F_ALPHA | F_DIGIT) != 0),
            None => 0,
        };
        let mut mids = !run & ((m.alnum << 1) | carry_alnum) & ((m.alnum >> 1) | (next_alnum << 63));
        carry_alnum = m.alnum >> 63;
        let mut w = run;
        while mids != 0 {
            let i = base + mids.trailing_zeros() as usize;
            let c = b[i];
            if c != b' ' && joins_across(FAST[c as usize], FAST[b[i - 1] as usize], FAST[b[i + 1] as usize]) {
                w |= mids & mids.wrapping_neg();
            }
            mids &= mids - 1;
        }
        // Segments are the runs of ones of `w`: a start where a one follows a zero, an end
        // (the bit of its last byte) where a zero follows.
        let mut starts = w & !((w << 1) | u64::from(open != NONE));
        let mut ends = w & !(w >> 1);
        if open != NONE {
            if w == u64::MAX {
                open_word |= m.alnum != 0;
                base += BLOCK;
                continue;
            }
            // The open segment ends at the block's first zero.
            let e = (!w).trailing_zeros();
            ends &= !low_bits(e);
            if open_word || m.alnum & low_bits(e) != 0 {
                f(offset + open, offset + base + e as usize);
            }
            open = NONE;
        }
        if w >> 63 != 0 {
            // The last segment runs on into the next block.
            let s = 63 - starts.leading_zeros();
            starts &= !(1 << s);
            ends &= !(1 << 63);
            open = base + s as usize;
            open_word = m.alnum >> s != 0;
        }
        while starts != 0 {
            let s = starts.trailing_zeros();
            let e = ends.trailing_zeros() + 1;
            starts &= starts - 1;
            ends &= ends - 1;
            if m.uscore != 0 && m.alnum & low_bits(e) & !low_bits(s) == 0 {
                continue; // only `_`: not word-like
            }
            f(offset + base + s as usize, offset + base + e as usize);
        }
        base += BLOCK;
    }
    if open != NONE && open_word {
        f(offset + open, offset + n);
    }
}
