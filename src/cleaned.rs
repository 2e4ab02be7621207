//! The result of cleaning: kept segments and removed spans, both borrowed from the input.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use crate::cleaner::Table;
use crate::patterns::{Category, Kind};

/// Why a span was removed: which rule fired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// A pattern of a pack matched; [`Reason::pattern`] names it.
    Pattern,
    /// A line (or the end of one) made of short items split by `|`, `·`, `•`, `»` and the like:
    /// a menu, breadcrumb or share bar; a pager's row of page numbers (`1 2 3 … 18`); or a
    /// short link to the previous or next page, led by `←` or closed by `→`; or, after the
    /// line model, a short link led by `‹` or closed by `›` (or by `«` or `»` with no other
    /// guillemet on the line and no sentence's end: `« Older post title`), a search box's
    /// prompt (a search verb first, an ellipsis last: `Suche in 48.213 Fragen …`), or a
    /// drop-down's label closed by its triangle (`Version: 2024.3 ▾`). The rows of a table
    /// are spared: three lines or more with the same number of bars, most of them holding
    /// figures or a cell of several words; and, after the line model, a row of three dates or
    /// more, each with its day (`14. Jänner | 11. Feber | 11. März`), and an item's options
    /// after their label, split by slashes (`Farbe: Salbei / Koralle`).
    Separators,
    /// A short line with a copyright sign and a year or a rights notice; and, with
    /// [`Rule::Context`], after the line model, a credit glued between two sentences of a kept
    /// line, from its © (or a label of a word or two before it) to the next block glued on
    /// (`…geplant.© Lisa FurrerBis dahin …`, `…secret.Screenshot © Parcelnest Ltd.Always …`),
    /// and names split by a slash glued after a kept line's last sentence (`…on Wednesday
    /// afternoon.Mike Dunaway/Tulsa Ledger`).
    Copyright,
    /// A short line that holds only a date, a time, a reading time or a relative time stamp
    /// ("3 hours ago", "vor 2 Tagen"); and, after the line model, a weather widget's line, a
    /// temperature and the forecast ("Wetter Friedberg: 19 °C, leicht bewölkt"), and a print
    /// issue's stamp, its number and year (`Ausgabe 5/2024 · Rubrik Europa`).
    Dateline,
    /// A line the line model judges boilerplate from its shape, its words and its neighbours:
    /// mostly short lines in a run of boilerplate (at the top or bottom of the page, or between
    /// lines already cut) rather than among article paragraphs, and sentences of site chrome
    /// (a sign-up pitch, an "about us" blurb) where the document has prose to spare; and,
    /// after the model, a wiki's tagline under its page's title (`Aus Tuxwiki`, `From
    /// ArchWiki`).
    Context,
    /// A short line that tells the reader to act now: a call-to-action verb first and "now",
    /// "today", "jetzt", "maintenant", "ya"... last ("Shop now", "Réservez dès maintenant"),
    /// or German "Jetzt" and an infinitive last ("Jetzt Termin online vereinbaren"); or such
    /// a clause after a dash ending a short line; or an ad's copy right under its marker
    /// when it makes an offer ("Anzeige" / "Gartenmöbel-Sale: 40 % Rabatt auf
    /// Loungegruppen"); a pitch to sign up for the site's mail ("Sign up today and receive
    /// exclusive offers …"); or such a call glued into a kept line ("…im Ofen.Jetzt
    /// Küchenzeit+ testen: 30 Tage gratisDazu …"). Runs with [`Rule::Context`], after the
    /// line model, and spares a page's title.
    CallToAction,
    /// A star rating on a line of its own: a score, its scale, at most a word for stars and
    /// a count of reviews (`4.4 out of 5 stars, 2,107 reviews`, `4,8 von 5 (132
    /// Bewertungen)`). Runs with [`Rule::Context`], after the line model, and spares a page's
    /// title.
    Rating,
    /// A short line that only counts: results found, items shown, reads, posts or replies, a
    /// gallery's images (`28 Veranstaltungen gefunden`, `Showing 1–20 of 87`, `(Gelesen 1.204
    /// mal)`, `12 Antworten`, `Image 2 sur 10`), or a row of such counts split by separators,
    /// perhaps with how the list is sorted (`3 Antworten · sortiert nach: Stimmen`), or the row
    /// under a poster's name with the count of posts (`Hero Member – 2,317 posts`,
    /// `Stimmer_Ralf – Moderator – 2.870 Beiträge`). Runs with [`Rule::Context`], after the
    /// line model, and spares a page's title. After the line model too, a post's row of
    /// reaction buttons with their counts, glued to the end of a kept line or on a line of its
    /// own (`…aus Heilbronn, JensGefällt mir 2 · Danke 1`, `…et la finition.Remercier (4)`,
    /// `Thanks 5`).
    Counter,
    /// An author's bio after the article's last paragraph, or in a box of its own above it
    /// (no prose line right above or below): a name, a verb and a newsroom's or an author's
    /// trade (`Jana Müller ist Lokalredakteurin in Hollerbach.`, `Sarah Thompson is a senior
    /// reporter covering health.`); and a forum post's signature, the short line under a rule
    /// of underscores (`_________________` / `Wer Algen hat, hat auch Licht.`) or a sign-off
    /// with a motto after a dash (`Gruß Kalle – Wer billig kauft, kauft zweimal.`). Runs with
    /// [`Rule::Context`], after the line model.
    AuthorBio,
    /// The titles of linked stories under a related-links head that a pattern cut on its own
    /// line (`Mehr zum Thema`, `À lire aussi`, `Te puede interesar`): the short lines that
    /// follow it, read as headlines, with the dates between them, or a list of teasers (each
    /// title with a sentence under it). Runs with [`Rule::Context`], after the line model.
    RelatedLinks,
    /// A cookie banner the packs do not know by its words: a line that names cookies, speaks
    /// to the reader or as the site, and speaks of at least two of consent, changing or
    /// withdrawing it, third parties and what the data is for ("Wir und unsere 147 Partner
    /// speichern … auf Ihrem Gerät, etwa Cookies, um Inhalte und Anzeigen zu
    /// personalisieren"). Runs with [`Rule::Context`], after the line model.
    Consent,
    /// What was left of a line after its other parts were cut: punctuation, bullets, blanks.
    Remnant,
}

impl Rule {
    /// A short lowercase name, e.g. `"separators"`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Pattern => "pattern",
            Rule::Separators => "separators",
            Rule::Copyright => "copyright",
            Rule::Dateline => "dateline",
            Rule::Context => "context",
            Rule::CallToAction => "call-to-action",
            Rule::Rating => "rating",
            Rule::Counter => "counter",
            Rule::AuthorBio => "author-bio",
            Rule::RelatedLinks => "related-links",
            Rule::Consent => "consent",
            Rule::Remnant => "remnant",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A removal as the engine records it: a byte range and a compact reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawCut {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) why: Why,
    /// Where the match that made the cut starts (a phrase's cut starts at its sentence); the
    /// cut's start for the rules. Only the engine reads it, to give what is left of a cut that
    /// overlaps an earlier one to the right owner.
    pub(crate) at: usize,
}

/// Compact reason: a rule, or the index of a pattern in the cleaner's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Why {
    Rule(Rule, Category),
    Pattern(u32),
}

/// Why one span was removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason<'a> {
    rule: Rule,
    category: Category,
    pack: Option<&'a str>,
    kind: Option<Kind>,
    pattern: Option<&'a str>,
}

impl<'a> Reason<'a> {
    /// The rule that fired.
    pub fn rule(&self) -> Rule {
        self.rule
    }
    /// The kind of boilerplate.
    pub fn category(&self) -> Category {
        self.category
    }
    /// The pack of the pattern, for [`Rule::Pattern`]: `"en"`, `"de"`, ..., or a user pack's name.
    pub fn pack(&self) -> Option<&'a str> {
        self.pack
    }
    /// How the pattern matched, for [`Rule::Pattern`].
    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }
    /// The pattern text, for [`Rule::Pattern`].
    pub fn pattern(&self) -> Option<&'a str> {
        self.pattern
    }
}

impl fmt::Display for Reason<'_> {
    /// `pattern en/ad glued "Advertisement"` or `separators nav`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.pack, self.kind, self.pattern) {
            (Some(pack), Some(kind), Some(pat)) => {
                write!(f, "pattern {pack}/{} {kind} {pat:?}", self.category)
            }
            _ => write!(f, "{} {}", self.rule, self.category),
        }
    }
}

/// One removed span of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Removed<'a> {
    /// Byte range into the input.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// Why it was removed.
    pub reason: Reason<'a>,
}

impl Removed<'_> {
    /// The byte range into the input.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The outcome of [`Cleaner::clean`](crate::Cleaner::clean): the input cut into kept segments
/// and removed spans that tile it exactly, in input order.
///
/// `Display` (and so `to_string()`) writes the kept segments; where a cut falls inside a line,
/// a space (or a newline, if the cut held one) stands in for it so no two words fuse.
#[derive(Clone, Debug)]
pub struct Cleaned<'t> {
    text: &'t str,
    cuts: Vec<RawCut>,
    table: Arc<Table>,
}

impl<'t> Cleaned<'t> {
    pub(crate) fn new(text: &'t str, cuts: Vec<RawCut>, table: Arc<Table>) -> Cleaned<'t> {
        Cleaned { text, cuts, table }
    }

    /// The input text.
    pub fn input(&self) -> &'t str {
        self.text
    }

    /// The kept parts of the input, in order, as subslices of it (empty parts are skipped).
    pub fn segments(&self) -> impl Iterator<Item = &'t str> + '_ {
        let text = self.text;
        self.kept_ranges().map(move |r| &text[r])
    }

    /// Byte ranges of the kept segments.
    pub fn kept_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        kept_ranges(&self.cuts, self.text.len())
    }

    /// The removed spans, in order, each with its reason.
    pub fn removed(&self) -> impl Iterator<Item = Removed<'_>> + '_ {
        self.cuts.iter().map(move |c| Removed {
            start: c.start,
            end: c.end,
            reason: self.reason(c.why),
        })
    }

    /// Number of removed spans.
    pub fn removed_count(&self) -> usize {
        self.cuts.len()
    }

    /// Bytes kept.
    pub fn kept_len(&self) -> usize {
        self.text.len() - self.cuts.iter().map(|c| c.end - c.start).sum::<usize>()
    }

    /// True when nothing was removed.
    pub fn is_untouched(&self) -> bool {
        self.cuts.is_empty()
    }

    fn reason(&self, why: Why) -> Reason<'_> {
        match why {
            Why::Rule(rule, category) => Reason {
                rule,
                category,
                pack: None,
                kind: None,
                pattern: None,
            },
            Why::Pattern(i) => {
                let p = &self.table.patterns[i as usize];
                Reason {
                    rule: Rule::Pattern,
                    category: p.category,
                    pack: Some(&self.table.packs[p.pack as usize]),
                    kind: Some(p.kind),
                    pattern: Some(&p.text),
                }
            }
        }
    }
}

/// The complement of sorted, disjoint `cuts` within `0..len`, without empty ranges.
pub(crate) fn kept_ranges(cuts: &[RawCut], len: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = 0;
    let mut i = 0;
    std::iter::from_fn(move || loop {
        if pos >= len {
            return None;
        }
        if i < cuts.len() {
            let c = cuts[i];
            i += 1;
            let r = pos..c.start;
            pos = c.end;
            if !r.is_empty() {
                return Some(r);
            }
        } else {
            let r = pos..len;
            pos = len;
            return Some(r);
        }
    })
}

/// One piece of the clean output: a kept range of the input, or a separator standing in for
/// a cut that would otherwise fuse two words.
pub(crate) enum Piece {
    Kept(Range<usize>),
    Sep(&'static str),
}

/// Walks the clean output of `bytes` with `cuts` removed: the kept ranges in order, with a
/// separator between two that would touch words (a newline if the cut held one, else a space).
/// `Display` and `Cleaner::write_clean_bytes` both write what this yields.
pub(crate) fn for_each_piece<E>(
    bytes: &[u8],
    cuts: &[RawCut],
    mut f: impl FnMut(Piece) -> Result<(), E>,
) -> Result<(), E> {
    let mut prev_end: Option<usize> = None;
    for r in kept_ranges(cuts, bytes.len()) {
        if let Some(p) = prev_end {
            if !bytes[p - 1].is_ascii_whitespace() && !bytes[r.start].is_ascii_whitespace() {
                f(Piece::Sep(if bytes[p..r.start].contains(&b'\n') { "\n" } else { " " }))?;
            }
        }
        prev_end = Some(r.end);
        f(Piece::Kept(r))?;
    }
    Ok(())
}

impl fmt::Display for Cleaned<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for_each_piece(self.text.as_bytes(), &self.cuts, |piece| match piece {
            Piece::Kept(r) => f.write_str(&self.text[r]),
            Piece::Sep(sep) => f.write_str(sep),
        })
    }
}
