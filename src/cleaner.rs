//! [`Cleaner`] and its builder: pattern packs compiled into one aho-corasick automaton.

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use bytes::Bytes;

use crate::cleaned::{Cleaned, Rule};
use crate::engine;
use crate::error::Error;
use crate::patterns::{Category, Kind, Patterns, BUILTIN};

/// Pattern metadata, shared by a cleaner and the [`Cleaned`] values it returns.
#[derive(Debug)]
pub(crate) struct Table {
    pub(crate) packs: Vec<String>,
    pub(crate) patterns: Vec<Entry>,
}

#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) category: Category,
    pub(crate) kind: Kind,
    pub(crate) pack: u16,
    pub(crate) text: String,
    /// Parts after the first, for `A ... B` patterns, lowercased ASCII.
    pub(crate) rest: Vec<Vec<u8>>,
    /// Judged after the line model (see [`crate::Pattern::is_late`]).
    pub(crate) late: bool,
}

/// How eagerly a cleaner cuts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// Keep doubtful lines: the line model cuts a line only when it is very sure.
    Recall,
    /// The default: patterns, shape rules, and the lines the line model judges boilerplate.
    #[default]
    Balanced,
    /// Cut doubtful lines too: less boilerplate left, more content lost.
    Precision,
}

/// The compiled state of a cleaner.
#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) ac: Option<AhoCorasick>,
    /// Automaton pattern id -> indexes into `table.patterns` (several patterns may share one
    /// text, e.g. a `line` and a `glued` form; each is tried in pack order).
    pub(crate) ac_map: Vec<Vec<u32>>,
    /// Automaton pattern id -> whether another automaton pattern is a proper prefix of it (a
    /// shorter match the engine may look for where this one is turned down).
    pub(crate) has_shorter: Vec<bool>,
    pub(crate) table: Arc<Table>,
    pub(crate) rules_off: Vec<Rule>,
    pub(crate) mode: Mode,
}

impl Inner {
    pub(crate) fn rule_on(&self, r: Rule) -> bool {
        !self.rules_off.contains(&r)
    }
}

/// Strips boilerplate from plain text. Build once, share freely: it is `Send + Sync` and
/// cheap to clone (an `Arc`).
///
/// # Example
///
/// ```
/// let cleaner = deboil::Cleaner::new();
/// let text = "Home | News | Sport\nThe council met on Tuesday and approved the new budget.\n";
/// let cleaned = cleaner.clean(text);
/// assert_eq!(cleaned.to_string(), "The council met on Tuesday and approved the new budget.\n");
/// ```
///
/// # Cleaning twice
///
/// Patterns are idempotent: each match is judged on what earlier matches left of its line,
/// so cleaning the clean text again cuts nothing more by pattern (a property test holds this
/// on generated pages). The shape rules and the line model are not held to it, by design:
/// they judge a line by its length and by its neighbours, and a first pass changes both (a
/// short line that sat among paragraphs may sit among other short lines once a menu around
/// it is gone). Run the cleaner once, on the text as extracted.
#[derive(Clone, Debug)]
pub struct Cleaner {
    pub(crate) inner: Arc<Inner>,
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

impl Cleaner {
    /// A cleaner with all built-in packs (en, de, fr, es) and rules, in [`Mode::Balanced`].
    pub fn new() -> Cleaner {
        CleanerBuilder::new().build().expect("built-in packs are valid")
    }

    /// A builder to add pattern packs or switch packs, categories and rules off.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::new()
    }

    /// Cleans `text`. Never fails, never panics, copies nothing: the result borrows `text`.
    pub fn clean<'t>(&self, text: &'t str) -> Cleaned<'t> {
        let cuts = engine::analyze(&self.inner, text.as_bytes(), true);
        debug_assert!(cuts
            .iter()
            .all(|c| text.is_char_boundary(c.start) && text.is_char_boundary(c.end)));
        Cleaned::new(text, cuts, Arc::clone(&self.inner.table))
    }

    /// Cleans a shared buffer and returns the kept parts as [`Bytes`] that share `buf`'s
    /// memory (`Bytes::slice_ref`, no copy).
    ///
    /// Bytes need not be UTF-8. Invalid sequences are never an error and are never replaced:
    /// the engine reads them as opaque symbols (neither letters nor spaces), so a line of
    /// mostly invalid bytes counts as having few words, and the bytes themselves come back
    /// unchanged in whichever part holds them. On valid UTF-8 the kept parts are exactly
    /// those of [`Cleaner::clean`].
    ///
    /// ```
    /// use bytes::Bytes;
    /// let buf = Bytes::from_static(b"Share on Facebook\nThe river rose two metres overnight, and the old bridge closed.\n");
    /// let parts = deboil::Cleaner::new().clean_bytes(&buf);
    /// assert_eq!(parts.concat(), b"The river rose two metres overnight, and the old bridge closed.\n");
    /// ```
    pub fn clean_bytes(&self, buf: &Bytes) -> Vec<Bytes> {
        let cuts = engine::analyze(&self.inner, buf, std::str::from_utf8(buf).is_ok());
        crate::cleaned::kept_ranges(&cuts, buf.len())
            .map(|r| buf.slice_ref(&buf[r]))
            .collect()
    }

    /// Cleans `buf` (UTF-8 or not, as in [`Cleaner::clean_bytes`]) and writes the clean text
    /// to `out`, joined as `Display` joins [`Cleaned`]: a space or newline stands in for a cut
    /// inside a line, so words never fuse. Fails only if `out` fails.
    ///
    /// ```
    /// let mut out = Vec::new();
    /// deboil::Cleaner::new().write_clean_bytes(b"It rained all night.Advertisement\xffThe road flooded.", &mut out)?;
    /// assert_eq!(out, b"It rained all night. \xffThe road flooded.");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write_clean_bytes<W: std::io::Write>(&self, buf: &[u8], out: &mut W) -> std::io::Result<()> {
        let cuts = engine::analyze(&self.inner, buf, std::str::from_utf8(buf).is_ok());
        crate::cleaned::for_each_piece(buf, &cuts, |piece| match piece {
            crate::cleaned::Piece::Kept(r) => out.write_all(&buf[r]),
            crate::cleaned::Piece::Sep(sep) => out.write_all(sep.as_bytes()),
        })
    }

    /// The number of patterns compiled into this cleaner.
    pub fn pattern_count(&self) -> usize {
        self.inner.table.patterns.len()
    }
}

/// Builds a [`Cleaner`] with its own packs and settings.
///
/// ```
/// use deboil::{Category, Cleaner, Patterns};
/// let pack = Patterns::parse("promo glued Try our app today!")?;
/// let cleaner = Cleaner::builder()
///     .pack("mysite", pack)
///     .disable_pack("fr")
///     .disable_category(Category::Byline)
///     .build()?;
/// let text = "The storm passed quickly.Try our app today!Power returned by noon.";
/// assert_eq!(cleaner.clean(text).to_string(), "The storm passed quickly. Power returned by noon.");
///
/// let err = Cleaner::builder().disable_pack("xx").build().unwrap_err();
/// assert!(err.to_string().contains("no pack named 'xx'"));
/// # Ok::<(), deboil::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    builtin: bool,
    packs: Vec<(String, Patterns)>,
    packs_off: Vec<String>,
    categories_off: Vec<Category>,
    rules_off: Vec<Rule>,
    mode: Mode,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder::new()
    }
}

impl CleanerBuilder {
    /// A builder with the built-in packs on.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder {
            builtin: true,
            packs: Vec::new(),
            packs_off: Vec::new(),
            categories_off: Vec::new(),
            rules_off: Vec::new(),
            mode: Mode::default(),
        }
    }

    /// Adds a user pack named `"user"`.
    pub fn patterns(self, patterns: Patterns) -> CleanerBuilder {
        self.pack("user", patterns)
    }

    /// Adds a named pack; the name shows in [`Reason::pack`](crate::Reason::pack).
    pub fn pack(mut self, name: &str, patterns: Patterns) -> CleanerBuilder {
        self.packs.push((name.to_string(), patterns));
        self
    }

    /// Turns every built-in pack on or off (on by default).
    pub fn builtin_packs(mut self, on: bool) -> CleanerBuilder {
        self.builtin = on;
        self
    }

    /// Turns off one pack, built-in (`"en"`, `"de"`, `"fr"`, `"es"`) or added.
    pub fn disable_pack(mut self, name: &str) -> CleanerBuilder {
        self.packs_off.push(name.to_string());
        self
    }

    /// Ignores every pattern of a category.
    pub fn disable_category(mut self, category: Category) -> CleanerBuilder {
        self.categories_off.push(category);
        self
    }

    /// Turns off a rule ([`Rule::Pattern`] turns off all patterns).
    pub fn disable_rule(mut self, rule: Rule) -> CleanerBuilder {
        self.rules_off.push(rule);
        self
    }

    /// Chooses how eagerly to cut.
    pub fn mode(mut self, mode: Mode) -> CleanerBuilder {
        self.mode = mode;
        self
    }

    /// Compiles the packs. Fails if a disabled pack does not exist or the automaton cannot be
    /// built.
    pub fn build(self) -> Result<Cleaner, Error> {
        let mut all: Vec<(String, Patterns)> = Vec::new();
        for (name, text) in BUILTIN {
            let p = Patterns::parse_named(text, &format!("built-in pack {name}"))?;
            all.push((name.to_string(), p));
        }
        let builtin_count = all.len();
        all.extend(self.packs);
        for off in &self.packs_off {
            if !all.iter().any(|(n, _)| n == off) {
                let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
                return Err(Error::config(format!(
                    "no pack named '{off}' to disable; packs are: {}",
                    names.join(", ")
                )));
            }
        }
        let mut packs = Vec::new();
        let mut patterns = Vec::new();
        let mut needles: Vec<Vec<u8>> = Vec::new();
        let mut ac_map: Vec<Vec<u32>> = Vec::new();
        let mut seen: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
        let patterns_on = !self.rules_off.contains(&Rule::Pattern);
        for (i, (name, pack)) in all.into_iter().enumerate() {
            if (i < builtin_count && !self.builtin) || self.packs_off.contains(&name) || !patterns_on {
                continue;
            }
            if packs.len() >= u16::MAX as usize {
                return Err(Error::config("too many packs (the limit is 65535)"));
            }
            let pack_id = packs.len() as u16;
            packs.push(name);
            for p in pack.list {
                if self.categories_off.contains(&p.category) {
                    continue;
                }
                let mut parts = p.text.split(" ... ").map(str::trim).filter(|s| !s.is_empty());
                let Some(first) = parts.next() else { continue };
                let rest: Vec<Vec<u8>> = parts.map(|s| s.to_ascii_lowercase().into_bytes()).collect();
                let id = patterns.len() as u32;
                for variant in spellings(first) {
                    let key = variant.to_ascii_lowercase().into_bytes();
                    match seen.get(&key) {
                        Some(&n) => ac_map[n].push(id),
                        None => {
                            seen.insert(key, needles.len());
                            needles.push(variant.into_bytes());
                            ac_map.push(vec![id]);
                        }
                    }
                }
                patterns.push(Entry {
                    category: p.category,
                    kind: p.kind,
                    pack: pack_id,
                    text: p.text,
                    rest,
                    late: p.late,
                });
            }
        }
        let ac = if needles.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    // Anchored searches too, for matches hidden inside a match turned down.
                    .start_kind(StartKind::Both)
                    .build(&needles)
                    .map_err(|e| Error::build(e.to_string()))?,
            )
        };
        let has_shorter = needles
            .iter()
            .map(|n| {
                let key = n.to_ascii_lowercase();
                (1..key.len()).any(|k| seen.contains_key(&key[..k]))
            })
            .collect();
        let table = Arc::new(Table { packs, patterns });
        let inner = Inner {
            ac,
            ac_map,
            has_shorter,
            table,
            rules_off: self.rules_off,
            mode: self.mode,
        };
        Ok(Cleaner { inner: Arc::new(inner) })
    }
}

/// The spellings a pattern is matched in: typewriter and typographic apostrophes both; and
/// where a blank stands before `:` `;` `?` `!` `»` or after `«` (French spacing: `Publié le :`,
/// `Vous êtes ici :`), that blank as a no-break space (U+00A0) and as a narrow no-break space
/// (U+202F) too, as typeset French text has them; and a pattern that opens with an accented
/// capital (`À lire aussi`, `Écouter l'article`) also without that accent, as French print
/// and many Spanish sites set capitals (`A lire aussi`).
fn spellings(p: &str) -> Vec<String> {
    let mut out = vec![p.to_string()];
    if p.contains('\'') {
        out.push(p.replace('\'', "\u{2019}"));
    } else if p.contains('\u{2019}') {
        out.push(p.replace('\u{2019}', "'"));
    }
    // French print leaves the accent off a capital ("A lire aussi", "Ecouter l'article"),
    // and so do many Spanish sites ("Ultimas noticias").
    if let Some(bare) = p.chars().next().and_then(bare_capital) {
        let accented = out.clone();
        out.extend(accented.iter().map(|s| {
            let first = s.chars().next().map_or(0, char::len_utf8);
            format!("{bare}{}", &s[first..])
        }));
    }
    if (0..p.len()).any(|i| french_space_at(p, i)) {
        let plain = out.clone();
        for no_break in ['\u{a0}', '\u{202f}'] {
            out.extend(plain.iter().map(|s| {
                s.char_indices()
                    .map(|(i, c)| if french_space_at(s, i) { no_break } else { c })
                    .collect::<String>()
            }));
        }
    }
    out
}

/// The capital without its accent, for an accented capital of French or Spanish.
fn bare_capital(c: char) -> Option<char> {
    Some(match c {
        'À' | 'Â' | 'Á' => 'A',
        'É' | 'È' | 'Ê' => 'E',
        'Î' | 'Í' => 'I',
        'Ô' | 'Ó' => 'O',
        'Ú' | 'Û' => 'U',
        'Ç' => 'C',
        _ => return None,
    })
}

/// Whether `s[i..]` starts with a blank of French spacing: before `:` `;` `?` `!` `»`, or after
/// `«`.
fn french_space_at(s: &str, i: usize) -> bool {
    // A blank is one byte, so both sides of it are char boundaries.
    s.as_bytes().get(i) == Some(&b' ') && (s[i + 1..].starts_with([':', ';', '?', '!', '»']) || s[..i].ends_with('«'))
}

impl Cleaner {
    /// The spellings the automaton holds for a pattern's first part (apostrophes, French
    /// spacing): for the benches' floor, which runs the same automaton bare. Not a stable API.
    #[doc(hidden)]
    pub fn __spellings(pattern: &str) -> Vec<String> {
        spellings(pattern)
    }

    /// For the model trainer (`scripts/train.py`): each line's byte range, whether a pattern
    /// or shape rule cut it, and its feature vector (`None` for blank lines). Not a stable API.
    #[doc(hidden)]
    pub fn debug_line_features(&self, text: &str) -> Vec<(usize, usize, bool, Option<Vec<f32>>)> {
        engine::debug_features(&self.inner, text)
            .into_iter()
            .map(|(s, e, cut, f)| (s, e, cut, f.map(|f| f.to_vec())))
            .collect()
    }

    /// For tests: the lines of `text` as the engine splits them (byte range without the line
    /// break) and the number of words it counts in each. The text need not be UTF-8. Not a
    /// stable API.
    #[doc(hidden)]
    pub fn debug_line_words(text: &[u8]) -> Vec<(usize, usize, u32)> {
        engine::line_words(text, std::str::from_utf8(text).is_ok())
    }

    /// For debugging the line model: the regime (0 article text, 1 page text) and log-odds of
    /// boilerplate that the model gives a feature vector of [`Cleaner::debug_line_features`];
    /// `None` if the vector has the wrong length. Not a stable API.
    #[doc(hidden)]
    pub fn debug_line_score(features: &[f32]) -> Option<(usize, f32)> {
        let x: &[f32; crate::model::NF] = features.try_into().ok()?;
        Some((crate::model::regime(x), crate::model::logit(x)))
    }

    /// Names of the features of [`Cleaner::debug_line_features`]. Not a stable API.
    #[doc(hidden)]
    pub fn debug_feature_names() -> &'static [&'static str] {
        &crate::model::NAMES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaner_is_send_sync() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Cleaner>();
    }

    #[test]
    fn spellings_of_apostrophes_and_french_spacing() {
        assert_eq!(spellings("Share"), ["Share"]);
        // An accented capital first: also without its accent; one inside stays.
        assert_eq!(spellings("À lire aussi"), ["À lire aussi", "A lire aussi"]);
        assert_eq!(spellings("Mis à jour"), ["Mis à jour"]);
        assert_eq!(
            spellings("Écouter l'article"),
            [
                "Écouter l'article",
                "Écouter l\u{2019}article",
                "Ecouter l'article",
                "Ecouter l\u{2019}article"
            ]
        );
        assert_eq!(spellings("À lire :")[1], "A lire :");
        assert_eq!(spellings("Don't miss"), ["Don't miss", "Don\u{2019}t miss"]);
        assert_eq!(
            spellings("Mis à jour :"),
            ["Mis à jour :", "Mis à jour\u{a0}:", "Mis à jour\u{202f}:"]
        );
        // Every blank of French spacing, and only those; apostrophes and spaces together.
        assert_eq!(
            spellings("« L'info » : à lire"),
            [
                "« L'info » : à lire",
                "« L\u{2019}info » : à lire",
                "«\u{a0}L'info\u{a0}»\u{a0}: à lire",
                "«\u{a0}L\u{2019}info\u{a0}»\u{a0}: à lire",
                "«\u{202f}L'info\u{202f}»\u{202f}: à lire",
                "«\u{202f}L\u{2019}info\u{202f}»\u{202f}: à lire",
            ]
        );
        // A blank before a multi-byte character is no French spacing.
        assert_eq!(spellings("Accessibilité é"), ["Accessibilité é"]);
    }
}
