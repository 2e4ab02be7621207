//! Byte-level helpers: character classes, sentence bounds and word counts on UTF-8 (or
//! almost-UTF-8) bytes. Nothing here allocates or panics on any input.

/// Decodes the char starting at `i`, or `None` if the bytes there are not valid UTF-8.
/// Returns the char and its length.
#[inline]
pub(crate) fn char_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let first = *b.get(i)?;
    if first < 0x80 {
        return Some((first as char, 1));
    }
    // The low six bits of the continuation byte `k` bytes on.
    let cont = |k: usize| match b.get(i + k) {
        Some(&c) if c & 0xC0 == 0x80 => Some(u32::from(c & 0x3F)),
        _ => None,
    };
    // The second byte's range rules out overlong forms, surrogates and code points past
    // U+10FFFF, as `str::from_utf8` does.
    let (second, len) = match first {
        0xC2..=0xDF => (0x80..=0xBF, 2),
        0xE0 => (0xA0..=0xBF, 3),
        0xE1..=0xEC | 0xEE..=0xEF => (0x80..=0xBF, 3),
        0xED => (0x80..=0x9F, 3),
        0xF0 => (0x90..=0xBF, 4),
        0xF1..=0xF3 => (0x80..=0xBF, 4),
        0xF4 => (0x80..=0x8F, 4),
        _ => return None,
    };
    let c1 = *b.get(i + 1)?;
    if !second.contains(&c1) {
        return None;
    }
    let lead = u32::from(first) & (0x7F >> len);
    let mut cp = (lead << 6) | u32::from(c1 & 0x3F);
    for k in 2..len {
        cp = (cp << 6) | cont(k)?;
    }
    char::from_u32(cp).map(|c| (c, len))
}

/// Decodes the char that ends at `i` (exclusive), or `None` if invalid.
#[inline(always)]
pub(crate) fn char_before(b: &[u8], i: usize) -> Option<(char, usize)> {
    if i == 0 || i > b.len() {
        return None;
    }
    if b[i - 1] < 0x80 {
        return Some((b[i - 1] as char, 1));
    }
    let mut s = i - 1;
    while s > 0 && i - s < 4 && is_cont(b[s]) {
        s -= 1;
    }
    match char_at(b, s) {
        Some((c, l)) if s + l == i => Some((c, l)),
        _ => None,
    }
}

#[inline]
pub(crate) fn is_cont(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Moves `i` back to the start of the char it falls in.
#[inline]
pub(crate) fn floor_boundary(b: &[u8], mut i: usize) -> usize {
    let mut n = 0;
    while i > 0 && i < b.len() && is_cont(b[i]) && n < 3 {
        i -= 1;
        n += 1;
    }
    i
}

/// Moves `i` forward to the start of the next char if it falls inside one.
#[inline]
pub(crate) fn ceil_boundary(b: &[u8], mut i: usize) -> usize {
    let mut n = 0;
    while i < b.len() && is_cont(b[i]) && n < 3 {
        i += 1;
        n += 1;
    }
    i
}

/// Punctuation that ends a sentence.
#[inline]
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// A question mark, Latin or full-width.
#[inline]
pub(crate) fn is_question_mark(c: char) -> bool {
    matches!(c, '?' | '？')
}

/// Closers that may follow a sentence end: quotes and brackets.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    // '“' closes a German quote („…“), as '«' closes a German guillemet quote (»…«).
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '«' | '›' | '“')
}

/// Counts the words of `b`: UAX #29 word-like segments, as [`crate::words`] counts them
/// (invalid UTF-8 splits the bytes into runs counted on their own).
pub(crate) fn count_words(b: &[u8]) -> u32 {
    count_words_max(b, u32::MAX)
}

/// Like [`count_words`], but stops at `cap`: the result is `min(words, cap)`.
pub(crate) fn count_words_max(b: &[u8], cap: u32) -> u32 {
    crate::tokenize::count_words_bytes_max(b, cap as usize) as u32
}

/// True if some char of `b` satisfies `f`; invalid UTF-8 bytes never do.
#[inline]
fn any_char(b: &[u8], f: impl Fn(char) -> bool) -> bool {
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            if f(b[i] as char) {
                return true;
            }
            i += 1;
        } else {
            match char_at(b, i) {
                Some((c, l)) => {
                    if f(c) {
                        return true;
                    }
                    i += l;
                }
                None => i += 1,
            }
        }
    }
    false
}

/// True if `b` holds no letter (digits, punctuation and symbols are noise here).
pub(crate) fn is_noise(b: &[u8]) -> bool {
    !any_char(b, char::is_alphabetic)
}

/// True if `b` holds a letter or a digit.
pub(crate) fn has_alnum(b: &[u8]) -> bool {
    any_char(b, char::is_alphanumeric)
}

/// Index of the first letter or digit in `b`, or `b.len()`.
pub(crate) fn first_alnum(b: &[u8]) -> usize {
    first_where(b, char::is_alphanumeric)
}

/// Index of the first letter in `b`, or `b.len()`.
pub(crate) fn first_alpha(b: &[u8]) -> usize {
    first_where(b, char::is_alphabetic)
}

/// Index just past the last letter or digit in `b`, or 0.
pub(crate) fn last_alnum_end(b: &[u8]) -> usize {
    last_end_where(b, char::is_alphanumeric)
}

/// Index just past the last letter in `b`, or 0.
pub(crate) fn last_alpha_end(b: &[u8]) -> usize {
    last_end_where(b, char::is_alphabetic)
}

fn first_where(b: &[u8], f: impl Fn(char) -> bool) -> usize {
    let mut i = 0;
    while i < b.len() {
        match char_at(b, i) {
            Some((c, l)) => {
                if f(c) {
                    return i;
                }
                i += l;
            }
            None => i += 1,
        }
    }
    b.len()
}

fn last_end_where(b: &[u8], f: impl Fn(char) -> bool) -> usize {
    let mut i = b.len();
    while i > 0 {
        match char_before(b, i) {
            Some((c, l)) => {
                if f(c) {
                    return i;
                }
                i -= l;
            }
            None => i -= 1,
        }
    }
    0
}

/// Is there a sentence boundary just before `i` in `line`? True at the line start, after
/// sentence-end punctuation (and closers, and blanks), unless the punctuation sits between
/// two digits (`3.5`).
pub(crate) fn boundary_before(line: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > 0 && matches!(line[j - 1], b' ' | b'\t') {
        j -= 1;
    }
    if j == 0 || ends_french_quote(&line[..j]) {
        return true;
    }
    let mut k = j;
    // Skip closers.
    while let Some((c, l)) = char_before(line, k) {
        if is_closer(c) && k - l > 0 {
            k -= l;
        } else {
            break;
        }
    }
    match char_before(line, k) {
        Some((c, _)) if is_sentence_end(c) => {
            // "3.5": a digit on both sides is not a boundary.
            !(c == '.' && line.get(i).is_some_and(u8::is_ascii_digit) && k >= 2 && line[k - 2].is_ascii_digit())
        }
        Some((c, _)) => matches!(c, '|' | '•' | '·' | ':'),
        None => false,
    }
}

/// Whether `l` ends with a sentence end and a closing guillemet, a blank of French spacing
/// between or not: "… restent raisonnables. »" (the blank hides the end mark from a skip of
/// closers alone).
pub(crate) fn ends_french_quote(l: &[u8]) -> bool {
    let Some(head) = l.strip_suffix("»".as_bytes()) else {
        return false;
    };
    let head = ["\u{a0}", "\u{202f}", " "]
        .iter()
        .find_map(|b| head.strip_suffix(b.as_bytes()))
        .unwrap_or(head);
    char_before_skipping(head, head.len(), is_closer).is_some_and(is_sentence_end)
}

/// Start of the sentence holding position `i` of `line`: just after the previous sentence end
/// that is followed by a blank or an uppercase letter, or 0.
pub(crate) fn sentence_start(line: &[u8], i: usize) -> usize {
    let mut j = i.min(line.len());
    while j > 0 {
        let Some((c, l)) = char_before(line, j) else {
            j -= 1;
            continue;
        };
        if ends_sentence_at(line, j - l, c) || is_closer(c) {
            if let Some(number) = glued_list_number(line, j - l, c).filter(|&n| n <= i) {
                return number;
            }
            // Position after the punctuation and any closers.
            let after = j;
            let next = char_at(line, after).map(|x| x.0);
            let prev_is_end = is_sentence_end(c) || char_before(line, j - l).is_some_and(|(p, _)| is_sentence_end(p));
            if prev_is_end && after <= i {
                match next {
                    Some(n) if opens_sentence(n) || digit_opens(line, j - l, after) => {
                        // Skip blanks so the sentence starts at its first char.
                        let mut s = after;
                        while s < line.len() && matches!(line[s], b' ' | b'\t') {
                            s += 1;
                        }
                        if s <= i {
                            return s;
                        }
                    }
                    _ => {}
                }
            }
        }
        j -= l;
    }
    0
}

/// End of the sentence holding position `i`: just past the next sentence end (and closers)
/// that is followed by a blank, an uppercase letter or the line end; or the line end.
#[cfg(test)]
pub(crate) fn sentence_end(line: &[u8], i: usize) -> usize {
    sentence_end_at(line, i).1
}

/// `(punct, end)` for the sentence holding position `i`: `end` is just past the next sentence
/// end (and closers) that is followed by what [`opens_sentence`] accepts or the line end (or
/// just past the mark itself when an opening mark follows it right away), or the line end;
/// `punct` is where that sentence-end punctuation starts (the line end when there is
/// none): any `i` up to it has the same sentence end.
pub(crate) fn sentence_end_at(line: &[u8], i: usize) -> (usize, usize) {
    let mut j = i.min(line.len());
    while j < line.len() {
        let Some((c, l)) = char_at(line, j) else {
            j += 1;
            continue;
        };
        let punct = j;
        j += l;
        if ends_sentence_at(line, punct, c) {
            if let Some(number) = glued_list_number(line, punct, c) {
                // The sentence ends before the number of a list's item glued to its last word.
                return (number, number);
            }
            let mut e = j;
            while let Some((c2, l2)) = char_at(line, e) {
                // A guillemet glued to the letter after it opens a Swiss quote ("…Dossier.«Der
                // Impfstoff…»"), as a German one closes before a blank ("…gut.« Er").
                let opens_quote = c2 == '«' && char_at(line, e + l2).is_some_and(|(n, _)| n.is_alphabetic());
                if !opens_quote && (is_closer(c2) || is_sentence_end(c2)) {
                    e += l2;
                } else {
                    break;
                }
            }
            match char_at(line, e) {
                None => return (punct, e),
                Some((n, _)) if opens_sentence(n) || digit_opens(line, punct, e) => return (punct, e),
                _ => {}
            }
            // What [`sentence_start`] reads as the next sentence's opening mark, right after
            // this one's end mark, ends this one there: `."𐣦` as `.¿No`.
            if e > j && char_at(line, j).is_some_and(|(n, _)| opens_sentence(n)) {
                return (punct, j);
            }
        }
    }
    (line.len(), line.len())
}

/// Whether `n`, right after a sentence's end mark (and its closers), starts the next
/// sentence: a blank, a capital, or an opening mark. Spanish opens a question or an
/// exclamation with its own mark, French and German quotes open with « and „
/// (`pública.¿No quieres…?`), a footnote's star opens a note (`…auch.*Affiliate-Link:`),
/// a pictograph opens a box's line (`…Débit et Crédit.💡 Passez à l'offre…`), and a
/// copyright sign a credit (`…geplant.© Lisa Furrer`).
fn opens_sentence(n: char) -> bool {
    n == ' '
        || n == '\t'
        || n.is_uppercase()
        || matches!(n, '"' | '“' | '‘' | '¿' | '¡' | '«' | '„' | '*' | '©')
        || is_pictograph(n)
}

/// Whether a number right after the end mark at `punct` (the next char at `next`) opens the
/// next sentence, where extraction glued two blocks: after a word of three lowercase letters
/// or more and a full stop (`…n'est pas critique.12 personnes ont trouvé…`), not after a
/// digit (a decimal), a capital (`S.12`) or a short abbreviation (`Nr.5`, `ca.3`).
fn digit_opens(line: &[u8], punct: usize, next: usize) -> bool {
    if matches!(line.get(punct), Some(b'!' | b'?')) {
        return list_number_at(line, next).is_some();
    }
    line.get(next).is_some_and(u8::is_ascii_digit)
        && line.get(punct) == Some(&b'.')
        && next == punct + 1
        && line[..punct]
            .iter()
            .rev()
            .take(3)
            .take_while(|b| b.is_ascii_lowercase())
            .count()
            == 3
}

/// The end of a list item's number at `i` (one or two digits and a full stop, then a blank
/// and a capital: "4. Le sentier"), if one stands there.
fn list_number_at(line: &[u8], i: usize) -> Option<usize> {
    let digits = line[i.min(line.len())..]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let dot = i + digits;
    ((1..=2).contains(&digits)
        && line.get(dot) == Some(&b'.')
        && line.get(dot + 1) == Some(&b' ')
        && char_at(line, dot + 2).is_some_and(|(c, _)| c.is_uppercase()))
    .then_some(dot + 1)
}

/// Where the number of a list's item starts, if the full stop `c` at `punct` is that
/// number's, glued to the last word of the sentence before it, as extraction joins a
/// paragraph and the next item's heading: "…para tu próxima escapada7. Monroyo". The word
/// before the number is three lowercase letters or more, so that a name with a number
/// ("MP3. Der", "Windows 7. Das") is not split.
fn glued_list_number(line: &[u8], punct: usize, c: char) -> Option<usize> {
    if c != '.' {
        return None;
    }
    list_number_before(&line[..punct], 0)
        .filter(|&start| lowercase_before(line, start, 3) && list_number_at(line, start) == Some(punct + 1))
}

/// Where a number of one or two digits that ends `head` starts, not before `from` (a
/// list item's number before its full stop).
pub(crate) fn list_number_before(head: &[u8], from: usize) -> Option<usize> {
    let digits = head[from.min(head.len())..]
        .iter()
        .rev()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    (1..=2).contains(&digits).then_some(head.len() - digits)
}

/// Whether the `n` chars right before `i` in `line` are lowercase letters.
fn lowercase_before(line: &[u8], i: usize, n: usize) -> bool {
    let mut k = i;
    for _ in 0..n {
        match char_before(line, k) {
            Some((c, len)) if c.is_lowercase() => k -= len,
            _ => return false,
        }
    }
    true
}

/// Whether the number of a list's item ([`list_number_at`]) starts at `i`, glued to what
/// comes before it: to a word of three lowercase letters or more ("…Omas Rezept3. In einer
/// Pfanne…"), or to a question's or an exclamation's mark ("…en prendre ?6. Soignez…"), where
/// extraction joined a paragraph or a linked title and the next item's heading.
pub(crate) fn list_number_glued_at(line: &[u8], i: usize) -> bool {
    let glued = match i.checked_sub(1).map(|k| line[k]) {
        Some(b'!' | b'?') => true,
        Some(_) => lowercase_before(line, i, 3),
        None => false,
    };
    glued && list_number_at(line, i).is_some()
}

/// Emoji and pictographs: the symbols and dingbats blocks (U+2600–U+27BF) and the
/// supplementary pictographic planes' blocks (U+1F300–U+1FAFF).
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')
}

/// Does `c`, found at `line[i]`, end a sentence there? Sentence-end punctuation that is not
/// the dot of an ordinal date.
fn ends_sentence_at(line: &[u8], i: usize, c: char) -> bool {
    is_sentence_end(c) && !is_ordinal_dot(line, i) && !is_title_abbreviation(line, i)
}

/// Abbreviations that stand before a name or a noun, so that their dot ends no sentence:
/// titles (Mr., Dr., Mme., Sra.) and units or labels before a noun ("6 Min. Lesezeit",
/// "Nr. 5", "Tel. 030"). Words that often end a sentence (etc., usw.) are not among them.
const TITLE_ABBREVIATIONS: [&[u8]; 22] = [
    b"Mr", b"Mrs", b"Ms", b"Dr", b"Prof", b"St", b"Jr", b"Sr", b"Sra", b"Srta", b"Mme", b"Mlle", b"Hr", b"Fr", b"Nr",
    b"Tel", b"Min", b"Std", b"Sek", b"ca", b"bzw", b"vgl",
];

/// Is the `.` at `line[i]` the dot of one of [`TITLE_ABBREVIATIONS`], a word of its own, or of
/// a name's initial?
fn is_title_abbreviation(line: &[u8], i: usize) -> bool {
    line.get(i) == Some(&b'.')
        && word_before(line, i, 4, u8::is_ascii_alphabetic).is_some_and(|s| {
            // A capital alone is a name's initial: "Martine D.", "J. Smith".
            TITLE_ABBREVIATIONS.contains(&&line[s..i]) || i - s == 1 && line[s].is_ascii_uppercase()
        })
}

/// Where the run of at most `max` bytes of class `class` that ends at `i` starts, if that run
/// is not empty and stands alone: no letter, digit or dot before it ("4" in "am 4.", not in
/// "v1.4.").
fn word_before(line: &[u8], i: usize, max: usize, class: fn(&u8) -> bool) -> Option<usize> {
    let n = line[..i].iter().rev().take(max + 1).take_while(|b| class(b)).count();
    let start = i - n;
    let alone = !char_before(line, start).is_some_and(|(c, _)| c.is_alphanumeric() || c == '.');
    (1..=max).contains(&n).then_some(start).filter(|_| alone)
}

/// The last char before `i` that `skip` does not skip, or `None` if there is none.
pub(crate) fn char_before_skipping(b: &[u8], mut i: usize, skip: impl Fn(char) -> bool) -> Option<char> {
    while let Some((c, n)) = char_before(b, i) {
        if !skip(c) {
            return Some(c);
        }
        i -= n;
    }
    None
}

/// The last visible char of `b`: blanks and closing quotes or brackets skipped (`None` if
/// there is none, or an invalid byte comes first).
pub(crate) fn last_visible_char(b: &[u8]) -> Option<char> {
    char_before_skipping(b, b.len(), |c| c.is_whitespace() || is_closer(c))
}

/// Is the `.` at `line[i]` the dot of an ordinal number, as German writes dates ("am 4. März",
/// "9. Januar 2024")? One or two digits standing alone before it, a blank and a letter after.
pub(crate) fn is_ordinal_dot(line: &[u8], i: usize) -> bool {
    if line.get(i) != Some(&b'.') || line.get(i + 1) != Some(&b' ') {
        return false;
    }
    word_before(line, i, 2, u8::is_ascii_digit).is_some()
        && char_at(line, i + 2).is_some_and(|(c, _)| c.is_alphabetic())
}

/// How many words `b` holds, split at ASCII white space only (a label's words: "Unser
/// Preis", "Art.-Nr." is one).
pub(crate) fn blank_separated_words(b: &[u8]) -> usize {
    b.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).count()
}

/// Skips blanks (space, tab) forward from `i`.
pub(crate) fn skip_blanks(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// Skips blanks (space, tab) backward from `i`: the start of the blanks that end there.
pub(crate) fn skip_blanks_back(b: &[u8], mut i: usize) -> usize {
    while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    i
}

/// Case-insensitive (ASCII) search of `needle` (already lowercase) in `hay`. Returns the end
/// of the first match. Only used on short stretches (a sentence or a short line).
pub(crate) fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .find(|&s| {
            hay[s..s + needle.len()]
                .iter()
                .zip(needle)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
        })
        .map(|s| s + needle.len())
}

/// A table of short words (the lists of dates, stamps and consent topics), hashed with
/// [`WordHasher`]: the standard library's hasher, built to resist crafted keys, costs more
/// than the lookup itself for words of a few bytes, and these tables are fixed.
pub(crate) type WordMap<V> = std::collections::HashMap<&'static str, V, std::hash::BuildHasherDefault<WordHasher>>;

/// FNV-1a over a word's bytes (see [`WordMap`]).
pub(crate) struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Longest quote (in bytes) [`quoted_spans`] reads: an opening mark with no closing one
/// nearer is no quote.
const QUOTE_MAX: usize = 300;

/// The stretches of `s` in quotation marks, in order: from „ to “ or ”, « to », “ to ”, and
/// " to ".
pub(crate) fn quoted_spans(s: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if !s.bytes().any(|b| matches!(b, 0xE2 | 0xC2 | b'"')) {
        return spans;
    }
    let mut open: Option<(usize, &[char])> = None;
    for (i, c) in s.char_indices() {
        if let Some((start, close)) = open {
            if close.contains(&c) {
                spans.push((start, i + c.len_utf8()));
                open = None;
            } else if i - start > QUOTE_MAX {
                open = None;
            }
            continue;
        }
        open = match c {
            '„' => Some((i, &['“', '”'])),
            '«' => Some((i, &['»'])),
            '“' => Some((i, &['”'])),
            '"' => Some((i, &['"'])),
            _ => None,
        };
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the standard library decodes at the start of `b`.
    fn std_char_at(b: &[u8]) -> Option<(char, usize)> {
        let len = match *b.first()? {
            0x00..=0x7F => 1,
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return None,
        };
        let s = std::str::from_utf8(b.get(..len)?).ok()?;
        s.chars().next().map(|c| (c, len))
    }

    #[test]
    fn char_at_agrees_with_std_on_every_three_bytes() {
        // Every lead and second byte, every third byte, and fourth bytes from each range that
        // matters; each also cut short.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for c in 0..=255u8 {
                    for d in [0x00, 0x41, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xFF] {
                        let bytes = [a, b, c, d];
                        for n in 1..=4 {
                            assert_eq!(char_at(&bytes[..n], 0), std_char_at(&bytes[..n]), "{:x?}", &bytes[..n]);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn words() {
        for (s, n) in [
            ("", 0),
            ("hello world", 2),
            ("don't stop-me now", 4),
            ("Grüße aus Köln", 3),
            ("— • |", 0),
            ("3.5 million", 2),
            ("U.S. troops, e.g. 1,200 of them", 6),
            ("large.AdvertisementIn the", 2),
            ("\u{ff}\u{fe} abc", 2),
        ] {
            assert_eq!(count_words_max(s.as_bytes(), u32::MAX), n, "{s:?}");
        }
        assert_eq!(count_words_max(b"\xff\xfe abc", u32::MAX), 1);
        assert_eq!(count_words_max(b"one two three four", 2), 2);
        assert_eq!(count_words_max(b"one \xff two three", 9), 3);
    }

    #[test]
    fn sentences() {
        let line = b"He left.AdvertisementIn the end. Mr. Smith paid 3.5 dollars.";
        let i = 8; // 'A'
        assert_eq!(sentence_start(line, i), 8);
        assert_eq!(sentence_end(line, i), 32);
        let line = "Il a dit « oui ». Puis il est parti.".as_bytes();
        let at = line.len() - 5;
        assert_eq!(&line[sentence_start(line, at)..], "Puis il est parti.".as_bytes());
        // A footnote's star opens a sentence glued to the one before.
        let line = "Folie tut es auch.*Affiliate-Link: Kaufst du darüber, gibt es Provision.".as_bytes();
        assert_eq!(
            &line[sentence_start(line, 30)..],
            "*Affiliate-Link: Kaufst du darüber, gibt es Provision.".as_bytes()
        );
        // A pictograph glued after an end mark opens a box's line.
        let line = "Débit et Crédit.💡 Passez à l'offre Sérénité.".as_bytes();
        assert_eq!(
            &line[sentence_start(line, 30)..],
            "💡 Passez à l'offre Sérénité.".as_bytes()
        );
        // Where one sentence starts, the one before ends: an opening mark right after an end
        // mark ends it there, whatever follows the mark.
        for line in [
            "pública.¿No quieres?",
            "Fin.\"𐣦 suite",
            "Fin.«x» suite",
            "Ende.„Zitat“",
            "auch.*Hinweis",
            "Débit et Crédit.💡 Passez à l'offre",
            "bis Freitag.👉 Jetzt anmelden",
            "geplant.© Lisa Furrer",
            "pas critique.12 personnes ont trouvé",
            "próxima escapada7. Monroyo",
            "pour le retrouver plus tard !4. Le sentier",
            "in Ihrem Kochbuch!5. Spinatknödel",
        ] {
            let line = line.as_bytes();
            let end = sentence_end(line, 0);
            assert_eq!(
                sentence_start(line, line.len() - 1),
                end,
                "{}",
                String::from_utf8_lossy(line)
            );
        }
    }

    #[test]
    fn a_number_glued_after_a_word_and_a_full_stop_opens_a_sentence() {
        let line = "ta caméra n'est pas critique.12 personnes ont trouvé cette réponse utile".as_bytes();
        assert_eq!(
            &line[sentence_start(line, line.len() - 1)..],
            "12 personnes ont trouvé cette réponse utile".as_bytes()
        );
        // A decimal, a page after a capital's abbreviation, a number after a short one: one
        // sentence each.
        for line in [
            "Er zahlte 3.50 Euro",
            "siehe S.12 unten",
            "Tabelle Nr.5 zeigt",
            "Seite ca.30 weiter",
            "Version v1.4 ist da",
        ] {
            let b = line.as_bytes();
            assert_eq!(sentence_start(b, b.len() - 1), 0, "{line}");
        }
    }

    #[test]
    fn a_list_items_number_glued_to_a_sentence_opens_the_next() {
        for (line, first) in [
            (
                "Guarda este artículo para tu escapada7. Monroyo está",
                "Guarda este artículo para tu escapada",
            ),
            (
                "épinglez cet article pour plus tard !4. Le sentier",
                "épinglez cet article pour plus tard !",
            ),
            (
                "Speichern Sie sie in Ihrem Kochbuch!5. Spinatknödel",
                "Speichern Sie sie in Ihrem Kochbuch!",
            ),
            ("Merken Sie sich die Seite?12. Kapitel", "Merken Sie sich die Seite?"),
            // No list's number: a number with a name, after a blank, of three digits, or
            // before a lowercase word, a full stop after a year.
            ("Ich nutze MP3. Das geht.", "Ich nutze MP3."),
            ("Ich nutze Windows 7. Das geht.", "Ich nutze Windows 7. Das geht."),
            ("Sie wohnt in Raum123. Dort ist es", "Sie wohnt in Raum123."),
            ("Sie fanden es toll!4. und dann", "Sie fanden es toll!4. und dann"),
            ("Es war 2024. Dann kam", "Es war 2024."),
        ] {
            let b = line.as_bytes();
            assert_eq!(&line[..sentence_end(b, 0)], first, "{line:?}");
        }
    }

    #[test]
    fn title_abbreviations_do_not_end_sentences() {
        for (line, sentence) in [
            (
                "Anna Berg · 6 Min. Lesezeit Tomaten richtig ausgeizen.",
                "Anna Berg · 6 Min. Lesezeit Tomaten richtig ausgeizen.",
            ),
            (
                "He met Dr. Jones in St. Louis. Then he left.",
                "He met Dr. Jones in St. Louis.",
            ),
            (
                "Rufen Sie uns an: Tel. 030 1234. Wir sind da.",
                "Rufen Sie uns an: Tel. 030 1234.",
            ),
            (
                "La Sra. García llegó tarde. Nadie dijo nada.",
                "La Sra. García llegó tarde.",
            ),
            // The price: an abbreviation that does end a sentence is read as one that does not.
            ("It was the Min. Then more.", "It was the Min. Then more."),
            // Not an abbreviation of the list, or part of a longer word: the dot ends the sentence.
            ("He saw the Admin. Then he left.", "He saw the Admin."),
            ("Say no. Then go.", "Say no."),
        ] {
            let b = line.as_bytes();
            assert_eq!(&line[..sentence_end(b, 0)], sentence, "{line:?}");
        }
    }

    #[test]
    fn ordinal_dates_do_not_end_sentences() {
        for (line, ordinal) in [
            ("am 4. März", true),
            ("Stand: 9. Januar 2024", true),
            ("12. Mai", true),
            ("in 2024. Then", false),
            ("Version 1.2. Next", false),
            ("Zimmer 4.", false),
            ("Seite 4.5 ist", false),
            ("x4. März", false),
        ] {
            let i = line.find(". ").or_else(|| line.rfind('.')).unwrap();
            assert_eq!(is_ordinal_dot(line.as_bytes(), i), ordinal, "{line:?}");
        }
        let line = "Die Messe beginnt am 4. März in Köln. Tickets gibt es online.".as_bytes();
        assert_eq!(sentence_end(line, 0), "Die Messe beginnt am 4. März in Köln.".len());
        assert_eq!(sentence_start(line, 25), 0);
    }

    /// A guillemet glued to a letter opens the next sentence's quote; one before a blank
    /// closes this one's.
    #[test]
    fn guillemets_after_an_end_mark() {
        let swiss = "Mehr finden Sie in unserem Dossier.«Der Impfstoff wurde geprüft», sagt sie.";
        assert_eq!(sentence_end(swiss.as_bytes(), 0), swiss.find('«').unwrap());
        let german = "Er sagte: »Das ist gut.« Dann ging er.";
        assert_eq!(sentence_end(german.as_bytes(), 0), german.find(" Dann").unwrap());
    }

    #[test]
    fn boundaries() {
        assert!(boundary_before(b"end.Start", 4));
        assert!(boundary_before(b"end. Start", 5));
        assert!(boundary_before(b"Start", 0));
        assert!(!boundary_before(b"the Start", 4));
        assert!(!boundary_before(b"3.5", 2));
        // A guillemet closes a quote, French spacing inside it, and another block starts.
        for (line, at) in [
            ("raisonnables. »Lire", "Lire"),
            ("chiffres\u{202f}! » Publicité", "Publicité"),
        ] {
            assert!(boundary_before(line.as_bytes(), line.find(at).unwrap()), "{line:?}");
        }
        // Not a quote's close: no end mark inside it, or a German opening guillemet.
        for (line, at) in [("le mot juste »Lire", "Lire"), ("Er sagte: »Lire", "Lire")] {
            assert!(!boundary_before(line.as_bytes(), line.find(at).unwrap()), "{line:?}");
        }
    }

    #[test]
    fn char_helpers_never_panic_on_garbage() {
        let junk = [0xffu8, 0x80, 0xe2, 0x80, 0xc3, 0x41, 0xf0, 0x9f];
        for i in 0..=junk.len() + 1 {
            let _ = char_at(&junk, i);
            let _ = char_before(&junk, i);
            let _ = floor_boundary(&junk, i.min(junk.len()));
            let _ = ceil_boundary(&junk, i.min(junk.len()));
            let _ = sentence_start(&junk, i);
            let _ = sentence_end(&junk, i);
        }
        assert_eq!(count_words_max(&junk, u32::MAX), 1);
    }
}
