//! Whitespace normalization exactly as Python's `" ".join(s.split())`, which the eval metric uses.

/// Whether Python's `str.split()` (no argument) splits on `c`.
///
/// That is `str.isspace()`: Unicode White_Space plus the four ASCII information separators
/// U+001C..U+001F, which Rust's `char::is_whitespace` does not count. The list is spelled out
/// so it does not move with Rust's Unicode version.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{d}'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Splits on Python whitespace and joins the words with single spaces.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(is_py_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Like [`normalize`], and also maps every byte of the result to the byte of `s` it came from
/// (a joining space maps to the first whitespace byte it replaces).
pub fn normalize_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut pending_space: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if is_py_space(c) {
            if !out.is_empty() && pending_space.is_none() {
                pending_space = Some(i);
            }
            continue;
        }
        if let Some(at) = pending_space.take() {
            out.push(' ');
            map.push(at);
        }
        let len = c.len_utf8();
        out.push(c);
        map.extend(i..i + len);
    }
    (out, map)
}

/// Finds `needle` (already normalized) in normalized `s` and returns the byte range in `s`
/// that it covers.
pub fn find_in(s: &str, norm: &(String, Vec<usize>), needle: &str) -> Option<std::ops::Range<usize>> {
    if needle.is_empty() {
        return None;
    }
    let (text, map) = norm;
    let pos = text.find(needle)?;
    let last = pos + needle.len() - 1;
    let start = map[pos];
    let mut end = map[last] + 1;
    while end < s.len() && !s.is_char_boundary(end) {
        end += 1;
    }
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_python_split() {
        // " ".join("a\x1cb\u00a0 c\u200bd\u0085e\n\tf ".split()) == "a b c\u200bd e f"
        assert_eq!(
            normalize("a\u{1c}b\u{a0} c\u{200b}d\u{85}e\n\tf "),
            "a b c\u{200b}d e f"
        );
        assert_eq!(normalize("  \n "), "");
        for c in ['\u{1c}', '\u{1f}', '\u{3000}', '\u{2028}', '\u{b}'] {
            assert!(is_py_space(c), "{c:?}");
        }
        for c in ['\u{200b}', '\u{180e}', '\u{feff}', 'x', '\u{1b}'] {
            assert!(!is_py_space(c), "{c:?}");
        }
    }

    #[test]
    fn map_points_back_into_the_input() {
        let s = "  Grüße  aus\n\nBerlin ";
        let n = normalize_with_map(s);
        assert_eq!(n.0, "Grüße aus Berlin");
        assert_eq!(n.1.len(), n.0.len());
        let r = find_in(s, &n, "aus Berlin").unwrap();
        assert_eq!(&s[r], "aus\n\nBerlin");
        let r = find_in(s, &n, "Grüße").unwrap();
        assert_eq!(&s[r], "Grüße");
    }
}
