//! The cleaning engine: one aho-corasick pass over the whole input, lines found with memchr,
//! per-line shape features, then a context pass that looks at the neighbouring lines.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use memchr::memchr_iter;

use crate::cleaned::{RawCut, Rule, Why};
use crate::cleaner::{Entry, Inner, Mode};
use crate::model::{self, LineView, NF};
use crate::patterns::{Category, Kind};
use crate::stats::{self, Stats};
use crate::text::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// No letter or digit.
    Blank,
    /// Reads like prose: long, or a full sentence.
    Content,
    /// Anything else: headings, menu items, labels. Decided by context.
    Short,
    /// Cut whole.
    Cut,
}

#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    /// End of the line's text, before `\r\n` or `\n`.
    end: usize,
    /// Start of the next line.
    next: usize,
    stats: Stats,
    class: Class,
    why: Why,
    /// Some part of the line is cut.
    partial: bool,
    /// How many lines of the document have this line's text (blanks at the ends aside),
    /// itself included, capped at [`REPEATS_MAX`]: menus and buttons repeat, prose does not.
    /// Counted among the lines the model may judge (see `count_repeats`); 1 for the others.
    repeats: u8,
    /// A `line`, `prefix` or `glued` pattern matched here and was turned down for the rest of
    /// the line (see `retry_whole_line_patterns`): once other cuts are known, it may hold it.
    retried: bool,
    /// The line ends with a related-links head that a pattern cut, glued to the text before
    /// it (`…an der Halle.Lesen Sie auch`): the lines under it may be its list, as under a
    /// head on a line of its own (see `cut_related_titles`).
    related_tail: bool,
    /// A pattern cut the line's tail and left prose before it, a paragraph of
    /// [`CONTENT_WORDS`] words or more or a sentence of [`SENTENCE_WORDS`] (see `is_prose`):
    /// `…need treatment.Related reading: Is melatonin safe?`. The widget was glued
    /// to the article's own text, which the line model, reading the widget's words with it,
    /// no longer judges.
    prose_before_tail: bool,
    /// The table of bars (see `bar_tables`) the line is a row of, counted from 1 in the
    /// document; 0 for none. The separators rule spared its rows.
    table: u32,
    /// Where the keys of the line's long words (see `stats::scan_keys`) start in the
    /// document's list, and how many there are.
    keys_at: u32,
    keys_len: u8,
    /// Share of the line's long words that the document's prose uses elsewhere (see
    /// `set_cohesion`); −1 for a line with no long word and for one the model never judges.
    cohesion: f32,
}

/// Cap of [`Line::repeats`].
const REPEATS_MAX: u8 = 5;

impl Line {
    /// Whether the line stands: prose or a short line, neither blank nor cut.
    fn stands(&self) -> bool {
        matches!(self.class, Class::Content | Class::Short)
    }
}

/// Longest line (in words) that a `prefix` pattern may cut whole.
const PREFIX_MAX_WORDS: u32 = 21;
/// Most words of a linked story's title and teaser after a label that opens its line (see
/// [`apply`]).
const RELATED_TEASER_MAX_WORDS: u32 = 40;
/// Most sentences of a linked story's title and teaser (see [`apply`]).
const RELATED_TEASER_MAX_SENTENCES: usize = 1;

/// Whether the rest of a line after a linked story's label, `l[b..]` as a second pass reads
/// it (the earlier cuts `runs` out, a blank in their place), is one block of at most
/// [`RELATED_TEASER_MAX_SENTENCES`] sentences: no bar, no block glued on.
fn is_lone_teaser(l: &[u8], b: usize, runs: &[(usize, usize)]) -> bool {
    let tail = &l[b..];
    let spans = runs
        .iter()
        .filter(|&&(_, e)| e > b)
        .map(|&(s, e)| (s.saturating_sub(b), (e - b).min(tail.len())));
    let rest = UncutView::of(tail, spans).text;
    memchr::memchr(b'|', &rest).is_none()
        && next_glue(&rest, 0, rest.len()) == rest.len()
        && sentence_count(&rest) <= RELATED_TEASER_MAX_SENTENCES
}

/// How many sentences `l` holds (a last one without its end mark counts).
fn sentence_count(l: &[u8]) -> usize {
    let mut n = 0;
    let mut i = skip_blanks(l, 0);
    while i < l.len() {
        n += 1;
        i = skip_blanks(l, sentence_end_at(l, i).1.max(i + 1));
    }
    n
}

/// Words of a line's rest past which no verdict of [`apply`] or [`cut_if_chain`] changes:
/// both only compare the count with [`PREFIX_MAX_WORDS`] or less.
const JUDGED_WORDS: u32 = PREFIX_MAX_WORDS + 1;
/// Longest line (in words) that a `date` prefix cuts though it ends with a dot, when a digit
/// ends it ("Aktualisiert am 2. Juni 2025.").
const DATE_LINE_MAX_WORDS: u32 = 10;
/// Longest sentence (in words) that a `phrase` pattern may cut.
const PHRASE_MAX_WORDS: u32 = 60;
/// Longest sentence (in words) that a `date` phrase ("5 min read", "Min. Lesezeit") may cut:
/// a byline's metadata is short; a longer run is a listing's cards run together, whose titles
/// are content ("Scaling our storage layer Jane Roe · 2d ago · 6 min read Rebuilding search").
const DATE_PHRASE_MAX_WORDS: u32 = 20;
/// Bytes a phrase's sentence may reach on either side of the match (60 long words fit).
const PHRASE_WINDOW: usize = 1024;
/// Lines this long (in words) are content whatever their punctuation.
const CONTENT_WORDS: u32 = 25;
/// Lines this long that end like a sentence are content.
const SENTENCE_WORDS: u32 = 7;
/// Fewest words of a short line above prose that is kept as its heading.
const HEADING_MIN_WORDS: u32 = 4;
/// Longest line a cookie or consent phrase takes whole: a banner's paragraph.
const CONSENT_BLOCK_WORDS: u32 = 80;
/// Fewest non-blank lines a document needs before the line model judges any of them.
const MIN_CONTEXT_LINES: usize = 3;
/// Most words of a short line between two prose lines that is kept as a heading.
const SANDWICH_MAX_WORDS: u32 = 3;
/// Longest line a shape rule (separators, copyright, dateline) may cut.
const SHAPE_MAX_WORDS: u32 = 30;

/// The reason a line holds until a pass cuts it.
const NO_WHY: Why = Why::Rule(Rule::Context, Category::Nav);
/// The reason of a line the line model cuts.
const MODEL_CUT: Why = Why::Rule(Rule::Context, Category::Nav);
/// The reason of a line or run that the separators rule cuts as a menu.
const SEPARATORS_CUT: Why = Why::Rule(Rule::Separators, Category::Nav);
/// The reason of a line that the dateline rule cuts as a date.
const DATELINE_CUT: Why = Why::Rule(Rule::Dateline, Category::Date);

/// Finds the cuts of `text`; `utf8` says it is known to be valid UTF-8 (a `&str`).
pub(crate) fn analyze(inner: &Inner, text: &[u8], utf8: bool) -> Vec<RawCut> {
    if text.is_empty() {
        return Vec::new();
    }
    let Prepared {
        mut lines,
        mut partial,
        retry,
        late,
        credits,
    } = prepare(inner, text, utf8);
    let before_late = partial.len();
    if inner.rule_on(Rule::Context) {
        context(inner, text, &mut lines, &mut partial, &late);
    } else {
        late_patterns(inner, text, &mut lines, &mut partial, &late);
    }
    // The early matches turned down on a line where a late pattern cut were judged with its
    // match still there: they are judged again without it ("Weiterlesen →Pin it" leaves a
    // link alone), as a second pass over the clean text would judge them.
    if !late.is_empty() && !retry.is_empty() && partial.len() > before_late {
        let mut late_lines: Vec<usize> = partial
            .iter()
            .filter(|(_, c)| matches!(c.why, Why::Pattern(id) if inner.table.patterns[id as usize].late))
            .map(|(li, _)| *li)
            .collect();
        late_lines.sort_unstable();
        late_lines.dedup();
        if !late_lines.is_empty() {
            sort_cuts(&mut partial);
            judge_again(inner, text, &mut lines, &mut partial, &retry, &late_lines);
        }
    }
    // A row of links may be early and late patterns together ("Register", "FAQ", "Members
    // List", "Calendar" between tabs): each pass turned its own matches down, and the chain
    // is judged on both.
    if !late.is_empty() && !retry.is_empty() {
        chain_early_and_late(inner, text, &mut lines, &mut partial, &retry, &late);
    }
    if !retry.is_empty() {
        glued_blocks_without_cuts(inner, text, &lines, &mut partial, &retry);
        cut_poster_stat_rows(inner, text, &mut lines, &partial, &retry);
    }
    if inner.rule_on(Rule::Counter) && inner.rule_on(Rule::Context) {
        cut_poster_fact_rows(inner, text, &mut lines);
    }
    // Inside the lines the model left, which it judged with these rows in them.
    if inner.rule_on(Rule::Separators) {
        let before = partial.len();
        if cut_glued_rows(text, &lines, &mut partial) {
            // What a second pass over the clean text would find, this one finds: the
            // patterns turned down on a line whose row is now cut are judged again without it.
            // (The rows come in line order.)
            let mut rows: Vec<usize> = partial[before..].iter().map(|(li, _)| *li).collect();
            rows.dedup();
            let freed = matches_after_cuts(inner, text, &lines, &partial[before..]);
            sort_cuts(&mut partial);
            // So are the credits left alone there, whose sentence the row made too long.
            let on_rows: Vec<DeferredCredit> = credits
                .iter()
                .filter(|c| rows.binary_search(&c.li).is_ok())
                .copied()
                .collect();
            let credit_cuts = credits_left_alone(text, &lines, &partial, &on_rows);
            if !credit_cuts.is_empty() {
                partial.extend(credit_cuts);
                sort_cuts(&mut partial);
            }
            judge_again(inner, text, &mut lines, &mut partial, &retry, &rows);
            add_retried(inner, text, &mut lines, &mut partial, &freed);
        }
        restore_wordy_tables(text, &mut lines, &mut partial);
        restore_data_rows(text, &mut lines);
    }
    // The cuts so far: the passes below sort their cuts in among them, and the new ones are
    // told apart from these (in the order of `sort_cuts`).
    let mut before_glued: Vec<(usize, std::cmp::Reverse<usize>)> = partial
        .iter()
        .map(|(_, c)| (c.start, std::cmp::Reverse(c.end)))
        .collect();
    before_glued.sort_unstable();
    if inner.rule_on(Rule::CallToAction) && inner.rule_on(Rule::Context) {
        cut_glued_calls(text, &lines, &mut partial);
        cut_glued_buttons(text, &lines, &mut partial);
    }
    if inner.rule_on(Rule::Copyright) && inner.rule_on(Rule::Context) {
        cut_glued_credits(text, &lines, &mut partial);
    }
    if inner.rule_on(Rule::Rating) && inner.rule_on(Rule::Context) {
        cut_glued_ratings(text, &lines, &mut partial);
    }
    if inner.rule_on(Rule::AuthorBio) && inner.rule_on(Rule::Context) {
        cut_glued_signatures(text, &lines, &mut partial);
    }
    if inner.rule_on(Rule::Context) {
        cut_post_heads(inner, text, &lines, &mut partial);
    }
    if inner.rule_on(Rule::Dateline) && inner.rule_on(Rule::Context) {
        cut_guillemet_stamps(text, &lines, &mut partial);
    }
    extend_glued_rows(inner, text, &lines, &mut partial);
    if inner.rule_on(Rule::Counter) && inner.rule_on(Rule::Context) {
        cut_reaction_rows(text, &lines, &mut partial);
    }
    // The patterns turned down on a line that one of these cut are judged again without it
    // ("Menu ?A©Ę" leaves a menu's button), as a second pass would judge them.
    if partial.len() > before_glued.len() {
        sort_cuts(&mut partial);
        let new: Vec<(usize, RawCut)> = partial
            .iter()
            .filter(|(_, c)| {
                before_glued
                    .binary_search(&(c.start, std::cmp::Reverse(c.end)))
                    .is_err()
            })
            .copied()
            .collect();
        let mut cut_lines: Vec<usize> = new.iter().map(|(li, _)| *li).collect();
        cut_lines.sort_unstable();
        cut_lines.dedup();
        let freed = matches_after_cuts(inner, text, &lines, &new);
        judge_again(inner, text, &mut lines, &mut partial, &retry, &cut_lines);
        add_retried(inner, text, &mut lines, &mut partial, &freed);
    }
    give_back_glued_list_items(inner, text, &mut lines, &mut partial);
    give_back_glued_sentences(inner, text, &mut partial);
    assemble(text, &lines, partial)
}

/// The lines and their features, before the context decision: for the trainer.
pub(crate) fn debug_features(inner: &Inner, text: &str) -> Vec<(usize, usize, bool, Option<[f32; NF]>)> {
    let lines = prepare(inner, text.as_bytes(), true).lines;
    let views = views(&lines);
    let feats = model::Features::new(&views);
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| (l.start, l.end, l.class == Class::Cut, feats.of(i)))
        .collect()
}

/// Each line's byte range and word count: for tests.
pub(crate) fn line_words(text: &[u8], utf8: bool) -> Vec<(usize, usize, u32)> {
    split_lines(text, utf8)
        .0
        .iter()
        .map(|l| (l.start, l.end, l.stats.words))
        .collect()
}

/// What [`prepare`] leaves for the context decision and the passes after it.
struct Prepared {
    lines: Vec<Line>,
    /// Cuts inside lines, sorted by start (the longest first).
    partial: Vec<(usize, RawCut)>,
    /// Matches of `line`, `prefix` and `glued` patterns turned down (see [`patterns_pass`]).
    retry: Vec<Retry>,
    /// Matches of late patterns, for [`late_patterns`].
    late: Vec<Retry>,
    /// Credit phrases turned down as prose, for [`credits_left_alone`] once later cuts are
    /// known.
    credits: Vec<DeferredCredit>,
}

/// Everything before the context decision: lines, patterns, shape rules, content lines.
fn prepare(inner: &Inner, text: &[u8], utf8: bool) -> Prepared {
    let (mut lines, keys) = split_lines(text, utf8);
    count_repeats(text, &mut lines);
    let mut partial: Vec<(usize, RawCut)> = Vec::new();
    let mut credits = Vec::new();
    let mut late = Vec::new();
    let retry = patterns_pass(inner, text, &mut lines, &mut partial, &mut credits, &mut late);
    cut_remnants(text, &mut lines, &partial);
    shape_rules(inner, text, &mut lines, &mut partial, &retry);
    sort_cuts(&mut partial);
    // After the shape rules, so that a menu run they cut counts as cut here too: what a
    // second pass over the clean text would find, this one finds.
    add_retried(inner, text, &mut lines, &mut partial, &retry);
    // The credits left alone are cut once the rest is known; the patterns turned down on
    // their lines are judged again without them ("Last edited by jo; … PM. | Foto: dpa/…
    // | Photo Le Courrier du Val / Bastien Roux" leaves a stamp's line), as a second pass
    // would judge them. (The credits come in line order.)
    let credit_cuts = credits_left_alone(text, &lines, &partial, &credits);
    if !credit_cuts.is_empty() {
        let mut cut_lines: Vec<usize> = credit_cuts.iter().map(|(li, _)| *li).collect();
        cut_lines.dedup();
        partial.extend(credit_cuts);
        sort_cuts(&mut partial);
        judge_again(inner, text, &mut lines, &mut partial, &retry, &cut_lines);
    }
    for &(li, ..) in &retry {
        lines[li].retried = true;
    }
    for (li, cut) in &partial {
        let line = &mut lines[*li];
        line.partial = true;
        // A head glued on with its one title after a colon ("…sonst entstehen Wellen.Siehe
        // auch: Sensenblatt richten") links that title only: the lines under it are no list.
        if cut.end >= line.end && cut.start > line.start {
            let head = &text[cut.start..cut.end];
            line.related_tail |= is_related_head(inner, head, cut.why) && !titled_after_colon(head);
        }
    }
    mark_content(&mut lines);
    keep_prose_remainders(text, &mut lines, &partial);
    set_cohesion(&mut lines, &keys);
    Prepared {
        lines,
        partial,
        retry,
        late,
        credits,
    }
}

/// Most slots a key of [`set_cohesion`] tries; at a table half full, a key looks at two on
/// average.
const COHESION_PROBES: usize = 64;

/// Sets [`Line::cohesion`] of each line the line model may score: the share of its long
/// words (their keys in `keys`) that some prose line of the document uses, another one for a
/// prose line itself. An article's headings, list items and short lines speak of what its
/// paragraphs speak of; a menu, a teaser of another article or a promotion's paragraph
/// mostly does not. One table per document, a key counted once per prose line. A key that
/// finds neither itself nor a free slot within [`COHESION_PROBES`] slots is left out (read as
/// shared by no line), so that text crafted for its keys to collide still costs linear time.
fn set_cohesion(lines: &mut [Line], keys: &[u32]) {
    let prose = |l: &Line| l.class == Class::Content;
    let n: usize = lines.iter().filter(|l| prose(l)).map(|l| l.keys_len as usize).sum();
    // At most half full (one slot when there is no prose: every lookup misses).
    // Per slot: the key in the high half (0: empty; keys are odd), and in the low half the
    // last prose line that uses it and how many do (at most 2), as `line << 2 | count`.
    let mut table = vec![0u64; (2 * n).next_power_of_two()];
    let line_keys = |l: &Line| {
        let at = l.keys_at as usize;
        keys.get(at..at + l.keys_len as usize).unwrap_or_default()
    };
    for (li, line) in lines.iter().enumerate() {
        if !prose(line) {
            continue;
        }
        let stamp = (li as u32) << 2;
        for &k in line_keys(line) {
            let Some(i) = cohesion_slot(&table, k) else { continue };
            let meta = table[i] as u32;
            // A new key counts its first line; a known one, the next line that uses it.
            if table[i] == 0 || meta & !3 != stamp {
                table[i] = u64::from(k) << 32 | u64::from(stamp | ((meta & 3) + 1).min(2));
            }
        }
    }
    for line in lines.iter_mut() {
        if line.keys_len == 0 || line.class == Class::Cut || line.stats.words > PROSE_CUT_MAX_WORDS {
            continue;
        }
        let need = if prose(line) { 2 } else { 1 };
        let ks = line_keys(line);
        // An empty slot counts no line.
        let found = ks
            .iter()
            .filter(|&&k| cohesion_slot(&table, k).is_some_and(|i| table[i] as u32 & 3 >= need))
            .count();
        line.cohesion = found as f32 / ks.len() as f32;
    }
}

/// The slot of [`set_cohesion`]'s `table` (its length a power of two) that holds key `k`,
/// or the free slot where it would go; `None` past [`COHESION_PROBES`] slots. Keys are hashes
/// already: their bits above the lowest pick the first slot.
fn cohesion_slot(table: &[u64], k: u32) -> Option<usize> {
    let mask = table.len() - 1;
    let mut i = (k >> 1) as usize & mask;
    for _ in 0..COHESION_PROBES {
        let key = (table[i] >> 32) as u32;
        if key == k || key == 0 {
            return Some(i);
        }
        i = (i + 1) & mask;
    }
    None
}

/// Sorts cuts by start, the longest first at one start: a cut inside another adds nothing and
/// goes (see `push`).
fn sort_cuts(cuts: &mut [(usize, RawCut)]) {
    cuts.sort_unstable_by_key(|(_, c)| (c.start, std::cmp::Reverse(c.end)));
}

/// A pattern's match kept for a later judgement, `(line, pattern, start, end)`: one of a
/// `line`, `prefix` or `glued` pattern that its line turned down, judged again once other
/// cuts have taken part of the line, or a late pattern's (see [`late_patterns`]).
type Retry = (usize, u32, usize, usize);

/// Sets [`Line::repeats`] of each line the line model may judge (non-blank, under
/// [`CONTENT_WORDS`] words; prose is never judged and keeps 1): one hash per line, one table
/// per document.
fn count_repeats(text: &[u8], lines: &mut [Line]) {
    let judged = |l: &Line| l.class != Class::Blank && l.stats.words < CONTENT_WORDS;
    // 0 marks a line that is not counted (a hash that comes out 0 is moved to 1).
    let hashes: Vec<u64> = lines
        .iter()
        .map(|l| if judged(l) { text_key(text, l) } else { 0 })
        .collect();
    let n = hashes.iter().filter(|&&h| h != 0).count();
    let mut seen: HashMap<u64, u8, BuildHasherDefault<PreHashed>> =
        HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default());
    for &h in hashes.iter().filter(|&&h| h != 0) {
        let c = seen.entry(h).or_insert(0);
        *c = c.saturating_add(1).min(REPEATS_MAX);
    }
    for (line, h) in lines.iter_mut().zip(hashes) {
        if h != 0 {
            line.repeats = seen[&h];
        }
    }
}

/// What makes two lines the same text for [`count_repeats`] and [`cards`]: the hash of the
/// line without its ASCII blanks at either end, never 0.
fn text_key(text: &[u8], line: &Line) -> u64 {
    line_hash(text[line.start..line.end].trim_ascii()).max(1)
}

/// A 64-bit hash of a line's bytes, eight at a time.
fn line_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h.rotate_left(23) ^ w).wrapping_mul(K);
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(23) ^ u64::from_le_bytes(last)).wrapping_mul(K);
    h ^ (h >> 29)
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

/// A line that keeps a sentence of prose once its partial cuts are taken out is content:
/// "The fire is under investigation.Sign up for our newsletter" loses the glued widget, and
/// its first sentence is judged as the prose it is, not with the widget's words. A long
/// paragraph whose glued tail went is marked [`Line::prose_before_tail`].
/// `partial` is sorted by position.
fn keep_prose_remainders(text: &[u8], lines: &mut [Line], partial: &[(usize, RawCut)]) {
    for cuts in partial.chunk_by(|x, y| x.0 == y.0) {
        let li = cuts[0].0;
        let line = lines[li];
        let l = &text[line.start..line.end];
        // What the cuts leave of the line is prose: its words (counted up to the
        // `CONTENT_WORDS` that decide), and whether its last piece ends a sentence.
        let rest_is_prose = || {
            let (mut words, mut ends_sentence) = (0u32, false);
            for_each_gap(l.len(), line_spans(&line, cuts), |g0, g1| {
                let g = &l[g0..g1];
                if has_alnum(g) {
                    words += count_words_max(g, CONTENT_WORDS.saturating_sub(words));
                    ends_sentence = last_visible_char(g).is_some_and(is_sentence_end);
                }
            });
            is_prose(words, ends_sentence)
        };
        match line.class {
            Class::Short if rest_is_prose() => lines[li].class = Class::Content,
            // Prose before a cut tail, as a short line's rest ("…Anstoß ist jeweils am
            // Sonntag um 15 Uhr.Alle Spiele finden Sie in unserem Liveticker.").
            Class::Content if cuts.iter().any(|(_, c)| c.start > line.start && c.end >= line.end) => {
                lines[li].prose_before_tail = rest_is_prose();
            }
            _ => {}
        }
    }
}

/// Long enough to be content whatever its punctuation, or a sentence of some length.
fn is_prose(words: u32, ends_sentence: bool) -> bool {
    words >= CONTENT_WORDS || words >= SENTENCE_WORDS && ends_sentence
}

/// A line whose partial cuts leave nothing but punctuation goes whole.
fn cut_remnants(text: &[u8], lines: &mut [Line], partial: &[(usize, RawCut)]) {
    for cuts in partial.chunk_by(|x, y| x.0 == y.0) {
        let li = cuts[0].0;
        let line = lines[li];
        if line.class == Class::Cut {
            continue;
        }
        if !leaves_alnum(text, &line, cuts) {
            lines[li].class = Class::Cut;
            lines[li].why = cuts[0].1.why;
        }
    }
}

/// Whether `cuts` (one line's, sorted) leave a letter or a digit of `line`.
fn leaves_alnum(text: &[u8], line: &Line, cuts: &[(usize, RawCut)]) -> bool {
    let l = &text[line.start..line.end];
    let mut left = false;
    for_each_gap(l.len(), line_spans(line, cuts), |g0, g1| left |= has_alnum(&l[g0..g1]));
    left
}

/// Whether `line` ends a sentence where its `cuts` (sorted) begin and they take the rest of
/// it: the reply's last sentence with the thread's links glued after it in extraction
/// ("…das Einfache prüfen.Nach obenZurück zu „Motor & Vergaser“").
fn ends_sentence_before_cuts(text: &[u8], line: &Line, cuts: &[(usize, RawCut)]) -> bool {
    let Some((_, first)) = cuts.first() else { return false };
    if first.start <= line.start || !char_before(text, first.start).is_some_and(|(c, _)| is_sentence_end(c)) {
        return false;
    }
    // The line from its first cut on: its cuts leave nothing of it.
    !leaves_alnum(
        text,
        &Line {
            start: first.start,
            ..*line
        },
        cuts,
    )
}

/// The cuts of line `li` in `partial` (sorted by position).
fn cuts_of(partial: &[(usize, RawCut)], li: usize) -> &[(usize, RawCut)] {
    of_line(partial, li, |c| c.0)
}

/// The run of `items` (in line order, each naming its line with `line_of`) that belong to
/// line `li`.
fn of_line<T>(items: &[T], li: usize, line_of: impl Fn(&T) -> usize) -> &[T] {
    let from = items.partition_point(|x| line_of(x) < li);
    let to = from + items[from..].partition_point(|x| line_of(x) == li);
    &items[from..to]
}

/// The cuts of one line as spans relative to its start, in the order given.
fn line_spans<'a>(line: &Line, cuts: &'a [(usize, RawCut)]) -> impl Iterator<Item = (usize, usize)> + 'a {
    let base = line.start;
    cuts.iter().map(move |(_, c)| (c.start - base, c.end - base))
}

/// `spans` (sorted by start) merged into disjoint runs, in order.
fn merged_runs(spans: impl Iterator<Item = (usize, usize)>) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match runs.last_mut() {
            Some(r) if s <= r.1 => r.1 = r.1.max(e),
            _ => runs.push((s, e)),
        }
    }
    runs
}

/// Calls `f` on each non-empty stretch of `0..len` that lies outside `spans` (taken in the
/// order given; sorted spans give the exact complement).
fn for_each_gap(len: usize, spans: impl Iterator<Item = (usize, usize)>, mut f: impl FnMut(usize, usize)) {
    let mut pos = 0;
    for (s, e) in spans {
        if s > pos {
            f(pos, s);
        }
        pos = pos.max(e);
    }
    if pos < len {
        f(pos, len);
    }
}

fn views(lines: &[Line]) -> Vec<LineView> {
    lines
        .iter()
        .map(|l| LineView {
            stats: l.stats,
            blank: l.class == Class::Blank,
            content: l.class == Class::Content,
            cut: l.class == Class::Cut,
            partial: l.partial,
            repeats: l.repeats,
            bytes: (l.end - l.start).min(u32::MAX as usize) as u32,
            cohesion: l.cohesion,
        })
        .collect()
}

fn mark_content(lines: &mut [Line]) {
    for line in lines.iter_mut() {
        if line.class == Class::Short && is_prose(line.stats.words, line.stats.ends_sentence) {
            line.class = Class::Content;
        }
    }
}

/// Log-odds above which the model cuts a line, for article text and for page text (see
/// `model::regime`). The tree ensembles are fitted with balanced classes; these thresholds set
/// the balanced mode's operating point on the dev sets: article text is cut only on stronger
/// evidence, since most of it is content; page text's is set after each refit so that
/// dev-page keeps BR 0.90 with a margin of a few snippets, as much as a refit moves it.
const THRESHOLDS: [f32; 2] = [0.95, 0.75];

/// What a prose line's log-odds must exceed the threshold by to be cut, for article and for
/// page text: a sentence of some length is content far more often than a short line, and
/// losing one costs more. What the model still cuts at these margins are whole sentences of
/// site chrome: sign-up pitches, "about us" blurbs, legal notes.
const PROSE_MARGIN: [f32; 2] = [1.0, 0.5];
/// What the log-odds of a heading or a listed item (see `protections`) must exceed the
/// threshold by, for article and for page text: a short line right above prose is the
/// article's own heading far more often than not, but a call to action or a teaser title
/// sits there too.
const HEADING_MARGIN: [f32; 2] = [1.25, 1.5];
/// What the log-odds of a short line between two prose lines (see `islands`) must exceed the
/// threshold by, for article and for page text.
const ISLAND_MARGIN: [f32; 2] = [1.0, 0.75];
/// What the log-odds of a short line between two prose lines must exceed the threshold by
/// on a page that is a list of items (see `islands`): an event calendar, a job board, a
/// course list, where each item is a title and a line or two of facts above one paragraph.
const LISTING_MARGIN: [f32; 2] = [2.5, 2.5];
/// What the log-odds of a line of a card (see `cards`) must exceed the threshold by, for
/// article and for page text: on dev-page, the lines of cards lie inside content snippets
/// thirteen times as often as inside boilerplate ones (973 against 76).
const CARD_MARGIN: [f32; 2] = [2.0, 2.0];
/// Fewest runs of short lines between prose that make a page a list of items (see `islands`).
const LISTING_RUNS: usize = 3;
/// What the log-odds of a line of a list of quantities or of a fact box (see
/// `quantity_lists`, `label_rows`) must exceed the threshold by, for article and for page
/// text.
const DATA_MARGIN: [f32; 2] = [2.0, 2.5];
/// What the log-odds of a short line that states a price (see `price_lines`) must exceed the
/// threshold by, for article and for page text: a product's or a listing's price is content
/// far more often than not (on the dev sets, lines of a price and a few words lie inside
/// content snippets eight times as often as inside boilerplate ones), but page text also
/// repeats prices in carousels of other products.
const PRICE_MARGIN: [f32; 2] = [2.0, 1.0];
/// What the log-odds of any other short line must exceed the threshold by.
const SHORT_MARGIN: [f32; 2] = [0.0, 0.0];
/// What the log-odds of a piece of a sentence (see `joined`) must exceed the threshold by,
/// for article and for page text.
const JOINED_MARGIN: [f32; 2] = [0.75, 0.0];
/// The model judges prose lines only in documents with at least this many of them: a short
/// text has no prose to spare, and its lone paragraph among cut lines looks like chrome.
const PROSE_CONTEXT_LINES: usize = 5;
/// Nor does it cut a prose line longer than this (words): a paragraph that long is the
/// article's far more often than not.
const PROSE_CUT_MAX_WORDS: u32 = 60;
// The model's lexical features count the first `LEXICON_WORDS` words of a line: every line it
// scores (short lines, prose up to `PROSE_CUT_MAX_WORDS`) must be that short.
const _: () =
    assert!(PROSE_CUT_MAX_WORDS <= crate::stats::LEXICON_WORDS && CONTENT_WORDS <= crate::stats::LEXICON_WORDS);

/// How each mode moves the thresholds.
fn mode_offset(mode: Mode) -> f32 {
    match mode {
        Mode::Recall => 1.5,
        Mode::Balanced => 0.0,
        Mode::Precision => -1.0,
    }
}

/// The context decision: the line model judges the lines the earlier passes left, the rules
/// for calls to action, breadcrumbs, ratings, counters and post headers take what it kept,
/// pieces of a sentence are made whole, then the late patterns (see [`late_patterns`]) and
/// the rules that read the page's cuts (related links, authors' bios, consent notices).
fn context(inner: &Inner, text: &[u8], lines: &mut [Line], partial: &mut Vec<(usize, RawCut)>, late: &[Retry]) {
    // A line or two is no page: there is no context to judge them by.
    if lines
        .iter()
        .filter(|l| l.class != Class::Blank)
        .nth(MIN_CONTEXT_LINES - 1)
        .is_none()
    {
        late_patterns(inner, text, lines, partial, late);
        return;
    }
    // Features read the lines as the earlier passes left them, not as this one cuts them.
    let views = views(lines);
    let feats = model::Features::new(&views);
    let (heading, (mut island, listing)) = protections(inner, text, lines);
    let nb = feats.non_blank();
    if listing {
        restore_item_rows(lines, nb, &mut island);
    }
    let cards = cards(text, lines, nb);
    for &i in nb {
        // A path of chevrons is the page's breadcrumb, above the first card or among them,
        // not an item's facts.
        if cards[i] && !is_path_row(&text[lines[i].start..lines[i].end], false) {
            restore_separator_row(&mut lines[i]);
        }
    }
    let joined = joined(lines, nb);
    let prices = price_lines(text, lines);
    let priced = priced(text, lines, nb, &prices);
    let quantities = quantity_lists(text, lines, nb);
    let labels = label_rows(text, lines, nb);
    let data_heads = data_heads(lines, nb, |i| quantities[i] || labels[i]);
    let offset = mode_offset(inner.mode);
    let thr = [THRESHOLDS[0] + offset, THRESHOLDS[1] + offset];
    let prose_lines = lines.iter().filter(|l| l.class == Class::Content).count();
    // Headings before the first prose line are the page's title (and its kicker): only
    // patterns cut them.
    let first_prose = lines
        .iter()
        .position(|l| l.class == Class::Content)
        .unwrap_or(lines.len());
    let cta_on = inner.rule_on(Rule::CallToAction);
    let rating_on = inner.rule_on(Rule::Rating);
    let counter_on = inner.rule_on(Rule::Counter);
    let seps_on = inner.rule_on(Rule::Separators);
    let date_on = inner.rule_on(Rule::Dateline);
    // Print issues' stamps cut below (see `keep_issue_lists`).
    let mut issues = 0;
    for (i, (line, is_heading)) in lines.iter_mut().zip(heading).enumerate() {
        let title = is_heading && i < first_prose;
        // Later headings, islands and prose lines (see `mark_content`) are cut by the model
        // only on stronger evidence.
        // A short line with no protection of its own (see `prose_like` below).
        let mut plain = false;
        let margin = match line.class {
            Class::Short if title => None,
            Class::Short if joined[i] == Joined::Prose => None,
            Class::Short if is_heading => Some(&HEADING_MARGIN),
            Class::Short if priced[i] => None,
            Class::Short if quantities[i] || labels[i] => Some(&DATA_MARGIN),
            // The head of a data block is judged as a heading.
            Class::Short if data_heads[i] => Some(&HEADING_MARGIN),
            Class::Short if cards[i] => Some(&CARD_MARGIN),
            Class::Short if island[i] && listing => Some(&LISTING_MARGIN),
            Class::Short if island[i] => Some(&ISLAND_MARGIN),
            Class::Short if joined[i] == Joined::Short => Some(&JOINED_MARGIN),
            Class::Short if prices[i] && line.stats.words <= PRICE_ONLY_MAX_WORDS => Some(&PRICE_MARGIN),
            // Other short lines at the threshold; one that opens with a long sentence is
            // judged as prose (below).
            Class::Short => {
                plain = true;
                Some(&SHORT_MARGIN)
            }
            Class::Content if line.prose_before_tail => continue,
            Class::Content if prose_lines >= PROSE_CONTEXT_LINES && line.stats.words <= PROSE_CUT_MAX_WORDS => {
                Some(&PROSE_MARGIN)
            }
            // Prose the model does not judge: only the rules below may cut it.
            Class::Content => None,
            _ => continue,
        };
        if let (Some(margin), Some(f)) = (margin, feats.of(i)) {
            let mut score = model::Score::new(&f);
            let regime = score.regime();
            // A short line that opens with a long sentence is judged as prose: on the dev
            // sets such lines lie inside content snippets far more often than inside
            // boilerplate ones (a product card's description before its list of pros). Read
            // only where the verdict hangs on it.
            if score.above(thr[regime] + margin[regime])
                && !(plain
                    && !score.above(thr[regime] + PROSE_MARGIN[regime])
                    && opens_with_sentence(&text[line.start..line.end], line.stats.words))
            {
                line.class = Class::Cut;
                line.why = MODEL_CUT;
                continue;
            }
        }
        // A call to action or a star rating the model kept goes, unless it is the page's
        // title. A call to action may end with an exclamation mark, which makes its line
        // read as prose ("Jetzt Tickets sichern und 15 % Frühbucherrabatt nutzen!").
        if !matches!(line.class, Class::Short | Class::Content) {
            continue;
        }
        let l = &text[line.start..line.end];
        // A search box's prompt may stand where a title does, above the first prose line; it
        // is never one.
        if title && !(seps_on && line.stats.words <= SEARCH_PROMPT_MAX_WORDS && is_search_prompt(l)) {
            continue;
        }
        let short = line.class == Class::Short;
        let exclaimed = || line.stats.words <= CTA_LINE_MAX_WORDS && last_visible_char(l) == Some('!');
        if cta_on
            && ((short || exclaimed()) && is_call_to_action(l, line.stats.words)
                || line.stats.words <= CTA_LINE_MAX_WORDS && is_jetzt_sentence(l)
                || line.stats.words <= HELP_PROMPT_MAX_WORDS && (is_help_prompt(l) || is_reader_pitch(l)))
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::CallToAction, Category::Promo);
        } else if cta_on
            && line.stats.words <= SIGNUP_PITCH_MAX_WORDS
            && ((line.stats.chrome > 0 || line.stats.cta_first) && is_signup_pitch(l)
                || line.stats.ends_sentence
                    && (MAIL_SCHEDULE_MIN_WORDS..=MAIL_SCHEDULE_MAX_WORDS).contains(&line.stats.words)
                    && (line.stats.person > 0
                        || line.stats.cta_first
                        || line.stats.chrome > 0 && newsletter_label(l)
                        || names_mail_de(l))
                    && is_mail_schedule(l, line.stats.words))
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::CallToAction, Category::Newsletter);
        } else if seps_on
            && (short
                && (line.stats.words <= BREADCRUMB_MAX_WORDS && is_breadcrumb(l)
                    || line.stats.words <= ARROW_LINK_MAX_WORDS && (is_chevron_link(l) || is_guillemet_link(l))
                    || line.stats.words <= DROPDOWN_MAX_WORDS && is_dropdown(l)
                    || is_filter_row(l, line.stats.words)
                    // A label and three page numbers at least.
                    || line.stats.digits >= 3 && (4..=PAGER_MAX_WORDS).contains(&line.stats.words) && is_labelled_pager(l)
                    // Rows that open with a bracket or a left-pointing mark: looked for by
                    // their first byte ('[', and the lead bytes of "«", "‹" and "←").
                    || matches!(l.trim_ascii_start().first(), Some(b'[' | 0xC2 | 0xE2))
                        && (line.stats.words <= BRACKET_ROW_MAX_WORDS && is_bracket_row(l)
                            || line.stats.words <= PREV_NEXT_MAX_WORDS && is_prev_next_row(l)))
                // Its ellipsis may end the prompt as a sentence's end mark would.
                || line.stats.words <= SEARCH_PROMPT_MAX_WORDS && is_search_prompt(l))
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Separators, Category::Nav);
        } else if short
            && rating_on
            && line.stats.digits > 0
            && (is_rating(l, line.stats.words)
                || is_star_histogram(l, line.stats.words)
                || is_rating_row(l, line.stats.words))
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Rating, Category::Feedback);
        } else if short
            && counter_on
            && line.stats.digits > 0
            && (line.stats.counts
                && (is_counter(l, line.stats.words)
                    || is_counter_row(l, line.stats.words)
                    || is_poster_row(l, line.stats.words))
                || is_facet_row(l, line.stats.words)
                || is_post_meta(l, line.stats.words)
                || is_archive_entry(l, line.stats.words)
                || is_result_range_row(l, line.stats.words)
                || is_ticker_row(l, line.stats.words)
                || is_gallery_counter(l, line.stats.words)
                || is_media_duration(l, line.stats.words))
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Counter, Category::Nav);
        } else if short
            && date_on
            && (line.stats.digits > 0
                && (is_post_header(l, line.stats.words)
                    || is_wrote_header(l, line.stats.words)
                    || line.stats.words <= ICON_STAMP_MAX_WORDS && is_icon_stamp(l)
                    || line.stats.words <= WEATHER_ROW_MAX_WORDS && is_weather_row(l))
                // A dash is no separator before the line model (it joins clauses of prose),
                // but after an author's name and before a post's age it is one.
                || line.stats.words <= AGE_ROW_MAX_WORDS && memchr::memchr2(b'-', 0xE2, l).is_some() && is_age_row(l))
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Dateline, Category::Date);
        } else if short
            && date_on
            && line.stats.digits >= ISSUE_STAMP_MIN_DIGITS
            && line.stats.words <= ISSUE_STAMP_MAX_WORDS
            && is_issue_stamp(l)
        {
            line.class = Class::Cut;
            line.why = ISSUE_STAMP_CUT;
            issues += 1;
        }
    }
    if issues >= ISSUE_LIST_MIN {
        keep_issue_lists(lines, nb, &views);
    }
    rejoin_pieces(text, lines, nb, &joined, &views);
    keep_thanks(text, lines, &views);
    keep_post_bodies(inner, text, lines, nb, &views);
    keep_glued_prose(text, lines, partial, &views, thr);
    keep_inner_headings(lines, nb);
    keep_wiki_titles(text, lines, nb, &views);
    keep_hours_rows(text, lines, nb, &views);
    keep_table_rows(lines, &views);
    keep_contact_rows(text, lines, nb, &views);
    // Rows of hours under the contact rows just given back.
    keep_hours_rows(text, lines, nb, &views);
    keep_item_names(text, lines, nb, &views);
    keep_item_prices(inner, text, lines, nb, &views);
    keep_block_tails(text, lines, nb, &views, partial);
    // Before the rules that read what the patterns cut: a late head opens a list of links.
    late_patterns(inner, text, lines, partial, late);
    let unjudged = keep_stamped_replies(inner, text, lines, nb, &views, partial, late);
    // A reply given back was never judged by the late patterns that matched it.
    late_patterns(inner, text, lines, partial, &unjudged);
    keep_one_word_answers(inner, lines, nb, &views);
    keep_event_dates(text, lines, &views);
    keep_day_programmes(text, lines, &views);
    keep_category_headings(inner, text, lines, nb, &views);
    keep_book_credits(inner, text, lines, &views);
    keep_item_blocks(text, lines, nb, &views);
    keep_crumb_titles(inner, text, lines, nb, &views, partial);
    if seps_on {
        keep_row_headings(text, lines, partial);
    }
    keep_path_titles(inner, text, lines, nb, &views);
    if inner.rule_on(Rule::RelatedLinks) {
        name_related_heads(inner, text, lines, late);
        cut_related_titles(inner, text, lines, nb);
    }
    if cta_on {
        cut_ad_copy(inner, text, lines, nb);
        cut_newsletter_pitches(inner, text, lines, nb);
    }
    if inner.rule_on(Rule::Dateline) {
        cut_late_datelines(inner, text, lines, nb);
    }
    if seps_on {
        cut_button_rows(text, lines);
    }
    if inner.rule_on(Rule::AuthorBio) {
        cut_author_bios(text, lines, partial);
    }
    if inner.rule_on(Rule::Consent) {
        for line in lines.iter_mut() {
            let kept = line.stands();
            // "cookie" and "cookies" are chrome words: a line short enough for all its words
            // to have been looked up and without one names no cookies.
            let chrome = line.stats.chrome > 0 || line.stats.words > stats::LEXICON_WORDS;
            if kept && chrome && crate::consent::is_consent_notice(&text[line.start..line.end], line.stats.words) {
                line.class = Class::Cut;
                line.why = Why::Rule(Rule::Consent, Category::Cookie);
            }
        }
    }
}

/// Most words of a search box's prompt (see [`is_search_prompt`]).
const SEARCH_PROMPT_MAX_WORDS: u32 = 8;

/// Verbs that open a search box's prompt, lowercase.
const SEARCH_VERBS: [&str; 10] = [
    "search",
    "suche",
    "suchen",
    "durchsuche",
    "durchsuchen",
    "rechercher",
    "recherche",
    "chercher",
    "buscar",
    "busca",
];

/// A search box's prompt left in the text: a search verb first and an ellipsis last ("Suche
/// in 48.213 Fragen …", "Rechercher dans l'aide…", "Search docs...", "Buscar una receta…").
fn is_search_prompt(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    if !(t.ends_with("…".as_bytes()) || t.ends_with(b"...")) {
        return false;
    }
    let first = t.split(|&b| b == b' ').next().unwrap_or(t);
    SEARCH_VERBS.iter().any(|v| first.eq_ignore_ascii_case(v.as_bytes()))
}

/// Words that set a search's filter to everything, lowercase: "Alle Kategorien", "Ort:
/// alle", "All locations", "Toutes les catégories", "Todas las provincias".
const FILTER_ALL_WORDS: [&str; 11] = [
    "alle",
    "allen",
    "all",
    "any",
    "tous",
    "toutes",
    "tout",
    "todos",
    "todas",
    "todo",
    "cualquier",
];
/// Fewest and most words of a row of filters (see [`is_filter_row`]), and most of one of
/// its items.
const FILTER_ROW_MIN_WORDS: u32 = 4;
const FILTER_ROW_MAX_WORDS: u32 = 16;
const FILTER_ITEM_MAX_WORDS: u32 = 5;
/// Most words of a filter's value: "Toutes les catégories".
const FILTER_VALUE_MAX_WORDS: u32 = 3;

/// A search's filters left as a row: two items or more, split by separators, that set a
/// filter to everything (a word of [`FILTER_ALL_WORDS`] opens the item's value of at most
/// [`FILTER_VALUE_MAX_WORDS`] words, after its label and colon or not), and the others a
/// label and its value: "Filter: Alle Kategorien ·
/// Alle Orte", "Zeitraum: Mai 2011 – Juni 2011 | Kategorie: alle | Ort: alle", "Toutes les
/// catégories | Toutes les villes". A row of links that names two things "all" is no
/// filter's unless both stand at the items' heads.
fn is_filter_row(l: &[u8], words: u32) -> bool {
    let opens_all = |value: &[u8]| {
        let first = value.split(|b| !b.is_ascii_alphabetic()).next().unwrap_or(value);
        FILTER_ALL_WORDS
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w.as_bytes()))
    };
    // Most lines hold no separator's byte ("·" ends in 0xB7, "•" in 0xA2), and most rows
    // open with an item that is neither a label nor "all" ("Chemnitz-Furth · 340 m²").
    if !(FILTER_ROW_MIN_WORDS..=FILTER_ROW_MAX_WORDS).contains(&words)
        || !memchr::memchr3(b'|', 0xB7, 0xA2, l).is_some_and(|p| {
            let head = &l[..p];
            memchr::memchr(b':', head).is_some() || opens_all(head.trim_ascii_start())
        })
    {
        return false;
    }
    let (mut all, mut other, mut bad) = (0, 0, false);
    let seps = for_each_separator_item(l, |item| {
        if !has_alnum(item) {
            return;
        }
        let colon = memchr::memchr(b':', item);
        let value = colon.map_or(item, |c| &item[c + 1..]).trim_ascii_start();
        if count_words_max(item, FILTER_ITEM_MAX_WORDS + 1) > FILTER_ITEM_MAX_WORDS {
            bad = true;
        } else if opens_all(value) && count_words_max(value, FILTER_VALUE_MAX_WORDS + 1) <= FILTER_VALUE_MAX_WORDS {
            all += 1;
        } else if colon.is_some() {
            other += 1;
        } else {
            bad = true;
        }
    });
    seps >= 1 && all >= 2 && !bad && other <= all
}

/// Most words of a line with a drop-down menu's triangle (see [`is_dropdown`]).
const DROPDOWN_MAX_WORDS: u32 = 12;

/// A drop-down menu's label left in the text: a few words with a triangle that opens it
/// ("Version: 2024.3 (aktuell) ▾", "Browse ▾"), or a menu's row with one of its items
/// such ("RECETAS ▾ ARROCES GUISOS POSTRES").
fn is_dropdown(l: &[u8]) -> bool {
    // Both triangles are E2 96 and a third byte: looked for by their first byte, which most
    // lines do not hold.
    memchr::memchr_iter(0xE2, l).any(|i| l.get(i + 1) == Some(&0x96) && matches!(l.get(i + 2), Some(0xBE | 0xBC)))
}

/// Gives back the sentences of thanks that the line model cut: a reply that opens with
/// "Danke", "Thanks", "Merci" or "Gracias" ("Danke, hat geklappt! Nach zwei Wasserwechseln
/// …", "Mil gracias, ya estamos reservando.") is a thread's last post, which stands among
/// the thread's chrome as often as not. A site's own thanks name what was done for it or
/// speak to the reader ("Thank you! Your submission has been received", "Merci à nos
/// partenaires"): a line with a chrome word or a word of the second person or the first
/// plural stays cut.
fn keep_thanks(text: &[u8], lines: &mut [Line], views: &[LineView]) {
    for (line, view) in lines.iter_mut().zip(views) {
        let l = &text[line.start..line.end];
        // Thanks to the whole thread may report back in a word the lexicon counts as chrome:
        // "Thanks everyone, will report back."
        if line.class == Class::Cut && line.why == MODEL_CUT && (line.stats.chrome == 0 || thanks_everyone(l)) {
            // "Danke euch" and "Danke dir" thank a thread, as a site, which says "Ihnen", does not.
            let person = line.stats.person - u32::from(line.stats.person > 0 && thanks_a_thread(l));
            if person == 0 && opens_with_thanks(l) || closes_with_thanks(l) {
                give_back(line, view);
            }
        }
    }
}

/// Whether `l` opens with thanks to everyone in a thread: "Thanks everyone", "Thanks all",
/// "Thank you all", "Danke euch".
fn thanks_everyone(l: &[u8]) -> bool {
    opens_with_words(
        l,
        &[
            "thanks everyone",
            "thanks all",
            "thanks guys",
            "thank you all",
            "thank you everyone",
            "danke euch",
        ],
    )
}

/// Whether `l` opens with one of `list`'s words (ASCII case aside), a word ending there.
fn opens_with_words(l: &[u8], list: &[&str]) -> bool {
    let t = l.trim_ascii_start();
    ascii_prefixes(t, list).any(|n| !t[n].is_ascii_alphanumeric())
}

/// Whether `l` opens with German thanks to the thread in the informal second person:
/// "Danke euch, …", "Danke dir!".
fn thanks_a_thread(l: &[u8]) -> bool {
    opens_with_words(l, &["danke euch", "danke dir"])
}

/// Word `w` in lowercase, without the marks around it other than those of `keep` (an
/// apostrophe that elides, a hyphen that joins an imperative to its pronoun).
fn lower_word(w: &str, keep: &[char]) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && !keep.contains(&c))
        .to_lowercase()
}

/// Words of the reader's or the site's side that make a closing "thanks" a site's: the
/// formal and the singular second person ("Vielen Dank für Ihre Bestellung!", "Thank you for
/// your purchase", "Merci de votre visite", "Gracias por su compra").
const SITE_THANKS_WORDS: [&str; 13] = [
    "ihr", "ihre", "ihren", "ihnen", "sie", "you", "your", "votre", "vos", "vous", "su", "sus", "usted",
];

/// Thanks to everyone in a thread, after a word of thanks (see [`closes_with_thanks`]).
const THANKS_TO_ALL: [&str; 8] = [
    "à tous",
    "à toutes",
    "a todos",
    "a todas",
    "to all",
    "to everyone",
    "an alle",
    "an euch",
];

/// Most words of the closing thanks of [`closes_with_thanks`].
const CLOSING_THANKS_WORDS: usize = 10;

/// A reply that reports back and closes with thanks to the thread: "Hat geklappt! Brot ist
/// schön aufgegangen. Danke euch!", "Kurzes Update: die Welle ist getauscht, das Klackern ist
/// weg. Danke euch allen für die schnelle Hilfe!", "¡Conseguí cita para el 19! Mil gracias".
/// The line's last sentence opens with thanks (see [`opens_with_thanks`]) and is short, with
/// no word of [`SITE_THANKS_WORDS`]; what comes before it names neither the reader nor the
/// site (no word of the first person plural or the second person).
fn closes_with_thanks(l: &[u8]) -> bool {
    let t = l.trim_ascii_end();
    // Cheap first: a sentence end before the last words (most lines have none there).
    let Some(head_end) = t[..t.len().saturating_sub(1)]
        .iter()
        .rposition(|&b| matches!(b, b'.' | b'!' | b'?'))
    else {
        return false;
    };
    let (head, tail) = (&t[..=head_end], t[head_end + 1..].trim_ascii_start());
    // Thanks alone, or to everyone: "Mil gracias", "Merci à tous !".
    let bare = || THANKS_WORDS.iter().any(|w| tail.eq_ignore_ascii_case(w.as_bytes()));
    let to_all = || {
        ascii_prefixes(tail, &THANKS_WORDS).any(|n| {
            let rest = tail[n..].trim_ascii_start();
            ascii_prefixes(rest, &THANKS_TO_ALL).any(|m| !rest[m].is_ascii_alphabetic())
        })
    };
    if tail.is_empty() || !(opens_with_thanks(tail) || bare() || to_all()) || crate::stats::scan(head, false).person > 0
    {
        return false;
    }
    let Ok(tail) = std::str::from_utf8(tail) else {
        return false;
    };
    let words: Vec<String> = tail.split_whitespace().map(|w| lower_word(w, &[])).collect();
    words.len() <= CLOSING_THANKS_WORDS && !words.iter().any(|w| SITE_THANKS_WORDS.contains(&w.as_str()))
}

/// Most lines (blank lines aside) of a post's body that [`keep_post_bodies`] reads.
const POST_BODY_LINES: usize = 12;
/// Most words of a post's foot above its row of buttons (see [`keep_post_bodies`]).
const POST_FOOT_MAX_WORDS: u32 = 3;
/// Most words of a post's row of buttons (see [`keep_post_bodies`]).
const POST_BAR_MAX_WORDS: u32 = 8;

/// Gives back the line model's cuts in the bodies of a thread's posts: the lines between a
/// post's stamp (a line cut as a date, by a rule or a pattern: "#3 · 05.02.2025, 18:02", or
/// a post's header that a comments pattern cut with its figures) and its row of buttons, a
/// short line cut that acts on the post (see [`acts_on_post`]) and recurs on the page
/// ("Antworten · Zitieren · Melden"), or the link back to the page's top above that row.
/// Short replies between such cuts ("Danke euch, das mache ich so!") read to the model as
/// chrome in a run of chrome. A line of figures alone (votes: "👍 19 👎 7") stays cut. `nb`
/// holds the indices of the non-blank lines.
fn keep_post_bodies(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    // The rows of buttons, by their index among the non-blank lines.
    let bars: Vec<usize> = (0..nb.len())
        .filter(|&k| {
            let l = &lines[nb[k]];
            l.class == Class::Cut
                && l.repeats >= 2
                && l.stats.words <= POST_BAR_MAX_WORDS
                && acts_on_post(&text[l.start..l.end])
        })
        .collect();
    if bars.len() < 2 {
        return;
    }
    for k in bars {
        // Above the bar, the post's foot may stand: a link back to the page's top ("Nach
        // oben", "Back to top"), which a pattern cut.
        let foot = |l: &Line| {
            l.class == Class::Cut
                && l.why != MODEL_CUT
                && l.stats.words <= POST_FOOT_MAX_WORDS
                && cut_category(inner, l.why) == Category::Nav
        };
        let k = if k > 0 && foot(&lines[nb[k - 1]]) { k - 1 } else { k };
        // Back to the post's head: the nearest line cut otherwise than by the model.
        let mut h = k;
        while h > 0 && k - h < POST_BODY_LINES {
            let l = &lines[nb[h - 1]];
            if l.class == Class::Cut && l.why != MODEL_CUT {
                break;
            }
            h -= 1;
        }
        // The head is the post's stamp: a date or a time, by rule or by pattern, or a post's
        // header a pattern of comments cut, with figures ("Verfasst am: 15.03.2006 08:10").
        if h == 0 || h == k || k - h >= POST_BODY_LINES {
            continue;
        }
        let head = &lines[nb[h - 1]];
        let stamp = match cut_category(inner, head.why) {
            Category::Date => true,
            Category::Comments => head.stats.digits > 0,
            _ => false,
        };
        if !stamp {
            continue;
        }
        for &i in &nb[h..k] {
            // Not a row of votes' figures ("👍 19 👎 7").
            let words = lines[i].stats.alnum > lines[i].stats.digits;
            if lines[i].class == Class::Cut && lines[i].why == MODEL_CUT && words {
                give_back(&mut lines[i], &views[i]);
            }
        }
    }
}

/// Fewest stamps of one kind that [`keep_stamped_replies`] reads as a thread's or a comment
/// list's.
const REPLY_STAMPS_MIN: usize = 3;
/// Fewest of their replies the line model kept, for [`keep_stamped_replies`] to give back
/// the others.
const REPLY_KEPT_MIN: usize = 2;
/// Fewest words of a reply that [`keep_stamped_replies`] gives back.
const REPLY_MIN_WORDS: u32 = 2;
/// Most words of a poster's name or rank between a stamp and its reply (see
/// [`keep_stamped_replies`]).
const REPLY_NAME_MAX_WORDS: u32 = 3;
/// Most lines between a stamp and its reply (see [`keep_stamped_replies`]), the poster's rows
/// that a pattern cut aside.
const REPLY_GAP_LINES: usize = 5;
/// Most lines between a stamp and its reply, the poster's rows that a pattern cut included:
/// the bound of the search, whatever the text.
const REPLY_SCAN_LINES: usize = 12;

/// Gives back a reply that the line model cut when the page's other replies under stamps
/// stand: a thread's or a comment list's posts open with a stamp, a date with a clock time
/// or a post's number ("22.04.2011, 19:02 #7", "15. Oktober 2024 um 08:37", "by Jim » Sat
/// Mar 14, 2009 12:37 pm"), that a rule or a pattern of dates, comments or bylines cut, then
/// maybe the poster's name and rank, then the reply. A thread's last reply, or a one-line
/// answer ("Lime, lime and more lime."), stands among the thread's chrome and reads to the
/// model, which weighs the lines around it, as chrome; when the page has
/// [`REPLY_STAMPS_MIN`] stamps and [`REPLY_KEPT_MIN`] of their replies are kept, the others'
/// sentences come back, whatever cut their stamps (a pattern one, a rule the next). Only the
/// reply's first line, a sentence of [`REPLY_MIN_WORDS`] words or more, comes back. `nb`
/// holds the indices of the non-blank lines. Returns the late patterns' matches on the
/// replies given back: cut by the model, the late patterns never judged them ("Keine Toten
/// mehr!" holds the menu word "mehr").
fn keep_stamped_replies(
    inner: &Inner,
    text: &[u8],
    lines: &mut [Line],
    nb: &[usize],
    views: &[LineView],
    partial: &[(usize, RawCut)],
    late: &[Retry],
) -> Vec<Retry> {
    let stamp_pattern = |id: u32| {
        matches!(
            inner.table.patterns[id as usize].category,
            Category::Date | Category::Comments
        )
    };
    // The index in `nb` of each stamp's reply.
    let mut replies: Vec<usize> = Vec::new();
    for (k, &i) in nb.iter().enumerate() {
        let l = &lines[i];
        if l.class != Class::Cut || l.stats.digits == 0 {
            continue;
        }
        // A stamp the line model cut is known by a late pattern's match on it.
        let stamp = if l.why == MODEL_CUT {
            late_hits(late, i).iter().any(|h| stamp_pattern(h.1))
        } else {
            matches!(
                cut_category(inner, l.why),
                Category::Date | Category::Comments | Category::Byline
            )
        };
        // A stamp of a day alone counts with the post's number on the next line ("#6").
        let numbered = || {
            nb.get(k + 1).is_some_and(|&n| {
                let t = text[lines[n].start..lines[n].end].trim_ascii();
                t.len() > 1 && t[0] == b'#' && t[1..].iter().all(u8::is_ascii_digit)
            })
        };
        if !stamp || !(has_clock_or_number(&text[l.start..l.end]) || numbered()) {
            continue;
        }
        // The reply: the first line after the stamp that is not a poster's name, rank or
        // count ("Beiträge: 17"); the rows a pattern cut do not count towards the gap. A
        // form's short label ("Name:") on the way means a comment form, with no reply.
        let mut gap = 0;
        for (r, &ri) in nb.iter().enumerate().skip(k + 1).take(REPLY_SCAN_LINES) {
            let l = &lines[ri];
            // A row of the poster's profile, a label and what it holds, is no reply however
            // long: "Fuhrpark: Lanz D 2816, Deutz D 6006, Fendt GT 231".
            let profile =
                l.stats.words > REPLY_NAME_MAX_WORDS && !l.stats.ends_sentence && is_profile_row(&text[l.start..l.end]);
            if !profile && (l.stats.words > REPLY_NAME_MAX_WORDS || l.stats.ends_sentence) {
                replies.push(r);
                break;
            }
            if l.stats.ends_colon {
                break;
            }
            // A count the line model cut ("Replies: 87") is a row of a list of threads; a
            // poster's name may hold a figure ("gruenschnabel82").
            if l.class == Class::Cut && l.why == MODEL_CUT && l.stats.digits > 0 && l.stats.words > 1 {
                break;
            }
            if !(l.class == Class::Cut && matches!(l.why, Why::Pattern(_))) {
                gap += 1;
                if gap == REPLY_GAP_LINES {
                    break;
                }
            }
        }
    }
    if replies.len() < REPLY_STAMPS_MIN {
        return Vec::new();
    }
    let kept = replies.iter().filter(|&&r| lines[nb[r]].stands()).count();
    if kept < REPLY_KEPT_MIN {
        return Vec::new();
    }
    let mut unjudged = Vec::new();
    for &r in &replies {
        let i = nb[r];
        let l = &lines[i];
        if l.class == Class::Cut
            && l.why == MODEL_CUT
            && l.stats.words >= REPLY_MIN_WORDS
            && (l.stats.ends_sentence || ends_sentence_before_cuts(text, l, cuts_of(partial, i)))
        {
            give_back(&mut lines[i], &views[i]);
            unjudged.extend_from_slice(late_hits(late, i));
        }
    }
    unjudged
}

/// How many event dates on the quarter [`keep_event_dates`] wants for each at another minute.
const EVENT_ODD_MINUTES_SHARE: usize = 2;

/// Fewest event dates on a page for [`keep_event_dates`] to read them as a list of events.
const EVENT_DATES_MIN: usize = 2;

/// Gives back the dates of a list of events that the dateline rule cut: lines that open with
/// a weekday's name and hold a year and a time on the hour or the quarter ("Samstag, 5.
/// April 2025, 19.30 Uhr", "Vendredi 8 juillet 2016 – 21 h 30", "Thu 2 Oct 2025, 7:30pm"),
/// when the page has [`EVENT_DATES_MIN`] of them or more and fewer than half as many such
/// dates at another minute: a concert series' programme, a club's or a parish's calendar.
/// A thread's stamps fall on any minute ("Sat Mar 14, 2009 12:37 pm"); a story's stamp
/// names its weekday once; a bar splits a stamp's parts ("Domingo 23 de febrero de 2025 |
/// 08:30"), not an event's.
fn keep_event_dates(text: &[u8], lines: &mut [Line], views: &[LineView]) {
    let mut dates = Vec::new();
    // Dates of this shape at another minute: a few among many on the quarter are an odd
    // event's ("Wed 15 Oct 2025, 1:05pm", a lunchtime concert); many are a thread's stamps.
    let mut others = 0;
    for (i, l) in lines.iter().enumerate() {
        // A day, a year and an hour take five digits at least.
        if l.class != Class::Cut || l.stats.digits < 5 || l.why != DATELINE_CUT {
            continue;
        }
        match event_date(&text[l.start..l.end]) {
            Some(true) => dates.push(i),
            Some(false) => others += 1,
            None => {}
        }
    }
    if dates.len() >= EVENT_DATES_MIN && others * EVENT_ODD_MINUTES_SHARE < dates.len() {
        for i in dates {
            give_back(&mut lines[i], &views[i]);
        }
    }
}

/// Gives back the days' headings of a programme of events that the dateline rule cut:
/// [`SCHEDULE_DATELINES`] or more lines that are a weekday and a full date alone
/// ([`day_heading_key`]: "Samedi 14 juillet 2012", "Mardi 17 juillet 2012", …), going
/// forward in time over that many days. A blog's or a news archive's posts go back in time,
/// newest first; a page's own stamps are one or two, and a list of stories' stamps goes back
/// and forth.
fn keep_day_programmes(text: &[u8], lines: &mut [Line], views: &[LineView]) {
    let mut days = Vec::new();
    let (mut last, mut distinct) = (0, 0);
    for (i, l) in lines.iter().enumerate() {
        // A day and a year take five digits at least.
        if l.class != Class::Cut || l.why != DATELINE_CUT || l.stats.digits < 5 {
            continue;
        }
        let Some(k) = day_heading_key(&text[l.start..l.end]) else {
            continue;
        };
        if k < last {
            return;
        }
        distinct += usize::from(k > last);
        last = k;
        days.push(i);
    }
    if days.len() >= SCHEDULE_DATELINES && distinct >= SCHEDULE_DATELINES {
        for i in days {
            give_back(&mut lines[i], &views[i]);
        }
    }
}

/// A weekday's name first, a year and no bar (see [`keep_event_dates`]): `Some(true)` with a
/// time on the hour or the quarter, `Some(false)` with a time of day at another minute,
/// `None` otherwise.
fn event_date(l: &[u8]) -> Option<bool> {
    let t = l.trim_ascii();
    let mut buf = [0u8; DATE_WORD_MAX];
    let weekday = first_word_lower(t, &mut buf).is_some_and(|w| WEEKDAYS.contains(&w));
    if !weekday || memchr::memmem::find(t, b" | ").is_some() || !has_year(t) {
        return None;
    }
    if has_quarter_time(t) {
        Some(true)
    } else if has_clock_time(t) || has_h_time(t) {
        Some(false)
    } else {
        None
    }
}

/// Whether `l` holds a time of day on the hour or the quarter: hours of one or two digits,
/// then a colon, a dot or an `h` (blanks around it allowed) and 00, 15, 30 or 45 ("19.30",
/// "20:00", "21 h 30", "20h30"), or whole hours before an `h` or "Uhr" ("10 h", "15h", "19
/// Uhr"). A year's or a day's digits are no hours: they are too long, or a dot ends them.
fn has_quarter_time(l: &[u8]) -> bool {
    let n = l.len();
    let mut i = 0;
    while i < n {
        // Digits after a colon or a dot are minutes or a fraction, no hours.
        if !l[i].is_ascii_digit() || i > 0 && (l[i - 1].is_ascii_alphanumeric() || matches!(l[i - 1], b':' | b'.')) {
            i += 1;
            continue;
        }
        let d = l[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut j = i + d;
        i = j;
        if !(1..=2).contains(&d) {
            continue;
        }
        let blanks = |mut k: usize| {
            while k < n && l[k] == b' ' {
                k += 1;
            }
            k
        };
        // Minutes on the quarter, "am" or "pm" glued after them allowed ("7:30pm").
        let minutes = |k: usize| {
            let meridian = l
                .get(k + 2..k + 4)
                .is_some_and(|m| m.eq_ignore_ascii_case(b"am") || m.eq_ignore_ascii_case(b"pm"));
            let after = if meridian { k + 4 } else { k + 2 };
            l.get(k..k + 2)
                .is_some_and(|m| matches!(m, b"00" | b"15" | b"30" | b"45"))
                && !l.get(after).is_some_and(u8::is_ascii_alphanumeric)
        };
        if matches!(l.get(j), Some(b':' | b'.')) && minutes(j + 1) {
            return true;
        }
        j = blanks(j);
        let hour_mark =
            l.get(j) == Some(&b'h') && !l.get(j + 1).is_some_and(u8::is_ascii_alphabetic) || l[j..].starts_with(b"Uhr");
        if hour_mark {
            let after = if l[j] == b'h' { j + 1 } else { j + 3 };
            let k = blanks(after);
            if minutes(k) || !l.get(k).is_some_and(u8::is_ascii_digit) {
                return true;
            }
        }
    }
    false
}

/// Most lines above a one-word answer to look for its question (see [`keep_one_word_answers`]).
const ANSWER_QUESTION_LINES: usize = 3;
/// Most lines on either side of a one-word answer where a feedback widget's other parts would
/// stand (see [`keep_one_word_answers`]).
const ANSWER_WIDGET_LINES: usize = 2;

/// Gives back a one-word answer ("Ja.", "Yes.", "Sí.") that a feedback widget's button
/// pattern cut: with a sentence's end mark, a kept question or a post's stamp up to
/// [`ANSWER_QUESTION_LINES`] lines above it (a thread's "Habt ihr den Abgleich schon
/// gemacht?", an FAQ's question, "12.01.2010, 18:22") and no other part of a feedback
/// widget, a button or its prompt, up to [`ANSWER_WIDGET_LINES`] lines around it, it is an
/// answer: a reply in a thread, an answer in an FAQ. `nb` holds the indices of the non-blank lines.
fn keep_one_word_answers(inner: &Inner, lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    let feedback = |l: &Line| l.class == Class::Cut && cut_category(inner, l.why) == Category::Feedback;
    for k in 1..nb.len() {
        let l = &lines[nb[k]];
        let Why::Pattern(id) = l.why else { continue };
        let entry = &inner.table.patterns[id as usize];
        if l.class != Class::Cut
            || entry.category != Category::Feedback
            || entry.kind != Kind::Line
            || !l.stats.ends_sentence
            || l.stats.ends_question
        {
            continue;
        }
        // A question, or a post's stamp: a thread's reply.
        let asked = nb[k.saturating_sub(ANSWER_QUESTION_LINES)..k].iter().any(|&q| {
            let q = &lines[q];
            q.stands() && q.stats.ends_question || q.class == Class::Cut && cut_category(inner, q.why) == Category::Date
        });
        let widget = nb[k.saturating_sub(ANSWER_WIDGET_LINES)..nb.len().min(k + 1 + ANSWER_WIDGET_LINES)]
            .iter()
            .any(|&w| w != nb[k] && feedback(&lines[w]));
        if asked && !widget {
            give_back(&mut lines[nb[k]], &views[nb[k]]);
        }
    }
}

/// Fewest times a list's button repeats for [`keep_item_blocks`] to read the lines between
/// as its items.
const ITEM_BUTTON_MIN: u8 = 3;
/// Most words of a list's button (see [`keep_item_blocks`]).
const ITEM_BUTTON_MAX_WORDS: u32 = 4;
/// Most lines of one item between two of its list's buttons (see [`keep_item_blocks`]).
const ITEM_MAX_LINES: usize = 8;
/// Fewest other items of the list whose prose the line model kept, for
/// [`keep_item_blocks`] to give back an item's.
const ITEM_KEPT_MIN: usize = 2;

/// Gives back an item's prose that the line model cut, where a button or a link under each
/// item of a list ("Merken", "Save job", "Zitieren Melden", "Ver detalle") marks the items
/// off and the model kept the prose of the others: a list's last item stands above the
/// page's footer, which the model weighs with it ("Komplett mit Steuerung und Rohrleitung,
/// ausgebaut. Nur Abholung." above "Merken" and the pager).
fn keep_item_blocks(text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    let button =
        |l: &Line| l.class != Class::Blank && l.repeats >= ITEM_BUTTON_MIN && l.stats.words <= ITEM_BUTTON_MAX_WORDS;
    // A dialog's close button marks off pop-ups (a newsletter's, a gift's), not items.
    let dismiss =
        |l: &Line| std::str::from_utf8(text[l.start..l.end].trim_ascii()).is_ok_and(|w| word_in(w, &DISMISS_BUTTONS));
    let same = |a: &Line, b: &Line| text[a.start..a.end].trim_ascii() == text[b.start..b.end].trim_ascii();
    let holds_prose = |from: usize, to: usize| {
        nb[from..to]
            .iter()
            .any(|&i| lines[i].stands() && is_prose(lines[i].stats.words, lines[i].stats.ends_sentence))
    };
    // The items: runs of lines between a button and the next one of the same text, in `nb`
    // indices, each with its list and whether the model kept prose in it; a list's items
    // follow one another, each button closing one and opening the next.
    let mut items: Vec<(usize, usize, usize, bool)> = Vec::new();
    // The list that the button at each index of `nb` goes on (`usize::MAX`: none yet),
    // allocated at the first item.
    let mut list_at: Vec<usize> = Vec::new();
    // For each list, how many of its items hold kept prose.
    let mut prose_items: Vec<usize> = Vec::new();
    for k in 0..nb.len() {
        let b = &lines[nb[k]];
        if !button(b) {
            continue;
        }
        // An item holds two lines at least: a title and its prose.
        let Some(next) = (k + 3..nb.len().min(k + 2 + ITEM_MAX_LINES)).find(|&j| same(b, &lines[nb[j]])) else {
            continue;
        };
        if !button(&lines[nb[next]]) || dismiss(b) {
            continue;
        }
        if list_at.is_empty() {
            list_at = vec![usize::MAX; nb.len()];
        }
        let list = if list_at[k] == usize::MAX {
            prose_items.push(0);
            prose_items.len() - 1
        } else {
            list_at[k]
        };
        list_at[next] = list;
        let prose = holds_prose(k + 1, next);
        prose_items[list] += usize::from(prose);
        items.push((k + 1, next, list, prose));
    }
    for (from, to, list, prose) in items {
        if prose_items[list] - usize::from(prose) < ITEM_KEPT_MIN {
            continue;
        }
        for &i in &nb[from..to] {
            let l = &lines[i];
            if l.class == Class::Cut && l.why == MODEL_CUT && is_prose(l.stats.words, l.stats.ends_sentence) {
                give_back(&mut lines[i], &views[i]);
            }
        }
    }
}

/// The cut of a print issue's stamp ([`is_issue_stamp`]).
const ISSUE_STAMP_CUT: Why = Why::Rule(Rule::Dateline, Category::Print);
/// Fewest print issues' stamps on a page that [`keep_issue_lists`] reads as a list of issues.
const ISSUE_LIST_MIN: usize = 3;

/// Gives back the print issues' stamps ([`is_issue_stamp`]) of a page that holds
/// [`ISSUE_LIST_MIN`] or more, counted by the caller as it cuts them: an archive of a
/// newsletter's issues ("„Brücke“ Nr. 4/2006 – Advent und Weihnachten", "„Brücke“ Nr. 3/2006
/// – Erntedank", …), whose list is the page's content. An article bears one.
fn keep_issue_lists(lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    for &i in nb {
        if lines[i].why == ISSUE_STAMP_CUT {
            give_back(&mut lines[i], &views[i]);
        }
    }
}

/// Lines from the top of the text among which [`keep_crumb_titles`] looks for a path.
const CRUMB_TOP_LINES: usize = 3;
/// Fewest words of a page's title glued to its path (see [`keep_crumb_titles`]).
const CRUMB_TITLE_MIN_WORDS: u32 = 2;

/// Gives back a page's title glued to the last item of its path at the top of the text, which
/// the path's cut took with it ("Docs › Administration › DatensicherungBackups einrichten und
/// wiederherstellen", "Sie sind hier: Freizeit > VereineVereine A–Z"): the path goes, the
/// title of two words or more after the glue stays. A name in camel case ("JavaScript",
/// "PlayStation") is no glue (see [`camel_case_at`]).
fn keep_crumb_titles(
    inner: &Inner,
    text: &[u8],
    lines: &mut [Line],
    nb: &[usize],
    views: &[LineView],
    partial: &mut Vec<(usize, RawCut)>,
) {
    let before = partial.len();
    for &i in nb.iter().take(CRUMB_TOP_LINES) {
        let line = &lines[i];
        if line.stands() {
            // Under a line that stands, a path is no longer at the top.
            break;
        }
        // A path's prefix ("Sie sind hier:") opens the line, so that the cut left in front of
        // the title still holds it; a `line` pattern's match may stand anywhere.
        let by_path = match line.why {
            Why::Pattern(id) => inner.table.patterns[id as usize].kind == Kind::Prefix,
            Why::Rule(rule, _) => rule == Rule::Separators,
        };
        if line.class != Class::Cut || !by_path || cut_category(inner, line.why) != Category::Nav {
            continue;
        }
        let l = &text[line.start..line.end];
        let Some(p) = last_path_separator(l) else {
            continue;
        };
        let g = next_name_glue(l, p);
        if g >= l.len() || count_words_max(&l[g..], CRUMB_TITLE_MIN_WORDS) < CRUMB_TITLE_MIN_WORDS {
            continue;
        }
        let why = line.why;
        let cut = RawCut {
            start: line.start,
            end: line.start + g,
            why,
            at: line.start,
        };
        give_back(&mut lines[i], &views[i]);
        lines[i].partial = true;
        partial.push((i, cut));
    }
    if partial.len() > before {
        sort_cuts(partial);
    }
}

/// Fewest and most words of a heading glued to a row's last item that [`keep_row_headings`]
/// gives back.
const ROW_HEADING_MIN_WORDS: u32 = 2;
const ROW_HEADING_MAX_WORDS: u32 = 12;

/// Gives back a heading that extraction glued to the last item of a row of links, where the
/// row is glued to a sentence's end and the separators rule cut it to the line's end ("…nur
/// eine Karte ausgestellt.Diesen Inhalt teilen: Facebook | Twitter | E-MailErforderliche
/// Unterlagen", "…licencia de obra menor.Compartir en: Facebook · X ·
/// WhatsAppDocumentación necesaria"): the row goes, the words after the last glue in its last
/// item stay (see [`row_heading`]). A name in camel case ("YouTube",
/// "WordPress") is no glue (see [`camel_case_at`]), but the last part of a compound is no name
/// ("E-MailErforderliche"); one glue of a longer name ("WhatsApp") is passed over, as only
/// the last glue is read, and the words after it must make the heading.
fn keep_row_headings(text: &[u8], lines: &[Line], partial: &mut [(usize, RawCut)]) {
    let mut moved = false;
    for cuts in partial.chunk_by_mut(|x, y| x.0 == y.0) {
        let line = &lines[cuts[0].0];
        if !line.stands() {
            continue;
        }
        let l = &text[line.start..line.end];
        let Some(k) = cuts
            .iter()
            .position(|(_, c)| c.why == SEPARATORS_CUT && c.end >= line.end)
        else {
            continue;
        };
        let from = cuts[k].1.start - line.start;
        // The row is glued to a sentence's end: extraction lost the blocks' bounds there, and
        // at its end too.
        if !char_before(l, from).is_some_and(|(c, _)| is_sentence_end(c)) {
            continue;
        }
        let Some(g) = row_heading(l, from) else { continue };
        // The glued words are no pattern's: no other cut reaches them.
        if cuts
            .iter()
            .any(|(_, c)| c.why != SEPARATORS_CUT && c.end > line.start + g)
        {
            continue;
        }
        cuts[k].1.end = line.start + g;
        moved = true;
    }
    // A shorter cut may now follow one with the same start.
    if moved {
        sort_cuts(partial);
    }
}

/// Where the heading glued to the last item of the row `l[from..]` starts (see
/// [`keep_row_headings`]): after the last glue to a lowercase letter, [`ROW_HEADING_MIN_WORDS`]
/// to [`ROW_HEADING_MAX_WORDS`] words with no colon (a label's "Categoría: Dulces" is chrome).
fn row_heading(l: &[u8], from: usize) -> Option<usize> {
    let row = &l[from..];
    let mut last_item = None;
    let seps = for_each_separator_item(row, |item| {
        last_item = Some(item.as_ptr() as usize - row.as_ptr() as usize)
    });
    let item = from + last_item?;
    if seps == 0 || memchr::memchr(b' ', &l[item..]).is_none() {
        return None;
    }
    let (mut g, mut last) = (item, None);
    loop {
        // From the character after the last glue (or the item's first).
        g = next_glue(l, g + char_at(l, g).map_or(1, |(_, n)| n), l.len());
        if g >= l.len() {
            break;
        }
        if char_before(l, g).is_some_and(|(c, _)| c.is_lowercase()) && (!camel_case_at(l, g) || hyphened_at(l, g)) {
            last = Some(g);
        }
    }
    let g = last?;
    let words = count_words_max(&l[g..], ROW_HEADING_MAX_WORDS + 1);
    ((ROW_HEADING_MIN_WORDS..=ROW_HEADING_MAX_WORDS).contains(&words) && memchr::memchr(b':', &l[g..]).is_none())
        .then_some(g)
}

/// Whether the letters before `l[i]` follow a hyphen: the last part of a compound
/// ("E-Mail"), no name in camel case, when a capital is glued to it.
fn hyphened_at(l: &[u8], i: usize) -> bool {
    let mut j = i;
    while let Some((c, n)) = char_before(l, j) {
        if !c.is_alphabetic() {
            return c == '-';
        }
        j -= n;
    }
    false
}

/// Most words of a page's title that [`keep_path_titles`] gives back.
const PATH_TITLE_MAX_WORDS: u32 = 12;

/// Gives back a page's title that repeats the last item of the path right above it ("Usted
/// está aquí: Inicio » Empleo » Ofertas de empleo" / "Ofertas de empleo", "Startseite ›
/// Veranstaltungen › Veranstaltungskalender" / "Veranstaltungskalender"), or a short title
/// that the item opens or closes ("Startseite » Leistungen" / "Unsere Leistungen"), which the line
/// model or a menu's pattern cut: among a page's chrome a title's shape is a menu item's,
/// and a menu's word may be the page's name; the path names the page it leads to, and the
/// heading under it is that page's. `nb` holds the indices of the non-blank lines.
fn keep_path_titles(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    for w in nb.windows(2) {
        let (p, i) = (&lines[w[0]], &lines[w[1]]);
        let by_menu = || pattern_category(inner, i.why) == Some(Category::Nav);
        if i.class != Class::Cut
            || i.stats.words > PATH_TITLE_MAX_WORDS
            || p.stats.words <= i.stats.words
            || !(i.why == MODEL_CUT || by_menu())
        {
            continue;
        }
        // The path ends with a separator and the title, or with the words that open or
        // close a short title ("Startseite » Leistungen" / "Unsere Leistungen", "Accueil »
        // Actualités" / "Actualités du club"): compared from the end, not searched.
        let above = text[p.start..p.end].trim_ascii_end();
        let title = text[i.start..i.end].trim_ascii();
        // The last bytes first: most lines under a longer one end otherwise.
        let ends_path = |item: &[u8]| {
            item.last()
                .zip(above.last())
                .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
                && above.len().checked_sub(item.len()).is_some_and(|n| {
                    above[n..].eq_ignore_ascii_case(item)
                        && PATH_SEPARATORS.iter().any(|sep| above[..n].ends_with(sep.as_bytes()))
                })
        };
        // The rest of the title is words, not a one-word label or an arrow before the item:
        // "Gehe zu: => Gemüsegarten" is a forum's jump box, "Was: Pflege" a search form's
        // field.
        let part = || {
            if i.stats.words > PATH_TITLE_PART_MAX_WORDS
                || i.stats.ends_sentence
                || title.iter().any(|&b| matches!(b, b'=' | b'>'))
            {
                return false;
            }
            // The title's tokens (words and marks between blanks), a few at most: the item is
            // the tokens before or after one of the blanks between them.
            let mut spans = [(0, 0); PATH_TITLE_PART_MAX_TOKENS];
            let mut n = 0;
            for w in title.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()) {
                let Some(span) = spans.get_mut(n) else { return false };
                let s = w.as_ptr() as usize - title.as_ptr() as usize;
                *span = (s, s + w.len());
                n += 1;
            }
            (1..n).any(|j| {
                let (before, after) = (&title[..spans[j - 1].1], &title[spans[j].0..]);
                let label = j == 1 && before.ends_with(b":");
                ends_path(before) || !label && ends_path(after)
            })
        };
        if ends_path(title) || part() {
            give_back(&mut lines[w[1]], &views[w[1]]);
        }
    }
}

/// Most words of a page's title that [`keep_path_titles`] gives back when it repeats only the
/// words that open or close it.
const PATH_TITLE_PART_MAX_WORDS: u32 = 5;
/// Most tokens between blanks of such a title, its marks ("–", ":") counted: a line of many is
/// no title, and is not read further.
const PATH_TITLE_PART_MAX_TOKENS: usize = 8;

/// Separators of a path's items, with their blanks; a title's bar (" | ") is none.
const PATH_SEPARATORS: [&str; 5] = [" › ", " > ", " » ", " / ", " → "];

/// Where the text after the last separator of a path's items ([`PATH_SEPARATORS`]) starts in
/// `l`.
fn last_path_separator(l: &[u8]) -> Option<usize> {
    PATH_SEPARATORS
        .iter()
        .filter_map(|sep| memchr::memmem::rfind(l, sep.as_bytes()).map(|at| at + sep.len()))
        .max()
}

/// A dialog's close button, lowercase (see [`keep_item_blocks`]).
const DISMISS_BUTTONS: [&str; 5] = ["close", "schließen", "fermer", "cerrar", "×"];

/// A book's contributors' roles in parentheses, lowercase: "by Owen Thackeray (Author)", "von
/// Lena Hart (Autorin), Jonas Wey (Illustrator)".
const BOOK_ROLES: [&str; 14] = [
    "(author)",
    "(editor)",
    "(illustrator)",
    "(translator)",
    "(narrator)",
    "(autor)",
    "(autorin)",
    "(herausgeber)",
    "(herausgeberin)",
    "(übersetzer)",
    "(übersetzerin)",
    "(auteur)",
    "(traducteur)",
    "(traductor)",
];

/// Gives back a book's credit that a byline's pattern cut: its name with a role in
/// parentheses ([`BOOK_ROLES`]) is a product's data, not the page's author ("by Owen
/// Thackeray (Author)", "by Chris Fenoglio (illustrator) & Ryan North").
fn keep_book_credits(inner: &Inner, text: &[u8], lines: &mut [Line], views: &[LineView]) {
    for (line, view) in lines.iter_mut().zip(views) {
        if line.class != Class::Cut
            || cut_category(inner, line.why) != Category::Byline
            || !matches!(line.why, Why::Pattern(_))
        {
            continue;
        }
        let l = &text[line.start..line.end];
        if memchr::memchr(b'(', l).is_some()
            && std::str::from_utf8(l).is_ok_and(|s| {
                let lower = s.to_lowercase();
                BOOK_ROLES.iter().any(|r| lower.contains(r))
            })
        {
            give_back(line, view);
        }
    }
}

/// Labels of a category archive's heading, lowercase ("Kategorie: Balkongarten").
const CATEGORY_LABELS: [&str; 5] = ["kategorie", "category", "catégorie", "categoría", "categoria"];
/// Most words of a category archive's heading (see [`keep_category_headings`]).
const CATEGORY_HEADING_MAX_WORDS: u32 = 6;
/// Fewest words of the category's description under its heading (see
/// [`keep_category_headings`]).
const CATEGORY_BLURB_MIN_WORDS: u32 = 8;

/// Gives back a category archive's heading that a pattern cut ("Kategorie: Balkongarten"):
/// one category's name after its label, right under the site's menus (a last item "Kontakt"
/// among them) or path, and above a sentence that tells what the category holds ("Hier
/// findest du alle Beiträge zu …"). A post's label of its categories stands under its
/// title, date or byline, or names several.
fn keep_category_headings(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    for k in 0..nb.len().saturating_sub(1) {
        let (i, below) = (nb[k], nb[k + 1]);
        let l = &lines[i];
        if l.class != Class::Cut || !matches!(l.why, Why::Pattern(_)) || l.stats.words > CATEGORY_HEADING_MAX_WORDS {
            continue;
        }
        // Opening the text, the heading is under menus that a first pass cut: a second pass
        // reads it so.
        let under_menus = k.checked_sub(1).map_or(true, |above| {
            let a = &lines[nb[above]];
            a.class == Class::Cut && matches!(cut_category(inner, a.why), Category::Nav | Category::Legal)
        });
        let b = &lines[below];
        if !under_menus || !b.stands() || !b.stats.ends_sentence || b.stats.words < CATEGORY_BLURB_MIN_WORDS {
            continue;
        }
        if is_category_heading(&text[l.start..l.end]) {
            give_back(&mut lines[i], &views[i]);
        }
    }
}

/// Whether `l` is a category's label and one name ("Kategorie: Balkongarten"), not a list of
/// them ("Kategorie: Wettkampf, Nachwuchs").
fn is_category_heading(l: &[u8]) -> bool {
    let Some((label, name)) = label_and_rest(l) else {
        return false;
    };
    let one = !name.is_empty()
        && !name.iter().any(|b| matches!(b, b',' | b'|' | b'/' | b';'))
        && memchr::memmem::find(name, "·".as_bytes()).is_none();
    one && std::str::from_utf8(label).is_ok_and(|w| word_in(w, &CATEGORY_LABELS))
}

/// Most words of a profile row's label (see [`is_profile_row`]).
const PROFILE_LABEL_MAX_WORDS: usize = 2;

/// Whether `l` is a row of a poster's profile: a label of a word or two, a colon and what it
/// holds ("Fuhrpark: Lanz D 2816, Deutz D 6006", "Mein Auto: Golf IV 1.9 TDI").
fn is_profile_row(l: &[u8]) -> bool {
    let Some((label, rest)) = label_and_rest(l) else {
        return false;
    };
    (1..=PROFILE_LABEL_MAX_WORDS).contains(&blank_separated_words(label))
        && std::str::from_utf8(label).is_ok_and(|t| t.chars().all(|c| c.is_alphabetic() || c == ' '))
        && rest.iter().any(u8::is_ascii_alphanumeric)
}

/// The text before a line's first colon and the text after it, each without blanks at its
/// ends ("Kategorie: Balkongarten" gives "Kategorie" and "Balkongarten").
fn label_and_rest(l: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = memchr::memchr(b':', l)?;
    Some((l[..colon].trim_ascii(), l[colon + 1..].trim_ascii()))
}

/// The late patterns' matches on line `li` (`late` in line order, see [`late_patterns`]).
fn late_hits(late: &[Retry], li: usize) -> &[Retry] {
    of_line(late, li, |h| h.0)
}

/// Whether `t` holds a clock time ("19:02", see [`has_clock_time`]) or a post's number ("#7").
fn has_clock_or_number(t: &[u8]) -> bool {
    has_clock_time(t) || t.windows(2).any(|w| w[0] == b'#' && w[1].is_ascii_digit())
}

/// Words of a post's row of buttons (see [`acts_on_post`]), lowercase.
const POST_BUTTONS: [&str; 11] = [
    "zitieren",
    "quote",
    "citer",
    "citar",
    "melden",
    "report",
    "signaler",
    "reportar",
    "denunciar",
    "private nachricht",
    "private message",
];

/// Whether a row of buttons acts on a post, as a forum's do: offers to quote it, to report it
/// or to write to its poster ("Antworten · Zitieren · Melden", "Reply Quote", "Citer",
/// "Profil Private Nachricht senden").
fn acts_on_post(l: &[u8]) -> bool {
    // A word of its own: "Reporter" reports nothing.
    (0..l.len()).any(|s| {
        (s == 0 || !l[s - 1].is_ascii_alphanumeric())
            && POST_BUTTON_FIRST[l[s] as usize]
            && POST_BUTTONS.iter().any(|w| {
                l[s..]
                    .get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes()))
                    && !l.get(s + w.len()).is_some_and(u8::is_ascii_alphanumeric)
            })
    })
}

/// The first bytes of [`POST_BUTTONS`].
static POST_BUTTON_FIRST: [bool; 256] = first_bytes(&[&POST_BUTTONS]);

/// Fewest words of the paragraphs around a heading that [`keep_inner_headings`] gives back.
const INNER_HEADING_PARA_WORDS: u32 = 15;
/// Most words of such a heading.
const INNER_HEADING_MAX_WORDS: u32 = 6;

/// Gives back a short heading the line model cut between two of the article's paragraphs
/// (each kept, [`INNER_HEADING_PARA_WORDS`] words or more, right above and right below it):
/// "Technische Daten", "Who needs to register", "Plazos de pago". The model reads a short
/// line's shape, and in a run of a page's chrome a heading's shape is a menu item's; between
/// two paragraphs it is the article's. A line with a chrome word or ending a sentence stays
/// cut.
fn keep_inner_headings(lines: &mut [Line], nb: &[usize]) {
    for w in nb.windows(3) {
        let (p, i, n) = (&lines[w[0]], &lines[w[1]], &lines[w[2]]);
        let para = |l: &Line| l.class == Class::Content && l.stats.words >= INNER_HEADING_PARA_WORDS;
        if i.class == Class::Cut
            && i.why == MODEL_CUT
            && i.stats.words <= INNER_HEADING_MAX_WORDS
            && i.stats.chrome == 0
            && !i.stats.ends_sentence
            && para(p)
            && para(n)
        {
            let line = &mut lines[w[1]];
            line.class = Class::Short;
            line.why = NO_WHY;
        }
    }
}

/// Words that open a wiki's tagline under a page's title, with a blank after them ("Aus
/// Tuxwiki", "From ArchWiki", "Un article de Wikipédia", "De Wikipedia, la enciclopedia
/// libre").
const WIKI_TAGLINE_OPENERS: [&str; 4] = ["aus", "from", "de", "un article de"];
/// The first bytes of [`WIKI_TAGLINE_OPENERS`].
static WIKI_TAGLINE_FIRST: [bool; 256] = first_bytes(&[&WIKI_TAGLINE_OPENERS]);
/// Most words of a wiki's tagline (see [`keep_wiki_titles`]).
const WIKI_TAGLINE_MAX_WORDS: u32 = 16;
/// Most words of a wiki page's title that [`keep_wiki_titles`] gives back.
const WIKI_TITLE_MAX_WORDS: u32 = 12;

/// Gives back a wiki page's title that the line model cut: the line right above the wiki's
/// tagline ("Cron" above "Aus Tuxwiki", "DCC Decoder Programming" above "From Ironvale
/// Model Railway Wiki"). Among the tools, tabs and language links around it a title's shape
/// is a menu item's; the tagline, which wiki software puts under the title and nowhere else,
/// tells it apart. The title is short and ends no sentence. The tagline itself, the wiki's
/// name on every page, goes.
fn keep_wiki_titles(text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    for w in nb.windows(2) {
        let (t, g) = (&lines[w[0]], &lines[w[1]]);
        if t.stats.words > WIKI_TITLE_MAX_WORDS
            || t.stats.ends_sentence
            || g.stats.words > WIKI_TAGLINE_MAX_WORDS
            || t.class == Class::Cut && t.why != MODEL_CUT
        {
            continue;
        }
        let l = text[g.start..g.end].trim_ascii_start();
        if !l.first().is_some_and(|&b| WIKI_TAGLINE_FIRST[b as usize]) {
            continue;
        }
        let opens = ascii_prefixes(l, &WIKI_TAGLINE_OPENERS).any(|n| l[n] == b' ');
        if opens && crate::text::find_ci(l, b"wiki").is_some() {
            if t.class == Class::Cut {
                give_back(&mut lines[w[0]], &views[w[0]]);
            }
            let g = &mut lines[w[1]];
            if g.stands() {
                g.class = Class::Cut;
                g.why = Why::Rule(Rule::Context, Category::Nav);
            }
        }
    }
}

/// Most words of a row of opening hours (see [`is_hours_row`]).
const HOURS_ROW_MAX_WORDS: u32 = 12;

/// Weekdays shortened as a table of opening hours writes them, besides [`WEEKDAYS`],
/// lowercase ("Mo–Fr", "Mer.", "Sáb").
const HOURS_SHORT_WEEKDAYS: [&str; 13] = [
    "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mer", "jeu", "ven", "sáb", "mié",
];

/// Words that close a day in a row of opening hours, lowercase.
const HOURS_CLOSED: [&str; 5] = ["geschlossen", "closed", "fermé", "fermée", "cerrado"];

/// Words between the two times of a range of hours, lowercase ("8 bis 12 Uhr", "9 to 5").
const HOURS_RANGE_WORDS: [&str; 6] = ["bis", "to", "à", "a", "au", "hasta"];

/// A row of opening hours: a short line with a weekday, and a range of times or a word that
/// closes the day ("Mi: 8:00–12:00 Uhr", "Sa/So und Feiertage 9.00 – 18.00 Uhr", "Freitag:
/// geschlossen", "Mercredi : 8 h 45 – 12 h 15"). Some short weekdays are words of their own
/// ("so", "do", "sun"): [`keep_hours_rows`] reads only lines next to a row of hours.
fn is_hours_row(l: &[u8], words: u32) -> bool {
    // A range of times has digits; a day closed has its word (cheap tests first).
    if words > HOURS_ROW_MAX_WORDS
        || !l.iter().any(u8::is_ascii_digit)
            && !HOURS_CLOSED
                .iter()
                .any(|w| crate::text::find_ci(l, w.as_bytes()).is_some())
    {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else { return false };
    let lower = s.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '/' | '(' | ')' | ';'))
        .filter(|t| !t.is_empty())
        .collect();
    let day = |w: &str| {
        let w = w.trim_end_matches('.');
        WEEKDAYS.contains(&w) || HOURS_SHORT_WEEKDAYS.contains(&w)
    };
    let weekday = tokens.iter().any(|t| day(t) || t.split(['–', '-']).any(day));
    if !weekday {
        return false;
    }
    if tokens
        .iter()
        .any(|t| HOURS_CLOSED.contains(&t.trim_end_matches(['.', '!'])))
    {
        return true;
    }
    // Two times with a dash or a word between them, in one token ("8–12") or across tokens
    // ("9.00 – 18.00", "8 h 45 – 12 h 15", "8 bis 12").
    let digit_last = |t: &str| t.chars().last().is_some_and(|c| c.is_ascii_digit()) || t == "h" || t == "uhr";
    let digit_first = |t: &str| t.chars().next().is_some_and(|c| c.is_ascii_digit());
    tokens.iter().any(|t| {
        t.char_indices().any(|(k, c)| {
            matches!(c, '–' | '-' | '—')
                && t[..k].chars().last().is_some_and(|c| c.is_ascii_digit())
                && t[k + c.len_utf8()..].chars().next().is_some_and(|c| c.is_ascii_digit())
        })
    }) || tokens.windows(3).any(|w| {
        digit_last(w[0]) && (matches!(w[1], "–" | "-" | "—") || HOURS_RANGE_WORDS.contains(&w[1])) && digit_first(w[2])
    })
}

/// Gives back a row of opening hours that the line model cut right under one it kept: the
/// last rows of a table of hours ("Fr: geschlossen, nur mit Termin" under "Mi: 8:00–12:00
/// Uhr") stand next to the chrome that follows the table and read to the model as its start.
/// So does a row of hours right under a contact row that stands ([`is_contact_row`]): an
/// office's hours under its address or phone number ("Sprechzeiten: Mo–Fr 8–12 Uhr" under
/// "Lindenstraße 4, 84567 Oberwiesenbach"). Read down the page, so that the rows come back
/// one after the other. `nb` holds the indices of the non-blank lines.
fn keep_hours_rows(text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    let mut prev_hours = false;
    for w in nb.windows(2) {
        let (p, i) = (&lines[w[0]], &lines[w[1]]);
        let hours = |l: &Line| is_hours_row(&text[l.start..l.end], l.stats.words);
        let cut_row = i.class == Class::Cut && i.why == MODEL_CUT && i.stats.words <= HOURS_ROW_MAX_WORDS;
        let kept = p.stands();
        let was_hours = std::mem::replace(&mut prev_hours, false);
        if cut_row && kept && hours(i) && (was_hours || hours(p) || is_contact_row(&text[p.start..p.end], &p.stats)) {
            give_back(&mut lines[w[1]], &views[w[1]]);
            prev_hours = true;
        }
    }
}

/// Most words of a row of a contact block (see [`is_contact_row`]).
const CONTACT_ROW_MAX_WORDS: u32 = 12;
/// Fewest digits of a phone number (see [`is_contact_row`]).
const PHONE_MIN_DIGITS: u32 = 6;
/// Labels of a phone or fax number, lowercase, a dot or colon after them aside.
const PHONE_LABELS: [&str; 19] = [
    "tel",
    "telefon",
    "telephone",
    "phone",
    "téléphone",
    "tél",
    "teléfono",
    "tfno",
    "fon",
    "fax",
    "mobil",
    "mobile",
    "handy",
    "gsm",
    "natel",
    "móvil",
    "celular",
    "portable",
    "servicetelefon",
];
/// Labels of an e-mail address, lowercase, a colon after them aside.
const MAIL_LABELS: [&str; 6] = ["e-mail", "email", "mail", "courriel", "correo", "e-mail-adresse"];
/// Endings of German street names ("Hauptstraße 41", "Gewerbering 7").
const STREET_ENDINGS: [&str; 13] = [
    "straße", "strasse", "str.", "weg", "gasse", "platz", "ring", "allee", "damm", "ufer", "steig", "zeile", "markt",
];
/// Words that name a street after its number in French ("2 place de la Halle") and English
/// ("462 Talbot Street"), or before it in Spanish ("Calle Mayor 12").
const STREET_WORDS_AFTER_NUMBER: [&str; 20] = [
    "rue",
    "place",
    "avenue",
    "av.",
    "chemin",
    "boulevard",
    "bd",
    "allée",
    "impasse",
    "route",
    "quai",
    "street",
    "st",
    "st.",
    "road",
    "rd",
    "rd.",
    "lane",
    "drive",
    "ave",
];
/// Words that name a street before its number in Spanish ("Calle Mayor 12", "Av. Hidalgo
/// 240").
const STREET_WORDS_BEFORE_NUMBER: [&str; 8] = ["calle", "c/", "avenida", "av.", "plaza", "paseo", "carrera", "camino"];
/// Longest row of a contact block, in bytes (see [`is_contact_row`]): a line of few words but
/// many other marks is none, and is not read.
const CONTACT_ROW_MAX_BYTES: usize = 256;

/// A row of a contact block: a phone number under its label ("Tel. 08441 79 36 20",
/// "Téléphone : 418 555-0142"), an e-mail address alone or under its label, a street and
/// number ("Gewerbering 7", "2 place de la Halle") or a postcode before a town ("85084
/// Reichertshofen-Winden"), in a line of [`CONTACT_ROW_MAX_WORDS`] words at most that ends
/// no sentence.
fn is_contact_row(l: &[u8], stats: &Stats) -> bool {
    if stats.words > CONTACT_ROW_MAX_WORDS
        || l.len() > CONTACT_ROW_MAX_BYTES
        || stats.ends_sentence
        || stats.digits == 0 && memchr::memchr(b'@', l).is_none()
    {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else { return false };
    let lower = s.to_lowercase();
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    // The same tokens in their own case, for a town's capital.
    let cased: Vec<&str> = s.split_whitespace().collect();
    let digit_first = |t: &str| t.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let label = |t: &str, labels: &[&str]| labels.contains(&t.trim_end_matches([':', '.']));
    // A phone number: its label, then the number; the label opens the line or follows a
    // name's colon or comma ("Umweltreferat: Tel. 02952 / 4417-12", "Bauhof, Tel. 07258 4410-30").
    if stats.digits >= PHONE_MIN_DIGITS {
        let at = tokens
            .iter()
            .enumerate()
            .position(|(k, t)| (k == 0 || tokens[k - 1].ends_with([':', ','])) && label(t, &PHONE_LABELS));
        if let Some(at) = at {
            let rest = tokens[at + 1..].iter().find(|t| !matches!(**t, ":" | "."));
            if rest.is_some_and(|t| digit_first(t) || t.starts_with(['+', '('])) {
                return true;
            }
        }
    }
    // An e-mail address, alone or under its label.
    let mail = |t: &str| {
        t.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.trim_end_matches('.').contains('.'))
    };
    match tokens.as_slice() {
        [t] | [_, t] | [_, _, t] if mail(t) && (tokens.len() == 1 || label(tokens[0], &MAIL_LABELS)) => return true,
        _ => {}
    }
    for (k, t) in tokens.iter().enumerate() {
        let next = tokens.get(k + 1).copied().unwrap_or("");
        // A postcode at the line's start or after a comma, before a town's name; maybe with
        // its country's letters ("CH-8200").
        let code = t
            .split_once('-')
            .filter(|(c, _)| c.len() <= 2 && c.bytes().all(|b| b.is_ascii_alphabetic()))
            .map_or(*t, |(_, n)| n);
        let postcode = (4..=5).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_digit())
            && (k == 0 || tokens[k - 1].ends_with(','))
            && cased
                .get(k + 1)
                .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
        let german = STREET_ENDINGS.iter().any(|e| t.len() > e.len() && t.ends_with(e)) && digit_first(next);
        let after_number = k == 0
            && digit_first(t)
            && tokens[1..]
                .iter()
                .take(3)
                .any(|w| STREET_WORDS_AFTER_NUMBER.contains(w));
        let before_number = STREET_WORDS_BEFORE_NUMBER.contains(t) && tokens[k + 1..].iter().any(|w| digit_first(w));
        if postcode || german || after_number || before_number {
            return true;
        }
    }
    false
}

/// Headings of a contact block, lowercase, a colon after them aside.
const CONTACT_HEADS: [&str; 23] = [
    "kontakt",
    "ihr kontakt",
    "kontakt und anfahrt",
    "kontakt & anfahrt",
    "so erreichen sie uns",
    "ansprechpartner",
    "ansprechpartnerin",
    "ihr ansprechpartner",
    "ihre ansprechpartnerin",
    "ihre ansprechpartner",
    "adresse",
    "contact",
    "contact us",
    "your contact",
    "address",
    "contactez-nous",
    "nous contacter",
    "votre contact",
    "votre interlocuteur",
    "contacto",
    "contáctenos",
    "dirección",
    "su contacto",
];
/// Most words of a contact block's heading ([`CONTACT_HEADS`]).
const CONTACT_HEAD_MAX_WORDS: u32 = 4;
/// Most lines of a contact block under its heading (see [`keep_contact_rows`]).
const CONTACT_BLOCK_MAX_LINES: usize = 6;
/// Fewest contact rows in a block under its heading (see [`keep_contact_rows`]).
const CONTACT_BLOCK_MIN_ROWS: usize = 2;
/// Most words of the office's or firm's name that opens a contact block.
const CONTACT_NAME_MAX_WORDS: u32 = 8;

/// Gives back the rows of a contact block that the line model cut: a service page's
/// address, phone and e-mail close the page right above its footer and read to the model as
/// the footer's start.
///
/// - Under a heading ("Kontakt", "Ihre Ansprechpartnerin", "Contact", "Contacto") that
///   stands, or that the model cut right below a line that stands: the office's or firm's
///   name, a short line that ends no sentence, and the [`CONTACT_BLOCK_MIN_ROWS`] or more
///   contact rows ([`is_contact_row`]) under it, up to [`CONTACT_BLOCK_MAX_LINES`] lines in
///   all, come back. A site's footer has its contact rows too, but under the site's other
///   chrome, not right below the page's text.
/// - A contact row next to one that stands comes back ("Gewerbering 7" cut above "85084
///   Reichertshofen-Winden"). Read down the page, then up, so that the rows come back one
///   after the other.
///
/// `nb` holds the indices of the non-blank lines.
fn keep_contact_rows(text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    // Each line's test, read once however many neighbours ask for it (0: not read yet).
    let mut known: Vec<u8> = Vec::new();
    let mut contact = |lines: &[Line], i: usize| {
        if known.is_empty() {
            known.resize(lines.len(), 0);
        }
        if known[i] == 0 {
            let l = &lines[i];
            known[i] = 1 + u8::from(is_contact_row(&text[l.start..l.end], &l.stats));
        }
        known[i] == 2
    };
    for k in 1..nb.len() {
        let h = &lines[nb[k]];
        if h.stats.words > CONTACT_HEAD_MAX_WORDS
            || !(h.class == Class::Cut && lines[nb[k - 1]].stands() || h.stands())
            || !is_contact_head(&text[h.start..h.end])
        {
            continue;
        }
        // The block's end (an index in `nb`) and its contact rows.
        let (mut end, mut rows) = (k + 1, 0);
        while end < nb.len().min(k + 1 + CONTACT_BLOCK_MAX_LINES) {
            let l = &lines[nb[end]];
            let name = end == k + 1
                && (1..=CONTACT_NAME_MAX_WORDS).contains(&l.stats.words)
                && !l.stats.ends_sentence
                && !l.stats.ends_colon;
            if contact(lines, nb[end]) {
                rows += 1;
            } else if !name {
                break;
            }
            end += 1;
        }
        if rows >= CONTACT_BLOCK_MIN_ROWS {
            for &i in &nb[k + 1..end] {
                if lines[i].class == Class::Cut && lines[i].why == MODEL_CUT {
                    give_back(&mut lines[i], &views[i]);
                }
            }
        }
    }
    for down in [true, false] {
        for k in 1..nb.len() {
            let (p, i) = if down {
                (nb[k - 1], nb[k])
            } else {
                (nb[nb.len() - k], nb[nb.len() - k - 1])
            };
            let l = &lines[i];
            if l.class == Class::Cut
                && l.why == MODEL_CUT
                && lines[p].stands()
                && contact(lines, i)
                && contact(lines, p)
            {
                give_back(&mut lines[i], &views[i]);
            }
        }
    }
}

/// A contact block's heading ([`CONTACT_HEADS`]).
fn is_contact_head(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let t = t.strip_suffix(b":").unwrap_or(t).trim_ascii_end();
    t.len() <= 24 && CONTACT_HEADS.iter().any(|h| t.eq_ignore_ascii_case(h.as_bytes()))
}

/// Fewest and most words of a block's last sentence that [`keep_block_tails`] gives back.
const BLOCK_TAIL_WORDS: std::ops::RangeInclusive<u32> = 5..=25;

/// Gives back a block's last line, a sentence that the line model cut for the chrome right
/// under it: the line ends a sentence and names no chrome, the two lines above it (no blank
/// line between) stand, and the line below was cut by a pattern or a rule, not by the model
/// ("Der Zugang ist barrierefrei über den Hintereingang am Kirchplatz." above "Seite
/// drucken"). Also a block's last line whose sentence has chrome glued to its end that the
/// patterns cut ("Lasst es euch schmecken!Teilen mit:FacebookTwitterPinterestE-Mail"; see
/// [`glued_tail_sentence`]): the chrome goes, the sentence stays. `nb` holds the indices of
/// the non-blank lines; `partial` the cuts inside lines.
fn keep_block_tails(text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView], partial: &[(usize, RawCut)]) {
    for k in 2..nb.len() {
        let i = nb[k];
        let l = &lines[i];
        let block = || {
            nb[k - 1] + 1 == i && nb[k - 2] + 1 == nb[k - 1] && lines[nb[k - 1]].stands() && lines[nb[k - 2]].stands()
        };
        // The chrome glued after the sentence, cut by a pattern: "Lasst es euch
        // schmecken!Teilen mit:FacebookTwitterPinterestE-Mail".
        if l.class == Class::Cut
            && l.why == MODEL_CUT
            && !l.stats.ends_sentence
            && !l.stats.cta_first
            && l.stats.words <= BLOCK_TAIL_GLUED_MAX_WORDS
            && glued_tail_sentence(text, l, cuts_of(partial, i))
            && block()
        {
            give_back(&mut lines[i], &views[i]);
            continue;
        }
        let Some(&n) = nb.get(k + 1) else { break };
        if l.class != Class::Cut
            || l.why != MODEL_CUT
            || !l.stats.ends_sentence
            || l.stats.ends_question
            || l.stats.chrome > 0
            || l.stats.cta_first
            || !BLOCK_TAIL_WORDS.contains(&l.stats.words)
            // A question to the reader opens a pitch ("Sie haben Fragen? Schreiben Sie …").
            || memchr::memchr(b'?', &text[l.start..l.end]).is_some()
        {
            continue;
        }
        let chrome_below = lines[n].class == Class::Cut && lines[n].why != MODEL_CUT;
        if chrome_below && block() {
            give_back(&mut lines[i], &views[i]);
        }
    }
}

/// Most words of a line, its glued chrome included, that [`keep_block_tails`] gives back for
/// the sentence before the chrome.
const BLOCK_TAIL_GLUED_MAX_WORDS: u32 = 40;

/// Whether `line` is a sentence of three words or more with no question mark, then chrome
/// glued to its end that `cuts` take whole (see [`ends_sentence_before_cuts`]).
fn glued_tail_sentence(text: &[u8], line: &Line, cuts: &[(usize, RawCut)]) -> bool {
    let Some((_, first)) = cuts.first() else { return false };
    let head = &text[line.start..first.start];
    memchr::memchr(b'?', head).is_none()
        && count_words_max(head, BLOCK_TAIL_MIN_GLUED_WORDS) >= BLOCK_TAIL_MIN_GLUED_WORDS
        && ends_sentence_before_cuts(text, line, cuts)
}

/// Fewest words of the sentence before the glued chrome (see [`glued_tail_sentence`]).
const BLOCK_TAIL_MIN_GLUED_WORDS: u32 = 3;

/// Most words of an item's name that [`keep_item_names`] gives back.
const ITEM_NAME_MAX_WORDS: u32 = 16;

/// Gives back the name of the item a page is about when it opens the text and the line model
/// cut it: a shop's product page starts with the product's name, then maybe its brand and
/// rating, then its price ("Merino-Fleecejacke «Gantrisch» Herren" / "Gipfelwerk" / "★★★★☆
/// 4,6 (38 Bewertungen)" / "CHF 189.00"). A short line that ends no sentence, with a price
/// other than nought opening one of the next [`ITEM_PRICE_GAP_LINES`] + 1 lines (see
/// [`price_at_start`]). `nb` holds the indices of the non-blank lines.
fn keep_item_names(text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    let Some(&first) = nb.first() else { return };
    let name = &lines[first];
    if name.class != Class::Cut
        || name.why != MODEL_CUT
        || name.stats.words > ITEM_NAME_MAX_WORDS
        || name.stats.ends_sentence
    {
        return;
    }
    let priced = nb[1..].iter().take(ITEM_PRICE_GAP_LINES + 1).any(|&i| {
        let l = &lines[i];
        l.stats.digits > 0
            && l.stats.words <= ITEM_PRICE_MAX_WORDS
            && price_at_start(&text[l.start..l.end]) == Some(true)
    });
    if priced {
        give_back(&mut lines[first], &views[first]);
    }
}

/// Most words of an item's price line (see [`keep_item_prices`]).
const ITEM_PRICE_MAX_WORDS: u32 = 10;
/// Most words of a line between an item's name and its price ("Marke: Alpenfalke",
/// "Bewertungen (23)").
const ITEM_PRICE_GAP_MAX_WORDS: u32 = 6;
/// Most lines between an item's name and its price (a brand's row, a rating's).
const ITEM_PRICE_GAP_LINES: usize = 2;

/// Gives back the price of the item a page is about, which the line model cut right under
/// the item's name or its first facts: the page's first line that opens with a price other
/// than nought ("CHF 19.80", "249,00 € inkl. 19 % MwSt.", "Unser Preis: 39,95 €"; a cart's
/// "$0.00" is passed over), with a kept line right above it, or above one or two short lines
/// that were cut ("Marke: Alpenfalke", "★★★★★ 4,8 | 112 Bewertungen"). The prices of other items come after the item's own
/// and a teaser's price shares its line with the teaser's name ("Trinkblase 3 L – 24,95 €"):
/// they stay as the model left them. `nb` holds the indices of the non-blank lines.
fn keep_item_prices(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize], views: &[LineView]) {
    for k in 0..nb.len() {
        let l = &lines[nb[k]];
        if l.stats.digits == 0 || l.stats.words > ITEM_PRICE_MAX_WORDS {
            continue;
        }
        match price_at_start(&text[l.start..l.end]) {
            None | Some(false) => continue,
            Some(true) => {}
        }
        // A tax note's pattern may have taken the line: "69,90 € IVA incluido".
        let taxed = || pattern_category(inner, l.why) == Some(Category::Legal);
        if k > 0 && l.class == Class::Cut && (l.why == MODEL_CUT || taxed()) {
            // The item's name right above, or above a gap of a line or two of a few words.
            let gap = nb[k.saturating_sub(ITEM_PRICE_GAP_LINES + 1)..k]
                .iter()
                .rev()
                .take_while(|&&g| !lines[g].stands() && lines[g].stats.words <= ITEM_PRICE_GAP_MAX_WORDS)
                .count();
            let named = (0..=gap.min(ITEM_PRICE_GAP_LINES)).any(|g| k > g && lines[nb[k - 1 - g]].stands());
            if named {
                give_back(&mut lines[nb[k]], &views[nb[k]]);
            }
        }
        return;
    }
}

/// Longest label (in words) before a price's colon ("Unser Preis:", "Price:"), and where its
/// colon is looked for (in bytes).
const PRICE_LABEL_MAX_WORDS: usize = 4;
const PRICE_LABEL_MAX_BYTES: usize = 48;

/// Currencies written before or after an amount, as signs or codes.
const CURRENCIES: [&str; 11] = [
    "€", "$", "£", "CHF", "EUR", "USD", "GBP", "Fr.", "SFr.", "Euro", "Franken",
];
/// The first bytes of [`CURRENCIES`] ("€" opens with 0xE2, "£" with 0xC2).
static CURRENCY_FIRST: [bool; 256] = first_bytes(&[&CURRENCIES]);

/// Whether `l` opens with a price, after a label of a few words and its colon at most: a
/// currency and an amount ("CHF 19.80", "$52.000", "£185.00Tax included.") or an amount and a
/// currency ("249,00 €inkl. MwSt.", "64,90 EUR", "149.– Fr."). `None` if it does not,
/// `Some(false)` for an amount of nought ("$0.00").
fn price_at_start(l: &[u8]) -> Option<bool> {
    let l = l.trim_ascii_start();
    let colon = memchr::memchr(b':', &l[..l.len().min(PRICE_LABEL_MAX_BYTES)]);
    let s = colon.map_or(0, |c| skip_blanks(l, c + 1));
    let currency_at = |i: usize| {
        if !l.get(i).is_some_and(|&b| CURRENCY_FIRST[b as usize]) {
            return None;
        }
        CURRENCIES.iter().find_map(|c| {
            let end = i + c.len();
            let boundary =
                !c.as_bytes()[c.len() - 1].is_ascii_alphabetic() || !l.get(end).is_some_and(u8::is_ascii_alphabetic);
            (l.get(i..end) == Some(c.as_bytes()) && boundary).then_some(end)
        })
    };
    // The amount: digits and the marks that group them ("3'290", "3’290") or end them
    // ("12,–", "149.–").
    let amount = |from: usize| {
        let mut i = from;
        loop {
            if l.get(i)
                .is_some_and(|&b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'\'' | b'-'))
            {
                i += 1;
            } else if l[i..].starts_with("’".as_bytes()) && l.get(i + 3).is_some_and(u8::is_ascii_digit) {
                i += 3;
            } else {
                break;
            }
        }
        if l[i..].starts_with("–".as_bytes()) {
            i += 3;
        }
        (i, l[from..i].iter().any(|b| (b'1'..=b'9').contains(b)))
    };
    let price = if let Some(end) = currency_at(s) {
        let a = skip_blanks(l, end);
        l.get(a).is_some_and(u8::is_ascii_digit).then(|| amount(a).1)
    } else if l.get(s).is_some_and(u8::is_ascii_digit) {
        let (end, nonzero) = amount(s);
        currency_at(skip_blanks(l, end)).map(|_| nonzero)
    } else {
        None
    };
    // The label before a colon: a few words, no digit.
    if let (Some(_), Some(colon)) = (price, colon) {
        let label = &l[..colon];
        let words = blank_separated_words(label);
        // A search filter's bound is no item's price ("Max price: £15,000", "Preis min.:").
        let bound = crate::text::find_ci(label, b"max").is_some() || crate::text::find_ci(label, b"min").is_some();
        if words == 0 || words > PRICE_LABEL_MAX_WORDS || bound || label.iter().any(u8::is_ascii_digit) {
            return None;
        }
    }
    price
}

/// Undoes the line model's cut of `line`: it is prose again if it was when the model read it
/// (`view`), a short line otherwise (the passes between turn cut lines into short ones only).
fn give_back(line: &mut Line, view: &LineView) {
    line.class = if view.content { Class::Content } else { Class::Short };
    line.why = NO_WHY;
}

/// Gives back a prose line that the line model cut for a widget glued inside it: a photo
/// credit, an ad marker or a sign-up's sentence with the article's sentences on both sides,
/// as extraction leaves them when it loses a block's bounds ("…tout au long du
/// parcours.Photo : Terres de Semois/Julien ColletÀ l'arrivée, la plaine…"), or after its
/// last sentence ("…por defectos de fabricación.Compartir: Facebook · WhatsApp"). The model read
/// the widget's words with the line's; the line is scored again as a second pass reads it,
/// without the cuts, and comes back if the model would keep it then. `thr` is the threshold
/// the model's verdicts were taken at.
fn keep_glued_prose(text: &[u8], lines: &mut [Line], partial: &[(usize, RawCut)], views: &[LineView], thr: [f32; 2]) {
    let mut again: Option<Vec<LineView>> = None;
    let mut judged = Vec::new();
    for cuts in partial.chunk_by(|x, y| x.0 == y.0) {
        let i = cuts[0].0;
        let line = &lines[i];
        if line.class != Class::Cut || line.why != MODEL_CUT || !views[i].content {
            continue;
        }
        // Each cut glued between two pieces of the line, right after a sentence's end mark,
        // or glued there and running to the line's end (a share bar after a product's last
        // sentence).
        let inside = cuts.iter().all(|(_, c)| {
            c.start > line.start
                && char_before(text, c.start).is_some_and(|(x, _)| is_sentence_end(x))
                && (c.end < line.end && opens_with_sentence_word(&text[c.end..line.end])
                    || text[c.end.min(line.end)..line.end].iter().all(u8::is_ascii_whitespace))
        });
        if !inside {
            continue;
        }
        let spans = cuts.iter().map(|(_, c)| (c.start - line.start, c.end - line.start));
        let rest = UncutView::of(&text[line.start..line.end], spans).text;
        let stats = stats::scan(&rest, false);
        if !is_prose(stats.words, stats.ends_sentence) || stats.words > PROSE_CUT_MAX_WORDS {
            continue;
        }
        let v = &mut again.get_or_insert_with(|| views.to_vec())[i];
        v.stats = stats;
        v.partial = false;
        v.bytes = rest.len().min(u32::MAX as usize) as u32;
        judged.push(i);
    }
    let Some(again) = again else { return };
    let feats = model::Features::new(&again);
    for i in judged {
        if let Some(f) = feats.of(i) {
            let mut score = model::Score::new(&f);
            let regime = score.regime();
            if !score.above(thr[regime] + PROSE_MARGIN[regime]) {
                give_back(&mut lines[i], &views[i]);
            }
        }
    }
}

/// Whether `b` opens with a sentence's first word: a capital not followed by another
/// ("À l'arrivée", "In the audio", not the "ID" of "ContainerStatus.ImageID").
fn opens_with_sentence_word(b: &[u8]) -> bool {
    match char_at(b, 0) {
        Some((c, n)) if c.is_uppercase() => !char_at(b, n).is_some_and(|(d, _)| d.is_uppercase()),
        _ => false,
    }
}

/// Most words of an ad's copy under its marker (see [`cut_ad_copy`]).
const AD_COPY_MAX_WORDS: u32 = 20;

/// Cuts the copy of an ad under its marker: the line right below a line that an `ad`
/// pattern cut whole ("Anzeige", "Sponsored", "Publicité"), when it makes an offer (see
/// [`is_offer`]): "Gartenmöbel-Sale: 40 % Rabatt auf Loungegruppen – nur online", "Book
/// direct with Atlantic Hideaways – 10% off stays in September". An article's paragraph
/// goes on under a marker that extraction left between two of its paragraphs, and it makes
/// no offer. `nb` holds the indices of the non-blank lines.
fn cut_ad_copy(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize]) {
    for w in nb.windows(2) {
        let (m, i) = (&lines[w[0]], &lines[w[1]]);
        if !matches!(i.class, Class::Short | Class::Content)
            || i.stats.words > AD_COPY_MAX_WORDS
            // An offer holds a figure or a capital ("Jetzt …").
            || i.stats.digits == 0 && i.stats.caps == 0
            || m.class != Class::Cut
            || !matches!(m.why, Why::Pattern(_))
            || cut_category(inner, m.why) != Category::Ad
        {
            continue;
        }
        if std::str::from_utf8(&text[i.start..i.end]).is_ok_and(is_offer) {
            let line = &mut lines[w[1]];
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::CallToAction, Category::Ad);
        }
    }
}

/// Cuts, among the lines the line model kept, the datelines the passes before it leave to
/// it: those headed by a place whose name joins its words with particles ("Santiago de
/// Compostela - 07 may 2024 - 05:30 CEST", "Villanueva del Jarama, 18/08/2023"; the datelines
/// cut before the model, whose cuts it reads around them, take places of capitalised words
/// only), and a blog post's meta row with a separator before its count of comments ("14.
/// September 2013 von Steffi · 23 Kommentare"; see [`is_meta_row`]), and a date whose short
/// weekday reads as a calendar's day ([`dateline_of`]) but which stands right under or over
/// a byline that is cut, its story's stamp: "Von Sabine Grubmüller" / "Mi, 21.09.2022,
/// 17:40". `nb` holds the indices of the non-blank lines.
fn cut_late_datelines(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize]) {
    let byline = |l: &Line| l.class == Class::Cut && cut_category(inner, l.why) == Category::Byline;
    for (k, &li) in nb.iter().enumerate() {
        let line = lines[li];
        // A year takes four digits.
        if line.stats.digits < 4 || !line.stands() {
            continue;
        }
        let l = &text[line.start..line.end];
        let signed = || {
            line.stats.words <= DATELINE_MAX_WORDS
                && (k.checked_sub(1).is_some_and(|p| byline(&lines[nb[p]]))
                    || nb.get(k + 1).is_some_and(|&n| byline(&lines[n])))
                && has_year(l)
                && dateline_of(l, true)
        };
        // A particle among the place's words before its separator, looked for before the
        // line is read: a word of two or three lowercase letters.
        let particle = || {
            let head = &l[..memchr::memchr3(b',', b'|', 0xE2, l)
                .unwrap_or(l.len())
                .min(PLACE_HEAD_MAX_BYTES)];
            head.split(|&b| b == b' ')
                .skip(1)
                .any(|w| (2..=3).contains(&w.len()) && PLACE_PARTICLES.iter().any(|p| p.as_bytes() == w))
        };
        let placed = || {
            line.stats.words <= DATELINE_MAX_WORDS
                && l.first().is_some_and(|&b| b.is_ascii_uppercase() || b >= 0xC0)
                && particle()
                && placed_dateline(l, true)
        };
        // A year and a count of comments take five digits.
        let meta = || line.stats.digits >= 5 && line.stats.words <= META_ROW_MAX_WORDS && is_meta_row(l, true);
        if placed() || meta() || signed() {
            lines[li].class = Class::Cut;
            lines[li].why = Why::Rule(Rule::Dateline, Category::Date);
        }
    }
}

/// Bytes of a line that [`cut_late_datelines`] reads for a place's particle.
const PLACE_HEAD_MAX_BYTES: usize = 64;

/// Most words of a newsletter box's pitch (see [`cut_newsletter_pitches`]).
const NEWSLETTER_PITCH_MAX_WORDS: u32 = 30;

/// Cuts the pitch of a newsletter box: a line of [`NEWSLETTER_PITCH_MAX_WORDS`] words at
/// most between two lines that newsletter patterns cut, the box's heading and its button
/// ("Newsletter" / "Recevez nos bons plans et l'agenda de la vallée une fois par mois." /
/// "Je m'abonne"). A sentence stays there unless it names a mailing (see [`names_mailing`]),
/// and the page's first line that stands is its title, even between a header's "Subscribe"
/// buttons. `nb` holds the indices of the non-blank lines.
fn cut_newsletter_pitches(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize]) {
    let newsletter = |l: &Line| l.class == Class::Cut && pattern_category(inner, l.why) == Some(Category::Newsletter);
    let Some(first) = lines.iter().position(Line::stands) else {
        return;
    };
    for w in nb.windows(3) {
        // The box's heading first: the rarest of the three.
        if !newsletter(&lines[w[0]]) {
            continue;
        }
        let line = &lines[w[1]];
        // A sentence between two widgets stays, unless it says what the mail brings and how
        // often ("Recevez nos bons plans … une fois par mois."); a tagline goes ("HT Daily
        // Capsule").
        if w[1] > first
            && line.stands()
            && line.stats.words <= NEWSLETTER_PITCH_MAX_WORDS
            && newsletter(&lines[w[2]])
            && (!line.stats.ends_sentence || names_mailing(&text[line.start..line.end]))
        {
            let line = &mut lines[w[1]];
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::CallToAction, Category::Newsletter);
        }
    }
}

/// Words of a newsletter's pitch, lowercase: what the mail brings and how often ("straight
/// to your inbox", "einmal im Monat", "une fois par mois", "cada semana").
const MAILING_WORDS: [&str; 30] = [
    "inbox",
    "newsletter",
    "weekly",
    "monthly",
    "every week",
    "every month",
    "once a month",
    "delivered",
    "subscribe",
    "postfach",
    "wöchentlich",
    "monatlich",
    "im monat",
    "jede woche",
    "jeden monat",
    "abonn",
    "boîte",
    "chaque semaine",
    "chaque mois",
    "par mois",
    "par semaine",
    "recevez",
    "recevoir",
    "cada semana",
    "cada mes",
    "al mes",
    "bandeja",
    "recibe",
    "recibir",
    "suscrib",
];

/// Whether `l` speaks of a mailing (see [`MAILING_WORDS`]).
fn names_mailing(l: &[u8]) -> bool {
    let lower = String::from_utf8_lossy(l).to_lowercase();
    MAILING_WORDS.iter().any(|w| lower.contains(w))
}

/// Words that make a percentage an offer's (see [`is_offer`]), lowercase.
const OFFER_WORDS: [&str; 11] = [
    "off",
    "sale",
    "code",
    "rabatt",
    "sparen",
    "spare",
    "descuento",
    "dto",
    "réduction",
    "remise",
    "rabais",
];

/// Words that put an amount of money as an offer's bound, lowercase: "ab € 219", "dès 5,90
/// €/mois", "desde 99 €", "up to £312". Two-word bounds are named by their last word ("bis
/// zu", "up to").
const OFFER_BOUNDS: [&str; 7] = ["zu", "to", "jusqu'à", "hasta", "ab", "dès", "desde"];

/// Whether `l` makes an offer: a percentage that is a discount (with a minus before it,
/// "-15 %", or a word of [`OFFER_WORDS`] in the line), an amount of money up to three words
/// after a bound of [`OFFER_BOUNDS`] ("ab € 219,–", "dès 159 000 €") or a percentage after
/// one meaning "from" ("ab 3,9 % eff. p. a."), or German "Jetzt" opening the line or a
/// clause after a colon, a question or a dash ("Umzug geplant? Jetzt Angebote vergleichen").
fn is_offer(l: &str) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '%')
            .to_lowercase()
    };
    let money = |w: &str| w.contains(['€', '$', '£']) || w == "CHF" || w == "Fr.";
    let mut percent = false;
    let mut minus = false;
    let mut offer_word = false;
    for (k, w) in words.iter().enumerate() {
        let low = lower(w);
        let is_pct = w.contains('%')
            && (w.chars().any(|c| c.is_ascii_digit()) || k > 0 && words[k - 1].chars().any(|c| c.is_ascii_digit()));
        if is_pct {
            percent = true;
            let num = if w.chars().any(|c| c.is_ascii_digit()) {
                w
            } else {
                words[k - 1]
            };
            minus |= num.starts_with(['-', '−', '–']);
        }
        offer_word |= OFFER_WORDS.contains(&low.as_str());
        // A rate after "from" is an offer's; "up to 40 %" is as often a story's figure.
        let from = matches!(low.as_str(), "ab" | "dès" | "desde");
        if OFFER_BOUNDS.contains(&low.as_str())
            && words[k + 1..]
                .iter()
                .take(3)
                .any(|x| money(x) || from && x.contains('%'))
        {
            return true;
        }
        if w.trim_matches(|c: char| !c.is_alphanumeric()) == "Jetzt"
            && (k == 0 || words[k - 1].ends_with([':', '?', '!']) || matches!(words[k - 1], "–" | "-"))
        {
            return true;
        }
    }
    percent && (minus || offer_word)
}

/// Words that open a reply's thanks (see [`keep_thanks`]), in any ASCII case; a comma, an
/// exclamation mark, a full stop or a blank follows them (see [`opens_with_thanks`]).
const THANKS_WORDS: [&str; 7] = [
    "danke",
    "vielen dank",
    "thanks",
    "thank you",
    "merci",
    "gracias",
    "mil gracias",
];

/// Whether `l` opens with a word of thanks, not with "Thanks to", "Merci à" or "Gracias a":
/// thanks to someone for something is a credit or a sentence of a story.
fn opens_with_thanks(l: &[u8]) -> bool {
    let t = l.trim_ascii_start();
    ascii_prefixes(t, &THANKS_WORDS).any(|n| match t[n] {
        b',' | b'!' | b'.' => true,
        b' ' => {
            let next = &t[n + 1..];
            let word = &next[..next.iter().position(|&b| b == b' ').unwrap_or(next.len())];
            !THANKS_TO.iter().any(|x| word.eq_ignore_ascii_case(x.as_bytes()))
        }
        _ => false,
    })
}

/// The first bytes of the words of `lists`, in both ASCII cases: a cheap test before
/// [`ascii_prefixes`] reads a line against a list.
const fn first_bytes(lists: &[&[&str]]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < lists.len() {
        let mut j = 0;
        while j < lists[i].len() {
            let b = lists[i][j].as_bytes()[0];
            t[b.to_ascii_lowercase() as usize] = true;
            t[b.to_ascii_uppercase() as usize] = true;
            j += 1;
        }
        i += 1;
    }
    t
}

/// The lengths of the words of `list` that open `t` and leave something after them, in any
/// ASCII case.
fn ascii_prefixes<'a>(t: &'a [u8], list: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
    list.iter()
        .filter(|w| t.len() > w.len() && t[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
        .map(|w| w.len())
}

/// Words after thanks that make them a credit ("Thanks to", "Merci à", "Gracias a").
const THANKS_TO: [&str; 4] = ["to", "à", "a", "an"];

/// Fewest words of the sentence that [`opens_with_sentence`] asks for.
const OPENING_SENTENCE_WORDS: u32 = 10;

/// Whether line `l` of `words` words opens with a sentence of at least
/// [`OPENING_SENTENCE_WORDS`] words that ends before the line does ("A fast-heating espresso
/// machine with adjustable milk texturing and precise temperature control. Pros: compact").
fn opens_with_sentence(l: &[u8], words: u32) -> bool {
    if words <= OPENING_SENTENCE_WORDS {
        return false;
    }
    let (_, end) = sentence_end_at(l, 0);
    end < l.trim_ascii_end().len() && count_words_max(&l[..end], OPENING_SENTENCE_WORDS) >= OPENING_SENTENCE_WORDS
}

/// Gives back the pieces of a sentence that a line break cut in two (see [`joined`]) when
/// the line model cut one piece and kept the other: a sentence is kept whole or cut whole,
/// never halfway. Read both ways, so that a sentence in three pieces comes back whole.
/// `views` are the lines as the model read them: a piece given back is prose again if it
/// was then, a short line otherwise (the passes between turn cut lines into short ones only).
fn rejoin_pieces(text: &[u8], lines: &mut [Line], nb: &[usize], joined: &[Joined], views: &[LineView]) {
    // The piece at `x` was cut by the model, its neighbour `other` kept (cheap tests first).
    let one_cut = |lines: &[Line], x: usize, other: usize| {
        joined[x] != Joined::No
            && lines[x].class == Class::Cut
            && lines[x].why == NO_WHY
            && matches!(lines[other].class, Class::Short | Class::Content)
    };
    // Pieces on adjacent lines (a blank line between two lines is a block's end) that meet
    // between words: a letter or a comma ends the first, a word in lowercase opens the
    // second (not a bullet, an address, a number or a name such as `iPad`), and neither is
    // a row of links.
    let adjacent = |lines: &[Line], p: usize, i: usize| {
        i == p + 1 && pieces(lines, p, i) && {
            let a = text[lines[p].start..lines[p].end].trim_ascii_end();
            let b = text[lines[i].start..lines[i].end].trim_ascii_start();
            let word = &b[..b.iter().position(|&c| c == b' ').unwrap_or(b.len())];
            let word = std::str::from_utf8(word)
                .unwrap_or("")
                .trim_end_matches([',', '.', ';', ':', '!', '?']);
            char_before(a, a.len()).is_some_and(|(c, _)| c.is_alphabetic() || c == ',')
                && word.starts_with(char::is_lowercase)
                && word.chars().all(|c| c.is_lowercase() || c == '_' || c == '-')
                && !has_separator(a)
                && !has_separator(b)
        }
    };
    for pair in nb.windows(2) {
        let (p, i) = (pair[0], pair[1]);
        if one_cut(lines, i, p) && adjacent(lines, p, i) {
            give_back(&mut lines[i], &views[i]);
        }
    }
    for pair in nb.windows(2).rev() {
        let (p, i) = (pair[0], pair[1]);
        if one_cut(lines, p, i) && adjacent(lines, p, i) {
            give_back(&mut lines[p], &views[p]);
        }
    }
}

/// Names a related-links head that the line model cut before a late pattern could: a short
/// line that a late `related` pattern of kind `line` or `prefix` matches from its first
/// letter ("Ähnliche Fragen", "Artikel zum Thema") takes the pattern as its reason, so that
/// [`cut_related_titles`] reads it as the head of the list under it, as it reads one the
/// pattern cut, when the line right under it stands. `late` holds the late patterns'
/// matches, `(line, pattern, start, end)` in line order, offsets in the line.
fn name_related_heads(inner: &Inner, text: &[u8], lines: &mut [Line], late: &[Retry]) {
    for hits in late.chunk_by(|x, y| x.0 == y.0) {
        let li = hits[0].0;
        let line = &lines[li];
        if line.class != Class::Cut || line.why != MODEL_CUT || line.stats.words > RELATED_HEAD_MAX_WORDS {
            continue;
        }
        // A head stands above its list, not in a run of cut lines such as a menu's ("Neue
        // Beiträge" among a board's tabs): the line under it stands.
        if lines.get(li + 1).map_or(true, |n| !n.stands()) {
            continue;
        }
        let l = &text[line.start..line.end];
        let first = l.iter().position(u8::is_ascii_alphanumeric).unwrap_or(l.len());
        let first = first.min(l.iter().position(|&b| b >= 0x80).unwrap_or(l.len()));
        let head = hits.iter().find(|&&(_, id, a, b)| {
            let e = &inner.table.patterns[id as usize];
            e.category == Category::Related
                && match e.kind {
                    Kind::Line => a <= first && last_alpha_end(l) <= b,
                    Kind::Prefix => a <= first,
                    _ => false,
                }
        });
        if let Some(&(_, id, _, _)) = head {
            lines[li].why = Why::Pattern(id);
        }
    }
}

/// Most titles [`cut_related_titles`] takes under one head.
const RELATED_TITLES: usize = 8;
/// Most words of a related-links head (see [`cut_related_titles`]): a head that holds a
/// title of its own ("Read more: 2026 Forecast Predicts Positive Recovery") has no list under
/// it.
const RELATED_HEAD_MAX_WORDS: u32 = 6;
/// Fewest and most words of a linked story's title (see [`cut_related_titles`]).
const RELATED_TITLE_WORDS: std::ops::RangeInclusive<u32> = 3..=16;

/// Cuts the titles of linked stories under a related-links head: after a line that a
/// `related` pattern cut whole, with no digit and few words (see [`is_related_head`]: `Mehr zum
/// Thema`, `Lesen Sie auch`, `À lire aussi`, `Te puede interesar`), the short lines that read
/// as headlines (three to sixteen words, no full stop, colon or comma last), up to
/// [`RELATED_TITLES`] of them; lines already cut between them (their dates, `Hace 4 horas`)
/// are passed over. A prose line, a blank line or any other line ends the list, and so does
/// a headline right above a prose line (no blank line between): that is the paragraph's
/// heading, not a link (under a widget's title whose items extraction dropped, `Recently
/// viewed`), unless the head opens a list of teasers, each title with a sentence under it
/// (see [`teaser_pairs`]), which goes whole. `nb` holds the indices of the non-blank lines.
fn cut_related_titles(inner: &Inner, text: &[u8], lines: &mut [Line], nb: &[usize]) {
    let head = |l: &Line| {
        l.class == Class::Cut && is_related_head(inner, &text[l.start..l.end], l.why)
            || l.related_tail && l.class != Class::Cut
    };
    // Teasers are prose: a page takes them only where it has prose to spare, as the line
    // model judges prose (see `PROSE_CONTEXT_LINES`).
    let prose = lines.iter().filter(|l| l.class == Class::Content).count();
    // The text's first line heads no list: it names the section above the page's title
    // ("Actualités" / "La bibliothèque universitaire des Tanneurs rouvre ses portes …").
    let mut k = 1;
    while k < nb.len() {
        // A head among a menu's items, a menu's pattern having cut the line under it, is one
        // more item ("Actualités" / "Contact"); a row that the separators rule cut may be the
        // list's first ("Similar Threads" / "Thread / Thread Starter / Forum / Replies").
        let menu_below = || {
            nb.get(k + 1).is_some_and(|&n| {
                let l = &lines[n];
                l.class == Class::Cut && pattern_category(inner, l.why) == Some(Category::Nav)
            })
        };
        if !head(&lines[nb[k]]) || menu_below() {
            k += 1;
            continue;
        }
        // A list of teasers: each title with a sentence or two under it.
        let (pairs, end) = teaser_pairs(text, lines, nb, k + 1);
        if pairs >= TEASER_PAIRS_MIN && prose >= PROSE_CONTEXT_LINES {
            for &i in &nb[k + 1..end] {
                if lines[i].class != Class::Cut {
                    lines[i].class = Class::Cut;
                    lines[i].why = Why::Rule(Rule::RelatedLinks, Category::Related);
                }
            }
            k = end;
            continue;
        }
        let mut titles = 0;
        let mut j = k + 1;
        let h = &lines[nb[k]];
        let inline = is_inline_teaser_head(&text[h.start..h.end]);
        while j < nb.len() && titles < RELATED_TITLES && nb[j] == nb[j - 1] + 1 {
            let i = nb[j];
            if lines[i].class == Class::Cut {
                // A path whose last item the next line repeats ends the list: that line is the
                // page's own title ("Actualités" / … / "Vous êtes ici : Accueil > … > Retour sur
                // la Randonnée" / "Retour sur la Randonnée").
                if cut_category(inner, lines[i].why) == Category::Nav
                    && nb
                        .get(j + 1)
                        .is_some_and(|&n| title_under_path(text, &lines[i], &lines[n]))
                {
                    break;
                }
                j += 1;
                continue;
            }
            // A kicker's teaser, at `nb[j]`.
            let teaser =
                |j: usize| kicker_teaser(text, &lines[nb[j]]).is_some_and(|k| !kicker_repeats(text, lines, nb, j, k));
            // Once the list has two titles, a title in a kicker's form is one more of them even
            // above a paragraph ("… / Familienunternehmen: Der Generationswechsel wird zur
            // Überlebensfrage / Sie haben den Artikel kostenlos gelesen. …"): an article's
            // own headings seldom take that form.
            let kicker = teaser(j);
            // The next line is prose (a question's title reads as prose and is none).
            let prose_next = j + 1 < nb.len()
                && nb[j + 1] == i + 1
                && lines[i + 1].class == Class::Content
                && !is_question_title(text, &lines[i + 1]);
            // A head that points at one story ("Lesen Sie auch") has its title under it,
            // whatever follows.
            let next_is_prose = prose_next && !(teaser(j + 1) || titles >= 2 && kicker || titles == 0 && inline);
            let related = is_related_title(text, &lines[i]);
            // A question with prose under it is a question and its answer, even under a head
            // that points at one story.
            let question = !kicker && !related && is_question_title(text, &lines[i]);
            // A fact box's rows of opening hours ("Samstag: 7.00 bis 16.00 Uhr") read as
            // kickers' titles, and its heading as one more title: the list ends above them.
            let hours = |i: usize| is_hours_row(&text[lines[i].start..lines[i].end], lines[i].stats.words);
            let box_head = || j + 1 < nb.len() && nb[j + 1] == i + 1 && hours(i + 1);
            if !(kicker || question || related) || next_is_prose || question && prose_next || box_head() || hours(i) {
                break;
            }
            lines[i].class = Class::Cut;
            lines[i].why = Why::Rule(Rule::RelatedLinks, Category::Related);
            titles += 1;
            j += 1;
        }
        k = j.max(k + 1);
    }
}

/// Fewest words of a path's last item that [`title_under_path`] compares.
const PATH_TITLE_MIN_WORDS: u32 = 2;

/// Whether `next` opens with the last item of the path that `path` holds (after its last
/// separator, see [`last_path_separator`]), an item of [`PATH_TITLE_MIN_WORDS`] words or more:
/// the page's title under its breadcrumb.
fn title_under_path(text: &[u8], path: &Line, next: &Line) -> bool {
    let l = &text[path.start..path.end];
    let Some(p) = last_path_separator(l) else {
        return false;
    };
    let item = l[p..].trim_ascii();
    count_words_max(item, PATH_TITLE_MIN_WORDS) >= PATH_TITLE_MIN_WORDS
        && text[next.start..next.end].trim_ascii_start().starts_with(item)
}

/// Heads that point at one linked story inside an article's text, lowercase, without their
/// colon: the title under one is that story's, even with a paragraph right after it.
const INLINE_TEASER_HEADS: [&str; 13] = [
    "lesen sie auch",
    "lesen sie dazu",
    "lesen sie dazu auch",
    "lies auch",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "à lire également",
    "te puede interesar",
    "lee también",
    "leer también",
    "read also",
    "also read",
];

/// Whether `l`, a related-links head alone on its line, is one of [`INLINE_TEASER_HEADS`].
fn is_inline_teaser_head(l: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(l) else { return false };
    let t = s.trim().trim_end_matches(':').trim_end().to_lowercase();
    INLINE_TEASER_HEADS.contains(&t.as_str())
}

/// Fewest title-and-teaser pairs that make a list of teasers (see [`teaser_pairs`]).
const TEASER_PAIRS_MIN: usize = 2;
/// Most words of a teaser under a linked story's title.
const TEASER_MAX_WORDS: u32 = 35;

/// The pairs of a list of teasers that starts at `nb[from]`, right under a related-links
/// head, and the index in `nb` where they end: a linked story's title (as
/// [`cut_related_titles`] reads one, or one the line model cut), then perhaps more cut lines
/// (a date), then one prose line of at most [`TEASER_MAX_WORDS`] words (kept, or the last of
/// the cut lines if the line model cut it), with no blank line anywhere and no prose right
/// after the last pair ("Mehr zum Thema / Löhne steigen stärker als die Preise / Die
/// Reallöhne sind 2024 so deutlich gestiegen wie seit Jahren nicht mehr. /
/// Deutschlandticket wird teurer: …"). At most [`RELATED_TITLES`] pairs.
fn teaser_pairs(text: &[u8], lines: &[Line], nb: &[usize], from: usize) -> (usize, usize) {
    let adjacent = |j: usize| j < nb.len() && j > 0 && nb[j] == nb[j - 1] + 1;
    // A title or a teaser the line model cut still counts; a line cut by a pattern or
    // another rule ("Share on Facebook", a byline) is none.
    let by_model = |l: &Line| l.class == Class::Cut && l.why == MODEL_CUT;
    let (mut pairs, mut end, mut j) = (0, from, from);
    while pairs < RELATED_TITLES && adjacent(j) {
        // A section's kicker may stand above the title ("WILDLIFE").
        if adjacent(j + 1) && is_kicker_line(text, &lines[nb[j]]) {
            j += 1;
        }
        let t = &lines[nb[j]];
        if !(by_model(t) && title_shaped(text, t) || is_related_title(text, t)) {
            break;
        }
        j += 1;
        let after_title = j;
        while adjacent(j) && lines[nb[j]].class == Class::Cut {
            j += 1;
        }
        let teaser = |i: usize| {
            let st = lines[nb[i]].stats;
            st.words <= TEASER_MAX_WORDS && is_prose(st.words, st.ends_sentence)
        };
        if adjacent(j) && lines[nb[j]].class == Class::Content && teaser(j) {
            j += 1;
        } else if !(j > after_title && by_model(&lines[nb[j - 1]]) && teaser(j - 1)) {
            // Nor was the teaser the last of the lines already cut.
            break;
        }
        pairs += 1;
        end = j;
    }
    // An article's sections read the same, a heading over a short paragraph, but a section
    // goes on with more prose: a list of teasers ends on anything else.
    if adjacent(end) && lines[nb[end]].class == Class::Content {
        return (0, from);
    }
    (pairs, end)
}

/// Most words of a kicker on a line of its own (see [`is_kicker_line`]).
const KICKER_LINE_WORDS: u32 = 3;

/// A kicker on a line of its own above a linked story's title: one to
/// [`KICKER_LINE_WORDS`] words in capitals ("WILDLIFE", "MÁS DEPORTES"). (A kicker in
/// lowercase, "Analyse", reads as a heading, and a topic's page lists its own stories under
/// such kickers.)
fn is_kicker_line(text: &[u8], l: &Line) -> bool {
    if !(1..=KICKER_LINE_WORDS).contains(&l.stats.words) || l.stats.digits > 0 || l.stats.punct > 0 {
        return false;
    }
    let Ok(s) = std::str::from_utf8(&text[l.start..l.end]) else {
        return false;
    };
    let s = s.trim();
    !s.chars().any(char::is_lowercase) && s.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

/// Most words of a kicker's teaser (see [`kicker_teaser`]).
const KICKER_TEASER_MAX_WORDS: u32 = 30;
/// Most words of the kicker before its colon.
const KICKER_WORDS: u32 = 3;

/// The kicker of `l` if it reads as a linked story's kicker and teaser, one sentence under a
/// related-links head: "Krankenhausreform: Die Kliniken im ländlichen Raum fürchten um ihre
/// Notaufnahmen, obwohl der Bund Übergangshilfen zugesagt hat." A capitalised kicker of one
/// to [`KICKER_WORDS`] words and a colon open it, and no sentence ends before the line does.
/// A news site's lists of other stories read so; a paragraph of the article under such a
/// head has more sentences, or no kicker.
fn kicker_teaser<'t>(text: &'t [u8], l: &Line) -> Option<&'t [u8]> {
    if !(4..=KICKER_TEASER_MAX_WORDS).contains(&l.stats.words) {
        return None;
    }
    let b = from_first_alnum(&text[l.start..l.end]);
    if !char_at(b, 0).is_some_and(|(c, _)| c.is_uppercase()) {
        return None;
    }
    let colon = memchr::memmem::find(&b[..b.len().min(48)], b": ")?;
    let kicker = &b[..colon];
    ((1..=KICKER_WORDS).contains(&count_words_max(kicker, KICKER_WORDS + 1))
        && crate::text::sentence_end_at(b, colon + 2).1 == b.len()
        && last_visible_char(b).is_some_and(|c| c != ':'))
    .then_some(kicker)
}

/// Lines looked at on each side of a kicker for the same kicker (see [`kicker_repeats`]).
const KICKER_REACH: usize = 3;

/// Whether a line near `nb[j]` opens with the same kicker `k`: a label then, as in a list of
/// questions and answers ("Frage: …", "Antwort: …", "Frage: …"), not a story's kicker.
fn kicker_repeats(text: &[u8], lines: &[Line], nb: &[usize], j: usize, k: &[u8]) -> bool {
    let near = nb[j.saturating_sub(KICKER_REACH)..(j + KICKER_REACH + 1).min(nb.len())].iter();
    near.filter(|&&i| i != nb[j]).any(|&i| {
        let b = from_first_alnum(&text[lines[i].start..lines[i].end]);
        b.starts_with(k) && b[k.len()..].starts_with(b": ")
    })
}

/// `b` from its first letter or digit on (empty if it has none).
fn from_first_alnum(b: &[u8]) -> &[u8] {
    &b[first_alnum(b).min(b.len())..]
}

/// Whether `l` reads as a linked story's title (see [`cut_related_titles`]): not a row of a
/// fee table, a label and a price after its colon ("Procédure normale : 16,00 €").
fn is_related_title(text: &[u8], l: &Line) -> bool {
    let t = &text[l.start..l.end];
    l.class == Class::Short
        && title_shaped(text, l)
        && !(memchr::memchr(b':', t).is_some() && has_price(t))
        && !ends_with_surcharge(t)
}

/// Whether `t` ends with a surcharge in brackets, a plus sign and a price: an option's row
/// in a shop's form ("Schneckenkante aus Edelstahl (+ 29,90 €)", "Gift wrap (+£3.50)"), not
/// a linked story's title.
fn ends_with_surcharge(t: &[u8]) -> bool {
    let Some((_, inside)) = trailing_aside(t.trim_ascii_end()) else {
        return false;
    };
    let inside = inside.trim_ascii_start();
    inside.first() == Some(&b'+') && has_price(inside)
}

/// The text before the aside in brackets that ends `t`, and the aside without its brackets:
/// ("Berlin ", "dpa") for "Berlin (dpa)"; `None` unless `t` ends with a closing bracket after
/// an opening one.
fn trailing_aside(t: &[u8]) -> Option<(&[u8], &[u8])> {
    let body = t.strip_suffix(b")")?;
    let open = memchr::memrchr(b'(', body)?;
    Some((&body[..open], &body[open + 1..]))
}

/// Whether `l` reads as a linked question's title (see [`cut_related_titles`]): one question
/// of three to sixteen words and no other sentence ("Wie versteuere ich eine Erbschaft aus dem
/// Kanton Solothurn?"), which reads as prose by its end mark.
fn is_question_title(text: &[u8], l: &Line) -> bool {
    if !matches!(l.class, Class::Short | Class::Content)
        || !l.stats.ends_question
        || !RELATED_TITLE_WORDS.contains(&l.stats.words)
    {
        return false;
    }
    let t = text[l.start..l.end].trim_ascii_end();
    memchr::memchr3_iter(b'.', b'!', b'?', t).all(|p| {
        t[p + 1..].iter().all(|&b| matches!(b, b'?' | b'!' | b'"' | b')'))
            || t.get(p + 1).is_some_and(|b| !b.is_ascii_whitespace())
    })
}

/// Three to sixteen words with no full stop, colon, semicolon or comma last.
fn title_shaped(text: &[u8], l: &Line) -> bool {
    RELATED_TITLE_WORDS.contains(&l.stats.words)
        && last_visible_char(&text[l.start..l.end]).is_some_and(|c| !matches!(c, '.' | ':' | ';' | ','))
}

/// Whether `head`, cut for `why`, is a related-links head (see [`cut_related_titles`]): a
/// `related` pattern cut it (not a rule: the titles under a head are cut for that category
/// too), and it has no digit and at most [`RELATED_HEAD_MAX_WORDS`] words, or at most
/// [`RELATED_LONG_HEAD_MAX_WORDS`] when it reads as a shop's clause.
fn is_related_head(inner: &Inner, head: &[u8], why: Why) -> bool {
    if pattern_category(inner, why) != Some(Category::Related) || head.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let words = count_words_max(head, RELATED_LONG_HEAD_MAX_WORDS + 1);
    // A shop's head is a sentence of its own, with commas or a colon last ("Kunden, die
    // diesen Artikel kauften, kauften auch:"); with no colon before its end, it holds no
    // title of its own ("More on Postgres Performance by Craig Kerstiens" does).
    let head = head.trim_ascii_end();
    let body = head.strip_suffix(b":").unwrap_or(head);
    let clause = body.len() < head.len() || memchr::memchr(b',', body).is_some();
    words <= RELATED_HEAD_MAX_WORDS
        || words <= RELATED_LONG_HEAD_MAX_WORDS && clause && memchr::memchr(b':', body).is_none()
}

/// Whether `head` goes on after a colon with a letter or a figure ("Siehe auch: Sensenblatt
/// richten"), not "Lesen Sie auch:". (A byte from 0xC0 up opens a letter beyond ASCII.)
fn titled_after_colon(head: &[u8]) -> bool {
    memchr::memchr(b':', head).is_some_and(|c| head[c + 1..].iter().any(|&b| b.is_ascii_alphanumeric() || b >= 0xC0))
}

/// Most words of a related-links head with no colon before its end (see [`is_related_head`]).
const RELATED_LONG_HEAD_MAX_WORDS: u32 = 10;

/// The category of a cut's reason, a rule's or a pattern's.
fn cut_category(inner: &Inner, why: Why) -> Category {
    match why {
        Why::Rule(_, c) => c,
        Why::Pattern(id) => inner.table.patterns[id as usize].category,
    }
}

/// The category of the pattern that `why` names, if it names one.
fn pattern_category(inner: &Inner, why: Why) -> Option<Category> {
    match why {
        Why::Pattern(id) => Some(inner.table.patterns[id as usize].category),
        Why::Rule(..) => None,
    }
}

/// Most words of an author's bio (see [`is_author_bio`]).
const BIO_MAX_WORDS: u32 = 60;

/// Cuts the authors' bios that [`is_author_bio`] accepts: every one after the article's last
/// prose line kept (a bio is prose itself), read from the end so that a bio of two authors,
/// or one above a line of chrome, goes too; and above that line, one with no prose line
/// right above or below it (blank lines aside).
fn cut_author_bios(text: &[u8], lines: &mut [Line], partial: &[(usize, RawCut)]) {
    let bio = |line: &Line| {
        // A name's two capitals, a verb and a trade: four words and two capitals at least,
        // and the verb among the first five words (looked at before the line is read).
        let shape = (4..=BIO_MAX_WORDS).contains(&line.stats.words) && line.stats.caps >= 2;
        let l = &text[line.start..line.end];
        line.class != Class::Cut
            && shape
            && (bio_verb_early(l) && std::str::from_utf8(l).is_ok_and(is_author_bio) || is_greeting_bio(l))
    };
    // A bio under its label is one wherever it stands: "Über mich: Ich bin Jana, …"; so is
    // a poster's motto after their sign-off.
    for line in lines.iter_mut() {
        let l = &text[line.start..line.end];
        if line.stands()
            && (line.stats.words <= LABELLED_BIO_MAX_WORDS && is_labelled_bio(l)
                || line.stats.words <= SIGNED_MOTTO_MAX_WORDS && is_signed_motto(l))
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::AuthorBio, Category::Byline);
        }
    }
    let cut = |line: &mut Line| {
        line.class = Class::Cut;
        line.why = Why::Rule(Rule::AuthorBio, Category::Byline);
    };
    // Under an author's label alone on its line, a bio wherever it stands, or a line where a
    // name writes for the site ("Über die Autorin / Lea Sommerfeld schreibt bei LUMEN über
    // Psychologie …"), and any bio right after that (a second author's). A bookshop's
    // "Über die Autorin" speaks of a book's author: neither a trade of the newsroom nor
    // writing for the site.
    let mut i = 0;
    while i < lines.len() {
        let head = lines[i];
        i += 1;
        if head.class == Class::Blank || head.stats.words > 4 || !is_author_head(&text[head.start..head.end]) {
            continue;
        }
        let mut first = true;
        while let Some(j) = (i..lines.len()).find(|&j| lines[j].class != Class::Blank) {
            let line = lines[j];
            let shaped =
                line.class != Class::Cut && (4..=BIO_MAX_WORDS).contains(&line.stats.words) && line.stats.caps >= 2;
            if !(shaped && (bio(&line) || first && writes_for_site(&text[line.start..line.end]))) {
                break;
            }
            cut(&mut lines[j]);
            first = false;
            i = j + 1;
        }
    }
    // Under the article's last paragraph, every bio; a line that its cuts took whole ("Do you
    // have a story for us? Get in touch with the newsdesk.") is no paragraph.
    let mut tail = lines.len();
    for (i, line) in lines.iter_mut().enumerate().rev() {
        if line.class == Class::Blank || line.class == Class::Cut {
            continue;
        }
        let cuts = cuts_of(partial, i);
        if !cuts.is_empty() && !leaves_alnum(text, line, cuts) {
            continue;
        }
        if bio(line) {
            cut(line);
        } else if line.class == Class::Content {
            tail = i;
            break;
        }
    }
    // Above it, a bio with no paragraph of prose next to it: a box of its own beside the
    // article (a sidebar's "About the author"), not a sentence of the story.
    let mut prev_content = false;
    for i in 0..tail {
        let class = lines[i].class;
        if class == Class::Blank {
            continue;
        }
        if !prev_content && bio(&lines[i]) {
            let next_content = lines[i + 1..]
                .iter()
                .find(|l| l.class != Class::Blank)
                .is_some_and(|l| l.class == Class::Content);
            if !next_content {
                cut(&mut lines[i]);
                continue;
            }
        }
        prev_content = class == Class::Content;
    }
    cut_profile_boxes(text, lines);
    cut_signatures(text, lines);
}

/// Fewest underscores of the rule a forum puts above a post's signature (see
/// [`cut_signatures`]).
const SIGNATURE_RULE_MIN: usize = 5;

/// How many underscores open `b`: the length of a signature's rule that starts there.
fn underscores(b: &[u8]) -> usize {
    b.iter().take_while(|&&x| x == b'_').count()
}

/// Most words of a signature's line (see [`cut_signatures`]).
const SIGNATURE_MAX_WORDS: u32 = 24;

/// Cuts a forum post's signature: the line under a rule of underscores alone on its line
/// (`_________________`, as board software draws it between a post and its signature), when
/// it is short: a motto, the poster's gear or a link to their blog ("Wer Algen hat, hat auch
/// Licht."). Only the first line under the rule: the next post may follow right after.
fn cut_signatures(text: &[u8], lines: &mut [Line]) {
    let is_rule = |l: &[u8]| {
        let t = l.trim_ascii();
        t.len() >= SIGNATURE_RULE_MIN && underscores(t) == t.len()
    };
    for i in 0..lines.len() {
        if lines[i].stats.words != 0 || !is_rule(&text[lines[i].start..lines[i].end]) {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| lines[j].class != Class::Blank) else {
            break;
        };
        let line = &mut lines[j];
        if line.stands() && line.stats.words <= SIGNATURE_MAX_WORDS {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::AuthorBio, Category::Byline);
        }
    }
}

/// Most lines between a profile box's head and its link (see [`cut_profile_boxes`]).
const PROFILE_BOX_LINES: usize = 5;

/// Longest head or link of a profile box, in bytes (see [`cut_profile_boxes`]).
const PROFILE_LINE_MAX_BYTES: usize = 34;

/// The links that close a blog's profile box, lowercase.
const PROFILE_LINKS: [&str; 6] = [
    "view my complete profile",
    "afficher mon profil complet",
    "ver todo mi perfil",
    "ver mi perfil completo",
    "mein profil vollständig anzeigen",
    "vollständiges profil anzeigen",
];

/// Heads of a blog's profile box besides an author's labels ([`is_author_head`]), lowercase.
const PROFILE_HEADS: [&str; 12] = [
    "about me",
    "über mich",
    "à propos de moi",
    "sobre mí",
    "qui suis-je ?",
    "qui suis-je?",
    "datos personales",
    "quién soy",
    "who am i?",
    "wer bin ich?",
    "profil",
    "perfil",
];

/// Cuts a blog's profile box: the lines between its head ("About Me", "Qui suis-je ?",
/// "Datos personales") and the link to the full profile that closes it ("View my complete
/// profile"), at most [`PROFILE_BOX_LINES`] of them and each short enough for a bio: the
/// blogger's name, place and words about themself.
fn cut_profile_boxes(text: &[u8], lines: &mut [Line]) {
    let lower_is = |l: &Line, list: &[&str]| {
        let t = text[l.start..l.end].trim_ascii();
        // No head or link is longer (most lines are).
        t.len() <= PROFILE_LINE_MAX_BYTES
            && t.first()
                .is_some_and(|b| list.iter().any(|w| w.as_bytes()[0] == b.to_ascii_lowercase()))
            && std::str::from_utf8(t).is_ok_and(|t| word_in(t, list))
    };
    for close in 0..lines.len() {
        // Every link is three or four words long: the count is at hand, the text need not be read.
        let words = lines[close].stats.words;
        if lines[close].class == Class::Blank || !(3..=4).contains(&words) || !lower_is(&lines[close], &PROFILE_LINKS) {
            continue;
        }
        let above: Vec<usize> = (0..close)
            .rev()
            .filter(|&j| lines[j].class != Class::Blank)
            .take(PROFILE_BOX_LINES + 1)
            .collect();
        let Some(h) = above.iter().position(|&j| {
            let l = &lines[j];
            is_author_head(&text[l.start..l.end]) || lower_is(l, &PROFILE_HEADS)
        }) else {
            continue;
        };
        if above[..h].iter().all(|&j| lines[j].stats.words <= BIO_MAX_WORDS) {
            for &j in &above[..h] {
                if lines[j].class != Class::Cut {
                    lines[j].class = Class::Cut;
                    lines[j].why = Why::Rule(Rule::AuthorBio, Category::Byline);
                }
            }
        }
    }
}

/// Greetings that open a blogger's word about themself (see [`is_greeting_bio`]),
/// lowercase; an inverted exclamation mark before one is passed over.
const GREETINGS: [&str; 13] = [
    "hallo", "hi", "hello", "hey", "moin", "servus", "grüezi", "hoi", "bonjour", "salut", "coucou", "hola", "buenas",
];

/// How a blogger names themself after the greeting, word by word, lowercase: "ich bin Jana",
/// "I'm Ashley", "moi c'est Jeanne", "Soy Chela"; or a pair of bloggers: "Wir sind Jana und
/// Tim", "Somos Nuria y Álex".
const SELF_NAMINGS: [&[&str]; 18] = [
    &["ich", "bin"],
    &["ich", "heiße"],
    &["i'm"],
    &["i’m"],
    &["i", "am"],
    &["my", "name", "is"],
    &["je", "suis"],
    &["moi", "c'est"],
    &["moi", "c’est"],
    &["je", "m'appelle"],
    &["soy"],
    &["me", "llamo"],
    &["wir", "sind"],
    &["we're"],
    &["we’re"],
    &["we", "are"],
    &["nous", "sommes"],
    &["somos"],
];

/// The first words of [`SELF_NAMINGS`], up to an apostrophe, lowercase: a line that opens
/// with none of them and no greeting is no blogger's word about themself.
const SELF_NAMING_FIRST: [&str; 11] = ["ich", "i", "my", "je", "moi", "soy", "me", "wir", "we", "nous", "somos"];

/// The first bytes of [`GREETINGS`] and [`SELF_NAMING_FIRST`].
static GREETING_FIRST: [bool; 256] = first_bytes(&[&GREETINGS, &SELF_NAMING_FIRST]);

/// Words that join two bloggers' names ("Jana und Tim").
const NAME_JOINS: [&str; 4] = ["und", "and", "et", "y"];

/// Words by which a blogger's word about themself points at the site: "… und teile hier meine
/// Lieblingsrezepte", "je partage ici", "Aquí junto las recetas", "on this blog".
const SITE_WORDS: [&str; 6] = ["hier", "here", "ici", "aquí", "acá", "blog"];
/// Verbs by which a blogger or an editor tells what they do on the site, in the first person
/// (see [`is_greeting_bio`]): "Hi, I'm Sam and I review laptops…", "Auf Maschenglück teile
/// ich…".
const SITE_VERBS: [&str; 25] = [
    "review",
    "oversee",
    "cover",
    "blog",
    "teile",
    "blogge",
    "schreibe",
    "teste",
    "partage",
    "blogue",
    "écris",
    "comparto",
    "escribo",
    "reseño",
    "teilen",
    "schreiben",
    "bloggen",
    "testen",
    "sammle",
    "sammeln",
    "partageons",
    "racontons",
    "compartimos",
    "contamos",
    "escribimos",
];

/// A blogger's word about themself, in a box beside the post: a greeting, the blogger's name
/// after "ich bin", "I'm", "moi c'est" or "soy", and a word that points at the site ("Hallo,
/// ich bin Miriam! Ich koche seit zehn Jahren … und teile hier meine Lieblingsrezepte.",
/// "¡Hola! Soy Chela, … Aquí junto las recetas de mi mamá"), or a verb for what they do
/// there ([`SITE_VERBS`]: "Hi, I'm Sam and I review laptops…"). Without the greeting the
/// name must be followed by a comma or by a second name ("Ich bin Gerlinde, 58, dreifache Oma
/// … Hier sammle ich die Rezepte", "Wir sind Jana und Tim aus Magdeburg …"): "Ich bin Ende
/// November ausgezogen" names nobody. A reply that opens a thread the same way ("Hallo, ich
/// bin Tom und habe ein Problem mit …") names neither the site nor what is done on it.
fn is_greeting_bio(l: &[u8]) -> bool {
    // Cheap first: the first word, an inverted exclamation mark and punctuation aside, is a
    // greeting or opens a naming.
    let t = l.trim_ascii_start();
    let t = t.strip_prefix("¡".as_bytes()).unwrap_or(t);
    let head = &t[..t
        .iter()
        .position(|b| !b.is_ascii_alphabetic() && *b < 0x80)
        .unwrap_or(t.len())];
    if !head.first().is_some_and(|&b| GREETING_FIRST[b as usize]) {
        return false;
    }
    let greeted = GREETINGS.iter().any(|g| head.eq_ignore_ascii_case(g.as_bytes()));
    if !greeted
        && !SELF_NAMING_FIRST
            .iter()
            .any(|g| head.eq_ignore_ascii_case(g.as_bytes()))
    {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else { return false };
    let word = |w: &str| lower_word(w, &['\'', '’']);
    let mut words = s.split_whitespace();
    if greeted && !words.next().is_some_and(|w| GREETINGS.contains(&word(w).as_str())) {
        return false;
    }
    let rest: Vec<&str> = words.clone().take(6).collect();
    let Some(naming) = SELF_NAMINGS
        .iter()
        .find(|n| n.len() < rest.len() && n.iter().zip(&rest).all(|(a, b)| word(b) == *a))
    else {
        return false;
    };
    let name = rest[naming.len()];
    let named = name.starts_with(char::is_uppercase)
        && name
            .trim_end_matches([',', '!', '.'])
            .chars()
            .all(|c| c.is_alphabetic() || c == '-');
    // Without a greeting: a comma after the name, or a second name joined to it.
    let pair = || {
        rest.get(naming.len() + 1..naming.len() + 3)
            .is_some_and(|w| NAME_JOINS.contains(&w[0]) && w[1].starts_with(char::is_uppercase))
    };
    named
        && (greeted || name.ends_with(',') || pair())
        && words.any(|w| {
            let w = word(w);
            SITE_WORDS.contains(&w.as_str()) || SITE_VERBS.contains(&w.as_str())
        })
}

/// Most words of a bio under its label (see [`is_labelled_bio`]).
const LABELLED_BIO_MAX_WORDS: u32 = 80;

/// Longest of [`BIO_LABELS`], in bytes.
const BIO_LABEL_MAX_BYTES: usize = 21;

/// Labels of a box about the author or the site, in any ASCII case (see [`is_labelled_bio`]);
/// an accented initial in both cases.
const BIO_LABELS: [&str; 34] = [
    // A story's author's labels first: [`AUTHOR_HEADS`] are these.
    "about the author",
    "über die autorin",
    "Über die Autorin",
    "über den autor",
    "Über den Autor",
    "à propos de l'auteur",
    "À propos de l'auteur",
    "sobre el autor",
    "sobre la autora",
    "about the authors",
    "über die autoren",
    "Über die Autoren",
    "à propos des auteurs",
    "À propos des auteurs",
    "sobre los autores",
    "about me",
    "about us",
    "über mich",
    "Über mich",
    "über uns",
    "Über uns",
    "à propos de moi",
    "À propos de moi",
    "à propos de nous",
    "À propos de nous",
    "sobre mí",
    "sobre nosotros",
    "quiénes somos",
    "about this blog",
    "über diesen blog",
    "Über diesen Blog",
    "à propos de ce blog",
    "À propos de ce blog",
    "sobre este blog",
];

/// Verbs of writing, after an author's name (see [`writes_for_site`]).
const WRITING_VERBS: [&str; 4] = ["schreibt", "writes", "écrit", "escribe"];
/// Words after a verb of writing that name where or about what (see [`writes_for_site`]).
const WRITING_FOR: [&str; 12] = [
    "bei", "für", "über", "for", "about", "at", "pour", "sur", "dans", "para", "sobre", "en",
];

/// Whether `l` opens with a name of two or three capitalised words (no function word), a
/// verb of writing and where or about what: "Lea Sommerfeld schreibt bei LUMEN über
/// Psychologie …", "Tom Reed writes about food for …".
fn writes_for_site(l: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(l) else { return false };
    let words: Vec<&str> = s.split_whitespace().take(5).collect();
    (2..=3).any(|n| {
        words.len() > n + 1
            && words[..n]
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !stats::is_stop_word(w.as_bytes()))
            && WRITING_VERBS.contains(&words[n])
            && WRITING_FOR.contains(&words[n + 1])
    })
}

/// Labels of a box about a story's author, in any ASCII case; an accented initial in both
/// cases (see [`is_author_head`]): the first of [`BIO_LABELS`]. A site's own "About us"
/// heads its page, not a box.
const AUTHOR_HEADS: &[&str] = BIO_LABELS.split_at(15).0;

/// Whether `l` is an author's label alone (a colon after it or not): "Über die Autorin",
/// "About the author:".
fn is_author_head(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let t = t.strip_suffix(b":").unwrap_or(t).trim_ascii_end();
    AUTHOR_HEADS.iter().any(|h| t.eq_ignore_ascii_case(h.as_bytes()))
}

/// A line that a bio's label opens, its colon after it, and sentences after that: "Über
/// mich: Ich bin Jana und backe seit …", "About the author: Craig Hull is a photographer …",
/// "Sobre mí: Soy Amparo, valenciana …". A label alone on its line heads a page's own
/// section ("Über uns"), and is left to the other rules.
fn is_labelled_bio(l: &[u8]) -> bool {
    let t = l.trim_ascii_start();
    // Cheap first: a colon right after a label (a blank may stand between).
    if memchr::memchr(b':', &t[..t.len().min(BIO_LABEL_MAX_BYTES + 2)]).is_none() {
        return false;
    }
    ascii_prefixes(t, &BIO_LABELS).any(|n| {
        let rest = &t[n..];
        let rest = rest
            .strip_prefix(b" ")
            .or_else(|| rest.strip_prefix("\u{a0}".as_bytes()))
            .unwrap_or(rest);
        rest.strip_prefix(b":").is_some_and(|r| count_words_max(r, 4) >= 4)
    })
}

/// Most words of a sign-off with a motto (see [`is_signed_motto`]).
const SIGNED_MOTTO_MAX_WORDS: u32 = 20;

/// Sign-offs of a forum post, in any ASCII case, longest first where one opens another ("LG"
/// and "MfG" are left out: they also name makers, "LG gram 17\" - Intel Core …").
const SIGN_OFFS: [&str; 17] = [
    "mit freundlichen grüßen",
    "viele grüße",
    "liebe grüße",
    "beste grüße",
    "schöne grüße",
    "grüße",
    "grüsse",
    "gruß",
    "gruss",
    "kind regards",
    "regards",
    "cheers",
    "un saludo",
    "saludos",
    "cordialement",
    "amicalement",
    "bien à vous",
];

/// The first two letters of [`SIGN_OFFS`]: for each first letter (lowercase), a bit for
/// each second one (`a` is bit 0).
static SIGN_OFF_STARTS: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < SIGN_OFFS.len() {
        let w = SIGN_OFFS[i].as_bytes();
        t[w[0] as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    t
};

/// A poster's sign-off with a motto or their gear after a dash, the signature the board adds
/// under each post ("Gruß Kalle – Wer billig kauft, kauft zweimal.", "Grüße aus dem
/// Waldviertel – Grundofen 1,5 t, Buche/Fichte gemischt"). A sign-off alone ("Gruß Sepp") is
/// the post's.
fn is_signed_motto(l: &[u8]) -> bool {
    let t = l.trim_ascii_start();
    // Cheap first: the first two letters of a sign-off.
    let (Some(&a), Some(&b)) = (t.first(), t.get(1)) else {
        return false;
    };
    let b = b.to_ascii_lowercase().wrapping_sub(b'a');
    if b >= 26 || SIGN_OFF_STARTS[a.to_ascii_lowercase() as usize] >> b & 1 == 0 {
        return false;
    }
    let Some(n) = ascii_prefixes(t, &SIGN_OFFS).next() else {
        return false;
    };
    if !matches!(t[n], b' ' | b',' | b'!') {
        return false;
    }
    let rest = &t[n..];
    [" – ".as_bytes(), " — ".as_bytes(), b" - "]
        .iter()
        .find_map(|d| memchr::memmem::find(rest, d).map(|p| &rest[p + d.len()..]))
        .is_some_and(|motto| count_words_max(motto, 2) >= 2)
}

/// Whether the second to fifth word of `l` (split at white space, as `str::split_whitespace`
/// splits) is one of the verbs that [`is_author_bio`] reads after a name or a role: a cheap
/// test before it, which reads no further than those words.
fn bio_verb_early(l: &[u8]) -> bool {
    let verb =
        |w: &[u8]| BIO_VERBS.iter().any(|v| v.as_bytes() == w) || BIO_BEAT_VERBS.iter().any(|(v, _)| v.as_bytes() == w);
    let (mut words, mut start) = (0, None);
    let mut i = 0;
    while i <= l.len() && words < 5 {
        // The character at `i` and its length; the end of the line counts as a blank.
        let (blank, n) = match l.get(i) {
            None => (true, 1),
            Some(&b) if b < 0x80 => ((b as char).is_whitespace(), 1),
            Some(_) => char_at(l, i).map_or((false, 1), |(c, n)| (c.is_whitespace(), n)),
        };
        match (blank, start) {
            (true, Some(s)) => {
                if words >= 1 && verb(&l[s..i]) {
                    return true;
                }
                words += 1;
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += n;
    }
    false
}

/// Words that may stand between an author's name, its verb and its trade: articles and the
/// rank ("is a senior reporter", "ist freie Autorin", "est grand reporter").
const BIO_BETWEEN: [&str; 24] = [
    "a",
    "an",
    "the",
    "senior",
    "staff",
    "freelance",
    "contributing",
    "deputy",
    "chief",
    "ein",
    "eine",
    "freier",
    "freie",
    "leitender",
    "leitende",
    "stellvertretender",
    "stellvertretende",
    "un",
    "une",
    "grand",
    "grande",
    "una",
    "jefe",
    "jefa",
];

/// Words that say since when an author has held their trade, before a year (see
/// [`is_author_bio`]).
const BIO_SINCE: [&str; 4] = ["seit", "since", "depuis", "desde"];

/// A year of four digits, a comma or a full stop after it allowed.
fn is_year_word(w: &str) -> bool {
    let d = w.trim_end_matches([',', '.']);
    d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit())
}

/// Verbs that join an author's name to their beat, with the word that must follow them.
const BIO_BEAT_VERBS: [(&str, Option<&str>); 6] = [
    ("covers", None),
    ("has", Some("covered")),
    ("berichtet", Some("seit")),
    ("schreibt", Some("seit")),
    ("couvre", None),
    ("cubre", None),
];

/// Verbs that join an author's name to their trade.
const BIO_VERBS: [&str; 8] = ["is", "was", "ist", "war", "est", "était", "es", "era"];

/// The ends of the words for a newsroom's trades, lowercase: "Redakteurin", "Lokalredakteur",
/// "reporter", "journaliste", "periodista".
const BIO_TRADES: [&str; 36] = [
    "reporter",
    "reporterin",
    "writer",
    "author",
    "blogger",
    "bloggerin",
    "photographer",
    "autor",
    "autorin",
    "fotograf",
    "fotografin",
    "auteur",
    "autrice",
    "autora",
    "editor",
    "journalist",
    "journalistin",
    "correspondent",
    "columnist",
    "contributor",
    "redakteur",
    "redakteurin",
    "redaktor",
    "redaktorin",
    "korrespondent",
    "korrespondentin",
    "volontär",
    "volontärin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondante",
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
];

/// An author's bio: a name of two to four capitalised words (no function word: "Der
/// Angeklagte ist Journalist" is news), a verb ("is", "ist", "est",
/// "es"), at most two words of [`BIO_BETWEEN`] and [`BIO_BEAT_WORDS`] capitalised ones (a
/// desk: "is a Local Democracy Reporter"), then a newsroom's trade ([`BIO_TRADES`],
/// also as the end of a German compound): "Jana Müller ist Lokalredakteurin in Hollerbach.",
/// "Sarah Thompson is a senior reporter covering health.", "Laura Gómez es periodista de
/// la sección de Local desde 2017."
fn is_author_bio(s: &str) -> bool {
    // The author named by their role ("Die Autorin ist freie Kulturjournalistin.", "The
    // author is a freelance writer based in Leeds."), or by two to four capitalised words.
    let role = AUTHOR_LEADS.iter().find_map(|lead| {
        s.get(..lead.len())
            .filter(|head| head.eq_ignore_ascii_case(lead))
            .map(|_| &s[lead.len()..])
    });
    let mut words = role.unwrap_or(s).split_whitespace();
    let mut names = 0;
    let verb = loop {
        let Some(w) = words.next() else { return false };
        let name = is_name_word(w) && !stats::is_stop_word(w.as_bytes());
        if role.is_none() && name && names < 4 {
            names += 1;
        } else {
            break w;
        }
    };
    if role.is_none() && !(2..=4).contains(&names) {
        return false;
    }
    // A beat and how long it has been one's: "Megan Holloway covers city hall for the
    // Courier.", "Sabine Rößler berichtet seit 2016 über Kommunalpolitik."
    if let Some(&(_, next)) = BIO_BEAT_VERBS.iter().find(|(v, _)| *v == verb) {
        return next.map_or(true, |n| words.next() == Some(n));
    }
    if !BIO_VERBS.contains(&verb) {
        return false;
    }
    let (mut between, mut beats) = (0, 0);
    let mut words = words.peekable();
    while let Some(w) = words.next() {
        let lower = w.trim_end_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        if BIO_TRADES.iter().any(|t| lower.ends_with(t)) {
            return true;
        }
        // Since when, before the trade: "ist seit 2016 Redakteurin".
        if BIO_SINCE.contains(&lower.as_str()) && words.next_if(|y| is_year_word(y)).is_some() {
            continue;
        }
        // The desk or the beat, capitalised, may stand before the trade: "is a Local
        // Democracy Reporter", "is a Gear Editor".
        // A newsroom's name in the possessive counts as a word between: "is the Courier's
        // Local Democracy Reporter".
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        if (BIO_BETWEEN.contains(&lower.as_str()) || possessive) && between < 2 {
            between += 1;
        } else if (w.starts_with(char::is_uppercase) || BIO_LOWER_BEATS.contains(&lower.as_str()))
            && beats < BIO_BEAT_WORDS
        {
            beats += 1;
        } else {
            return false;
        }
    }
    false
}

/// How a bio may name its author by their role, with the blank after it (see
/// [`is_author_bio`]).
const AUTHOR_LEADS: [&str; 9] = [
    "Der Autor ",
    "Die Autorin ",
    "Unser Autor ",
    "Unsere Autorin ",
    "The author ",
    "L'auteur ",
    "L'autrice ",
    "El autor ",
    "La autora ",
];

/// Most capitalised words of a desk or a beat before an author's trade (see
/// [`is_author_bio`]).
const BIO_BEAT_WORDS: usize = 2;

/// A desk or a beat in lowercase before an author's trade, counted among the
/// [`BIO_BEAT_WORDS`]: "is a content writer", "is a senior health reporter".
const BIO_LOWER_BEATS: [&str; 15] = [
    "content",
    "food",
    "travel",
    "health",
    "science",
    "tech",
    "technology",
    "sports",
    "business",
    "news",
    "data",
    "features",
    "political",
    "investigative",
    "video",
];

/// Most words of a call to action (see [`is_call_to_action`]).
const CTA_MAX_WORDS: usize = 10;
/// Most words of a line that a call to action ends after a dash.
const CTA_LINE_MAX_WORDS: u32 = 16;

/// Most words of a line that [`is_help_prompt`] reads.
const HELP_PROMPT_MAX_WORDS: u32 = 35;

/// Questions with which a site offers its help, lowercase, each up to its question mark or
/// to the words that make it one about the site's own product or service.
const HELP_QUESTIONS: [&str; 37] = [
    "questions?",
    "any questions?",
    "have questions",
    "have a question",
    "got questions",
    "still have questions",
    "need help?",
    "need assistance?",
    "fragen?",
    "noch fragen?",
    "sie haben fragen",
    "haben sie fragen",
    "hast du fragen",
    "du hast fragen",
    "fragen zum produkt?",
    "fragen zu diesem produkt?",
    "brauchen sie hilfe?",
    "benötigen sie hilfe?",
    "brauchst du hilfe?",
    "une question ?",
    "des questions ?",
    "vous avez des questions",
    "vous avez une question",
    "besoin d'aide ?",
    "besoin d’aide ?",
    "une question\u{a0}?",
    "des questions\u{a0}?",
    "besoin d'aide\u{a0}?",
    "besoin d’aide\u{a0}?",
    "¿tienes dudas?",
    "¿tienes alguna duda",
    "¿tiene dudas",
    "¿tiene alguna duda",
    "¿tienes preguntas",
    "¿necesitas ayuda",
    "¿necesita ayuda",
    "¿dudas?",
];

/// A site's offer of help: a question from [`HELP_QUESTIONS`] opens the line, its question
/// mark within its first [`HELP_QUESTION_WORDS`] words; what follows, if anything, is the
/// offer ("Noch Fragen? Unser Support ist Mo–Fr von 8 bis 17 Uhr für Sie da.", "¿Tienes
/// dudas? Chatea con nuestros expertos", "Une question ? Notre service client vous répond",
/// "Need help? Call 1-866-…"), and is not read: on the dev sets and the sets of our own,
/// every line so opened that is labeled lies in boilerplate.
fn is_help_prompt(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    // Cheap first: a question mark near the start (most lines have none).
    let Some(q) = memchr::memchr(b'?', &t[..t.len().min(HELP_QUESTION_SCAN_BYTES)]) else {
        return false;
    };
    if !HELP_QUESTIONS
        .iter()
        .any(|h| t.len() >= h.len() && t[..h.len()].eq_ignore_ascii_case(h.as_bytes()))
    {
        return false;
    }
    // The question ends within its first words: one that runs on ("Have a question about how
    // the county assessed homes built before 1950?") is a heading of its own.
    count_words_max(&t[..q], HELP_QUESTION_WORDS + 1) <= HELP_QUESTION_WORDS
}

/// Most words before the question mark of a help prompt (see [`is_help_prompt`]).
const HELP_QUESTION_WORDS: u32 = 8;
/// Bytes of a line in which [`is_help_prompt`] looks for the question mark: eight words of
/// any length fit.
const HELP_QUESTION_SCAN_BYTES: usize = 160;

/// Pronouns by which a German or French site's pitch asks its reader a question (see
/// [`is_reader_pitch`]): the formal ones. Replies in a thread ask with "du" and "tu", and
/// answer in the first person plural as often ("Du hast einen Zwei-Wege-Hahn? Wir hatten …").
const PITCH_OPENERS: [&str; 2] = ["Sie", "Vous"];

/// Words of the answer to a reader's question that speak for the site: the first person
/// plural, "now" and "here", lowercase.
const PITCH_SITE_WORDS: [&str; 18] = [
    "wir",
    "uns",
    "unser",
    "unsere",
    "unserem",
    "unseren",
    "unserer",
    "unseres",
    "jetzt",
    "hier",
    "nous",
    "notre",
    "nos",
    "contactez-nous",
    "écrivez-nous",
    "rejoignez-nous",
    "ici",
    "maintenant",
];

/// Most words of a sign-up pitch (see [`is_signup_pitch`]).
const SIGNUP_PITCH_MAX_WORDS: u32 = 35;

/// How a sign-up pitch opens, lowercase (see [`is_signup_pitch`]).
const SIGNUP_OPENERS: [&str; 18] = [
    "sign up",
    "subscribe",
    "get the latest",
    "stay up to date",
    "stay in the loop",
    "stay informed",
    "melden sie sich",
    "abonnieren sie",
    "abonniere",
    "bleiben sie informiert",
    "bleib informiert",
    "inscrivez-vous",
    "abonnez-vous",
    "restez informé",
    "suscríbete",
    "suscríbase",
    "regístrate",
    "mantente informado",
];

/// What a sign-up pitch offers, lowercase (see [`is_signup_pitch`]).
const SIGNUP_OFFERS: [&str; 36] = [
    "updates",
    "stories",
    "briefing",
    "offers",
    "news",
    "newsletter",
    "newsletters",
    "deals",
    "tips",
    "insights",
    "inspiration",
    "alerts",
    "promotions",
    "inbox",
    "angebote",
    "neuigkeiten",
    "tipps",
    "aktionen",
    "postfach",
    "offres",
    "actualités",
    "conseils",
    "nouveautés",
    "infolettre",
    "infolettres",
    "ofertas",
    "novedades",
    "noticias",
    "consejos",
    "boletín",
    "promociones",
    "correo",
    "exclusive",
    "exklusive",
    "exclusives",
    "exclusivas",
];

/// A pitch to sign up for a site's mail: a line that opens by asking to sign up or
/// subscribe ("Sign up", "Subscribe", "Get the latest", "Melden Sie sich", "Inscrivez-vous",
/// "Suscríbete"), names what the mail brings ("news and updates", "exclusive offers",
/// "Angebote und Neuigkeiten") and a word of [`SIGNUP_MAIL_WORDS`] (a newsletter counts for
/// both, in a compound too: "Wirtschafts-Newsletter"): "Sign up today and
/// receive exclusive offers, new product news and special access to local events."
fn is_signup_pitch(l: &[u8]) -> bool {
    let t = l.trim_ascii_start();
    // Most lines fail on their first byte.
    let lead = t.first().map(u8::to_ascii_lowercase);
    if !SIGNUP_OPENERS.iter().any(|o| o.as_bytes().first() == lead.as_ref()) {
        return false;
    }
    if !ascii_prefixes(t, &SIGNUP_OPENERS).any(|n| !t[n].is_ascii_alphanumeric()) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(t) else {
        return false;
    };
    let (mut offer, mut mail) = (false, false);
    for w in s
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        // A newsletter named in a compound is one too: "den Wirtschafts-Newsletter".
        let newsletter = w.ends_with("newsletter") || w.ends_with("newsletters");
        offer |= newsletter || SIGNUP_OFFERS.contains(&w.as_str());
        mail |= newsletter || SIGNUP_MAIL_WORDS.contains(&w.as_str());
    }
    offer && mail
}

/// Fewest and most words of a mail's schedule (see [`is_mail_schedule`]).
const MAIL_SCHEDULE_MIN_WORDS: u32 = 6;
const MAIL_SCHEDULE_MAX_WORDS: u32 = 25;

/// Words for a site's newsletter, lowercase (see [`is_mail_schedule`]).
const NEWSLETTER_WORDS: [&str; 5] = ["newsletter", "newsletters", "infolettre", "boletín", "mailing"];

/// Words for the mail or the box it lands in, lowercase: "per E-Mail" (read as "E" and
/// "Mail"), "in Ihr Postfach", "to your inbox", "dans votre boîte mail", "en tu correo".
const MAIL_CHANNELS: [&str; 6] = ["mail", "email", "inbox", "postfach", "courriel", "correo"];

/// Words that bring the mail somewhere, lowercase: "per", "by", "in", "par", "dans", "por".
const MAIL_PREPOSITIONS: [&str; 11] = ["per", "via", "by", "in", "into", "to", "par", "dans", "en", "por", "a"];

/// Words by which a site speaks to its reader or of itself: German's polite forms with
/// their capital, and the others in any case ("you", "notre", "tu").
const ADDRESS_WORDS_DE: [&str; 20] = [
    "Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihres", "Ihnen", "du", "dir", "dich", "dein", "deine", "deinem", "deinen",
    "euch", "unser", "unsere", "unserem", "unseren", "unserer",
];
const ADDRESS_WORDS: [&str; 19] = [
    "you", "your", "our", "vous", "votre", "vos", "notre", "nos", "ton", "ta", "tes", "tu", "tus", "te", "su", "sus",
    "usted", "nuestro", "nuestra",
];

/// Words that open a recurrence, lowercase: "jeden Freitag", "every morning", "chaque
/// jeudi", "cada semana", "todos los lunes", "tous les mois".
const RECURRENCE_OPENERS: [&str; 12] = [
    "jeden", "jede", "jedes", "every", "each", "chaque", "cada", "todos", "todas", "tous", "toutes", "einmal",
];

/// Units of a recurrence, lowercase (see [`RECURRENCE_OPENERS`]).
const RECURRENCE_UNITS: [&str; 51] = [
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "werktag",
    "tag",
    "morgen",
    "abend",
    "woche",
    "monat",
    "wochenende",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "weekday",
    "day",
    "morning",
    "evening",
    "week",
    "month",
    "weekend",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "jour",
    "matin",
    "soir",
    "semaine",
    "mois",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "día",
    "semana",
    "mes",
    "mañana",
];

/// Adverbs that are a recurrence alone, lowercase: "weekly", "wöchentlich", "hebdomadaire".
const RECURRENCE_ADVERBS: [&str; 11] = [
    "täglich",
    "wöchentlich",
    "monatlich",
    "daily",
    "weekly",
    "monthly",
    "quotidienne",
    "hebdomadaire",
    "mensuelle",
    "semanal",
    "mensual",
];

/// Most words between a recurrence's opener and its unit ("einmal im Monat", "jeden zweiten
/// Freitag"), and between a preposition and the mail ("per E-Mail", "dans votre boîte mail").
const MAIL_SCHEDULE_REACH: u32 = 3;

/// A site's mail by its schedule: a short line (at most [`MAIL_SCHEDULE_MAX_WORDS`] words)
/// with one sentence that says when the mail comes (a recurrence: [`RECURRENCE_OPENERS`]
/// and [`RECURRENCE_UNITS`], or [`RECURRENCE_ADVERBS`]) and that it comes to the reader: by
/// a word of [`MAIL_CHANNELS`] after a preposition ("jeden Freitag bequem per E-Mail",
/// "chaque jeudi … par e-mail"), or a newsletter ([`NEWSLETTER_WORDS`]) that the site
/// offers in its own voice or to its reader ("our weekly newsletter", "Unser Newsletter …
/// erscheint jeden Montag") or under a label ("Kultur-Newsletter: Jeden Donnerstag die
/// wichtigsten Premieren"). A club's newsletter told of in the third person is news ("Der
/// Newsletter des Vereins erscheint einmal im Monat"); a fee for each week a loan runs late
/// with a reminder by e-mail in the next sentence names no schedule of the mail; and a line
/// with a block glued on holds another block's text too ("Taxes en sus.Abonnez-vous …").
fn is_mail_schedule(l: &[u8], words: u32) -> bool {
    if !(MAIL_SCHEDULE_MIN_WORDS..=MAIL_SCHEDULE_MAX_WORDS).contains(&words)
        || !may_name_mail_schedule(l)
        || next_glue(l, 0, l.len()) < l.len()
    {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    let is = word_in;
    // A label before a colon that names the newsletter, or ends with its name
    // ("Kultur-Newsletter", "Morgennewsletter").
    const NEWSLETTER: &[u8] = b"newsletter";
    let label = s.find(':').filter(|&c| c <= MAX_ITEM_BYTES).is_some_and(|c| {
        crate::words(&s[..c]).any(|w| {
            is(w, &NEWSLETTER_WORDS)
                || w.len() >= NEWSLETTER.len()
                    && w.as_bytes()[w.len() - NEWSLETTER.len()..].eq_ignore_ascii_case(NEWSLETTER)
        })
    });
    let mut sentence = (false, false, false, false);
    // Words since a recurrence's opener, and since a preposition, if one is open.
    let (mut since_opener, mut since_prep): (Option<u32>, Option<u32>) = (None, None);
    let mut prev_end = 0;
    let done = |(recurs, delivered, newsletter, addressed): (bool, bool, bool, bool)| {
        recurs && (delivered || newsletter && (addressed || label))
    };
    for w in crate::words(s) {
        let at = w.as_ptr() as usize - s.as_ptr() as usize;
        if s[prev_end..at].contains(['.', '!', '?']) {
            if done(sentence) {
                return true;
            }
            sentence = (false, false, false, false);
            (since_opener, since_prep) = (None, None);
        }
        prev_end = at + w.len();
        let (recurs, delivered, newsletter, addressed) = &mut sentence;
        *newsletter |= is(w, &NEWSLETTER_WORDS);
        *addressed |= ADDRESS_WORDS_DE.contains(&w) || is(w, &ADDRESS_WORDS);
        if since_opener.is_some() && is(w, &RECURRENCE_UNITS) || is(w, &RECURRENCE_ADVERBS) {
            *recurs = true;
        }
        if since_prep.is_some() && is(w, &MAIL_CHANNELS) {
            *delivered = true;
        }
        let step = |n: Option<u32>| n.filter(|&n| n < MAIL_SCHEDULE_REACH).map(|n| n + 1);
        since_opener = if is(w, &RECURRENCE_OPENERS) {
            Some(1)
        } else {
            step(since_opener)
        };
        since_prep = if is(w, &MAIL_PREPOSITIONS) {
            Some(1)
        } else {
            step(since_prep)
        };
    }
    done(sentence)
}

/// Whether `l` opens with a label that names a newsletter, before a colon: "Newsletter:",
/// "Kultur-Newsletter:", "Newsletter Energie & Klima:" (see [`is_mail_schedule`]).
fn newsletter_label(l: &[u8]) -> bool {
    let head = &l[..l.len().min(MAX_ITEM_BYTES)];
    memchr::memchr(b':', head).is_some_and(|c| {
        head[..c]
            .windows(6)
            .any(|w| w.eq_ignore_ascii_case(b"letter") || w.eq_ignore_ascii_case(b"lettre"))
    })
}

/// Whether `l` names German mail in its usual spelling, "E-Mail" or "Postfach" (whose
/// pitches address the reader in the polite form, which no lexicon counts: "jeden Werktag
/// in Ihrem Postfach").
fn names_mail_de(l: &[u8]) -> bool {
    memchr::memchr2_iter(b'M', b'P', l).any(|p| l[p..].starts_with(b"Mail") || l[p..].starts_with(b"Postfach"))
}

/// Whether `l` may name a mail and a recurrence at all, read before its words are: one
/// search, in any case, for the words of [`NEWSLETTER_WORDS`] and [`MAIL_CHANNELS`] ("per
/// E-Mail", "Postfach") and for the openers and adverbs of a recurrence ("jeden", "weekly").
fn may_name_mail_schedule(l: &[u8]) -> bool {
    // The mail's words first: a match's pattern number tells which kind it is.
    let mail = NEWSLETTER_WORDS.len() + MAIL_CHANNELS.len();
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    let Some(ac) = AC
        .get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(
                    NEWSLETTER_WORDS
                        .iter()
                        .chain(&MAIL_CHANNELS)
                        .chain(&RECURRENCE_OPENERS)
                        .chain(&RECURRENCE_ADVERBS),
                )
                .ok()
        })
        .as_ref()
    else {
        return false;
    };
    let (mut names_mail, mut recurs) = (false, false);
    for m in ac.find_iter(l) {
        if m.pattern().as_usize() < mail {
            names_mail = true;
        } else {
            recurs = true;
        }
        if names_mail && recurs {
            return true;
        }
    }
    false
}

/// Words that make a pitch one for the site's own mail (see [`is_signup_pitch`]), not an
/// interface's ("Subscribe to the topic to receive updates from the broker."): the mail,
/// the site's own, its latest, or when to sign up or leave ("today", "anytime"), lowercase.
const SIGNUP_MAIL_WORDS: [&str; 30] = [
    "newsletter",
    "newsletters",
    "briefing",
    "briefings",
    "email",
    "e-mail",
    "inbox",
    "latest",
    "our",
    "my",
    "today",
    "anytime",
    "unsubscribe",
    "postfach",
    "neuesten",
    "unser",
    "unsere",
    "unseren",
    "unserem",
    "infolettre",
    "courriel",
    "notre",
    "nos",
    "dernières",
    "boletín",
    "correo",
    "nuestro",
    "nuestra",
    "nuestros",
    "últimas",
];

/// Most words of the question of a reader pitch (see [`is_reader_pitch`]).
const PITCH_QUESTION_WORDS: u32 = 14;

/// A site's pitch to a kind of reader: a question to the reader ("Sie sind Arbeitgeber?",
/// "Sie organisieren eine Veranstaltung?", "Vous organisez un événement ?") and, in the
/// same line, an answer that speaks for the site or tells the reader what to do: a word of
/// [`PITCH_SITE_WORDS`], a German imperative with "Sie" ("Tragen Sie Ihren Termin … ein")
/// or a French one ("Proposez-le", "Contactez-nous"). On the dev sets and the sets of our
/// own, every such German or French line labeled lies in boilerplate; in English the same
/// shape opens content as often ("Are you a beginner? Start with …"), and is left alone.
fn is_reader_pitch(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let Some(first) = t.split(|&b| b == b' ').next() else {
        return false;
    };
    if !PITCH_OPENERS.iter().any(|o| o.as_bytes() == first) {
        return false;
    }
    // The question is the line's first sentence.
    let Some(q) = memchr::memchr3(b'?', b'.', b'!', t).filter(|&q| t[q] == b'?') else {
        return false;
    };
    if count_words_max(&t[..q], PITCH_QUESTION_WORDS + 1) > PITCH_QUESTION_WORDS {
        return false;
    }
    let Ok(answer) = std::str::from_utf8(&t[q + 1..]) else {
        return false;
    };
    // The answer's first sentence.
    let answer = answer.trim_start();
    let answer = &answer[..answer.find(['.', '!', '?']).unwrap_or(answer.len())];
    let words: Vec<&str> = answer.split_whitespace().collect();
    let Some(&head) = words.first() else { return false };
    let lower = |w: &str| lower_word(w, &['-']);
    let german_imperative = head.starts_with(char::is_uppercase) && words.get(1) == Some(&"Sie");
    let french_imperative = {
        let w = lower(head);
        let stem = w.split('-').next().unwrap_or("");
        stem.len() > 3 && stem.ends_with("ez") && head.starts_with(char::is_uppercase)
    };
    german_imperative || french_imperative || words.iter().any(|w| PITCH_SITE_WORDS.contains(&lower(w).as_str()))
}

/// Words that make German "Jetzt …" with an infinitive last a statement rather than a call
/// to action: finite verbs that take an infinitive, and pronouns ("Jetzt soll alles schneller
/// gehen", "Jetzt heißt es warten").
const DE_NOT_ACTION: [&str; 33] = [
    "soll", "sollen", "kann", "können", "muss", "müssen", "will", "wollen", "darf", "dürfen", "wird", "werden", "hat",
    "haben", "ist", "sind", "war", "waren", "wurde", "wurden", "gibt", "geht", "möchte", "möchten", "mag", "es", "er",
    "sie", "wir", "ich", "du", "man", "zu",
];

/// A call to action: a short line, not ended as a statement or a question, that tells the
/// reader to act now: a word that opens calls to action and a word of the moment last ("Shop
/// now", "Book your trip today", "Réservez dès maintenant", "Suscríbete ya"), or German
/// "Jetzt" and an infinitive last ("Jetzt Termin online vereinbaren"); or such a clause after
/// the last dash or colon of a short line ("Pflanzenschutz ohne Chemie – jetzt im Shop
/// bestellen", "Vorverkauf läuft: Jetzt Tickets sichern").
fn is_call_to_action(l: &[u8], words: u32) -> bool {
    let ends_open = last_visible_char(l).is_some_and(|c| !matches!(c, '.' | '?' | ':' | ',' | ';' | '…'));
    if !(2..=CTA_LINE_MAX_WORDS).contains(&words) || !ends_open {
        return false;
    }
    // Or its head, before a colon, acts, and the rest says what for: "Jetzt finanzieren: ab
    // 20,83 € im Monat", "Réservez maintenant : 2 nuits pour 99 €".
    if let Some(colon) = memchr::memchr(b':', l) {
        let head = l[..colon].trim_ascii_end();
        if l.get(colon + 1).is_some_and(|&b| b == b' ')
            && std::str::from_utf8(head).is_ok_and(|h| action_clause(h, true))
        {
            return true;
        }
    }
    // Most lines fail on their last word: read it before their words.
    if !last_word_may_act(l) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    if words as usize <= CTA_MAX_WORDS && action_clause(s, true) {
        return true;
    }
    // The head before the dash or colon is a label or a title, no sentence: a call glued to
    // the end of a sentence ("…vorzuweisen.Online-Schalter: Jetzt Bewilligung beantragen") is
    // left to `cut_glued_calls`, which takes it and leaves the sentence.
    ["–", "—", " - ", ": "]
        .iter()
        .filter_map(|d| s.rfind(d).map(|p| (p, p + d.len())))
        .max_by_key(|&(_, p)| p)
        .is_some_and(|(h, p)| !s[..h].contains(['.', '!', '?']) && action_clause(&s[p..], false))
}

/// A German call to action said as one sentence with its full stop: "Jetzt bestellen und mit
/// PayPal, Klarna oder Kreditkarte bezahlen." (see [`action_clause`]; the labeled sets
/// hold no such line of content).
fn is_jetzt_sentence(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let Some(body) = t.strip_suffix(b".") else { return false };
    // One clause: no other end mark, no colon ("Jetzt erst mal: täglich Wasser wechseln." is
    // advice).
    if !body.starts_with(b"Jetzt ")
        || memchr::memchr3(b'.', b'!', b'?', body).is_some()
        || memchr::memchr(b':', body).is_some()
    {
        return false;
    }
    std::str::from_utf8(body).is_ok_and(|s| action_clause(s, true))
}

/// The last word of `l` may end a call to action: a word of the moment ("now", "ya") or
/// what may be a German infinitive. Read from the bytes where the line ends in ASCII letters
/// (most lines), from the chars otherwise.
fn last_word_may_act(l: &[u8]) -> bool {
    let may_act = |w: &[u8]| {
        let infinitive = w.len() >= 4 && matches!(w[w.len() - 2..], [b'e' | b'r' | b'l', b'n']);
        infinitive && std::str::from_utf8(w).is_ok_and(is_de_infinitive) || stats::is_now_word(w)
    };
    if let Some(e) = l.iter().rposition(u8::is_ascii_alphabetic) {
        let start = l[..e]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        if (start == 0 || l[start - 1].is_ascii()) && l[e + 1..].is_ascii() {
            return may_act(&l[start..=e]);
        }
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    let end = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let from = end
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(p, c)| p + c.len_utf8());
    may_act(&end.as_bytes()[from..])
}

/// The clause `s` (a whole line when `line_start`) is a call to action: see
/// [`is_call_to_action`].
fn action_clause(s: &str, line_start: bool) -> bool {
    let named = names_as_one(s);
    let s = named.as_deref().unwrap_or(s);
    let mut buf = [""; CTA_MAX_WORDS];
    let Some(w) = words_up_to(s, &mut buf).filter(|w| w.len() >= 2) else {
        return false;
    };
    let (first, last) = (w[0], w[w.len() - 1]);
    if stats::word_classes(first.as_bytes()) & stats::CTA != 0 && stats::is_now_word(last.as_bytes()) {
        return true;
    }
    // German: "Jetzt" (capitalised at a line's start), an infinitive last, no finite verb or
    // pronoun between.
    let jetzt = if line_start {
        first == "Jetzt"
    } else {
        first.eq_ignore_ascii_case("jetzt")
    };
    // "bis zu" gives an amount ("bis zu 10 % Rabatt sichern"), not an infinitive's "zu".
    jetzt
        && is_de_infinitive(last)
        && !(1..w.len() - 1).any(|k| {
            let m = w[k];
            DE_NOT_ACTION.iter().any(|x| m.eq_ignore_ascii_case(x))
                && !(m == "zu" && w[k - 1].eq_ignore_ascii_case("bis"))
        })
}

/// Longest name in quotation marks that [`names_as_one`] reads as one word, in bytes.
const QUOTED_NAME_MAX_BYTES: usize = 60;

/// `s` with each name in quotation marks (see [`quoted_spans`]) as one word, or `None` where it
/// quotes none or a quotation is longer than a name: a newsletter's or a podcast's name is a
/// word of a call to action ("Jetzt den Newsletter „Kirche vor Ort“ abonnieren und keine
/// Meldung mehr verpassen!").
fn names_as_one(s: &str) -> Option<String> {
    let spans = quoted_spans(s);
    let inner = |&(a, b): &(usize, usize)| {
        let marks =
            s[a..b].chars().next().map_or(0, char::len_utf8) + s[a..b].chars().next_back().map_or(0, char::len_utf8);
        b - a - marks
    };
    if spans.is_empty() || spans.iter().any(|q| inner(q) > QUOTED_NAME_MAX_BYTES) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for (a, b) in spans {
        out.push_str(&s[at..a]);
        out.push_str("Name");
        at = b;
    }
    out.push_str(&s[at..]);
    Some(out)
}

/// The words of `s` ([`crate::words`]) in `buf`, or `None` if there are more than it holds.
fn words_up_to<'s, 'b>(s: &'s str, buf: &'b mut [&'s str]) -> Option<&'b [&'s str]> {
    let mut n = 0;
    for word in crate::words(s) {
        *buf.get_mut(n)? = word;
        n += 1;
    }
    Some(&buf[..n])
}

/// A German infinitive as a call to action ends with one: lowercase letters ending in "en",
/// "rn" or "ln" ("bestellen", "ändern", "sammeln"), four at least.
fn is_de_infinitive(w: &str) -> bool {
    w.chars().count() >= 4
        && w.chars().all(char::is_lowercase)
        && (w.ends_with("en") || w.ends_with("rn") || w.ends_with("ln"))
}

/// Most words of a star rating (see [`is_rating`]).
const RATING_MAX_WORDS: u32 = 10;

/// Words that may open a rating as its label ("Rating: 4.5/5", "Bewertet mit 4,9 / 5").
const RATING_LABELS: [&str; 12] = [
    "rating",
    "rated",
    "bewertung",
    "kundenbewertung",
    "bewertet",
    "note",
    "noté",
    "notée",
    "valoración",
    "valorado",
    "valorada",
    "puntuación",
];
/// Words that may join a label to its score ("Rated with 4.8", "Bewertet mit 4,9", "Valorado
/// con 4,7").
const RATING_LABEL_JOINS: [&str; 4] = ["with", "mit", "avec", "con"];
/// Words between a score and its scale ("4.5 out of 5", "4,8 von 5", "4,6 de 5", "4,5 sur 5").
const RATING_OF: [&str; 5] = ["of", "von", "de", "sur", "sobre"];
/// Words that may follow the scale ("stars", "Sternen", "étoiles", "estrellas").
const RATING_STARS: [&str; 9] = [
    "star",
    "stars",
    "stern",
    "sterne",
    "sternen",
    "étoile",
    "étoiles",
    "estrella",
    "estrellas",
];
/// Words before the name of the platform that gave a rating ("auf Capterra", "on Google").
const RATING_PLATFORM_PREPS: [&str; 5] = ["on", "auf", "bei", "sur", "en"];
/// Most words before a rating's count of reviews (see [`RATING_COUNT_LEADS`]).
const RATING_LEADS_MAX: usize = 3;
/// Words that may lead a rating's count of reviews: "aus 12.391 Bewertungen", "based on
/// 1,234 reviews", "en más de 300 opiniones", "sur 2 345 avis".
const RATING_COUNT_LEADS: [&str; 13] = [
    "aus", "von", "über", "bei", "from", "based", "on", "over", "sur", "de", "en", "más", "plus",
];
/// Words that may follow a count of reviews ("(1.318 opiniones)", "2,107 reviews").
const RATING_REVIEWS: [&str; 16] = [
    "review",
    "reviews",
    "rating",
    "ratings",
    "bewertungen",
    "rezensionen",
    "kundenbewertungen",
    "kundenstimmen",
    "avis",
    "notes",
    "opiniones",
    "valoraciones",
    "reseñas",
    "votes",
    "stimmen",
    "votos",
];
/// Words that may say whose reviews they are, right before the word for them ("1,234
/// customer reviews", "86 verified ratings") or after it ("180 avis clients", "1.318
/// opiniones de clientes", "52 avis vérifiés").
const RATING_WHOSE: [&str; 10] = [
    "customer",
    "verified",
    "clients",
    "client",
    "vérifiés",
    "clientes",
    "verificadas",
    "verificados",
    "de",
    "kunden",
];

/// Most words of a breadcrumb (see [`is_breadcrumb`]).
const BREADCRUMB_MAX_WORDS: u32 = 24;
/// Most words of a breadcrumb's item.
const BREADCRUMB_ITEM_WORDS: u32 = 7;

/// A breadcrumb the line model kept, its items too long for the separator rule: a site's or
/// a forum's name first, an item with a model's years ("Commune de Mont-sur-Rolle-le-Haut ›
/// Vivre › Environnement › Déchets", "Forums › Honda › Civic (9th Gen 2012–2015) › Engine &
/// Drivetrain"). Three items or more split by one separator that points one way (`›`, `»`
/// or `>`), each of one to [`BREADCRUMB_ITEM_WORDS`] words, and no full stop at the end (see
/// [`is_menu_path_sentence`]).
fn is_breadcrumb(l: &[u8]) -> bool {
    // Cheap first: the separators' bytes ("›" ends in 0xBA, "»" in 0xBB).
    if memchr::memchr3(b'>', 0xBA, 0xBB, l).is_none() || ends_with_full_stop(l.trim_ascii_end()) {
        return false;
    }
    let mut kind = None;
    let mut ok = true;
    let (mut items, mut item_start, mut i) = (0, 0, 0);
    let mut item = |item: &[u8]| {
        let w = count_words_max(item, BREADCRUMB_ITEM_WORDS + 1);
        ok &= (1..=BREADCRUMB_ITEM_WORDS).contains(&w);
        items += 1;
    };
    while i < l.len() {
        let (c, n) = char_at(l, i).unwrap_or(('\u{fffd}', 1));
        if matches!(c, '›' | '»' | '>' | '‹' | '«' | '|' | '·' | '•') && is_separator_at(l, i, n, c) {
            if kind.is_some_and(|k| k != c) || !matches!(c, '›' | '»' | '>') {
                return false;
            }
            kind = Some(c);
            item(&l[item_start..i]);
            item_start = i + n;
        }
        i += n;
    }
    item(&l[item_start..]);
    ok && items >= 3
}

/// Most words of a row of counts by stars (see [`is_star_histogram`]).
const HISTOGRAM_MAX_WORDS: u32 = 20;

/// A row of a rating's counts by stars: "5 Sterne: 52 · 4 Sterne: 21 · 3 Sterne: 9", "5
/// stars (52) 4 stars (21)", "5 étoiles 68 % 4 étoiles 20 %". Every word is a number (a
/// share with its percent sign) or a word for stars, two of them at least, and the numbers
/// are at least as many as the words for stars.
fn is_star_histogram(l: &[u8], words: u32) -> bool {
    if !(4..=HISTOGRAM_MAX_WORDS).contains(&words) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    let (mut stars, mut numbers) = (0, 0);
    for w in crate::words(s) {
        if w.bytes().all(|b| b.is_ascii_digit()) {
            numbers += 1;
        } else if RATING_STARS.iter().any(|x| w.eq_ignore_ascii_case(x)) {
            stars += 1;
        } else {
            return false;
        }
    }
    stars >= 2 && numbers >= stars
}

/// Five star signs (★, ☆, ⭐, a half star among them) and a count in brackets, nothing else:
/// `★★★★☆ (21)`, `★★★★½ (1.204)`.
fn is_star_row_count(t: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(t.trim_ascii()) else {
        return false;
    };
    let signs = s.chars().take_while(|c| matches!(c, '★' | '☆' | '⭐' | '½')).count();
    let rest = s.trim_start_matches(['★', '☆', '⭐', '½']).trim_start();
    signs == 5
        && rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_digit())
                    && n.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            })
}

/// A star rating on a line of its own: a score, its scale of 5 (after "/", "out of",
/// "von", "de", "sur", "sobre"), then at most a word for stars and a count of reviews, in any
/// of the four languages: `4.4 out of 5 stars, 2,107 reviews`, `★★★★★ 4,8 von 5 (132
/// Bewertungen)`, `4,6 de 5 estrellas (1.318 opiniones)`, `Note : 4,5/5`; a label and a score
/// with a decimal mark, with no scale, when a count of reviews follows (`Valoración 4,8
/// (1.214 opiniones)`); or a row of stars, after a label or not, with a count of reviews and
/// no score (`Note : ★★★★½ (86 avis)`), or a bare count (`★★★★☆ (21)`). A review site's or a
/// shop's widget, not text; a critic's score out of ten (`8,5/10`) is a review's verdict, and
/// stays.
fn is_rating(l: &[u8], words: u32) -> bool {
    // A row of star signs before the score stands for its scale: `★★★★★ 4,9 (412 votos)`,
    // after a label too (`Note : ★★★★½ (86 avis)`).
    let lead = l.trim_ascii_start();
    let stars_at = |t: &[u8]| ["★", "☆", "⭐"].iter().any(|star| t.starts_with(star.as_bytes()));
    let starred = stars_at(lead) || {
        let w = lead.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(lead.len());
        let rest = lead[w..].trim_ascii_start();
        let rest = rest.strip_prefix(b":").unwrap_or(rest).trim_ascii_start();
        w > 0
            && std::str::from_utf8(&lead[..w]).is_ok_and(|x| RATING_LABELS.iter().any(|r| x.eq_ignore_ascii_case(r)))
            && stars_at(rest)
    };
    if stars_at(lead) && is_star_row_count(lead) {
        return true;
    }
    // A scale of 5, or a count of reviews in brackets after a score with no scale.
    if !(2..=RATING_MAX_WORDS).contains(&words) || !starred && memchr::memchr2(b'5', b'(', l).is_none() {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    let mut buf = [""; RATING_MAX_WORDS as usize];
    let Some(w) = words_up_to(s, &mut buf).filter(|w| w.len() >= 2) else {
        return false;
    };
    let n = w.len();
    let is = |word: &str, list: &[&str]| list.iter().any(|x| word.eq_ignore_ascii_case(x));
    // An optional label, then the score: a digit, or digits with one decimal mark.
    // (A half star among the signs reads as a word: `★★★★½ 4,6`.)
    // A label, or a half star and a label: `Note : ★★★★½`, `★★★★½ Bewertung 4,6`.
    let label = |i: usize| w.get(i).is_some_and(|x| is(x, &RATING_LABELS));
    let labelled = label(0);
    let mut k = usize::from(labelled);
    if k == 1 && w.get(1).is_some_and(|x| is(x, &RATING_LABEL_JOINS)) {
        k += 1;
    }
    if starred && w.get(k) == Some(&"½") {
        k += 1;
        if k == 1 && label(1) {
            k += 1;
        }
    }
    let Some(&score) = w.get(k) else {
        return false;
    };
    let digits = score.bytes().filter(u8::is_ascii_digit).count();
    if !score.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') || !(1..=3).contains(&digits) {
        return false;
    }
    k += 1;
    // Stars with a count of reviews and no score: `★★★★☆ (86 avis)`.
    if starred && k + 1 == n && is(w[k], &RATING_REVIEWS) && !score.contains(['.', ',']) {
        return true;
    }
    // The scale, after a slash or a word for "of".
    let slash = w.get(k).is_some_and(|next| {
        let gap_start = score.as_ptr() as usize - s.as_ptr() as usize + score.len();
        let gap_end = next.as_ptr() as usize - s.as_ptr() as usize;
        s[gap_start..gap_end].trim() == "/"
    });
    let out = usize::from(!slash && w.get(k).is_some_and(|x| x.eq_ignore_ascii_case("out")));
    let of = !slash && w.get(k + out).is_some_and(|x| is(x, &RATING_OF));
    if slash || of {
        if of {
            k += out + 1;
        }
        if !w
            .get(k)
            .is_some_and(|x| matches!(*x, "5" | "5.0" | "5,0" | "5.00" | "5,00"))
        {
            return false;
        }
        k += 1;
    } else if !(starred || labelled && score.contains(['.', ',']) && k < n) {
        // With no scale, a label, a score with a decimal mark and a count of reviews:
        // `Valoración 4,8 (1.214 opiniones)`.
        return false;
    }
    if w.get(k).is_some_and(|x| is(x, &RATING_STARS)) {
        k += 1;
    }
    // The platform that gave the score, by its name: "4,8 von 5 auf Capterra", "★ 4,9 bei
    // Google – über 600 Bewertungen".
    if w.get(k).is_some_and(|x| is(x, &RATING_PLATFORM_PREPS))
        && w.get(k + 1)
            .is_some_and(|x| x.starts_with(char::is_uppercase) && !is(x, &RATING_REVIEWS))
    {
        k += 2;
    }
    // A count of reviews (French thousands apart: "2 345"), then its word, perhaps after
    // "aus", "based on", "en más de".
    if k < n {
        let lead = k;
        while k < n && k - lead < RATING_LEADS_MAX && is(w[k], &RATING_COUNT_LEADS) {
            k += 1;
        }
        let count = k;
        while k < n && k - count < 2 && w[k].bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
            k += 1;
        }
        if k < n && is(w[k], &RATING_WHOSE) && w[k] != "de" {
            k += 1;
        }
        // A platform's name may stand before the word for them: "87 Google-Rezensionen".
        if k > count
            && k + 1 < n
            && w[k].starts_with(|c: char| c.is_uppercase())
            && !is(w[k], &RATING_REVIEWS)
            && is(w[k + 1], &RATING_REVIEWS)
        {
            k += 1;
        }
        if !(k > count && k < n && is(w[k], &RATING_REVIEWS)) {
            return false;
        }
        // Then at most two words for whose they are.
        k += 1;
        if n - k > 2 || !w[k..].iter().all(|x| is(x, &RATING_WHOSE)) {
            return false;
        }
    }
    true
}

/// Words that name a product's reviews in a link beside its rating, lowercase (see
/// [`is_rating_row`]).
const REVIEW_LINK_WORDS: [&str; 15] = [
    "review",
    "reviews",
    "bewertung",
    "bewertungen",
    "rezension",
    "rezensionen",
    "avis",
    "opinion",
    "opinión",
    "opiniones",
    "reseña",
    "reseñas",
    "valoración",
    "valoraciones",
    "kundenbewertungen",
];
/// Most words of a link to the reviews beside a rating.
const REVIEW_LINK_MAX_WORDS: u32 = 5;

/// A rating ([`is_rating`]) with links to its reviews after it, split from it by
/// separators or a dash between blanks: "4.6 out of 5 stars – Read 38 reviews", "4,8 de 5 ·
/// Escribir una opinión", "4,7 von 5 | Eigene Bewertung schreiben". Each link is at most
/// [`REVIEW_LINK_MAX_WORDS`] words and names the reviews ([`REVIEW_LINK_WORDS`]).
fn is_rating_row(l: &[u8], words: u32) -> bool {
    if words > RATING_MAX_WORDS + 2 * REVIEW_LINK_MAX_WORDS || memchr::memchr(b'5', l).is_none() {
        return false;
    }
    let names_reviews = |item: &[u8]| {
        std::str::from_utf8(item).is_ok_and(|s| {
            count_words_max(item, REVIEW_LINK_MAX_WORDS + 1) <= REVIEW_LINK_MAX_WORDS
                && crate::words(s).any(|w| word_in(w, &REVIEW_LINK_WORDS))
        })
    };
    // The items, split at separators and at dashes between blanks: the rating, then the links.
    let (mut links, mut start, mut i) = (0, 0, 0);
    while i < l.len() {
        let (c, w) = char_at(l, i).unwrap_or(('\u{fffd}', 1));
        let dash = matches!(c, '–' | '—' | '-') && i > 0 && l[i - 1] == b' ' && l.get(i + w) == Some(&b' ');
        if dash || is_separator_at(l, i, w, c) {
            let item = &l[start..i];
            let ok = if links == 0 {
                is_rating(item, count_words(item))
            } else {
                names_reviews(item)
            };
            if !ok {
                return false;
            }
            links += 1;
            start = i + w;
        }
        i += w;
    }
    links > 0 && names_reviews(&l[start..])
}

/// Most words of a counter line (see [`is_counter`]).
const COUNTER_MAX_WORDS: u32 = 8;

/// Words by which a counter names where it counts, read as its fillers: "12 Beiträge in
/// dieser Kategorie", "12 posts in this category".
const COUNTER_SCOPE: [&str; 20] = [
    "this",
    "dieser",
    "diesem",
    "dieses",
    "cette",
    "ce",
    "cet",
    "esta",
    "este",
    "dans",
    "category",
    "kategorie",
    "catégorie",
    "categoría",
    "period",
    "zeitraum",
    "période",
    "período",
    "rubrik",
    "rubrique",
];

/// A line that only counts: numbers, a word for what is counted (`stats::COUNTER_LIST`),
/// words such as "of" and "page" (`stats::COUNTER_FILLER_LIST`, [`COUNTER_SCOPE`]), and at
/// most one other word
/// (what was found or listed): "28 Veranstaltungen gefunden", "124 ofertas encontradas",
/// "Showing 1–20 of 87", "(Gelesen 1.204 mal)", "Lu 1 204 fois", "12 Antworten", "Image 2 sur
/// 10". A search's, a forum's or a gallery's widget, not text. Years are no counts:
/// "Ergebnisse 2024" heads a section.
fn is_counter(l: &[u8], words: u32) -> bool {
    // A line that ends with a comma goes on in the next one: a piece of a sentence.
    if !(2..=COUNTER_MAX_WORDS).contains(&words) || last_visible_char(l) == Some(',') {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    // A search's query, in quotes, is no word of the line: "37 résultats pour « vélo
    // électrique »".
    let s = match s.find(['«', '„', '“', '"']) {
        Some(q) => &s[..q],
        None => s,
    };
    let mut buf = [""; COUNTER_MAX_WORDS as usize];
    let Some(w) = words_up_to(s, &mut buf) else {
        return false;
    };
    let (mut counts, mut counter, mut other) = (0, false, 0);
    // With two other words, the line is a counter only if neither opens it, a heading's noun
    // ("Schritt 3: Ergebnis prüfen", "Fahrräder - 137 Anzeigen gefunden"), nor stands right
    // before a last number, which then names the one of a series ("Resultados de la jornada
    // 26"): "42 offene Stellen gefunden", "5 neue Beiträge anzeigen" count.
    let mut heading = false;
    let mut after_other = false;
    for (k, &word) in w.iter().enumerate() {
        if word.bytes().any(|b| b.is_ascii_digit()) {
            let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && matches!(&word[..2], "19" | "20");
            counts += usize::from(!year);
            heading |= after_other && k + 1 == w.len();
            after_other = false;
        } else {
            after_other = false;
            let class = stats::word_classes(word.as_bytes());
            if class & stats::COUNT != 0 {
                counter = true;
            } else if class & stats::COUNT_FILLER == 0 && !COUNTER_SCOPE.iter().any(|x| word.eq_ignore_ascii_case(x)) {
                other += 1;
                heading |= k == 0;
                after_other = true;
            }
        }
    }
    counts > 0 && counter && (other <= 1 || other == 2 && !heading)
}

/// Words for a picture that open a gallery's counter, lowercase (see [`is_gallery_counter`]);
/// "image" and "slide" are counters' words already ([`is_counter`]).
const GALLERY_WORDS: [&str; 7] = ["foto", "bild", "photo", "imagen", "fotografía", "diapositiva", "diapo"];

/// Words between the two figures of a gallery's counter, lowercase: "von", "of", "sur", "de".
const GALLERY_OF: [&str; 6] = ["von", "aus", "of", "sur", "de", "/"];

/// A gallery's counter alone on its line: a word for a picture, its number, "of" and the
/// count ("Foto 7 von 14", "Photo 3 sur 12", "Imagen 2 de 5", "Bild 1/9"). The caption under
/// it is the article's; the counter is the slideshow's.
fn is_gallery_counter(l: &[u8], words: u32) -> bool {
    if !(2..=4).contains(&words) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    let figure = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let mut w = s.split_whitespace();
    let Some(head) = w.next() else {
        return false;
    };
    if !GALLERY_WORDS.iter().any(|g| head.eq_ignore_ascii_case(g)) {
        return false;
    }
    match (w.next(), w.next(), w.next(), w.next()) {
        (Some(n), Some(of), Some(m), None) => {
            figure(n) && figure(m) && GALLERY_OF.iter().any(|o| of.eq_ignore_ascii_case(o))
        }
        (Some(nm), None, None, None) => nm.split_once('/').is_some_and(|(n, m)| figure(n) && figure(m)),
        _ => false,
    }
}

/// Words for a clip that open a player's label, lowercase (see [`is_media_duration`]).
const MEDIA_WORDS: [&str; 7] = ["video", "audio", "podcast", "vidéo", "vídeo", "clip", "hörbeitrag"];
/// Most words of a player's label (see [`is_media_duration`]): the clip's word, its length's
/// three figures and a unit.
const MEDIA_DURATION_MAX_WORDS: u32 = 5;
/// Units after a clip's length, lowercase, a full stop aside.
const MEDIA_UNITS: [&str; 6] = ["min", "mins", "minuten", "minutes", "minutos", "sek"];

/// A player's label alone on its line: a word for a clip and its length, minutes and seconds
/// (or hours, minutes and seconds), a unit after it or not ("Video 2:13 min", "Audio 3:41
/// Min.", "Podcast 1:02:17", "Vídeo 0:48"). The teaser beside it is the page's; the label is
/// the player's.
fn is_media_duration(l: &[u8], words: u32) -> bool {
    // Hours, minutes and seconds count as words of their own.
    if !(3..=MEDIA_DURATION_MAX_WORDS).contains(&words) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    let mut w = s.split_whitespace();
    let (Some(head), Some(length)) = (w.next(), w.next()) else {
        return false;
    };
    let unit = w.next();
    if w.next().is_some() {
        return false;
    }
    // One or two digits, then one or two groups of two after colons.
    let mut parts = length.split(':');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let mut groups = 0;
    let rest_ok = parts.all(|p| {
        groups += 1;
        p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit())
    });
    let head = head.to_lowercase();
    first_ok
        && rest_ok
        && (1..=2).contains(&groups)
        && MEDIA_WORDS.contains(&head.as_str())
        && unit.map_or(true, |u| {
            let u = u.trim_end_matches('.');
            MEDIA_UNITS.iter().any(|m| u.eq_ignore_ascii_case(m))
        })
}

/// Most words of an entry of a blog's archive (see [`is_archive_entry`]).
const ARCHIVE_ENTRY_MAX_WORDS: u32 = 3;

/// An entry of a blog's archive: a month, a year or both, and the count of posts in
/// brackets, and nothing else but a tree's triangle or a bullet before it ("► septembre
/// (3)", "▼ 2009 (45)", "Januar 2009 (12)", "March 2009 (4)").
fn is_archive_entry(l: &[u8], words: u32) -> bool {
    if !(2..=ARCHIVE_ENTRY_MAX_WORDS).contains(&words) {
        return false;
    }
    let t = l.trim_ascii();
    let Some(open) = memchr::memrchr(b'(', t) else {
        return false;
    };
    if bracketed_count(&t[open..]) != Some(t.len() - open) {
        return false;
    }
    let Ok(head) = std::str::from_utf8(&t[..open]) else {
        return false;
    };
    let head = head
        .trim_start_matches(|c: char| matches!(c, '►' | '▼' | '▶' | '▸' | '▾' | '•' | '-' | '·') || c.is_whitespace());
    let mut n = 0;
    head.split_whitespace().all(|w| {
        n += 1;
        let year = w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "19" | "20");
        let mut buf = [0u8; DATE_WORD_MAX];
        year || lowercase_in(w, &mut buf).is_some_and(|w| date_word_class(w) & MONTH != 0)
    }) && n > 0
}

/// Most words of a row of counters (see [`is_counter_row`]).
const COUNTER_ROW_MAX_WORDS: u32 = 16;

/// Words that say how a list is sorted, opening an item of a counter row.
const SORT_WORDS: [&str; 14] = [
    "sortieren",
    "ordenar",
    "ordenadas",
    "trier",
    "order",
    "sortiert",
    "sortierung",
    "sorted",
    "sort",
    "trié",
    "triés",
    "tri",
    "ordenado",
    "ordenados",
];

/// A row of counters split by separators, with perhaps how the list is sorted: "3 Antworten ·
/// sortiert nach: Stimmen", "124 results · Sorted by relevance", "27 annonces · Trier par :
/// Plus récentes". Every item counts (see [`is_counter`], [`is_rating`]) or sorts; the line
/// holds a word of counters (`Stats::counts`), which the caller reads first.
fn is_counter_row(l: &[u8], words: u32) -> bool {
    if !(3..=COUNTER_ROW_MAX_WORDS).contains(&words) {
        return false;
    }
    let (mut counters, mut others) = (0, 0);
    let seps = for_each_separator_item(l, |item| {
        let w = count_words(item);
        if w == 0 {
            return;
        }
        let first = item.trim_ascii_start();
        let first = &first[..first.iter().position(|&b| b == b' ').unwrap_or(first.len())];
        // How the list is sorted, or a thread's last post's age beside its counts ("último
        // mensaje hace 4 días"), goes with the counters.
        let sorts = || SORT_WORDS.iter().any(|s| first.eq_ignore_ascii_case(s.as_bytes()));
        let age = || w <= RELATIVE_ITEM_MAX_WORDS && ends_with_relative_time(item);
        if is_counter(item, w) || is_rating(item, w) {
            counters += 1;
        } else if !(sorts() || age()) {
            others += 1;
        }
    });
    seps > 0 && counters > 0 && others == 0
}

/// Most words of a poster's row (see [`is_poster_row`]).
const POSTER_ROW_MAX_WORDS: u32 = 11;
/// Most words of one of its items that is no count: a name, a rank, a place.
const POSTER_ITEM_MAX_WORDS: usize = 3;
/// Most items of a poster's row.
const POSTER_ROW_MAX_ITEMS: usize = 4;
/// Words that count a poster's posts, lowercase.
const POST_COUNT_WORDS: [&str; 8] = [
    "posts",
    "beiträge",
    "messages",
    "mensajes",
    "nachrichten",
    "contributions",
    "aportes",
    "publicaciones",
];
/// The blanked separators and dashes that split a poster's row.
const POSTER_ROW_SEPARATORS: [&str; 6] = [" – ", " — ", " - ", " · ", " | ", " • "];

/// The row a forum prints under a poster's name: the name perhaps, a rank, the count of
/// posts and perhaps a place, split by blanked dashes or separators ("Stimmer_Ralf –
/// Moderator – 2.870 Beiträge", "Hero Member – 2,317 posts", "gwen_et_yann – Nouveau
/// membre – 7 messages"). One item is the count, a number and a word for posts and nothing
/// else; the others, one to three of them, are one to three words without a bare number, and
/// no item ends a sentence. A line of one other word is a counter already ([`is_counter`]).
fn is_poster_row(l: &[u8], words: u32) -> bool {
    if !(3..=POSTER_ROW_MAX_WORDS).contains(&words) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l.trim_ascii()) else {
        return false;
    };
    // A number, perhaps with its thousands marked: "2.870", "2,317".
    let figure = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    let (mut items, mut counts, mut fits) = (0, 0, true);
    let mut rest = s;
    while fits && !rest.is_empty() {
        let (item, next) = match POSTER_ROW_SEPARATORS
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
            .min()
        {
            Some((i, n)) => (&rest[..i], &rest[i + n..]),
            None => (rest, ""),
        };
        rest = next;
        items += 1;
        let mut buf = [""; POSTER_ITEM_MAX_WORDS + 1];
        let Some(w) = words_up_to(item, &mut buf) else {
            fits = false;
            break;
        };
        match w {
            [] => fits = false,
            // "3 184 messages": the count's groups are words of their own.
            [n @ .., last] if !n.is_empty() && n.len() <= 2 && n.iter().all(|w| figure(w)) => {
                counts += 1;
                fits &= POST_COUNT_WORDS
                    .iter()
                    .any(|c| last.chars().flat_map(char::to_lowercase).eq(c.chars()));
            }
            _ => {
                fits &= w.len() <= POSTER_ITEM_MAX_WORDS
                    && !w.iter().any(|w| figure(w))
                    && !last_visible_char(item.as_bytes()).is_some_and(|c| is_sentence_end(c) || c == ':');
            }
        }
    }
    fits && counts == 1 && (2..=POSTER_ROW_MAX_ITEMS).contains(&items)
}

/// Most words of a line that [`is_issue_stamp`] reads.
const ISSUE_STAMP_MAX_WORDS: u32 = 10;
/// Fewest digits of an issue's stamp: its number and a year of four.
const ISSUE_STAMP_MIN_DIGITS: u32 = 5;

/// Words that label an issue's number, lowercase, their dot included.
const ISSUE_LABELS: [&str; 10] = [
    "ausgabe", "nr.", "heft", "issue", "no.", "n°", "numéro", "número", "edición", "edition",
];

/// Longest label of [`ISSUE_LABELS`], in bytes ("numéro").
const ISSUE_LABEL_MAX_BYTES: usize = 8;

/// A print issue's stamp: an issue's label, its number and its year after a slash, in a short
/// line with no sentence's end ("Ausgabe 5/2024 · Rubrik Europa", "DIE ZEITLUPE Nr. 47/2024,
/// 14. November 2024", "Aus Heft 3/2024"). A story's reprint says where it ran in a sentence.
fn is_issue_stamp(l: &[u8]) -> bool {
    if last_visible_char(l).is_some_and(is_sentence_end) {
        return false;
    }
    memchr::memchr_iter(b'/', l).any(|p| {
        // The year: four digits, 19xx or 20xx, after the slash and perhaps a blank.
        let y = skip_blanks(l, p + 1);
        let year = l
            .get(y..y + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit) && (d.starts_with(b"19") || d.starts_with(b"20")))
            && !l.get(y + 4).is_some_and(u8::is_ascii_digit);
        // The number: one to three digits before the slash, perhaps a blank between.
        let e = skip_blanks_back(l, p);
        let mut n = e;
        while n > 0 && e - n < 3 && l[n - 1].is_ascii_digit() {
            n -= 1;
        }
        if !year || n == e || n > 0 && l[n - 1].is_ascii_digit() {
            return false;
        }
        // The label: the word right before the number, looked for no further back than the
        // longest label reaches (a long run of slashes and digits is read in linear time).
        let w_end = skip_blanks_back(l, n);
        let from = w_end.saturating_sub(ISSUE_LABEL_MAX_BYTES + 1);
        let w_start = match l[from..w_end].iter().rposition(|&b| b == b' ') {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => return false,
        };
        std::str::from_utf8(&l[w_start..w_end]).is_ok_and(|w| word_in(w, &ISSUE_LABELS))
    })
}

/// Most words of a weather widget's line (see [`is_weather_row`]).
const WEATHER_ROW_MAX_WORDS: u32 = 16;

/// Words of a forecast and of a weather widget's label, lowercase; none that a recipe's oven
/// line also uses ("bedeckt", "à couvert"), nor "tiempo" (a time) and "clear".
const WEATHER_WORDS: [&str; 40] = [
    "wetter",
    "sonnig",
    "heiter",
    "bewölkt",
    "wolkig",
    "regen",
    "regenschauer",
    "schauer",
    "gewitter",
    "schneefall",
    "nebel",
    "weather",
    "sunny",
    "cloudy",
    "overcast",
    "showers",
    "rain",
    "snow",
    "fog",
    "thunderstorms",
    "météo",
    "ensoleillé",
    "nuageux",
    "averses",
    "pluie",
    "brouillard",
    "orages",
    "soleado",
    "nublado",
    "despejado",
    "lluvia",
    "lluvias",
    "chubascos",
    "niebla",
    "tormentas",
    "meteo",
    "neige",
    "nieve",
    "schnee",
    "sonne",
];

/// A weather widget's line: a temperature ("19 °C", "22°") and a word of the forecast or the
/// widget's label, and no sentence's end ("Wetter Friedberg: 19 °C, leicht bewölkt", "Zürich
/// 22° leicht bewölkt", "Météo Mont-Bellerive : -14 °C, neige légère"). A recipe's oven
/// heat names no weather; a weather report says it in sentences.
fn is_weather_row(l: &[u8]) -> bool {
    // "°" is 0xC2 0xB0, after a digit and perhaps a blank.
    let degrees = memchr::memchr_iter(0xB0, l).any(|p| {
        let d = skip_blanks_back(l, p.saturating_sub(1));
        p > 0 && l[p - 1] == 0xC2 && d > 0 && l[d - 1].is_ascii_digit()
    });
    if !degrees || matches!(last_visible_char(l), Some('.' | '!' | '?')) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else { return false };
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .any(|w| word_in(w, &WEATHER_WORDS))
}

/// Most words of a row of quotes (see [`is_ticker_row`]), and of the name of one quote.
const TICKER_ROW_MAX_WORDS: u32 = 32;
const TICKER_NAME_WORDS: usize = 3;

/// A ticker's row of quotes: two or more, each a name (an index, a currency pair, a
/// commodity), a price and perhaps its change, one change at least signed and in percent,
/// separators or not between them: "ATX 2.641,15 +0,82% | DAX 6.605,24 +0,31% | EUR/USD
/// 1,3946", "DAX 18.412,30 +0,42 % MDAX 26.118,05 −0,15 % Gold 2.318 $", "BÖRSE: ATX
/// 2.045,31 (+0,84 %)". A table of results names no signed percentage. Judged on the lines
/// the line model kept.
fn is_ticker_row(l: &[u8], words: u32) -> bool {
    if !(4..=TICKER_ROW_MAX_WORDS).contains(&words) || memchr::memchr(b'%', l).is_none() {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    let tokens: Vec<&str> = s
        .split_whitespace()
        .map(|t| t.trim_matches(['(', ')']))
        .filter(|t| !t.is_empty() && !is_separator_word(t))
        .collect();
    let number = |t: &str| {
        let t = t.trim_start_matches(['+', '-', '−', '±']).trim_end_matches('%');
        !t.is_empty()
            && t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | '’'))
    };
    let signed = |t: &str| t.starts_with(['+', '-', '−', '±']) && number(t);
    let name = |t: &str| t.chars().any(char::is_alphabetic) && !t.chars().any(|c| c.is_ascii_digit());
    let (mut i, mut quotes, mut changes) = (0, 0, 0);
    while i < tokens.len() {
        let names = tokens[i..].iter().take_while(|t| name(t)).count();
        if !(1..=TICKER_NAME_WORDS).contains(&names) {
            return false;
        }
        i += names;
        // The price.
        if !tokens.get(i).is_some_and(|t| number(t) && !signed(t)) {
            return false;
        }
        i += 1;
        // Its change, in percent ("+0,82%", "−0,15 %"), or its currency or unit.
        if let Some(t) = tokens.get(i).filter(|t| signed(t)) {
            let pct = t.ends_with('%') || tokens.get(i + 1) == Some(&"%");
            changes += usize::from(pct);
            i += 1 + usize::from(tokens.get(i + 1) == Some(&"%"));
        }
        if tokens
            .get(i)
            .is_some_and(|t| matches!(*t, "$" | "€" | "£" | "%" | "Pkt." | "Punkte" | "pts"))
        {
            i += 1;
        }
        quotes += 1;
    }
    quotes >= 2 && changes >= 1
}

/// Words between the two ends of a list's range and its total: "1 - 12 of 148", "1–7 von
/// 236", "1 à 10 sur 45", "1 - 10 de 30".
const RANGE_TOTAL_WORDS: [&str; 5] = ["of", "von", "aus", "sur", "de"];

/// Most words of a row that a result range opens (see [`is_result_range_row`]), and of each
/// of its other items.
const RESULT_RANGE_ROW_MAX_WORDS: u32 = 24;
const RESULT_RANGE_ITEM_MAX_WORDS: u32 = 4;
/// Most bytes before a result range's first number.
const RESULT_RANGE_LEAD_BYTES: usize = 32;

/// A list's range of results and its total, a word or two before them, opening a row whose
/// other items are short (how it is sorted, which page): "Ads 1 - 12 of 148 | Sort by:
/// Newest first | Price: low to high", "Einträge 1–7 von 236 | Seite 1 von 34", "Résultats 1
/// à 10 sur 45". Judged on the lines the line model kept.
fn is_result_range_row(l: &[u8], words: u32) -> bool {
    // Cheap first: a digit after one or two words and their blanks, near the line's start.
    let lead = l.trim_ascii_start();
    if !lead.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let Some(d) = lead[..lead.len().min(RESULT_RANGE_LEAD_BYTES)]
        .iter()
        .position(u8::is_ascii_digit)
    else {
        return false;
    };
    if words > RESULT_RANGE_ROW_MAX_WORDS || d == 0 || !(1..=2).contains(&memchr::memchr_iter(b' ', &lead[..d]).count())
    {
        return false;
    }
    // And a dash or a joining word right after that number: "1 - 12", "1–7", "1 à 10".
    let after = &lead[d + lead[d..].iter().take_while(|b| b.is_ascii_digit()).count()..];
    let after = after.trim_ascii_start();
    if !(after.starts_with(b"-")
        || after.starts_with("–".as_bytes())
        || [&b"a "[..], "à ".as_bytes(), b"bis ", b"to "]
            .iter()
            .any(|w| after.starts_with(w)))
    {
        return false;
    }
    let (mut items, mut ok) = (0, true);
    for_each_separator_item(l, |item| {
        items += 1;
        if items == 1 {
            ok &= is_result_range(item);
        } else {
            ok &= count_words_max(item, RESULT_RANGE_ITEM_MAX_WORDS + 1) <= RESULT_RANGE_ITEM_MAX_WORDS
                && !last_visible_char(item).is_some_and(is_sentence_end);
        }
    });
    ok && items >= 1
}

/// One or two words, then a range of numbers and its total, and at most a word after: "Ads
/// 1 - 12 of 148", "Einträge 1–7 von 236", "Résultats 1 à 10 sur 45", "Mostrando 1 - 10 de
/// 30".
fn is_result_range(item: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(item) else {
        return false;
    };
    // Words, with a dash between two numbers ("1–7") a word of its own.
    let mut ws: Vec<&str> = Vec::new();
    for w in s.split_whitespace() {
        match w.find(['–', '-']) {
            Some(d) if d > 0 => {
                let n = w[d..].chars().next().map_or(1, char::len_utf8);
                ws.extend(
                    [&w[..d], &w[d..d + n], &w[d + n..]]
                        .into_iter()
                        .filter(|x| !x.is_empty()),
                );
            }
            _ => ws.push(w),
        }
    }
    let num = |w: &str| (1..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    let word = |w: &str| w.chars().all(char::is_alphabetic);
    let Some(first) = ws.iter().position(|w| num(w)) else {
        return false;
    };
    if !(1..=2).contains(&first) || !ws[..first].iter().all(|w| word(w)) {
        return false;
    }
    match &ws[first..] {
        [lo, to, hi, of, total, rest @ ..] => {
            num(lo)
                && matches!(*to, "-" | "–" | "à" | "a" | "bis" | "to")
                && num(hi)
                && RANGE_TOTAL_WORDS.contains(of)
                && num(total)
                && rest.len() <= 1
                && rest.iter().all(|w| word(w))
        }
        _ => false,
    }
}

/// Words that open a post's line of data, and words of its comment counter.
const POST_WORDS: [&str; 9] = [
    "posted",
    "published",
    "gepostet",
    "veröffentlicht",
    "geschrieben",
    "publié",
    "publiée",
    "publicado",
    "publicada",
];
const COMMENT_WORDS: [&str; 8] = [
    "comment",
    "comments",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
];
/// Most words of a post's line of data (see [`is_post_meta`]).
const POST_META_MAX_WORDS: u32 = 30;

/// A post's line of data under its title: when, by whom and where it was posted, and how
/// many comments it has, the counter last and after a separator ("Veröffentlicht am 22.
/// April 2024 von Jana · 14 Kommentare", "Publié par Camille · 3 février 2024 · 23
/// commentaires", "Posted in Tool Restoration | Tagged: hand planes | 12 Comments"), or its
/// date alone before the counter ("29. September 2024 · 41 Kommentare").
fn is_post_meta(l: &[u8], words: u32) -> bool {
    if words > POST_META_MAX_WORDS {
        return false;
    }
    // Cheap first: the last word names comments.
    let t = l.trim_ascii_end();
    let last = &t[t.iter().rposition(|&b| b == b' ').map_or(0, |i| i + 1)..];
    if !COMMENT_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w.as_bytes())) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else { return false };
    let ws: Vec<&str> = s.split_whitespace().collect();
    // The counter stands after a separator, as an item of the line's data (its last word, a
    // comment word, was matched above).
    let [first, .., sep, count, _] = ws.as_slice() else {
        return false;
    };
    let lower = |w: &str| lower_word(w, &[]);
    // Or a date alone before the counter: "29. September 2024 · 41 Kommentare".
    let dated = || {
        let head = &s[..sep.as_ptr() as usize - s.as_ptr() as usize];
        has_year(head.as_bytes()) && is_dateline(head.trim_end().as_bytes())
    };
    matches!(*sep, "·" | "|" | "•" | "–" | "-" | "/")
        && !count.is_empty()
        && count.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && (POST_WORDS.contains(&lower(first).as_str()) || dated())
}

/// Most words of a post's header (see [`is_post_header`]), and of the name that opens it.
const POST_HEADER_MAX_WORDS: u32 = 10;
const POST_HEADER_NAME_WORDS: usize = 3;

/// A post's header as a forum stamps it: who wrote it, a separator, and when, to the odd
/// minute, with the year, and nothing else ("Gartenwichtel_Tulln · 12. Juli 2024, 18:22",
/// "FolioQuarto · 03/03/2026 19:53", "Hanfstroh-Bauer » 13.07.2024 08:12"). The name is one
/// to [`POST_HEADER_NAME_WORDS`] words of letters and digits (a handle may have `_`, `-` or
/// `.` in it). A time no schedule would pick (see [`has_odd_minutes`]) tells a stamp from an
/// event's venue and day ("Stadthalle Winterthur · 12. Juli 2025, 19:30"). Judged on the
/// lines the line model kept.
fn is_post_header(l: &[u8], words: u32) -> bool {
    if words > POST_HEADER_MAX_WORDS || !has_odd_minutes(l) {
        return false;
    }
    let t = l.trim_ascii();
    let Some((head, tail)) = split_at_separator(t, &[" · ", " » ", " | "], false) else {
        return false;
    };
    let Ok(head) = std::str::from_utf8(head) else {
        return false;
    };
    let name_word = |w: &str| {
        w.chars().next().is_some_and(char::is_alphabetic)
            && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
    };
    let n = head.split_whitespace().count();
    (1..=POST_HEADER_NAME_WORDS).contains(&n)
        && head.split_whitespace().all(name_word)
        && has_year(tail)
        && (is_numeric_stamp(tail) || is_dateline(tail))
}

/// Most words of a post's stamp behind its icon's text (see [`is_icon_stamp`]).
const ICON_STAMP_MAX_WORDS: u32 = 7;

/// A post's stamp as board software writes it after the text of the post's icon ("Alt" in
/// German, "Old" in English): "Alt 12.10.2008, 21:37", "Old 10-12-2008, 09:37 PM". A date in
/// digits, a time of day after it, "AM" or "PM" after that or not.
fn is_icon_stamp(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let Some(rest) = t.strip_prefix(b"Alt ").or_else(|| t.strip_prefix(b"Old ")) else {
        return false;
    };
    let rest = rest.trim_ascii();
    let rest = [b" AM".as_slice(), b" PM"]
        .iter()
        .find_map(|x| rest.strip_suffix(*x))
        .unwrap_or(rest);
    // English boards write the day first with dashes ("10-12-2008"), which
    // [`is_numeric_date`] reads as a year first only.
    let dashed_day_first = |w: &str| {
        let mut p = w.split('-');
        matches!(
            (p.next(), p.next(), p.next(), p.next()),
            (Some(d), Some(m), Some(y), None)
                if digits_of_len(d, 1..=2) && digits_of_len(m, 1..=2) && digits_of_len(y, 4..=4)
        )
    };
    let Ok(s) = std::str::from_utf8(rest) else { return false };
    let mut words = s.split_whitespace();
    let date = words.next().map(|w| w.trim_end_matches(','));
    date.is_some_and(|d| is_numeric_date(d) || dashed_day_first(d))
        && words.next().is_some_and(is_clock_word)
        && words.next().is_none()
}

/// Most words of a comment's header (see [`is_wrote_header`]), and of the name in it.
const WROTE_HEADER_MAX_WORDS: u32 = 16;
const WROTE_HEADER_NAME_WORDS: usize = 4;

/// Verbs with which a comment's header says who wrote it, lowercase ("a écrit" is read by its
/// second word).
const WROTE_VERBS: [&str; 17] = [
    "wrote",
    "said",
    "says",
    "commented",
    "schrieb",
    "sagte",
    "meinte",
    "antwortete",
    "kommentierte",
    "écrit",
    "dit",
    "commenté",
    "escribió",
    "dijo",
    "comentó",
    "respondió",
    "opinó",
];

/// A comment's header: its number perhaps, a name of one to [`WROTE_HEADER_NAME_WORDS`]
/// words, a verb of writing or saying ([`WROTE_VERBS`]), and the day with its year and time,
/// the line ending in a colon or the time ("Waldläufer62 schrieb am 17.03.2009 um 09:47 Uhr:",
/// "Hefe-Heidi sagte am 11.03.2009 um 22:30:", "bonesly wrote: Sat Feb 24, 2024 5:30 pm",
/// "Lucie a écrit le 3 mars 2009 à 14:12 :"). A report of what someone said names no
/// clock time with its year. Judged on the lines the line model kept.
fn is_wrote_header(l: &[u8], words: u32) -> bool {
    if words > WROTE_HEADER_MAX_WORDS || !has_clock_time(l) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l.trim_ascii()) else {
        return false;
    };
    let mut ws: Vec<&str> = s.split_whitespace().collect();
    // A comment's number and a separator may lead: "#29 · Dr. K. Lindner schrieb am …".
    if ws.len() > 2
        && ws[0].starts_with('#')
        && ws[0][1..].bytes().all(|b| b.is_ascii_digit())
        && is_separator_word(ws[1])
    {
        ws.drain(..2);
    }
    let name_word = |w: &str| {
        w.chars().next().is_some_and(char::is_alphanumeric)
            && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
    };
    // The verb, after one to four words of the name (and "a" before "écrit").
    let Some(v) = (1..ws.len().min(WROTE_HEADER_NAME_WORDS + 2))
        .find(|&v| word_in(ws[v].strip_suffix(':').unwrap_or(ws[v]), &WROTE_VERBS))
    else {
        return false;
    };
    let name = &ws[..v];
    let name = match name {
        [rest @ .., "a"] if !rest.is_empty() => rest,
        _ => name,
    };
    let tail = &s[ws[v].as_ptr() as usize - s.as_ptr() as usize..];
    // The header ends with a colon, or with the time: "… um 11:46 Uhr" (a post's words may
    // follow a stamp on its line: "kabu wrote: 12. Sep 2024, 08:42 Created a bug report").
    let last = ws[ws.len() - 1];
    let time_last = has_clock_time(last.as_bytes())
        || ws.len() >= 2 && has_clock_time(ws[ws.len() - 2].as_bytes()) && word_in(last, &["uhr", "h", "am", "pm"]);
    name.len() <= WROTE_HEADER_NAME_WORDS
        && name.iter().all(|w| name_word(w))
        && (s.ends_with(':') || time_last)
        && has_year(tail.as_bytes())
}

/// Whether `w` is a separator on its own between a line's items: "·", "|", "-", "–", "»".
fn is_separator_word(w: &str) -> bool {
    matches!(w, "·" | "|" | "-" | "–" | "—" | "»" | "•")
}

/// Most words of a row of facets (see [`is_facet_row`]), and of one facet's name.
const FACET_ROW_MAX_WORDS: u32 = 16;
const FACET_MAX_WORDS: u32 = 4;

/// A row of a search's facets, each a name and its count in brackets, and nothing else:
/// "Benzin (41) Diesel (38) Hybrid (8)", "Balkon/Terrasse (64) Einbauküche (71)", "Gasolina
/// (48) Diésel (11) GLP (5)". Two facets at least.
fn is_facet_row(l: &[u8], words: u32) -> bool {
    if !(2..=FACET_ROW_MAX_WORDS).contains(&words) {
        return false;
    }
    let (mut facets, mut rest) = (0, l);
    while let Some(open) = memchr::memchr(b'(', rest) {
        let name = &rest[..open];
        // A blank before the count: "awk(1), sed(1)" names manual pages.
        let spaced = name.last() == Some(&b' ');
        let Some(count) = bracketed_count(&rest[open..]) else {
            return false;
        };
        if !spaced
            || !(1..=FACET_MAX_WORDS).contains(&count_words_max(name, FACET_MAX_WORDS + 1))
            || name.iter().any(|&b| b.is_ascii_digit() || b == b',')
        {
            return false;
        }
        facets += 1;
        rest = &rest[open + count..];
    }
    facets >= 2 && !has_alnum(rest)
}

/// The heads of data blocks: the short line ([`DATA_HEAD_MAX_WORDS`] words at most) right
/// above a run of lines that `data` marks (a list of quantities, the rows of a fact box), as
/// "Für die Streusel:" above "200 g Mehl", or "Technische Daten" above "Gewicht: 2,4 kg".
/// `nb` holds the indices of the non-blank lines.
fn data_heads(lines: &[Line], nb: &[usize], data: impl Fn(usize) -> bool) -> Vec<bool> {
    let mut heads = vec![false; lines.len()];
    for pair in nb.windows(2) {
        let (p, i) = (pair[0], pair[1]);
        if data(i) && !data(p) && lines[p].class == Class::Short && lines[p].stats.words <= DATA_HEAD_MAX_WORDS {
            heads[p] = true;
        }
    }
    heads
}

/// Longest head of a data block, in words (see [`data_heads`]).
const DATA_HEAD_MAX_WORDS: u32 = 8;

/// The lines the line model judges with care, from the classes the earlier passes left:
/// headings, the items of a list that prose introduces and the title under a breadcrumb
/// (first), and islands with whether the page is a list of items (second).
/// A heading is a short line of a few words right above prose, or of one to three words
/// alone between two prose lines (blank lines, and bylines, dates or credits already cut,
/// may stand between).
fn protections(inner: &Inner, text: &[u8], lines: &[Line]) -> (Vec<bool>, (Vec<bool>, bool)) {
    let mut heading = vec![false; lines.len()];
    let mut next_is_content = false;
    for i in (0..lines.len()).rev() {
        match lines[i].class {
            Class::Blank | Class::Cut => continue,
            Class::Short => heading[i] = next_is_content && lines[i].stats.words >= HEADING_MIN_WORDS,
            Class::Content => {}
        }
        next_is_content = lines[i].class == Class::Content;
    }
    let mut prev_is_content = false;
    let mut pending: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        match line.class {
            Class::Blank | Class::Cut => continue,
            Class::Short => {
                pending = (prev_is_content && line.stats.words <= SANDWICH_MAX_WORDS).then_some(i);
            }
            Class::Content => {
                if let Some(h) = pending.take() {
                    heading[h] = true;
                }
            }
        }
        prev_is_content = line.class == Class::Content;
    }
    mark_colon_lists(lines, &mut heading);
    mark_titles_after_paths(text, lines, &mut heading);
    let category = |l: &Line| cut_category(inner, l.why);
    // A page of items is told by its runs with navigation links and bylines passed over
    // ("Read more" after each item, "By Jane Doe" under each title); any other page keeps
    // them as block ends.
    let (island, listing) = islands(lines, |l| opens_block(category(l), true));
    if listing {
        return (heading, (island, true));
    }
    (heading, (islands(lines, |l| opens_block(category(l), false)).0, false))
}

/// The line right after a breadcrumb (a path cut as a row of separators that point one way:
/// `Startseite › Jobs › Pflege`, blank lines between passed over) is the page's title when it
/// is short and no earlier pass cut it: `keep[i]` is set, as for a heading. The title of a
/// listing or a shop's page stands above no prose, so the heading rule alone misses it.
fn mark_titles_after_paths(text: &[u8], lines: &[Line], keep: &mut [bool]) {
    let mut after_path = false;
    for (i, line) in lines.iter().enumerate() {
        if line.class == Class::Blank {
            continue;
        }
        if after_path && line.class == Class::Short && line.stats.words <= TITLE_MAX_WORDS {
            keep[i] = true;
        }
        after_path = line.class == Class::Cut
            && line.why == Why::Rule(Rule::Separators, Category::Nav)
            && is_path_row(&text[line.start..line.end], true);
    }
}

/// Longest line (in words) that [`mark_titles_after_paths`] takes for a page's title.
const TITLE_MAX_WORDS: u32 = 12;

/// A list that prose introduces with a colon ("The editor allows:" then "- Drag and drop",
/// "- No coding needed") is the article's: its bulleted items, and the introducing line
/// when it is short, are marked (`keep[i]` is set): the line model cuts them only at
/// [`HEADING_MARGIN`], and patterns as anywhere. The introducing line must end with a colon
/// and be prose, or follow prose (blank lines and cut lines between are passed over); the
/// list is the bulleted lines right after it (blank and cut lines between passed over too,
/// as a second pass would not see them). A menu's items are bulleted too, but nothing
/// introduces them.
fn mark_colon_lists(lines: &[Line], keep: &mut [bool]) {
    let mut prev_is_content = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if matches!(line.class, Class::Blank | Class::Cut) {
            i += 1;
            continue;
        }
        let intro = line.stats.ends_colon && (line.class == Class::Content || prev_is_content);
        prev_is_content = line.class == Class::Content;
        i += 1;
        if !intro {
            continue;
        }
        let at = i - 1;
        let mut items = 0;
        while i < lines.len()
            && (matches!(lines[i].class, Class::Blank | Class::Cut)
                || lines[i].class == Class::Short && lines[i].stats.bullet)
        {
            if lines[i].class == Class::Short {
                keep[i] = true;
                items += 1;
            }
            i += 1;
        }
        if items > 0 {
            keep[at] |= lines[at].class == Class::Short;
            // The list's last item is no prose: the next line does not follow prose.
            prev_is_content = false;
        }
    }
}

/// How each line reads with a neighbour (the nearest non-blank line before or after) as one
/// sentence that a line break cuts in two, as extraction does at a link or an inline code
/// span (`Stops processing the current set of` / `ngx_http_rewrite_module directives`): the
/// earlier of the two ends without a sentence end or a colon and the later starts with a
/// lowercase letter. [`Joined::Prose`] when the other piece is prose (the line is part of a
/// paragraph: the line model leaves it alone), [`Joined::Short`] when it is a short line
/// too (cut only on stronger evidence, [`JOINED_MARGIN`]). Menu items and headings stand
/// whole.
fn joined(lines: &[Line], nb: &[usize]) -> Vec<Joined> {
    let mut joined = vec![Joined::No; lines.len()];
    for pair in nb.windows(2) {
        let (p, i) = (pair[0], pair[1]);
        if pieces(lines, p, i) {
            for (x, other) in [(p, i), (i, p)] {
                let with = if lines[other].class == Class::Content {
                    Joined::Prose
                } else {
                    Joined::Short
                };
                joined[x] = joined[x].max(with);
            }
        }
    }
    joined
}

/// Whether `l` holds a separator of a row of links: `|`, `»`, `›`, `·` or `•`.
fn has_separator(l: &[u8]) -> bool {
    memchr::memchr(b'|', l).is_some()
        || ["»", "›", "·", "•"]
            .iter()
            .any(|s| memchr::memmem::find(l, s.as_bytes()).is_some())
}

/// Whether line `p` and the next non-blank line `i` read as one sentence cut in two (see
/// [`joined`]).
fn pieces(lines: &[Line], p: usize, i: usize) -> bool {
    let a = &lines[p].stats;
    !a.ends_sentence && !a.ends_colon && lines[i].stats.starts_lower
}

/// The names of the items of a shop or a listing: a short line of two words or more with a
/// price on one of the next two non-blank lines, which is short too ("Orndorff Sofa" above
/// "$152.93", "Handkaffeemühle K2" above "49,90 € inkl. MwSt."). A menu item has no price
/// under it: the line model leaves these lines alone.
/// `prices` is [`price_lines`]'s answer.
fn priced(text: &[u8], lines: &[Line], nb: &[usize], prices: &[bool]) -> Vec<bool> {
    let mut priced = vec![false; lines.len()];
    for (k, &i) in nb.iter().enumerate() {
        let l = &lines[i];
        if l.class != Class::Short || l.stats.words < 2 {
            continue;
        }
        let own_price = prices[i] || l.stats.words > PRICE_LINE_MAX_WORDS && has_price(&text[l.start..l.end]);
        priced[i] = !own_price && nb[k + 1..].iter().take(2).any(|&j| prices[j]);
    }
    priced
}

/// Lines of at most [`PRICE_LINE_MAX_WORDS`] words that state a price: "429,00 € inkl.
/// MwSt.", "Our price: £89.00", "$19.95". Short ones of them (at most
/// [`PRICE_ONLY_MAX_WORDS`]) get [`PRICE_MARGIN`]; [`priced`] reads the names above them.
fn price_lines(text: &[u8], lines: &[Line]) -> Vec<bool> {
    lines
        .iter()
        .map(|l| l.stats.words <= PRICE_LINE_MAX_WORDS && l.stats.digits > 0 && has_price(&text[l.start..l.end]))
        .collect()
}

/// Longest line (in words) that gets [`PRICE_MARGIN`] for its price.
const PRICE_ONLY_MAX_WORDS: u32 = 8;

/// The lines of a list of quantities: three or more short lines in a row (blank lines
/// aside) that each open with an amount and go on with words: an ingredient list ("2 EL
/// Mehl", "1 Würfel frische Hefe", "200 g de farine"), a box's contents ("1 Akku 18 V"),
/// figures of a fact box ("12 Stockwerke"). Not ordinals ("1. Bundesliga", a menu's) and
/// not bare numbers (a pager's).
fn quantity_lists(text: &[u8], lines: &[Line], nb: &[usize]) -> Vec<bool> {
    let amount = |l: &Line| {
        if l.class != Class::Short || l.stats.digits == 0 {
            return false;
        }
        let t = &text[l.start..l.end];
        let f = first_alnum(t);
        let digits = t[f..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'/'))
            .count();
        l.stats.words <= QUANTITY_MAX_WORDS
            && l.stats.alnum > l.stats.digits
            && digits > 0
            && t.get(f + digits) != Some(&b'.')
    };
    marked_runs(lines, nb, amount, |run| run.len() >= QUANTITY_RUN)
}

/// The rows of a fact box or a spec table: two or more short lines in a row (blank lines
/// aside) that each name a label of a few words, then a colon and its value ("Gewicht: 1,2
/// kg", "Kosten: rund 2,1 Millionen Euro", "Delivery: 30 hours, self-paced").
fn label_rows(text: &[u8], lines: &[Line], nb: &[usize]) -> Vec<bool> {
    let labeled = |l: &Line| {
        // `punct` counts colons among the rest.
        if l.class != Class::Short || l.stats.words > LABEL_ROW_MAX_WORDS || l.stats.punct == 0 {
            return false;
        }
        let t = &text[l.start..l.end];
        let Some(colon) = memchr::memchr(b':', t) else {
            return false;
        };
        let f = first_alnum(t);
        if f >= colon {
            return false;
        }
        let label = &t[f..colon];
        let label_words = blank_separated_words(label);
        t[f].is_ascii_alphabetic() | (t[f] >= 0xC0)
            && (1..=LABEL_MAX_WORDS).contains(&label_words)
            && !label.iter().any(u8::is_ascii_digit)
            && t.get(colon + 1).is_some_and(|&b| b == b' ' || b == b'\t')
            && has_alnum(&t[colon + 1..])
    };
    // Figures in half the rows at least: a spec table or a fact box, not a list of teasers
    // ("Bahnstreik: Was Reisende jetzt wissen müssen").
    marked_runs(lines, nb, labeled, |run| {
        let figures = run.iter().filter(|&&i| lines[i].stats.digits > 0).count();
        run.len() >= LABEL_RUN && 2 * figures >= run.len()
    })
}

/// Fewest lines in a row that make a fact box.
const LABEL_RUN: usize = 2;
/// Longest row (in words) of a fact box, and longest label.
const LABEL_ROW_MAX_WORDS: u32 = 12;
const LABEL_MAX_WORDS: usize = 4;

/// Marks the lines of each run of non-blank lines in a row (blank lines aside) that `member`
/// accepts, when `accept` takes the run (the indices of its lines); `nb` holds the indices of
/// the non-blank lines.
fn marked_runs(
    lines: &[Line],
    nb: &[usize],
    member: impl Fn(&Line) -> bool,
    accept: impl Fn(&[usize]) -> bool,
) -> Vec<bool> {
    let mut marked = vec![false; lines.len()];
    let mut k = 0;
    while k < nb.len() {
        let run = &nb[k..k + nb[k..].iter().take_while(|&&i| member(&lines[i])).count()];
        if !run.is_empty() && accept(run) {
            for &i in run {
                marked[i] = true;
            }
        }
        k += run.len().max(1);
    }
    marked
}

/// Fewest lines in a row that make a list of quantities.
const QUANTITY_RUN: usize = 3;
/// Longest line (in words) of a list of quantities: abbreviated measures count as words
/// ("3 c. à s. de vinaigre de vin rouge" is nine).
const QUANTITY_MAX_WORDS: u32 = 10;

/// Longest line (in words) that `priced` reads as an item's price.
const PRICE_LINE_MAX_WORDS: u32 = 12;

/// See [`joined`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Joined {
    No,
    Short,
    Prose,
}

/// On a page of items, a row of short items split by separators right next to an item's
/// line (`Madrid · Contrato indefinido · Jornada completa` under a job's title) is one of the
/// item's facts, not a menu: the separators rule's cut is undone, and the line is judged as
/// the item's other lines are (`island` is set). `nb` holds the indices of the non-blank
/// lines.
fn restore_item_rows(lines: &mut [Line], nb: &[usize], island: &mut [bool]) {
    // Next to a line of an item as the earlier passes left them: a restored row makes no
    // other row an item's.
    let item = island.to_vec();
    for (k, &i) in nb.iter().enumerate() {
        let next_to_item = k > 0 && item[nb[k - 1]] || nb.get(k + 1).is_some_and(|&n| item[n]);
        if next_to_item && restore_separator_row(&mut lines[i]) {
            island[i] = true;
        }
    }
}

/// Undoes the separators rule's cut of `line`, if it has one, for the line model to judge
/// it; returns whether it did. A row where a pattern was turned down keeps its cut: with the
/// separators' cut taken back, that pattern would hold it (`Share on Facebook | Menu`), and a
/// second pass over the clean text would cut it by pattern.
fn restore_separator_row(line: &mut Line) -> bool {
    let restore = restorable_row(line);
    if restore {
        line.class = Class::Short;
        line.why = NO_WHY;
    }
    restore
}

/// Whether the separators rule cut `line` whole, and no pattern was turned down on it (see
/// [`restore_separator_row`]): a cut that a later pass may take back.
fn restorable_row(line: &Line) -> bool {
    line.class == Class::Cut && line.why == Why::Rule(Rule::Separators, Category::Nav) && !line.retried
}

/// Longest line (in words) that [`cards`] takes for a card's button.
const CARD_BUTTON_MAX_WORDS: u32 = 4;
/// Fewest times a button must recur for [`cards`].
const CARD_BUTTONS: usize = 3;
/// Range of the usual number of lines (blank lines aside) between two buttons in [`cards`].
const CARD_LINES: std::ops::RangeInclusive<usize> = 2..=8;

/// The lines of a page's cards: items of a grid or a list, each a few short lines (a job's
/// title, employer, place and terms; a product's name and price) closed by the same short
/// line ("Merken", "Save", "Add to cart", "Voir l'offre") at a regular interval. A line
/// that recurs [`CARD_BUTTONS`] times or more, with about the same number of lines between
/// each recurrence and the next (within one of the usual number, which lies in
/// [`CARD_LINES`]), marks the lines between as cards, and that many lines before its first
/// regular recurrence as the first card. The line model cuts them only on stronger
/// evidence ([`CARD_MARGIN`]), and a row split by separators among them is an item's facts
/// (`Hamburg-Eimsbüttel · Teilzeit`), not a menu. `nb` holds the indices of the non-blank
/// lines.
fn cards(text: &[u8], lines: &[Line], nb: &[usize]) -> Vec<bool> {
    let mut card = vec![false; lines.len()];
    // Positions among the non-blank lines of each recurring short line, by its text's hash.
    let mut at: HashMap<u64, Vec<usize>, BuildHasherDefault<PreHashed>> = HashMap::default();
    for (k, &i) in nb.iter().enumerate() {
        let l = &lines[i];
        if l.repeats as usize >= CARD_BUTTONS && l.stats.words <= CARD_BUTTON_MAX_WORDS {
            at.entry(text_key(text, l)).or_default().push(k);
        }
    }
    for ks in at.values().filter(|ks| ks.len() >= CARD_BUTTONS) {
        let mut gaps: Vec<usize> = ks.windows(2).map(|w| w[1] - w[0] - 1).collect();
        gaps.sort_unstable();
        let usual = gaps[gaps.len() / 2];
        if !CARD_LINES.contains(&usual) {
            continue;
        }
        let regular: Vec<&[usize]> = ks
            .windows(2)
            .filter(|w| (w[1] - w[0] - 1).abs_diff(usual) <= 1)
            .collect();
        if regular.len() + 1 < CARD_BUTTONS {
            continue;
        }
        let first = regular[0][0];
        for k in (first.saturating_sub(usual)..first).chain(regular.iter().flat_map(|w| w[0] + 1..w[1])) {
            card[nb[k]] = true;
        }
    }
    card
}

/// Whether a line cut for `category` opens a block of the page's own (a related-links head,
/// a newsletter box, a share bar), which ends a run of [`islands`]. Ad markers sit inside
/// the flow of an article and do not; nor, on a page of items (`listing`), do navigation
/// links ("Read more", "Mehr erfahren" after each item) and bylines (a reading list's "By
/// Jane Doe" under each title). Elsewhere a navigation line ("Edit this page", "Next")
/// stands at the edge of the content, and a byline at the head of a block.
fn opens_block(category: Category, listing: bool) -> bool {
    match category {
        Category::Ad => false,
        Category::Nav | Category::Byline => !listing,
        _ => true,
    }
}

/// The short lines of each run that lies between two prose lines, with nothing but blank
/// lines between the run and the prose on either side: a short line between two content
/// paragraphs is usually content (a fact box, an ingredient list, a list of specs, the
/// title and place of a listed event), one between two menu items is not. The line model
/// cuts such a line only on stronger evidence ([`ISLAND_MARGIN`], [`LISTING_MARGIN`]). A
/// line cut by the earlier passes ends a run when `breaks` says so (see [`opens_block`]).
/// A page with [`LISTING_RUNS`] such runs or more and never two prose lines in a row is a
/// list of items, each a few short lines above one paragraph; the second value says so.
fn islands(lines: &[Line], breaks: impl Fn(&Line) -> bool) -> (Vec<bool>, bool) {
    let mut island = vec![false; lines.len()];
    let mut runs = 0;
    // Two prose lines in a row (blank lines aside) somewhere: an article, not a list.
    let mut prose_in_a_row = false;
    let mut prev_is_prose = false;
    let mut after_prose = false;
    let mut i = 0;
    while i < lines.len() {
        let class = lines[i].class;
        if class != Class::Blank {
            prose_in_a_row |= prev_is_prose && class == Class::Content;
            prev_is_prose = class == Class::Content;
        }
        match class {
            Class::Blank => {}
            Class::Cut if breaks(&lines[i]) => after_prose = false,
            Class::Cut => {}
            Class::Content => after_prose = true,
            Class::Short => {
                let start = i;
                while i < lines.len()
                    && (matches!(lines[i].class, Class::Short | Class::Blank)
                        || lines[i].class == Class::Cut && !breaks(&lines[i]))
                {
                    i += 1;
                }
                if after_prose && lines.get(i).is_some_and(|l| l.class == Class::Content) {
                    runs += 1;
                    for (flag, line) in island[start..i].iter_mut().zip(&lines[start..i]) {
                        *flag = line.class == Class::Short;
                    }
                }
                // `lines[i]` (prose, a cut line or the end) is read on the next turn.
                after_prose = false;
                prev_is_prose = false;
                continue;
            }
        }
        i += 1;
    }
    (island, runs >= LISTING_RUNS && !prose_in_a_row)
}

/// One aho-corasick pass over the text: whole-line and partial cuts. Returns the `line`,
/// `prefix` and `glued` matches it turned down, for `retry_whole_line_patterns` once every
/// other cut of their lines is known.
fn patterns_pass(
    inner: &Inner,
    text: &[u8],
    lines: &mut [Line],
    partial: &mut Vec<(usize, RawCut)>,
    credits: &mut Vec<DeferredCredit>,
    late: &mut Vec<Retry>,
) -> Vec<(usize, u32, usize, usize)> {
    let Some(ac) = &inner.ac else { return Vec::new() };
    let mut retry: Vec<(usize, u32, usize, usize)> = Vec::new();
    // This line's phrase spans that a later glued span may still split (indices in
    // `partial`), and where its last glued span ends.
    let mut open_phrases: Vec<usize> = Vec::new();
    let mut glued_end = 0;
    let mut li = 0;
    let mut cuts = LineCuts::default();
    let mut edges = None;
    let mut sentences = Sentences::default();
    let mut matches = ac.find_iter(text);
    // A match that a match turned down for its word bounds hid (see `hidden_match`).
    let mut hidden: Option<aho_corasick::Match> = None;
    // A late pattern's match whose shorter matches are tried first, and the end of its
    // line: what starts inside it is looked for once they are done.
    let mut late_span: Option<(aho_corasick::Match, usize)> = None;
    // A late pattern's match inside which a match was found, and the end of its line: once
    // that match is done, what starts after it inside the late one is looked for too ("Stack"
    // inside "Liam Stack contributed" does not hide "contributed reporting").
    let mut late_outer: Option<(aho_corasick::Match, usize)> = None;
    while let Some(m) = hidden
        .take()
        .or_else(|| next_inside(ac, text, &mut late_span))
        .or_else(|| next_inside(ac, text, &mut late_outer))
        .or_else(|| matches.next())
    {
        while lines[li].next <= m.start() {
            li += 1;
            cuts = LineCuts::default();
            edges = None;
            sentences = Sentences::default();
            open_phrases.clear();
            glued_end = 0;
        }
        let line = lines[li];
        if line.class == Class::Cut {
            continue;
        }
        let l = &text[line.start..line.end];
        let (a, b) = (m.start() - line.start, m.end() - line.start);
        if b > l.len() {
            continue;
        }
        let entries = &inner.ac_map[m.pattern().as_usize()];
        // A match inside an earlier cut is gone with it, and the cut keeps its reason; only a
        // glued marker may still split a phrase's sentence there.
        if cuts.covers(a, b)
            && entries
                .iter()
                .all(|&id| inner.table.patterns[id as usize].kind != Kind::Glued)
        {
            continue;
        }
        let a0 = cuts.stands_at(a);
        let bounded = |kind| word_bounded(l, a, b, kind) || a0 < a && word_bounded(l, a0, b, kind);
        // The first pattern of this text that stands on word bounds; the others are tried
        // from there.
        let Some(first) = entries
            .iter()
            .position(|&id| bounded(inner.table.patterns[id as usize].kind))
        else {
            // Off its word bounds, a late pattern hides the shorter ones that start where it
            // does as well as those that start inside it: "Advertisements" in
            // "…fares.\"AdvertisementShares of …" hides "Advertisement". (An earlier pattern
            // off its bounds hides only those inside it, as the line model was fitted.)
            let late_only = || entries.iter().all(|&id| inner.table.patterns[id as usize].late);
            hidden = if inner.has_shorter[m.pattern().as_usize()] && late_only() {
                shorter_match(ac, text, &m)
            } else {
                None
            }
            .or_else(|| hidden_match(ac, text, &m, line.start + l.len()));
            continue;
        };
        let edges = *edges.get_or_insert_with(|| Edges::of(l));
        let ctx = Judge {
            words: line.stats.words.saturating_sub(cuts.words),
            noise_before: cuts.noise_before(l, a),
            first_letter: cuts.first_letter(l),
            noise_after: b >= edges.last_alpha_end,
            left: a0,
            head: cuts.head,
            edges,
            runs: &[],
        };
        // Patterns sharing this text are tried in pack order; the first verdict wins.
        let mut judged = false;
        for (k, &id) in entries.iter().enumerate().skip(first) {
            let entry = &inner.table.patterns[id as usize];
            if k > first && !bounded(entry.kind) {
                continue;
            }
            // Judged once the line model has read the page (see `late_patterns`).
            if entry.late {
                late.push((li, id, a, b));
                continue;
            }
            let why = Why::Pattern(id);
            let mut verdict = apply(entry, l, a, b, &line.stats, &ctx, &mut sentences);
            if let Verdict::Span(s, e) = verdict {
                if entry.kind == Kind::Phrase
                    && entry.category == Category::Credit
                    && credit_in_prose(inner, ac, l, b, e)
                {
                    verdict = Verdict::None;
                    credits.push(DeferredCredit { li, id, s, a, b, e });
                }
            }
            match or_glued(verdict, entry, l, (a0, ctx.first_letter), a, b) {
                Verdict::None => {
                    if matches!(entry.kind, Kind::Line | Kind::Prefix | Kind::Glued) {
                        retry.push((li, id, a, b));
                    }
                    continue;
                }
                Verdict::Line => {
                    lines[li].class = Class::Cut;
                    lines[li].why = why;
                }
                Verdict::Span(mut s, e) => {
                    // A phrase cuts the sentence around its match; but where a glued match
                    // lies inside that sentence, extraction joined two blocks there and the
                    // sentence is not one ("...Jane Roe/Reuters | AdvertisementThe river
                    // rose..."): the phrase's cut stops at the glued cut, on the side away
                    // from its match. Matches come in order, so a glued span splits the
                    // phrases still open before it, and a phrase starts after the last
                    // glued span before its match.
                    if entry.kind == Kind::Phrase {
                        if glued_end > s && glued_end <= a {
                            s = glued_end;
                        }
                        open_phrases.push(partial.len());
                    } else {
                        let at = line.start + s;
                        for &pi in &open_phrases {
                            let p = &mut partial[pi].1;
                            if at > p.start && at < p.end {
                                cuts.cut_back(l, s, p.end - line.start);
                                p.end = at;
                            }
                        }
                        open_phrases.clear();
                        glued_end = glued_end.max(e);
                    }
                    cuts.add(l, s, e);
                    partial.push((li, line_cut(&line, s, e, why, a)));
                }
            }
            judged = true;
            break;
        }
        // A longer pattern that every verdict turned down hides the shorter ones that start
        // where it does ("Hat Ihnen dieser Artikel gefallen?", a `line` pattern, in a line of
        // two sentences hides the phrase "Hat Ihnen dieser Artikel gefallen"): the longest
        // of them is tried next.
        if !judged && inner.has_shorter[m.pattern().as_usize()] {
            hidden = shorter_match(ac, text, &m);
        }
        // And the first part of a pattern of several parts, turned down (its later parts
        // missing), hides the patterns that start inside it: "wurde zuletzt am ...
        // aktualisiert" inside "Dieser Artikel wurde" (of "Dieser Artikel wurde ... mal
        // gelesen") in "Dieser Artikel wurde zuletzt am 14.05.2024 aktualisiert.". (Looking
        // inside every match turned down costs some 1% more instructions on page text.) A
        // late pattern's match, put off to `late_patterns`, hides nothing from this pass.
        if !judged
            && entries.iter().all(|&id| {
                let e = &inner.table.patterns[id as usize];
                !e.rest.is_empty() || e.late
            })
        {
            if hidden.is_none() {
                hidden = hidden_match(ac, text, &m, line.start + l.len());
                let late_only = entries.iter().all(|&id| inner.table.patterns[id as usize].late);
                if late_only && late_outer.is_none() {
                    if let Some(h) = hidden {
                        late_outer = Some((
                            aho_corasick::Match::new(m.pattern(), h.start()..m.end()),
                            line.start + l.len(),
                        ));
                    }
                }
            } else if late_span.is_none() && entries.iter().any(|&id| inner.table.patterns[id as usize].late) {
                late_span = Some((m, line.start + l.len()));
            }
        }
    }
    retry
}

/// Judges the matches of late patterns (see [`crate::Pattern::is_late`]), `(line, pattern,
/// start, end)` in line order, on the lines the earlier passes and the line model kept, as
/// [`patterns_pass`] judges the others: a match inside a cut of its line is gone with it,
/// and one turned down is tried again with the line's cuts known (see
/// [`retry_whole_line_patterns`]). `partial` comes in sorted and goes out sorted.
fn late_patterns(inner: &Inner, text: &[u8], lines: &mut [Line], partial: &mut Vec<(usize, RawCut)>, late: &[Retry]) {
    let before = partial.len();
    let mut again = Vec::new();
    for hits in late.chunk_by(|x, y| x.0 == y.0) {
        let li = hits[0].0;
        let line = lines[li];
        if !line.stands() {
            continue;
        }
        let l = &text[line.start..line.end];
        let from = partial[..before].partition_point(|(_, c)| c.start < line.start);
        let mut cuts = LineCuts::default();
        let earlier = partial[from..before].iter().take_while(|(i, _)| *i == li);
        for (_, c) in earlier.clone() {
            cuts.add(l, c.start - line.start, (c.end - line.start).min(l.len()));
        }
        // The earlier cuts as disjoint runs, and where the late cuts so far end: a late cut
        // starts before its own match, so a later match overlaps one only if it starts
        // before that end. Each match is looked up, not compared with every cut.
        let runs = merged_runs(earlier.map(|(_, c)| (c.start - line.start, c.end - line.start)));
        let mut late_end = 0;
        let edges = Edges::of(l);
        let mut sentences = Sentences::default();
        for &(_, id, a, b) in hits {
            if overlaps_run(&runs, a, b) || a < late_end {
                continue;
            }
            let entry = &inner.table.patterns[id as usize];
            let left = cuts.stands_at(a);
            let ctx = Judge {
                words: line.stats.words.saturating_sub(cuts.words),
                noise_before: cuts.noise_before(l, a),
                first_letter: cuts.first_letter(l),
                noise_after: b >= edges.last_alpha_end,
                left,
                head: cuts.head,
                edges,
                runs: &runs,
            };
            let verdict = apply(entry, l, a, b, &line.stats, &ctx, &mut sentences);
            match or_glued(verdict, entry, l, (left, ctx.first_letter), a, b) {
                Verdict::None => {
                    if matches!(entry.kind, Kind::Line | Kind::Prefix | Kind::Glued) {
                        again.push((li, id, a, b));
                    }
                }
                Verdict::Line => {
                    lines[li].class = Class::Cut;
                    lines[li].why = Why::Pattern(id);
                    break;
                }
                Verdict::Span(s, e) => {
                    cuts.add(l, s, e);
                    late_end = late_end.max(e);
                    partial.push((li, line_cut(&line, s, e, Why::Pattern(id), a)));
                }
            }
        }
    }
    if partial.len() > before {
        sort_cuts(partial);
    }
    if !again.is_empty() {
        add_retried(inner, text, lines, partial, &again);
    }
}

/// Labels of a post's subject in a forum's post header, lowercase: "Verfasst am: 18.11.2008
/// 21:43    Titel: Golf IV 1.9 TDI geht im Kalten schlecht an".
const SUBJECT_LABELS: [&str; 6] = [
    "titel:",
    "betreff:",
    "post subject:",
    "subject:",
    "sujet du message:",
    "sujet du message :",
];

/// Marks of a reply before a subject, lowercase: the thread's subject again.
const REPLY_MARKS: [&str; 4] = ["re:", "aw:", "antw:", "rép:"];

/// Fewest words of a post's subject that [`post_subject_start`] keeps.
const SUBJECT_MIN_WORDS: u32 = 2;

/// Where a thread's subject starts in a forum's post header that a stamp's pattern (comments
/// or date), ending at `b`, matched as a whole line: after a subject's label ([`SUBJECT_LABELS`])
/// and the blanks after it, when the subject has two words at least and no reply's mark
/// ([`REPLY_MARKS`]) first. The stamp and the label go, the subject stays: "Verfasst am:
/// 18.11.2008 21:43    Titel: Golf IV 1.9 TDI geht im Kalten schlecht an". A reply's header
/// ("Titel: Re: …") and an empty label go whole.
fn post_subject_start(entry: &Entry, l: &[u8], b: usize) -> Option<usize> {
    if !matches!(entry.category, Category::Comments | Category::Date) {
        return None;
    }
    let rest = l.get(b..)?;
    let lower = rest.to_ascii_lowercase();
    let (at, label) = SUBJECT_LABELS
        .iter()
        .filter_map(|label| memchr::memmem::find(&lower, label.as_bytes()).map(|at| (at, label)))
        .min()?;
    // The label opens a word.
    if at > 0 && lower[at - 1].is_ascii_alphanumeric() {
        return None;
    }
    let start = skip_blanks(rest, at + label.len());
    let subject = &lower[start..];
    if REPLY_MARKS.iter().any(|m| subject.starts_with(m.as_bytes()))
        || count_words_max(&rest[start..], SUBJECT_MIN_WORDS) < SUBJECT_MIN_WORDS
    {
        return None;
    }
    Some(b + start)
}

/// A match's verdict, or where [`apply`] gave none, what the match glued to a block
/// ([`glued_block`], for `line` and `prefix` patterns) or trailing a sentence as a credit
/// ([`trailing_credit`]) cuts, and for a post's header that would go whole, the span before
/// the thread's subject ([`post_subject_start`]); `left` is where the match stands for a left
/// boundary, and `first_letter` the line's first letter outside earlier cuts.
fn or_glued(
    verdict: Verdict,
    entry: &Entry,
    l: &[u8],
    (left, first_letter): (usize, usize),
    a: usize,
    b: usize,
) -> Verdict {
    // A credit that opens the line ends where the article's first sentence is glued to it.
    if matches!(verdict, Verdict::None | Verdict::Line) && a <= first_letter {
        if let Some(g) = credit_glued_before_prose(entry, l, b) {
            return Verdict::Span(0, g);
        }
    }
    let verdict = match verdict {
        Verdict::None if matches!(entry.kind, Kind::Line | Kind::Prefix) => {
            glued_block(entry, l, first_letter, a, b, false)
        }
        v => v,
    };
    match verdict {
        Verdict::None => trailing_credit(entry, l, left, a, b),
        // A post's header: the stamp goes, the thread's subject stays.
        Verdict::Line => post_subject_start(entry, l, b)
            .map(|e| Verdict::Span(0, e))
            .or_else(|| glued_after_label(entry, l, b).map(|e| Verdict::Span(0, e)))
            .unwrap_or(Verdict::Line),
        v => v,
    }
}

/// Fewest words of the text glued after a credit's name that [`credit_glued_before_prose`]
/// takes for the article's: a credit's own words after a capital inside a name
/// ("Photo: Jane MacDonald for The Guardian Weekly") are fewer.
const CREDIT_GLUED_PROSE_WORDS: u32 = 8;
/// Most words of a credit's name before the article's first sentence glued to it.
const CREDIT_GLUED_NAME_WORDS: u32 = 8;
/// Fewest letters of the last word of a credit's name before a sentence glued to it: a
/// name's first part before a capital inside it is shorter ("McDonald", "DiCaprio",
/// "MacKenzie", "LeBlanc").
const CREDIT_GLUED_NAME_LETTERS: usize = 4;

/// Where the article's first sentence starts when extraction glued it to a photo credit
/// that opens the line (a `prefix` credit pattern ending at `b`): "© Photo News / Laurent
/// HenrotteÀ Huy, le parking du quai de Namur deviendra payant …", "Bild: Seeland
/// Sportfoto/Andrin ZauggDer EHC Seeland hat …". The glue is a capital and a lowercase
/// letter after a word of [`CREDIT_GLUED_NAME_LETTERS`] letters or more that a capital
/// opens or that runs in lowercase, the name before it has [`CREDIT_GLUED_NAME_WORDS`]
/// words at most and no end mark, and [`CREDIT_GLUED_PROSE_WORDS`] words or more follow.
fn credit_glued_before_prose(e: &Entry, l: &[u8], b: usize) -> Option<usize> {
    if e.category != Category::Credit || e.kind != Kind::Prefix || !e.rest.is_empty() {
        return None;
    }
    let limit = l.len().min(b + PHRASE_WINDOW);
    let g = next_glue(l, b, limit);
    // A word opens there, of one letter or more: "Der", "À Huy".
    let one_letter = || char_at(l, g).is_some_and(|(_, n)| l.get(g + n) == Some(&b' '));
    if g >= limit || !(lowercase_after(l, g) || one_letter()) {
        return None;
    }
    let name = &l[b..g];
    let mut j = g;
    let mut letters = 0;
    while let Some((c, n)) = char_before(l, j) {
        if !c.is_alphabetic() {
            break;
        }
        letters += 1;
        j -= n;
        if c.is_uppercase() {
            break;
        }
    }
    let word_opens = !char_before(l, j).is_some_and(|(c, _)| c.is_alphabetic());
    (letters >= CREDIT_GLUED_NAME_LETTERS
        && word_opens
        && count_words_max(name, CREDIT_GLUED_NAME_WORDS + 1) <= CREDIT_GLUED_NAME_WORDS
        && !name.iter().any(|&c| matches!(c, b'.' | b'!' | b'?' | b'|'))
        && count_words_max(&l[g..], CREDIT_GLUED_PROSE_WORDS) >= CREDIT_GLUED_PROSE_WORDS)
        .then_some(g)
}

/// Fewest words of the block glued after a label's line that [`glued_after_label`] keeps.
const GLUED_AFTER_LABEL_WORDS: u32 = 4;

/// Whether a pattern of `category` marks a block whose own text is one run of words, so that
/// a capital glued after it opens the next block ([`block_glued_after`]): a notice, a pitch,
/// a button, a date's or a reading time's stamp ("Temps de lecture : 5 minInsomnie : 9
/// conseils …"). Not a linked
/// story's titles, a poster's name, a share bar's buttons, a menu's or a sort box's items:
/// their text runs in camel case or in items glued together.
fn own_block(category: Category) -> bool {
    matches!(
        category,
        Category::Ad
            | Category::Widget
            | Category::Newsletter
            | Category::Follow
            | Category::Cookie
            | Category::Legal
            | Category::Print
            | Category::Age
            | Category::Feedback
            | Category::Promo
            | Category::Disclosure
            | Category::Date
    )
}

/// Where the next block starts when extraction glued it to the end of a `prefix` pattern's
/// line that would go whole ([`block_glued_after`]), if that block has
/// [`GLUED_AFTER_LABEL_WORDS`] words or more: "Sponsored: Find out how much you could borrow
/// in 2 minutesFlat 4, Maltings Court, Mill Road" loses its advert, not the address. Looked
/// for within [`PHRASE_WINDOW`] bytes of the label.
fn glued_after_label(entry: &Entry, l: &[u8], b: usize) -> Option<usize> {
    if entry.kind != Kind::Prefix || !entry.rest.is_empty() || !own_block(entry.category) {
        return None;
    }
    heading_glued_after(l, b, l.len(), GLUED_AFTER_LABEL_WORDS)
}

/// Fewest words of a title glued after a phrase's sentence (see [`heading_glued_after`]).
const GLUED_HEADING_MIN_WORDS: u32 = 2;

/// Where a block glued on in `l[b..end]` starts ([`block_glued_after`], looked for within
/// [`PHRASE_WINDOW`] bytes) when it runs to `end` as a title or a heading does: `min_words`
/// words or more and no end mark at its end. A sentence glued on may be another pitch of
/// the same box ("Kostenloser Versand ab 50 € BestellwertLieferzeit 2–4 Werktage."), and
/// one word may be a button ("Folgen Sie uns auf InstagramFacebook").
fn heading_glued_after(l: &[u8], b: usize, end: usize, min_words: u32) -> Option<usize> {
    let g = block_glued_after(l, b, end.min(b + PHRASE_WINDOW))?;
    let tail = &l[g..end];
    let last = tail.iter().rev().find(|c| !c.is_ascii_whitespace());
    (count_words_max(tail, min_words) >= min_words && !last.is_some_and(|&c| matches!(c, b'.' | b'!' | b'?')))
        .then_some(g)
}

/// Fewest letters of the word in lowercase before a block glued on in [`block_glued_after`].
const GLUED_AFTER_WORD_LETTERS: usize = 3;
/// Fewest letters of the capitalised word before a block glued on (a German noun:
/// "KulissenÖffnungszeiten"); a brand's name in camel case has shorter parts ("PowerPoint",
/// "WhatsApp", "LinkedIn").
const GLUED_AFTER_NOUN_LETTERS: usize = 8;

/// The first place in `l[b..limit]` where extraction glued a block that opens with a word
/// (a capital, then a lowercase letter) to a word of lowercase letters after its first one
/// ([`word_before_glue`]): "…in 2 minutesFlat 4, Maltings Court", "…oder auf
/// RechnungGartenschere aus Stahl". Reads `l[b..limit]` once.
fn block_glued_after(l: &[u8], b: usize, limit: usize) -> Option<usize> {
    let mut from = b;
    while from < limit {
        let g = next_glue(l, from, limit);
        if g >= limit {
            return None;
        }
        if lowercase_after(l, g) && word_before_glue(l, g) {
            return Some(g);
        }
        from = g + char_at(l, g).map_or(1, |(_, n)| n);
    }
    None
}

/// Whether a lowercase letter follows the character at `i` (a capital that opens a word, not
/// a run of capitals: "Flat", not "OS").
fn lowercase_after(l: &[u8], i: usize) -> bool {
    char_at(l, i)
        .and_then(|(_, n)| char_at(l, i + n))
        .is_some_and(|(c, _)| c.is_lowercase())
}

/// Whether the word that ends at `i` may end a block: all in lowercase letters, with at
/// least [`GLUED_AFTER_WORD_LETTERS`] of them (an apostrophe may elide before it: "d'achat"),
/// or a capital and [`GLUED_AFTER_NOUN_LETTERS`] letters or more in all. A capital after a
/// shorter word goes on a brand's name ("GadgetVerdict", "PowerPoint"), and one after a
/// short word in lowercase may too ("iPhone", "macOS").
fn word_before_glue(l: &[u8], i: usize) -> bool {
    let mut j = i;
    let mut letters = 0;
    let mut capital = false;
    while let Some((c, n)) = char_before(l, j) {
        if !c.is_alphabetic() || capital {
            break;
        }
        capital = !c.is_lowercase();
        letters += 1;
        j -= n;
    }
    // A capital may only open the word.
    if capital && char_before(l, j).is_some_and(|(c, _)| c.is_alphabetic()) {
        return false;
    }
    letters
        >= if capital {
            GLUED_AFTER_NOUN_LETTERS
        } else {
            GLUED_AFTER_WORD_LETTERS
        }
}

/// The matches that start right where one of the cuts `new` ends inside what the first pass
/// read as one word: a glued row cut at a capital glued to a letter ("…a𛀀ͺ|Ap", the row
/// ending at "ͺ"). Turned down then for the letter before them, they stand on their own in
/// the clean text, where a second pass judges them; so does [`retry_whole_line_patterns`]
/// with these (offsets in the line, as `retry` holds them). One anchored search per such
/// cut; in line order.
fn matches_after_cuts(inner: &Inner, text: &[u8], lines: &[Line], new: &[(usize, RawCut)]) -> Vec<Retry> {
    let Some(ac) = &inner.ac else { return Vec::new() };
    let mut found = Vec::new();
    for &(li, ref cut) in new {
        let line = &lines[li];
        let (e, end) = (cut.end, line.end);
        let split = e < end
            && char_before(text, e).is_some_and(|(c, _)| c.is_alphanumeric())
            && char_at(text, e).is_some_and(|(c, _)| c.is_alphanumeric());
        if !split {
            continue;
        }
        let input = aho_corasick::Input::new(text)
            .range(e..end)
            .anchored(aho_corasick::Anchored::Yes);
        let Some(m) = ac.find(input) else { continue };
        // Bounded on its right as the first pass reads it; on its left, the cut is gone.
        let l = &text[e..end];
        for &id in &inner.ac_map[m.pattern().as_usize()] {
            if word_bounded(l, 0, m.end() - e, inner.table.patterns[id as usize].kind) {
                found.push((li, id, m.start() - line.start, m.end() - line.start));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// Judges again the matches of `retry` on the lines `cut_lines` (sorted) that new cuts in
/// `partial` (sorted) have changed, as a second pass over the clean text would judge them
/// ([`retry_whole_line_patterns`]), and adds what they cut.
fn judge_again(
    inner: &Inner,
    text: &[u8],
    lines: &mut [Line],
    partial: &mut Vec<(usize, RawCut)>,
    retry: &[Retry],
    cut_lines: &[usize],
) {
    let again: Vec<_> = retry
        .iter()
        .filter(|t| cut_lines.binary_search(&t.0).is_ok())
        .copied()
        .collect();
    add_retried(inner, text, lines, partial, &again);
}

/// Judges the matches `tries` (in line order) with the cuts of `partial` (sorted) known
/// ([`retry_whole_line_patterns`]), and adds what they cut; `partial` stays sorted.
fn add_retried(inner: &Inner, text: &[u8], lines: &mut [Line], partial: &mut Vec<(usize, RawCut)>, tries: &[Retry]) {
    let cuts = retry_whole_line_patterns(inner, text, lines, partial, tries);
    if !cuts.is_empty() {
        partial.extend(cuts);
        sort_cuts(partial);
    }
}

/// Cuts each line that stands where the early matches `retry` turned down and the late ones
/// `late` (both in line order) make a chain of `line` patterns together ([`cut_if_chain`]):
/// a row of links from both halves of a pack ("Register", "FAQ", "Members List", "Calendar"
/// between tabs), as a second pass over the clean text, where every match is late, would find
/// it.
fn chain_early_and_late(
    inner: &Inner,
    text: &[u8],
    lines: &mut [Line],
    partial: &mut [(usize, RawCut)],
    retry: &[Retry],
    late: &[Retry],
) {
    sort_cuts(partial);
    let mut early = retry.chunk_by(|x, y| x.0 == y.0).peekable();
    let mut cuts = partial.chunk_by(|x, y| x.0 == y.0).peekable();
    let mut both = Vec::new();
    for hits in late.chunk_by(|x, y| x.0 == y.0) {
        let li = hits[0].0;
        while early.next_if(|e| e[0].0 < li).is_some() {}
        let Some(tries) = early.next_if(|e| e[0].0 == li) else {
            continue;
        };
        let line = lines[li];
        if !line.stands() {
            continue;
        }
        while cuts.next_if(|c| c[0].0 < li).is_some() {}
        let runs = match cuts.peek() {
            Some(c) if c[0].0 == li => merged_runs(line_spans(&line, c)),
            _ => Vec::new(),
        };
        // Most lines fail on this before their matches are sorted.
        if !chain_may_cover(&line, &runs, tries.iter().chain(hits)) {
            continue;
        }
        both.clear();
        both.extend_from_slice(tries);
        both.extend_from_slice(hits);
        // The ids of one match stay together, in their order.
        both.sort_by_key(|t| (t.2, t.3));
        let l = &text[line.start..line.end];
        let mut words = 0;
        for_each_gap(l.len(), runs.iter().copied(), |g0, g1| {
            if !is_noise(&l[g0..g1]) {
                words += count_words_max(&l[g0..g1], JUDGED_WORDS.saturating_sub(words));
            }
        });
        cut_if_chain(inner, l, &mut lines[li], &runs, words, &both);
    }
}

/// Judges again, after the line model, the `line` and `prefix` matches of `retry` (in line
/// order) on the lines that stand, as blocks glued to the article ([`glued_block`], with what
/// it reads only after the model): on a line with other cuts in it, read without those cuts,
/// as a second pass over the clean text reads it ("Last edited by jo; 11-02-2021 at 06:44 PM.
/// | Want more? Sign up for our newsletter. 0Aß The river rose …" holds a stamp's block up to
/// the glue once the pitch is cut, too long for one before; a block so found is cut with the
/// cuts inside it); on a line without cuts, only an early `line` pattern that heads it and a
/// `prefix` pattern with an article's list item glued on after it, the matches whose verdict
/// the model's turn changes. `partial` comes in sorted and goes out sorted.
fn glued_blocks_without_cuts(
    inner: &Inner,
    text: &[u8],
    lines: &[Line],
    partial: &mut Vec<(usize, RawCut)>,
    retry: &[Retry],
) {
    let mut found = Vec::new();
    {
        let mut cuts = partial.chunk_by(|x, y| x.0 == y.0).peekable();
        // The line without its cuts.
        let mut rest = Vec::new();
        for tries in retry.chunk_by(|x, y| x.0 == y.0) {
            let li = tries[0].0;
            let line = &lines[li];
            while cuts.next_if(|c| c[0].0 < li).is_some() {}
            if !line.stands() {
                continue;
            }
            let l = &text[line.start..line.end];
            let c = match cuts.peek() {
                Some(c) if c[0].0 == li => *c,
                _ => {
                    // No cut on the line: it reads as it did before the model, but for an
                    // early `line` pattern of two words or more that heads it, which
                    // [`glued_block`] now judges as it judges a late one.
                    // Nor for a `prefix` pattern whose block an article's list item glued on
                    // now ends.
                    let first = first_alpha(l);
                    let mut item = None;
                    let mut heads = |e: &Entry, a: usize, b: usize| {
                        e.kind == Kind::Line && !e.late && a == first && e.text.trim().contains(' ')
                            || e.kind == Kind::Prefix
                                && item
                                    .get_or_insert_with(|| glued_list_items(l, 0, l.len()).last())
                                    .is_some_and(|p| p >= b)
                    };
                    if let Some(&(_, id, a, b)) = tries
                        .iter()
                        .find(|t| heads(&inner.table.patterns[t.1 as usize], t.2, t.3))
                    {
                        let e = &inner.table.patterns[id as usize];
                        if let Verdict::Span(s, e2) = glued_block(e, l, first, a, b, true) {
                            found.push((li, line_cut(line, s, e2, Why::Pattern(id), a)));
                        }
                    }
                    continue;
                }
            };
            if !tries
                .iter()
                .any(|t| matches!(inner.table.patterns[t.1 as usize].kind, Kind::Line | Kind::Prefix))
            {
                continue;
            }
            let runs = merged_runs(line_spans(line, c));
            rest.clear();
            for_each_gap(l.len(), runs.iter().copied(), |g0, g1| {
                rest.extend_from_slice(&l[g0..g1])
            });
            // A place in `rest`, and where it stands in the line (past the runs that end
            // there).
            let to_line = |q: usize| {
                let mut p = q;
                for r in &runs {
                    if r.0 > p {
                        break;
                    }
                    p += r.1 - r.0;
                }
                p
            };
            let first_letter = first_alpha(&rest);
            // The runs before the match, and the bytes they hold, walked along with the
            // matches (which come in order).
            let (mut k, mut removed, mut last) = (0, 0, 0);
            for &(_, id, a, b) in tries {
                let e = &inner.table.patterns[id as usize];
                if !matches!(e.kind, Kind::Line | Kind::Prefix) || overlaps_run(&runs, a, b) {
                    continue;
                }
                if a < last {
                    (k, removed) = (0, 0);
                }
                last = a;
                while k < runs.len() && runs[k].1 <= a {
                    removed += runs[k].1 - runs[k].0;
                    k += 1;
                }
                // No cut lies inside the match.
                let a2 = a - removed;
                if let Verdict::Span(s2, e2) = glued_block(e, &rest, first_letter, a2, a2 + (b - a), true) {
                    let (s, e) = (to_line(s2), to_line(e2).min(l.len()));
                    found.push((li, line_cut(line, s, e, Why::Pattern(id), a)));
                    break;
                }
            }
        }
    }
    if !found.is_empty() {
        partial.extend(found);
        sort_cuts(partial);
    }
}

/// The longest match that starts where `m` does and ends before it.
fn shorter_match(ac: &aho_corasick::AhoCorasick, text: &[u8], m: &aho_corasick::Match) -> Option<aho_corasick::Match> {
    let input = aho_corasick::Input::new(text)
        .range(m.start()..m.end() - 1)
        .anchored(aho_corasick::Anchored::Yes);
    ac.find(input)
}

/// A `line` or `prefix` pattern may hold its line once later matches have cut the rest of it
/// ("Menu | Sign up for our newsletter"), and so may a `glued` marker that they left alone
/// ("Publicité" once a separator run after it is cut): the matches they turned down are
/// tried again, with what is left of each line known exactly. Work is linear in the line and
/// its cuts.
fn retry_whole_line_patterns(
    inner: &Inner,
    text: &[u8],
    lines: &mut [Line],
    partial: &[(usize, RawCut)],
    retry: &[(usize, u32, usize, usize)],
) -> Vec<(usize, RawCut)> {
    let mut glued_cuts = Vec::new();
    // Both lists are in line order; walk them together.
    let mut by_line = partial.chunk_by(|x, y| x.0 == y.0).peekable();
    for tries in retry.chunk_by(|x, y| x.0 == y.0) {
        let li = tries[0].0;
        while by_line.next_if(|c| c[0].0 < li).is_some() {}
        let line = lines[li];
        let Some(cuts) = by_line.next_if(|c| c[0].0 == li) else {
            // No other cut on the line: each match would be turned down again, but together
            // they may make up the line.
            if line.class != Class::Cut {
                cut_if_chain(
                    inner,
                    &text[line.start..line.end],
                    &mut lines[li],
                    &[],
                    line.stats.words,
                    tries,
                );
            }
            continue;
        };
        if line.class == Class::Cut {
            continue;
        }
        let l = &text[line.start..line.end];
        // The cuts merged into disjoint runs (`partial` is sorted by start), to take the gaps
        // between and to look a match up in.
        let runs = merged_runs(line_spans(&line, cuts));
        // Letters and words outside the cuts.
        let (mut first, mut last, mut words) = (usize::MAX, 0, 0u32);
        // Whether what is left ends like a sentence: a prefix judges that, not the line.
        let mut stats = line.stats;
        for_each_gap(l.len(), runs.iter().copied(), |g0, g1| {
            let g = &l[g0..g1];
            if !is_noise(g) {
                first = first.min(g0 + first_alpha(g));
                last = last.max(g0 + last_alpha_end(g));
                // Past `JUDGED_WORDS` the count decides nothing: stop counting there.
                words += count_words_max(g, JUDGED_WORDS.saturating_sub(words));
            }
            // As a second pass over the clean text would see it: a separator left after
            // the last sentence ("...closed to traffic. |") is what the line ends with.
            if let Some(c) = last_visible_char(g) {
                stats.ends_sentence = is_sentence_end(c);
                stats.ends_question = crate::text::is_question_mark(c);
            }
        });
        for &(_, id, a, b) in tries {
            // A match inside a cut is gone with it; the cut keeps its own reason.
            if overlaps_run(&runs, a, b) {
                continue;
            }
            let ctx = Judge {
                words,
                noise_before: first >= a,
                noise_after: first == usize::MAX || last <= b,
                left: run_ending_at(&runs, a).unwrap_or(a),
                head: 0,
                first_letter: first,
                // Letters outside the cuts: a `line` pattern of several parts reads where
                // the last letter ends. (`glued` patterns read the edges too, but `apply` is
                // not asked about them here: `glued_after_cuts` judges them.)
                edges: Edges {
                    first_alnum: first,
                    last_alnum_end: last,
                    last_alpha_end: last,
                },
                runs: &runs,
            };
            let entry = &inner.table.patterns[id as usize];
            // A glued marker that the other cuts left alone on its line takes the line; it
            // gives no other verdict of `Line`.
            let glued = entry.kind == Kind::Glued;
            if glued && ctx.noise_before && ctx.noise_after
                || !glued
                    && matches!(
                        apply(entry, l, a, b, &stats, &ctx, &mut Sentences::default()),
                        Verdict::Line
                    )
            {
                lines[li].class = Class::Cut;
                lines[li].why = Why::Pattern(id);
                break;
            }
        }
        if lines[li].class != Class::Cut {
            cut_if_chain(inner, l, &mut lines[li], &runs, words, tries);
        }
        if lines[li].class != Class::Cut {
            glued_after_cuts(inner, l, line.start, li, &runs, tries, &mut glued_cuts);
        }
    }
    glued_cuts
}

/// A `glued` marker turned down because letters followed it, where the cuts after it leave
/// only noise to the line's end, stands at the end of what a second pass reads: cut it as
/// that pass would, when a block's boundary or the line's start is on its left ("…closed to
/// traffic. Subscribe ? Almost done! Please check your inbox."). So does a `line` pattern's
/// button glued to a sentence's end or a word ([`glued_start`]), which that pass reads as a
/// block glued on ([`glued_block`]): "x?JA? Advertisement | Advertisement" once the separators
/// rule has cut the row of markers.
fn glued_after_cuts(
    inner: &Inner,
    l: &[u8],
    start: usize,
    li: usize,
    runs: &[(usize, usize)],
    tries: &[(usize, u32, usize, usize)],
    out: &mut Vec<(usize, RawCut)>,
) {
    // Where the last letter or digit outside the cuts ends, read once for the line: a match
    // with one after it is left alone (before its rest is looked for, which reads on).
    let mut last_alnum = 0;
    for_each_gap(l.len(), runs.iter().copied(), |g0, g1| {
        let e = last_alnum_end(&l[g0..g1]);
        if e > 0 {
            last_alnum = g0 + e;
        }
    });
    for &(_, id, a, b) in tries {
        let entry = &inner.table.patterns[id as usize];
        let button = entry.kind == Kind::Line && entry.text.len() > 1;
        if !(entry.kind == Kind::Glued || button)
            || last_alnum > b
            || overlaps_run(runs, a, b)
            || !rest_found(entry, &l[b..])
        {
            continue;
        }
        let left = run_ending_at(runs, a).unwrap_or(a);
        let starts = if button {
            glued_start(l, left)
        } else {
            left <= first_alnum(l) || block_starts_at(l, left)
        };
        if starts {
            out.push((
                li,
                RawCut {
                    start: start + a,
                    end: start + skip_blanks(l, b),
                    why: Why::Pattern(id),
                    at: start + a,
                },
            ));
            return;
        }
    }
}

/// The match that `m` hid, when `m` does not stand on word bounds: the search goes on after a
/// match, so a pattern starting inside one ("gekennzeichnete Links sind" inside the match
/// "Mit * gekennzeichnet" of "Mit * gekennzeichnete Links sind Werbelinks.") is not reported.
/// A pattern is taken only where a word starts, so only the places inside `m` where one does
/// are tried, each with an anchored search (up to `line_end`, and no further than the
/// longest pattern reaches); the first that matches gives the leftmost-longest match there.
fn hidden_match(
    ac: &aho_corasick::AhoCorasick,
    text: &[u8],
    m: &aho_corasick::Match,
    line_end: usize,
) -> Option<aho_corasick::Match> {
    (m.start() + 1..m.end())
        .filter(|&p| {
            // The character before: decoded only when it is not ASCII.
            let q = text[p - 1];
            text[p] != b' '
                && !is_cont(text[p])
                && if q < 0x80 {
                    !q.is_ascii_alphanumeric()
                } else {
                    char_before(text, p).is_some_and(|(c, _)| !c.is_alphanumeric())
                }
        })
        .find_map(|p| {
            let input = aho_corasick::Input::new(text)
                .range(p..line_end.min(p + ac.max_pattern_len()))
                .anchored(aho_corasick::Anchored::Yes);
            ac.find(input)
        })
}

/// The next match that starts inside a late pattern's match `span` (with its line's end),
/// after those already found there: each one found moves the span's start up to its own,
/// so that every match inside is tried once, in order.
fn next_inside(
    ac: &aho_corasick::AhoCorasick,
    text: &[u8],
    span: &mut Option<(aho_corasick::Match, usize)>,
) -> Option<aho_corasick::Match> {
    let (outer, end) = span.take()?;
    let found = hidden_match(ac, text, &outer, end)?;
    *span = Some((
        aho_corasick::Match::new(outer.pattern(), found.start()..outer.end()),
        end,
    ));
    Some(found)
}

/// The start of the one of `runs` (disjoint, sorted by start) that ends at `a`, if any: a
/// match right after a cut stands where the cut began.
fn run_ending_at(runs: &[(usize, usize)], a: usize) -> Option<usize> {
    let k = runs.partition_point(|r| r.1 < a);
    runs.get(k).filter(|r| r.1 == a && r.0 < a).map(|r| r.0)
}

/// Whether `a..b` overlaps one of `runs` (disjoint, sorted by start): a match there lies in
/// a cut and is gone with it.
fn overlaps_run(runs: &[(usize, usize)], a: usize, b: usize) -> bool {
    let k = runs.partition_point(|r| r.0 < b);
    k > 0 && runs[k - 1].1 > a
}

/// What may stand between the links of a row: blanks and the marks that separate or tag
/// links, but no letter, digit, quote or bracket of code (`"email": email,` is no menu).
fn is_link_gap(g: &[u8]) -> bool {
    !g.starts_with(b"(")
        && std::str::from_utf8(g).is_ok_and(|g| {
            g.chars()
                .all(|c| c.is_whitespace() || "|·•/-–—,:()?!&→»›>+*".contains(c))
        })
}

/// Cuts `line` (text `l`, `words` of it outside its cut `runs`) when two or more `line`
/// patterns of one pack among its turned-down `tries`, with the runs, cover all of it but
/// blanks and separators: a menu or a row of links that extraction put on one line ("Skip to
/// main content Skip to footer", "Home About Contact"). Each match alone was turned down
/// because the others stood beside it. One pack, so that words of two languages ("First" in
/// English, "responder" in Spanish) do not make a menu of a phrase. The line takes the reason
/// of its first such match.
fn cut_if_chain(
    inner: &Inner,
    l: &[u8],
    line: &mut Line,
    runs: &[(usize, usize)],
    words: u32,
    tries: &[(usize, u32, usize, usize)],
) {
    if !chain_may_cover(line, runs, tries) {
        return;
    }
    if let Some(id) = chain_pattern(inner, l, runs, || words, tries) {
        line.class = Class::Cut;
        line.why = Why::Pattern(id);
    }
}

/// Whether the matches `tries` and the cut `runs` of `line` hold as many bytes as it has
/// letters and digits: a chain leaves none outside them (see [`chain_pattern`]), so a line
/// that fails this has no chain, and the patterns need not be looked up.
fn chain_may_cover<'a>(line: &Line, runs: &[(usize, usize)], tries: impl IntoIterator<Item = &'a Retry>) -> bool {
    let covered: usize =
        tries.into_iter().map(|m| m.3 - m.2).sum::<usize>() + runs.iter().map(|r| r.1 - r.0).sum::<usize>();
    covered >= line.stats.alnum as usize
}

/// The pattern whose reason [`cut_if_chain`] gives the line `l`, if the chain covers it.
fn chain_pattern(
    inner: &Inner,
    l: &[u8],
    runs: &[(usize, usize)],
    words: impl FnOnce() -> u32,
    tries: &[(usize, u32, usize, usize)],
) -> Option<u32> {
    let distinct = tries.windows(2).any(|w| (w[0].2, w[0].3) != (w[1].2, w[1].3));
    if !distinct {
        return None;
    }
    let mut spans: Vec<(usize, usize)> = runs.to_vec();
    let (mut first, mut matches, mut packs) = (None, 0, u64::MAX);
    // The ids of one match are consecutive in `tries`.
    for same in tries.chunk_by(|x, y| (x.2, x.3) == (y.2, y.3)) {
        let (a, b) = (same[0].2, same[0].3);
        if overlaps_run(runs, a, b) {
            continue;
        }
        let mut mask = 0u64;
        for &(_, id, _, _) in same {
            let e = &inner.table.patterns[id as usize];
            // The first part of a pattern of several parts is no label by itself: "Weitere"
            // of "Weitere ... Bewertungen lesen" does not make "Weitere Einstellungen" chrome.
            if e.kind == Kind::Line && e.rest.is_empty() {
                mask |= 1 << e.pack.min(63);
                first.get_or_insert(id);
            }
        }
        if mask != 0 {
            matches += 1;
            packs &= mask;
            spans.push((a, b));
        }
    }
    // The words outside the cuts, counted only now: most lines have no chain.
    let id = first.filter(|_| matches >= 2 && packs != 0 && words() <= PREFIX_MAX_WORDS)?;
    spans.sort_unstable();
    // Labels written as sentences may end with full stops: "IVA incluido. Gastos de envío no
    // incluidos."
    let mut covered = true;
    for_each_gap(l.len(), spans.iter().copied(), |g0, g1| {
        let g = &l[g0..g1];
        covered &= is_link_gap(g) || g.trim_ascii() == b"." || g.trim_ascii().is_empty()
    });
    covered.then_some(id)
}

/// Whether pattern `id` is a label of a poster's or a post's facts: a `prefix` of the comments
/// category ("Registriert seit", "Joined", "Reaction score").
fn is_comments_label(inner: &Inner, id: u32) -> bool {
    let e = &inner.table.patterns[id as usize];
    e.kind == Kind::Prefix && e.category == Category::Comments
}

/// Most words of a row of a poster's stats (see [`cut_poster_stat_rows`]).
const STAT_ROW_MAX_WORDS: u32 = 16;
/// Most words of one of its items that opens with a label of the patterns (label and value).
const STAT_ITEM_MAX_WORDS: u32 = 5;
/// Most words of one of its items without such a label: a rank ("Erfahrener Benutzer").
const STAT_RANK_MAX_WORDS: u32 = 3;

/// Cuts a row of a poster's stats whose first item is no label, so that the `prefix`
/// patterns of its labels were turned down or hidden in it: a rank, then two labels of the
/// comments patterns or more with their values, between separators ("Erfahrener Benutzer ·
/// Registriert seit: 03.2007 · Beiträge: 2.318", "Senior Member | Join Date: Mar 2007 |
/// Posts: 2,318"). Every item is short, no more of them lack a label than have one, and none
/// without a label ends a sentence. A label may be a late pattern's. Only lines where an
/// early label was turned down are read, and lines with cuts inside are left as they are.
fn cut_poster_stat_rows(inner: &Inner, text: &[u8], lines: &mut [Line], partial: &[(usize, RawCut)], retry: &[Retry]) {
    let Some(ac) = &inner.ac else { return };
    let is_label = |id: u32| is_comments_label(inner, id);
    for tries in retry.chunk_by(|x, y| x.0 == y.0) {
        let li = tries[0].0;
        let line = &lines[li];
        if !line.stands() || line.stats.words > STAT_ROW_MAX_WORDS || !tries.iter().any(|t| is_label(t.1)) {
            continue;
        }
        let k = partial.partition_point(|c| c.0 < li);
        if partial.get(k).is_some_and(|c| c.0 == li) {
            continue;
        }
        let l = &text[line.start..line.end];
        let (mut labelled, mut other, mut fits, mut first) = (0, 0, true, None);
        for_each_separator_item(l, |item| {
            let item = item.trim_ascii();
            if item.is_empty() || !fits {
                return;
            }
            let words = count_words_max(item, STAT_ROW_MAX_WORDS + 1);
            // The longest pattern that starts the item, on its word bounds.
            let label = ac
                .find(item)
                .filter(|m| m.start() == 0 && word_bounded(item, 0, m.end(), Kind::Prefix))
                .and_then(|m| {
                    inner.ac_map[m.pattern().as_usize()]
                        .iter()
                        .copied()
                        .find(|&id| is_label(id))
                });
            if let Some(id) = label {
                labelled += 1;
                first.get_or_insert(id);
                fits &= words <= STAT_ITEM_MAX_WORDS;
            } else {
                other += 1;
                fits &= words <= STAT_RANK_MAX_WORDS && !matches!(last_visible_char(item), Some('.' | '!' | '?'));
            }
        });
        if let Some(id) = first.filter(|_| fits && labelled >= 2 && other <= labelled) {
            let line = &mut lines[li];
            line.class = Class::Cut;
            line.why = Why::Pattern(id);
        }
    }
}

/// Most words of a poster's fact between two others (see [`cut_poster_fact_rows`]), label and
/// value, and of its label.
const POSTER_FACT_MAX_WORDS: u32 = 6;
const POSTER_FACT_LABEL_WORDS: u32 = 2;

/// Cuts a poster's fact that no pattern names between two that the patterns or the line model
/// cut, one of them by a label of the comments patterns (see [`is_comments_label`]): a short
/// label, a colon and a value, no sentence ("Join Date: Mar 2007 / Location: Asheville NC /
/// Posts: 2,418", "Inscription : Dim 8 Jan 2006 10:21 / Localisation : Concarneau").
fn cut_poster_fact_rows(inner: &Inner, text: &[u8], lines: &mut [Line]) {
    let labelled = |l: &Line| matches!(l.why, Why::Pattern(id) if is_comments_label(inner, id));
    // The other fact may be one the line model cut, not another pattern's.
    let fact = |l: &Line| l.class == Class::Cut && (labelled(l) || l.why == MODEL_CUT);
    let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
    for w in 1..nb.len().saturating_sub(1) {
        let (p, i, n) = (nb[w - 1], nb[w], nb[w + 1]);
        let line = &lines[i];
        if line.class != Class::Short
            || line.stats.words > POSTER_FACT_MAX_WORDS
            || !(fact(&lines[p]) && fact(&lines[n]))
            || !(labelled(&lines[p]) || labelled(&lines[n]))
        {
            continue;
        }
        let l = text[line.start..line.end].trim_ascii();
        let Some(colon) = memchr::memchr(b':', l) else {
            continue;
        };
        let label = l[..colon].trim_ascii();
        let value = l[colon + 1..].trim_ascii();
        if label.first().is_some_and(u8::is_ascii_uppercase)
            && count_words_max(label, POSTER_FACT_LABEL_WORDS + 1) <= POSTER_FACT_LABEL_WORDS
            && !value.is_empty()
            && !matches!(last_visible_char(value), Some('.' | '!' | '?'))
        {
            lines[i].class = Class::Cut;
            lines[i].why = POSTER_FACT_CUT;
        }
    }
}

/// The reason of a poster's fact cut between two others.
const POSTER_FACT_CUT: Why = Why::Rule(Rule::Counter, Category::Comments);

/// What one line's earlier pattern cuts change for the next match on it, kept up to date in
/// constant time per match: the words they took, how far from the line start everything is
/// cut or noise, and where the last run of touching cuts began.
#[derive(Default)]
struct LineCuts {
    words: u32,
    /// `l[..head]` holds no letter outside the cuts.
    head: usize,
    /// The first letter at or after `head` (`None`: not looked for since `head` moved).
    letter: Option<usize>,
    /// The last run of touching cuts, `start..end`.
    run: Option<(usize, usize)>,
}

impl LineCuts {
    fn add(&mut self, l: &[u8], s: usize, e: usize) {
        // A cut that starts inside the last run adds only the words past its end: a line of
        // many matches, each cut from where the run began, is counted once.
        let from = match self.run {
            Some((rs, re)) if rs <= s && s <= re => re.min(e),
            _ => s,
        };
        self.words += count_words(&l[from..e]);
        if s <= self.first_letter(l) {
            self.head = self.head.max(e);
            if self.letter.is_some_and(|x| x < self.head) {
                self.letter = None;
            }
        }
        self.run = match self.run {
            Some((rs, re)) if s <= re => Some((rs, re.max(e))),
            Some(run) if e <= run.1 => Some(run),
            _ => Some((s, e)),
        };
    }

    /// A cut is taken back from `l[from..to]` (a phrase that a glued match split).
    fn cut_back(&mut self, l: &[u8], from: usize, to: usize) {
        self.words = self.words.saturating_sub(count_words(&l[from..to]));
        if self.head > from {
            self.head = from;
            self.letter = None;
        }
        self.run = match self.run {
            Some((rs, re)) if re > from => (rs < from).then_some((rs, from)),
            run => run,
        };
    }

    fn first_letter(&mut self, l: &[u8]) -> usize {
        *self
            .letter
            .get_or_insert_with(|| self.head + first_alpha(&l[self.head.min(l.len())..]))
    }

    /// No letter before `a` but in cut spans (conservative: a letter inside a cut that does
    /// not touch the head counts; the retry pass is exact).
    fn noise_before(&mut self, l: &[u8], a: usize) -> bool {
        a <= self.head || self.first_letter(l) >= a
    }

    /// Whether the last run of touching cuts holds `a..b`.
    fn covers(&self, a: usize, b: usize) -> bool {
        self.run.is_some_and(|(s, e)| s <= a && b <= e)
    }

    /// Where a match at `a` stands once the cuts right before it are taken out: a marker right
    /// after another cut one ("AdvertisementAdvertisement") stands where that one started.
    fn stands_at(&self, a: usize) -> usize {
        match self.run {
            Some((s, e)) if e == a && s < a => s,
            _ => a,
        }
    }
}

/// Sentence bounds found on the current line, reused by its later phrase matches so that a
/// line of many matches is read a bounded number of times.
#[derive(Default)]
struct Sentences {
    /// The last `sentence_end_at` query: `(from, punct, end)`.
    end: Option<(usize, usize, usize)>,
    /// The last `sentence_start` query: `(at, start)`.
    start: Option<(usize, usize)>,
}

impl Sentences {
    /// `sentence_end(l, b)`, exact: every `b` up to the punctuation found has the same end.
    fn end(&mut self, l: &[u8], b: usize) -> usize {
        match self.end {
            Some((from, punct, end)) if from <= b && b <= punct => end,
            _ => {
                let (punct, end) = sentence_end_at(l, b);
                self.end = Some((b, punct, end));
                end
            }
        }
    }

    /// `sentence_start(l, a)`: after a query at `at <= a`, only `l[at - 16..a]` is read again
    /// (a boundary ends at most 16 bytes of closers and blanks before `at` could reach past it).
    fn start(&mut self, l: &[u8], a: usize) -> usize {
        let s = match self.start {
            Some((at, start)) if at <= a => {
                let lo = floor_boundary(l, at.saturating_sub(16)).max(start);
                let s = lo + sentence_start(&l[lo..], a - lo);
                if s > lo {
                    s
                } else {
                    start
                }
            }
            _ => sentence_start(l, a),
        };
        self.start = Some((a, s));
        s
    }
}

/// What a match needs to know of the rest of its line.
struct Judge<'a> {
    /// Words on the line outside earlier cuts.
    words: u32,
    /// No letter before the match outside earlier cuts.
    noise_before: bool,
    /// No letter after the match (outside cuts, when known).
    noise_after: bool,
    /// Where the match stands for a left boundary (see `LineCuts::stands_at`).
    left: usize,
    /// Where the cuts that open the line end (0: none; see `LineCuts::head`).
    head: usize,
    /// The line's first letter outside earlier cuts (`usize::MAX`: none).
    first_letter: usize,
    /// Where the line's letters and digits start and end.
    edges: Edges,
    /// The earlier cuts on the line as disjoint runs, where they are known exactly (after the
    /// line model; empty before it).
    runs: &'a [(usize, usize)],
}

/// Where a line's letters and digits start and end, found once per line with matches.
#[derive(Clone, Copy, Default)]
struct Edges {
    /// The first letter or digit.
    first_alnum: usize,
    /// Just past the last letter or digit.
    last_alnum_end: usize,
    /// Just past the last letter: no letter follows a match that ends there or later.
    last_alpha_end: usize,
}

impl Edges {
    fn of(l: &[u8]) -> Edges {
        Edges {
            first_alnum: first_alnum(l),
            last_alnum_end: last_alnum_end(l),
            last_alpha_end: last_alpha_end(l),
        }
    }
}

fn split_lines(text: &[u8], utf8: bool) -> (Vec<Line>, Vec<u32>) {
    // One line per newline at most (white runs merge): counted first, so the vector never grows.
    let mut lines: Vec<Line> = Vec::with_capacity(memchr_iter(b'\n', text).count() + 1);
    // A long word and the blank after it take five bytes or more: never grows.
    let mut keys: Vec<u32> = Vec::with_capacity(text.len() / 5 + 1);
    let mut start = 0;
    let mut prev_white = false;
    let mut push = |start: usize, end_nl: usize, next: usize| {
        let mut end = end_nl;
        if end > start && text[end - 1] == b'\r' {
            end -= 1;
        }
        let l = &text[start..end];
        let keys_at = keys.len();
        let stats = stats::scan_keys(l, utf8, |k| keys.push(k));
        let class = if stats.alnum == 0 { Class::Blank } else { Class::Short };
        // A run of empty or white lines is one blank line to every rule (none counts blank
        // lines), so it is kept as one: memory follows the text's lines, not its newlines.
        let white = class == Class::Blank && l.iter().all(u8::is_ascii_whitespace);
        if white && prev_white {
            let last: &mut Line = lines.last_mut().expect("a white line was pushed");
            last.end = end;
            last.next = next;
            return;
        }
        prev_white = white;
        lines.push(Line {
            start,
            end,
            next,
            stats,
            class,
            why: NO_WHY,
            partial: false,
            repeats: 1,
            retried: false,
            related_tail: false,
            prose_before_tail: false,
            table: 0,
            keys_at: keys_at.min(u32::MAX as usize) as u32,
            keys_len: (keys.len() - keys_at).min(u8::MAX as usize) as u8,
            cohesion: -1.0,
        });
    };
    for nl in memchr_iter(b'\n', text) {
        push(start, nl, nl + 1);
        start = nl + 1;
    }
    if start < text.len() {
        push(start, text.len(), text.len());
    }
    (lines, keys)
}

/// Whether a marker is itself a row of items glued together: an ASCII lowercase letter right
/// before an ASCII capital inside it ("PDFDruckenE-Mail", "PDFPrintE-mail").
fn inner_glue(m: &[u8]) -> bool {
    m.windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// Patterns match whole words: no letter or digit may touch a match from outside, except
/// that a `glued` pattern may run into the next sentence's capital letter, a `prefix` into
/// the capital of the title it labels (`Lesen Sie auchHitzewelle im Rheintal`: the link's
/// text lost its space in extraction), and a `line` pattern into the sentence after it when
/// extraction glued its line between two (`…zu sehen.Bild vergrößernDer Eintritt…`, see
/// `glued_block`). A capital starts a word there only where case
/// changes: after a lowercase letter (`AdvertisementIn`), or before one (`ANZEIGEDie`); in
/// capitals throughout, the match is the start of a longer word (`PARIS`, `BYSTANDERS`).
fn word_bounded(l: &[u8], a: usize, b: usize, kind: Kind) -> bool {
    let left_ok = match char_before(l, a) {
        Some((c, _)) => {
            !c.is_alphanumeric()
                || !char_at(l, a).is_some_and(|(x, _)| x.is_alphanumeric())
                // A marker of several words, a label, a word in capitals or a row of items
                // glued together may open a block glued to a word's last lowercase letter:
                // "Lieferzeit 1–2 WerktageIn den Warenkorb", "…à l'abri de la
                // lumièrePublicité – Pneus Boréal : …", "Hausbesuche nach VereinbarungFoto:
                // Praxis Dr. Weber", "…por la web municipalPUBLICIDAD", "Sektion
                // TischtennisPDFDruckenE-Mail". So may a glued marker of one word with the
                // next block glued to its end as well: "…in Wort und SchriftAnzeigeWir bieten".
                || kind != Kind::Phrase
                    && c.is_lowercase()
                    && char_at(l, a).is_some_and(|(x, _)| x.is_uppercase())
                    && (memchr::memchr(b' ', &l[a..b]).is_some()
                        || l[b - 1] == b':'
                        || shouted(&l[a..b])
                        || inner_glue(&l[a..b])
                        || kind == Kind::Glued && glued_at(l, b))
                // A marker of several words may be glued to a figure: "Anzahl: 1In den
                // Warenkorb", "--repo s3://backups/web01Copy to clipboard".
                || kind == Kind::Glued
                    && c.is_ascii_digit()
                    && char_at(l, a).is_some_and(|(x, _)| x.is_uppercase())
                    && memchr::memchr(b' ', &l[a..b]).is_some()
        }
        None => true,
    };
    if !left_ok {
        return false;
    }
    let last = char_before(l, b).map(|x| x.0);
    match char_at(l, b) {
        Some((c, n)) if c.is_alphanumeric() && last.is_some_and(char::is_alphanumeric) => {
            let next_lower = char_at(l, b + n).is_some_and(|(d, _)| d.is_lowercase());
            match kind {
                // A glued marker may also stand before a step's number: "…grumeaux.Publicité4.
                // Versez la pâte…".
                Kind::Glued if c.is_ascii_digit() => numbered_step_at(l, b),
                Kind::Glued | Kind::Prefix | Kind::Line => {
                    c.is_uppercase()
                        && (last.is_some_and(char::is_lowercase)
                            || next_lower
                            // A marker in capitals may be glued to a sentence's one-letter first
                            // word: "…in thirty seconds.ADVERTISEMENTA few notes".
                            || kind == Kind::Glued
                                && l.get(b + n) == Some(&b' ')
                                && char_at(l, b + n + 1).is_some_and(|(d, _)| d.is_lowercase())
                                && shouted(&l[a..b]))
                }
                // A phrase may end where the next block's sentence was glued on: "…von 214
                // Personen als hilfreich bewertetDie Schrift…" (see `glued_sentence_at`).
                Kind::Phrase => c.is_uppercase() && last.is_some_and(char::is_lowercase) && next_lower,
            }
        }
        _ => true,
    }
}

/// Where in `l[from..to]` a heading's or a step's number is glued to a lowercase letter,
/// with a capital after it ("Albrecht2. Tag"; see [`numbered_step_at`]).
fn step_glued_in(l: &[u8], from: usize, to: usize) -> Option<usize> {
    (from + 1..to).find(|&i| {
        l[i].is_ascii_digit()
            && char_before(l, i).is_some_and(|(c, _)| c.is_lowercase())
            && numbered_step_at(l, i)
            && char_at(l, i + l[i..].iter().take_while(|b| b.is_ascii_digit()).count() + 2)
                .is_some_and(|(d, _)| d.is_uppercase())
    })
}

/// Whether a step's or a question's number opens `l[b..]`: one or two digits, then a dot or
/// a parenthesis and a blank ("4. Versez", "2) How much").
fn numbered_step_at(l: &[u8], b: usize) -> bool {
    let digits = l[b..].iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && matches!(l.get(b + digits), Some(b'.' | b')'))
        && l.get(b + digits + 1).is_some_and(|&c| c == b' ')
}

/// Whether `m` is a word in capitals: four letters or more, none lowercase.
fn shouted(m: &[u8]) -> bool {
    m.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 4
        && std::str::from_utf8(m).is_ok_and(|s| !s.chars().any(char::is_lowercase))
}

/// Whether `l` holds a time of day in digits: one or two digits, a colon, two digits ("18:44",
/// "6:05"), no digit on either side.
fn has_clock_time(l: &[u8]) -> bool {
    memchr::memchr_iter(b':', l).any(|c| hours_and_minutes_at(l, c, false))
}

/// Whether `l` holds a time of day written the French way: one or two digits, an `h`, two
/// digits ("21h12", "9h05"), no letter or digit on either side.
fn has_h_time(l: &[u8]) -> bool {
    memchr::memchr_iter(b'h', l).any(|c| hours_and_minutes_at(l, c, true))
}

/// Whether the mark at `c` of `l` (a colon, an `h`) parts a time's hours from its minutes: one
/// or two digits before it, two after it and no digit after those; `closed`, no letter
/// either after them, nor right before the hours.
fn hours_and_minutes_at(l: &[u8], c: usize, closed: bool) -> bool {
    let ends_word = |b: &u8| {
        if closed {
            b.is_ascii_alphanumeric()
        } else {
            b.is_ascii_digit()
        }
    };
    let after =
        l.get(c + 1..c + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit)) && !l.get(c + 3).is_some_and(ends_word);
    let before = l[..c].iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let bounded = !closed || c <= before || !l[c - before - 1].is_ascii_alphanumeric();
    after && (1..=2).contains(&before) && bounded
}

/// Most words of the names before an agency's credit (see [`agency_byline`]).
const AGENCY_BYLINE_MAX_WORDS: u32 = 6;

/// Lowercase words that may stand among the names of an agency byline: name particles, "and",
/// and the newsroom itself ("La rédaction, AFP").
const BYLINE_LOWER: [&str; 18] = [
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "la",
    "le",
    "da",
    "di",
    "du",
    "y",
    "und",
    "and",
    "et",
    "e",
    "rédaction",
    "redacción",
];

/// Where the author's names start in `head`, the start of a line that a `line` credit
/// pattern ends (an agency: `dpa`, `AFP`, `EFE`), if `head` ends with a byline: a few
/// capitalised words (name particles and "and" aside) after the line's last sentence end or
/// separator, then a comma or a slash ("Jana Müller, dpa", "… was closed. Jane Miller/AP").
fn agency_byline(head: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(head).ok()?;
    let names = text.trim_end().strip_suffix([',', '/'])?.trim_end();
    // The names start after the last sentence end or separator before them.
    let start = names
        .rfind(|c: char| is_sentence_end(c) || matches!(c, '|' | '·' | '•'))
        .map_or(0, |i| i + names[i..].chars().next().map_or(1, char::len_utf8));
    let start = skip_blanks(head, start);
    let plain = |w: &str| !w.chars().any(|c| c == ':' || c == ',' || c.is_ascii_digit());
    is_names(&names[start.min(names.len())..], plain).then_some(start)
}

/// `s` is one to [`AGENCY_BYLINE_MAX_WORDS`] words of names: capitalised, or name particles
/// and "and" ([`BYLINE_LOWER`]) after the first, each of them `word_ok`.
fn is_names(s: &str, word_ok: impl Fn(&str) -> bool) -> bool {
    let mut n = 0;
    s.split_whitespace().all(|w| {
        n += 1;
        let first = w.chars().next().is_some_and(char::is_uppercase);
        n <= AGENCY_BYLINE_MAX_WORDS as usize && (first || n > 1 && BYLINE_LOWER.contains(&w)) && word_ok(w)
    }) && n > 0
}

/// Longest rest of a line read as a credit's names (see [`credit_names_follow`]).
const CREDIT_NAMES_MAX_BYTES: usize = 512;

/// Most parts of a credit's names (see [`is_credit_names`]).
const CREDIT_PARTS_MAX: usize = 3;

/// What follows a credit's word on its line is names split by slashes (or a slash and
/// names): two or three parts, each of one to [`AGENCY_BYLINE_MAX_WORDS`] capitalised words
/// (name particles and "and" aside), nothing else: "Le Courrier du Val / Bastien Roux",
/// "Jean Dupont/Le Progrès".
fn is_credit_names(s: &str) -> bool {
    let s = s.trim();
    // Right after the credit's word: "EFE / Juan Carlos Hidalgo".
    let (s, min) = match s.strip_prefix('/') {
        Some(rest) => (rest.trim_start(), 1),
        None => (s, 2),
    };
    let parts = s.split('/').count();
    (min..=CREDIT_PARTS_MAX).contains(&parts) && s.split('/').all(|part| is_names(part, is_name_word_shape))
}

/// Whether `w` is spelt as a word of a person's or a paper's name: letters, hyphens, dots and
/// apostrophes ("Jean-Marc", "J.", "O'Neill").
fn is_name_word_shape(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
}

/// A `line` credit pattern ending at `b` (no second part) is followed by names split by
/// slashes ([`is_credit_names`]).
fn credit_names_follow(e: &Entry, l: &[u8], b: usize) -> bool {
    // Three parts of a few names each fit in far fewer bytes; a longer rest is not read (for
    // each match, that made a long line quadratic).
    e.category == Category::Credit
        && e.rest.is_empty()
        && l.len() - b <= CREDIT_NAMES_MAX_BYTES
        && std::str::from_utf8(&l[b..]).is_ok_and(is_credit_names)
}

/// Whether a percentage starts at `l[i..]`, blanks aside: digits (with `.` or `,` among
/// them), then `%`, a blank between allowed ("30%", "12,5 %").
fn percentage_at(l: &[u8], i: usize) -> bool {
    let start = skip_blanks(l, i);
    let end = start
        + l[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
            .count();
    end > start && l[start].is_ascii_digit() && l.get(skip_blanks(l, end)) == Some(&b'%')
}

enum Verdict {
    None,
    Line,
    Span(usize, usize),
}

/// Tries pattern `e`, found at `l[a..b]`, on line `l`, knowing `ctx` of the rest of the line.
fn apply(
    e: &Entry,
    l: &[u8],
    a: usize,
    b: usize,
    stats: &Stats,
    ctx: &Judge<'_>,
    sentences: &mut Sentences,
) -> Verdict {
    let words = ctx.words;
    match e.kind {
        Kind::Line => {
            // Counts around the pattern are noise ("Share (12)"), a percentage right after it
            // is not: "Save 30%" is a product's discount, not a bookmark button.
            // With later parts ("Today's best ... deals"), the line ends with the last one.
            // (Then the later parts are found too.)
            let noise_after = if e.rest.is_empty() {
                ctx.noise_after
            } else {
                words <= PREFIX_MAX_WORDS && rest_end(e, &l[b..]).is_some_and(|r| b + r >= ctx.edges.last_alpha_end)
            };
            let alone =
                ctx.noise_before && noise_after && !percentage_at(l, b) && lone_char_alone(e, l, ctx.left, a, b);
            if alone {
                return Verdict::Line;
            }
            // An agency's credit may end its byline: "Jana Müller, dpa", all that is left of
            // its line.
            let byline = e.category == Category::Credit
                && ctx.noise_after
                && e.rest.is_empty()
                && ctx.first_letter < a
                && agency_byline(&l[ctx.first_letter..a]) == Some(0);
            // Or open a credit of names and a slash: "Photo Le Courrier du Val / Bastien Roux".
            let credit = ctx.noise_before && credit_names_follow(e, l, b);
            if byline || credit {
                Verdict::Line
            } else {
                Verdict::None
            }
        }
        Kind::Prefix => {
            // A linked story's label and colon opening the line take its title and teaser,
            // however long: "Lesen Sie auch: Eigenanteil im Pflegeheim erreicht Rekordwert –
            // Bewohner zahlen im ersten Jahr …".
            // One block of one sentence, the title and its teaser: no bar, no block glued on
            // ("Related: How the storm changed the coast | Menu The river rose…" holds the
            // article's paragraph). (After the line model only: the lines the model reads stay
            // as they were.)
            let teaser = e.late
                && e.category == Category::Related
                && ctx.first_letter == a
                && e.text.ends_with(':')
                && e.rest.is_empty()
                && words <= RELATED_TEASER_MAX_WORDS
                && is_lone_teaser(l, b, ctx.runs);
            // Too long for a label: decided before anything reads the rest of the line (a line
            // of many matches would be read once for each).
            if words > PREFIX_MAX_WORDS && !teaser {
                return Verdict::None;
            }
            // A prefix marks a label-like line, not a full sentence of prose. A date after its
            // label may end with a dot ("Zuletzt aktualisiert am 2. Juni 2025.") and is no
            // sentence for that: a short line whose last letter or digit is a digit.
            // Nor is a stamp with a time of day: "Zuletzt bearbeitet von Feldhase am 02.09.2021
            // um 18:44 Uhr, insgesamt 2-mal bearbeitet.", "Last edited by jo; 11-02-2021 at 06:44 PM."
            // A thread's head ends on its date too: "Discussion in 'Wi-Fi' started by jo, Oct 8,
            // 2024."
            let date_line = matches!(e.category, Category::Date | Category::Comments)
                && (words <= DATE_LINE_MAX_WORDS
                    && last_alnum_end(l).checked_sub(1).is_some_and(|i| l[i].is_ascii_digit())
                    || has_clock_time(&l[b..]));
            // A linked story's title may be a question: "Related: Is melatonin safe for
            // children?", "À lire également : Robot ou balai, que choisir ?".
            let question_title = e.category == Category::Related && stats.ends_question;
            // Nor is a row of items between bars, whatever its last item ends with:
            // "¿Ya tienes cuenta? Entra aquí | Menu | Want more? Sign up for our newsletter."
            let prose = stats.ends_sentence
                && words >= 6
                && !teaser
                && !date_line
                && !question_title
                && !ends_with_count_aside(l)
                && !ends_with_duration(l)
                && spaced_bars(l).nth(1).is_none();
            // A date stamp may follow a short label and a separator on its line: "Redacción
            // Deportes | Actualizado el 2 de junio de 2024, 22:47".
            let after_label = || e.category == Category::Date && after_short_label(l, ctx.first_letter, a);
            if prose || !(ctx.noise_before || after_label()) || !rest_found(e, &l[b..]) {
                return Verdict::None;
            }
            // A byline names someone and is no sentence: "By Jane Doe", not "By Friday, the
            // roads had reopened."
            if e.category == Category::Byline && !byline_goes_on(l, b) {
                return Verdict::None;
            }
            Verdict::Line
        }
        Kind::Phrase => {
            // A phrase in quotation marks, in a line of prose, is quoted by the text around
            // it: an article about banners and newsletters ("Ein Satz wie „Wir verwenden
            // Cookies, um …“ reicht nicht aus."), not one of them.
            if words > QUOTED_PROSE_MIN_WORDS && opens_quote_before(l, a) {
                return Verdict::None;
            }
            let mut s = sentences.start(l, a);
            // A phrase glued to the block before it opens its own block there, which ends
            // where the next block is glued on: "Family ticket: £38 (two adults, two
            // children)Add to cartGift vouchers…" loses its button, not the ticket nor the
            // vouchers (see [`next_glue`]).
            let glued_block = s < a && glued_at(l, a);
            if glued_block {
                s = a;
            }
            // A consent banner is a block of its own, several sentences long: the whole line,
            // when it opens the line; after another block's sentence glued before it ("…nur
            // mit Termin.Diese Website verwendet Cookies."), its sentence.
            if e.category == Category::Cookie
                && stats.words <= CONSENT_BLOCK_WORDS
                && s <= ctx.first_letter
                && rest_found(e, &l[b..])
            {
                return Verdict::Line;
            }
            let mut en = sentences.end(l, b);
            if a - s > PHRASE_WINDOW {
                return Verdict::None;
            }
            // A phrase's sentence ends where extraction glued the next block's sentence to it
            // ("Abonnieren Sie unseren Newsletter „Wirtschaft am Morgen“Richtig ist aber
            // auch…", "Foto: dpa/Max MustermannDer Trainer sagte…"); and a credit, a block of
            // its own, starts right after the end mark of the sentence before it ("…um 19
            // Uhr.© dpa"). Looked for within the window only.
            let credit = e.category == Category::Credit;
            let reach = en.min(b + PHRASE_WINDOW + 1);
            en = glued_sentence_at(l, b, reach, credit)
                .or_else(|| {
                    if credit {
                        sentence_after_credit(l, b, reach)
                    } else {
                        None
                    }
                })
                .unwrap_or(en);
            if glued_block {
                en = next_glue(l, b, en.min(b + PHRASE_WINDOW + 1));
            }
            // A sentence reaching further than the window is too long for a phrase.
            if en - b > PHRASE_WINDOW {
                return Verdict::None;
            }
            if e.category == Category::Credit && char_before(l, a).is_some_and(|(c, _)| is_sentence_end(c)) {
                s = a;
            }
            let max = if e.category == Category::Date {
                DATE_PHRASE_MAX_WORDS
            } else {
                PHRASE_MAX_WORDS
            };
            if count_words_max(&l[s..en], max + 1) > max || !rest_found(e, &l[b..en]) {
                return Verdict::None;
            }
            // A link's or a button's name, written as a title ("Terms of Service", "Buy
            // now"), found in lowercase in a sentence of some length is what the sentence is
            // about: "The company changed its terms of service last week.", "Klarna lets you
            // buy now and pay later." A promotion's first letter counts inside a sentence;
            // a legal note's does not ("This site is © 2025 Jane Roe, all rights reserved").
            if matches!(e.category, Category::Legal | Category::Promo)
                && lowercase_mention(&e.text, &l[a..b], a > s && e.category == Category::Promo)
                && count_words_max(&l[s..en], MENTION_MIN_WORDS) >= MENTION_MIN_WORDS
            {
                return Verdict::None;
            }
            // A title glued to a pitch's or a notice's sentence ends it: "Unterstützen Sie
            // das Projekt auf Open CollectiveKonfigurationsdatei anlegen" keeps its heading
            // (see [`heading_glued_after`]). After the line model only (the lines it reads
            // stay as they were), but for a stamp's, which the fitted pages never glue to a
            // title: "4 Minuten LesedauerLuise hat keine Chance – und das Publikum jubelt".
            let mut glued_after = false;
            if !glued_block && (e.late || e.category == Category::Date) && own_block(e.category) {
                if let Some(g) = heading_glued_after(l, b, en, GLUED_HEADING_MIN_WORDS) {
                    (en, glued_after) = (g, true);
                }
            }
            en = skip_blanks(l, en);
            let pitch = matches!(
                e.category,
                Category::Newsletter | Category::Promo | Category::Follow | Category::Widget | Category::Comments
            );
            let prompt = pitch || matches!(e.category, Category::Share | Category::Feedback);
            // A thread's closing notice follows the last post, whose thanks are no lead-in
            // ("Vielen Dank euch beiden! Dieses Thema wurde automatisch geschlossen…"): a
            // comment's pitch is led in by a question only.
            let exclaim = e.category != Category::Comments;
            let s = if prompt { lead_in(l, s, exclaim).unwrap_or(s) } else { s };
            if (pitch || e.category == Category::Feedback) && !glued_after {
                en = follow_up(l, en).unwrap_or(en);
            }
            Verdict::Span(s, en)
        }
        Kind::Glued => {
            // Past the cuts that open the line, with no letter or digit between, a marker
            // opens what a second pass reads of the line: "Want more? Sign up for our
            // newsletter. [ Privacy Policy The river rose…".
            let after_head = ctx.head > 0 && ctx.head <= a && !has_alnum(&l[ctx.head..a]);
            // A marker set off by dashes on both sides goes with them and is judged from
            // them: "…lag.– Anzeige –Kämmerin Birgit Sauter…".
            let (a, b, from) = match dashed(l, a, b) {
                Some((s, e)) => (s, e, s),
                None => (a, b, ctx.left),
            };
            // A shop's button glued to a price, or to the bracket that closes one, opens a
            // block too: "Gebühr: 96,00 € (ermäßigt 72,00 €)In den WarenkorbItalienisch A1 –
            // Wochenend-Crashkurs" (see [`next_glue`]); so does a link in square brackets
            // glued to a heading: "History[edit]".
            let left = from <= ctx.edges.first_alnum
                || block_starts_at(l, from)
                || after_head
                || glued_at(l, from)
                || l.get(a) == Some(&b'[');
            // An asterisk right after the marker is its footnote mark ("…ersten
            // Woche.Werbung*Mein Tipp heute…"): it goes with it.
            let b = b + l[b..].iter().take(2).take_while(|&&c| c == b'*').count();
            let right = b >= ctx.edges.last_alnum_end || starts_next(l, b);
            if left && right && rest_found(e, &l[b..]) {
                Verdict::Span(a, skip_blanks(l, b))
            } else if left && e.category == Category::Ad && e.rest.is_empty() {
                ad_copy_after(l, b).map_or(Verdict::None, |end| Verdict::Span(a, end))
            } else {
                Verdict::None
            }
        }
    }
}

/// The end of an ad's copy that follows its marker after a dash, a bullet, an arrow or a
/// colon, up to the next block extraction glued on or the line's end: "…48
/// Prozent.ANZEIGE – Business-Kredite ab 3,9 % eff. p. a.Was fehlt…", "WERBUNG ▸
/// Rechtsschutz ab 9,90 € im MonatDrei Monate…", "Annonce sponsorisée — Assurance
/// habitation dès 9 €/mois. Comparez en 2 minutes." The copy makes an offer ([`is_offer`])
/// in [`AD_COPY_MAX_WORDS`] words at most; `None` otherwise.
fn ad_copy_after(l: &[u8], b: usize) -> Option<usize> {
    let d = skip_blanks(l, b);
    let (c, n) = char_at(l, d)?;
    // A dash, a bullet or an arrow after a blank (not a hyphen: "Anzeige-Kunden"), or a
    // colon.
    if !(matches!(c, '-' | '–' | '—' | '·' | '•' | '▸' | '›' | '|') && d > b || c == ':') {
        return None;
    }
    let from = skip_blanks(l, d + n);
    if from == d + n {
        return None;
    }
    let end = next_glue(l, from, l.len().min(from + PHRASE_WINDOW + 1));
    let copy = std::str::from_utf8(&l[from..end]).ok()?;
    (end > from && count_words_max(copy.as_bytes(), AD_COPY_MAX_WORDS + 1) <= AD_COPY_MAX_WORDS && is_offer(copy))
        .then(|| skip_blanks(l, end))
}

/// The span of the marker at `l[a..b]` with the dashes that set it off on both sides, blanks
/// between ("– Anzeige –", "- Advertisement -"); `None` unless both are there.
fn dashed(l: &[u8], a: usize, b: usize) -> Option<(usize, usize)> {
    let is_dash = |c: char| matches!(c, '-' | '–' | '—');
    let s = skip_blanks_back(l, a);
    let (c, n) = char_before(l, s)?;
    if !is_dash(c) {
        return None;
    }
    let e = skip_blanks(l, b);
    let (d, m) = char_at(l, e)?;
    is_dash(d).then_some((s - n, e + m))
}

/// Fewest words of a line (outside earlier cuts) in which a phrase in quotation marks is
/// taken for a quote (see [`apply`]).
const QUOTED_PROSE_MIN_WORDS: u32 = 30;

/// Quotation marks that open a quote: „ “ ‚ ‘ « ‹ and the typewriter ones.
fn is_opening_quote(c: char) -> bool {
    matches!(c, '„' | '“' | '‚' | '‘' | '«' | '‹' | '"' | '\'')
}

/// Whether a quotation mark that opens a quote stands right before position `a` of `l`: a
/// mark after a letter or a digit closes a word instead ("l'utilisation", "rock'n'roll").
fn opens_quote_before(l: &[u8], a: usize) -> bool {
    char_before(l, a)
        .is_some_and(|(c, n)| is_opening_quote(c) && !char_before(l, a - n).is_some_and(|(p, _)| p.is_alphanumeric()))
}

/// Fewest words of a sentence that names a legal link or a button in lowercase and is left
/// alone for it (see [`apply`]).
const MENTION_MIN_WORDS: u32 = 8;

/// Whether `m`, a match of the pattern `pattern`, is in lowercase where the pattern has a
/// capital after its first letter ("terms of service" for "Terms of Service"), or, when
/// `inside`, at its first letter too ("buy now" for "Buy now").
fn lowercase_mention(pattern: &str, m: &[u8], inside: bool) -> bool {
    let p = pattern.as_bytes();
    p.len() >= m.len()
        && p[..m.len()]
            .iter()
            .zip(m)
            .skip(usize::from(!inside))
            .any(|(pc, mc)| pc.is_ascii_uppercase() && mc.is_ascii_lowercase())
}

/// Most words of the question that leads into a pitch (see [`lead_in`]).
const LEAD_IN_MAX_WORDS: u32 = 12;
/// Most words of an exclamation that leads into a pitch or follows one (see [`lead_in`] and
/// [`follow_up`]).
const EXCLAMATION_MAX_WORDS: u32 = 4;

/// The start of a short question or (with `exclaim`) exclamation right before the sentence
/// that starts at `s`, if there is one: a pitch often opens with one ("Sie wollen nichts mehr
/// verpassen? Dann abonnieren Sie unseren Newsletter.", "¿No quieres perderte nada?
/// Suscríbete…", "Almost done! Please check your inbox…"), and it goes with the pitch.
fn lead_in(l: &[u8], s: usize, exclaim: bool) -> Option<usize> {
    let q = skip_blanks_back(l, s);
    let max = match q.checked_sub(1).map(|i| l[i]) {
        Some(b'?') => LEAD_IN_MAX_WORDS,
        Some(b'!') if exclaim => EXCLAMATION_MAX_WORDS,
        _ => return None,
    };
    // A separator before it makes it an item of a row of links, not a lead-in.
    let qs = sentence_start(l, q - 1);
    let item = l[qs..q].iter().any(|&c| matches!(c, b'|' | b'>'));
    (qs < q && !item && count_words_max(&l[qs..q], max + 1) <= max).then_some(qs)
}

/// The end of a short exclamation, request or button's label that ends the line right after
/// a pitch that ends at `e` (its trailing blanks included), if there is one: "Did you make
/// this recipe? Leave a rating below!", "Ihr Browser ist veraltet. Bitte aktualisieren Sie
/// ihn.", "Vous utilisez un bloqueur de publicité. Merci de le désactiver.", "Déjà abonné ?
/// Je me connecte".
fn follow_up(l: &[u8], e: usize) -> Option<usize> {
    if e >= l.len() {
        return None;
    }
    let end = sentence_end_at(l, e).1;
    let body = l[e..end].trim_ascii_end();
    // Only the line's last sentence, and no item of a row of links: a cut that reached into
    // another pattern's sentence would take that pattern's place.
    if skip_blanks(l, end) < l.len() || body.contains(&b'|') {
        return None;
    }
    let max = if starts_with_please(body) {
        REQUEST_MAX_WORDS
    } else if body.ends_with(b"!") {
        EXCLAMATION_MAX_WORDS
    } else if l[..e].trim_ascii_end().ends_with(b"?") && is_label(body) {
        // A button's label after a question, left at the line's end: "Déjà abonné ? Je me
        // connecte", "Is this page useful? Edit this page".
        BUTTON_MAX_WORDS
    } else {
        return None;
    };
    (count_words_max(body, max + 1) <= max).then(|| skip_blanks(l, end))
}

/// Whether `s` reads as a button's label: letters, digits, blanks, hyphens and typographic
/// apostrophes only (no code: `'Online': 'Offline'; }`).
fn is_label(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok_and(|s| {
        s.chars()
            .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '’'))
    })
}

/// Most words of what is left of a line after a pitch (see [`follow_up`]).
const BUTTON_MAX_WORDS: u32 = 3;

/// Most words of a request after a pitch (see [`follow_up`]).
const REQUEST_MAX_WORDS: u32 = 16;

/// Words that open a polite request in the four languages.
const PLEASE: [&str; 6] = ["bitte", "please", "veuillez", "merci de", "por favor", "kindly"];

/// Whether `s` opens with a word of [`PLEASE`], in any ASCII case, followed by a blank or a
/// comma.
fn starts_with_please(s: &[u8]) -> bool {
    PLEASE.iter().any(|p| {
        s.len() > p.len() && s[..p.len()].eq_ignore_ascii_case(p.as_bytes()) && matches!(s[p.len()], b' ' | b',')
    })
}

/// A `line` pattern of one byte (`X`, the network) is a line by itself only when it
/// stands alone, in the case it is written in: with digits or signs around it, it is a
/// variable, a factor or a grid (`x: 10`, `2 x`, `X.. ..X`), not a link. The match at
/// `l[a..b]` stands at `left` (see [`Judge::left`]): what earlier cuts took right before it
/// is not beside it.
fn lone_char_alone(e: &Entry, l: &[u8], left: usize, a: usize, b: usize) -> bool {
    e.text.len() > 1
        || l[a..b] == *e.text.as_bytes() && l[..left].iter().chain(&l[b..]).all(|c| c.is_ascii_whitespace())
}

/// Fewest words of the block glued after a linked story's title that opens its line (see
/// [`glued_block`]): the article's sentence.
const GLUED_TEASER_PROSE_WORDS: u32 = 5;

/// A `line` or `prefix` pattern glued to the end of a sentence, where extraction lost a block
/// boundary: "...zu melden.Lesen Sie auch: Einbrecher nutzen die dunkle Jahreszeit". The
/// match must start with a capital right after the sentence's end mark (no blank between:
/// with a blank it may be prose). What it cuts is its block, up to the next such boundary
/// or the line's end, judged as the line it once was: a `line` pattern must fill the block,
/// a `prefix` block must be short and not a sentence of prose. A `prefix` match that opens
/// the line (`first_letter`: its first letter outside earlier cuts) counts too when the
/// article's next block is glued after its block: a linked story's label and its title, a
/// byline's name, a quoted poster's name.
fn glued_block(e: &Entry, l: &[u8], first_letter: usize, a: usize, b: usize, after_model: bool) -> Verdict {
    // Or a linked story's label opening the line, with the story's title and then the
    // article's next block glued on: "Weitere Artikel: Hotel Säntisblick wird verkauftSollte
    // die Abstimmung …" (the label and the title go, the paragraph stays).
    // So may an author's or a quoted poster's name, before the article's or the post's first
    // sentence: "By Jane DoeThe council voted …", "Originally Posted by gazza_kGarage …".
    let opens = e.kind == Kind::Prefix
        && e.rest.is_empty()
        && a == first_letter
        && match e.category {
            Category::Related | Category::Share => e.text.ends_with(':'),
            Category::Byline | Category::Comments => true,
            _ => false,
        };
    // Or a button's or a link's name of two words or more (a late `line` pattern) opening
    // the line, with the next block glued to its end: "Jetzt buchenNur noch 3 Zimmer frei!",
    // "Añadir al calendarioDomingo 13 de abril de 2025": a capital and a lowercase letter
    // glued on. One word may open a name in camel case ("ServiceNow", "EmailMarketingToday",
    // "PasswordAuthentication"), and a capital alone may end one ("Download for macOS").
    // After the model, its count may stand between: "Gefällt mir (3)Tolles Ergebnis …".
    let bc = if after_model { b + count_aside_at(l, b) } else { b };
    let heads_line = e.kind == Kind::Line
        && (e.late || after_model)
        && a == first_letter
        && e.text.trim().contains(' ')
        && glued_at(l, bc)
        && !camel_case_at(l, bc)
        && lowercase_after(l, bc);
    // After the line model, a closing bracket after a figure ends a block too: "…10,85 €/m²
    // (Stand Oktober 2024)Beliebte Suchen: Wohnung mieten …".
    let after_bracket = || {
        e.late
            && char_before(l, a).is_some_and(|(c, _)| c == ')')
            && l[..a - 1].last().is_some_and(u8::is_ascii_digit)
            && char_at(l, a).is_some_and(|(c, _)| c.is_uppercase())
    };
    if !opens && !heads_line && !glued_start(l, a) && !after_bracket() {
        return Verdict::None;
    }
    // A share bar's label glued straight to the next block, its buttons drawn as icons
    // ("…institucional.Compartir:Plazos de matrícula"), is a block of its own.
    let label_alone =
        e.category == Category::Share && e.text.ends_with(':') && char_at(l, b).is_some_and(|(c, _)| c.is_uppercase());
    let mut end = if label_alone { b } else { block_end(l, b) };
    // After the model, an article's list item glued on ends the block too: "Lire aussi :
    // Mélatonine, faut-il vraiment en prendre ?6. Soignez votre chambre …".
    if after_model {
        end = glued_list_item(l, b, end).unwrap_or(end);
    }
    // A credit's name ends where a heading's or a step's number is glued to its last letter:
    // "…Foto: G. Albrecht2. Tag: Regen und ein Planwechsel".
    if e.category == Category::Credit {
        end = step_glued_in(l, b, end).unwrap_or(end);
    }
    if opens && (end == l.len() || count_words_max(&l[end..], GLUED_TEASER_PROSE_WORDS) < GLUED_TEASER_PROSE_WORDS) {
        return Verdict::None;
    }
    if end > a + PHRASE_WINDOW {
        return Verdict::None;
    }
    let block = &l[a..end];
    let ok = match e.kind {
        Kind::Line => {
            e.text.len() > 1 && last_alpha_end(&l[..end]) <= b && rest_found(e, &l[b..end])
                // A credit takes the names after it: "…municipal.Photo Le Courrier / J.-P. R.«",
                // or a name alone between two blocks glued on: "…Raumentwicklung.Bild Sandra
                // KellerDer Steg ist …".
                || credit_names_follow(e, &l[..end], b)
                || e.category == Category::Credit
                    && e.rest.is_empty()
                    && end < l.len()
                    && std::str::from_utf8(&l[b..end]).is_ok_and(|n| is_names(n, |w| w.chars().all(char::is_alphabetic)))
        }
        // A share bar's label with its buttons glued on, before the article's first
        // sentence: "Teilen:FacebookWhatsAppE-MailEs war kurz nach sechs Uhr, …".
        Kind::Prefix if opens && e.category == Category::Share => share_run_end(l, b) > b,
        // A name of two capitalised words or more ("Posted by EditorDavid on …" is one word
        // in camel case, not a name glued to a sentence), or a user's name of one word that
        // no capital opens ("gazza_k").
        // Or a stamp that ends on a figure, its date's year in it, before the article's
        // first sentence: "Geschrieben von Redaktion am Sonntag, 14. April 2019 | Zugriffe:
        // 418Was für ein Nachmittag …".
        Kind::Prefix if opens && e.category != Category::Related => {
            glued_stamp(&l[b..end])
                || std::str::from_utf8(&l[b..end]).is_ok_and(|n| {
                    let n = n.trim();
                    n.split_whitespace().nth(1).is_some() && is_names(n, is_name_word_shape)
                        || e.category == Category::Comments
                            && n.chars().next().is_some_and(|c| !c.is_uppercase())
                            && n.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
                })
        }
        // The title: one block of one sentence, no bar and no end mark inside it (judged by
        // its marks, not its length, which a cut inside it would change).
        Kind::Prefix if opens => {
            !block.iter().any(|&c| matches!(c, b'|' | b'\t'))
                && !block
                    .windows(2)
                    .any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ')
                && !["·", "•", "»", "›"]
                    .iter()
                    .any(|m| memchr::memmem::find(block, m.as_bytes()).is_some())
        }
        Kind::Prefix => {
            let words = count_words_max(block, PREFIX_MAX_WORDS + 1);
            // A teaser may ask a question; a full stop after six words makes it prose, but not
            // an edit stamp's ("…saved me £180!Last edited by gazza_k; 18-11-2007 at 09:15 AM.").
            let stamp = matches!(e.category, Category::Date | Category::Comments)
                && (has_clock_time(&l[b..end]) || has_h_time(&l[b..end]));
            let prose = words >= 6 && ends_with_full_stop(block) && !ends_with_count_aside(block) && !stamp;
            // A menu's link asks nothing: a question after it is the next block's, an FAQ's
            // ("…payment.Back to top 2. How much will I pay?").
            let question = e.category == Category::Nav && words >= 6 && last_visible_char(block) == Some('?');
            words <= PREFIX_MAX_WORDS
                && !question
                && !prose
                && rest_found(e, &l[b..end])
                && (e.category != Category::Byline || byline_goes_on(l, b))
        }
        _ => false,
    };
    if ok {
        // A share bar's label takes the buttons glued after it: "…en
        // septembre.Partager :FacebookTwitterE-mailImprimerJ'aime".
        let end = if e.category == Category::Share {
            share_run_end(l, end)
        } else if e.category == Category::Comments && memchr::memchr(b':', &l[a..end]).is_some() {
            stat_run_end(l, end)
        } else {
            end
        };
        Verdict::Span(a, skip_blanks(l, end))
    } else {
        Verdict::None
    }
}

/// The length of a count in brackets at `b` of `l`, after a blank or not (" (3)", "(12)"),
/// or 0.
fn count_aside_at(l: &[u8], b: usize) -> usize {
    let o = usize::from(l.get(b) == Some(&b' '));
    let digits = l
        .get(b + o + 1..)
        .map_or(0, |r| r.iter().take(7).take_while(|c| c.is_ascii_digit()).count());
    if l.get(b + o) == Some(&b'(') && digits > 0 && l.get(b + o + 1 + digits) == Some(&b')') {
        o + digits + 2
    } else {
        0
    }
}

/// Whether the text `s` between a stamp's label and a block glued after it is the rest of
/// the stamp ([`glued_block`]): it ends on a figure (a count of views, a time, a date), names
/// a year ([`has_year`]) and has no more words than a label's line ([`PREFIX_MAX_WORDS`]).
/// A name in camel case does not end on a figure, nor does a sentence.
fn glued_stamp(s: &[u8]) -> bool {
    s.last().is_some_and(u8::is_ascii_digit)
        && has_year(s)
        && count_words_max(s, PREFIX_MAX_WORDS + 1) <= PREFIX_MAX_WORDS
}

/// Most words, and bytes, between a credit's opening bracket and its pattern (see
/// [`trailing_credit`]): "(Staff photo by …".
const CREDIT_BRACKET_HEAD_WORDS: u32 = 2;
const CREDIT_BRACKET_HEAD_BYTES: usize = 24;

/// A photo credit that extraction appended to its caption or paragraph, after the last
/// sentence and a blank: "...retrouvé leur charpente d'origine. Photo : Le Courrier / C. M.",
/// "...bis in den frühen Morgen. Foto: Feuerwehr Bad Wendelsheim". A `prefix` credit pattern
/// cuts from its match to the line's end when a sentence ends right before it (blanks
/// between), a capital follows it (a name, an agency) and at most
/// [`TRAILING_CREDIT_WORDS`] words follow it; a `line` credit pattern, when names split by
/// slashes follow it (see [`is_credit_names`]). With no blank before it, [`glued_block`]
/// judges it. `left` is where the match stands once the cuts right before it are taken out.
fn trailing_credit(e: &Entry, l: &[u8], left: usize, a: usize, b: usize) -> Verdict {
    // A pattern with later parts needs them after it ("Photo ... sur": "Photo 3 sur 12").
    if e.category != Category::Credit || !matches!(e.kind, Kind::Prefix | Kind::Line) || !rest_found(e, &l[b..]) {
        return Verdict::None;
    }
    // A credit in brackets that closes the line starts at its bracket: "…on Tuesday. (Photo
    // by Jane Roe / Reuters)".
    // So does one whose bracket a word or two of its own open: "…on opening day. (Staff
    // photo by Ken Ortiz)", "(File photo: …)".
    let closes_line = || l.iter().rev().find(|c| !c.is_ascii_whitespace()) == Some(&b')');
    let bracket = || {
        let head = &l[a.saturating_sub(CREDIT_BRACKET_HEAD_BYTES)..a];
        let open = memchr::memrchr(b'(', head)?;
        let words = &head[open + 1..];
        (words.iter().all(|c| c.is_ascii_alphabetic() || *c == b' ')
            && count_words_max(words, CREDIT_BRACKET_HEAD_WORDS + 1) <= CREDIT_BRACKET_HEAD_WORDS
            && closes_line())
        .then_some(a - head.len() + open)
    };
    let (left, a) = match (left == a && a > 0).then(bracket).flatten() {
        Some(o) => (o, o),
        None => (left, a),
    };
    // Earlier cuts that touch the match count as gone ("…traffic. Subscribe Photo …"), and
    // as a blank: the clean text has one where a cut falls inside a line.
    if skip_blanks_back(l, left) == left && left == a || !after_sentence_end(l, left) {
        return Verdict::None;
    }
    // A `line` credit ("Photo", "AFP") takes names split by slashes: "...près de 60 000
    // nageurs. Photo Le Courrier du Val / Bastien Roux".
    if e.kind == Kind::Line {
        return if credit_names_follow(e, l, b) {
            Verdict::Span(a, l.len())
        } else {
            Verdict::None
        };
    }
    // "Crédit photo : Mairie": a colon may stand between the pattern and the name.
    let mut name = skip_blanks(l, b);
    if l.get(name) == Some(&b':') {
        name += 1;
    }
    if !next_word_capitalized(l, name) && !agency_word_at(l, name) {
        return Verdict::None;
    }
    // Counted to the line's end, sentence and all: words that a later cut of the same pass
    // takes would let a second pass cut what the first turned down.
    if count_words_max(&l[b..], TRAILING_CREDIT_WORDS + 1) > TRAILING_CREDIT_WORDS {
        return Verdict::None;
    }
    // The names end where a sentence set after them with a blank starts: "…gesperrt. Foto:
    // Feuerwehr München Die Ursache ist noch unklar.", "…gedauert. Quelle: dpa Die Sanierung
    // hatte drei Monate gedauert."
    Verdict::Span(a, sentence_after_credit(l, name, l.len()).unwrap_or(l.len()))
}

/// Whether a news agency's short name in lowercase starts at `i`, as credits spell some
/// ("Quelle: dpa", "Foto: epd/Jens Schulze", "Bild: sda"): two to four lowercase letters,
/// then the line's end, a slash or a comma, or a blank and a capital (the sentence after
/// the credit). A word of prose goes on in lowercase ("Foto: so sah es aus").
fn agency_word_at(l: &[u8], i: usize) -> bool {
    let n = l[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    if !(2..=4).contains(&n) {
        return false;
    }
    match l.get(i + n) {
        None | Some(b'/' | b',') => true,
        Some(c) if c.is_ascii_whitespace() => {
            let j = skip_blanks(l, i + n);
            j == l.len() || char_at(l, j).is_some_and(|(c, _)| c.is_uppercase())
        }
        _ => false,
    }
}

/// A credit phrase turned down because prose seemed to follow it in its sentence (see
/// [`credit_in_prose`]): line `li`, pattern `id`, the sentence's cut `s..e` and the match
/// `a..b` (offsets in the line).
#[derive(Clone, Copy)]
struct DeferredCredit {
    li: usize,
    id: u32,
    s: usize,
    a: usize,
    b: usize,
    e: usize,
}

/// The cuts of the credit phrases that [`credit_in_prose`] turned down, where the later
/// cuts of the same pass (a menu run, a newsletter box) leave no more than
/// [`CREDIT_TAIL_WORDS`] words after the credit in its sentence: a second pass over the clean
/// text would read the credit alone there and cut it ("Photo by Jane Roe/Reuters .[¹ Related:
/// … | Want more? Sign up for our newsletter. | Advertisement", once the run is cut).
/// `partial` is sorted by start.
fn credits_left_alone(
    text: &[u8],
    lines: &[Line],
    partial: &[(usize, RawCut)],
    credits: &[DeferredCredit],
) -> Vec<(usize, RawCut)> {
    let mut out = Vec::new();
    // Per line, read once for all its credits (a line may hold thousands): its runs of cuts,
    // and where a menu run ends it once the cuts are out (as `credit_in_prose` reads a second
    // pass's line).
    let mut read: Option<LineRead> = None;
    for c in credits {
        let line = &lines[c.li];
        if line.class == Class::Cut {
            continue;
        }
        let l = &text[line.start..line.end];
        if !read.as_ref().is_some_and(|r| r.0 == c.li) {
            let runs = merged_runs(line_spans(line, cuts_of(partial, c.li)));
            let view = UncutView::of(l, runs.iter().copied());
            let menu = separator_run(&view.text, count_words_max(&view.text, 5)).map(|r| view.source(r));
            read = Some((c.li, runs, menu));
        }
        let Some((_, runs, menu)) = &read else { continue };
        if overlaps_run(runs, c.a, c.b) || dateline_dash(l, c.b) {
            continue;
        }
        // The words between the match and the sentence's end that no cut takes, up to the
        // menu run.
        let end = menu.filter(|&r| r > c.b).map_or(c.e, |r| r.min(c.e));
        let len = end - c.b;
        // Only the runs that reach into `c.b..end` make its gaps.
        let first = runs.partition_point(|r| r.1 <= c.b);
        let tail = runs[first..]
            .iter()
            .take_while(|r| r.0 < end)
            .map(|&(s, e)| (s.saturating_sub(c.b).min(len), e.saturating_sub(c.b).min(len)));
        let mut words = 0;
        for_each_gap(len, tail, |g0, g1| {
            words += count_words_max(&l[c.b + g0..c.b + g1], CREDIT_TAIL_WORDS + 1);
        });
        if words <= CREDIT_TAIL_WORDS {
            out.push((c.li, line_cut(line, c.s, c.e, Why::Pattern(c.id), c.a)));
        }
    }
    out
}

/// A line as [`credits_left_alone`] reads it: its index, its runs of cuts, and where a menu
/// run that ends it starts.
type LineRead = (usize, Vec<(usize, usize)>, Option<usize>);

/// Most words after a trailing credit's pattern ("Foto:", "Photo by").
const TRAILING_CREDIT_WORDS: u32 = 8;
/// Most words after a credit phrase in the sentence it cuts (see `credit_in_prose`).
const CREDIT_TAIL_WORDS: u32 = 12;

/// Whether the `credit` phrase matched at `l[..b]`, whose sentence ends at `e`, is part of
/// the article's prose rather than a photo credit: a credit ends its caption or stands in a
/// short one ("Photo: Jane Roe/Reuters", "Imagen de archivo del alcalde."), while more than
/// [`CREDIT_TAIL_WORDS`] words after it make it the agency of a dateline ("MADRID, 12
/// (EUROPA PRESS) El Gobierno aprobó...") or the subject of a news sentence ("Getty Images
/// said on Monday..."). Only where no pattern in those words may cut there: such a cut means
/// extraction joined blocks and the sentence is not one (it splits the phrase's cut, see
/// `patterns_pass`), and a second pass would read another sentence.
fn credit_in_prose(inner: &Inner, ac: &aho_corasick::AhoCorasick, l: &[u8], b: usize, e: usize) -> bool {
    if dateline_dash(l, b) {
        return true;
    }
    // A menu run that ends the sentence is no part of it: the separators rule takes it, and a
    // second pass reads the sentence without it ("Foto: dpa/Max Mustermann A? a Home | News |
    // Sport").
    let e = separator_run(l, count_words_max(l, 5))
        .filter(|&r| r > b)
        .map_or(e, |r| r.min(e));
    if count_words_max(&l[b..e], CREDIT_TAIL_WORDS + 1) <= CREDIT_TAIL_WORDS {
        return false;
    }
    !ac.find_iter(&l[b..e]).any(|m| {
        let (a2, b2) = (b + m.start(), b + m.end());
        inner.ac_map[m.pattern().as_usize()].iter().any(|&id| {
            let entry = &inner.table.patterns[id as usize];
            match entry.kind {
                Kind::Glued => word_bounded(l, a2, b2, Kind::Glued),
                Kind::Line | Kind::Prefix => {
                    glued_start(l, a2)
                        || entry.kind == Kind::Prefix && entry.category == Category::Credit && after_sentence_end(l, a2)
                }
                Kind::Phrase => false,
            }
        })
    })
}

/// Whether a dash and a capital follow `b` (a dot and blanks aside): an agency's name there
/// ends a dateline and the article's first sentence goes on after it ("MADRID (EFE) - El
/// paro bajó…", "Sevilla, 3 mar (EFE).- La Junta aprobó…"), however short that sentence.
fn dateline_dash(l: &[u8], b: usize) -> bool {
    let mut i = skip_blanks(l, b);
    if l.get(i) == Some(&b'.') {
        i += 1;
    }
    let i = skip_blanks(l, i);
    match char_at(l, i) {
        Some(('-' | '–' | '—', n)) => {
            let j = skip_blanks(l, i + n);
            j > i + n && char_at(l, j).is_some_and(|(c, _)| c.is_uppercase())
        }
        _ => false,
    }
}

/// Whether `a` stands after a sentence end mark, closers and blanks between aside: where a
/// trailing credit may begin.
fn after_sentence_end(l: &[u8], a: usize) -> bool {
    char_before_skipping(l, skip_blanks_back(l, a), is_closer).is_some_and(is_sentence_end)
}

/// A capital (or a copyright sign: "…l'estuaire.© Photo Ouest-Régions") at `a` right after a
/// sentence end mark or a lowercase letter (and closers), with no blank between: where
/// extraction joined two blocks ("…Bergwandern)Anzeige – Wanderschuhe …").
fn glued_start(l: &[u8], a: usize) -> bool {
    if !char_at(l, a).is_some_and(|(c, _)| c.is_uppercase() || c == '©') {
        return false;
    }
    let before = char_before_skipping(l, a, is_closer);
    // A letter before an apostrophe elides ("l'AFP"): only a bracket closes a block.
    before.is_some_and(is_sentence_end)
        || ends_french_quote(&l[..a])
        || before.is_some_and(char::is_lowercase)
            && char_before(l, a).is_some_and(|(c, _)| c.is_lowercase() || c == ')')
        // An amount's currency: "Gebühr: 112,00 €Kurs merken".
        || char_before(l, a).is_some_and(|(c, _)| matches!(c, '€' | '$' | '£'))
}

/// Buttons of a share bar and the like widget that follows it, lowercase, a colon after them
/// aside (see [`share_run_end`]).
const SHARE_RUN_WORDS: [&str; 52] = [
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "xing",
    "pinterest",
    "reddit",
    "tumblr",
    "stumbleupon",
    "pocket",
    "flipboard",
    "messenger",
    "threads",
    "bluesky",
    "mastodon",
    "sms",
    "email",
    "e-mail",
    "mail",
    "courriel",
    "correo",
    "print",
    "drucken",
    "imprimer",
    "imprimir",
    "more",
    "mehr",
    "plus",
    "más",
    "like",
    "j'aime",
    "j’aime",
    "me gusta",
    "gefällt mir",
    "like this",
    "j'aime ça",
    "j’aime ça",
    "gefällt mir das",
    "me gusta esto",
    "loading...",
    "loading…",
    "chargement…",
    "chargement...",
    "wird geladen …",
    "cargando...",
    "cargando…",
    "google+",
    "google",
    "copy link",
    "link kopieren",
];

/// The end of the share bar's buttons glued on from `b` ([`SHARE_RUN_WORDS`]: "TwitterFacebook",
/// "WhatsAppE-MailDrucken", "Like this:Like"), each a block of its own: the word, a colon
/// maybe, blanks maybe, then a capital or the line's end; `b` if none.
fn share_run_end(l: &[u8], b: usize) -> usize {
    button_run(l, b, &[]).0
}

/// Most words of a label, and of its value, in a run of a profile's facts (see
/// [`stat_run_end`]).
const STAT_LABEL_WORDS: u32 = 3;
const STAT_VALUE_WORDS: u32 = 3;

/// The end of the facts of a poster's profile glued on from `b`, after the first that a
/// label's pattern took: each a label of [`STAT_LABEL_WORDS`] words or fewer, a colon, a blank
/// and a value of [`STAT_VALUE_WORDS`] words or fewer up to the next glue ("Fecha de
/// ingreso: ene 2007Mensajes: 23Ubicación: ValladolidBuenas Rubén. …" ends before "Buenas");
/// `b` if none. The post glued after them is a sentence, no label and value.
fn stat_run_end(l: &[u8], b: usize) -> usize {
    let mut end = b;
    while end < l.len() && glued_at(l, end) {
        let window = &l[end..l.len().min(end + MAX_ITEM_BYTES)];
        let Some(colon) = memchr::memchr(b':', window) else {
            break;
        };
        let label = &window[..colon];
        let value_at = end + colon + 1;
        if l.get(value_at) != Some(&b' ')
            || !(1..=STAT_LABEL_WORDS).contains(&count_words_max(label, STAT_LABEL_WORDS + 1))
            || label.iter().any(|&c| matches!(c, b'.' | b'!' | b'?' | b',' | b'|'))
        {
            break;
        }
        let limit = l.len().min(value_at + MAX_ITEM_BYTES);
        let g = next_glue(l, value_at + 1, limit);
        if g == limit && limit < l.len()
            || !(1..=STAT_VALUE_WORDS).contains(&count_words_max(&l[value_at..g], STAT_VALUE_WORDS + 1))
        {
            break;
        }
        end = g;
    }
    end
}

/// Buttons of a player's bar (a podcast's or a video's: "ÉcouterS'abonnerTélécharger",
/// "ListenSubscribeDownload") and share buttons that [`SHARE_RUN_WORDS`] leaves out,
/// lowercase, read with those on a line of buttons alone (see [`cut_button_rows`]).
const PLAYER_BUTTONS: [&str; 15] = [
    "listen",
    "subscribe",
    "download",
    "écouter",
    "s'abonner",
    "s’abonner",
    "télécharger",
    "anhören",
    "abonnieren",
    "herunterladen",
    "escuchar",
    "suscribirse",
    "descargar",
    "teilen",
    "partager",
];

/// The end of the buttons glued on from `b` (see [`share_run_end`]), read from
/// [`SHARE_RUN_WORDS`] and from `more`, and how many there are.
fn button_run(l: &[u8], b: usize, more: &[&str]) -> (usize, usize) {
    let mut end = b;
    let mut count = 0;
    loop {
        let from = skip_blanks(l, end);
        let rest = &l[from..];
        let button = SHARE_RUN_WORDS.iter().chain(more).find_map(|w| {
            let n = w.len();
            let head = rest.get(..n)?;
            // In any case: byte for byte in ASCII; a char at a time otherwise, once the first
            // byte could open the word (no string to build for each word).
            let same = if w.is_ascii() {
                head.eq_ignore_ascii_case(w.as_bytes())
            } else {
                (head[0] >= 0x80 || head[0].eq_ignore_ascii_case(&w.as_bytes()[0]))
                    && std::str::from_utf8(head).is_ok_and(|h| h.chars().flat_map(char::to_lowercase).eq(w.chars()))
            };
            let mut e = n + usize::from(rest.get(n) == Some(&b':'));
            e = skip_blanks(rest, e);
            let bound = e == rest.len() || char_at(rest, e).is_some_and(|(c, _)| c.is_uppercase());
            (same && bound).then_some(e)
        });
        match button {
            Some(e) if e > 0 => {
                end = from + e;
                count += 1;
            }
            _ => return (end, count),
        }
    }
}

/// Fewest buttons of a row of them (see [`cut_button_rows`]).
const BUTTON_ROW_MIN: usize = 2;

/// Cuts a line that is only a share bar's or a player's buttons glued together, with no label
/// and no blank ("FacebookTwitterWhatsApp", "ÉcouterS'abonnerTélécharger"), among the lines
/// the line model kept: [`BUTTON_ROW_MIN`] buttons or more and nothing else. Buttons apart
/// may name a product ("Facebook Messenger") and are left to the line model.
fn cut_button_rows(text: &[u8], lines: &mut [Line]) {
    for line in lines.iter_mut() {
        // One word of letters, glued from two or more: no digit, no blank, a capital after a
        // lowercase letter (looked for before the buttons are read).
        if !line.stands() || line.stats.digits > 0 || line.stats.words != 1 {
            continue;
        }
        let l = text[line.start..line.end].trim_ascii();
        let camel = || {
            std::str::from_utf8(l).is_ok_and(|s| {
                s.chars()
                    .zip(s.chars().skip(1))
                    .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
            })
        };
        if l.len() > BUTTON_ROW_MAX_BYTES || l.contains(&b' ') || !camel() {
            continue;
        }
        let (end, count) = button_run(l, 0, &PLAYER_BUTTONS);
        if end == l.len() && count >= BUTTON_ROW_MIN {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Separators, Category::Share);
        }
    }
}

/// Longest row of glued buttons, in bytes (see [`cut_button_rows`]).
const BUTTON_ROW_MAX_BYTES: usize = 120;

/// Whether a block starts at `i` of `l`, for a glued marker there: after a sentence's end or
/// a separator (see `boundary_before`), or with a capital right after a lowercase letter,
/// where extraction joined two blocks' words ("Lieferzeit 1–2 WerktageIn den Warenkorb").
fn block_starts_at(l: &[u8], i: usize) -> bool {
    boundary_before(l, i)
        || char_at(l, i).is_some_and(|(c, _)| c.is_uppercase())
            && char_before(l, i).is_some_and(|(c, _)| c.is_lowercase())
}

/// Where the block that runs on from `b` ends: at the next capital glued to a sentence end
/// or to a lowercase letter ("StartseiteWeitere"), or an opening mark so glued before a
/// capital, or at the line's end.
fn block_end(l: &[u8], b: usize) -> usize {
    next_glue(l, b, l.len().min(b.saturating_add(PHRASE_WINDOW + 1)))
}

/// The first place at or after `b` where extraction glued another block on ([`next_glue`]),
/// passing over the capitals inside a name in camel case ([`camel_case_at`]: "PlayStation",
/// "FreeSync"); the line's end if none.
fn next_name_glue(l: &[u8], b: usize) -> usize {
    let mut g = next_glue(l, b, l.len());
    while g < l.len() && camel_case_at(l, g) {
        g = next_glue(l, g + char_at(l, g).map_or(1, |(_, n)| n), l.len());
    }
    g
}

/// Whether extraction glued another block on right at `i` (see [`next_glue`]).
fn glued_at(l: &[u8], i: usize) -> bool {
    next_glue(l, i, i + 1) == i
}

/// The first place at or after `b`, before `limit`, where extraction glued another block on
/// (see [`block_end`]); `limit` if none.
fn next_glue(l: &[u8], b: usize, limit: usize) -> usize {
    let mut prev: Option<char> = char_before(l, b).map(|x| x.0);
    let mut i = b;
    while i < limit {
        let Some((c, n)) = char_at(l, i) else {
            prev = None;
            i += 1;
            continue;
        };
        let glued = prev.is_some_and(|p| p.is_lowercase() || is_sentence_end(p));
        if glued && c.is_uppercase() {
            return i;
        }
        // Or at a word glued to a number, an amount's currency or a percent sign, to an
        // agency's initials or to a closing bracket: "…a las 14:20Muchos vecinos…", "…für nur
        // 49 €Vorsitzender Herbert Lange…", "…Juan Pérez / EFEMuchos vecinos…", "…Foto:
        // sonnenbeet (eigenes Bild)Die Pflanzen…".
        if c.is_uppercase()
            && char_at(l, i + n).is_some_and(|(d, _)| d.is_lowercase())
            && prev
                .is_some_and(|p| p.is_ascii_digit() || matches!(p, ')' | '€' | '$' | '£' | '%') || ends_initials(l, i))
        {
            return i;
        }
        // Or at any capital glued to a link's arrow: "…Jump to the list ↓A quick note…".
        if c.is_uppercase() && prev.is_some_and(|p| matches!(p, '↓' | '⤵' | '→' | '▸' | '►')) {
            return i;
        }
        // Or at a quote or question that opens the next sentence, after a letter, an end mark,
        // a number or a closing bracket: "…baten récord«Allí el consumidor…»", "…extension"We
        // didn't…", "…hasta 2025«Hemos…", "…la phase retour« On a su…" (French spacing inside
        // the guillemet), "…(84 KB, 312 visitas)¡Gracias de antemano!".
        if (glued || prev.is_some_and(|p| p.is_ascii_digit() || p == ')'))
            && matches!(c, '«' | '„' | '“' | '"' | '¿' | '¡')
        {
            let mut j = i + n;
            if c == '«' {
                if let Some((' ' | '\u{a0}' | '\u{202f}', m)) = char_at(l, j) {
                    j += m;
                }
            }
            if char_at(l, j).is_some_and(|(d, _)| d.is_uppercase()) {
                return i;
            }
        }
        // Or at a signature's rule glued to a sentence's end: "…édité 1 fois.___________Mieux
        // vaut …" (a rule of [`SIGNATURE_RULE_MIN`] underscores or more).
        if c == '_' && prev.is_some_and(is_sentence_end) && underscores(&l[i..]) >= SIGNATURE_RULE_MIN {
            return i;
        }
        prev = Some(c);
        i += n;
    }
    i
}

/// Whether `l[..i]` ends with two or more ASCII capitals after a blank, a slash or the
/// line's start: an agency's or a body's initials ("EFE", "AFP", "dpa" aside), after which a
/// capital and a lowercase letter start another block ("EFEMuchos").
fn ends_initials(l: &[u8], i: usize) -> bool {
    let head = &l[..i];
    let caps = head.iter().rev().take_while(|c| c.is_ascii_uppercase()).count();
    caps >= 2
        && matches!(
            head.len().checked_sub(caps + 1).map(|j| head[j]),
            None | Some(b' ' | b'/' | b'(' | b'\t')
        )
}

/// Fewest words of a sentence glued after a phrase's sentence (see [`glued_sentence_at`]).
const GLUED_SENTENCE_MIN_WORDS: u32 = 3;

/// Where a sentence glued to a word in `l[b..en]` starts, if one is: a capital and a
/// lowercase letter right after a closing quote ("Morgen“Richtig"), or after a lowercase
/// letter when a function word starts there ("MustermannDer"), with at least
/// [`GLUED_SENTENCE_MIN_WORDS`] words from there to `en`, or after an emoji or an arrow (see
/// [`is_pictograph`]). After a credit (`credit`), a
/// capital glued to a lowercase letter or a digit is enough ("KesselbrunnVerbraucher",
/// "/2Karten"): names end a credit, and the sentence after it is another block. So a name
/// such as "WhatsApp", "iPhone" or "McDonald's" inside a sentence is no such place.
fn glued_sentence_at(l: &[u8], b: usize, en: usize, credit: bool) -> Option<usize> {
    let mut prev: Option<char> = char_before(l, b).map(|x| x.0);
    let mut i = b;
    while i < en {
        let Some((c, n)) = char_at(l, i) else {
            prev = None;
            i += 1;
            continue;
        };
        // An apostrophe after a letter elides ("L'Écho du Val"), it closes no quote.
        let elision = || {
            prev.is_some_and(|q| {
                matches!(q, '\'' | '’') && char_before(l, i - q.len_utf8()).is_some_and(|(p, _)| p.is_alphabetic())
            })
        };
        let after = |p: char| {
            is_closer(p)
                || p == '“'
                || is_pictograph(p)
                || credit && (p.is_lowercase() || p.is_ascii_digit() || ends_initials(l, i))
                || (p.is_lowercase() || p.is_ascii_digit()) && {
                    let w = i + l[i..en].iter().take_while(|c| c.is_ascii_alphabetic()).count();
                    crate::stats::is_stop_word(&l[i..w]) || elided_article_at(l, i)
                }
        };
        if c.is_uppercase()
            && prev.is_some_and(after)
            && !elision()
            && (char_at(l, i + n).is_some_and(|(d, _)| d.is_lowercase()) || elided_article_at(l, i))
            && count_words_max(&l[i..en], GLUED_SENTENCE_MIN_WORDS) >= GLUED_SENTENCE_MIN_WORDS
        {
            return Some(i);
        }
        prev = Some(c);
        i += n;
    }
    None
}

/// Fewest words of the sentence that [`sentence_after_credit`] finds after a credit's names.
const CREDIT_SENTENCE_MIN_WORDS: u32 = 3;

/// Where the sentence starts that extraction set after a credit's names with only a blank
/// between, in `l[b..en]` (`b` the credit pattern's end, `en` its sentence's end): "Foto:
/// dpa/Sven Hoppe Die Brücke bleibt bis Juni gesperrt.", "Photo: Jane Roe/Reuters The council
/// then voted again." A capital after a blank, past a name, opens the sentence when its word
/// is a function word in title case, all letters (not initials: "Howley ET. (2011)"), with a
/// lowercase word among the next three; the sentence ends with an end mark and has
/// [`CREDIT_SENTENCE_MIN_WORDS`] words or more. A sentence that a noun or an adverb opens is
/// not told from more names ("Foto: Max Mustermann Festes Schuhwerk ist Pflicht."): `None`,
/// and the credit's sentence goes whole rather than halfway.
fn sentence_after_credit(l: &[u8], b: usize, en: usize) -> Option<usize> {
    let ends = l[..en]
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .is_some_and(|k| matches!(l[k], b'.' | b'!' | b'?'));
    if !ends {
        return None;
    }
    // Each word with its start, up to the sentence's end.
    let mut at = b;
    let words: Vec<(usize, &[u8])> = l[b..en]
        .split(|&c| c == b' ')
        .map(|w| {
            let start = at;
            at += w.len() + 1;
            (start, w)
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    fn letters(w: &[u8]) -> &[u8] {
        &w[..w.iter().take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80).count()]
    }
    let lower = |w: &[u8]| char_at(w, 0).is_some_and(|(c, _)| c.is_lowercase());
    // A pattern that ends on a letter names the agency ("Foto: dpa", "/Reuters").
    let mut named = l[..b].last().is_some_and(u8::is_ascii_alphanumeric);
    for (k, &(i, w)) in words.iter().enumerate() {
        let next = &words[k + 1..words.len().min(k + 4)];
        if named
            && char_at(w, 0).is_some_and(|(c, _)| c.is_uppercase())
            && next.len() + 1 >= CREDIT_SENTENCE_MIN_WORDS as usize
            && letters(w).len() == w.len()
            && w.get(1).is_some_and(u8::is_ascii_lowercase)
            && crate::stats::is_stop_word(w)
            && next.iter().any(|(_, x)| lower(x))
        {
            return Some(i);
        }
        // Past a lowercase word of more than three bytes, the credit is over: its sentence is
        // prose ("Foto: dpa zeigt die Brücke, die …"). Shorter ones may join names ("von",
        // "and", "y"), and so may "für" ("Foto: Jane Roe für Die Zeit").
        if lower(w) && letters(w).len() > 3 && letters(w) != "für".as_bytes() {
            return None;
        }
        named = true;
    }
    None
}

/// Whether a French article or pronoun, elided before a lowercase word, starts at `i`:
/// "L'office", "D'après", "J'ai", "C'est", "Qu'il". It opens a sentence as a function word
/// does ("…le premier moisL'office de tourisme a déjà reçu…").
fn elided_article_at(l: &[u8], i: usize) -> bool {
    let t = l.get(i..).unwrap_or_default();
    let head = match t {
        [b'Q', b'u' | b'U', ..] => 2,
        [b'L' | b'D' | b'J' | b'C' | b'N' | b'S' | b'M' | b'T', ..] => 1,
        _ => return false,
    };
    let rest = &t[head..];
    let apostrophe = if rest.starts_with(b"'") {
        1
    } else if rest.starts_with("’".as_bytes()) {
        "’".len()
    } else {
        return false;
    };
    char_at(rest, apostrophe).is_some_and(|(d, _)| d.is_lowercase())
}

/// An emoji, an arrow or a dingbat (or the selector that makes one an emoji): a call to
/// action ends with one ("Dieses Rezept auf Pinterest merken 📌", "Reserva aquí 👉"), and a
/// capital glued after it starts the next block.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x21FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x1F000..=0x1FAFF)
}

/// Longest aside in parentheses (bytes, marks included) that [`ends_with_count_aside`] reads.
const COUNT_ASIDE_MAX_BYTES: usize = 24;

/// Whether `l` ends with a short aside in parentheses that holds a number: a video's length
/// or a gallery's count after a teaser's title ("Video: So gelingt der Hefeteig (2:45 Min.)",
/// "Photos : le carnaval de Nice (12 photos)"). An end mark inside it ends no sentence.
fn ends_with_count_aside(l: &[u8]) -> bool {
    let t = l.trim_ascii_end();
    let Some(body) = t.strip_suffix(b")") else {
        return false;
    };
    let from = body.len().saturating_sub(COUNT_ASIDE_MAX_BYTES);
    memchr::memrchr(b'(', &body[from..]).is_some_and(|open| body[from + open..].iter().any(u8::is_ascii_digit))
}

/// Whether `l` ends with a number and a unit of time whose dot is an abbreviation's: a
/// reading or listening time ("Hören Sie diesen Artikel: 4 Min.", "Lecture : 3 min."), no
/// sentence's end.
fn ends_with_duration(l: &[u8]) -> bool {
    let Some(t) = l.trim_ascii_end().strip_suffix(b".") else {
        return false;
    };
    let unit = t.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    let number = t[..t.len() - unit].trim_ascii_end();
    // An abbreviation's dot: "Min.", not "Minuten.".
    (1..=4).contains(&unit)
        && number.len() < t.len() - unit
        && number.last().is_some_and(u8::is_ascii_digit)
        && std::str::from_utf8(&t[t.len() - unit..]).is_ok_and(is_time_unit)
}

/// The text ends (closers and blanks aside) with `.`, `!` or `…`, not `?`.
fn ends_with_full_stop(b: &[u8]) -> bool {
    last_visible_char(b).is_some_and(|c| matches!(c, '.' | '!' | '…'))
}

fn rest_found(e: &Entry, hay: &[u8]) -> bool {
    e.rest.is_empty() || rest_end(e, hay).is_some()
}

/// Where the last of the pattern's later parts ends in `hay`, each found after the one
/// before; `Some(0)` for a pattern of one part.
fn rest_end(e: &Entry, hay: &[u8]) -> Option<usize> {
    if hay.len() > 4096 && !e.rest.is_empty() {
        return None;
    }
    let mut at = 0;
    for part in &e.rest {
        at += find_ci(&hay[at..], part)?;
    }
    Some(at)
}

/// `l[from..a]` is a label of at most [`STAMP_LABEL_MAX_WORDS`] words and a separator, blanks
/// aside ("Par la rédaction | ", "Sport · "). `from` is the first letter outside earlier cuts:
/// what a second pass would see of the line.
fn after_short_label(l: &[u8], from: usize, a: usize) -> bool {
    let before = skip_blanks_back(l, a);
    char_before(l, before).is_some_and(|(c, n)| {
        let at = before - n;
        is_separator_at(l, at, n, c)
            && count_words_max(&l[from.min(at)..at], STAMP_LABEL_MAX_WORDS + 1) <= STAMP_LABEL_MAX_WORDS
    })
}

/// Longest label before a date stamp on its line, in words (see [`after_short_label`]).
const STAMP_LABEL_MAX_WORDS: u32 = 4;

fn next_word_capitalized(l: &[u8], b: usize) -> bool {
    let i = skip_blanks(l, b);
    char_at(l, i).is_some_and(|(c, _)| c.is_uppercase())
}

/// After a byline's pattern: names, or a separator before the rest of the line's data ("Par
/// la rédaction | Mis à jour le 15 novembre"): a byline, not a sentence.
fn byline_goes_on(l: &[u8], b: usize) -> bool {
    let i = skip_blanks(l, b);
    let Some((c, n)) = char_at(l, i) else { return false };
    if is_separator_at(l, i, n, c) {
        return true;
    }
    // The names run up to anything but letters, blanks, dots, hyphens and apostrophes (a
    // separator, a comma, a digit). A lowercase word may stand among them as a name particle,
    // a title's abbreviation or an agency ("Von dpa", "Dr. med. Sophie Arendt"), or after two
    // names at least ("Von Katrin Ohlendorf mit Material von dpa"); after one name, only a
    // word of its source or section or a date's word: "Von Hamburg nach Sylt in zweieinhalb
    // Stunden" is a headline.
    // Read within a window: validating the whole rest of the line for each byline's match
    // made a long line quadratic. Names that run to the window's end make no byline.
    let window = &l[i..(i + BYLINE_WINDOW).min(l.len())];
    let rest = match std::str::from_utf8(window) {
        Ok(rest) => rest,
        Err(e) if e.valid_up_to() > 0 => std::str::from_utf8(&window[..e.valid_up_to()]).unwrap_or(""),
        Err(_) => return c.is_uppercase(),
    };
    let names = rest
        .split(|c: char| !(c.is_alphabetic() || c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '’')))
        .next()
        .unwrap_or("");
    if names.len() == rest.len() && i + rest.len() < l.len() {
        return false;
    }
    let (mut capitalised, mut agency, mut team, mut article) = (0, false, false, false);
    let mut article_capital = false;
    for (k, w) in names.split_whitespace().enumerate() {
        let lower = w.to_lowercase();
        // "l'équipe": the article glued to its noun.
        let noun = lower
            .strip_prefix("l'")
            .or_else(|| lower.strip_prefix("l’"))
            .unwrap_or(&lower);
        // An article opens a team's name only: "Von der Opposition" is no byline. A capital
        // article before a capital word names a paper: "Par Le Figaro avec AFP", "By The
        // Associated Press".
        let paper = article_capital && w.chars().next().is_some_and(char::is_uppercase);
        if article && k == 1 && !is_byline_team(noun) && !paper {
            return false;
        }
        article = k == 0 && BYLINE_ARTICLES.contains(&lower.as_str());
        article_capital = article && w.chars().next().is_some_and(char::is_uppercase);
        if w.chars().next().is_some_and(char::is_uppercase) {
            capitalised += 1;
        } else if BYLINE_AGENCIES.contains(&lower.as_str()) {
            agency = true;
        } else if capitalised == 0 && BYLINE_TEAMS.contains(&noun) {
            // A newsroom or a team signs: "Par la rédaction sportive", "Por el equipo de La
            // Lechuza"; its words may follow in lowercase.
            team = true;
        } else if team || article {
            // The team's own words, or the article before its name.
        } else if capitalised >= 2
            || capitalised == 1
                && (BYLINE_AFTER.contains(&lower.as_str()) || date_word_class(lower.trim_end_matches('.')) != 0)
        {
            // What follows the names: their source, their section, a date ("By MixmasterFred
            // in Workshop", "Posted by IndustrySelect on Tuesday").
            return true;
        } else if !(k > 0 && BYLINE_LOWER.contains(&lower.as_str()) || is_title_abbreviation(w)) {
            return false;
        }
    }
    capitalised > 0 || agency || team
}

/// Bytes after a byline's word that [`byline_goes_on`] reads.
const BYLINE_WINDOW: usize = 256;

/// Words for a newsroom or a team that signs a byline (see [`byline_goes_on`]).
const BYLINE_TEAMS: [&str; 14] = [
    "rédaction",
    "équipe",
    "redacción",
    "equipo",
    "redaktion",
    "team",
    "staff",
    "editors",
    "korrespondent",
    "korrespondenten",
    "korrespondentin",
    "correspondant",
    "correspondante",
    "corresponsal",
];

/// A word for a newsroom or a team (see [`BYLINE_TEAMS`]), or a compound that ends with one:
/// "Sportredaktion", "Topfgucker-Redaktion", "Support-Team".
fn is_byline_team(noun: &str) -> bool {
    BYLINE_TEAMS.contains(&noun)
        || noun.ends_with("redaktion")
        || noun
            .rsplit_once('-')
            .is_some_and(|(_, last)| BYLINE_TEAMS.contains(&last))
}

/// Articles and possessives that may open the name of a team in a byline ("la rédaction",
/// "unserem Korrespondenten", "our staff").
const BYLINE_ARTICLES: [&str; 14] = [
    "la", "le", "el", "the", "das", "die", "der", "our", "unser", "unserer", "unserem", "notre", "nuestra", "nuestro",
];

/// A lowercase abbreviation of a title: "med.", "rer.", "nat." (two to four letters, a dot).
fn is_title_abbreviation(w: &str) -> bool {
    w.strip_suffix('.')
        .is_some_and(|a| (2..=4).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Words that may follow a byline's one name: its section, its source, its verb.
const BYLINE_AFTER: [&str; 15] = [
    "in", "for", "from", "with", "by", "writes", "mit", "für", "aus", "pour", "avec", "dans", "para", "con", "en",
];

/// News agencies a byline may name in lowercase ("Von dpa | 14.02.2024").
const BYLINE_AGENCIES: [&str; 8] = ["dpa", "afp", "ap", "epd", "kna", "sid", "apa", "efe"];

/// After a glued marker: the next sentence starts (a capital, a quote, a digit, a bar).
fn starts_next(l: &[u8], b: usize) -> bool {
    let i = skip_blanks(l, b);
    match char_at(l, i) {
        Some((c, _)) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '"' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '¿' | '¡' | '|' | '(' | '•' | '·'
                )
        }
        None => true,
    }
}

/// Is `c`, found at `l[pos..pos + n]`, a separator of menus, breadcrumbs and share bars? A
/// slash or '>' counts only between blanks ("News / World"), not in "and/or"; a bar not
/// next to another, not in the operator of code (`a || b`).
fn is_separator_at(l: &[u8], pos: usize, n: usize, c: char) -> bool {
    match c {
        '|' => !(pos > 0 && l[pos - 1] == b'|' || l.get(pos + 1) == Some(&b'|')),
        '•' | '·' | '∙' | '⋅' | '¦' => true,
        // Guillemets are quotes when the other direction stands near: «Sal y ceniza»,
        // »Faust«, ‹ok›; a breadcrumb points one way (Home » News » Sport).
        '«' => !near(l, pos, "»"),
        '»' => !near(l, pos, "«"),
        '‹' => !near(l, pos, "›"),
        '›' => !near(l, pos, "‹"),
        // A mathematical angle closes what one opened: ⟨h1, h2⟩.
        '⟩' => !near(l, pos, "⟨"),
        '/' | '>' => pos > 0 && l[pos - 1] == b' ' && l.get(pos + n) == Some(&b' '),
        _ => false,
    }
}

/// How far (in bytes, either way) [`is_separator_at`] looks for a guillemet's partner: a
/// quoted title is short, and a bounded look keeps a line of guillemets linear.
const QUOTE_REACH: usize = 256;

/// Whether `other` occurs in `l` within [`QUOTE_REACH`] bytes of `pos`.
fn near(l: &[u8], pos: usize, other: &str) -> bool {
    let window = &l[pos.saturating_sub(QUOTE_REACH)..l.len().min(pos + QUOTE_REACH)];
    let other = other.as_bytes();
    let last = other[other.len() - 1];
    // Found by its last byte (no searcher to build for a window this small).
    memchr::memchr_iter(last, window).any(|i| window[..=i].ends_with(other))
}

/// Whether a separator of `l` points one way (`›`, `»`, `>`, and with `slash` `/`): a
/// breadcrumb's path.
fn is_path_row(l: &[u8], slash: bool) -> bool {
    let mut i = 0;
    while i < l.len() {
        let (c, n) = char_at(l, i).unwrap_or(('\u{fffd}', 1));
        if (matches!(c, '»' | '›' | '⟩' | '«' | '‹' | '>') || slash && c == '/') && is_separator_at(l, i, n, c)
        {
            return true;
        }
        i += n;
    }
    false
}

/// A sentence that walks through an app's menus: every separator of `l` points one way
/// (`>`, `›`, `»`), and a full stop ends it ("En iPhone: Ajustes > Datos móviles >
/// Itinerancia de datos.", "Go to Settings > Privacy > Location."). A breadcrumb's last item
/// is a title, which no full stop ends.
fn is_menu_path_sentence(l: &[u8]) -> bool {
    if last_visible_char(l) != Some('.') || l.trim_ascii_end().ends_with(b"..") {
        return false;
    }
    let (mut path, mut other) = (false, false);
    let mut i = 0;
    while i < l.len() {
        let (c, n) = char_at(l, i).unwrap_or(('\u{fffd}', 1));
        if is_separator_at(l, i, n, c) {
            if matches!(c, '>' | '›' | '»') {
                path = true;
            } else {
                other = true;
            }
        }
        i += n;
    }
    path && !other
}

/// Splits `l` at separators; returns (separators, non-empty items, most words in one item).
fn separator_items(l: &[u8]) -> (u32, u32, u32) {
    let (mut items, mut max_w) = (0, 0);
    let seps = for_each_separator_item(l, |item| {
        // Only "some" and "at most 2" matter to the caller.
        let w = count_words_max(item, 3);
        if w > 0 {
            items += 1;
            max_w = max_w.max(w);
        }
    });
    (seps, items, max_w)
}

/// Calls `f` on each stretch of `l` between separators (as `is_separator_at` reads them),
/// empty ones included; returns the number of separators.
fn for_each_separator_item(l: &[u8], mut f: impl FnMut(&[u8])) -> u32 {
    let mut seps = 0;
    let mut item_start = 0;
    let mut i = 0;
    while i < l.len() {
        let (c, n) = char_at(l, i).unwrap_or(('\u{fffd}', 1));
        if is_separator_at(l, i, n, c) {
            seps += 1;
            f(&l[item_start..i]);
            item_start = i + n;
        }
        i += n;
    }
    f(&l[item_start..]);
    seps
}

/// Items split by separators of which at least two, and at least half, hold a figure: a row
/// of measures (distances, durations, ages, sizes), not a menu. A bare whole number is a
/// page link ("1 | 2 | 3 | Weiter"), not a figure, and a date is no figure either. One item
/// that is a measure and nothing else does too, when no item is a date: a size, weight or
/// distance ("Chemnitz-Furth · 340 m² · Laube", "2021 · 38 900 km · essence · manuelle",
/// "400 g · Schurwolle"), or a duration opening a row of three items or more ("30 Min. ·
/// einfach · vegetarisch"); two durations do anywhere ("Plat · Moyen · 30 min · 45 min"). A
/// menu's items are never measures, and a page's meta line that names a duration names a
/// date too, or says what the duration is ("9 min read").
fn is_data_row(l: &[u8]) -> bool {
    let (mut items, mut numeric, mut dated) = (0u32, 0u32, false);
    let (mut measure, mut opening_duration, mut durations) = (false, false, 0);
    for_each_separator_item(l, |item| {
        if has_alnum(item) {
            items += 1;
            // A date or a reading time is a page's meta line ("14. März 2025 · Garten ·
            // Lesezeit 7 Minuten"), not a figure.
            let bare_number = item.trim_ascii().iter().all(u8::is_ascii_digit);
            let date = item.iter().any(u8::is_ascii_digit) && is_dateline(item);
            // A count in brackets is a link's counter ("Kommentare (5)", "Teilzeit (14)").
            numeric += u32::from(!bare_number && has_digit_outside_counts(item) && !date);
            // A duration alone reads as a stamp's ("30 Min."), but is none.
            match measure_of(item) {
                Some(Measure::Size) => measure = true,
                Some(Measure::Duration) => {
                    opening_duration |= items == 1;
                    durations += 1;
                }
                None => dated |= date,
            }
        }
    });
    numeric >= 2 && 2 * numeric >= items || !dated && (measure || opening_duration && items >= 3 || durations >= 2)
}

/// Whether `item` has a digit outside a count in round brackets ("(5)", "(214)").
fn has_digit_outside_counts(item: &[u8]) -> bool {
    let mut i = 0;
    while i < item.len() {
        if let Some(count) = bracketed_count(&item[i..]) {
            i += count;
        } else if item[i].is_ascii_digit() {
            return true;
        } else {
            i += 1;
        }
    }
    false
}

/// The length of the count in round brackets that opens `b` ("(5)", "(214)"), brackets
/// included; `None` unless `b` opens with one.
fn bracketed_count(b: &[u8]) -> Option<usize> {
    let n = b.get(1..)?.iter().take_while(|c| c.is_ascii_digit()).count();
    (b[0] == b'(' && n > 0 && b.get(1 + n) == Some(&b')')).then_some(n + 2)
}

/// What a number with a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measure {
    /// A size, weight, distance, volume, power, capacity, energy or temperature: "340 m²",
    /// "38 900 km", "118ml", "20 °C".
    Size,
    /// A duration in minutes or hours: "30 Min.", "20 min", "2 Std.".
    Duration,
}

/// Whether `item` (blanks around it aside) is one number and a unit and nothing else, and
/// what the unit measures. The number may group its thousands with a blank, a dot or a
/// comma ("38 900", "1.200"), and hold a decimal part ("5,4"); the unit may follow a blank
/// or be glued to it ("118ml"), and end with a dot ("Min.").
fn measure_of(item: &[u8]) -> Option<Measure> {
    let t = item.trim_ascii();
    let mut i = 0;
    while i < t.len() {
        let digit = t[i].is_ascii_digit();
        let mark = matches!(t[i], b'.' | b',') && i > 0 && t.get(i + 1).is_some_and(u8::is_ascii_digit);
        if digit || mark {
            i += 1;
        } else if let Some(n) = blank_at(t, i).filter(|&n| i > 0 && is_digit_group(&t[i + n..])) {
            i += n;
        } else {
            break;
        }
    }
    if i == 0 {
        return None;
    }
    let unit = &t[i + blank_at(t, i).unwrap_or(0)..];
    let unit = unit.strip_suffix(b".").unwrap_or(unit);
    if unit.is_empty() || unit.len() > 6 {
        return None;
    }
    let mut low = [0u8; 6];
    for (d, b) in low.iter_mut().zip(unit) {
        *d = b.to_ascii_lowercase();
    }
    match &low[..unit.len()] {
        b"km" | b"m" | b"cm" | b"mm" | b"qm" | b"m2" | b"kg" | b"g" | b"mg" | b"l" | b"ml" | b"cl" | b"dl" | b"kw"
        | b"kwh" | b"w" | b"wh" | b"v" | b"mah" | b"ps" | b"ch" | b"cv" | b"gb" | b"tb" | b"mb" | b"zoll" | b"hz"
        | b"khz" | b"mhz" | b"ghz" | b"db" | b"mi" | b"miles" | b"ft" | b"lb" | b"lbs" | b"oz" | b"sq ft" | b"sqft"
        | b"kcal" => Some(Measure::Size),
        u if u == "m²".as_bytes() || u == "°c".as_bytes() => Some(Measure::Size),
        b"min" | b"mins" | b"std" | b"h" | b"hr" | b"hrs" | b"hours" | b"minuten" | b"stunden" | b"minutes"
        | b"heures" | b"horas" | b"minutos" => Some(Measure::Duration),
        _ => None,
    }
}

/// The length of the blank at `t[i..]`: a space, a no-break space or a narrow no-break space.
fn blank_at(t: &[u8], i: usize) -> Option<usize> {
    let rest = &t[i..];
    if rest.starts_with(b" ") {
        Some(1)
    } else if rest.starts_with("\u{a0}".as_bytes()) {
        Some(2)
    } else if rest.starts_with("\u{202f}".as_bytes()) {
        Some(3)
    } else {
        None
    }
}

/// Whether `t` opens with a group of three digits that ends there: the thousands of a
/// number grouped with blanks ("38 900").
fn is_digit_group(t: &[u8]) -> bool {
    t.len() >= 3 && t[..3].iter().all(u8::is_ascii_digit) && !t.get(3).is_some_and(u8::is_ascii_digit)
}

/// A currency sign next to a digit (blanks between allowed): "$169.00", "19,99 €".
fn has_price(l: &[u8]) -> bool {
    const SIGNS: [&str; 5] = ["$", "€", "£", "¥", "₹"];
    // Every sign starts with one of these bytes ($, and the lead bytes of the others).
    memchr::memchr3_iter(b'$', 0xE2, 0xC2, l).any(|p| {
        SIGNS.iter().any(|sign| {
            l[p..].starts_with(sign.as_bytes()) && {
                let after = skip_blanks(l, p + sign.len());
                let before = skip_blanks_back(l, p);
                l.get(after).is_some_and(u8::is_ascii_digit) || before > 0 && l[before - 1].is_ascii_digit()
            }
        })
    })
}

/// A cut of `line` from `s` (relative to its start) to its end.
fn cut_to_end(line: &Line, s: usize, why: Why) -> RawCut {
    line_cut(line, s, line.end - line.start, why, s)
}

/// The cut of `line[s..e]` for `why`, its match at `at` (offsets in the line).
fn line_cut(line: &Line, s: usize, e: usize, why: Why, at: usize) -> RawCut {
    RawCut {
        start: line.start + s,
        end: line.start + e,
        why,
        at: line.start + at,
    }
}

/// Cuts the rows of links or labels that extraction glued between two blocks of a line: a
/// product's or a post's buttons, a listing's badges ("…Betriebsanleitung mit
/// Funktionstabelle.Auf den Merkzettel · Frage zum Artikel stellenAchtung: Nicht für…",
/// "…c'est le pire.Signaler ce message · CiterLe garage…", "Neu · vor 2 TagenWir bieten…").
/// Such a row is a block of its own (see [`next_glue`]) glued to the text before or after it,
/// of two to [`GLUED_ROW_MAX_ITEMS`] short items split by separators (`·`, `|`, `•`), no
/// sentence, and neither a price nor a row of figures (see [`is_data_row`]): "…aus
/// Buche.Gewicht: 590 g · Länge: 30 cm" is the product's data. It stands between words: a
/// capital and a lowercase letter open the block after it and, where it follows another
/// block, the row itself. A row with a cut of an earlier pass inside or across it is left to
/// that pass, and a line that is a row of a table of bars ([`bar_tables`]) is left whole.
///
/// Returns whether it cut any.
fn cut_glued_rows(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) -> bool {
    let earlier = partial.len();
    // Only lines with a separator's byte ("·" ends in 0xB7, "•" in 0xA2), found in one pass
    // over the text (most texts have none) that goes on past each line it stops in.
    let (mut li, mut from) = (0, 0);
    while let Some(q) = text.get(from..).and_then(|t| memchr::memchr3(b'|', 0xB7, 0xA2, t)) {
        let first = from + q;
        while li < lines.len() && lines[li].end <= first {
            li += 1;
        }
        let Some(line) = lines.get(li) else { break };
        from = first.max(line.end) + 1;
        // A row of a table of bars is read as one: its bars made the table, and with them
        // gone a second pass would read no table there.
        if first < line.start
            || !matches!(line.class, Class::Short | Class::Content)
            || line.stats.words < 3
            || line.table != 0
        {
            continue;
        }
        let l = &text[line.start..line.end];
        // The earlier cuts are sorted by start: walked along with the rows, with the
        // furthest end of those that start before the row's end (a cut that starts before it
        // and ends after its start overlaps it).
        let mut k = partial[..earlier].partition_point(|(_, c)| c.start < line.start);
        let mut reach = 0;
        // Blocks are read only around separators, and once: `done` is where the last block
        // read ends (a block's start, or the line's).
        let mut done = 0;
        // Blocks glued on are words: a capital and a lowercase letter open the row (where it
        // follows another block) and the block after it, or a quote the next one.
        let word_at = |i: usize| {
            char_at(l, i)
                .is_some_and(|(c, n)| c.is_uppercase() && char_at(l, i + n).is_some_and(|(d, _)| d.is_lowercase()))
        };
        let quote_at = |i: usize| char_at(l, i).is_some_and(|(c, _)| matches!(c, '«' | '„' | '“' | '"' | '¿' | '¡'));
        let first = first - line.start;
        for p in memchr::memchr3_iter(b'|', 0xB7, 0xA2, &l[first..]).map(|p| first + p) {
            if p < done {
                continue;
            }
            // The block's start: the last place in reach of a row before the separator where
            // blocks were glued; none there, and the block is too long for a row.
            let prev_end = done;
            let lo = floor_boundary(l, p.saturating_sub(GLUED_ROW_MAX_BYTES)).max(prev_end);
            let (mut start, mut g) = (lo, lo);
            loop {
                let n = next_glue(l, g + char_at(l, g).map_or(1, |(_, n)| n), p + 1);
                if n > p {
                    break;
                }
                if !camel_case_at(l, n) {
                    start = n;
                }
                g = n;
            }
            let e = next_name_glue(l, p);
            done = e;
            let cut_short = start == lo && lo != 0 && lo != prev_end;
            if cut_short
                || !(start > 0 || e < l.len())
                || start > 0 && !(word_at(start) || l[start..].starts_with("«".as_bytes()))
                || e < l.len() && !(word_at(e) || quote_at(e))
                || !is_glued_row(&l[start..e])
            {
                continue;
            }
            let (a, b) = (line.start + start, line.start + e);
            while k < earlier && partial[k].1.start < b {
                reach = reach.max(partial[k].1.end);
                k += 1;
            }
            if reach <= a {
                partial.push((
                    li,
                    RawCut {
                        start: a,
                        end: b,
                        why: Why::Rule(Rule::Separators, Category::Nav),
                        at: a,
                    },
                ));
            }
        }
    }
    partial.len() > earlier
}

/// Whether the capital at `i` goes on a name rather than starting a block glued on: a name
/// in camel case, whose word so far is at most four letters with a capital among them
/// ("FreeSync", "PayPal", "gGmbH") or one lowercase letter ("iPhone", "eBay"); or a name's
/// initials ("S.L. · Zaragoza", "U.S. Army").
fn camel_case_at(l: &[u8], i: usize) -> bool {
    if i >= 2 && l[i - 1] == b'.' {
        if let Some((c, n)) = char_before(l, i - 1) {
            if c.is_alphabetic() && !char_before(l, i - 1 - n).is_some_and(|(p, _)| p.is_alphabetic()) {
                return true;
            }
        }
    }
    let mut j = i;
    let (mut letters, mut upper) = (0, false);
    while let Some((c, n)) = char_before(l, j) {
        if !c.is_alphabetic() || letters > 4 {
            break;
        }
        letters += 1;
        upper |= c.is_uppercase();
        j -= n;
    }
    letters == 1 || letters <= 4 && upper
}

/// Most items of a glued row (see [`cut_glued_rows`]).
const GLUED_ROW_MAX_ITEMS: u32 = 6;
/// Most bytes of a glued row.
const GLUED_ROW_MAX_BYTES: usize = GLUED_ROW_MAX_ITEMS as usize * MAX_ITEM_BYTES;
/// Most words of an item of a glued row.
const GLUED_ROW_ITEM_WORDS: u32 = 5;

/// Whether block `r` is a row of short items between separators (see [`cut_glued_rows`]).
fn is_glued_row(r: &[u8]) -> bool {
    if r.len() > GLUED_ROW_MAX_BYTES || memchr::memchr3(b'|', 0xB7, 0xA2, r).is_none() {
        return false;
    }
    let mut items = 0;
    let mut short = true;
    let seps = for_each_separator_item(r, |item| {
        if has_alnum(item) {
            items += 1;
            short &= count_words_max(item, GLUED_ROW_ITEM_WORDS + 1) <= GLUED_ROW_ITEM_WORDS;
        }
    });
    seps >= 1
        && (2..=GLUED_ROW_MAX_ITEMS).contains(&items)
        && short
        && !last_visible_char(r).is_some_and(is_sentence_end)
        && !has_price(r)
        && !is_data_row(r)
}

fn shape_rules(inner: &Inner, text: &[u8], lines: &mut [Line], partial: &mut Vec<(usize, RawCut)>, retry: &[Retry]) {
    let seps_on = inner.rule_on(Rule::Separators);
    let copy_on = inner.rule_on(Rule::Copyright);
    let date_on = inner.rule_on(Rule::Dateline);
    let mut datelines = Vec::new();
    // The signs of every short line, read once for the tables and the loop below.
    let signs: Vec<Signs> = lines
        .iter()
        .map(|line| match line.class {
            Class::Short => Signs::of(&text[line.start..line.end]),
            _ => Signs::Short {
                separator: false,
                copyright: false,
                bar: false,
            },
        })
        .collect();
    if seps_on {
        bar_tables(inner, text, lines, partial, retry, &signs, copy_on);
    }
    // The pattern cuts, by line (`patterns_pass` pushes them in text order).
    let pattern_cuts = partial.len();
    let mut pi = 0;
    for (li, line) in lines.iter_mut().enumerate() {
        let first_cut = pi;
        while pi < pattern_cuts && partial[pi].0 == li {
            pi += 1;
        }
        if line.class != Class::Short || line.stats.words > SHAPE_MAX_WORDS && !seps_on {
            continue;
        }
        let l = &text[line.start..line.end];
        let signs = signs[li];
        if seps_on && !is_table_row(l) && line.table == 0 && signs.separator(l) {
            // A price makes a row of product or listing data, not a menu: "895 € Kaltmiete ·
            // 81 m² · 3 Zimmer"; so do numbers in most of the items: "14,2 km · 4,5 Std. ·
            // mittel", "2 Personen · ab 10 Jahren · 20 Minuten".
            // Nor is a path through an app's menus in a sentence of instructions: "Ve a Mi
            // línea > Servicios > Roaming."
            let menu = |r: &[u8], words| {
                separator_run(r, words)
                    .filter(|&s| !has_price(&r[s..]) && !is_data_row(&r[s..]) && !is_menu_path_sentence(&r[s..]))
            };
            let mut run = menu(l, line.stats.words);
            let mut whole = run.is_some_and(|s| s <= first_alnum(l));
            // The line as a second pass would see it, without its pattern cuts and the run
            // just found ("Entra aquí | Menu | Almost done! Please check your inbox.", "| |
            // Home? Menu | News"): a run there starts at the same place here. What is left
            // of the line may end with a run again, as a third pass would see it: looked
            // for until no run starts earlier (each turn moves the start back).
            while (pi > first_cut || run.is_some()) && !whole {
                let mut spans: Vec<(usize, usize)> = line_spans(line, &partial[first_cut..pi]).collect();
                spans.extend(run.map(|s| (s, l.len())));
                spans.sort_unstable();
                let view = UncutView::of(l, spans.into_iter());
                // `separator_run` only asks whether the line has more than 4 words.
                let Some(s) = menu(&view.text, count_words_max(&view.text, 5)) else {
                    break;
                };
                let start = view.source(s);
                if run.is_some_and(|r| start >= r) {
                    break;
                }
                whole = s <= first_alnum(&view.text);
                run = Some(start);
            }
            if let Some(s) = run {
                let why = Why::Rule(Rule::Separators, Category::Nav);
                if whole {
                    line.class = Class::Cut;
                    line.why = why;
                    continue;
                }
                partial.push((li, cut_to_end(line, s, why)));
            }
        }
        if line.stats.words > SHAPE_MAX_WORDS {
            continue;
        }
        if seps_on
            && line.stats.digits >= 3
            && (line.stats.digits == line.stats.alnum || line.stats.words <= PAGER_MAX_WORDS)
            && is_page_numbers(l)
        {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Separators, Category::Pagination);
            continue;
        }
        if seps_on && line.stats.words <= ARROW_LINK_MAX_WORDS && is_arrow_link(l) {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Separators, Category::Nav);
            continue;
        }
        if copy_on && signs.copyright(l) {
            // A notice takes its line; a sign and a name alone on theirs are a footer's notice
            // as often as a photo's credit, and after a caption a credit.
            match if is_copyright(l) { Some(0) } else { sign_credit(l) } {
                Some(s) if s <= first_alnum(l) => {
                    line.class = Class::Cut;
                    line.why = Why::Rule(Rule::Copyright, Category::Legal);
                    continue;
                }
                Some(s) => partial.push((li, cut_to_end(line, s, Why::Rule(Rule::Copyright, Category::Credit)))),
                None => {}
            }
        }
        if date_on && line.stats.words <= AGENCY_DATELINE_MAX_WORDS && (is_agency_dateline(l) || is_agency_credit(l)) {
            line.class = Class::Cut;
            line.why = Why::Rule(Rule::Dateline, Category::Credit);
            continue;
        }
        // Two words at least, and a number unless three: "5d ago", "vor einer Stunde".
        let relative_shape = line.stats.words <= RELATIVE_MAX_WORDS
            && (line.stats.words >= 3 || line.stats.words == 2 && line.stats.digits > 0);
        let age_row = || {
            line.stats.words <= AGE_ROW_MAX_WORDS
                && (signs.separator(l) && (is_age_row(l) || is_age_and_counts(l))
                    // A signed stamp has its year: three digits at least ("3.5.24").
                    || line.stats.digits >= 3 && is_signed_stamp(l))
        };
        if date_on && (relative_shape && is_relative_time(l) || age_row()) {
            // A post's or a comment's age, alone or after its author: a stamp, never a
            // schedule's day.
            datelines.push((li, true));
        } else if date_on
            && line.stats.words <= DATELINE_MAX_WORDS
            && line.stats.digits > 0
            && is_dateline(l)
            // A day's opening hours, with no year, are no date: "Samstag: 7.30–14 Uhr".
            && (has_year(l) || !is_hours_row(l, line.stats.words))
        {
            datelines.push((li, has_year(l)));
        } else if date_on
            && line.stats.digits > 0
            && (line.stats.words <= DATELINE_MAX_WORDS && is_placed_dateline(l)
                || line.stats.words <= META_ROW_MAX_WORDS
                    && (is_meta_row(l, false)
                        || (signs.separator(l) || memchr::memchr(b',', l).is_some() || mark_before_stamp(l).is_some())
                            && is_dateline_row(l)))
        {
            // Both have their year.
            datelines.push((li, true));
        } else if date_on
            && line.stats.digits > 0
            && line.stats.words <= META_ROW_MAX_WORDS
            && signs.separator(l)
            && is_labelled_dateline(l)
        {
            // A section's name before the date: the page's own stamp when it stands alone,
            // an event's title and day in a list of them (counted as a schedule's days).
            datelines.push((li, false));
        }
    }
    if seps_on {
        cut_pager_columns(text, lines);
    }
    // A page dates itself (published, updated, a comment's time) with the year; date lines
    // without one, three or more of them, are the days of a schedule or a list of events:
    // its content, which the line model judges.
    let schedule = datelines.iter().filter(|d| !d.1).count() >= SCHEDULE_DATELINES;
    for (li, year) in datelines {
        if year || !schedule {
            lines[li].class = Class::Cut;
            lines[li].why = Why::Rule(Rule::Dateline, Category::Date);
        }
    }
}

/// Longest line (in words) read as an author and a post's age (see [`is_age_row`]).
const AGE_ROW_MAX_WORDS: u32 = 12;
/// Most words of the author before a post's age (see [`is_age_row`]).
const AGE_ROW_AUTHOR_WORDS: u32 = 4;

/// A post's author and its age after a separator: "Gabi aus Reutlingen · vor 3 Tagen",
/// "Tom K. | 2 hours ago". The author is one to [`AGE_ROW_AUTHOR_WORDS`] words; the age is
/// what [`is_relative_time`] reads.
fn is_age_row(l: &[u8]) -> bool {
    // Every age ends with a unit or with "ago" (see `is_relative_time`): most lines go here.
    if ascii_last_word(l).is_some_and(|w| !ends_in_time_word(w)) {
        return false;
    }
    let Some((head, tail)) = split_at_separator(l, &[" · ", " | ", " • ", " – ", " - "], true) else {
        return false;
    };
    let words = count_words_max(head, AGE_ROW_AUTHOR_WORDS + 1);
    (1..=AGE_ROW_AUTHOR_WORDS).contains(&words) && count_words(tail) >= 2 && is_relative_time(tail.trim_ascii())
}

/// Most words of a count beside a post's age (see [`is_age_and_counts`]).
const AGE_COUNT_MAX_WORDS: u32 = 3;

/// A post's age and its counts, split by separators: "vor 5 Stunden · 2 Kommentare", "Vor 1
/// Woche · 38 Bewerbungen", "3 days ago | 1,204 views | 12 replies". Every item is the age
/// (what [`is_relative_time`] reads) or a number and a word or two; one age, one count at least.
fn is_age_and_counts(l: &[u8]) -> bool {
    let (mut ages, mut counts, mut other) = (0, 0, 0);
    for_each_separator_item(l, |item| {
        let t = item.trim_ascii();
        if t.is_empty() {
            return;
        }
        let w = count_words_max(t, AGE_COUNT_MAX_WORDS + 2);
        if is_relative_time(t) {
            ages += 1;
        } else if (2..=AGE_COUNT_MAX_WORDS).contains(&w) && t[0].is_ascii_digit() {
            counts += 1;
        } else {
            other += 1;
        }
    });
    ages == 1 && counts >= 1 && other == 0
}

/// `l` split around one of `separators`: at the last one found in it (the longest head) when
/// `last`, else at the first (the shortest head).
fn split_at_separator<'a>(l: &'a [u8], separators: &[&str], last: bool) -> Option<(&'a [u8], &'a [u8])> {
    let found = separators.iter().filter_map(|sep| {
        let at = if last {
            memchr::memmem::rfind(l, sep.as_bytes())
        } else {
            memchr::memmem::find(l, sep.as_bytes())
        };
        at.map(|i| (&l[..i], &l[i + sep.len()..]))
    });
    if last {
        found.max_by_key(|(h, _)| h.len())
    } else {
        found.min_by_key(|(h, _)| h.len())
    }
}

/// The words that open a byline ("By Jane Roe", "von Anna Berg", "par Louise Martin", "por
/// Ana López"), with their blank.
const BY_WORDS: [&str; 4] = ["by ", "von ", "par ", "por "];

/// The length of the byline word that opens `t` (see [`BY_WORDS`]), in any ASCII case.
fn by_word_len(t: &[u8]) -> Option<usize> {
    ascii_prefixes(t, &BY_WORDS).next()
}

/// The length of the words that open a byline in `t`: a byline word (see [`by_word_len`]),
/// after a stamp's word or not ("Posted by", "Publicado por", "Veröffentlicht von"), or a
/// reply's lead (see [`REPLY_LEADS`]).
fn byline_lead_len(t: &[u8]) -> Option<usize> {
    by_word_len(t).or_else(|| {
        let w = memchr::memchr(b' ', t)?;
        if let Some(n) = by_word_len(&t[w + 1..]).filter(|_| opens_with_stamp_word(&t[..w])) {
            return Some(w + 1 + n);
        }
        ascii_prefixes(t, &REPLY_LEADS).next()
    })
}

/// The words that open a reply's header in a forum or a comment thread, before its author
/// ("Respuesta de viajera_inquieta, 22/10/2024", "Antwort von Kalle » 12.03.2025"), and a
/// newsroom's word before its desk's or its paper's name ("Redacción CD Vallejera |
/// 24/07/2024"), in any ASCII case. The plain byline words after a stamp's word are read by
/// [`byline_lead_len`].
const REPLY_LEADS: [&str; 15] = [
    "redacción ",
    "rédaction ",
    "redaktion ",
    "respuesta de ",
    "réponse de ",
    "antwort von ",
    "reply from ",
    "reply by ",
    "answer by ",
    "comentario de ",
    "commentaire de ",
    "kommentar von ",
    "comment by ",
    "comment from ",
    "mensaje de ",
];

/// A post's header as forums print it: "by", "von", "par" or "por" (after a stamp's word or
/// not), the author (one to [`AGE_ROW_AUTHOR_WORDS`] words), a separator or a comma, and the
/// date with its year: "par jardinier_du_52 » mar. 15 juil. 2025 21:47", "by gardener_joe »
/// Tue Jul 15, 2025 9:47 pm", "von Anna Berg · 12.03.2025", "Par la rédaction sportive, le
/// 18 mai 2024 à 19h05".
fn is_signed_stamp(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let Some(lead) = byline_lead_len(t) else {
        return false;
    };
    // The word for "on" may join them too: "Erstellt von Lisa_HH am 03.02.2024 um 10:15 Uhr".
    let separators = [" » ", " · ", " | ", " – ", " - ", ", ", " am ", " on ", " le ", " el "];
    let Some((head, tail)) = split_at_separator(&t[lead..], &separators, false) else {
        return false;
    };
    // A date in digits alone is a stamp after an author ("12.03.2025, 14:07 Uhr").
    let numeric = || {
        std::str::from_utf8(tail).is_ok_and(|s| {
            s.split_whitespace()
                .next()
                .is_some_and(|w| is_numeric_date(w.trim_end_matches(',')))
                && s.split_whitespace().count() <= 3
        })
    };
    (1..=AGE_ROW_AUTHOR_WORDS).contains(&count_words_max(head, AGE_ROW_AUTHOR_WORDS + 1))
        && has_year(tail)
        && (dateline_of(tail, true) || numeric())
}

/// Most words of a link to the previous or next page (see [`is_arrow_link`]).
const ARROW_LINK_MAX_WORDS: u32 = 12;

/// A link led by `‹` or closed by `›`: a manual's previous or next chapter ("‹ 6.1
/// WLAN-Netz und Passwort ändern"), a button ("Schaden online melden ›"). Judged after the
/// line model, on the short lines it kept.
fn is_chevron_link(l: &[u8]) -> bool {
    led_or_closed(l, "‹", "›")
}

/// A link led by `«` or closed by `»`, with no other guillemet on its line and no sentence's
/// end before the closing one: a blog's previous or next post ("« Cleveland Way, day one:
/// getting to Helmsley by bus"), a manual's way up ("The Python Standard Library »"). Judged
/// after the line model, on the short lines it kept. A quotation has both marks; a quoted
/// paragraph that runs on from the one before ends a sentence before its `»`.
fn is_guillemet_link(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let (open, close) = ("«".as_bytes(), "»".as_bytes());
    let link = |rest: &[u8], other: &[u8]| {
        memchr::memmem::find(rest, other).is_none() && last_visible_char(rest).is_some_and(|c| !is_sentence_end(c))
    };
    match (t.strip_prefix(open), t.strip_suffix(close)) {
        (Some(rest), _) => link(rest, close),
        (None, Some(rest)) => link(rest, open),
        (None, None) => false,
    }
}

/// A link to the previous or the next page, post or chapter: a short line led by `←` or
/// closed by `→` ("← Installation", "Nächste: sw snapshot list →", "Next →").
fn is_arrow_link(l: &[u8]) -> bool {
    led_or_closed(l, "←", "→")
}

/// Whether `l`, blanks aside, opens with `lead` or ends with `close`.
fn led_or_closed(l: &[u8], lead: &str, close: &str) -> bool {
    let t = l.trim_ascii();
    t.starts_with(lead.as_bytes()) || t.ends_with(close.as_bytes())
}

/// A row of page links: three or more page numbers, rising, most of them one after another
/// ("1 2 3 … 18", "« 43 44 45 46 »"), with nothing between them but spaces and the
/// arrows, bars and ellipses of a pager. Dates ("09.10.2024"), prices and counts in a
/// sentence have other characters between their numbers.
fn is_page_numbers(l: &[u8]) -> bool {
    std::str::from_utf8(l).is_ok_and(|s| is_pager(s.split_whitespace(), 4, true))
}

/// Most words of a row of links to the previous and next pages (see [`is_prev_next_row`]).
const PREV_NEXT_MAX_WORDS: u32 = 24;

/// A manual's row of links to the previous page, up and the next page: a left-pointing mark
/// first, a right-pointing one last, bars between ("« Kapitel 3: Fotos importieren | Nach
/// oben | Kapitel 5: EXIF-Daten bearbeiten »", "‹ Installation | Up | Configuration ›").
/// Judged on the lines the line model kept.
fn is_prev_next_row(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    let leads = ["«", "‹", "←"].iter().any(|m| t.starts_with(m.as_bytes()));
    let closes = ["»", "›", "→"].iter().any(|m| t.ends_with(m.as_bytes()));
    leads && closes && memchr::memmem::find(t, b" | ").is_some()
}

/// Most words of a row of links in square brackets (see [`is_bracket_row`]).
const BRACKET_ROW_MAX_WORDS: u32 = 24;

/// A row of links each in square brackets, and nothing else between them but blanks and
/// separators: `[Digg this] [StumbleUpon] [Add to del.icio.us] [Email] [Print this review]`,
/// `[ Home ] [ Archive ] [ Contact ]`. Three at least, each with a letter (footnotes' numbers
/// are not links of a menu). Judged on the lines the line model kept.
fn is_bracket_row(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    if t.first() != Some(&b'[') || t.last() != Some(&b']') {
        return false;
    }
    let (mut items, mut rest) = (0, t);
    while let Some(open) = memchr::memchr(b'[', rest) {
        let between = &rest[..open];
        if !between
            .iter()
            .all(|&b| matches!(b, b' ' | b'\t' | b'|' | b'-' | b'/' | b','))
        {
            return false;
        }
        let Some(close) = memchr::memchr(b']', &rest[open..]) else {
            return false;
        };
        let inner = &rest[open + 1..open + close];
        // A letter: an ASCII one, or any that is not ASCII.
        let letter = inner.iter().any(u8::is_ascii_alphabetic) || !inner.is_ascii();
        if inner.contains(&b'[') || !letter {
            return false;
        }
        items += 1;
        rest = &rest[open + close + 1..];
    }
    items >= 3 && rest.trim_ascii().is_empty()
}

/// Labels of a row of page links, lowercase (see [`is_labelled_pager`]).
const PAGER_LABELS: [&str; 6] = ["page", "pages", "seite", "seiten", "página", "páginas"];

/// A row of page links with its label, a colon after it or not: "Page : 1 2 3 4 5 6 Suivante
/// »", "Seite 1 2 3 Weiter", "« zurück | Seite 1 2 3 4 5 6 | weiter »". Judged on the lines
/// the line model kept.
fn is_labelled_pager(l: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(l) else {
        return false;
    };
    // Three page numbers first, then a label: most lines with digits have neither.
    let page_number = |t: &str| t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit());
    if s.split_whitespace().filter(|&t| page_number(t)).nth(2).is_none() {
        return false;
    }
    let label = |t: &str| word_in(t.strip_suffix(':').unwrap_or(t), &PAGER_LABELS);
    s.split_whitespace().any(label) && is_pager(s.split_whitespace().filter(|&t| t != ":" && !label(t)), 4, true)
}

/// Words that may lead or close a row of page links ("« Zurück 1 2 3 … Weiter »").
const PAGER_WORDS: &[&str] = &[
    "zurück",
    "weiter",
    "vorherige",
    "nächste",
    "previous",
    "prev",
    "next",
    "précédent",
    "précédente",
    "suivant",
    "suivante",
    "anterior",
    "siguiente",
];

/// A word of [`PAGER_WORDS`], in any case.
fn is_pager_word(tok: &str) -> bool {
    if tok.is_ascii() {
        PAGER_WORDS.iter().any(|w| tok.eq_ignore_ascii_case(w))
    } else {
        PAGER_WORDS.contains(&tok.to_lowercase().as_str())
    }
}

/// Most words of a row of page links with words in it (see [`PAGER_WORDS`]).
const PAGER_MAX_WORDS: u32 = 16;

/// Arrows, bars and ellipses that stand between a pager's numbers.
const PAGER: &[&str] = &["«", "»", "‹", "›", "<", ">", "←", "→", "…", "...", "|", "·", "-", "–"];

/// Whether `tokens` are a pager's: numbers of at most `digits` digits and [`PAGER`] signs
/// only (and, with `words`, the [`PAGER_WORDS`] of a row), three numbers or more, rising,
/// most of them one after another.
fn is_pager<'a>(tokens: impl Iterator<Item = &'a str>, digits: usize, words: bool) -> bool {
    let (mut n, mut steps, mut last) = (0usize, 0usize, None::<u32>);
    for tok in tokens {
        if tok.len() <= digits && tok.bytes().all(|b| b.is_ascii_digit()) {
            let page: u32 = tok.parse().unwrap_or(0);
            match last {
                Some(p) if page <= p => return false,
                Some(p) => steps += usize::from(page == p + 1),
                None => {}
            }
            last = Some(page);
            n += 1;
        } else if !(PAGER.contains(&tok) || words && is_pager_word(tok)) {
            return false;
        }
    }
    n >= 3 && 2 * steps >= n - 1
}

/// Cuts the lines of a pager written one page number a line ("1", "2", "3", "…", "18"):
/// a run of lines that each hold one number of up to three digits or one pager sign, and
/// that together make a pager (see [`is_pager`]). Years, one a line, have four digits.
fn cut_pager_columns(text: &[u8], lines: &mut [Line]) {
    let token = |l: &Line| {
        if l.class != Class::Short || l.stats.digits != l.stats.alnum || l.stats.words > 1 {
            return None;
        }
        let t = std::str::from_utf8(&text[l.start..l.end]).unwrap_or("").trim();
        (!t.is_empty() && !t.contains(char::is_whitespace)).then_some(t)
    };
    // A pager has three numbers at least, each a line of one word, all of it digits.
    let numbers = lines
        .iter()
        .filter(|l| l.class == Class::Short && l.stats.words == 1 && l.stats.digits == l.stats.alnum)
        .count();
    if numbers < 3 {
        return;
    }
    let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
    let pager = marked_runs(
        lines,
        &nb,
        |l| token(l).is_some(),
        |run| run.len() >= 3 && is_pager(run.iter().filter_map(|&i| token(&lines[i])), 3, false),
    );
    for (line, _) in lines.iter_mut().zip(pager).filter(|(_, p)| *p) {
        line.class = Class::Cut;
        line.why = Why::Rule(Rule::Separators, Category::Pagination);
    }
}

/// Longest line (in words) read as a date line: "Published March 4, 2024 at 7:42 a.m. ET" is
/// ten (the time's colon parts its digits).
const DATELINE_MAX_WORDS: u32 = 10;

/// Longest line (in words, and in bytes) read as a relative time stamp ("Updated 3 hours
/// ago").
const RELATIVE_MAX_WORDS: u32 = 8;
const RELATIVE_MAX_BYTES: usize = 64;

/// Words that may open a time stamp, before the time itself ("Posted 2 days ago").
const STAMP_WORDS: &[&str] = &[
    "posted",
    "updated",
    // A story's first stamp after its update's: "Updated May 14 2024 - 4:12pm, first
    // published 3:30pm".
    "first",
    "erstmals",
    "edited",
    "asked",
    "answered",
    "replied",
    "published",
    "modified",
    "last",
    "aktualisiert",
    "bearbeitet",
    "veröffentlicht",
    "geändert",
    "zuletzt",
    "erstellt",
    "publié",
    "publiée",
    "publiés",
    "publiées",
    "modifié",
    "modifiée",
    "mis",
    "mise",
    "à",
    "jour",
    "publicado",
    "publicada",
    "actualizado",
    "actualizada",
    "editado",
    "editada",
    "modificado",
    "modificada",
    "posté",
    "postée",
    "gepostet",
    // A guestbook's entry: "Escrito el 18/01/2010 a las 22:41", "Written on 12 May 2009".
    "escrito",
    "written",
    // A forum post's header: "Beitrag Mi 12. Mär 2008, 18:02", "Verfasst am: 12.03.2008".
    "beitrag",
    "verfasst",
    // A reply's header: "Antwort vom 12.03.2025, 08:41", "Réponse le 3 mars 2025".
    "antwort",
    "réponse",
    "respuesta",
    "post",
    "message",
    "mensaje",
    // A member's profile beside a post: "Registriert: Mo 4. Mär 2024", "Dabei seit: 12.03.2019",
    // "Member since March 2019", "Inscrit depuis : mars 2019", "Miembro desde: marzo de 2019".
    "registriert",
    "dabei",
    "seit",
    "registered",
    "joined",
    "member",
    "since",
    "inscrit",
    "inscrite",
    "membre",
    "depuis",
    "registrado",
    "registrada",
    "miembro",
    "desde",
];

/// Whether the last word of `s` (digits glued before it aside: "3h") is "ago" or a unit of
/// time ([`is_time_unit`]), in any case. Cheap, for it sees most short lines of a page.
fn ends_with_time_unit(s: &str) -> bool {
    let end = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let start = end
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    ends_in_time_word(&end[start..])
}

/// The last word of `l` (its last run of letters and digits), when it and the bytes after it
/// are ASCII: what [`ends_with_time_unit`] reads, found without decoding the line. `None`
/// when a non-ASCII byte is among them, or the line has no letter or digit.
fn ascii_last_word(l: &[u8]) -> Option<&str> {
    let end = l.iter().rposition(|b| !b.is_ascii() || b.is_ascii_alphanumeric())? + 1;
    let start = l[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |i| i + 1);
    if start == end || start > 0 && !l[start - 1].is_ascii() {
        return None;
    }
    std::str::from_utf8(&l[start..end]).ok()
}

/// Whether `w` is one of the lowercase words of `list`, in any case. Same length first: the
/// lowercase forms of the listed words are as long as theirs. A word that is not ASCII is
/// lowercased once, on the stack (see [`lowercase_in`]).
fn word_in(w: &str, list: &[&str]) -> bool {
    let mut buf = [0u8; DATE_WORD_MAX];
    let lower = if w.is_ascii() { None } else { lowercase_in(w, &mut buf) };
    list.iter()
        .any(|x| x.len() == w.len() && (w.eq_ignore_ascii_case(x) || lower.is_some_and(|l| l == *x)))
}

/// Whether `w` is one of [`STAMP_WORDS`], in any case.
fn is_stamp_word(w: &str) -> bool {
    word_in(w, STAMP_WORDS)
}

/// The last word of `s` (letters and digits).
fn last_word(s: &str) -> Option<&str> {
    s.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty())
}

/// Whether the last word of a line, `word`, ends it as a relative time does: "ago", or a
/// unit with any digits before it glued ("3h").
fn ends_in_time_word(word: &str) -> bool {
    let word = word.trim_start_matches(|c: char| c.is_ascii_digit());
    word.eq_ignore_ascii_case("ago") || is_time_unit(word)
}

/// Whether `word` is a unit of a relative time in en, de, fr or es, in any case.
fn is_time_unit(word: &str) -> bool {
    // Units are at most eight bytes ("semaines", "segundos").
    if word.is_empty() || word.len() > 8 {
        return false;
    }
    if !word.is_ascii() {
        return is_time_unit_lower(word.to_lowercase().as_bytes());
    }
    let mut buf = [0u8; 8];
    for (d, b) in buf.iter_mut().zip(word.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    is_time_unit_lower(&buf[..word.len()])
}

/// The units of [`is_time_unit`], lowercase: one `match`, which the compiler turns into a
/// switch on length.
fn is_time_unit_lower(w: &[u8]) -> bool {
    matches!(
        w,
        b"s" | b"sec"
            | b"secs"
            | b"second"
            | b"seconds"
            | b"m"
            | b"min"
            | b"mins"
            | b"minute"
            | b"minutes"
            | b"h"
            | b"hr"
            | b"hrs"
            | b"hour"
            | b"hours"
            | b"d"
            | b"day"
            | b"days"
            | b"w"
            | b"wk"
            | b"wks"
            | b"week"
            | b"weeks"
            | b"mo"
            | b"mos"
            | b"month"
            | b"months"
            | b"y"
            | b"yr"
            | b"yrs"
            | b"year"
            | b"years"
            | b"sekunde"
            | b"sekunden"
            | b"minuten"
            | b"std"
            | b"stunde"
            | b"stunden"
            | b"tag"
            | b"tagen"
            | b"woche"
            | b"wochen"
            | b"monat"
            | b"monaten"
            | b"jahr"
            | b"jahren"
            | b"seconde"
            | b"secondes"
            | b"heure"
            | b"heures"
            | b"jour"
            | b"jours"
            | b"semaine"
            | b"semaines"
            | b"mois"
            | b"an"
            | b"ans"
            | b"ann\xc3\xa9e"
            | b"ann\xc3\xa9es"
            | b"segundo"
            | b"segundos"
            | b"minuto"
            | b"minutos"
            | b"hora"
            | b"horas"
            | b"d\xc3\xada"
            | b"d\xc3\xadas"
            | b"semana"
            | b"semanas"
            | b"mes"
            | b"meses"
            | b"a\xc3\xb1o"
            | b"a\xc3\xb1os"
    )
}

/// Most words of an item of a counters' row that ends with a relative time (see
/// [`is_counter_row`]).
const RELATIVE_ITEM_MAX_WORDS: u32 = 6;

/// Whether `item` ends with a relative time ([`is_relative_time`]) of two to four words, its
/// own words before it: "último mensaje hace 4 días", "letzte Antwort vor 2 Stunden".
fn ends_with_relative_time(item: &[u8]) -> bool {
    let t = item.trim_ascii();
    // Where each of the last four words starts.
    let mut starts = [0usize; 4];
    let mut n = 0;
    let mut i = t.len();
    while i > 0 && n < starts.len() {
        let end = i;
        while i > 0 && t[i - 1] != b' ' {
            i -= 1;
        }
        if i < end {
            starts[n] = i;
            n += 1;
        }
        while i > 0 && t[i - 1] == b' ' {
            i -= 1;
        }
    }
    starts[..n].iter().skip(1).any(|&s| is_relative_time(&t[s..]))
}

/// A line that is nothing but a relative time, with stamp words at most before it: "3 hours
/// ago", "Updated a day ago", "vor 2 Tagen", "vor einer Stunde", "il y a 5 minutes",
/// "hace 2 días". Forms: count unit `ago`; `vor` count unit; `il y a` count unit; `hace` count
/// unit, where the count is a number or the word for one.
fn is_relative_time(l: &[u8]) -> bool {
    if l.len() > RELATIVE_MAX_BYTES {
        return false;
    }
    // Every form ends with a unit or with "ago": look at the last word before anything else,
    // on the bytes when it is ASCII (most lines), decoded when it is not.
    // Or with a stamp's participle, in German order: "vor 3 Monaten aktualisiert" (every
    // German one ends with a "t", which is looked at first).
    let participle = |w: &str| w.ends_with('t') && is_stamp_word(w);
    let ascii = ascii_last_word(l);
    if ascii.is_some_and(|w| !ends_in_time_word(w) && !participle(w)) {
        return false;
    }
    let Ok(s) = std::str::from_utf8(l) else { return false };
    if ascii.is_none() && !ends_with_time_unit(s) && !last_word(s).is_some_and(participle) {
        return false;
    }
    // At most eight words, held without allocating.
    let mut buf = [""; 8];
    let mut n = 0;
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if n == buf.len() {
            return false;
        }
        buf[n] = w;
        n += 1;
    }
    let is = |w: &str, x: &str| word_in(w, &[x]);
    let start = buf[..n].iter().position(|w| !is_stamp_word(w)).unwrap_or(n);
    let end = buf[start..n]
        .iter()
        .rposition(|w| !is_stamp_word(w))
        .map_or(start, |p| start + p + 1);
    let w = &buf[start..end];
    let count = |x: &str| {
        x.bytes().all(|b| b.is_ascii_digit()) && x.len() <= 3
            || word_in(
                x,
                &["a", "an", "one", "ein", "einem", "einer", "un", "une", "una", "uno"],
            )
    };
    let unit = is_time_unit;
    // "3h ago", "2d": a number glued to its unit.
    let glued = |x: &str| {
        let d = x.bytes().take_while(u8::is_ascii_digit).count();
        d > 0 && d <= 3 && unit(&x[d..])
    };
    let timed = |t: &[&str]| match t {
        [n, u] => count(n) && unit(u),
        [nu] => glued(nu),
        _ => false,
    };
    match w {
        [t @ .., last] if is(last, "ago") => timed(t),
        [first, t @ ..] if is(first, "vor") || is(first, "hace") => timed(t),
        [il, y, a, t @ ..] if is(il, "il") && is(y, "y") && is(a, "a") => timed(t),
        _ => false,
    }
}

/// Fewest date lines without a year that make a schedule rather than a page's own dates.
const SCHEDULE_DATELINES: usize = 3;

/// Most words of a day's heading (see [`day_heading_key`]): "Sábado 12 de abril de 2025".
const DAY_HEADING_MAX_WORDS: usize = 6;

/// The day a line names when it is a day's heading and nothing else: a weekday first, then a
/// day of the month, a month's name and a year, in any order, "de" between them ("Samstag,
/// 17. Mai 2025", "Samedi 14 juillet 2012", "Sábado 12 de abril de 2025", "Thu, January 22,
/// 2026"), as `year * 10_000 + month * 100 + day`. No time of day: a post's stamp has one.
fn day_heading_key(l: &[u8]) -> Option<u32> {
    let s = std::str::from_utf8(l).ok()?;
    let mut words = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    if !word_in(words.next()?, &WEEKDAYS) {
        return None;
    }
    let (mut day, mut month, mut year) = (None, None, None);
    for (k, w) in words.enumerate() {
        if k + 1 >= DAY_HEADING_MAX_WORDS {
            return None;
        }
        if let Ok(n) = w.parse::<u32>() {
            match (w.len(), n) {
                (1 | 2, 1..=31) if day.is_none() => day = Some(n),
                (4, 1900..=2099) if year.is_none() => year = Some(n),
                _ => return None,
            }
        } else if let Some(m) = month_number(w).filter(|_| month.is_none()) {
            month = Some(m);
        } else if !w.eq_ignore_ascii_case("de") {
            return None;
        }
    }
    Some(year? * 10_000 + month? * 100 + day?)
}

/// The number of a month named in en, de, fr or es ([`MONTHS`]), whole or shortened.
fn month_number(w: &str) -> Option<u32> {
    if !word_in(w, MONTHS) {
        return None;
    }
    let w = w.to_lowercase();
    // Read by the first letters; "juin" and "juillet" apart first.
    const BY_START: [(&str, u32); 27] = [
        ("juil", 7),
        ("juin", 6),
        ("jan", 1),
        ("jän", 1),
        ("ene", 1),
        ("feb", 2),
        ("fév", 2),
        ("mar", 3),
        ("mär", 3),
        ("apr", 4),
        ("avr", 4),
        ("abr", 4),
        ("may", 5),
        ("mai", 5),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("aoû", 8),
        ("ago", 8),
        ("sep", 9),
        ("set", 9),
        ("oct", 10),
        ("okt", 10),
        ("nov", 11),
        ("dec", 12),
        ("dez", 12),
        ("déc", 12),
    ];
    BY_START
        .iter()
        .find(|(start, _)| w.starts_with(start))
        .map(|&(_, n)| n)
        .or_else(|| w.starts_with("dic").then_some(12))
}

/// Does a date line name its year: a number from 1900 to 2099, or a numeric date of three
/// parts ("22.04.25", "3/5/2024")?
fn has_year(l: &[u8]) -> bool {
    l.split(|b| !b.is_ascii_alphanumeric() && !matches!(b, b'.' | b'/' | b'-'))
        .any(|w| {
            let w = w.strip_suffix(b".").unwrap_or(w);
            let date_sep = |b: &u8| matches!(b, b'.' | b'/' | b'-');
            let four = w.len() == 4 && w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20");
            let numeric = w.iter().all(|b| b.is_ascii_digit() || date_sep(b));
            four || numeric && w.split(date_sep).filter(|p| !p.is_empty()).count() == 3
        })
}

/// Longest menu item, in bytes, that `separator_run` looks through.
const MAX_ITEM_BYTES: usize = 96;

/// A row of a table as extraction writes it, "| cell | cell |": bars at both ends (and one
/// between cells). Its bars split cells of data, not menu items.
fn is_table_row(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    t.len() > 2 && t[0] == b'|' && t[t.len() - 1] == b'|' && memchr::memchr_iter(b'|', t).nth(2).is_some()
}

/// The rows of a table that extraction wrote without bars at its ends ("Plan | Requests per
/// minute | Burst", "Free | 60 | 10", "Team | 600 | 100"): [`TABLE_RUN`] short lines or more in
/// a row (blank lines aside), each split into the same number of cells by bars set off with
/// blanks, and a figure in half the rows after the first at least. Their bars split cells of
/// data, not menu items: a menu written with bars stands on one line, or on a few lines
/// without figures. Each row's [`Line::table`] is set to its table's number.
fn bar_tables(
    inner: &Inner,
    text: &[u8],
    lines: &mut [Line],
    cuts: &[(usize, RawCut)],
    retry: &[Retry],
    signs: &[Signs],
    copy_on: bool,
) {
    let mut tables = 0;
    // Bars inside a pattern's cut are gone from what a second pass reads (`cuts` come in
    // line order).
    let mut by_line = cuts.chunk_by(|x, y| x.0 == y.0).peekable();
    // So is a line that a chain of `line` patterns will cut whole after the shape rules
    // ("Subscribe | Menu | Menu | Menu"): it is no row, whatever rows stand under it.
    let mut tries = retry.chunk_by(|x, y| x.0 == y.0).peekable();
    // Bars of each line; `None` for a line a run passes over: a blank one, and one that is
    // cut whole already or will be by the copyright rule, as a second pass over the clean
    // text would not see it (a copyright line is no row of a table of figures). Only a short
    // line whose signs may hold a bar is read.
    let bars: Vec<Option<usize>> = lines
        .iter()
        .zip(signs)
        .enumerate()
        .map(|(li, (line, signs))| match line.class {
            Class::Blank | Class::Cut => None,
            Class::Short
                if copy_on
                    && signs.copyright(&text[line.start..line.end])
                    && is_copyright(&text[line.start..line.end]) =>
            {
                None
            }
            Class::Short if signs.bar() => {
                let l = &text[line.start..line.end];
                while by_line.next_if(|c| c[0].0 < li).is_some() {}
                while tries.next_if(|t| t[0].0 < li).is_some() {}
                let mut spans: Vec<(usize, usize)> = by_line
                    .next_if(|c| c[0].0 == li)
                    .map_or_else(Vec::new, |c| line_spans(line, c).collect());
                spans.sort_unstable();
                let runs = merged_runs(spans.into_iter());
                if let Some(t) = tries.next_if(|t| t[0].0 == li) {
                    // The words outside the cuts only matter past `PREFIX_MAX_WORDS`: counted
                    // only for a line that long.
                    let words = || {
                        if line.stats.words <= PREFIX_MAX_WORDS {
                            return line.stats.words;
                        }
                        let mut words = 0;
                        for_each_gap(l.len(), runs.iter().copied(), |g0, g1| {
                            if !is_noise(&l[g0..g1]) {
                                words +=
                                    count_words_max(&l[g0..g1], PREFIX_MAX_WORDS + 1 - words.min(PREFIX_MAX_WORDS));
                            }
                        });
                        words
                    };
                    if chain_may_cover(line, &runs, t) && chain_pattern(inner, l, &runs, words, t).is_some() {
                        return None;
                    }
                }
                // The bars a second pass reads: none inside a cut, and none that a cut leaves
                // at an end of the line ("Subscribe | Menu | …" once "Subscribe " is gone).
                if runs.is_empty() {
                    Some(spaced_bars(l).count())
                } else {
                    Some(uncut_spaced_bars(l, &runs))
                }
            }
            // A sentence or a paragraph under a row tells of it: an event's details under its
            // date and place. The rows go on after it.
            _ if is_prose(line.stats.words, line.stats.ends_sentence) => None,
            _ => Some(0),
        })
        .collect();
    for_each_bar_run(&bars, |rows| {
        let figures = rows[1..].iter().filter(|&&r| lines[r].stats.digits > 0).count();
        if rows.len() >= TABLE_RUN && 2 * figures >= rows.len() - 1 {
            tables += 1;
            for &r in rows {
                lines[r].table = tables;
            }
        }
    });
}

/// How many bars with a blank on both sides [`UncutView`] holds for `l` without its cut
/// `runs` (sorted and disjoint), counted without building it: a bar at a piece's edge has the
/// joining blank on that side, unless no piece comes before (or after) it.
fn uncut_spaced_bars(l: &[u8], runs: &[(usize, usize)]) -> usize {
    // Where the first and the last piece start.
    let (mut first, mut last) = (None, 0);
    for_each_gap(l.len(), runs.iter().copied(), |g0, _| {
        first.get_or_insert(g0);
        last = g0;
    });
    let mut count = 0;
    for_each_gap(l.len(), runs.iter().copied(), |g0, g1| {
        for p in memchr::memchr_iter(b'|', &l[g0..g1]).map(|p| g0 + p) {
            let before = if p > g0 { l[p - 1] == b' ' } else { first != Some(g0) };
            let after = if p + 1 < g1 { l[p + 1] == b' ' } else { g0 != last };
            count += usize::from(before && after);
        }
    });
    count
}

/// The bars of `l` with a blank on both sides ("a | b"), by position.
fn spaced_bars(l: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'|', l).filter(|&p| p > 0 && l[p - 1] == b' ' && l.get(p + 1) == Some(&b' '))
}

/// Calls `f` on each run of lines with the same number of bars (`bars[i]`, more than 0),
/// lines whose count is `None` passed over: the rows of a possible table, by index.
fn for_each_bar_run(bars: &[Option<usize>], mut f: impl FnMut(&[usize])) {
    let mut rows = Vec::new();
    let mut i = 0;
    while i < bars.len() {
        let Some(k) = bars[i].filter(|&k| k > 0) else {
            i += 1;
            continue;
        };
        rows.clear();
        rows.push(i);
        let mut j = i + 1;
        while j < bars.len() {
            match bars[j] {
                None => {}
                Some(n) if n == k => rows.push(j),
                Some(_) => break,
            }
            j += 1;
        }
        f(&rows);
        i = j;
    }
}

/// Most words between a phrase's match and a sentence glued after it (see
/// [`give_back_glued_sentences`]); fewest words of that sentence.
const GLUED_AFTER_MAX_WORDS: u32 = 3;
const GLUED_BACK_MIN_WORDS: u32 = 4;

/// Gives back a sentence that extraction glued right after a phrase's words, with no end mark
/// between: "…löschen.Newsletter abonnierenVerletzt wurde nach Angaben der Polizei niemand."
/// A phrase takes its sentence, and this one ran on into the next block's. Where a capital
/// follows a lowercase letter within [`GLUED_AFTER_MAX_WORDS`] words after the match and
/// opens a sentence of [`GLUED_BACK_MIN_WORDS`] words or more that ends the cut with an end
/// mark, the cut stops there, unless the word the capital ends opens with a capital or a
/// lone letter, as a brand's name does ("WhatsApp", "eBay"). (Before the line model, the
/// glue is taken only before a stop word: "…abonnierenDie Stadt…".) `partial` stays sorted:
/// only ends move.
fn give_back_glued_sentences(inner: &Inner, text: &[u8], partial: &mut [(usize, RawCut)]) {
    for (_, cut) in partial.iter_mut() {
        let Why::Pattern(id) = cut.why else { continue };
        let e = &inner.table.patterns[id as usize];
        if e.kind != Kind::Phrase || !e.rest.is_empty() {
            continue;
        }
        let from = cut.at + e.text.len();
        if from >= cut.end || text.get(from).is_some_and(|&b| (b as i8) < -0x40) {
            continue;
        }
        let mut prev = char_before(text, from).map(|x| x.0);
        let mut i = from;
        while i < cut.end {
            let Some((c, n)) = char_at(text, i) else { break };
            if c.is_uppercase()
                && prev.is_some_and(char::is_lowercase)
                && char_at(text, i + n).is_some_and(|(d, _)| d.is_lowercase())
            {
                // The word before the capital, all lowercase and three letters or more, or
                // the match's own last word ("Log inFarmers in the valley …"): the pattern
                // ends there, so no name runs on.
                let word_start = text[..i]
                    .iter()
                    .rposition(|b| !b.is_ascii_alphabetic() && *b < 0x80)
                    .map_or(0, |p| p + 1);
                let word = std::str::from_utf8(&text[word_start..i]).unwrap_or("");
                if (i == from || word.chars().count() >= 3)
                    && word.chars().all(char::is_lowercase)
                    && count_words_max(&text[from..i], GLUED_AFTER_MAX_WORDS + 1) <= GLUED_AFTER_MAX_WORDS
                    && count_words_max(&text[i..cut.end], GLUED_BACK_MIN_WORDS) >= GLUED_BACK_MIN_WORDS
                    && last_visible_char(&text[i..cut.end]).is_some_and(is_sentence_end)
                {
                    cut.end = i;
                }
                break;
            }
            prev = Some(c);
            i += n;
        }
    }
}

/// Where the number of an article's list item glued on ([`crate::text::list_number_glued_at`])
/// starts in `text[from..end]`, if one does: not a first item's, which may open the list
/// that a label names ("Lo más leído en Fútbol1. El …").
fn glued_list_item(text: &[u8], from: usize, end: usize) -> Option<usize> {
    glued_list_items(text, from, end).next()
}

/// Where each number of an article's list item glued on (see [`glued_list_item`]) starts in
/// `text[from..end]`, in order.
fn glued_list_items(text: &[u8], from: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    // Found by the full stop and blank after the number.
    let from = from.min(end);
    memchr::memmem::find_iter(&text[from..end], b". ").filter_map(move |k| {
        let dot = from + k;
        crate::text::list_number_before(&text[..dot], from)
            .filter(|&p| p > 0 && !text[p..].starts_with(b"1.") && crate::text::list_number_glued_at(text, p))
    })
}

/// Gives back, after the line model, the article's list item that a `prefix` pattern's cut
/// runs into where extraction glued a linked title to the item's number: "Auch interessant:
/// Die besten Hütten mit Seeblick5. Durch die Echerntalschlucht nach Hallstatt" (the label
/// and the title go, the item's heading stays), as a second pass reads what is left. A line
/// cut whole keeps the part from the number on. `partial` comes in sorted and goes out
/// sorted.
fn give_back_glued_list_items(inner: &Inner, text: &[u8], lines: &mut [Line], partial: &mut Vec<(usize, RawCut)>) {
    let prefix = |why: Why| match why {
        Why::Pattern(id) => {
            let e = &inner.table.patterns[id as usize];
            (e.kind == Kind::Prefix).then_some(e.text.len())
        }
        Why::Rule(..) => None,
    };
    let mut moved = false;
    for (_, cut) in partial.iter_mut() {
        if let Some(len) = prefix(cut.why) {
            if let Some(p) = glued_list_item(text, cut.at + len, cut.end) {
                cut.end = p;
                moved = true;
            }
        }
    }
    let before = partial.len();
    for (li, line) in lines.iter_mut().enumerate() {
        if line.class != Class::Cut || line.partial {
            continue;
        }
        let Some(len) = prefix(line.why) else { continue };
        if let Some(p) = glued_list_item(text, line.start + len, line.end) {
            partial.push((
                li,
                RawCut {
                    start: line.start,
                    end: p,
                    why: line.why,
                    at: line.start,
                },
            ));
            line.class = Class::Short;
            line.why = NO_WHY;
            line.partial = true;
        }
    }
    if moved || partial.len() > before {
        sort_cuts(partial);
    }
}

/// The cuts made so far, by start, with the furthest end among each one and those before it:
/// whether a span overlaps one is two lookups, however many cuts a line holds.
struct CutSpans {
    spans: Vec<(usize, usize)>,
    furthest: Vec<usize>,
}

impl CutSpans {
    fn of(partial: &[(usize, RawCut)]) -> CutSpans {
        let mut spans: Vec<(usize, usize)> = partial.iter().map(|(_, c)| (c.start, c.end)).collect();
        spans.sort_unstable();
        let furthest = spans
            .iter()
            .scan(0, |m, &(_, e)| {
                *m = e.max(*m);
                Some(*m)
            })
            .collect();
        CutSpans { spans, furthest }
    }

    /// Whether `start..end` overlaps a cut.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        let n = self.spans.partition_point(|&(s, _)| s < end);
        n > 0 && self.furthest[n - 1] > start
    }
}

/// The line that holds text position `p` past its first byte, with its index, if the line
/// model and the rules kept it.
fn kept_line_inside(lines: &[Line], p: usize) -> Option<(usize, &Line)> {
    let li = lines.partition_point(|l| l.next <= p);
    let line = lines.get(li)?;
    (line.stands() && line.start < p && p < line.end).then_some((li, line))
}

/// Most words of a call to action glued into a kept line (see [`cut_glued_calls`]).
const GLUED_CALL_MAX_WORDS: u32 = 16;
/// Most bytes of a block glued into a kept line that [`cut_glued_calls`] reads whatever its
/// first word: [`GLUED_CALL_MAX_WORDS`] long words and their blanks.
const GLUED_CALL_MAX_BYTES: usize = 320;
/// Bytes of such a block in which its question, its label's colon or its dash stands: a
/// question or a label of up to a dozen words.
const GLUED_CALL_HEAD_BYTES: usize = 120;

/// Cuts the calls to action glued into the lines the line model kept, where extraction lost
/// the bounds of a box: a sentence glued to the end of the one before it ("…im
/// Ofen.Jetzt Küchenzeit+ testen: 30 Tage gratisDazu passt …", "…seit mindestens 3
/// MonatenJetzt Prämie berechnen und Velo mitversichern") whose first clause is a call to
/// action (see [`action_clause`]). The call runs to the next glue (a capital right after a
/// lowercase word, or after an end mark), to its sentence's end, or to the line's end, and
/// is [`GLUED_CALL_MAX_WORDS`] words at most. A pitch for the site's mail
/// ([`is_signup_pitch`]) goes too, ended by its mark, up to [`SIGNUP_PITCH_MAX_WORDS`] words
/// ("…in the hallway.\"Sign up to the Evening Post's free morning briefing for the top
/// stories.Opposition …"). A block glued after an end mark whatever its first word, up to
/// the next glue or the line's end and [`GLUED_CALL_MAX_WORDS`] words at most, goes when it
/// reads as a call to action after a label or a dash ([`is_call_to_action`]), a site's
/// offer of help ([`is_help_prompt`]) or a pitch to a kind of reader ([`is_reader_pitch`]):
/// "…einspringen.Ihr Berater in der Nähe: Jetzt Termin vereinbaren", "…zuweisen.Noch
/// Fragen? Chatte mit unserem Support-Team, Mo–Fr 8–18 Uhr". `partial` comes in sorted and
/// goes out sorted.
fn cut_glued_calls(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    // Where a glued sentence may start: a capital right after an end mark, or "Jetzt" right
    // after a lowercase letter (most pages have neither).
    // (Past the marks that close a quote: "…in the hallway.\"Sign up to …".)
    let mut starts: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', text)
        .map(|p| past_closers(text, p + 1))
        .filter(|&p| text.get(p).is_some_and(u8::is_ascii_uppercase))
        .collect();
    starts.extend(memchr::memmem::find_iter(text, b"Jetzt ").filter(|&p| p > 0 && text[p - 1].is_ascii_lowercase()));
    if starts.is_empty() {
        return;
    }
    starts.sort_unstable();
    let mut found = Vec::new();
    // The marks of one line (see `block_marks`), and which line they are of.
    let (mut marks, mut marks_of): (Vec<(usize, bool)>, Option<usize>) = (Vec::new(), None);
    for p in starts {
        let Some((li, line)) = kept_line_inside(lines, p) else {
            continue;
        };
        // A call's first word opens calls to action ("Jetzt", "Subscribe", "Réservez"): most
        // glued sentences fail on it, before their end is looked for.
        let word_end = text[p..line.end]
            .iter()
            .position(|&b| b < 0x80 && !b.is_ascii_alphanumeric())
            .map_or(line.end, |k| p + k);
        let first = &text[p..word_end];
        let acts = first == b"Jetzt"
            || stats::word_classes(first) & stats::CTA != 0
            || OFFER_OPENERS.iter().any(|w| first.eq_ignore_ascii_case(w.as_bytes()));
        // Or, whatever its first word, a block of its own (up to the next glue or the line's
        // end) that reads as a call to action after a label ("…einspringen.Ihr Berater in
        // der Nähe: Jetzt Termin vereinbaren"), a site's offer of help or a pitch to a kind
        // of reader.
        if !acts {
            // The offer of help and the pitch run past their question to the block's end,
            // looked for within [`GLUED_CALL_MAX_BYTES`]: a longer block is no call.
            let l = &text[line.start..line.end];
            let limit = l.len().min(p - line.start + GLUED_CALL_MAX_BYTES);
            // An offer of help and a pitch open with a question, a call after a label with
            // its label's colon or a dash: most glued sentences have none of them in their
            // first [`GLUED_CALL_HEAD_BYTES`], and are not read further. The line's marks are
            // found once, for all the blocks glued into it.
            if marks_of != Some(li) {
                marks = block_marks(l, line.start);
                marks_of = Some(li);
            }
            let head_end = p + GLUED_CALL_HEAD_BYTES.min(limit - (p - line.start));
            let k = marks.partition_point(|&(m, _)| m < p);
            let marked = marks[k..]
                .iter()
                .take_while(|&&(m, _)| m < head_end)
                // A dash after the block's first byte, whole in the head ("–" is three bytes).
                .any(|&(m, dash)| !dash || m > p && (text[m] == b'-' || m + 3 <= head_end));
            if !marked {
                continue;
            }
            if glued_sentence_end(text, p, line.end).is_none() {
                continue;
            }
            let block_end = line.start + next_glue(l, p - line.start + 1, limit);
            if block_end - line.start == limit && limit < l.len() {
                continue;
            }
            let block = &text[p..block_end];
            let asks = memchr::memchr(b'?', block).is_some();
            let words = count_words_max(block, GLUED_CALL_MAX_WORDS + 1);
            if words <= GLUED_CALL_MAX_WORDS
                && (is_call_to_action(block, words) || asks && (is_help_prompt(block) || is_reader_pitch(block)))
            {
                found.push((li, p, block_end, Why::Rule(Rule::CallToAction, Category::Promo)));
            }
            continue;
        }
        let Some((end, bounded)) = glued_sentence_end(text, p, line.end) else {
            continue;
        };
        let piece = &text[p..end];
        let Ok(s) = std::str::from_utf8(piece) else { continue };
        // The first clause acts: up to a colon, a dash, a comma or an end mark.
        let clause = s
            .find([':', ',', '.', '!', '?', '–', '—'])
            .map_or(s, |k| &s[..k])
            .trim_end();
        // Up to the line's end with no mark to end it, the whole of it acts: what follows a
        // call may be the article going on ("… – ab 1 Franken im ersten Monat Auch in
        // Winterthur bleiben …").
        let call = count_words_max(piece, GLUED_CALL_MAX_WORDS + 1) <= GLUED_CALL_MAX_WORDS
            && action_clause(clause, true)
            && (bounded || action_clause(s.trim_end(), true));
        // Or a pitch for the site's mail, ended by its mark: "…in the hallway.\"Sign up to
        // the Evening Post's free morning briefing for the top stories.Opposition …".
        let pitch = !call
            && bounded
            && is_signup_pitch(piece)
            && count_words_max(piece, SIGNUP_PITCH_MAX_WORDS + 1) <= SIGNUP_PITCH_MAX_WORDS;
        // Or an offer, ended by its mark: "…eingebaut.Sichern Sie sich jetzt unser Digital-Abo
        // für 0,99 Euro im ersten Monat.", "…primera vez.Consigue un 20 % de descuento en tu
        // suscripción digital durante el primer año.".
        // It runs to its mark or to the next block glued on, whichever comes first ("…sichern*
        // Danach fällt der Zins…": the sentence after it is the article's).
        let mut end = end;
        let offer = !call && !pitch && bounded && {
            end = line.start + next_glue(&text[line.start..line.end], p - line.start + 1, end - line.start);
            end = offer_end(text, p, end);
            let piece = &text[p..end];
            count_words_max(piece, GLUED_OFFER_MAX_WORDS + 1) <= GLUED_OFFER_MAX_WORDS && states_offer(piece)
        };
        if !pitch && !call && !offer {
            continue;
        }
        let category = if pitch { Category::Newsletter } else { Category::Promo };
        found.push((li, p, end, Why::Rule(Rule::CallToAction, category)));
    }
    push_new_cuts(partial, found);
}

/// Most words of an offer glued into a kept line (see [`cut_glued_calls`]).
const GLUED_OFFER_MAX_WORDS: u32 = 20;

/// Imperatives that open an offer, besides the lexicon's calls to action
/// (`stats::CTA`): "Consigue un 20 % de descuento", "Hazte socia por 5 € al mes",
/// "Bénéficiez de 10 % de remise", "Sparen Sie 15 %" (ASCII case aside, as a page spells them).
const OFFER_OPENERS: [&str; 8] = [
    "consigue",
    "hazte",
    "ahorra",
    "bénéficiez",
    "obtenez",
    "économisez",
    "sparen",
    "spare",
];

/// Whether `t[i]` opens a capital of ASCII or of the Latin-1 block ("É", "Ä": C3 80 to C3 9E,
/// which holds "×" too), read from its bytes alone.
fn latin_capital_at(t: &[u8], i: usize) -> bool {
    t[i].is_ascii_uppercase() || t[i] == 0xC3 && t.get(i + 1).is_some_and(|&c| (0x80..=0x9E).contains(&c))
}

/// Where an offer that starts at `p` ends, at `end` at the latest: before a capital glued to a
/// closing mark, an asterisk or a bar with no blank between ("…im ersten Jahr sichern*Danach
/// fällt…", "…Angebot anfordern »Eine Besichtigung…"), where extraction joined the next block.
fn offer_end(text: &[u8], p: usize, end: usize) -> usize {
    (p + 1..end)
        .find(|&i| {
            latin_capital_at(text, i)
                && (matches!(text[i - 1], b'*' | b'"' | b')' | b']' | b'|')
                    || text[..i].ends_with("»".as_bytes())
                    || text[..i].ends_with("”".as_bytes())
                    || text[..i].ends_with("“".as_bytes()))
        })
        .unwrap_or(end)
}

/// Words that make an amount of money an offer's price: a period it is paid for ("im ersten
/// Monat", "al mes", "per month") or a word that makes it small ("nur", "only", "solo"),
/// lowercase.
const OFFER_PRICE_WORDS: [&str; 19] = [
    "monat",
    "monate",
    "monats",
    "jahr",
    "nur",
    "month",
    "months",
    "year",
    "only",
    "just",
    "mois",
    "an",
    "seulement",
    "mes",
    "meses",
    "año",
    "solo",
    "sólo",
    "semana",
];

/// Whether `s` states an offer: a percentage ("20 %", "10%"), an amount of money with a
/// period or a word that makes it small ("0,99 Euro im ersten Monat", "5 € al mes", "für nur
/// 1 Euro"), or, in English, something free ("our free meal plan"). A fee alone ("die Gebühr
/// beträgt 15 Euro") is no offer, nor is a service free of charge in other languages
/// ("kostenlos", "gratuit"): service pages state both.
fn states_offer(s: &[u8]) -> bool {
    // A digit, blanks at most, then the sign.
    if memchr::memchr_iter(b'%', s).any(|i| {
        let b = skip_blanks_back(s, i);
        b > 0 && s[b - 1].is_ascii_digit()
    }) {
        return true;
    }
    let mut money = has_price(s);
    let (mut prev_digit, mut small, mut free) = (false, false, false);
    for w in crate::words(&String::from_utf8_lossy(s)) {
        money |= prev_digit
            && ["euro", "euros", "eur", "franken", "dollars"]
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m));
        prev_digit = w.bytes().last().is_some_and(|b| b.is_ascii_digit());
        small |= OFFER_PRICE_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p));
        free |= w.eq_ignore_ascii_case("free");
    }
    money && small || free
}

/// The marks in `l` (a line starting at `base` in the text) that open a call glued into
/// it (see [`cut_glued_calls`]): question marks and colons, and dashes (`true`): a hyphen
/// after a blank, "–" and "—". By position in the text, in order.
fn block_marks(l: &[u8], base: usize) -> Vec<(usize, bool)> {
    let mut marks: Vec<(usize, bool)> = memchr::memchr3_iter(b'?', b':', b'-', l)
        .filter(|&k| l[k] != b'-' || k > 0 && l[k - 1] == b' ')
        .map(|k| (base + k, l[k] == b'-'))
        .collect();
    marks.extend(
        memchr::memchr_iter(0xE2, l)
            .filter(|&k| l.get(k + 1) == Some(&0x80) && matches!(l.get(k + 2), Some(0x93 | 0x94)))
            .map(|k| (base + k, true)),
    );
    marks.sort_unstable();
    marks
}

/// Most words of a button glued at a kept line's end (see [`cut_glued_buttons`]).
const GLUED_BUTTON_MAX_WORDS: usize = 4;
/// Most bytes read back from a kept line's end for a glued button.
const GLUED_BUTTON_MAX_BYTES: usize = 64;

/// Buttons of one word, as a page spells them, that extraction glues to the end of a line:
/// download, reservation, order, copy, print, share, donation and sign-up buttons in en, de,
/// fr and es.
const BUTTON_WORDS: [&str; 31] = [
    "Download",
    "Reserve",
    "Subscribe",
    "Register",
    "Donate",
    "Print",
    "Share",
    "Copy",
    "Herunterladen",
    "Reservieren",
    "Buchen",
    "Bestellen",
    "Anfragen",
    "Kopieren",
    "Drucken",
    "Teilen",
    "Merken",
    "Abonnieren",
    "Télécharger",
    "Réserver",
    "Commander",
    "Copier",
    "Imprimer",
    "Partager",
    "Descargar",
    "Reservar",
    "Comprar",
    "Copiar",
    "Imprimir",
    "Compartir",
    "Suscribirse",
];

/// Verbs that open a button of a few words in en, fr and es ("Réserver en ligne",
/// "Télécharger la fiche de sécurité", "Añadir a mi calendario", "Request a quote"), as a page
/// spells them: infinitives and imperatives of actions on the site, none a common heading's
/// first word ("Print quality", "Share prices" and "Register office" are headings: those three
/// open buttons of one word only).
const BUTTON_OPENERS: [&str; 24] = [
    "Download",
    "Reserve",
    "Subscribe",
    "Donate",
    "Request",
    "Buy",
    "Télécharger",
    "Réserver",
    "Commander",
    "Imprimer",
    "Partager",
    "Voir",
    "Ajouter",
    "Demander",
    "S'inscrire",
    "Descargar",
    "Reservar",
    "Comprar",
    "Imprimir",
    "Compartir",
    "Ver",
    "Añadir",
    "Solicitar",
    "Pedir",
];

/// German verbs that end a button of a few words ("Kostenvoranschlag anfordern", "Vorlage
/// herunterladen", "Zur Merkliste hinzufügen"), lowercase.
const BUTTON_CLOSERS_DE: [&str; 14] = [
    "anfordern",
    "herunterladen",
    "downloaden",
    "anfragen",
    "bestellen",
    "buchen",
    "reservieren",
    "kopieren",
    "drucken",
    "ansehen",
    "vereinbaren",
    "merken",
    "teilen",
    "hinzufügen",
];

/// Whether `tail`, a block glued at a line's end, is a button: one word of [`BUTTON_WORDS`],
/// or, right after an end mark (`after_mark`), two words to [`GLUED_BUTTON_MAX_WORDS`] that
/// a verb of [`BUTTON_OPENERS`] opens or one of [`BUTTON_CLOSERS_DE`] ends. An arrow after it
/// ("Zum Formular »") is part of it.
fn is_glued_button(tail: &[u8], after_mark: bool) -> bool {
    let Ok(t) = std::str::from_utf8(tail) else { return false };
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '›' | '→'));
    let mut words = t.split(' ').filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    let rest = words.count();
    if rest == 0 {
        return BUTTON_WORDS.contains(&first);
    }
    if !after_mark || rest >= GLUED_BUTTON_MAX_WORDS {
        return false;
    }
    let last = t.rsplit(' ').next().unwrap_or(t);
    BUTTON_OPENERS.contains(&first) || BUTTON_CLOSERS_DE.contains(&last)
}

/// Where a button glued at the end of `t` (a line without its trailing blanks) would start
/// (see [`cut_glued_buttons`]): the last capital glued on in the last word (see [`glued_at`];
/// or right after code's closing mark: "…>}}Kopieren", "…];Copy"), or else, within the last
/// [`GLUED_BUTTON_MAX_WORDS`] words, the last capital glued on if an end mark is what it is
/// glued to. One pass back over at most [`GLUED_BUTTON_MAX_BYTES`] bytes.
fn button_glue(t: &[u8]) -> Option<usize> {
    let lo = t.len().saturating_sub(GLUED_BUTTON_MAX_BYTES).max(1);
    let mut blanks = 0;
    let mut k = t.len();
    while k > lo {
        k -= 1;
        if t[k] == b' ' {
            blanks += 1;
            if blanks == GLUED_BUTTON_MAX_WORDS {
                return None;
            }
            continue;
        }
        // A capital not after a blank; one after a capital goes on an acronym ("FAQ",
        // "GmbH"): no glue looked for.
        if !latin_capital_at(t, k) || t[k - 1] == b' ' || t[k - 1].is_ascii_uppercase() {
            continue;
        }
        if blanks == 0 {
            if glued_at(t, k) || matches!(t[k - 1], b'}' | b']' | b'>' | b';' | b'"' | b'\'') {
                return Some(k);
            }
        } else if matches!(t[k - 1], b'.' | b'!' | b'?') {
            return Some(k);
        } else if glued_at(t, k) {
            return None;
        }
    }
    None
}

/// Cuts a button that extraction glued to the end of a line the line model kept, where it
/// lost a box's bounds: "…einen verbindlichen Kostenvoranschlag.Kostenvoranschlag anfordern",
/// "…une durée de 48 heures.Réserver en ligne", "…59 €/mes · Disponible yaReservar",
/// "…>}}Kopieren" (see [`is_glued_button`]). The button is the last block glued on (see
/// [`next_glue`]; a capital right after code's closing mark counts too), up to
/// [`GLUED_BUTTON_MAX_WORDS`] words; one of several words must follow an end mark. A word
/// glued to a lowercase letter is not read as a button when it may end a name in camel case
/// (see [`camel_case_at`]: "MacBook") or when the line reads as code.
fn cut_glued_buttons(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    let mut found = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        // A button ends with no end mark: most prose lines are passed over on their last char.
        if !line.stands() || line.stats.ends_sentence {
            continue;
        }
        let t = text[line.start..line.end].trim_ascii_end();
        let Some(k) = button_glue(t) else { continue };
        let prev = char_before(t, k).map(|(c, _)| c);
        let after_mark = prev.is_some_and(is_sentence_end);
        if prev.is_some_and(char::is_lowercase)
            && (camel_case_at(t, k)
                || t.iter()
                    .any(|b| matches!(b, b'(' | b')' | b'{' | b'}' | b';' | b'=' | b'<' | b'>')))
        {
            continue;
        }
        if is_glued_button(&t[k..], after_mark) {
            found.push((
                li,
                line.start + k,
                line.start + t.len(),
                Why::Rule(Rule::CallToAction, Category::Nav),
            ));
        }
    }
    push_new_cuts(partial, found);
}

/// Most words of the names of a credit glued into a kept line (see [`cut_glued_credits`]).
const GLUED_CREDIT_MAX_WORDS: u32 = 5;
/// Most bytes read after a glued credit's © for its names and the block after them.
const GLUED_CREDIT_MAX_BYTES: usize = 256;
/// Most bytes read for a short block glued into a kept line (a rating's score, a
/// signature), up to the next block glued on.
const GLUED_SHORT_BLOCK_MAX_BYTES: usize = 512;
/// Most words of the label before its ©: "Screenshot", "Produktbild:".
const GLUED_CREDIT_LABEL_WORDS: u32 = 2;
/// Farthest back, in bytes, that such a label's start is looked for.
const GLUED_CREDIT_LABEL_BYTES: usize = 32;

/// Cuts the credits that extraction glued between two sentences of the lines the line model
/// kept: a © right after an end mark, or after a label of a word or two glued there, then
/// names up to the next block glued on or the line's end ("…geplant.© Lisa FurrerBis dahin
/// bleibt…", "…secret.Screenshot © Parcelnest Ltd.Always verify…", "…zirkuliert.Produktbild:
/// © Trailwerk GmbHDer Hüftgurt…"). `partial` comes in sorted and goes out sorted.
fn cut_glued_credits(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    let sign = "©".as_bytes();
    let mut found = Vec::new();
    // The sign is C2 A9: found by its last byte, without building a searcher per document.
    let signs = memchr::memchr_iter(sign[1], text).filter_map(|i| i.checked_sub(1).filter(|&p| text[p] == sign[0]));
    for p in signs {
        let Some((li, line)) = kept_line_inside(lines, p) else {
            continue;
        };
        let l = &text[line.start..line.end];
        let q = p - line.start;
        let Some(s) = glued_credit_start(l, q) else { continue };
        let from = skip_blanks(l, q + sign.len());
        // Names of a few words are short: read no further (a line of many signs stays
        // linear).
        let reach = l.len().min(from + GLUED_CREDIT_MAX_BYTES);
        let end = glued_word_at(&l[..reach], from);
        if end == reach && reach < l.len() {
            continue;
        }
        let Ok(names) = std::str::from_utf8(&l[from..end]) else {
            continue;
        };
        // A year may come first or last: "© 2024 Lisa Furrer", "Photo © Margaret Ellery 2012".
        let names = names.trim_end();
        let names = match names.split_once(' ') {
            Some((y, rest)) if is_year_word(y) => rest,
            _ => names,
        };
        let names = match names.rsplit_once(' ') {
            Some((rest, y)) if is_year_word(y) => rest,
            _ => names,
        };
        let word_ok = |w: &str| {
            w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’' | '&'))
        };
        if names.is_empty()
            || count_words_max(names.as_bytes(), GLUED_CREDIT_MAX_WORDS + 1) > GLUED_CREDIT_MAX_WORDS
            || !is_names(names, word_ok)
        {
            continue;
        }
        found.push((li, line.start + s, line.start + end, GLUED_CREDIT));
    }
    push_new_cuts(partial, found);
    cut_glued_slash_credits(text, lines, partial);
}

/// The reason of a credit glued into a kept line (see [`cut_glued_credits`]).
const GLUED_CREDIT: Why = Why::Rule(Rule::Copyright, Category::Credit);

/// Cuts a photo's credit glued after a kept line's last sentence with no word for it: names
/// split by a slash ([`is_credit_names`]: a photographer and an agency or a paper) right
/// after the end mark, up to the line's end ("…on Wednesday afternoon.Mike Dunaway/Tulsa
/// Ledger"). Only lines that hold a slash are read.
fn cut_glued_slash_credits(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'/', &text[from..]) {
        let p = from + k;
        from = p + 1;
        let Some((li, line)) = kept_line_inside(lines, p) else {
            continue;
        };
        // One look per line: its other slashes are skipped.
        from = from.max(line.end);
        let l = &text[line.start..line.end];
        let end = l.len() - l.iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
        // The tail's start: the last capital glued to an end mark before the slash.
        let Some(q) = (1..p - line.start).rev().find(|&q| {
            // A sentence's end: a lowercase word's last letters before the mark ("L.A Galaxy"
            // is a name).
            l[q].is_ascii_uppercase()
                && matches!(l[q - 1], b'.' | b'!' | b'?')
                && l[..q - 1]
                    .iter()
                    .rev()
                    .take(2)
                    .take_while(|b| b.is_ascii_lowercase())
                    .count()
                    == 2
        }) else {
            continue;
        };
        if end - q > CREDIT_NAMES_MAX_BYTES || !std::str::from_utf8(&l[q..end]).is_ok_and(is_credit_names) {
            continue;
        }
        found.push((li, line.start + q, line.start + end, GLUED_CREDIT));
    }
    push_new_cuts(partial, found);
}

/// Adds the spans of `found` (a line's index, a start and an end in the text, and the cut's
/// reason) that overlap none of `partial`'s cuts as it came in, and keeps it sorted.
fn push_new_cuts(partial: &mut Vec<(usize, RawCut)>, found: Vec<(usize, usize, usize, Why)>) {
    if found.is_empty() {
        return;
    }
    let cuts = CutSpans::of(partial);
    let before = partial.len();
    for (li, start, end, why) in found {
        if !cuts.overlaps(start, end) {
            partial.push((
                li,
                RawCut {
                    start,
                    end,
                    why,
                    at: start,
                },
            ));
        }
    }
    if partial.len() > before {
        sort_cuts(partial);
    }
}

/// Most words between a `glued` pattern's first part and the end of its last, for the later
/// parts to be cut with it at a line's end (see [`extend_glued_rows`]).
const GLUED_REST_MAX_WORDS: u32 = 3;

/// Extends the cut of a `glued` pattern of several parts, which takes its first part only,
/// over the later parts when the last ends the line a few words on: the row is one widget's
/// ("…Gruß aus dem Allgäu, FranzGefällt mir 0 · Zitieren"). After the line model, which read
/// the line with the first part cut.
fn extend_glued_rows(inner: &Inner, text: &[u8], lines: &[Line], partial: &mut [(usize, RawCut)]) {
    for k in 0..partial.len() {
        let (li, cut) = partial[k];
        let Why::Pattern(id) = cut.why else { continue };
        let e = &inner.table.patterns[id as usize];
        if e.kind != Kind::Glued || e.rest.is_empty() {
            continue;
        }
        let line = &lines[li];
        let l = &text[line.start..line.end];
        let b = cut.end - line.start;
        let Some(r) = rest_end(e, &l[b..]) else { continue };
        let end = b + r;
        // The last part ends the line, a few words on, and no other cut starts before it.
        let next = partial.get(k + 1).map_or(usize::MAX, |(_, c)| c.start);
        if end < last_alnum_end(l)
            || count_words_max(&l[b..end], GLUED_REST_MAX_WORDS + 1) > GLUED_REST_MAX_WORDS
            || next < line.start + end
        {
            continue;
        }
        partial[k].1.end = line.start + skip_blanks(l, end);
    }
}

/// Most bytes from a line's start to a post's number that [`cut_post_heads`] reads.
const POST_HEAD_MAX_BYTES: usize = 320;
/// Most words of a post's head.
const POST_HEAD_MAX_WORDS: u32 = 32;
/// Most digits of a post's number.
const POST_NUMBER_MAX_DIGITS: usize = 5;

/// Cuts a post's head that extraction glued to the start of its text in a line the line
/// model kept: the poster's name and rank, two labels of the comments patterns or more with
/// their values, the post's date or age and its number ("B boobaloobie Full Member Joined Jun
/// 29, 2016 Messages 11 Reaction score 10 Points 4,726 Jul 20, 2024 #5 Found a spreadsheet
/// on Reddit:", "Registriert 12. Mai 2019 Beiträge 1.234 … 3. März 2021 #2 Ich habe …").
/// The number, `#` and one to [`POST_NUMBER_MAX_DIGITS`] digits between blanks, follows a
/// figure or a relative time within [`POST_HEAD_MAX_BYTES`] bytes of the line's start; the
/// head is cut up to it, and the post's text stays.
fn cut_post_heads(inner: &Inner, text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    let Some(ac) = &inner.ac else { return };
    let is_label = |id: u32| is_comments_label(inner, id);
    let mut found = Vec::new();
    // Only lines with a '#' near their start, found in one pass over the text (most texts
    // have none) that goes on past each line it stops in.
    let (mut li, mut from) = (0, 0);
    while let Some(q) = text.get(from..).and_then(|t| memchr::memchr(b'#', t)) {
        let hash = from + q;
        while li < lines.len() && lines[li].end <= hash {
            li += 1;
        }
        let Some(line) = lines.get(li) else { break };
        from = hash.max(line.end) + 1;
        if hash < line.start || hash - line.start >= POST_HEAD_MAX_BYTES || !line.stands() {
            continue;
        }
        let l = &text[line.start..line.end];
        let reach = floor_boundary(l, POST_HEAD_MAX_BYTES.min(l.len()));
        // The first number in reach, after a blank and before a blank or the line's end,
        // from the line's first '#' (the one found above) on.
        let first = hash - line.start;
        let number = memchr::memchr_iter(b'#', &l[first..reach])
            .map(|h| first + h)
            .find_map(|h| {
                let digits = l[h + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
                let e = h + 1 + digits;
                (h > 0
                    && l[h - 1] == b' '
                    && (1..=POST_NUMBER_MAX_DIGITS).contains(&digits)
                    && l.get(e).map_or(true, |&b| b == b' '))
                .then_some((h, e))
            });
        let Some((h, e)) = number else { continue };
        let head = l[..h].trim_ascii_end();
        if !(head.last().is_some_and(u8::is_ascii_digit) || ends_with_relative_time(head))
            || count_words_max(head, POST_HEAD_MAX_WORDS + 1) > POST_HEAD_MAX_WORDS
        {
            continue;
        }
        let (mut labels, mut first) = (0, None);
        for m in ac.find_iter(head) {
            if !word_bounded(head, m.start(), m.end(), Kind::Prefix) {
                continue;
            }
            if let Some(id) = inner.ac_map[m.pattern().as_usize()]
                .iter()
                .copied()
                .find(|&id| is_label(id))
            {
                labels += 1;
                first.get_or_insert(id);
            }
        }
        if let Some(id) = first.filter(|_| labels >= 2) {
            found.push((li, line.start, line.start + skip_blanks(l, e), Why::Pattern(id)));
        }
    }
    push_new_cuts(partial, found);
}

/// Most bytes of a post's stamp in guillemets, from the '«' to the '»' (see
/// [`cut_guillemet_stamps`]).
const GUILLEMET_STAMP_MAX_BYTES: usize = 120;
/// Most words of its label, before the colon.
const GUILLEMET_LABEL_MAX_WORDS: u32 = 4;
/// The reason of a cut stamp in guillemets.
const GUILLEMET_STAMP_CUT: Why = Why::Rule(Rule::Dateline, Category::Comments);
/// A post's quote button, as a forum glues it to the stamp before it ("»QuoteHi all").
const QUOTE_BUTTONS: [&[u8]; 5] = [b"Quote", b"Zitieren", b"Zitat", b"Citer", b"Citar"];

/// Cuts a post's stamp that a forum writes in guillemets, wherever it stands on a line the
/// line model kept: a label of one to [`GUILLEMET_LABEL_MAX_WORDS`] words (a reply's number
/// allowed) and a colon, then a date with its year and a time ("« on: October 09, 2010,
/// 09:12:37 PM »", "« Antwort #2 am: 10. Oktober 2010, 08:40:55 »", "« Letzte Änderung: 10.
/// Oktober 2010, 11:20:31 von Bernd »"), with the quote button glued after it. A quotation
/// in prose has no label and colon before a date and a time.
fn cut_guillemet_stamps(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    let mut found = Vec::new();
    // '«' is C2 AB: its second byte, found in one pass over the text (most texts have none),
    // is past its line's first byte.
    for at in memchr_iter(0xAB, text) {
        if at == 0 || text[at - 1] != 0xC2 {
            continue;
        }
        let open = at - 1;
        let Some((li, line)) = kept_line_inside(lines, at) else {
            continue;
        };
        let l = &text[line.start..line.end];
        let o = open - line.start;
        let reach = (o + GUILLEMET_STAMP_MAX_BYTES).min(l.len());
        let Some(c) = memchr::memmem::find(&l[o + 2..reach], "»".as_bytes()).map(|c| o + 2 + c) else {
            continue;
        };
        // A stamp stands on its own, opening the line, or glued to the text around it
        // ("Gespeichert« Letzte Änderung: …"); a quotation inside a sentence has
        // blanks or punctuation on both sides.
        let opens = l[..o].iter().all(|&b| matches!(b, b' ' | b'\t'));
        let after_word = o > 0 && (l[o - 1].is_ascii_alphanumeric() || matches!(l[o - 1], b'.' | b'!' | b'?'));
        let before_word = l.get(c + 2).is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0xC0);
        if !(opens || after_word || before_word) || !is_guillemet_stamp(&l[o + 2..c]) {
            continue;
        }
        let mut end = c + 2;
        if let Some(b) = QUOTE_BUTTONS.iter().find(|b| l[end..].starts_with(b)) {
            if !l.get(end + b.len()).is_some_and(|&x| x.is_ascii_lowercase()) {
                end += b.len();
            }
        }
        found.push((li, open, line.start + skip_blanks(l, end), GUILLEMET_STAMP_CUT));
    }
    push_new_cuts(partial, found);
}

/// What a stamp in guillemets holds (see [`cut_guillemet_stamps`]): a label, a colon, a date
/// with its year and a time.
fn is_guillemet_stamp(s: &[u8]) -> bool {
    let Some(colon) = memchr::memchr(b':', s) else {
        return false;
    };
    let label = s[..colon].trim_ascii();
    let rest = &s[colon + 1..];
    let words = count_words_max(label, GUILLEMET_LABEL_MAX_WORDS + 1);
    (1..=GUILLEMET_LABEL_MAX_WORDS).contains(&words)
        // Letters and blanks, and a reply's number after a '#'.
        && label.split(|&b| b == b' ').all(|w| {
            w.first().is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0xC0)
                || w.first() == Some(&b'#') && w.len() > 1 && w[1..].iter().all(u8::is_ascii_digit)
        })
        && has_year(rest)
        && has_clock_time(rest)
}

/// Labels of a post's reaction buttons, lowercase (see [`is_reaction_row`]).
const REACTION_LABELS: [&str; 24] = [
    "like",
    "likes",
    "thanks",
    "thank you",
    "helpful",
    "quote",
    "reply",
    "gefällt mir",
    "danke",
    "hilfreich",
    "zitieren",
    "antworten",
    "j'aime",
    "j’aime",
    "merci",
    "remercier",
    "utile",
    "citer",
    "répondre",
    "me gusta",
    "gracias",
    "útil",
    "citar",
    "responder",
];

/// Whether `t` ends as a row of reactions would: with a label of [`REACTION_LABELS`] (glued
/// to what stands before it or not) and a count after it, or with a label and a separator
/// before it within the row's reach (see [`is_reaction_row`]); a cheap test before the row
/// is read.
fn ends_as_reaction_row(t: &[u8]) -> bool {
    let mut t = t.trim_ascii_end();
    // A count: "3", "(4)".
    let bare = t.strip_suffix(b")").unwrap_or(t);
    let digits = bare.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 {
        let rest = &bare[..bare.len() - digits];
        t = rest.strip_suffix(b"(").unwrap_or(rest).trim_ascii_end();
    }
    // Without a count, a separator between two items.
    if digits == 0 && memchr::memchr3(b'|', 0xB7, 0xA2, &t[t.len().saturating_sub(REACTION_ROW_MAX_BYTES)..]).is_none()
    {
        return false;
    }
    REACTION_LABELS.iter().any(|x| {
        let x = x.as_bytes();
        t.len() >= x.len() && t[t.len() - x.len()..].eq_ignore_ascii_case(x)
    })
}

/// Most bytes of a row of reactions (see [`cut_reaction_rows`]).
const REACTION_ROW_MAX_BYTES: usize = 64;
/// Most items of a row of reactions.
const REACTION_ROW_MAX_ITEMS: u32 = 4;

/// Whether `r` is a post's row of reaction buttons and nothing else: labels of
/// [`REACTION_LABELS`], each perhaps with its count ("Danke 3", "Remercier (4)"), between
/// separators, with a count or two items at least ("Gefällt mir 2 · Danke 1", "J'aime ·
/// Remercier"). A label alone is a post's own word ("Danke").
fn is_reaction_row(r: &[u8]) -> bool {
    let (mut items, mut counts, mut ok) = (0u32, 0u32, true);
    for_each_separator_item(r, |item| {
        let Ok(t) = std::str::from_utf8(item) else {
            ok = false;
            return;
        };
        let t = t.trim();
        // The count after the label: "Danke 3", "Remercier (4)".
        let figure = |w: &str| (1..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        let (label, counted) = match t.rsplit_once(' ') {
            Some((head, n)) if figure(n.strip_prefix('(').and_then(|n| n.strip_suffix(')')).unwrap_or(n)) => {
                (head.trim_end(), true)
            }
            _ => (t, false),
        };
        items += 1;
        counts += u32::from(counted);
        ok &= REACTION_LABELS
            .iter()
            .any(|x| label.chars().flat_map(char::to_lowercase).eq(x.chars()));
    });
    ok && items <= REACTION_ROW_MAX_ITEMS && (counts > 0 || items >= 2)
}

/// Cuts a post's row of reaction buttons ([`is_reaction_row`]) that extraction glued to the
/// end of a line the line model kept ("…viele Grüße aus Heilbronn, JensGefällt mir 2 · Danke
/// 1", "…entre le corps d'enduit et la finition.Remercier (4)", "…Thanks all!Thanks 3"), or
/// that the model kept as a line of its own ("Thanks 5"). The row is read from the last
/// [`REACTION_ROW_MAX_BYTES`] bytes of the line, from where a block was glued on.
fn cut_reaction_rows(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    let mut found = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if !line.stands() {
            continue;
        }
        let l = &text[line.start..line.end];
        let end = l.trim_ascii_end().len();
        // Cheap first: a row ends with a label, and a count after it or a separator before it.
        if !ends_as_reaction_row(&l[..end]) {
            continue;
        }
        let lo = floor_boundary(l, end.saturating_sub(REACTION_ROW_MAX_BYTES));
        let from = (lo..end)
            .filter(|&i| i == 0 || (l[i].is_ascii_uppercase() || l[i] >= 0xC0) && glued_at(l, i))
            .find(|&i| is_reaction_row(&l[i..end]));
        if let Some(i) = from {
            found.push((
                li,
                line.start + i,
                line.start + end,
                Why::Rule(Rule::Counter, Category::Comments),
            ));
        }
    }
    push_new_cuts(partial, found);
}

/// Cuts the forum signatures glued into the lines the line model kept, where extraction lost
/// the bounds of a post: a rule of underscores ([`SIGNATURE_RULE_MIN`] at least) glued to the
/// end of the post, and the signature glued to the rule, up to the next block glued on or
/// the line's end, [`SIGNATURE_MAX_WORDS`] words at most ("…ist Ruhe.__________Ein Leben ohne
/// Katze ist möglich, aber sinnlos.Hab ich noch nie …"). See [`cut_signatures`] for the rule
/// on its own line.
fn cut_glued_signatures(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    let rule = [b'_'; SIGNATURE_RULE_MIN];
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(q) = memchr::memmem::find(&text[from..], &rule) {
        let p = from + q;
        let run = underscores(&text[p..]);
        from = p + run;
        let Some((li, line)) = kept_line_inside(lines, p) else {
            continue;
        };
        let l = &text[line.start..line.end];
        let (q, after) = (p - line.start, p - line.start + run);
        // Glued on both sides: the post's last word or mark before, the signature's first
        // letter after (a rule between blanks, or inside a name, is something else).
        let glued_before = char_before(l, q).is_some_and(|(c, _)| c.is_alphanumeric() || is_sentence_end(c));
        let glued_after =
            char_at(l, after).is_some_and(|(c, _)| c.is_alphabetic() || matches!(c, '"' | '„' | '«' | '“'));
        if !(glued_before && glued_after) {
            continue;
        }
        // A signature is short: read no further than its longest (a line of many rules
        // stays linear).
        let reach = l.len().min(after + GLUED_SHORT_BLOCK_MAX_BYTES);
        let end = next_glue(l, after, reach);
        let words = count_words_max(&l[after..end], SIGNATURE_MAX_WORDS + 1);
        if words == 0 || words > SIGNATURE_MAX_WORDS || end == reach && reach < l.len() {
            continue;
        }
        found.push((li, p, line.start + end, Why::Rule(Rule::AuthorBio, Category::Byline)));
    }
    push_new_cuts(partial, found);
}

/// Most words of a star rating glued into a kept line, label aside (see
/// [`cut_glued_ratings`]), and of its label.
const GLUED_RATING_MAX_WORDS: u32 = 8;
const GLUED_RATING_LABEL_WORDS: u32 = 4;

/// `t` without the score that ends it, a figure with one decimal at most ("4,8", "4.8",
/// "5"), after a blank: the label before a rating's stars ("Google-Bewertungen 4,8 ★★★★★").
fn score_before(t: &[u8]) -> Option<&[u8]> {
    let b = t.iter().rposition(|&b| b == b' ')?;
    let w = &t[b + 1..];
    let int = w.iter().take_while(|b| b.is_ascii_digit()).count();
    let ok = int == 1 && (w.len() == 1 || w.len() == 3 && matches!(w[1], b',' | b'.') && w[2].is_ascii_digit());
    ok.then(|| t[..b].trim_ascii_end())
}

/// Cuts the star ratings glued into the lines the line model kept, where extraction lost a
/// widget's bounds: a run of three stars or more (★, ☆) right after an end mark, or after a
/// short label and its colon or score glued there, with a score or a count after it, up to
/// the next block glued on ("…letzten Schliff.★★★★★ 4,8 (112 Bewertungen)Zubereitungszeit:
/// …", "…junto a la cruz de la cima.Valora esta ruta: ★★★★☆ (56 votos)No la recomendamos…",
/// "…zwei Auszubildende.Google-Bewertungen 4,8 ★★★★★ aus 112 Rezensionen").
fn cut_glued_ratings(text: &[u8], lines: &[Line], partial: &mut Vec<(usize, RawCut)>) {
    // Both stars are E2 98 85 and E2 98 86: found by their middle byte, which few texts hold.
    let stars = |l: &[u8], i: usize| {
        l.get(i..i + 3)
            .is_some_and(|s| s[0] == 0xE2 && s[1] == 0x98 && matches!(s[2], 0x85 | 0x86))
    };
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(q) = memchr::memchr(0x98, &text[from..]) {
        let p = (from + q).saturating_sub(1);
        from += q + 1;
        if !stars(text, p) || stars(text, p.saturating_sub(3)) && p >= 3 {
            continue;
        }
        let Some((li, line)) = kept_line_inside(lines, p) else {
            continue;
        };
        let l = &text[line.start..line.end];
        let q = p - line.start;
        let run = (0..).take_while(|k| stars(l, q + 3 * k)).count();
        if run < 3 {
            continue;
        }
        // The widget's start: the stars after an end mark, or a label glued to one.
        let label_start = || {
            let t = l[..q].trim_ascii_end();
            let t = t.strip_suffix(b":").or_else(|| score_before(t))?;
            let k = t.iter().rposition(|&b| matches!(b, b'.' | b'!' | b'?'))?;
            let label = &t[k + 1..];
            (label.first().is_some_and(u8::is_ascii_uppercase)
                && count_words_max(label, GLUED_RATING_LABEL_WORDS + 1) <= GLUED_RATING_LABEL_WORDS)
                .then_some(k + 1)
        };
        let start = if char_before(l, q).is_some_and(|(c, _)| is_sentence_end(c)) {
            Some(q)
        } else {
            label_start()
        };
        let Some(start) = start else { continue };
        let after = q + 3 * run;
        // The score is short: read no further than its longest (a line of many ratings
        // stays linear).
        let reach = l.len().min(after + GLUED_SHORT_BLOCK_MAX_BYTES);
        let end = next_glue(l, after, reach);
        let rest = &l[after..end];
        // A score or a count after the stars, a few words, no sentence in them (an end mark
        // and a blank), and another block glued on after them.
        let sentence = rest
            .windows(2)
            .any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ');
        // No block glued on after the score within that reach, short of the line's end: it
        // may run on.
        if end == reach && reach < l.len()
            || sentence
            || !rest.iter().any(u8::is_ascii_digit)
            || count_words_max(rest, GLUED_RATING_MAX_WORDS + 1) > GLUED_RATING_MAX_WORDS
        {
            continue;
        }
        found.push((
            li,
            line.start + start,
            line.start + end,
            Why::Rule(Rule::Rating, Category::Feedback),
        ));
    }
    push_new_cuts(partial, found);
}

/// The first word glued on after `from` in `l`: a capital and a lowercase letter right after
/// a letter, a digit or an end mark ("Furrer|Bis dahin", "GmbH|Der Hüftgurt", "Ltd.|Always",
/// "Ellery 2012|The"), or the line's end. (A name with a capital inside, "McLean", is split
/// there.)
fn glued_word_at(l: &[u8], from: usize) -> usize {
    let mut prev: Option<char> = None;
    let mut i = from;
    while let Some((c, n)) = char_at(l, i) {
        if c.is_uppercase()
            && prev.is_some_and(|p| p.is_alphanumeric() || is_sentence_end(p))
            && char_at(l, i + n).is_some_and(|(d, _)| d.is_lowercase())
        {
            return i;
        }
        prev = Some(c);
        i += n;
    }
    l.len()
}

/// Where a credit whose © stands at `q` starts, if it is glued to the sentence before it:
/// at the ©, right after an end mark; or at a label of at most [`GLUED_CREDIT_LABEL_WORDS`]
/// words glued to one ("…secret.Screenshot ©", "…zirkuliert.Produktbild: ©").
fn glued_credit_start(l: &[u8], q: usize) -> Option<usize> {
    let (c, _) = char_before(l, q)?;
    if is_sentence_end(c) {
        return Some(q);
    }
    let lo = floor_boundary(l, q.saturating_sub(GLUED_CREDIT_LABEL_BYTES));
    let k = lo + l[lo..q].iter().rposition(|&b| matches!(b, b'.' | b'!' | b'?'))?;
    let label = &l[k + 1..q];
    (label.first().is_some_and(u8::is_ascii_uppercase)
        && count_words_max(label, GLUED_CREDIT_LABEL_WORDS + 1) <= GLUED_CREDIT_LABEL_WORDS)
        .then_some(k + 1)
}

/// Position `p` of `text` past the quotation marks and brackets that close a sentence there.
fn past_closers(text: &[u8], mut p: usize) -> usize {
    while let Some((_, n)) = char_at(text, p).filter(|&(c, _)| crate::text::is_closer(c)) {
        p += n;
    }
    p
}

/// Where the sentence glued in at `p` ends, before `limit` (a line's end), and whether a
/// mark ends it: at the next glue (a capital right after a lowercase letter, "gratisDazu"),
/// after its end mark and the marks that close it (if a blank, a capital or an opening quote
/// follows), or, unmarked, at `limit`. `None` if the line goes on in lowercase after an end
/// mark.
fn glued_sentence_end(text: &[u8], p: usize, limit: usize) -> Option<(usize, bool)> {
    let mut prev: Option<char> = None;
    let mut i = p;
    while i < limit {
        let (c, n) = char_at(text, i)?;
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) && i > p + 1 {
            return Some((i, true));
        }
        if is_sentence_end(c) {
            let mut e = i + n;
            while let Some((_, m)) =
                char_at(text, e).filter(|&(d, _)| e < limit && matches!(d, '!' | '?' | '"' | '”' | '“' | '»' | ')'))
            {
                e += m;
            }
            return match char_at(text, e) {
                _ if e >= limit => Some((limit, true)),
                Some((d, _)) if d == ' ' || d.is_uppercase() || matches!(d, '„' | '"' | '“' | '«' | '¿' | '¡') => {
                    Some((e, true))
                }
                _ => None,
            };
        }
        prev = Some(c);
        i += n;
    }
    Some((limit, false))
}

/// Gives back the separators rule's cut of a row of data, not a menu, after the line model:
/// a row of days ([`is_date_row`]), a timetable's row ([`is_timetable_row`]) or an item's
/// options after their label ([`is_option_row`]).
fn restore_data_rows(text: &[u8], lines: &mut [Line]) {
    for line in lines.iter_mut() {
        if !restorable_row(line) {
            continue;
        }
        let l = &text[line.start..line.end];
        if is_date_row(l)
            || is_timetable_row(l)
            || line.stats.words <= OPTION_ROW_MAX_WORDS && (is_option_row(l) || is_job_terms_row(l))
        {
            restore_separator_row(line);
        }
    }
}

/// Terms of employment, lowercase, that one of a job's facts may be alone (see
/// [`is_job_terms_row`]). Not the words that also name other things alone: "Permanent" (a
/// museum's collection), "Temporal" (a storm).
const JOB_TERMS: [&str; 22] = [
    "vollzeit",
    "teilzeit",
    "festanstellung",
    "unbefristet",
    "befristet",
    "minijob",
    "full-time",
    "part-time",
    "full time",
    "part time",
    "cdi",
    "cdd",
    "temps plein",
    "temps partiel",
    "jornada completa",
    "media jornada",
    "jornada parcial",
    "contrato indefinido",
    "contrato temporal",
    "indefinido",
    "tiempo completo",
    "medio tiempo",
];

/// Fewest and most items of a job's row of facts (see [`is_job_terms_row`]).
const JOB_ROW_ITEMS: std::ops::RangeInclusive<u32> = 2..=5;

/// A job's facts in a listing, split by separators: one item or more is a term of
/// employment ([`JOB_TERMS`]) alone, before a comma or a bracket ("Vollzeit, 38,5 Std./Woche",
/// "Teilzeit (20–30 Std.)"), and one item or more holds no such term: a place, an employer, a
/// pay ("Reha-Klinik Thurblick · Kreuzlingen · Festanstellung", "Madrid · Contrato indefinido
/// · Jornada completa"). A filter's row holds only terms, or counts in brackets ("Vollzeit
/// (31) · Teilzeit (6)"), or opens with its label ("Type de contrat : CDI · CDD").
fn is_job_terms_row(l: &[u8]) -> bool {
    if label_and_rest(l).is_some() {
        return false;
    }
    let (mut terms, mut others, mut counted) = (0u32, 0u32, false);
    let seps = for_each_separator_item(l, |item| {
        let Ok(t) = std::str::from_utf8(item) else { return };
        let t = t.trim();
        if t.is_empty() {
            return;
        }
        // A count in brackets closes the item: "Vollzeit (31)".
        counted |= t
            .strip_suffix(')')
            .and_then(|r| r.rsplit_once('('))
            .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let head = t.split([',', '(']).next().unwrap_or(t).trim();
        if word_in(head, &JOB_TERMS) {
            terms += 1;
        } else {
            others += 1;
        }
    });
    JOB_ROW_ITEMS.contains(&(seps + 1)) && terms >= 1 && others >= 1 && !counted
}

/// A timetable's row: it opens with a range of two times of day, hours and minutes ("06:15
/// – 07:05 · Lunes a sábado · Buque Benchijigua II", "9.30–11.00 | Yoga | Raum 2"), a
/// departure and an arrival or a session's start and end. A menu opens with no time.
fn is_timetable_row(l: &[u8]) -> bool {
    let t = l.trim_ascii_start();
    let Some(n) = clock_at(t) else { return false };
    let mut i = n;
    i += t[i..].iter().take_while(|&&c| c == b' ').count();
    let dash = match t.get(i..) {
        Some([b'-', ..]) => 1,
        Some(r) if r.starts_with("–".as_bytes()) || r.starts_with("—".as_bytes()) => 3,
        _ => return false,
    };
    i += dash;
    i += t[i..].iter().take_while(|&&c| c == b' ').count();
    clock_at(&t[i..]).is_some()
}

/// The length of a time of day, hours and minutes split by a colon or a dot, that opens `t`
/// ("06:15", "9.30"), if one does.
fn clock_at(t: &[u8]) -> Option<usize> {
    let h = t.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h) || !matches!(t.get(h), Some(b':' | b'.')) {
        return None;
    }
    let m = t[h + 1..].iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    (m == 2).then_some(h + 1 + m)
}

/// Fewest dates in a row that [`is_date_row`] takes.
const DATE_ROW_ITEMS: usize = 3;

/// A row of days: three dates or more split by separators, each with its day ("14. Jänner |
/// 11. Feber | 11. März | 8. April", a waste collection's or a course's dates), which is a
/// schedule, not a menu. A row of months without days ("März 2024 | Februar 2024") is an
/// archive's links.
fn is_date_row(l: &[u8]) -> bool {
    let (mut dates, mut other) = (0, 0);
    for_each_separator_item(l, |item| {
        let t = item.trim_ascii();
        if t.is_empty() {
            return;
        }
        // A day: a run of one or two digits.
        let day = t.split(|b| !b.is_ascii_digit()).any(|run| (1..=2).contains(&run.len()));
        if day && is_dateline(t) {
            dates += 1;
        } else {
            other += 1;
        }
    });
    other == 0 && dates >= DATE_ROW_ITEMS
}

/// Longest row (in words) that [`restore_data_rows`] gives back as an item's options.
const OPTION_ROW_MAX_WORDS: u32 = 12;

/// Labels of a path or a menu, lowercase: a row of items split by slashes under one of them
/// is the site's ("Kategorie: Garten / Balkon"), not an item's options.
const PATH_LABELS: [&str; 26] = [
    "kategorie",
    "kategorien",
    "category",
    "categories",
    "catégorie",
    "catégories",
    "categoría",
    "categorías",
    "rubrik",
    "rubrique",
    "sección",
    "section",
    "ressort",
    "tags",
    "themen",
    "topics",
    "pfad",
    "path",
    "navigation",
    "menu",
    "menü",
    "menú",
    "sprache",
    "language",
    "langue",
    "idioma",
];

/// Labels of a product's colours and sizes, lowercase (see [`is_option_row`]).
const COLOUR_SIZE_LABELS: [&str; 17] = [
    "farbe", "farben", "größe", "grösse", "größen", "color", "colors", "colour", "colours", "size", "sizes", "couleur",
    "couleurs", "coloris", "taille", "talla", "tallas",
];

/// An item's options after their label, a choice of colours, materials or sides that the
/// separators rule reads as a menu split by slashes: a word and a colon first, then two
/// options or more split by slashes and nothing else, none with a figure ("Farbe: Salbei /
/// Koralle", "Handle: Left / Right (interchangeable)", "Color: gris grafito / blanco perla /
/// verde oliva"). A path's or a menu's label ([`PATH_LABELS`]) names the site's; a figure
/// makes a switcher of versions or a score ("Supported Versions: Current (18) / 17 / 16",
/// "Yelp: 4.8 / 5"). After a colour's or a size's label ([`COLOUR_SIZE_LABELS`]), any
/// separator splits the options, and sizes may have figures ("Farbe: Schwarz matt |
/// Edelstahl | Weiß", "Talla: XS (48) · S (51) · M (54)"): a filter's label is another word
/// ("Kategorie: Alle | Vorträge").
fn is_option_row(l: &[u8]) -> bool {
    // French spacing may stand before the colon ("Coloris : lin / anthracite").
    let Some((label, options)) = label_and_rest(l) else {
        return false;
    };
    let Ok(label) = std::str::from_utf8(label) else {
        return false;
    };
    if label.is_empty() || !label.chars().all(|c| c.is_alphabetic() || c == '-') || word_in(label, &PATH_LABELS) {
        return false;
    }
    if word_in(label, &COLOUR_SIZE_LABELS) {
        return for_each_separator_item(options, |_| {}) >= 1;
    }
    if options.iter().any(u8::is_ascii_digit) {
        return false;
    }
    // Slashes alone split the options, and each holds a letter.
    let slashes = memchr::memmem::find_iter(options, b" / ").count();
    let mut lettered = 0;
    let seps = for_each_separator_item(options, |item| {
        lettered += u32::from(item.iter().any(u8::is_ascii_alphabetic) || item.iter().any(|&b| b >= 0xC0));
    });
    slashes >= 1 && seps as usize == slashes && lettered == seps + 1
}

/// Fewest rows of a table for [`bar_tables`].
const TABLE_RUN: usize = 3;
/// Gives back the rows of a table of bars ([`bar_tables`]) that the line model cut, when it
/// kept another row of the same table: the separators rule judged the rows as one block, and
/// they stand or fall together. (With some rows gone, a second pass would see too few for a
/// table and judge the rest as menus.) A table the model cut whole stays cut.
fn keep_table_rows(lines: &mut [Line], views: &[LineView]) {
    // Whether a row of each table, by its number (counted in line order), stands; and whether
    // the model cut one.
    let mut tables: Vec<(bool, bool)> = Vec::new();
    for line in lines.iter().filter(|l| l.table > 0) {
        let t = line.table as usize;
        if tables.len() < t {
            tables.resize(t, (false, false));
        }
        tables[t - 1].0 |= line.stands();
        tables[t - 1].1 |= line.class == Class::Cut && line.why == MODEL_CUT;
    }
    if !tables.iter().any(|&(stands, cut)| stands && cut) {
        return;
    }
    for (line, view) in lines.iter_mut().zip(views) {
        if line.table > 0 && tables[line.table as usize - 1].0 && line.class == Class::Cut && line.why == MODEL_CUT {
            give_back(line, view);
        }
    }
}

/// Fewest words of a table's cell that says more than a menu's item (see
/// [`restore_wordy_tables`]).
const TABLE_CELL_WORDS: u32 = 4;

/// Gives back the separators rule's cuts in the rows of a table whose cells say more than a
/// menu's items: [`TABLE_RUN`] lines or more with the same number of bars (blank lines and
/// lines cut otherwise between), most of those below the first with a cell of
/// [`TABLE_CELL_WORDS`] words ("Einstellung | Standardwert | Beschreibung" above "Zugang
/// automatisch deaktivieren | aus | Schaltet das Gastnetz nach einer festgelegten Zeit ab"),
/// or a quarter of all cells in lowercase or with a mark of data in them.
/// [`bar_tables`] spares rows of figures before the line model; these rows the model read
/// as cut, and they come back after it. `partial` comes in sorted and goes out sorted.
fn restore_wordy_tables(text: &[u8], lines: &mut [Line], partial: &mut Vec<(usize, RawCut)>) {
    // Most pages have no bar between blanks at all: one pass over the text says so.
    if memchr::memmem::find(text, b" | ").is_none() {
        return;
    }
    // Each line as a second pass reads it: without its cuts but the separators rule's, which
    // are what may come back (`partial` is sorted by position, so by line).
    let mut views: Vec<Option<Vec<u8>>> = vec![None; lines.len()];
    for cuts in partial.chunk_by(|x, y| x.0 == y.0) {
        let line = &lines[cuts[0].0];
        // Only a line with a bar may be a row.
        if memchr::memchr(b'|', &text[line.start..line.end]).is_none() {
            continue;
        }
        let spans = cuts
            .iter()
            .filter(|(_, c)| c.why != SEPARATORS_CUT)
            .map(|(_, c)| (c.start - line.start, c.end - line.start));
        views[cuts[0].0] = Some(UncutView::of(&text[line.start..line.end], spans).text);
    }
    let row = |li: usize| views[li].as_deref().unwrap_or(&text[lines[li].start..lines[li].end]);
    // Bars of each line; `None` for a line a run passes over: one cut otherwise, and a row
    // cut by the separators rule where a pattern was turned down. A row where a pattern was
    // turned down keeps its cuts (below): with the separators' cut taken back, that pattern
    // would hold what is left of it on a second pass ("Menu | Subscribe"); standing, it is a
    // row of the table all the same ("dauer | Dauer | nein | Wie lange …").
    let bars: Vec<Option<usize>> = (0..lines.len())
        .map(|li| {
            let line = &lines[li];
            match line.class {
                Class::Blank => None,
                Class::Cut if line.retried || line.why != SEPARATORS_CUT => None,
                _ => Some(spaced_bars(row(li)).count()),
            }
        })
        .collect();
    let mut restore: Vec<usize> = Vec::new();
    for_each_bar_run(&bars, |rows| {
        let wordy = rows[1..]
            .iter()
            .filter(|&&r| {
                row(r)
                    .split(|&b| b == b'|')
                    .any(|cell| count_words_max(cell, TABLE_CELL_WORDS) >= TABLE_CELL_WORDS)
            })
            .count();
        // Or cells of data more than of names: a quarter of them open in lowercase or hold a
        // mark a menu's item seldom has ("Vodafone | web.vodafone.de | (leer) | (leer)",
        // "Internet | grün, blinkend | Verbindung wird aufgebaut"). A filter's rows are no
        // table: their first cell names the filter ("Ernährung: vegetarisch | vegan | ohne Ei").
        let filters = rows.iter().any(|&r| {
            let first = row(r).split(|&b| b == b'|').next().unwrap_or_default();
            memchr::memchr(b':', first).is_some()
        });
        let (mut cells, mut data) = (0usize, 0usize);
        for &r in rows {
            for cell in row(r).split(|&b| b == b'|') {
                let c = cell.trim_ascii();
                if c.is_empty() {
                    continue;
                }
                cells += 1;
                let lower = char_at(c, 0).is_some_and(|(ch, _)| ch.is_lowercase());
                data += usize::from(lower || c.iter().any(|b| matches!(b, b',' | b'.' | b'(' | b'=' | b'_' | b'"')));
            }
        }
        if rows.len() >= TABLE_RUN && (2 * wordy >= rows.len() - 1 || !filters && 4 * data >= cells) {
            restore.extend(rows.iter().filter(|&&r| !lines[r].retried));
        }
    });
    if restore.is_empty() {
        return;
    }
    for &li in &restore {
        if lines[li].class == Class::Cut {
            lines[li].class = Class::Short;
            lines[li].why = NO_WHY;
        }
    }
    partial.retain(|(li, c)| c.why != SEPARATORS_CUT || restore.binary_search(li).is_err());
}

/// The shape rules' cheap pre-checks: does a line hold a separator (as `is_separator_at`
/// reads one), may it hold a copyright sign ('©', "(c)", "copyright"), and does it hold a bar
/// ('|', for [`bar_tables`])? Only the bytes that may start one are looked at. A short line
/// is read once, by a table, for all three (setting up memchr costs more than that scan); a
/// long one is searched with memchr, for each check only when it is asked.
#[derive(Clone, Copy)]
enum Signs {
    Short {
        separator: bool,
        copyright: bool,
        bar: bool,
    },
    Long,
}

/// Lines up to this many bytes are read by table.
const SIGNS_TABLE_MAX: usize = 128;

/// Lead bytes of separators: the ASCII ones, then 0xC2 (U+00A6..U+00BB) and 0xE2 (U+2022..).
const SEP_LEADS: [u8; 5] = [b'|', b'/', b'>', 0xC2, 0xE2];
/// Lead bytes of copyright signs: the '©' lead byte, '(', and the 'y' of "opyright".
const COPY_LEADS: [u8; 4] = [0xC2, b'(', b'y', b'Y'];
const SEP_LEAD: u8 = 1;
const COPY_LEAD: u8 = 2;

static SIGN_LEADS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < SEP_LEADS.len() {
        t[SEP_LEADS[i] as usize] |= SEP_LEAD;
        i += 1;
    }
    let mut i = 0;
    while i < COPY_LEADS.len() {
        t[COPY_LEADS[i] as usize] |= COPY_LEAD;
        i += 1;
    }
    t
};

/// A separator starts at `l[p]`.
fn separator_at(l: &[u8], p: usize) -> bool {
    char_at(l, p).is_some_and(|(c, n)| is_separator_at(l, p, n, c))
}

/// A copyright sign starts at `l[p]`, one of [`COPY_LEADS`]: a '©', a "(c)", or the 'y' of
/// an "opyright". Every line that [`is_copyright`] or [`sign_credit`] accepts has one.
fn copyright_lead_at(l: &[u8], p: usize) -> bool {
    match l[p] {
        0xC2 => l.get(p + 1) == Some(&0xA9),
        b'(' => l.get(p + 1..p + 3).is_some_and(|w| w.eq_ignore_ascii_case(b"c)")),
        _ => p >= 2 && l.get(p - 2..p + 6).is_some_and(|w| w.eq_ignore_ascii_case(b"opyright")),
    }
}

impl Signs {
    fn of(l: &[u8]) -> Signs {
        if l.len() > SIGNS_TABLE_MAX {
            return Signs::Long;
        }
        let (mut separator, mut copyright, mut bar) = (false, false, false);
        for (p, &b) in l.iter().enumerate() {
            let f = SIGN_LEADS[b as usize];
            if f == 0 {
                continue;
            }
            bar |= b == b'|';
            separator = separator || f & SEP_LEAD != 0 && separator_at(l, p);
            copyright = copyright || f & COPY_LEAD != 0 && copyright_lead_at(l, p);
            if separator && copyright && bar {
                break;
            }
        }
        Signs::Short {
            separator,
            copyright,
            bar,
        }
    }

    /// Whether the line may hold a bar ('|'): false only where it is known to hold none.
    fn bar(&self) -> bool {
        match *self {
            Signs::Short { bar, .. } => bar,
            Signs::Long => true,
        }
    }

    fn separator(&self, l: &[u8]) -> bool {
        match *self {
            Signs::Short { separator, .. } => separator,
            Signs::Long => {
                let [a, b, c, d, e] = SEP_LEADS;
                memchr::memchr3_iter(a, b, c, l)
                    .chain(memchr::memchr2_iter(d, e, l))
                    .any(|p| separator_at(l, p))
            }
        }
    }

    fn copyright(&self, l: &[u8]) -> bool {
        match *self {
            Signs::Short { copyright, .. } => copyright,
            Signs::Long => {
                let [a, b, c, d] = COPY_LEADS;
                memchr::memchr3_iter(a, b, c, l)
                    .chain(memchr::memchr_iter(d, l))
                    .any(|p| copyright_lead_at(l, p))
            }
        }
    }
}

/// A line with its cuts taken out, as a second pass would read it: the pieces between the
/// cuts joined by a blank (as the clean text joins them), and where each piece came from.
struct UncutView {
    text: Vec<u8>,
    /// `(offset in text, offset in the line)` of each piece, in order.
    pieces: Vec<(usize, usize)>,
}

impl UncutView {
    /// `spans` are sorted by start.
    fn of(l: &[u8], spans: impl Iterator<Item = (usize, usize)>) -> UncutView {
        let mut view = UncutView {
            text: Vec::with_capacity(l.len()),
            pieces: Vec::new(),
        };
        for_each_gap(l.len(), spans, |g0, g1| {
            if !view.text.is_empty() {
                view.text.push(b' ');
            }
            view.pieces.push((view.text.len(), g0));
            view.text.extend_from_slice(&l[g0..g1]);
        });
        view
    }

    /// The offset in the line of the offset `v` of the view (a joining blank: the next
    /// piece's start).
    fn source(&self, v: usize) -> usize {
        let k = self.pieces.partition_point(|&(t, _)| t <= v);
        match k.checked_sub(1).map(|k| self.pieces[k]) {
            Some((t, s)) => s + (v - t),
            None => self.pieces.first().map_or(0, |&(_, s)| s),
        }
    }
}

/// Start of a trailing run of short items split by separators (a menu or share bar), if the
/// line ends with one: at least two separators, items of at most 4 words. The run starts at
/// the line start or just after the last sentence end before its first item.
fn separator_run(l: &[u8], words: u32) -> Option<usize> {
    // Walk back over items from the end.
    let mut end = l.len();
    let mut seps = 0;
    let mut start = l.len();
    let mut i = l.len();
    while i > 0 {
        // An item of at most 4 words is short: stop looking once the current one is long.
        if end - i > MAX_ITEM_BYTES {
            break;
        }
        let Some((c, n)) = char_before(l, i) else {
            i -= 1;
            continue;
        };
        let pos = i - n;
        if is_separator_at(l, pos, n, c) {
            if count_words_max(&l[i..end], 5) > 4 {
                break;
            }
            seps += 1;
            start = pos;
            end = pos;
        }
        i = pos;
    }
    if seps < 2 {
        // A lone bar splits a menu only in very short lines: "Login | Register".
        if words > 4 {
            return None;
        }
        let (n, items, max_w) = separator_items(l);
        if n == 1 && items == 2 && max_w <= 2 {
            return Some(0);
        }
        return None;
    }
    // The first item of the run: back to the line start or the previous sentence end.
    let head = &l[..start];
    let s = sentence_start(head, head.len());
    if count_words_max(&head[s..], 5) > 4 {
        // The text before the first separator is a sentence: cut from its end.
        return if s == 0 && !boundary_ends(head) {
            None
        } else {
            Some(s.max(sentence_cut_start(head)))
        };
    }
    Some(s)
}

/// Does `head` end a sentence (so a menu may follow it)?
fn boundary_ends(head: &[u8]) -> bool {
    let e = last_alnum_end(head);
    let tail = &head[e..];
    tail.iter().any(|&c| matches!(c, b'.' | b'!' | b'?'))
}

/// Where a menu glued after the last sentence of `head` begins.
fn sentence_cut_start(head: &[u8]) -> usize {
    // The last sentence end in head followed by the menu's first item.
    let mut i = head.len();
    while i > 0 {
        let c = head[i - 1];
        if matches!(c, b'.' | b'!' | b'?') {
            return skip_blanks(head, i);
        }
        i -= 1;
    }
    head.len()
}

/// A short copyright line: a sign ('©', "(c)", "copyright") and a year or a rights notice.
/// The caller asks [`Signs::copyright`] first, which is cheaper and rules most lines out.
fn is_copyright(l: &[u8]) -> bool {
    let has_sign = memchr::memchr_iter(0xC2, l).any(|p| l.get(p + 1) == Some(&0xA9))
        || find_ci(l, b"(c)").is_some()
        || find_ci(l, b"copyright").is_some();
    if !has_sign {
        return false;
    }
    // A year, or a rights notice.
    let year = l
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'));
    (year || find_ci(l, b"rights").is_some()) && !prose_before_sign(l)
}

/// Where a copyright sign and a name start on `l`: a `©` and a name (a capital first, at
/// most [`TRAILING_CREDIT_WORDS`] words, no digit) to the line's end, alone on its line (a
/// footer's notice or a photo's credit) or after a caption's sentence (a credit) ("…à Granville, en juin. © Sophie Lenoir pour Lignes de
/// Fuite"). Signs with a year or a rights notice are [`is_copyright`]'s.
fn sign_credit(l: &[u8]) -> Option<usize> {
    let p = memchr::memmem::find(l, "©".as_bytes())?;
    if p > first_alnum(l) && !after_sentence_end(l, p) {
        return None;
    }
    let name = skip_blanks(l, p + "©".len());
    let tail = &l[name..];
    let capital = char_at(l, name).is_some_and(|(c, _)| c.is_uppercase());
    (capital
        && !tail.iter().any(u8::is_ascii_digit)
        && count_words_max(tail, TRAILING_CREDIT_WORDS + 1) <= TRAILING_CREDIT_WORDS)
        .then_some(p)
}

/// Fewest words of a sentence before a copyright sign that make it the end of a paragraph
/// that extraction joined to a credit (see [`prose_before_sign`]).
const PROSE_BEFORE_SIGN_WORDS: u32 = 4;

/// Whether a sentence of [`PROSE_BEFORE_SIGN_WORDS`] words or more ends right before the
/// line's first `©` (with no blank between), or before a credit's label of a word or two
/// glued to it (see [`glued_credit_start`]): a paragraph's last sentence with a credit glued
/// to it ("Karten gibt es ab 19 Uhr.© dpa-infocom, dpa:240312-99-312345/2", "…as late as
/// 1931.Photo © Margaret Ellery 2012"), not a footer.
fn prose_before_sign(l: &[u8]) -> bool {
    let Some(p) = memchr::memmem::find(l, "©".as_bytes()) else {
        return false;
    };
    glued_credit_start(l, p)
        .is_some_and(|s| count_words_max(&l[..s], PROSE_BEFORE_SIGN_WORDS) >= PROSE_BEFORE_SIGN_WORDS)
}

/// Month names and abbreviations in en, de, fr and es, lowercase.
const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "januar",
    "jänner",
    "feber",
    "februar",
    "märz",
    "mär",
    "mai",
    "juni",
    "juli",
    "oktober",
    "okt",
    "dezember",
    "dez",
    "janvier",
    "janv",
    "février",
    "févr",
    "mars",
    "avril",
    "avr",
    "juin",
    "juillet",
    "juil",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "déc",
    "enero",
    "ene",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "dic",
];

/// Weekdays in English (whole and shortened), German, French and Spanish, lowercase: words
/// of a date line ([`date_word_class`]) and of a row of opening hours ([`is_hours_row`]).
const WEEKDAYS: [&str; 35] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// Other words a date, time or reading-time line may hold, lowercase: the weekdays of
/// [`WEEKDAYS`] and these: shortened weekdays, time-of-day words, stamps ("updated",
/// "aktualisiert", "publié"), small function words.
const DATE_WORDS: &[&str] = &[
    "tues",
    "thurs",
    "am",
    "pm",
    "a.m",
    "p.m",
    // "6:12 p. m.": the Spanish meridian, its letters apart.
    "p",
    "m",
    "utc",
    "gmt",
    "est",
    "edt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "aest",
    "aedt",
    "acst",
    "awst",
    "nzst",
    "nzdt",
    "jst",
    "kst",
    "hkt",
    "sgt",
    "mez",
    "mesz",
    "et",
    "ct",
    "mt",
    "pt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "st",
    "nd",
    "rd",
    "th",
    "of",
    "at",
    "on",
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "min",
    "mins",
    "minute",
    "minutes",
    "read",
    "hour",
    "hours",
    "ago",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "yesterday",
    "today",
    "uhr",
    "um",
    "den",
    "vom",
    "aktualisiert",
    "veröffentlicht",
    "stand",
    "lesezeit",
    "vor",
    "minuten",
    "stunden",
    "tagen",
    "gestern",
    "heute",
    "le",
    "à",
    "h",
    "mis",
    "jour",
    "publié",
    "il",
    "y",
    "a",
    "de",
    "del",
    "actualizado",
    "publicado",
    "hace",
    "el",
];

/// Weekdays as forums and calendars shorten them ("Mi 12. Mär 2008, 18:02", "mer. 12 mars",
/// "mié 12 mar"): date words only beside a word of [`STAMP_WORDS`], since a calendar's or a
/// schedule's days ("Sa, 16.03.2024 · 20:00 Uhr") are its content.
const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mer", "jeu", "ven", "sam", "dim", "mié", "mie", "jue", "vie",
    "sáb", "sab", "dom",
];

/// Words that make a line of numbers a date or a reading time rather than, say, a price.
const TIME_MARKERS: &[&str] = &[
    "min", "mins", "minute", "minutes", "read", "ago", "lesezeit", "hace", "uhr",
];

const MONTH: u8 = 1;
const TIME: u8 = 2;
const DATE: u8 = 4;
const STAMP: u8 = 8;
const WEEKDAY: u8 = 16;

/// The lists a lowercase word is in: bits of [`MONTH`] ([`MONTHS`]), [`TIME`]
/// ([`TIME_MARKERS`]), [`DATE`] ([`DATE_WORDS`], and the [`STAMP_WORDS`] that open a time
/// stamp: "Posté le 22 janvier", which are [`STAMP`] too) and [`WEEKDAY`]
/// ([`WEEKDAY_ABBREVIATIONS`]); 0 for none. One hash lookup.
fn date_word_class(w: &str) -> u8 {
    static TABLE: std::sync::OnceLock<WordMap<u8>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = WordMap::default();
        for (list, bit) in [
            (MONTHS, MONTH),
            (TIME_MARKERS, TIME),
            (DATE_WORDS, DATE),
            (&WEEKDAYS, DATE),
            (STAMP_WORDS, DATE | STAMP),
            (WEEKDAY_ABBREVIATIONS, WEEKDAY),
        ] {
            for &word in list {
                *t.entry(word).or_insert(0) |= bit;
            }
        }
        t
    });
    table.get(w).copied().unwrap_or(0)
}

/// Longest word (in bytes, lowercased) that [`lowercase_in`] lowercases on the stack for the
/// date, stamp and count readers; no word of their lists is longer, and [`is_dateline`]
/// lowercases a longer one into a `String`.
const DATE_WORD_MAX: usize = 24;

/// Longest line (in words) read as a post's meta row (see [`is_meta_row`]).
const META_ROW_MAX_WORDS: u32 = 16;
/// Words that join a post's date to its author on its meta row.
const META_BY: [&str; 4] = [" von ", " by ", " par ", " por "];
/// Words for comments, after their count on a post's meta row.
const META_COMMENTS: [&str; 8] = [
    "kommentar",
    "kommentare",
    "comment",
    "comments",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
];

/// A blog post's meta row: a date line with its year, its author after "von", "by", "par" or
/// "por" (one to three capitalised words), then at most a count of comments: "12. Oktober
/// 2023 von Martina 14 Kommentare", "October 12, 2023 by Jane Doe", "12 de octubre de 2023
/// por Ana López 3 comentarios"; with `separated`, a separator may stand before the count
/// ("12 de octubre de 2023 por Ana López · 3 comentarios").
fn is_meta_row(l: &[u8], separated: bool) -> bool {
    let Ok(s) = std::str::from_utf8(l) else { return false };
    // The first blank that a joining word follows: one pass over the blanks.
    let Some((at, by)) = memchr::memchr_iter(b' ', l).find_map(|i| {
        META_BY
            .iter()
            .find(|by| l[i..].starts_with(by.as_bytes()))
            .map(|by| (i, by.len()))
    }) else {
        return false;
    };
    let date = &l[..at];
    if !(is_dateline(date) && has_year(date)) {
        return false;
    }
    let mut rest = s[at + by..].split_whitespace().peekable();
    let mut name = 0;
    while rest
        .peek()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.bytes().any(|b| b.is_ascii_digit()))
    {
        rest.next();
        name += 1;
    }
    if !(1..=3).contains(&name) {
        return false;
    }
    // With `separated`, a separator may stand before the count: "14. September 2013 von
    // Steffi · 23 Kommentare" (see [`cut_late_datelines`]).
    if separated && rest.peek().is_some_and(|w| matches!(*w, "·" | "|" | "•" | "-" | "–")) {
        rest.next();
        if rest.peek().is_none() {
            return false;
        }
    }
    match (rest.next(), rest.next(), rest.next()) {
        (None, _, _) => true,
        (Some(n), Some(w), None) => {
            n.bytes().all(|b| b.is_ascii_digit()) && META_COMMENTS.iter().any(|c| w.eq_ignore_ascii_case(c))
        }
        _ => false,
    }
}

/// Two or three datelines with their years on one line, between bars or middle dots, or
/// before a stamp's word after a comma or a full stop: a story's published and updated
/// stamps ("Published March 19, 2025 at 10:12 p.m. | Updated March 20, 2025 at 8:05 a.m.",
/// "Le 6 avril 2024 à 18h12, modifié le 7 avril 2024 à 09h40"). Each is read on its own, so
/// that its times are no range.
/// One of them may be the story's byline instead ("Updated May 2, 2025 · By Carmen Ruiz",
/// "Par la rédaction · Mis à jour le 6 décembre 2024"; see [`is_byline_part`]), or a news
/// agency's credit ("10.03.2019, 17:48 Uhr | dpa", "12. März 2024 | Quelle: APA").
fn is_dateline_row(l: &[u8]) -> bool {
    let mut parts = 0;
    let (mut bylines, mut years) = (0, 0);
    let mut rest = l;
    loop {
        let sep = stamp_separator(rest).or_else(|| mark_before_stamp(rest).map(|i| (i, 2)));
        let (part, next) = match sep {
            Some((i, n)) => (&rest[..i], Some(&rest[i + n..])),
            None => (rest, None),
        };
        let agency = || {
            let t = part.trim_ascii();
            let t = t
                .strip_prefix(b"Quelle:")
                .or_else(|| t.strip_prefix(b"Source:"))
                .unwrap_or(t);
            is_news_agency(t.trim_ascii()) || is_agency_credit(t)
        };
        if is_byline_part(part) || next.is_none() && parts > 0 && has_odd_minutes(l) && is_bare_name(part) || agency() {
            // A name alone after a stamp to the odd minute signs it: "13.06.2024 09:27 Uhr ·
            // Lennart Voss" (after a time a schedule would pick, a venue may stand there).
            bylines += 1;
        } else if is_reading_time(part) {
            // A story's reading time beside its stamp: "02/07/2024 | Lectura: 4 min".
        } else if is_numeric_stamp(part) {
            // A date in digits, the year in it, among other stamps: "02/07/2024 | Lectura:
            // 4 min", "12.03.2025 · von Anna Berg".
            years += 1;
        } else if is_relative_time(part) {
            // A relative stamp dates the row as a year does: "Aktualisiert vor 2 Monaten ·
            // Verfasst von Support-Team Kassenfix".
            years += 1;
        } else if !is_dateline(part) {
            return false;
        } else if has_year(part) {
            years += 1;
        } else if !opens_with_stamp_word(part) {
            // An update's stamp may leave out the year the first one gave: "Published
            // 7:42am, Thursday 9 May 2024 | Updated 11:15am".
            return false;
        }
        parts += 1;
        match next {
            Some(n) if parts < DATELINE_ROW_PARTS => rest = n,
            Some(_) => return false,
            None => return parts >= 2 && bylines <= 1 && years >= 1,
        }
    }
}

/// A date in digits alone, a time of day after it or not: "02/07/2024", "12.03.2025 14:07",
/// "2024-10-22 09:30".
fn is_numeric_stamp(part: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(part) else { return false };
    let mut words = s.split_whitespace();
    words.next().is_some_and(|w| is_numeric_date(w.trim_end_matches(',')))
        && words.next().map_or(true, is_clock_word)
        && words.next().is_none()
}

/// Whether the word `w` is a time of day in digits, hours and minutes: "9:15", "18:02".
fn is_clock_word(w: &str) -> bool {
    w.split_once(':')
        .is_some_and(|(h, m)| digits_of_len(h, 1..=2) && digits_of_len(m, 2..=2))
}

/// News agencies and their regional services, by the codes that stand in datelines ("Berlin
/// (dpa)", "PARIS (AFP)", "München (dpa/lby)"), in any case.
const NEWS_AGENCIES: [&str; 33] = [
    "afp", "ap", "dpa", "efe", "ansa", "apa", "sda", "ats", "kna", "epd", "upi", "reuters", "belga", "anp", "keystone",
    "xinhua", "kyodo", "tass", "pap", "sid", "dts", "ots", "lby", "lsw", "lni", "lnw", "lhe", "lrs", "lsa", "lmv",
    "lbn", "lth", "lno",
];

/// Whether `code` is a news agency's code of [`NEWS_AGENCIES`], in any case.
fn is_news_agency(code: &[u8]) -> bool {
    NEWS_AGENCIES.iter().any(|a| code.eq_ignore_ascii_case(a.as_bytes()))
}

/// Longest line (in words) read as a place and a news agency (see [`is_agency_dateline`]).
const AGENCY_DATELINE_MAX_WORDS: u32 = 6;

/// A news story's dateline on a line of its own: a place of one to four capitalised words
/// (slashes and hyphens join places), then a news agency's code in parentheses (several
/// joined by slashes or hyphens): "Berlin (dpa)", "Bad Ellrich/Lindenau
/// (dpa/lby)", "PARIS (AFP)", "Bern (Keystone-SDA)". A place's own qualifier is
/// capitalised ("Frankfurt (Oder)") and stays.
fn is_agency_dateline(l: &[u8]) -> bool {
    let Some((place, code)) = trailing_aside(l.trim_ascii()) else {
        return false;
    };
    let place = place.trim_ascii_end();
    // Only a known agency's code: a word in parentheses after a capitalised name is as often
    // an abbreviation ("Frequently Asked Questions (FAQ)") or a note ("Google Sheets (free)").
    let code_ok = !code.is_empty() && code.split(|&b| b == b'/' || b == b'-').all(is_news_agency);
    let Ok(place) = std::str::from_utf8(place) else {
        return false;
    };
    let mut words = 0;
    let names = place.split([' ', '/', '-']).filter(|w| !w.is_empty()).all(|w| {
        words += 1;
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    });
    code_ok && names && (1..=4).contains(&words)
}

/// Most codes of an agency's credit (see [`is_agency_credit`]).
const AGENCY_CREDIT_CODES: usize = 5;
/// Longest line (in bytes, blanks at its ends aside) read as an agency's credit: five codes
/// and their separators.
const AGENCY_CREDIT_MAX_BYTES: usize = 48;
/// Longest code of an editor beside an agency's (see [`is_agency_credit`]).
const EDITOR_CODE_MAX: usize = 4;

/// A news story's credit on a line of its own: news agencies' codes and the editors' short
/// codes (in one case), joined by slashes or commas, in parentheses or not, at least one of them a
/// known agency: "dpa/lby/ak", "(APA/red)", "AFP/dpa/jk", "dpa, AFP, Reuters". An agency's
/// code alone, without its parentheses, is left to the packs.
fn is_agency_credit(l: &[u8]) -> bool {
    let t = l.trim_ascii();
    // Most short lines go here: a credit is a few codes of letters.
    if t.len() > AGENCY_CREDIT_MAX_BYTES || !t.first().is_some_and(|&b| b == b'(' || b.is_ascii_alphabetic()) {
        return false;
    }
    let (t, bracketed) = match t.strip_prefix(b"(").and_then(|t| t.strip_suffix(b")")) {
        Some(inner) => (inner, true),
        None => (t, false),
    };
    // Codes are joined by slashes or commas: blanks alone join words ("Reuters Best").
    if !bracketed && memchr::memchr2(b'/', b',', t).is_none() {
        return false;
    }
    let (mut codes, mut agency) = (0, false);
    for code in t.split(|&b| matches!(b, b'/' | b',' | b' ')).filter(|c| !c.is_empty()) {
        codes += 1;
        if codes > AGENCY_CREDIT_CODES || !code.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        if is_news_agency(code) {
            agency = true;
        } else if code.len() > EDITOR_CODE_MAX
            || !(code.iter().all(u8::is_ascii_lowercase) || code.iter().all(u8::is_ascii_uppercase))
        {
            // An editor's code is in one case: "ak", "red", "JK"; not a word ("Join APA").
            return false;
        }
    }
    agency && (codes >= 2 || bracketed)
}

/// Most words of a section's name before a date (see [`is_labelled_dateline`]).
const SECTION_LABEL_MAX_WORDS: u32 = 3;

/// A section's name, a bar or a middle dot, then a date with its year, alone or as a row of
/// stamps (see [`is_dateline_row`]): "Reise | Sonntag, 8. September 2024", "Regionalsport |
/// 17.03.2024 um 21:48 Uhr | von Stefan Gruber", "Société · 12 mars 2024 à 18h05". The name
/// has a capital, no digit and no end mark.
fn is_labelled_dateline(l: &[u8]) -> bool {
    let Some((i, n)) = stamp_separator(l) else {
        return false;
    };
    let (label, rest) = (l[..i].trim_ascii(), &l[i + n..]);
    let label_ok = char_at(label, 0).is_some_and(|(c, _)| c.is_uppercase())
        && !label.iter().any(u8::is_ascii_digit)
        && !last_visible_char(label).is_some_and(|c| is_sentence_end(c) || c == ':')
        && (1..=SECTION_LABEL_MAX_WORDS).contains(&count_words_max(label, SECTION_LABEL_MAX_WORDS + 1));
    label_ok && (is_dateline(rest) && has_year(rest) || is_dateline_row(rest))
}

/// Words that say a duration is a story's reading time.
const READING_WORDS: [&str; 6] = ["read", "lesezeit", "lesedauer", "lectura", "lecture", "leitura"];

/// A story's reading time: a few words, a number of minutes and a word for reading ("5 min
/// read", "Lesezeit: 7 Minuten", "Lectura: 4 min", "Temps de lecture : 3 min"). Words are
/// compared by their bytes: a non-ASCII letter never splits.
fn is_reading_time(part: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(part.trim_ascii()) else {
        return false;
    };
    let mut words = 0;
    let (mut reading, mut minutes, mut number) = (false, false, false);
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        words += 1;
        number |= w.bytes().all(|b| b.is_ascii_digit());
        reading |= READING_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r));
        minutes |= w.as_bytes().get(..3).is_some_and(|m| m.eq_ignore_ascii_case(b"min"));
    }
    words <= 6 && reading && minutes && number
}

/// Where the first bar between blanks (" | ") or, failing one, the first middle dot between
/// blanks (" · ") of `l` splits a row of stamps, and its length.
fn stamp_separator(l: &[u8]) -> Option<(usize, usize)> {
    memchr::memmem::find(l, b" | ")
        .map(|i| (i, 3))
        .or_else(|| memchr::memmem::find(l, " · ".as_bytes()).map(|i| (i, " · ".len())))
}

/// The first ", " or ". " in `l` that a stamp's word follows: where an update's stamp joins
/// the first ("Le 6 avril 2024 à 18h12, modifié le 7 avril 2024 à 09h40", "18/08/2023 -
/// 13:27 h. Actualizado: 18/08/2023 - 19:05 h.").
fn mark_before_stamp(l: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b',', b'.', l).find(|&i| l.get(i + 1) == Some(&b' ') && opens_with_stamp_word(&l[i + 2..]))
}

/// Whether the first word of `part` is a stamp's ("Updated", "Aktualisiert", "Publié").
fn opens_with_stamp_word(part: &[u8]) -> bool {
    let mut buf = [0u8; DATE_WORD_MAX];
    first_word_lower(part, &mut buf).is_some_and(|w| date_word_class(w) & STAMP != 0)
}

/// The first word of `part`, lowercased into `buf`: its letters, and the bytes of non-ASCII
/// ones ("Publié", "Veröffentlicht", "Miércoles"); `None` if there is none or it is longer
/// than any date word (see [`lowercase_in`]).
fn first_word_lower<'b>(part: &[u8], buf: &'b mut [u8; DATE_WORD_MAX]) -> Option<&'b str> {
    let t = part.trim_ascii();
    let w = &t[..t
        .iter()
        .position(|&b| !(b.is_ascii_alphabetic() || b >= 0x80))
        .unwrap_or(t.len())];
    if w.is_empty() {
        return None;
    }
    std::str::from_utf8(w).ok().and_then(|w| lowercase_in(w, buf))
}

/// `w` lowercased into `buf`, or `None` when it takes more than [`DATE_WORD_MAX`] bytes (no
/// date word is that long).
fn lowercase_in<'b>(w: &str, buf: &'b mut [u8; DATE_WORD_MAX]) -> Option<&'b str> {
    if w.is_ascii() {
        let b = buf.get_mut(..w.len())?;
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        return std::str::from_utf8(b).ok();
    }
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        c.encode_utf8(buf.get_mut(n..n + len)?);
        n += len;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Most words of a byline beside a dateline (see [`is_byline_part`]).
const BYLINE_PART_MAX_WORDS: u32 = 6;

/// A byline as one part of a row of stamps: "By", "Von", "Par" or "Por" (after a stamp's word
/// or not), then a name of a few words with no sentence end ("By Carmen Ruiz", "Par la
/// rédaction de Marmite & Cie", "Publicado por el equipo de La Lechuza").
fn is_byline_part(part: &[u8]) -> bool {
    let t = part.trim_ascii();
    byline_lead_len(t)
        .is_some_and(|lead| (1..BYLINE_PART_MAX_WORDS).contains(&count_words_max(&t[lead..], BYLINE_PART_MAX_WORDS)))
        && !last_visible_char(t).is_some_and(is_sentence_end)
}

/// Most words of a name alone (see [`is_bare_name`]).
const BARE_NAME_MAX_WORDS: usize = 3;

/// Two to [`BARE_NAME_MAX_WORDS`] capitalised words of letters (and `-`, `.`, `'`): a
/// person's name, "Lennart Voss", "Anne-Marie D. Keller".
fn is_bare_name(part: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(part.trim_ascii()) else {
        return false;
    };
    let mut words = 0;
    for w in s.split(' ') {
        words += 1;
        if words > BARE_NAME_MAX_WORDS || !is_name_word(w) {
            return false;
        }
    }
    words >= 2
}

/// A capitalised word of letters (and `-`, `.`, `'`), as names are written: "Voss",
/// "Anne-Marie", "D.", "O'Neill".
fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
}

/// Most datelines on one row (see [`is_dateline_row`]).
const DATELINE_ROW_PARTS: usize = 3;

/// A short line made only of numbers, date and time words: "November 21, 2015, 5:01pm".
fn is_dateline(l: &[u8]) -> bool {
    dateline_of(l, false)
}

/// [`is_dateline`]; with `signed`, the line follows an author's name, which stamps it as a
/// stamp's word would ("par potager_bio_35 » mer. 16 juil. 2025 09:30").
fn dateline_of(l: &[u8], signed: bool) -> bool {
    let Ok(s) = std::str::from_utf8(l) else { return false };
    if is_day_range(l) {
        return false;
    }
    let mut digits = false;
    let mut marker = false;
    // Times of day: two make a range ("Sat 10:00–16:00", "7.30pm – 10pm"), opening hours or
    // an event's, not a stamp.
    let mut times = 0;
    // A stamp's word ("Beitrag", "Posted"), and a short weekday, seen.
    let (mut stamp, mut weekday) = (signed, false);
    // A date in digits alone ("12.03.2019"): a date beside a stamp's word.
    let mut numeric_date = false;
    // Hours and minutes with a dot ("7.30", "13.00"), times only beside a word of time:
    // "Mittwoch: 7.30 – 13.00 Uhr" is opening hours, "12.03" alone a day and a month.
    let (mut dotted, mut time_word) = (0, false);
    // Whether the last word was a time of day in digits ("18:12").
    let mut clock = false;
    for w in s.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ':')) {
        // A label's colon ("Verfasst am: 12.03.2008") is no part of its word.
        let w = w.trim_matches(['.', ':']);
        if w.is_empty() {
            continue;
        }
        // Hours named after a time of day: "18:12 hrs.", "18:12 hs." ("8 hrs" is a duration).
        let after_clock = std::mem::replace(
            &mut clock,
            w.contains(':') && w.bytes().all(|b| b.is_ascii_digit() || b == b':'),
        );
        if after_clock && (w.eq_ignore_ascii_case("hrs") || w.eq_ignore_ascii_case("hs")) {
            continue;
        }
        // "5:01pm", "21st", "10h30", "2015"
        let alpha_start = w
            .find(|c: char| !c.is_ascii_digit() && c != ':' && c != '.')
            .unwrap_or(w.len());
        let (num, word) = w.split_at(alpha_start);
        // French and Spanish hours and minutes: "18h42", "9h05".
        // Whole hours too, glued to their "h": "Mardi : 14h – 18h30".
        let hours = !num.is_empty()
            && (word.len() == 3 || word.len() == 1 && (1..=2).contains(&num.len()))
            && word.as_bytes()[0].eq_ignore_ascii_case(&b'h')
            && word.as_bytes()[1..].iter().all(u8::is_ascii_digit);
        let meridian = word.eq_ignore_ascii_case("am") || word.eq_ignore_ascii_case("pm") || hours;
        // A colon alone (French "Vendredi : 8 h") is no time.
        if num.bytes().any(|b| b.is_ascii_digit()) {
            // A version's number ("5.0.2 — March 3, 2025" heads a changelog's entry): two
            // dots or more in no date.
            if num.bytes().filter(|&b| b == b'.').count() >= 2 && !is_numeric_date(num.trim_end_matches('.')) {
                return false;
            }
            digits = true;
            numeric_date |= is_numeric_date(num);
            marker |= num.contains(':') || hours;
            times += usize::from(num.contains(':') || meridian);
            dotted += usize::from(word.is_empty() && is_dotted_time(num));
        }
        if word.is_empty() || hours {
            continue;
        }
        let mut buf = [0u8; DATE_WORD_MAX];
        let owned;
        let lw = match lowercase_in(word, &mut buf) {
            Some(lw) => lw,
            None => {
                owned = word.to_lowercase();
                &owned
            }
        };
        let lw = lw.trim_end_matches('.');
        let class = date_word_class(lw);
        stamp |= class & STAMP != 0;
        time_word |= class & TIME != 0;
        if class & (MONTH | TIME) != 0 || (!num.is_empty() && meridian) {
            marker = true;
        } else if class & WEEKDAY != 0 {
            weekday = true;
        } else if class & DATE == 0 && (num.is_empty() || lw.len() > 2) {
            return false;
        }
    }
    if time_word {
        times += dotted;
    }
    // A short weekday makes a calendar's day ("Sa, 07.12.2024, 14:00 Uhr"), unless its time
    // is to the odd minute, as a machine stamps a story ("Sa., 16.11.2024 · 17:38 Uhr").
    digits && (marker || stamp && numeric_date) && times < 2 && (stamp || !weekday || has_odd_minutes(l))
}

/// Whether `l` holds a time of day whose minutes no schedule would pick: hours and minutes
/// after a colon, the minutes not a multiple of five ("17:38", not "19:30" or "14:05").
fn has_odd_minutes(l: &[u8]) -> bool {
    memchr::memchr_iter(b':', l).any(|p| {
        let h = l[..p].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let m = l[p + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        (1..=2).contains(&h) && m == 2 && (l[p + 2] - b'0') % 5 != 0
    })
}

/// A range of days: a day's number, a dash (– or —), and another day's number, a weekday's
/// name between allowed: "16.–18. Mai 2025", "May 16–18, 2025", "Friday 16 – Sunday 18 May
/// 2025". An event's dates, not a page's stamp, which names one day. A year before the dash
/// ("12.03.2025 – 14:07"), a time after it, or a unit of time ("2–4 minutes") make no range
/// of days.
fn is_day_range(l: &[u8]) -> bool {
    let day_before = |p: usize| {
        let mut i = p;
        while i > 0 && matches!(l[i - 1], b' ' | b'.') {
            i -= 1;
        }
        let d = l[..i].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        (1..=2).contains(&d) && !(i > d && matches!(l[i - d - 1], b'0'..=b'9' | b'.' | b':'))
    };
    let day_after = |p: usize| {
        let mut j = skip_blanks(l, p);
        let letters = l[j..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if letters > 0 {
            j = skip_blanks(l, j + letters);
        }
        let d = l[j..].iter().take_while(|b| b.is_ascii_digit()).count();
        let next = l.get(j + d).copied();
        // A span of minutes or hours ("2–4 minutes") is a duration.
        let unit_at = j + d + blank_at(l, j + d).unwrap_or(0);
        let unit_len = l[unit_at..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let duration = std::str::from_utf8(&l[unit_at..unit_at + unit_len]).is_ok_and(is_time_unit);
        let time = matches!(next, Some(b'0'..=b'9' | b':'))
            || next == Some(b'.') && l.get(j + d + 1).is_some_and(u8::is_ascii_digit);
        (1..=2).contains(&d) && !time && !duration
    };
    // "–" and "—" are E2 80 93 and E2 80 94.
    memchr::memchr_iter(0xE2, l)
        .filter(|&p| l.get(p + 1) == Some(&0x80) && matches!(l.get(p + 2), Some(0x93 | 0x94)))
        .any(|p| day_before(p) && day_after(p + 3))
}

/// Hours and minutes written with a dot: one or two digits, a dot, two digits, within a day
/// ("7.30", "13.00", not "25.12" or "7.3").
fn is_dotted_time(num: &str) -> bool {
    let Some((h, m)) = num.split_once('.') else {
        return false;
    };
    digits_of_len(h, 1..=2)
        && digits_of_len(m, 2..=2)
        && h.parse::<u32>().is_ok_and(|h| h < 24)
        && m.parse::<u32>().is_ok_and(|m| m < 60)
}

/// Whether `d` is ASCII digits alone, as many as `len` allows.
fn digits_of_len(d: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
}

/// Most words of the place that heads a dateline (see [`is_placed_dateline`]), its
/// particles aside.
const PLACE_MAX_WORDS: usize = 3;

/// Lowercase words that may join the words of a place's name ("Santiago de Compostela",
/// "Saint-Martin sur Ouche"): French and Spanish ones only, since a German heading reads as
/// a place with them ("Veranstaltungen im Ausseerland – Juli 2011").
const PLACE_PARTICLES: [&str; 10] = ["de", "del", "la", "las", "los", "sur", "le", "les", "du", "des"];

/// A dateline headed by its place and a comma or a dash: "Sevilla, 10 mar 2024 - 23:05 CET",
/// "LONDON — March 12, 2024", "Frankfurt/Main, 12. März 2024", "Oberhof (dpa) | 06.01.2016,
/// 16:12": an agency in brackets may follow the place, and then the separator may be a bar.
/// The place is one to
/// [`PLACE_MAX_WORDS`] capitalised words of letters (and `/`, `-`, `.`), none of them a date's
/// word (a weekday: "Sa, 07.12.2024, 14:00 Uhr" is a calendar's day); the rest a date line
/// with its year.
fn is_placed_dateline(l: &[u8]) -> bool {
    placed_dateline(l, false)
}

/// [`is_placed_dateline`]; with `particles`, the place's words may be joined by
/// [`PLACE_PARTICLES`].
fn placed_dateline(l: &[u8], particles: bool) -> bool {
    // A capital first (ASCII or not), then the first comma or dash (a dash's UTF-8 lead byte).
    if !l.first().is_some_and(|&b| b.is_ascii_uppercase() || b >= 0xC0) {
        return false;
    }
    // The first comma, bar or dash's lead byte, or an earlier hyphen between blanks.
    let first = memchr::memchr3(b',', b'|', 0xE2, l);
    let hyphen = memchr::memchr_iter(b'-', &l[..first.unwrap_or(l.len())])
        .find(|&p| p > 0 && l[p - 1] == b' ' && l.get(p + 1) == Some(&b' '));
    let Some(i) = hyphen.or(first) else {
        return false;
    };
    let (at, sep) = if l[i] == b',' {
        (i, 1)
    } else if matches!(l[i], b'|' | b'-') && i > 0 && l[i - 1] == b' ' {
        (i - 1, 2)
    } else if i > 0 && l[i - 1] == b' ' && (l[i..].starts_with("— ".as_bytes()) || l[i..].starts_with("– ".as_bytes()))
    {
        (i - 1, 5)
    } else {
        return false;
    };
    let Ok(s) = std::str::from_utf8(&l[..at]) else {
        return false;
    };
    // An agency in brackets may follow the place: "Oberhof (dpa) | 06.01.2016, 16:12".
    let s = s.trim();
    let (s, agency) = match s.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((place, agency)) if !agency.is_empty() && agency.chars().all(|c| c.is_alphabetic() || c == '/') => {
            (place, true)
        }
        _ => (s, false),
    };
    // A bar after a name alone heads a byline's date ("Jane Roe | July 15, 2025"), not a
    // place's.
    if l[i] == b'|' && !agency {
        return false;
    }
    let mut words = 0;
    let mut parts = s.split(' ').peekable();
    let mut k = 0;
    while let Some(w) = parts.next() {
        k += 1;
        // A particle between two of the place's words: "Santiago de Compostela".
        if particles && k > 1 && parts.peek().is_some() && PLACE_PARTICLES.contains(&w) {
            continue;
        }
        words += 1;
        let place_word = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '/' | '-' | '.'))
            && date_word_class(w.trim_end_matches('.').to_lowercase().as_str()) == 0;
        if !place_word || words > PLACE_MAX_WORDS {
            return false;
        }
    }
    let date = without_reporter_mark(&l[at + sep..]);
    words > 0 && (is_dateline(date) && has_year(date) || is_numeric_stamp(date))
}

/// Most letters of a reporter's initials in brackets after a dateline ("(kr)", "(jm)").
const INITIALS_MAX: usize = 4;

/// `date` without what may close a dateline that opens a story's first paragraph: a dash
/// before the story goes on ("Hohenstetten, 11.04.2024 –"), and the reporter's initials or
/// an agency's code in brackets ("11.04.2024 (kr) –").
fn without_reporter_mark(date: &[u8]) -> &[u8] {
    let mut d = date.trim_ascii_end();
    for dash in ["–".as_bytes(), "—".as_bytes(), b"-"] {
        if let Some(r) = d.strip_suffix(dash).filter(|r| r.ends_with(b" ")) {
            d = r.trim_ascii_end();
            break;
        }
    }
    if let Some((before, mark)) = trailing_aside(d) {
        let initials = (1..=INITIALS_MAX).contains(&mark.len()) && mark.iter().all(u8::is_ascii_lowercase);
        if before.ends_with(b" ") && (initials || is_news_agency(mark)) {
            d = before.trim_ascii_end();
        }
    }
    d
}

/// A day, a month and a year in digits, split by dots or slashes ("12.03.2019", "1.3.24",
/// "22/10/2024", "10/22/2024"), or a year, a month and a day split by dashes ("2024-10-22").
fn is_numeric_date(num: &str) -> bool {
    let Some(sep) = num.bytes().find(|b| matches!(b, b'.' | b'/' | b'-')) else {
        return false;
    };
    let mut parts = num.split(sep as char);
    let (Some(a), Some(b), Some(c), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    if sep == b'-' {
        digits_of_len(a, 4..=4) && digits_of_len(b, 1..=2) && digits_of_len(c, 1..=2)
    } else {
        digits_of_len(a, 1..=2) && digits_of_len(b, 1..=2) && (digits_of_len(c, 2..=2) || digits_of_len(c, 4..=4))
    }
}

fn assemble(text: &[u8], lines: &[Line], partial: Vec<(usize, RawCut)>) -> Vec<RawCut> {
    let mut cuts: Vec<RawCut> = Vec::new();
    let mut pi = 0;
    let n = lines.len();
    let mut i = 0;
    while i < n {
        let line = lines[i];
        match line.class {
            Class::Cut => {
                let mut end = line.next;
                // Blank lines between two cut lines go with the cut.
                let mut j = i + 1;
                while j < n && lines[j].class == Class::Blank {
                    j += 1;
                }
                if j < n && lines[j].class == Class::Cut && j > i + 1 {
                    end = lines[j - 1].next;
                    i = j - 1;
                }
                push(
                    &mut cuts,
                    text,
                    RawCut {
                        start: line.start,
                        end,
                        why: line.why,
                        at: line.start,
                    },
                );
                while pi < partial.len() && partial[pi].0 <= i {
                    pi += 1;
                }
            }
            _ => {
                while pi < partial.len() && partial[pi].0 <= i {
                    if partial[pi].0 == i {
                        push(&mut cuts, text, partial[pi].1);
                    }
                    pi += 1;
                }
            }
        }
        i += 1;
    }
    cuts
}

/// Appends a cut, snapped outward to char boundaries and merged with the previous one if
/// they touch or overlap. Where they overlap, the later cut keeps what lies past the earlier
/// one only if its match does too; otherwise that rest goes with the earlier cut, so that a
/// cut never names a pattern it does not hold (a phrase's sentence that runs past a glued
/// block which took the phrase's words).
fn push(cuts: &mut Vec<RawCut>, text: &[u8], mut c: RawCut) {
    c.start = floor_boundary(text, c.start);
    c.end = ceil_boundary(text, c.end.min(text.len()));
    if let Some(last) = cuts.last_mut() {
        if c.start < last.end {
            if c.at < last.end {
                last.end = last.end.max(c.end);
                return;
            }
            c.start = last.end;
        }
        if c.start == last.end && c.why == last.why {
            last.end = last.end.max(c.end);
            return;
        }
    }
    if c.end > c.start {
        cuts.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A German paragraph of article text, for documents built in the tests.
    const DE_PARA: &str = "Der Gemeinderat hat am Dienstag über den neuen Haushalt beraten und dabei mehrere Projekte für die kommenden Jahre beschlossen.";

    /// A detector of line kinds: text, lines, indices of the non-blank lines; a flag a line.
    type Detector = fn(&[u8], &[Line], &[usize]) -> Vec<bool>;

    /// The text of each of `lines` (of `text`) whose flag is set.
    fn flagged<'t>(text: &'t str, lines: &[Line], flags: &[bool]) -> Vec<&'t str> {
        lines
            .iter()
            .zip(flags)
            .filter(|(_, &f)| f)
            .map(|(l, _)| &text[l.start..l.end])
            .collect()
    }

    /// The lines of `text` that `detect` marks, as text.
    fn marked(text: &str, detect: Detector) -> Vec<&str> {
        let lines = split_lines(text.as_bytes(), true).0;
        let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
        flagged(text, &lines, &detect(text.as_bytes(), &lines, &nb))
    }

    /// Cohesion reads each line's long words against the document's prose: a heading that
    /// names the paragraphs' subject shares them, a menu and another article's teaser do not,
    /// and a prose line counts only the other prose lines, in any language and case.
    #[test]
    fn cohesion_is_the_share_of_long_words_the_prose_uses_elsewhere() {
        let text = "Sanierung der Stadtbibliothek\n\
            Die Stadtbibliothek bleibt wegen der Sanierung bis zum Herbst geschlossen.\n\
            Während der Sanierung leihen die Mitarbeiter Bücher im Rathaus aus.\n\
            Impressum Datenschutz Newsletter\n\
            Kochrezepte für sonnige Sommerabende mit Freunden und Familie.\n\
            Stadtbibliothek SANIERUNG Rathaus\n";
        let cleaner = crate::Cleaner::new();
        let lines = prepare(&cleaner.inner, text.as_bytes(), true).lines;
        let by_text = |t: &str| {
            lines
                .iter()
                .find(|l| &text[l.start..l.end] == t)
                .unwrap_or_else(|| panic!("no line {t:?}"))
                .cohesion
        };
        // "Sanierung" (long) is in both paragraphs; "Stadtbibliothek" in the first only.
        assert_eq!(by_text("Sanierung der Stadtbibliothek"), 1.0);
        assert_eq!(by_text("Impressum Datenschutz Newsletter"), 0.0);
        // The teaser is prose of its own, but no other prose line shares its words.
        assert_eq!(
            by_text("Kochrezepte für sonnige Sommerabende mit Freunden und Familie."),
            0.0
        );
        // Case does not matter for ASCII letters.
        assert_eq!(by_text("Stadtbibliothek SANIERUNG Rathaus"), 1.0);
        // A paragraph shares "Sanierung" with the other one, not "Stadtbibliothek",
        // "bleibt", "wegen", "Herbst" or "geschlossen".
        let first = by_text("Die Stadtbibliothek bleibt wegen der Sanierung bis zum Herbst geschlossen.");
        assert!(first > 0.0 && first < 0.5, "{first}");
        // No long word: not read.
        let lines = prepare(&cleaner.inner, b"Ja\nDie Katze ist hier.\n", true).lines;
        assert_eq!(lines[0].cohesion, -1.0);
    }

    /// A late pattern leaves what the line model reads as it was without the pattern, and
    /// cuts the line it matches once the model has kept it; the same pattern judged early
    /// changes the features of the lines around it.
    #[test]
    fn late_patterns_leave_the_features_alone() {
        let para = [
            "Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen, wie der Rat mitteilte.",
            "Le conseil municipal a voté la rénovation de la bibliothèque du quartier pour l'automne prochain.",
            "The river rose two metres overnight and the old bridge was closed to traffic until Friday noon.",
        ];
        let pages: Vec<String> = (0..3)
            .map(|k| {
                let p = |i: usize| para[(k + i) % 3];
                format!(
                    "Startseite\nNachrichten\nSport\n{}\n{}\nOrtsnetz ab 12 Uhr wählen\n{}\n{}\nImpressum\n",
                    p(0),
                    p(1),
                    p(2),
                    p(0)
                )
            })
            .collect();
        let with = |late: bool| {
            let pack = if late {
                "@late\nnav line Ortsnetz ... wählen\n"
            } else {
                "nav line Ortsnetz ... wählen\n"
            };
            crate::Cleaner::builder()
                .pack("site", crate::Patterns::parse(pack).unwrap())
                .build()
                .unwrap()
        };
        let (plain, late, early) = (crate::Cleaner::new(), with(true), with(false));
        let line = "Ortsnetz ab 12 Uhr wählen";
        for page in &pages {
            let at = page.find(line).unwrap();
            assert_eq!(
                debug_features(&late.inner, page),
                debug_features(&plain.inner, page),
                "{page}"
            );
            assert_ne!(debug_features(&early.inner, page), debug_features(&plain.inner, page));
            assert!(plain.clean(page).to_string().contains(line), "{page}");
            let cut = late.clean(page);
            let r = cut
                .removed()
                .find(|r| r.range().contains(&at))
                .expect("the line is cut");
            assert_eq!(r.reason.pattern(), Some("Ortsnetz ... wählen"));
        }
    }

    /// Lines for [`late_patterns_are_invisible_to_the_model`]: prose, chrome that the
    /// built-in packs cut, and lines the model judges.
    const LATE_LINES: [&str; 15] = [
        "Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen, wie der Rat mitteilte.",
        "The river rose two metres overnight and the old bridge was closed to traffic until Friday noon.",
        "Le conseil municipal a voté la rénovation de la bibliothèque du quartier pour l'automne prochain.",
        "Share on Facebook",
        "Advertisement",
        "Lesen Sie auch: Neue Radwege für die Innenstadt",
        "Foto: dpa/Max Mustermann",
        "Home | News | Sport | Weather",
        "Alle 64 Bewertungen anzeigen",
        "Ortsnetz ab 12 Uhr wählen",
        "Kontakt und Anfahrt",
        "12.03.2025 14:07",
        "Sign up for our newsletter",
        "Jetzt Tickets sichern",
        "Liam Stack contributed reporting.",
    ];

    /// A late match that starts before an early pattern's match and runs into it hides
    /// nothing: the early match inside it is judged as without the late pattern.
    #[test]
    fn a_late_match_hides_no_early_one() {
        let page = "The river rose two metres overnight and the old bridge was closed to traffic until Friday noon.\n\
            Liam Stack contributed reporting.\n\
            Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen, wie der Rat mitteilte.\n";
        let plain = crate::Cleaner::new();
        let cut = |c: &crate::Cleaner| debug_features(&c.inner, page)[1].2;
        assert!(cut(&plain), "the early phrase cuts its line");
        // Alone, and with a shorter late pattern at its start, tried first; and with another
        // late match inside it before the early one.
        for pack in [
            "@late\npromo phrase Stack contributed\n",
            "@late\npromo line Liam Stack contributed\npromo line Liam\n",
            "@late\npromo line Liam Stack contributed\npromo line Liam\npromo line Stack\n",
            "@late\npromo phrase Liam Stack contributed\npromo line Stack\n",
        ] {
            let with = crate::Cleaner::builder()
                .pack("late", crate::Patterns::parse(pack).unwrap())
                .build()
                .unwrap();
            assert_eq!(
                debug_features(&with.inner, page),
                debug_features(&plain.inner, page),
                "{pack}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(40),
            ..proptest::test_runner::Config::default()
        })]
        /// Late patterns, whatever their text and kind (here runs of words from the page's own
        /// lines, so that they overlap the built-in patterns' matches), leave every line's
        /// features and its early verdict as they were without them.
        #[test]
        fn late_patterns_are_invisible_to_the_model(
            picks in proptest::collection::vec((0..LATE_LINES.len(), proptest::option::of(0..LATE_LINES.len())), 4..14),
            late in proptest::collection::vec((0..LATE_LINES.len(), 0usize..8, 1usize..4, 0usize..4), 1..5),
        ) {
            // Lines, some of them two glued together.
            let page: String = picks
                .iter()
                .map(|&(a, b)| match b {
                    Some(b) if b % 3 == 0 => format!("{}{}\n", LATE_LINES[a], LATE_LINES[b]),
                    _ => format!("{}\n", LATE_LINES[a]),
                })
                .collect();
            let mut pack = String::from("@late\n");
            for &(line, from, len, kind) in &late {
                let words: Vec<&str> = LATE_LINES[line].split(' ').collect();
                let from = from % words.len();
                let text = words[from..(from + len).min(words.len())].join(" ");
                if text.chars().any(char::is_alphanumeric) {
                    pack += &format!("promo {} {text}\n", ["line", "prefix", "phrase", "glued"][kind]);
                }
            }
            let with = crate::Cleaner::builder()
                .pack("late", crate::Patterns::parse(&pack).unwrap())
                .build()
                .unwrap();
            let plain = crate::Cleaner::new();
            proptest::prop_assert_eq!(debug_features(&with.inner, &page), debug_features(&plain.inner, &page), "{}", pack);
        }
    }

    /// Keys crafted to fall on one slot cost at most [`COHESION_PROBES`] probes each: the
    /// lines still get a share, and those past the probes read as unshared.
    #[test]
    fn cohesion_of_colliding_keys_stays_bounded() {
        let para = "The council voted on Tuesday to restore the old schoolhouse for the town.\n";
        let text = para.repeat(200);
        let cleaner = crate::Cleaner::new();
        let mut lines = prepare(&cleaner.inner, text.as_bytes(), true).lines;
        // Every key odd and equal in its low 20 bits: one slot for all in a table this size.
        let total: usize = lines.iter().map(|l| l.keys_len as usize).sum();
        assert!(total >= 1000, "{total} keys");
        let keys: Vec<u32> = (0..total as u32).map(|j| j << 20 | 1).collect();
        set_cohesion(&mut lines, &keys);
        let shares: Vec<f32> = lines.iter().filter(|l| l.keys_len > 0).map(|l| l.cohesion).collect();
        assert!(shares.iter().all(|c| (0.0..=1.0).contains(c)), "{shares:?}");
        // The first lines' keys found their slots; the last ones' did not.
        assert_eq!(shares[0], 0.0, "no other prose line has the first line's keys");
        assert_eq!(*shares.last().unwrap(), 0.0);
    }

    /// The model's cut of one piece of a sentence split over two lines is undone; a cut that
    /// splits no sentence stays. Each row: the text, the line the model cut, whether it comes
    /// back.
    #[test]
    fn a_sentence_split_over_lines_is_cut_whole_or_kept_whole() {
        let cases: &[(&str, usize, bool)] = &[
            (
                "Stops processing the current set of\nngx_http_rewrite_module directives.\n",
                0,
                true,
            ),
            (
                "Stops processing the current set of\nngx_http_rewrite_module directives.\n",
                1,
                true,
            ),
            ("Die Gemeinde will den Radweg bis\nzum Sommer fertigstellen.\n", 0, true),
            (
                "Small and medium businesses remain the\nbackbone of the economy\nin many countries.\n",
                0,
                true,
            ),
            // A sentence ends the first line, or a blank line lies between: two blocks.
            ("Read our guide.\nthen come back\n", 1, false),
            (
                "Stops processing the current set of\n\nngx_http_rewrite_module directives.\n",
                0,
                false,
            ),
            // A name, a number, a bullet or an address opens the second line: a menu, a list.
            ("Explore iPad\niPad Pro\n", 0, false),
            ("Warehouse Transition: Ships by March\n€9 flat rate\n", 0, false),
            ("Our shipping options\n- free returns\n", 0, false),
            ("Write to us\ninfo@example.org\n", 0, false),
            // A row of links is no sentence.
            ("index\nmodules | next | previous\n", 0, false),
        ];
        for &(text, cut, back) in cases {
            let b = text.as_bytes();
            let mut lines = split_lines(b, true).0;
            mark_content(&mut lines);
            let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
            let joined = joined(&lines, &nb);
            let views = views(&lines);
            lines[cut].class = Class::Cut;
            lines[cut].why = NO_WHY;
            rejoin_pieces(b, &mut lines, &nb, &joined, &views);
            assert_eq!(lines[cut].class != Class::Cut, back, "{text:?}, line {cut}");
        }
    }

    /// A sentence of three words or more, with no question mark, then chrome glued to its end
    /// that the cuts take whole.
    #[test]
    fn sentences_before_glued_chrome() {
        // (line, where the chrome starts, a sentence before it?)
        let cases = [
            ("Lasst es euch schmecken!Teilen mit:Facebook", 24, true),
            ("Use utf-8-sig for Excel files.Share this post: Twitter", 30, true),
            ("Bon appétit !Partager", 13, false),
            ("Alles klar?Teilen mit:Facebook", 11, false),
            ("Wer kommt mit? Wir fahren um acht.Teilen mit:Facebook", 34, false),
            ("Lasst es euch schmecken Teilen mit:Facebook", 24, false),
        ];
        for (l, at, yes) in cases {
            let b = l.as_bytes();
            let line = split_lines(b, true).0[0];
            let cut = RawCut {
                start: at,
                end: b.len(),
                why: NO_WHY,
                at,
            };
            assert_eq!(glued_tail_sentence(b, &line, &[(0, cut)]), yes, "{l:?}");
        }
    }

    /// The item's name that opens a shop's page comes back when a price opens one of the
    /// next lines; with no price there, a cart's "$0.00", or a sentence for a name, it stays
    /// cut.
    #[test]
    fn item_names_above_their_prices() {
        // (text, comes back?)
        let cases = [
            (
                "Merino-Fleecejacke «Gantrisch» Herren\nGipfelwerk\n★★★★☆ 4,6 (38 Bewertungen)\nCHF 189.00\n",
                true,
            ),
            ("Fellrunner Ridge 2 Lightweight Backpacking Tent\n£289.00\n", true),
            (
                "Moulin à café manuel « Cévenol »\nMarque : Brûlerie d'Alès\nPrix : 64,90 €\n",
                true,
            ),
            ("Cafetera italiana de acero, 6 tazas\n34,95 €\n", true),
            ("Merino-Fleecejacke «Gantrisch» Herren\nGipfelwerk\n", false),
            ("Warenkorb\n$0.00\n", false),
            ("Die Jacke hält warm und trocknet schnell.\n89,00 €\n", false),
            (
                "Merino-Fleecejacke\nGipfelwerk\nMarke\nBewertungen\nCHF 189.00\n",
                false,
            ),
        ];
        for (text, back) in cases {
            let b = text.as_bytes();
            let given = model_cut_given_back(b, 0, |lines, nb, views| keep_item_names(b, lines, nb, views));
            assert_eq!(given, back, "{text:?}");
        }
    }

    /// Whether `pass` gives back the `k`th non-blank line of `text` once the line model has
    /// cut it (the passes after the model read its verdicts as `MODEL_CUT`).
    fn model_cut_given_back(text: &[u8], k: usize, pass: impl FnOnce(&mut [Line], &[usize], &[LineView])) -> bool {
        let mut lines = split_lines(text, true).0;
        mark_content(&mut lines);
        let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
        let views = views(&lines);
        lines[nb[k]].class = Class::Cut;
        lines[nb[k]].why = MODEL_CUT;
        pass(&mut lines, &nb, &views);
        lines[nb[k]].class != Class::Cut
    }

    /// A title the model cut right under a path whose last item it repeats, or whose last item
    /// opens or closes it, comes back; the same words under a path that ends elsewhere, or far
    /// from the path, stay cut.
    #[test]
    fn titles_under_their_paths() {
        // (path, line under it, comes back?)
        let cases = [
            (
                "Sie sind hier: Startseite › Rathaus › Veranstaltungskalender",
                "Veranstaltungskalender",
                true,
            ),
            (
                "You are here: Home > Council > Jobs and careers",
                "jobs and careers",
                true,
            ),
            (
                "Vous êtes ici : Accueil > Mairie > Offres d'emploi",
                "Offres d'emploi",
                true,
            ),
            ("Inicio / Recetas / Antojitos mexicanos", "Antojitos mexicanos", true),
            (
                "Sie sind hier: Startseite › Rathaus › Veranstaltungskalender",
                "Vereine",
                false,
            ),
            (
                "Startseite | Rathaus | Veranstaltungskalender",
                "Veranstaltungskalender",
                false,
            ),
            ("Veranstaltungskalender", "Veranstaltungskalender", false),
            // A short title that the last item opens or closes.
            ("Sie sind hier: Startseite » Leistungen", "Unsere Leistungen", true),
            ("Vous êtes ici : Accueil » Actualités", "Actualités du club", true),
            ("Home > What's on > Events", "Events Calendar", true),
            // Not a word of its own, a long title, a sentence, a label or an arrow before it.
            ("Startseite » Leistungen", "Zusatzleistungen", false),
            (
                "Startseite » Leistungen",
                "Alle unsere Leistungen für Sie auf einen Blick und Leistungen",
                false,
            ),
            ("Startseite » Leistungen", "Wir erbringen Leistungen.", false),
            ("Forum » Gemüsegarten", "Gehe zu: => Gemüsegarten", false),
            ("Jobs » Pflege", "Was: Pflege", false),
        ];
        let cleaner = crate::Cleaner::new();
        for (path, title, back) in cases {
            let text = format!("{path}\n{title}\n");
            let b = text.as_bytes();
            let given = model_cut_given_back(b, 1, |lines, nb, views| {
                keep_path_titles(&cleaner.inner, b, lines, nb, views)
            });
            assert_eq!(given, back, "{title:?} under {path:?}");
        }
    }

    #[test]
    fn islands_pass_over_ad_markers_and_links_on_listings() {
        let prose = "The storm reached the coast shortly after midnight, bringing gusts of more than a hundred kilometres an hour and heavy rain that flooded the old harbour district.";
        let text = format!(
            "{prose}\nAdvertisement\nAt a glance\nTwo hundred homes without power\n{prose}\n\
             Read more\nRoad closed\n{prose}\nRelated stories\nNew bridge opens\n{prose}\n"
        );
        let mut lines = split_lines(text.as_bytes(), true).0;
        mark_content(&mut lines);
        for (i, category) in [(1, Category::Ad), (5, Category::Nav), (8, Category::Related)] {
            lines[i].class = Class::Cut;
            lines[i].why = Why::Rule(Rule::Pattern, category);
        }
        let marked = |on_listing: bool| {
            let breaks = |l: &Line| match l.why {
                Why::Rule(_, c) => opens_block(c, on_listing),
                Why::Pattern(_) => true,
            };
            let (island, listing) = islands(&lines, breaks);
            // Two runs: too few for a list of items.
            assert!(!listing);
            flagged(&text, &lines, &island)
        };
        // An ad marker never ends a run; a navigation link does, but on a page of items.
        assert_eq!(
            marked(true),
            ["At a glance", "Two hundred homes without power", "Road closed"]
        );
        assert_eq!(marked(false), ["At a glance", "Two hundred homes without power"]);
        // Bylines end a run as navigation lines do; related-links heads always end one.
        for on_listing in [false, true] {
            assert_eq!(opens_block(Category::Byline, on_listing), !on_listing);
            assert!(opens_block(Category::Related, on_listing) && !opens_block(Category::Ad, on_listing));
        }
        // Every cut line ends a run when `breaks` says so.
        let (island, _) = islands(&lines, |_| true);
        assert!(island.iter().all(|&m| !m));
    }

    #[test]
    fn the_line_under_a_breadcrumb_is_a_title() {
        let text = "Startseite › Jobs › Pflege\n\n27 Pflege-Jobs in Kempten und Umgebung\nFiltern\n\
                    Home | About | Contact\nOur team\nNews / Sport\nA title of far more than twelve words that goes on and on past the end\n";
        let mut lines = split_lines(text.as_bytes(), true).0;
        for i in [0, 4, 6] {
            lines[i].class = Class::Cut;
            lines[i].why = Why::Rule(Rule::Separators, Category::Nav);
        }
        let mut keep = vec![false; lines.len()];
        mark_titles_after_paths(text.as_bytes(), &lines, &mut keep);
        // Not the line under a menu (its bars point nowhere), nor a long line under a path.
        assert_eq!(flagged(text, &lines, &keep), ["27 Pflege-Jobs in Kempten und Umgebung"]);
    }

    #[test]
    fn rows_of_facts_next_to_items_are_restored() {
        let text = "Pflegefachkraft (m/w/d)\nHamburg · Vollzeit\nStartseite · Jobs · Pflege\nImpressum · Kontakt\nJobs per E-Mail\nAltenpfleger\n\nKiel · Teilzeit\n";
        let mut lines = split_lines(text.as_bytes(), true).0;
        let mut island: Vec<bool> = lines
            .iter()
            .map(|l| matches!(&text[l.start..l.end], "Pflegefachkraft (m/w/d)" | "Altenpfleger"))
            .collect();
        for l in lines.iter_mut().filter(|l| text[l.start..l.end].contains('·')) {
            l.class = Class::Cut;
            l.why = Why::Rule(Rule::Separators, Category::Nav);
        }
        let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
        restore_item_rows(&mut lines, &nb, &mut island);
        let restored: Vec<&str> = flagged(text, &lines, &island)
            .into_iter()
            .filter(|l| l.contains('·'))
            .collect();
        // The rows right next to an item's line (blank lines aside); not a row next to a
        // restored one, nor one between lines of no item.
        assert_eq!(restored, ["Hamburg · Vollzeit", "Kiel · Teilzeit"]);
        assert_eq!(lines.iter().filter(|l| l.class == Class::Cut).count(), 2);
    }

    /// The lines of `text` that [`cards`] marks, with the repeats counted as `prepare` does.
    fn card_lines(text: &str) -> Vec<&str> {
        let mut lines = split_lines(text.as_bytes(), true).0;
        count_repeats(text.as_bytes(), &mut lines);
        let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
        flagged(text, &lines, &cards(text.as_bytes(), &lines, &nb))
    }

    #[test]
    fn cards_between_recurring_buttons() {
        let board = "Jobs finden\nPflegefachkraft (m/w/d)\nKlinik Nord\nHamburg · Vollzeit\nMerken\n\
                     Altenpfleger\nHaus am See\n\nKiel · Teilzeit\nMerken\nPflegehelfer\nSozialstation\nLübeck · Minijob\nMerken\n\
                     Weiter\nImpressum\n";
        assert_eq!(
            card_lines(board),
            [
                "Pflegefachkraft (m/w/d)",
                "Klinik Nord",
                "Hamburg · Vollzeit",
                "Altenpfleger",
                "Haus am See",
                "Kiel · Teilzeit",
                "Pflegehelfer",
                "Sozialstation",
                "Lübeck · Minijob"
            ]
        );
        // One card of another length among regular ones stays out, the others are cards.
        let uneven = "Head\nA1\nA2\nSave\nB1\nB2\nSave\nC1\nC2\nC3\nC4\nC5\nC6\nSave\nD1\nD2\nSave\n";
        assert_eq!(card_lines(uneven), ["A1", "A2", "B1", "B2", "D1", "D2"]);
        for text in [
            // Twice is no grid.
            "Title\nA1\nA2\nSave\nB1\nB2\nSave\nFooter\n",
            // Buttons right after one another, or too far apart.
            "Save\nSave\nOne\nSave\nSave\n",
            "Save\n1\n2\n3\n4\n5\n6\n7\n8\n9\nSave\n1a\n2a\n3a\n4a\n5a\n6a\n7a\n8a\n9a\nSave\n",
            // Every interval differs: replies in a thread, not a grid.
            "Reply\nA\nB\nReply\nC\nD\nE\nF\nReply\nG\nH\nI\nJ\nK\nL\nM\nReply\n",
            // A recurring line of more than four words.
            "Add this one to my list\nA\nB\nAdd this one to my list\nC\nD\nAdd this one to my list\n",
        ] {
            assert!(card_lines(text).is_empty(), "{text:?}: {:?}", card_lines(text));
        }
    }

    #[test]
    fn heads_of_data_blocks() {
        let text = "Zutaten\n200 g Mehl\n\n150 g Zucker\nFür die Streusel:\n1 TL Zimt\nEine Zeile von weit mehr als acht Wörtern steht über den Daten hier\n2 Eier\n";
        let lines = split_lines(text.as_bytes(), true).0;
        let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
        let data = |i: usize| text[lines[i].start..lines[i].end].starts_with(|c: char| c.is_ascii_digit());
        let heads = data_heads(&lines, &nb, data);
        // Not a data line itself ("200 g Mehl" above "150 g Zucker"), nor a long line.
        assert_eq!(flagged(text, &lines, &heads), ["Zutaten", "Für die Streusel:"]);
    }

    #[test]
    fn a_page_of_items_is_a_listing() {
        let item = "Ehrenamtliche Vorleserinnen lesen Geschichten rund um den Winter vor, danach basteln die Kinder Schneeflocken aus Papier für das Fenster der Bücherei.";
        let listing = |text: &str| {
            let mut lines = split_lines(text.as_bytes(), true).0;
            mark_content(&mut lines);
            islands(&lines, |_| true).1
        };
        let page = format!("Termine\n{item}\nSa, 07.12.\nVorlesestunde\n{item}\nLesung\n\n{item}\nOffenes Singen\nMarktkirche\n{item}\n");
        assert!(listing(&page));
        // Two prose lines in a row, blank lines aside: an article with a fact box or two.
        let article = page.replacen(&format!("Lesung\n\n{item}"), &format!("Lesung\n{item}\n\n{item}"), 1);
        assert!(!listing(&article));
        // Two runs between prose are too few.
        let short = page.replacen(&format!("Offenes Singen\nMarktkirche\n{item}\n"), "", 1);
        assert!(!listing(&short));
    }

    /// Checks a line detector on a table of lines and the answers it must give.
    fn check_lines<T: PartialEq + std::fmt::Debug>(detect: impl Fn(&[u8]) -> T, table: &[(&str, T)]) {
        for (line, want) in table {
            assert_eq!(&detect(line.as_bytes()), want, "{line:?}");
        }
    }

    #[test]
    fn date_lines() {
        check_lines(
            is_dateline,
            &[
                ("November 21, 2015, 5:01pm", true),
                // A content system's long German stamp.
                ("Sonntag, den 23. September 2012 um 21:34 Uhr", true),
                ("Published March 4, 2024 at 7:42 a.m. ET", true),
                ("Published 6:45 p.m. CT April 16, 2024", true),
                // A forum post's header: a stamp word beside a short weekday, a label's colon.
                ("Beitrag Mi 12. Mär 2008, 18:02", true),
                ("Verfasst am: 12.03.2008, 18:02", true),
                ("Message mer. 12 mars 2008 18:02", true),
                // A member's profile stamp.
                ("Registriert: Mo 4. Mär 2024, 17:30", true),
                ("Member since February 16, 2016", true),
                ("Dabei seit: 12.03.2019", true),
                ("Seit 12.03.2019 geschlossen", false),
                ("12.03.2019", false),
                ("Seit 2019 im Amt", false),
                // A short weekday alone is a calendar's day; two times are opening hours.
                ("Sa, 16.03.2024 · 20:00 Uhr", false),
                ("Sat 10:00–16:00", false),
                // A word that is no date word.
                ("Tag der offenen Tür am 12. März 2024", false),
            ],
        );
    }

    #[test]
    fn event_dates() {
        for (line, date) in [
            ("Samstag, 5. April 2025, 19.30 Uhr", Some(true)),
            ("Vendredi 8 juillet 2016 – 21 h 30", Some(true)),
            ("Samedi 9 février 2013 – 10 h", Some(true)),
            ("Viernes, 13 de noviembre de 2009 - 20:30 h", Some(true)),
            ("Saturday 14 September 2024, 7:30 pm", Some(true)),
            ("Thu 2 Oct 2025, 7:30pm", Some(true)),
            // A stamp at another minute tells the page's dates apart as stamps.
            ("Samstag, 16. November 2024, 17:38 Uhr", Some(false)),
            ("Sat Mar 14, 2009 12:37 pm", Some(false)),
            ("Sonntag, 15. Dezember 2024", None),
            ("Domingo 23 de febrero de 2025 | 08:30", None),
            ("Samstag, 5. April, 19.30 Uhr", None),
            ("Sa., 5. April 2025, 19.30 Uhr", None),
        ] {
            assert_eq!(event_date(line.as_bytes()), date, "{line:?}");
        }
        check_lines(
            has_quarter_time,
            &[
                ("um 19.30 Uhr", true),
                ("ab 20:00", true),
                ("21 h 30", true),
                ("20h30", true),
                ("7:30pm", true),
                ("7:30pma", false),
                ("10 h", true),
                ("19 Uhr", true),
                ("17:38", false),
                ("5. April 2025", false),
                ("12 hommes", false),
            ],
        );
    }

    #[test]
    fn clock_times() {
        check_lines(
            has_clock_time,
            &[
                ("um 18:44 Uhr", true),
                ("at 6:05 PM", true),
                ("Note: see 2024", false),
                ("ratio 123:45", false),
                ("10:5", false),
                ("12:345", false),
            ],
        );
        check_lines(
            has_h_time,
            &[
                ("14/03/2009 à 21h12.", true),
                ("le 2 mai à 9h05", true),
                ("Mardi : 14h – 18h", false),
                ("ab 123h45", false),
                ("the 4h30x mark", false),
                ("Ah12 hh", false),
            ],
        );
    }

    #[test]
    fn surcharges() {
        check_lines(
            super::ends_with_surcharge,
            &[
                ("Schneckenkante aus Edelstahl (+ 29,90 €)", true),
                ("Gift wrap (+£3.50)", true),
                ("Gravure personnalisée (+ 9,00 €) ", true),
                ("Envoltorio de regalo (+2,50 €)", true),
                ("DAX 6.918,40 (+0,31 %)", false),
                ("Luzern (+ 20 km)", false),
                ("View all (+207)", false),
                ("Gift wrap (£3.50)", false),
                ("Mit Deckel (+ 29,90 €) lieferbar", false),
                ("Preis: 29,90 €)", false),
            ],
        );
    }

    #[test]
    fn meta_rows() {
        check_lines(
            |l| is_meta_row(l, true),
            &[
                ("12. Oktober 2023 von Martina 14 Kommentare", true),
                ("October 12, 2023 by Jane Doe", true),
                ("12 octobre 2023 par Martina 14 commentaires", true),
                ("12 de octubre de 2023 por Ana López 3 comentarios", true),
                ("14. September 2013 von Steffi · 23 Kommentare", true),
                ("September 14, 2013 by Jane Doe | 5 Comments", true),
                ("12 octobre 2023 par Martina – 2 commentaires", true),
                ("14. September 2013 von Steffi ·", false),
                ("14. September 2013 von Steffi · Rezepte", false),
                // No year, no author, a lowercase word, or more than a count after the name.
                ("12. Oktober von Martina", false),
                ("12. Oktober 2023 von", false),
                ("12. Oktober 2023 von der Stadt", false),
                ("October 12, 2023 by Jane Doe and others in the team", false),
                // A sentence before "by".
                ("The bridge reopened in 2023 by order of the council", false),
            ],
        );
        // Before the line model, no separator before the count.
        assert!(!is_meta_row(
            b"14. September 2013 von Steffi \xC2\xB7 23 Kommentare",
            false
        ));
        // After it, a row the model kept goes.
        let cleaner = crate::Cleaner::new();
        for (title, row, para) in [
            ("Zwetschgendatschi vom Blech", "14. September 2013 von Steffi · 23 Kommentare", "Jetzt ist sie endlich da, die Zwetschgenzeit! Bei uns gibt es im September an jedem Wochenende einen Datschi, und heute zeige ich euch mein Rezept."),
            ("Plum sheet cake", "September 14, 2013 by Jenna · 23 Comments", "Plum season is finally here! Every weekend in September there is a plum cake on our table, and today I am sharing the recipe my grandmother used."),
            ("Tarte aux quetsches", "14 septembre 2013 par Sophie · 23 commentaires", "La saison des quetsches est enfin là ! Chaque week-end de septembre, une tarte sort du four, et je vous donne aujourd'hui la recette de ma grand-mère."),
            ("Tarta de ciruelas", "14 de septiembre de 2013 por Lucía · 23 comentarios", "¡Por fin llega la temporada de ciruelas! Cada fin de semana de septiembre hay una tarta en casa, y hoy os enseño la receta de mi abuela."),
        ] {
            let doc = format!("{title}\n{row}\n{para}\n{para}\n");
            let out = cleaner.clean(&doc).to_string();
            assert!(!out.contains(row) && out.contains(para), "{out}");
        }
    }

    #[test]
    fn star_ratings() {
        check_line_rule(
            is_rating,
            &[
                ("4.4 out of 5 stars, 2,107 reviews", true),
                ("4.5 out of 5 stars", true),
                ("★★★★★ 4,8 von 5 (132 Bewertungen)", true),
                ("4,6 de 5 estrellas (1.318 opiniones)", true),
                ("Valoración 4,8 (1.214 opiniones)", true),
                ("Bewertung 4,8 (1.214 Bewertungen)", true),
                ("Bewertung 4,9 von 5 (87 Google-Rezensionen)", true),
                // The platform that gave the score, by its name.
                ("★★★★★ 4,8 von 5 auf Capterra (312 Bewertungen)", true),
                ("★ 4,9 bei Google – über 600 Bewertungen", true),
                ("★ 4,9 en Google (487 opiniones)", true),
                ("4.7 out of 5 on Trustpilot", true),
                ("4,8 von 5 auf der Skala", false),
                ("4.8 out of 5 (312 Trustpilot reviews)", true),
                ("4,9 von 5 (87 Google)", false),
                ("4,9 von 5 (87 Google Maps)", false),
                ("Note 4,8", false),
                ("Note 2,3 (12 Schüler)", false),
                ("Bewertung 4 (12 Bewertungen)", false),
                ("Note : 4,5/5", true),
                ("4,5 / 5", true),
                // A critic's score out of ten is a review's verdict.
                ("8,5/10", false),
                ("Rating: 4.7 out of 5", true),
                ("4,8 sur 5 étoiles", true),
                ("Valoración: 4,9 de 5 (388 votos)", true),
                ("4,7 von 5 (86 Stimmen)", true),
                // A sentence or a measure with the same figures.
                ("4 out of 5 dentists recommend it", false),
                ("2 von 5 Kindern lernen schwimmen", false),
                ("Uno de 5 vecinos vive solo", false),
                ("4,5 von 5 Punkten im Test", false),
                ("Größe 4,5 / 5 Jahre", false),
                ("Step 3 of 5", false),
                ("4,82/5,00 Sterne aus 12.391 Bewertungen", true),
                ("4.8 out of 5 stars based on 1,234 reviews", true),
                ("4,8 sobre 5 en más de 300 opiniones", true),
                ("4,7/5 sur 2 345 avis", true),
                // Star signs stand for the scale.
                ("★★★★★ 4.8 (341 reviews)", true),
                ("★★★★☆ 4,1 (412 votos)", true),
                ("⭐⭐⭐⭐ 4,2 von 5 (87 Bewertungen)", true),
                ("★★★★½ 4,6 (58 avis)", true),
                ("★★★★★ 4.8 the best pan I have owned", false),
                ("★★★ 3 Zimmer frei", false),
                // After a label, or with a count of reviews and no score.
                ("Note : ★★★★½ (86 avis)", true),
                ("★★★★☆ (31 Bewertungen)", true),
                ("Bewertung: ★★★★☆ 4,2 (31 Bewertungen)", true),
                ("★★★★½ Bewertung 4,6", true),
                ("★★★★☆ (3 Zimmer)", false),
                ("Note : ★★★★ le meilleur hôtel du quartier", false),
                // Without star signs the scale must be there.
                ("4.8 (341 reviews)", false),
                // A count that is no count of reviews.
                ("4,5 von 5 aus 12 Ländern", false),
                // Whose reviews they are, and a label joined to the score.
                ("4,9/5 sur 180 avis clients", true),
                ("4.6 out of 5 based on 1,234 customer reviews", true),
                ("4,6 de 5 (1.318 opiniones de clientes)", true),
                ("Bewertet mit 4,9 / 5 bei 214 Kundenstimmen", true),
                ("Valorado con 4,7 sobre 5", true),
                ("4,7 von 5 aus 86 Bewertungen unserer Stammkunden in Bayern", false),
                ("4,5 sur 5 avis de nos lecteurs", false),
            ],
        );
        // A rating with links to its reviews after it.
        check_line_rule(
            is_rating_row,
            &[
                ("4.6 out of 5 stars – Read 38 reviews", true),
                ("4,8 de 5 · Escribir una opinión", true),
                ("4,7 von 5 | Eigene Bewertung schreiben | Alle 86 Bewertungen", true),
                ("4,5 sur 5 - Donner votre avis", true),
                // No rating first, a link that names no reviews, a rating alone, a long item.
                ("Read 38 reviews – 4.6 out of 5 stars", false),
                ("4.6 out of 5 stars – Add to basket", false),
                ("4,8 de 5", false),
                (
                    "4,7 von 5 – so bewerten unsere Kunden die neue Bewertung im Test",
                    false,
                ),
                ("Note 8,5/10 · Lire la critique", false),
            ],
        );
    }

    #[test]
    fn agency_datelines() {
        check_line_rule(
            |l, _| is_agency_dateline(l),
            &[
                ("Berlin (dpa)", true),
                ("Bad Ellrich/Lindenau (dpa/lby)", true),
                ("PARIS (AFP)", true),
                ("Bern (sda/apa)", true),
                ("Bern (Keystone-SDA)", true),
                ("LONDON (Reuters)", true),
                ("Frequently Asked Questions (FAQ)", false),
                ("Project Management Professional (PMP)", false),
                ("Buenos Aires (EFE)", true),
                // A place's own qualifier, a count, a note, a sentence.
                ("Frankfurt (Oder)", false),
                ("Berlin (2024)", false),
                ("Die Stadt wächst (dpa)", false),
                ("Weitere Informationen (pdf)", false),
                ("Google Sheets (free)", false),
                ("BEGIN (implicit)", false),
                ("(dpa)", false),
            ],
        );
    }

    #[test]
    fn reading_times() {
        check_line_rule(
            |l, _| is_reading_time(l),
            &[
                ("5 min read", true),
                ("Lesezeit: 7 Minuten", true),
                ("Lectura: 4 min", true),
                ("Temps de lecture : 3 min", true),
                // Durations of other things; short non-ASCII words.
                ("Die Brücke ist in 5 Minuten erreicht", false),
                ("Mü ü 5 min read", true),
                (
                    "Read the 3 minutes of silence in the stadium, then the long applause",
                    false,
                ),
            ],
        );
    }

    #[test]
    fn labelled_datelines() {
        check_line_rule(
            |l, _| is_labelled_dateline(l),
            &[
                ("Reise | Sonntag, 8. September 2024", true),
                ("Regionalsport | 17.03.2024 um 21:48 Uhr | von Stefan Gruber", true),
                ("Société · 12 mars 2024 à 18h05", true),
                ("Deportes | 3 de mayo de 2024", true),
                ("Tax News | June 12, 2013", true),
                ("Redacción Salud | 2 de julio de 2024 | Lectura: 4 min", true),
                ("Garten | 14. März 2025 | Lesezeit 7 Minuten", true),
                // A date in digits among other stamps.
                ("Redacción Salud | 02/07/2024 | Lectura: 4 min", true),
                ("Lokales | 12.03.2025 · von Anna Berg", true),
                ("Konzert | 12.07.2025 | Stadthalle", false),
                // No year, a long name, digits or a sentence before the bar.
                ("Reise | Sonntag, 8. September", false),
                ("Die schönsten Ausflüge im Herbst | 8. September 2024", false),
                ("Top 10 | 8. September 2024", false),
                ("Es regnet. | 8. September 2024", false),
                ("Reise | 8 Tage im September 2024", false),
            ],
        );
    }

    /// Checks a rule on lines (with their word counts) against the answers of `table`.
    fn check_line_rule(rule: fn(&[u8], u32) -> bool, table: &[(&str, bool)]) {
        for &(line, want) in table {
            let words = crate::tokenize::count_words_utf8(line.as_bytes()) as u32;
            assert_eq!(rule(line.as_bytes(), words), want, "{line:?}");
        }
    }

    #[test]
    fn gallery_counters() {
        check_line_rule(
            is_gallery_counter,
            &[
                ("Foto 7 von 14", true),
                ("Bild 3/12", true),
                ("Photo 3 sur 12", true),
                ("Imagen 2 de 5", true),
                ("Photo 1 of 9", true),
                // A caption, a heading or a count of something else.
                ("Foto 7 von 14 zeigt die Fassade", false),
                ("Bild 3", false),
                ("Foto von 2014", false),
                ("Bild 3 bis 12", false),
                ("Foto 1000 von 2000", false),
                ("Modell 2 von 5", false),
            ],
        );
    }

    #[test]
    fn filter_rows() {
        check_line_rule(
            is_filter_row,
            &[
                ("Filter: Alle Kategorien · Alle Orte", true),
                ("Zeitraum: Mai 2011 – Juni 2011 | Kategorie: alle | Ort: alle", true),
                ("Toutes les catégories | Toutes les villes", true),
                ("Provincia: Todas · Sector: Todos · Jornada: Completa", true),
                ("All locations · Any distance", true),
                // One "all", links, a sentence, a label with no "all" at all.
                ("Alle Kategorien · Sport · Kultur", false),
                ("Alle Termine | Alle Orte | Kontakt", false),
                ("Alle reden vom Wetter · alle schweigen", false),
                ("Ort: Graz · Kategorie: Konzerte", false),
            ],
        );
    }

    #[test]
    fn mail_schedules() {
        check_line_rule(
            is_mail_schedule,
            &[
                (
                    "Holen Sie sich die wichtigsten Nachrichten aus Osttirol jeden Freitag bequem per E-Mail.",
                    true,
                ),
                (
                    "Kultur-Newsletter: Jeden Donnerstag die wichtigsten Premieren der Woche.",
                    true,
                ),
                (
                    "Einmal im Monat alle Termine und Aktionen per E-Mail. Ihre Daten geben wir nicht weiter.",
                    true,
                ),
                ("Recevez chaque jeudi notre sélection de sorties par e-mail.", true),
                (
                    "Every Friday morning, our weekly newsletter rounds up the best new recipes.",
                    true,
                ),
                ("Recibe cada semana en tu correo las mejores rutas de la comarca.", true),
                // No recurrence of the mail, no mail, a block glued on, too long.
                (
                    "Für jede angefangene Woche berechnen wir 0,50 Euro. Eine Erinnerung kommt per E-Mail.",
                    false,
                ),
                ("Every change to the API is listed here, newest first.", false),
                ("Der Markt findet jeden Samstag auf dem Kirchplatz statt.", false),
                (
                    "Taxes en sus.Abonnez-vous à notre infolettre et recevez chaque mois nos conseils.",
                    false,
                ),
                (
                    "Die Gemeinde verschickt seit dem vergangenen Frühjahr jeden Freitag einen Newsletter, in dem \
                     sie über Baustellen, Sperrungen, Sitzungen des Gemeinderats und Veranstaltungen der örtlichen \
                     Vereine und Schulen berichtet.",
                    false,
                ),
            ],
        );
    }

    #[test]
    fn counters() {
        check_line_rule(
            is_counter,
            &[
                ("28 Veranstaltungen gefunden", true),
                ("124 ofertas encontradas", true),
                ("Showing 1–20 of 87", true),
                ("(Gelesen 1.204 mal)", true),
                ("Lu 1 204 fois", true),
                ("Leído 1.204 veces", true),
                ("27 résultats", true),
                ("Ergebnisse 1–4 von 6", true),
                ("5 replies · 412 views", true),
                ("6 Beiträge • Seite 1 von 1", true),
                // A gallery's counter.
                ("Image 2 sur 10", true),
                ("Slide 1 of 5", true),
                // Two other words, neither the first nor the name of a series' number.
                ("42 offene Stellen gefunden", true),
                ("5 neue Beiträge anzeigen", true),
                ("214 results within 25 miles", true),
                ("35 ofertas nuevas encontradas", true),
                ("Schritt 3: Ergebnis prüfen", false),
                ("Fahrräder - 137 Anzeigen gefunden", false),
                ("Resultados de la jornada 26", false),
                ("Ergebnisse vom Spieltag 12", false),
                // Years are no counts; a heading names more than one thing; no count at all.
                ("Ergebnisse 2024", false),
                ("Ergebnisse der Landtagswahl 2024", false),
                ("87 Jobs als Pflegefachkraft in Hamburg", false),
                ("Found 3 bugs in the parser", false),
                ("Zwei Bomben gefunden", false),
                ("400 Products", false),
                ("Keine Treffer", false),
                ("1,000+ relevant results,", false),
            ],
        );
        // A row of a thread's counts, its views in thousands, its last post's age.
        let row = |l: &str| is_counter_row(l.as_bytes(), crate::words(l).count() as u32);
        assert!(row(
            "7 respuestas · 1,2 mil vistas · 5 usuarios · último mensaje hace 4 días"
        ));
        assert!(row("12 Antworten · letzte Antwort vor 2 Stunden"));
        assert!(!row("12 Antworten · letzte Antwort von Moderator Udo"));
    }

    #[test]
    fn author_bios() {
        for (line, bio) in [
            ("Jana Müller ist Lokalredakteurin in Hollerbach.", true),
            ("Sarah Thompson is a senior reporter covering health and science.", true),
            ("Claire Martin est journaliste au service Économie depuis 2015.", true),
            ("Laura Gómez es periodista de la sección de Local desde 2017.", true),
            (
                "Melissa Dittmann Tracey is a contributing editor for the magazine.",
                true,
            ),
            // A desk or a beat before the trade.
            (
                "Owen Gallagher is a Local Democracy Reporter covering the county council.",
                true,
            ),
            ("Craig Randall is a Gear Editor at the magazine.", true),
            // The newsroom's name in the possessive.
            (
                "Harriet Oakes is the Courier's Local Democracy Reporter, covering the council.",
                true,
            ),
            ("Ana Ruiz es corresponsal de EFE en la Región de Murcia.", true),
            // A desk or a beat in lowercase.
            (
                "Tomás Rivera is a content writer at Northwind Labs with six years of experience in marketing.",
                true,
            ),
            ("Priya Nair is a senior health reporter at the Daily Ledger.", true),
            (
                "Donna Hale is a food writer and blogger who tests kitchen gadgets.",
                true,
            ),
            ("Maria Lopez is a science teacher at the local school.", false),
            ("Maria Lopez is a food lover who opened three cafés.", false),
            ("Maria Lopez is a great science fiction writer.", false),
            ("Tom Price is the mayor's spokesman and a former teacher.", false),
            // A sentence about someone else's trade, a name alone, a verb too far.
            ("Der Angeklagte ist Journalist und lebt in Berlin.", false),
            (
                "Jana Müller ist Leiterin des Ordnungsamts und Mitglied im Verein.",
                false,
            ),
            (
                "Megan Holloway covers city government and transportation for the Courier.",
                true,
            ),
            ("Sabine Rößler berichtet seit 2016 über Kommunalpolitik.", true),
            // The author named by their role.
            ("Die Autorin ist freie Kulturjournalistin.", true),
            ("The author is a freelance writer based in Leeds.", true),
            ("L'auteur est journaliste indépendant.", true),
            ("Der Autor ist Professor für Geschichte in Jena.", false),
            ("Luc Moreau couvre la politique locale pour le journal.", true),
            ("Sabine Rößler berichtet über die Sitzung des Gemeinderats.", false),
            ("The Insurance covers water damage in most cases.", false),
            ("Anna ist Redakteurin.", false),
            ("Jana Müller sagt, sie sei keine Reporterin.", false),
            ("Jana Müller ist seit vielen Jahren eine bekannte Journalistin.", false),
            // Since when, and a beat covered since then.
            (
                "Johanna Reiter ist seit 2016 Redakteurin im Lokalressort Rotenbach.",
                true,
            ),
            ("Priya Lal has covered rural affairs for the Echo since 2019.", true),
            ("Jana Müller ist seit 2016 Leiterin des Ordnungsamts.", false),
            ("Tom Price has visited the school since 2019.", false),
        ] {
            assert_eq!(is_author_bio(line), bio, "{line:?}");
        }
        // After the last prose line kept, or in a box of its own above it; never next to a
        // paragraph of the story.
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        let bio = "Jana Müller ist Lokalredakteurin in Hollerbach und schreibt über Verkehr.";
        let end = format!("{para}\n{para}\n{bio}\n");
        assert!(!cleaner.clean(&end).to_string().contains(bio));
        let middle = format!("{para}\n{bio}\n{para}\n");
        assert!(cleaner.clean(&middle).to_string().contains(bio));
        let boxed = format!("Startseite\nLokales\n\nÜber die Autorin\n{bio}\nAlle Artikel\n\n{para}\n{para}\n");
        assert!(!cleaner.clean(&boxed).to_string().contains(bio));
        let after_para = format!("{para}\n{bio}\nMehr zum Thema\n{para}\n");
        assert!(cleaner.clean(&after_para).to_string().contains(bio));
    }

    /// The cheap test before a bio is read splits words as the bio's reader does, at any
    /// white space, and never turns a bio down.
    #[test]
    fn bio_verb_early_splits_at_white_space() {
        for line in [
            "Jana Müller ist Lokalredakteurin in Hollerbach.",
            "Jana\tMüller\tist Lokalredakteurin.",
            "Jana Müller\u{a0}ist Lokalredakteurin.",
            "Die Autorin ist freie Kulturjournalistin.",
            "Megan  Holloway covers city hall for the Courier.",
        ] {
            assert!(is_author_bio(line), "{line:?}");
            assert!(bio_verb_early(line.as_bytes()), "{line:?}");
        }
        for line in [
            "Jana Müller, Redakteurin",
            "Anna Maria Luisa Berg Meier ist Redakteurin",
            "",
        ] {
            assert!(!bio_verb_early(line.as_bytes()), "{line:?}");
        }
    }

    /// A name in quotation marks is one word of a call to action; an unclosed or a long
    /// quotation is left as it is.
    #[test]
    fn quoted_names_as_one_word() {
        assert_eq!(
            names_as_one("Jetzt den Newsletter „Kirche vor Ort“ abonnieren").as_deref(),
            Some("Jetzt den Newsletter Name abonnieren")
        );
        assert_eq!(
            names_as_one("Abonnez « La Lettre du jeudi » et « Le Mag »").as_deref(),
            Some("Abonnez Name et Name")
        );
        assert_eq!(names_as_one("Jetzt den Newsletter abonnieren"), None);
        assert_eq!(names_as_one("Jetzt „Kirche vor Ort abonnieren"), None);
        let long = format!("Jetzt „{}“ lesen", "sehr lange ".repeat(8));
        assert_eq!(names_as_one(&long), None);
        // A call to action counts the name as one word.
        assert!(action_clause(
            "Jetzt den Newsletter „Kirche vor Ort“ abonnieren und keine Meldung mehr verpassen",
            true
        ));
    }

    /// Five star signs and a bare count in brackets make a rating; fewer signs, or a count
    /// without brackets or with words, do not.
    #[test]
    fn star_rows_with_a_count() {
        check_lines(
            is_star_row_count,
            &[
                ("★★★★☆ (21)", true),
                ("★★★★½ (1.204)", true),
                ("⭐⭐⭐⭐⭐ (3,118)", true),
                ("★★★ (3)", false),
                ("★★★★☆ 21", false),
                ("★★★★☆ (21 Bewertungen)", false),
                ("★★★★☆ ()", false),
            ],
        );
    }

    /// A player's label: a word for a clip, its length, a unit or none.
    #[test]
    fn media_durations() {
        let media = |l: &[u8]| is_media_duration(l, count_words_max(l, 100));
        check_lines(
            media,
            &[
                ("Video 2:13 min", true),
                ("Audio 3:41 Min.", true),
                ("Podcast 1:02:17", true),
                ("Vídeo 0:48", true),
                ("VIDEO 12:05 Minuten", true),
                ("Video 2:13 min lang", false),
                ("Video 213", false),
                ("Video 2:3", false),
                ("Treffen 18:30 Uhr", false),
                ("Video ansehen", false),
                ("Audio 3:41 Uhr", false),
            ],
        );
    }

    /// A poster's fact between two that the comments patterns cut goes; a post's title between
    /// a row of tags and a stamp stays.
    #[test]
    fn facts_between_a_posters_facts() {
        let cleaner = crate::Cleaner::new();
        let para = "You didn't ruin anything, that's flash rust and it's totally normal for bare iron straight out of the tank.";
        let fact = "Location: Asheville NC";
        let doc =
            format!("{para}\nPanHandler\nSenior Member\nJoin Date: Mar 2007\n{fact}\nPosts: 2,418\n{para}\n{para}\n");
        let cleaned = cleaner.clean(&doc);
        assert!(!cleaned.to_string().contains(fact), "{cleaned:?}");
        assert!(
            cleaned
                .removed()
                .any(|r| r.reason.rule() == Rule::Counter && doc[r.range()].trim_end() == fact),
            "{cleaned:?}"
        );
        let para = DE_PARA;
        let title = "Solling-Überquerung: Von Dassel nach Holzminden";
        let doc = format!(
            "{para}\n{para}\nTags: Leine, Feierabendrunde, Baden\n{title}\nEingetragen von Jens um 21:47 | 11 Kommentare\n{para}\n"
        );
        assert!(cleaner.clean(&doc).to_string().contains(title));
    }

    /// The titles under a related-links head go, past a date between them; a heading above
    /// the next paragraph and the line under a head that holds its own title stay.
    #[test]
    fn titles_under_a_related_links_head() {
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        let titles = [
            "Freibad-Saison: Eintrittspreise steigen um einen Euro",
            "Neuer Radweg nach Seefeld soll im Mai fertig sein",
        ];
        let doc = format!(
            "{para}\n{para}\nMehr zum Thema\n{}\nvor 3 Stunden\n{}\n\n{para}\n",
            titles[0], titles[1]
        );
        let out = cleaner.clean(&doc).to_string();
        for t in titles {
            assert!(!out.contains(t), "{out}");
        }
        assert_eq!(out.matches(para).count(), 3, "{out}");
        // A heading right above a paragraph is the paragraph's (under a head that points at
        // one story, it is that story's: see `the_title_under_an_inline_teaser_head`).
        let heading = "Neue Pläne für das Freibad am Stadtpark";
        let doc = format!("{para}\n{para}\nMehr zum Thema\n{heading}\n{para}\n");
        assert!(cleaner.clean(&doc).to_string().contains(heading));
        // A head that holds its own title has no list under it (the line model may still
        // judge the line under it).
        let doc = format!("{para}\n{para}\nRead more: 2026 Forecast Predicts Positive Recovery\nSupply-Side Signals Ahead\nRobert Dietz, chief economist at the builders' association\n{para}\n");
        let cleaned = cleaner.clean(&doc);
        assert!(
            cleaned.removed().all(|r| r.reason.rule() != Rule::RelatedLinks),
            "{cleaned:?}"
        );
        // A head glued to the end of a caption heads a list as well.
        let doc = format!(
            "{para}\nEine Drehleiter der Feuerwehr im Einsatz an der brennenden Halle.Lesen Sie auch\n{}\n{}\n\n{para}\n",
            titles[0], titles[1]
        );
        let out = cleaner.clean(&doc).to_string();
        for t in titles {
            assert!(!out.contains(t), "{out}");
        }
        assert!(out.contains("an der brennenden Halle."), "{out}");
        // A shop's add-ons with their surcharges are options, not linked stories.
        let options = [
            "Schneckenkante aus Edelstahl (+ 29,90 €)",
            "Wühlmausgitter, verzinkt (+ 12,50 €)",
        ];
        let doc = format!("{para}\nPassendes Zubehör:\n{}\n{}\n\n{para}\n", options[0], options[1]);
        let cleaned = cleaner.clean(&doc);
        assert!(
            cleaned.removed().all(|r| r.reason.rule() != Rule::RelatedLinks),
            "{cleaned:?}"
        );
    }

    /// A list of teasers under a related-links head goes, titles and sentences; a head over
    /// an article's sections, each a heading and more than one paragraph, takes nothing.
    #[test]
    fn teasers_under_a_related_links_head() {
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        let teasers = [
            "Löhne steigen stärker als die Preise",
            "Die Reallöhne sind im vergangenen Jahr so deutlich gestiegen wie seit Jahren nicht mehr.",
            "Deutschlandticket wird teurer: Das müssen Pendler wissen",
            "Ab Januar kostet das Ticket im Monat neun Euro mehr als bisher.",
        ];
        let list = teasers.join("\n");
        let doc = format!("{para}\n{para}\n{para}\n{para}\n{para}\nMehr zum Thema\n{list}\n\nImpressum\n");
        let out = cleaner.clean(&doc).to_string();
        for t in teasers {
            assert!(!out.contains(t), "{out}");
        }
        assert_eq!(out.matches(para).count(), 5, "{out}");
        // A date cut between a title and its teaser is passed over.
        let doc = format!(
            "{para}\n{para}\n{para}\n{para}\n{para}\nMehr zum Thema\n{}\nvor 3 Stunden\n{}\n{}\nvor 5 Stunden\n{}\n",
            teasers[0], teasers[1], teasers[2], teasers[3]
        );
        let out = cleaner.clean(&doc).to_string();
        for t in teasers {
            assert!(!out.contains(t), "{out}");
        }
        // A kicker in capitals above each title goes with its teaser.
        let kicked = format!(
            "WIRTSCHAFT\n{}\n{}\nVERKEHR\n{}\n{}",
            teasers[0], teasers[1], teasers[2], teasers[3]
        );
        let doc = format!("{para}\n{para}\n{para}\n{para}\n{para}\nMehr zum Thema\n{kicked}\n\nImpressum\n");
        let out = cleaner.clean(&doc).to_string();
        for t in teasers.iter().chain(&["WIRTSCHAFT", "VERKEHR"]) {
            assert!(!out.contains(t), "{out}");
        }
        // Sections of the article: the second heading has two paragraphs under it.
        let doc = format!("{para}\n{para}\n{para}\n{para}\nMehr zum Thema\n{list}\n{para}\n");
        let cleaned = cleaner.clean(&doc);
        assert!(
            cleaned.removed().all(|r| r.reason.rule() != Rule::RelatedLinks),
            "{cleaned:?}"
        );
        assert!(cleaned.to_string().contains(teasers[1]), "{cleaned:?}");
    }

    /// Pitches to sign up for the site's mail in four languages; an interface's subscription
    /// and a sign-up with no mail offered are none.
    #[test]
    fn signup_pitches() {
        for l in [
            "Sign up today and receive exclusive offers, new product news and special access to local events.",
            "Get the latest deals, news, & more from REI Co-op!",
            "Subscribe to stay up to date with our latest news, resources and best practices.",
            "Melden Sie sich an und erhalten Sie unsere Angebote und Neuigkeiten per E-Mail.",
            "Abonnez-vous pour recevoir nos conseils et nos offres chaque semaine.",
            "Suscríbete y recibe nuestras ofertas y novedades en tu correo.",
        ] {
            assert!(is_signup_pitch(l.as_bytes()), "{l:?} is a sign-up pitch");
        }
        for l in [
            "Subscribe to the topic to receive updates from the broker.",
            "Sign up for the course before the end of March.",
            "Subscribers get the latest issue first.",
        ] {
            assert!(!is_signup_pitch(l.as_bytes()), "{l:?} is no sign-up pitch");
        }
        let cleaner = crate::Cleaner::new();
        let pitch = "Sign up today and receive exclusive offers, new product news and special access to local events.";
        let para =
            "The river rose two metres overnight and the old bridge was closed to traffic for most of the morning.";
        let doc = format!("{para}\n{para}\n{para}\n{pitch}\n{para}\n");
        let cleaned = cleaner.clean(&doc);
        assert!(
            cleaned
                .removed()
                .any(|r| r.reason.rule() == Rule::CallToAction && doc[r.start..r.end].contains("exclusive offers")),
            "{cleaned:?}"
        );
    }

    /// A German call to action said as one sentence with its full stop; statements that open
    /// with "Jetzt" are none.
    #[test]
    fn jetzt_sentences() {
        assert!(is_jetzt_sentence(
            "Jetzt bestellen und mit PayPal, Klarna oder Kreditkarte bezahlen.".as_bytes()
        ));
        assert!(is_jetzt_sentence(
            "Jetzt den Newsletter abonnieren und keine Termine verpassen.".as_bytes()
        ));
        for l in [
            "Jetzt soll das Bad im Herbst saniert werden.",
            "Jetzt erst mal: täglich Wasser wechseln.",
            "Jetzt bestellen. Lieferung morgen.",
            "Jetzt bestellen und bezahlen",
        ] {
            assert!(!is_jetzt_sentence(l.as_bytes()), "{l:?}");
        }
    }

    /// A call to action glued into a kept line goes, up to the next glue or its sentence's
    /// end, and so does a pitch for the site's mail; a glued sentence of the article that
    /// opens with "Jetzt" stays.
    #[test]
    fn calls_to_action_glued_into_prose() {
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        for (line, call) in [
            (
                "Die Äpfel karamellisieren im Ofen.Jetzt Küchenzeit+ testen: 30 Tage gratisDazu passt ein Dip aus Senf und Honig.",
                "Jetzt Küchenzeit+ testen: 30 Tage gratis",
            ),
            (
                "Die Entschädigung gilt ab dem ersten Tag.Jetzt Prämie berechnen und Velo mitversichernDie Höhe richtet sich nach dem Neuwert.",
                "Jetzt Prämie berechnen und Velo mitversichern",
            ),
            (
                "Die Anmeldung ist bis Freitag möglich.Jetzt Ihren Anlass kostenlos erfassen!Die Teilnahme kostet zehn Franken pro Kind.",
                "Jetzt Ihren Anlass kostenlos erfassen!",
            ),
            // A pitch for the site's mail, after a quote's closing mark.
            (
                "\"I just want one winter without sandbags.\"Sign up to the Evening Post's free morning briefing for the top stories from across the coast.Opposition councillors said they supported the scheme.",
                "Sign up to the Evening Post's free morning briefing for the top stories from across the coast.",
            ),
        ] {
            let doc = format!("{para}\n{para}\n{line}\n{para}\n{para}\n");
            let out = cleaner.clean(&doc).to_string();
            assert!(!out.contains(call), "{out}");
            let (before, after) = line.split_once(call).unwrap();
            assert!(out.contains(before) && out.contains(after), "{out}");
        }
        let story = "Der Rat hat lange gestritten.Jetzt soll das Bad im Herbst saniert werden.";
        let doc = format!("{para}\n{para}\n{story}\n{para}\n{para}\n");
        assert!(cleaner.clean(&doc).to_string().contains(story));
    }

    /// Questions under a related-links head are linked questions' titles, though their end
    /// mark makes them read as prose; a question with its answer under it is the page's own.
    #[test]
    fn linked_questions_under_a_related_links_head() {
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        let questions = [
            "Wie versteuere ich eine Erbschaft aus dem Kanton Solothurn?",
            "Kann ich Weiterbildungskosten abziehen, wenn der Arbeitgeber einen Teil zahlt?",
            "Säule 3a: Lohnt sich ein zweites Konto?",
        ];
        let doc = format!(
            "{para}\n{para}\n{para}\n{para}\n{para}\nÄhnliche Fragen\n{}\n",
            questions.join("\n")
        );
        let out = cleaner.clean(&doc).to_string();
        for q in questions {
            assert!(!out.contains(q), "{out}");
        }
        let answer = "Ja, den Teil, den Sie selbst tragen, können Sie als Werbungskosten angeben.";
        let doc = format!(
            "{para}\n{para}\n{para}\n{para}\nÄhnliche Fragen\n{}\n{answer}\n{para}\n",
            questions[1]
        );
        let out = cleaner.clean(&doc).to_string();
        assert!(out.contains(questions[1]) && out.contains(answer), "{out}");
        // One question, no second sentence; a decimal's dot is no sentence end.
        let q = |t: &str| {
            let mut lines = split_lines(t.as_bytes(), true).0;
            lines[0].class = Class::Content;
            is_question_title(t.as_bytes(), &lines[0])
        };
        assert!(q("Lohnt sich Version 3.5 noch?"));
        assert!(!q("Das ist teuer. Lohnt es sich trotzdem?"));
        assert!(!q("Warum nicht?"));
    }

    /// Under an author's label alone on its line, the author's bio goes even with prose
    /// after it, and so does a line where the author writes for the site; a book's author
    /// under the same label stays.
    #[test]
    fn bios_under_an_author_label() {
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        let promo =
            "Dieser Text ist Teil unseres Plus-Angebots. Sie lesen ihn kostenlos, weil ihn Ihnen jemand geschenkt hat.";
        for bio in [
            "Anna Berger ist Korrespondentin im Hauptstadtbüro und berichtet seit 2019 über Gesundheits- und Sozialpolitik.",
            "Lea Sommerfeld schreibt bei LUMEN über Psychologie, Beziehungen und die kleinen Fragen des Alltags.",
            "Tom Reed writes about food and farming for the weekend edition and lives in Leeds.",
        ] {
            for head in ["Über die Autorin", "About the author:"] {
                let doc = format!("{para}\n{para}\n{para}\n{head}\n{bio}\n{promo}\n");
                let out = cleaner.clean(&doc).to_string();
                assert!(!out.contains(bio), "{bio:?} kept in {out}");
                assert_eq!(out.matches(para).count(), 3, "{out}");
            }
        }
        let book =
            "Johanna Pfeiffer, geboren 1979 in Bremen, studierte Niederlandistik in Münster und lebt heute in Hamburg.";
        let doc = format!("{para}\n{para}\n{para}\nÜber die Autorin\n{book}\n{para}\n");
        assert!(cleaner.clean(&doc).to_string().contains(book), "{doc}");
        assert!(writes_for_site("Lea Sommerfeld schreibt bei LUMEN".as_bytes()));
        assert!(!writes_for_site("Die Autorin schreibt über ihre Kindheit".as_bytes()));
    }

    /// The rules that read the page's cuts see the late patterns' too: a late pattern's line
    /// under a related-links head is no linked story's title, so the paragraphs around it
    /// are no teasers.
    #[test]
    fn late_cuts_come_before_the_related_links() {
        let para = "The river rose two metres overnight and the old bridge was closed to traffic.";
        let doc = format!(
            "Mehr zum Thema\n28 Veranstaltungen gefunden\n{para}\nAlle 64 Bewertungen anzeigen\nAdvertisement\n{para}\n"
        );
        for mode in [crate::Mode::Recall, crate::Mode::Balanced, crate::Mode::Precision] {
            let cleaner = crate::Cleaner::builder().mode(mode).build().unwrap();
            let out = cleaner.clean(&doc).to_string();
            assert_eq!(out.matches(para).count(), 2, "{mode:?}: {out}");
            assert!(!out.contains("Bewertungen"), "{mode:?}: {out}");
        }
    }

    /// A head that points at one story has that story's title under it, even right above a
    /// paragraph, in each language; other heads keep a heading above a paragraph (their
    /// links may be gone, and the heading is the article's).
    #[test]
    fn the_title_under_an_inline_teaser_head() {
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        for (head, title, cut) in [
            (
                "Lesen Sie auch",
                "Tarifstreit im Nahverkehr: Was Fahrgäste jetzt wissen müssen",
                true,
            ),
            (
                "Lesen Sie dazu:",
                "Warum die Mieten in Kleinstädten schneller steigen",
                true,
            ),
            (
                "À lire aussi",
                "Les loyers augmentent plus vite dans les petites villes",
                true,
            ),
            (
                "Te puede interesar",
                "Por qué suben los alquileres en las ciudades pequeñas",
                true,
            ),
            ("Also read:", "Why rents are rising faster in small towns", true),
            ("Mehr zum Thema", "Wie es nach dem Streik weitergeht", false),
            ("Recently viewed", "How the council plans to spend the budget", false),
        ] {
            let doc = format!("{para}\n{para}\n{head}\n{title}\n{para}\n{para}\n");
            let out = cleaner.clean(&doc).to_string();
            assert_eq!(!out.contains(title), cut, "{head:?} / {title:?}: {out}");
            assert_eq!(out.matches(para).count(), 4, "{out}");
        }
    }

    /// Under a related-links head, one-sentence teasers that open with a kicker ("Thema:
    /// Satz.") go, in each language; a list of questions and answers under such a head keeps
    /// its lines (its kickers repeat), and so does a paragraph of several sentences.
    #[test]
    fn kicker_teasers_under_a_related_links_head() {
        let cleaner = crate::Cleaner::new();
        let para = DE_PARA;
        for (head, teasers) in [
            (
                "Mehr zum Thema",
                [
                    "Krankenhausreform: Die Kliniken im ländlichen Raum fürchten um ihre Notaufnahmen, obwohl der Bund Hilfen zugesagt hat.",
                    "Pflegeversicherung: Warum die Beiträge zum Jahreswechsel erneut steigen könnten und was das für Rentner bedeutet.",
                    "Kommentar: Die Länder haben recht – aber sie spielen ein riskantes Spiel",
                ],
            ),
            (
                "More on this story",
                [
                    "Housing: Why first-time buyers in the north are waiting longer than ever for a mortgage offer.",
                    "Analysis: The council's new parking rules could cost small shops more than they save.",
                    "Weather: Storm warning for the coast as gusts of up to 90 mph are expected tonight.",
                ],
            ),
            (
                "À lire aussi",
                [
                    "Logement : les loyers ont encore augmenté de 4 % dans les grandes villes, selon une étude.",
                    "Transports : la ligne de tramway prolongée jusqu'à l'hôpital dès la rentrée de septembre.",
                    "Éducation : les enseignants dénoncent des classes toujours trop chargées en maternelle.",
                ],
            ),
            (
                "Te puede interesar",
                [
                    "Vivienda: el precio del alquiler sube un 9 % en las capitales de provincia durante el último año.",
                    "Sanidad: los centros de salud amplían su horario de tarde a partir del próximo lunes.",
                    "Opinión: la ciudad necesita más árboles y menos asfalto en sus plazas",
                ],
            ),
        ] {
            let list = teasers.join("\n");
            let doc = format!("{para}\n{para}\n{para}\n{head}\n{list}\n\nImpressum\n");
            let out = cleaner.clean(&doc).to_string();
            for t in teasers {
                assert!(!out.contains(t), "{t:?} kept in {out}");
            }
            assert_eq!(out.matches(para).count(), 3, "{out}");
        }
        // A third title in a kicker's form is the list's even right above a paragraph.
        let list = [
            "Maschinenbau: Warum die Auftragsflaute länger anhält als erwartet und welche Sparten leiden.",
            "Kommentar: Der Mittelstand braucht eine Standortpolitik, keine Gipfel",
            "Familienunternehmen: Der Generationswechsel wird zur Überlebensfrage",
        ];
        let promo = "Sie haben den Artikel kostenlos gelesen. Für unabhängigen Journalismus braucht es zahlende Leserinnen und Leser.";
        let doc = format!(
            "{para}\n{para}\n{para}\nMehr zum Thema:\n{}\n{promo}\n",
            list.join("\n")
        );
        let out = cleaner.clean(&doc).to_string();
        for t in list {
            assert!(!out.contains(t), "{t:?} kept in {out}");
        }
        // Questions and answers: the same kickers again and again.
        let faq = [
            "Frage: Kann man die Arbeitshöhe der Hobelbank später noch anpassen?",
            "Antwort: Ja, mit dem Erhöhungsset lässt sich die Höhe um 60 mm anheben.",
            "Frage: Ist die Platte auch für Linkshänder geeignet?",
            "Antwort: Auf Wunsch liefern wir die Bank mit gespiegelter Zange.",
        ];
        let doc = format!("{para}\n{para}\n{para}\nLesen Sie auch\n{}\n\n{para}\n", faq.join("\n"));
        let out = cleaner.clean(&doc).to_string();
        for t in faq {
            assert!(out.contains(t), "{t:?} cut from {out}");
        }
        // A paragraph of several sentences after a kicker is the article's.
        let longer = "Fazit: Die Reform kommt spät. Für viele Kliniken auf dem Land ist sie dennoch die letzte Chance, ihre Notaufnahmen zu halten.";
        let doc = format!("{para}\n{para}\n{para}\nMehr zum Thema\n{longer}\n{para}\n");
        assert!(cleaner.clean(&doc).to_string().contains(longer), "{doc}");
    }

    #[test]
    fn lines_that_open_with_a_sentence() {
        for (line, want) in [
            ("A fast-heating espresso machine with adjustable milk texturing and precise temperature control. Pros: compact size", true),
            ("Der Verein hat im vergangenen Jahr mehr als dreihundert neue Mitglieder aufgenommen. Mehr dazu", true),
            // The sentence is the whole line, or too short, or there is none.
            ("A fast-heating espresso machine with adjustable milk texturing and precise temperature control.", false),
            ("Sign up today. Get the best deals on espresso machines, grinders and more delivered weekly", false),
            ("Home Products Espresso Machines Grinders Accessories Sale Outlet Contact About Careers", false),
        ] {
            let l = line.as_bytes();
            assert_eq!(opens_with_sentence(l, count_words(l)), want, "{line}");
        }
    }

    /// A copyright sign and a name, alone or after a caption's sentence, make a credit; a year
    /// leaves it to `is_copyright`, and a sign inside a sentence or before a long text is none.
    #[test]
    fn sign_credits() {
        for (line, at) in [
            ("© Sophie Lenoir pour Lignes de Fuite", Some(0)),
            ("Lecture à Granville, en juin. © Sophie Lenoir", Some(31)),
            ("Lecture à Granville, en juin.© Sophie Lenoir", Some(30)),
            ("Vecinos en la plaza Mayor. ©Diario del Valle", Some(27)),
            ("© 2024 Mairie de Granville", None),
            ("Le logo © Mairie reste affiché.", None),
            ("Lecture à Granville. © mairie", None),
            (
                "Lecture à Granville. © Sophie Lenoir, qui photographie depuis trente ans les fêtes de la région",
                None,
            ),
        ] {
            assert_eq!(sign_credit(line.as_bytes()), at, "{line:?}");
        }
    }

    /// A credit in brackets that closes a caption goes with its brackets; one that more text
    /// follows, or a long parenthesis, stays.
    #[test]
    fn bracketed_trailing_credits() {
        let cleaner = crate::Cleaner::new();
        let caption = "Cyclists ride along the harbour road on Tuesday afternoon.";
        for (credit, cut) in [
            ("(Photo by Dana Whitfield / Coastal Herald)", true),
            ("(Photo by Dana Whitfield) and more riders joined later.", false),
            (
                "(Photo by the author, taken last year at the fair in the old town square)",
                false,
            ),
        ] {
            let doc = format!("{DE_PARA}\n{caption} {credit}\n{DE_PARA}\n{DE_PARA}\n");
            let out = cleaner.clean(&doc).to_string();
            assert!(out.contains(caption), "{out}");
            assert_eq!(!out.contains(credit), cut, "{out}");
        }
    }

    /// A number and a unit, alone in an item, is a measure; a count of things, a number
    /// among words, a model name and a bare number are not.
    #[test]
    fn measures() {
        use Measure::{Duration, Size};
        for (item, m) in [
            ("340 m²", Some(Size)),
            (" 38 900 km ", Some(Size)),
            ("38.900 km", Some(Size)),
            ("5,4 kg", Some(Size)),
            ("118ml", Some(Size)),
            ("650 sq ft", Some(Size)),
            ("20\u{a0}°C", Some(Size)),
            ("30 Min.", Some(Duration)),
            ("20 min", Some(Duration)),
            ("2 Std.", Some(Duration)),
            ("5 Kommentare", None),
            ("3 Zimmer", None),
            ("9 min read", None),
            ("Lesezeit 3 Min.", None),
            ("A4 kg", None),
            ("2021", None),
            ("38 90 km", None),
            ("km", None),
        ] {
            assert_eq!(measure_of(item.as_bytes()), m, "{item:?}");
        }
        check_lines(
            is_data_row,
            &[
                ("Chemnitz-Furth · 340 m² · Laube in Massivbauweise", true),
                ("2021 · 38 900 km · essence · manuelle", true),
                ("30 Min. · einfach · vegetarisch", true),
                ("30 Min. · einfach", false),
                ("Plat · Moyen · 30 min · 45 min", true),
                ("Ratgeber · 9 min · Garten", false),
                ("Von Anna Berg · 12.03.2025 · 5 Min.", false),
                ("Buying Guides · 9 min", false),
                ("News · Sport · Kultur", false),
                ("Kommentare (5) | Trackbacks (1)", false),
                ("Vollzeit (21) · Teilzeit (14) · Minijob (2)", false),
                ("14,2 km · 4,5 Std. · mittel", true),
            ],
        );
    }

    /// An author after "by" and the like, a separator and a date with its year head a post;
    /// a title before a date, or an author with no date, do not.
    #[test]
    fn signed_stamps() {
        check_lines(
            is_signed_stamp,
            &[
                ("par jardinier_du_52 » mar. 15 juil. 2025 21:47", true),
                ("by gardener_joe » Tue Jul 15, 2025 9:47 pm", true),
                ("von Anna Berg · 12.03.2025", true),
                ("por huertano » Mar 15 Jul 2025 21:47", true),
                ("par potager_bio_35 » mer. 16 juil. 2025 09:30", true),
                ("Jazzabend im Hirsch · 14.03.2025", false),
                ("by gardener_joe » Reply", false),
                ("By the end of the week · March 3, 2025", false),
                ("von Anna Berg · 12.03.", false),
                // After a stamp's word, or with a comma before the date.
                ("Publicado por Marisa Valencia · 21 de junio de 2024", true),
                ("Par la rédaction sportive, le 18 mai 2024 à 19h05", true),
                ("Veröffentlicht von Anna Berg, 12.03.2025", true),
                ("Por fin, el viernes llegó la lluvia", false),
                // A reply's header, a date in digits with slashes, "am" before the date.
                ("Respuesta de viajera_inquieta, 22/10/2024", true),
                ("Antwort von Kalle » 12.03.2025 14:07", true),
                ("Réponse de jardinier_52, 2024-10-22", true),
                ("Erstellt von Lisa_HH am 03.02.2024 um 10:15 Uhr", true),
                ("Respuesta de la Comisión: no habrá cambios en 2025", false),
                ("Antwort von Kalle » danke", false),
                ("By the river, a new bridge opened", false),
            ],
        );
    }

    /// Facets with their counts make a row of a search's filters; a count in a sentence, or
    /// a name that is a number, does not.
    #[test]
    fn facet_rows() {
        check_line_rule(
            is_facet_row,
            &[
                ("Benzin (41) Diesel (38) Hybrid (8)", true),
                ("Balkon/Terrasse (64) Einbauküche (71)", true),
                ("Gasolina (48) Diésel (11) GLP (5)", true),
                ("Kommentare (5)", false),
                ("Der Verein (gegründet 1921) hat 300 Mitglieder (Stand 2024)", false),
                ("Bayern (41) gegen Dortmund (38) endete torlos", false),
                ("2024 (12) 2023 (8)", false),
                ("awk(1), cmp(1), diff(1)", false),
                ("GREP(1) User Commands GREP(1)", false),
            ],
        );
    }

    /// A post's age beside its counts is its meta row; an age beside words is not.
    #[test]
    fn ages_and_counts() {
        check_lines(
            is_age_and_counts,
            &[
                ("vor 5 Stunden · 2 Kommentare", true),
                ("Vor 1 Woche · 38 Bewerbungen", true),
                ("3 days ago | 1,204 views | 12 replies", true),
                ("vor 5 Stunden · Politik", false),
                ("2 Kommentare · 38 Bewerbungen", false),
                ("vor 2 Tagen · vor 3 Tagen · 4 Antworten", false),
            ],
        );
    }

    /// A quotation mark after a blank opens a quote; after a letter it is an elision.
    #[test]
    fn quotes_before_a_phrase() {
        for (line, phrase, quoted) in [
            ("Ein Satz wie „Wir verwenden Cookies“ reicht nicht.", "Wir", true),
            ("A banner that says \"We use cookies\" tells nothing.", "We", true),
            ("Il refuse d'accepter les cookies.", "accepter", false),
            ("Il refuse 'accepter' comme mot.", "accepter", true),
            ("Wir verwenden Cookies.", "Wir", false),
        ] {
            let a = line.find(phrase).unwrap();
            assert_eq!(opens_quote_before(line.as_bytes(), a), quoted, "{line:?}");
        }
    }

    /// A range of days is an event's dates, not a stamp; a date and a time after a dash are.
    #[test]
    fn day_ranges() {
        check_lines(
            is_day_range,
            &[
                ("Friday 16 – Sunday 18 May 2025", true),
                ("16.–18. Mai 2025", true),
                ("May 16–18, 2025", true),
                ("du 16 – 18 mai 2025", true),
                ("12.03.2025 – 14:07", false),
                ("12. März 2025 – 14.07 Uhr", false),
                ("March 3, 2025 — 10:42 am", false),
                ("2019–2024", false),
                ("2–4 minutes", false),
                ("2–3\u{a0}minutes", false),
                ("Lesezeit: 3–5 Min.", false),
            ],
        );
        assert!(!is_dateline("Friday 16 – Sunday 18 May 2025".as_bytes()));
        assert!(is_dateline("12.03.2025 – 14:07".as_bytes()));
        // A version's number heads a changelog's entry; a date in digits is no version.
        assert!(!is_dateline("5.0.2 — March 3, 2025".as_bytes()));
        assert!(!is_dateline("Version 2.14.1 – 12. März 2025".as_bytes()));
        assert!(is_dateline("3.3.2025, 10:42 Uhr".as_bytes()));
    }

    /// What follows a byline's word: names, a newsroom or a team (after an article or a
    /// possessive), or a sentence.
    #[test]
    fn bylines_go_on() {
        for (rest, byline) in [
            ("Jane Roe", true),
            ("dpa", true),
            ("la rédaction sportive", true),
            ("l'équipe Support Carnetik", true),
            ("el equipo de La Lechuza", true),
            ("unserer Redaktion", true),
            ("unserem Korrespondenten Max Muster", true),
            ("der Opposition kam prompt", false),
            // A capital article before a capital word names a paper.
            ("Le Figaro avec AFP", true),
            ("der Topfgucker-Redaktion", true),
            ("der Sportredaktion", true),
            ("The Associated Press", true),
            ("the end of the week, prices rose", false),
            ("Hamburg nach Sylt in zweieinhalb Stunden", false),
        ] {
            let line = format!("Von {rest}");
            assert_eq!(byline_goes_on(line.as_bytes(), 3), byline, "{line:?}");
        }
    }

    #[test]
    fn arrow_links() {
        check_lines(
            is_arrow_link,
            &[
                ("← Installation", true),
                ("Nächster Beitrag: Kartoffeln vorkeimen →", true),
                ("Next →  ", true),
                ("→ Schritt 2: Den Filter reinigen.", false),
                ("Preise steigen → Nachfrage sinkt.", false),
            ],
        );
    }

    #[test]
    fn durations_at_the_end() {
        for (line, want) in [
            ("Hören Sie diesen Artikel: 4 Min.", true),
            ("Lecture : 3 min.", true),
            ("Listen to this story: 12 mins.", true),
            ("Das Konzert dauert 90 Min. und beginnt um acht.", false),
            ("Der Bus kam nach 4 Minuten.", false),
            ("Wir warten seit Min.", false),
            ("Tiempo de lectura: 4min.", false),
        ] {
            assert_eq!(ends_with_duration(line.as_bytes()), want, "{line:?}");
        }
    }

    /// Agencies' and editors' codes alone on a line make a credit; a word that is no code,
    /// or codes without an agency, do not.
    #[test]
    fn agency_credits() {
        for (line, credit) in [
            ("dpa/lby/ak", true),
            ("(APA/red)", true),
            ("AFP/dpa/jk", true),
            ("dpa, AFP, Reuters", true),
            ("(dpa)", true),
            ("dpa", false),
            ("ak/red", false),
            ("dpa/lby/Redaktion", false),
            ("AP Photo/Evan Vucci", false),
            ("Sa/So 10-18", false),
            ("Join APA", false),
            ("Work At APA", false),
            ("Reuters Best", false),
            ("Reuters/Work", false),
        ] {
            assert_eq!(is_agency_credit(line.as_bytes()), credit, "{line:?}");
        }
    }

    /// A short weekday makes a calendar's day, unless the time is to the odd minute, as a
    /// machine stamps a story.
    #[test]
    fn short_weekdays_and_odd_minutes() {
        for (line, stamp) in [
            ("Sa., 16.11.2024 · 17:38 Uhr", true),
            ("Mo., 3.2.2025 | 08:17 Uhr", true),
            ("sam. 16 nov. 2024 17:38", true),
            ("Sa, 16.11.2024, 19:30 Uhr", false),
            ("sáb. 16 nov. 2024 20:15", false),
        ] {
            assert_eq!(is_dateline(line.as_bytes()), stamp, "{line:?}");
        }
        assert!(has_odd_minutes(b"um 17:38 Uhr"));
        assert!(!has_odd_minutes(b"um 17:35 Uhr, 7:3 und 123:456"));
    }

    /// Stamps side by side between bars or dots, each with its year, make a row; opening
    /// hours, a lone stamp and text beside a stamp do not.
    #[test]
    fn dateline_rows() {
        for (line, row) in [
            (
                "Published March 19, 2025 at 10:12 p.m. | Updated March 20, 2025 at 8:05 a.m.",
                true,
            ),
            (
                "Veröffentlicht: 12.03.2024, 10:15 Uhr · Aktualisiert: 13.03.2024, 08:00 Uhr",
                true,
            ),
            (
                "Publié le 3 avril 2025 à 18h02 | Mis à jour le 3 avril 2025 à 19h40",
                true,
            ),
            (
                "Publicado el 4 de mayo de 2024 | Actualizado el 5 de mayo de 2024",
                true,
            ),
            ("Published March 19, 2025 at 10:12 p.m.", false),
            ("Lunes 10:00 | Martes 10:00", false),
            ("Published March 19, 2025 | Updated March 20, 2025 | 2025 | 2025", false),
            ("Published March 19, 2025 | Read the full report", false),
            ("Updated May 2, 2025 · By Carmen Ruiz", true),
            // A newsroom's desk in place of an author.
            ("Redacción CD Vallejera | 24/07/2024", true),
            ("Rédaction Le Petit Courrier · 12 mars 2024", true),
            ("Redaktion | 24.07.2024", false),
            ("Published 7:42am, Thursday 9 May 2024 | Updated 11:15am", true),
            ("Lunes 10:00 | Updated 11:15am", false),
            (
                "Par la rédaction de Marmite & Cie · Mis à jour le 6 décembre 2024",
                true,
            ),
            ("By Carmen Ruiz · By Jane Roe", false),
            ("Updated May 2, 2025 · By the end of the year, prices rose.", false),
            // An update's stamp after a comma; a relative stamp beside a byline.
            ("Le 6 avril 2024 à 18h12, modifié le 7 avril 2024 à 09h40", true),
            ("Aktualisiert vor 2 Monaten · Verfasst von Support-Team Kassenfix", true),
            ("Le 6 avril 2024, la mairie a voté le budget", false),
            // ... or after a full stop.
            ("18/08/2023 - 13:27 h. Actualizado: 18/08/2023 - 19:05 h.", true),
            (
                "Veröffentlicht am 12.03.2025. Aktualisiert am 13.03.2025, 08:10 Uhr",
                true,
            ),
            ("Published March 19, 2025. Read the full report", false),
            ("Am 6. April 2024. Aktualisiert wurde die Liste nie.", false),
            ("Publicado por el equipo de La Lechuza · 21 de junio de 2024", true),
            // A name alone signs a stamp to the odd minute; after a schedule's time it may
            // be a venue.
            ("13.06.2024 09:27 Uhr · Lennart Voss", true),
            ("March 12, 2024 4:53 pm | Jane Roe", true),
            ("16.11.2024 19:30 Uhr · Stadthalle Kempten", false),
            ("13.06.2024 09:27 Uhr · Stadthalle am Alten Markt", false),
            // A news agency's credit beside the stamp; a place is none.
            ("10.03.2019, 17:48 Uhr | dpa", true),
            ("10. März 2019, 17:48 Uhr | Quelle: APA", true),
            ("Updated 5:48 PM EST, March 10, 2019 | AP", true),
            ("12.03.2024, 09:14 Uhr · dpa/lby", true),
            ("10.03.2019, 17:48 Uhr | Berlin", false),
            ("dpa | AFP", false),
        ] {
            assert_eq!(is_dateline_row(line.as_bytes()), row, "{line:?}");
        }
    }

    #[test]
    fn numeric_dates() {
        for (num, date) in [
            ("12.03.2019", true),
            ("1.3.24", true),
            ("22/10/2024", true),
            ("10/22/2024", true),
            ("2024-10-22", true),
            ("12.03.", false),
            ("10/2024", false),
            ("22-10-2024", false),
            ("123/4/2024", false),
            ("12/03/20245", false),
            ("1.2.3.4", false),
        ] {
            assert_eq!(is_numeric_date(num), date, "{num:?}");
        }
    }

    /// A reply's thanks open with the word; thanks to someone are a credit.
    #[test]
    fn thanks() {
        check_lines(
            opens_with_thanks,
            &[
                ("Danke, hat geklappt! Nitrit liegt bei 0,05 mg/l.", true),
                ("Mil gracias, ya estamos reservando.", true),
                ("Thanks! That fixed it.", true),
                ("Merci pour vos réponses, tout marche.", true),
                ("Vielen Dank für die schnellen Antworten!", true),
                ("Thanks to the rise of phone cameras, photography changed.", false),
                ("Merci à nos partenaires", false),
                ("Gracias a la lluvia, el embalse está lleno.", false),
                ("Dankeschön", false),
            ],
        );
    }

    /// A bio's label and its colon open a bio; the label alone, or in a sentence, does not.
    #[test]
    fn labelled_bios() {
        assert_eq!(BIO_LABELS.iter().map(|l| l.len()).max(), Some(BIO_LABEL_MAX_BYTES));
        check_lines(
            is_labelled_bio,
            &[
                ("Über mich: Ich bin Jana und backe seit meiner Kindheit gern.", true),
                ("About the author: Craig Hull is a freelance photographer.", true),
                ("Sobre mí: Soy Amparo, valenciana y cocinera aficionada.", true),
                ("À propos de l'auteur : Louise Martin écrit sur les jardins.", true),
                ("über uns: wir sind ein kleines Team aus Köln", true),
                (
                    "Über diesen Blog: Auf der Nanowelt schreibe ich seit 2019 über Aquarien.",
                    true,
                ),
                (
                    "About this blog: Plot 17 is written by Sam and Priya, two allotment holders.",
                    true,
                ),
                ("Über uns", false),
                ("About us: Contact", false),
                ("Über mich selbst schreibe ich nicht gern.", false),
                ("About me and my family: a short story", false),
            ],
        );
    }

    /// A site's offer of help opens with a short question about its own support; other
    /// questions, and lines that only share its words, are no such offer.
    #[test]
    fn help_prompts() {
        check_lines(
            is_help_prompt,
            &[
                (
                    "Noch Fragen? Unser Support ist Mo–Fr von 8 bis 17 Uhr für Sie da.",
                    true,
                ),
                ("Sie haben Fragen? Unser Team berät Sie gerne: +43 316 48 27 10", true),
                (
                    "Une question\u{a0}? Notre service client vous répond du lundi au vendredi.",
                    true,
                ),
                ("¿Tienes dudas? Chatea con nuestros expertos de lunes a sábado.", true),
                ("Need help? Call 1-866-290-5334", true),
                ("Questions?", true),
                ("Questions remain about the plan.", false),
                ("Need helpers for the harvest festival", false),
                (
                    "Haben Sie Fragen gestellt, die niemand im Rathaus beantworten konnte oder wollte?",
                    false,
                ),
                ("Warum haben Sie Fragen?", false),
            ],
        );
    }

    /// A formal question to the reader and an answer that speaks for the site make a pitch;
    /// a reply's informal question, a statement first, or an answer of news is none.
    #[test]
    fn reader_pitches() {
        check_lines(
            is_reader_pitch,
            &[
                (
                    "Sie sind Arbeitgeber? Schalten Sie Ihre Stellenanzeige ab 199 € für 30 Tage.",
                    true,
                ),
                (
                    "Sie organisieren einen Anlass? Melden Sie ihn über unser Formular.",
                    true,
                ),
                ("Sie möchten weiterlesen? Jetzt 4 Wochen testen.", true),
                ("Vous organisez un événement ? Proposez-le via notre formulaire.", true),
                ("Vous ne trouvez pas un titre ? Contactez-nous.", true),
                ("Du hast einen Zwei-Wege-Hahn? Wir hatten das gleiche Problem.", false),
                (
                    "Sie haben recht. Aber was ist mit dem Filter? Wir haben ihn getauscht.",
                    false,
                ),
                ("Sie fragen, warum? Die Gemeinde hat das Geld nicht.", false),
                ("Vous avez aimé ?", false),
            ],
        );
    }

    /// A post's line of data opens with when it was posted and ends with its comment count.
    #[test]
    fn post_meta_lines() {
        let meta = |l: &[u8]| is_post_meta(l, count_words_max(l, 100));
        check_lines(
            meta,
            &[
                ("Veröffentlicht am 22. April 2024 von Jana · 14 Kommentare", true),
                (
                    "Gepostet von Gerhard am 25. November 2024 in Ausstellungen · 8 Kommentare",
                    true,
                ),
                ("Publié par Camille · 3 février 2024 · 23 commentaires", true),
                ("Publicado el 9 de marzo de 2024 por Lucía · 14 comentarios", true),
                ("Posted 2 March 2025 · 14 comments", true),
                (
                    "Posted in Tool Restoration | Tagged: hand planes, rust removal | 12 Comments",
                    true,
                ),
                ("14 Kommentare", false),
                ("Veröffentlicht wurden bisher 14 Kommentare", false),
                ("Published in 2019, the report drew many comments", false),
            ],
        );
    }

    /// A post's header: a name or a handle, a separator, and a stamp to the odd minute.
    #[test]
    fn post_header_lines() {
        let header = |l: &[u8]| is_post_header(l, count_words_max(l, 100));
        check_lines(
            header,
            &[
                ("Gartenwichtel_Tulln · 12. Juli 2024, 18:22", true),
                ("Hanfstroh-Bauer · 13. Juli 2024, 08:12", true),
                ("FolioQuarto · 03/03/2026 19:53", true),
                ("longshot · 03/03/2026 19:44", true),
                ("Anne Keller » 12.03.2025 14:07", true),
                ("jardinier.52 | 15 juil. 2025 21:47", true),
                ("Ricks503 | Feb 26, 2006 04:46pm | #17", true),
                // A schedule picks its minutes: an event's venue and time.
                ("Stadthalle Winterthur · 12. Juli 2025, 19:30", false),
                ("Rosenresi · 12. Juli 2024, 19:05", false),
                // No year, no stamp.
                ("Rosenresi · 12. Juli, 18:22", false),
                // More than a name before the stamp.
                ("Treffen der Imker im Vereinsheim · 12.07.2024 18:22", false),
                ("Die Sitzung begann um 18:22 · 12.07.2024", false),
                ("Gartenwichtel_Tulln, 12. Juli 2024, 18:22", false),
            ],
        );
    }

    /// What a forum's stamp in guillemets holds: a label and a colon, a date with its year and
    /// a time; a quotation's text has no label, no year or no time.
    #[test]
    fn guillemet_stamps() {
        check_lines(
            is_guillemet_stamp,
            &[
                (" on: October 09, 2010, 09:12:37 PM ", true),
                (" Reply #12 on: March 3, 2009, 11:02:51 AM ", true),
                (" Antwort #2 am: 10. Oktober 2010, 08:40:55 ", true),
                (" Letzte Änderung: 10. Oktober 2010, 11:20:31 von Bernd_Franken ", true),
                (" Réponse #1 le : 12 mars 2011 à 21:47:05 ", true),
                (" Última modificación: 5 de mayo de 2012, 18:03:44 por Paco ", true),
                // No year, or no time.
                (" on: October 09, 09:12:37 PM ", false),
                (" Antwort #2 am: 10. Oktober 2010 ", false),
                // A quotation: no label before its colon, or a sentence for one.
                (" 12.03.2024: Treffen um 18:30 ", false),
                (" Wir sehen uns am Dienstag, dem 12. März: 2024 um 18:30 ", false),
                (" Un, deux, trois, quatre et cinq : le 12 mars 2024 à 18:30 ", false),
            ],
        );
    }

    /// A rating's label may end with its score: a figure with one decimal at most.
    #[test]
    fn scores_before_stars() {
        check_lines(
            |t| score_before(t).map(<[u8]>::to_vec),
            &[
                ("Google-Bewertungen 4,8", Some(b"Google-Bewertungen".to_vec())),
                ("Note moyenne 4.5", Some(b"Note moyenne".to_vec())),
                ("Rated 5", Some(b"Rated".to_vec())),
                ("Seit 1987", None),
                ("Bewertungen 4,85", None),
                ("4,8", None),
                ("Version 2.0.1", None),
            ],
        );
    }

    /// A ticker's row of quotes, one change signed and in percent at least.
    #[test]
    fn ticker_rows() {
        let row = |l: &[u8]| is_ticker_row(l, count_words_max(l, 100));
        check_lines(
            row,
            &[
                ("ATX 2.641,15 +0,82% | DAX 6.605,24 +0,31% | EUR/USD 1,3946", true),
                (
                    "SMI 5'612.30 −1.24% | EUR/CHF 1.1042 | USD/CHF 0.7865 | Gold 1'779.40",
                    true,
                ),
                (
                    "DAX 18.412,30 +0,42 % MDAX 26.118,05 −0,15 % Euro/Dollar 1,0871 Brent 82,14 $ Gold 2.318 $",
                    true,
                ),
                (
                    "BÖRSE: ATX 2.045,31 (+0,84 %) · DAX 6.918,40 (+0,31 %) · EUR/USD 1,2389 · Gold 1.612 $",
                    true,
                ),
                // Election results, a sentence, one quote alone.
                ("SPD 25,7 % (+5,2) · CDU 24,1 % (−8,8) · Grüne 14,8 % (+5,9)", false),
                ("Der DAX schloss bei 6.605,24 Punkten und damit 0,31 % höher.", false),
                ("DAX 6.605,24 +0,31%", false),
                ("Inflation 2,1 % | Arbeitslosigkeit 5,3 %", false),
            ],
        );
    }

    /// A manual's row of links to the previous page, up and the next.
    #[test]
    fn prev_next_rows() {
        check_lines(
            is_prev_next_row,
            &[
                (
                    "« Kapitel 3: Fotos importieren | Nach oben | Kapitel 5: EXIF-Daten bearbeiten »",
                    true,
                ),
                (
                    "« Capítulo 4: Préstamos a amigos | Subir | Capítulo 6: Copias de seguridad »",
                    true,
                ),
                ("‹ Installation | Up | Configuration ›", true),
                ("« Ici, tout le monde se connaît », dit-elle.", false),
                ("« Kapitel 3 » und « Kapitel 5 »", false),
            ],
        );
    }

    /// A row of links in square brackets.
    #[test]
    fn bracket_rows() {
        check_lines(
            is_bracket_row,
            &[
                (
                    "[Digg this] [StumbleUpon] [Add to del.icio.us] [Email] [Print this review]",
                    true,
                ),
                ("[ Home ] | [ Archive ] | [ Contact ]", true),
                ("[1] [2] [3]", false),
                ("[Home] [About]", false),
                ("[Update] The council voted [again] on [Monday]", false),
                ("[Home] and [About] and [Contact]", false),
            ],
        );
    }

    /// A list's range of results and its total opening a row of short items.
    #[test]
    fn result_range_rows() {
        let row = |l: &[u8]| is_result_range_row(l, count_words_max(l, 100));
        check_lines(
            row,
            &[
                ("Ads 1 - 12 of 148 | Sort by: Newest first | Price: low to high", true),
                ("Einträge 1–7 von 236 | Seite 1 von 34", true),
                ("Résultats 1 à 10 sur 45", true),
                ("Mostrando 1 - 10 de 30 resultados", true),
                ("Viewing 1 - 60 of 400 products", true),
                ("Products 1-30 of 37", true),
                // A sentence, a score, a span of years, more words before the numbers.
                ("Chapters 1 - 12 of the book are free to read online.", false),
                ("Bayern 2 - 1 Dortmund", false),
                ("Die Jahre 1990 – 2000 von Berlin", false),
                ("The three best results 1 - 12 of 148", false),
                (
                    "Einträge 1–7 von 236 | Die Liste wird jeden Montag neu sortiert.",
                    false,
                ),
            ],
        );
    }

    /// German thanks to a thread in the informal second person, which a site does not use.
    #[test]
    fn thanks_to_a_thread() {
        check_lines(
            thanks_a_thread,
            &[
                ("Danke euch, dann bestelle ich den Teilesatz und berichte!", true),
                ("Danke euch allen!", true),
                ("danke dir, hat geklappt", true),
                ("Danke Ihnen für Ihre Bestellung!", false),
                ("Danke eucharistisch", false),
                ("Wir danken euch", false),
            ],
        );
        check_lines(
            thanks_everyone,
            &[
                ("Thanks everyone, will report back.", true),
                ("Thank you all for the quick help!", true),
                ("Thanks allowing me to post", false),
                ("Thanks for your order", false),
            ],
        );
    }

    /// A blog archive's entry: a month or a year (or both) and a count of posts, alone.
    #[test]
    fn archive_entries() {
        let entry = |l: &[u8]| is_archive_entry(l, count_words_max(l, 100));
        check_lines(
            entry,
            &[
                ("► septembre (3)", true),
                ("▼ 2009 (45)", true),
                ("Januar 2009 (12)", true),
                ("March 2009 (4)", true),
                ("  ► marzo (7)", true),
                // Other words than a month or a year, or no count at the end.
                ("Tischler & Schreiner (9)", false),
                ("Rezepte (12)", false),
                ("März 2009", false),
                ("2009 (45) Beiträge", false),
                ("Im März 2009 (12 Grad) regnete es", false),
            ],
        );
    }

    /// A comment's header: a name, a verb of writing, the day with its year and time, a colon.
    #[test]
    fn wrote_header_lines() {
        let header = |l: &[u8]| is_wrote_header(l, count_words_max(l, 100));
        check_lines(
            header,
            &[
                ("Waldläufer62 schrieb am 17.03.2009 um 09:47 Uhr:", true),
                ("Hefe-Heidi sagte am 11.03.2009 um 22:30:", true),
                ("Jochen aus Bielefeld sagte am 12.03.2009 um 07:55:", true),
                ("Jörg M. sagte am 10. November 2024 um 21:14:", true),
                ("bonesly wrote: Sat Feb 24, 2024 5:30 pm", true),
                ("Lucie a écrit le 3 mars 2009 à 14:12 :", true),
                ("#29 · Brauereigaststätte Huber schrieb am 12.08.2008, 11:46 Uhr", true),
                ("Anke R. aus Dörpenhagen schrieb am 17.03.2011 um 08:12 Uhr:", true),
                ("marta_g escribió el 4 de mayo de 2010 a las 08:02:", true),
                ("Kornfreund said on March 2, 2011 at 10:31 pm:", true),
                (
                    "kabu wrote: 12. Sep 2024, 08:42 Created new bug report for NAT issue here",
                    false,
                ),
                // No time, no year, no colon: a report of what someone said.
                ("Der Bürgermeister sagte am 12.03.2009:", false),
                ("Waldläufer62 schrieb am Dienstag um 09:47 Uhr:", false),
                ("Anna schrieb am 17.03.2009 um 09:47 Uhr einen Brief", false),
                ("Anna schrieb am 17.03.2009 um 09:47 Uhr", true),
                ("Anna schrieb am 17.03.2009 um 09:47 Uhr, sie komme später", false),
                // More than a name before the verb.
                ("Der neue Trainer des Vereins sagte am 12.03.2009 um 10:15:", false),
                ("The minister said:", false),
            ],
        );
    }

    /// A greeting, a name and a word that points at the site make a blogger's word about
    /// themself; a thread's opening post greets and names itself too, but not the site.
    #[test]
    fn rows_of_buttons_that_act_on_a_post() {
        check_lines(
            acts_on_post,
            &[
                ("Antworten · Zitieren · Melden", true),
                ("Profil Private Nachricht senden", true),
                ("Reply Quote", true),
                ("Signaler · Citer", true),
                ("Reporter: Hans Muster", false),
                ("Zitate des Tages", false),
                ("Nach oben", false),
            ],
        );
    }

    #[test]
    fn a_print_issues_stamp() {
        assert!(ISSUE_LABELS.iter().all(|w| w.len() <= ISSUE_LABEL_MAX_BYTES));
        check_lines(
            is_issue_stamp,
            &[
                ("Ausgabe 5/2024 · Rubrik Europa", true),
                ("DIE ZEITLUPE Nr. 47/2024, 14. November 2024", true),
                ("Aus Heft 3/2024", true),
                ("Pressemitteilung Nr. 117/2024 vom 21.08.2024", true),
                ("Issue 12 / 2019", true),
                ("N° 3/2023 – printemps", true),
                ("Dieser Text erschien in Ausgabe 5/2024.", false),
                ("Euro-Einführung 2002: Als der Teuro kam (Ausgabe 1/2002)", false),
                ("Ausgabe 5/24", false),
                ("Größe 38/2040", false),
                ("Nr. 1234/2024", false),
                ("Öffnungszeiten 8/2024", false),
            ],
        );
    }

    #[test]
    fn a_timetables_row() {
        check_lines(
            is_timetable_row,
            &[
                ("06:15 – 07:05 · Lunes a sábado · Buque Benchijigua II", true),
                ("9.30–11.00 | Yoga für Einsteiger | Raum 2", true),
                ("18:00 - 19:30 | Chorprobe", true),
                ("Home | News | Kontakt", false),
                ("06:15 · Lunes a sábado · Buque Benchijigua II", false),
                ("2024 – 2025 | Saison", false),
                ("14. Oktober 2006 · 46 Bilder", false),
                ("10:00 Uhr | Gottesdienst", false),
            ],
        );
    }

    #[test]
    fn a_jobs_row_of_facts() {
        check_lines(
            is_job_terms_row,
            &[
                ("Reha-Zentrum Lindenhof · Bad Kissingen · Vollzeit", true),
                ("1100 Wien · Teilzeit, Vollzeit · ab sofort", true),
                ("Graz-Andritz · Teilzeit (20–30 Std.)", true),
                ("Leeds · Full-time · £24,000 a year", true),
                ("Lyon 3e · CDI · Temps plein", true),
                ("Sevilla · Contrato indefinido · Jornada completa", true),
                // A filter's row: terms alone, counts, a label.
                ("Vollzeit · Teilzeit · Minijob", false),
                ("Vollzeit (31) · Teilzeit (6) · Ausbildung (4)", false),
                ("Type de contrat : CDI · CDD · Intérim", false),
                // A term inside an item's name; a menu.
                ("Permanent Collection · Exhibitions · Visit us", false),
                ("Exhibitions · Permanent · Visit us", false),
                ("Home | Jobs | Kontakt", false),
                ("Vollzeit", false),
            ],
        );
    }

    #[test]
    fn an_items_options_after_their_label() {
        check_lines(
            is_option_row,
            &[
                ("Farbe: Salbei / Koralle", true),
                ("Obermaterial: Veloursleder / Textil", true),
                ("Handle: Left / Right (interchangeable)", true),
                ("Color: gris grafito / blanco perla / verde oliva", true),
                ("Coloris : lin / anthracite", true),
                ("Kategorie: Garten / Balkon", false),
                ("Sie sind hier: Startseite / Produkte", false),
                ("Supported Versions: Current (18) / 17 / 16", false),
                ("Yelp: 4.8 / 5", false),
                ("Farbe: Salbei | Koralle", true),
                ("Farbe: Salbei / Koralle | Größe", true),
                ("Talla: XS (48) · S (51) · M (54)", true),
                ("Couleur : Anthracite | Sable | Vert forêt", true),
                ("Obermaterial: Veloursleder | Textil", false),
                ("Kategorie: Alle | Vorträge | Tagungen", false),
                ("Format: Hardback (34) · Paperback (71) · Signed (9)", false),
                ("Farbe:", false),
                ("Home / Produkte / Farben", false),
            ],
        );
    }

    #[test]
    fn a_posters_profile_row() {
        check_lines(
            is_profile_row,
            &[
                ("Fuhrpark: Lanz D 2816, Deutz D 6006, Fendt GT 231", true),
                ("Mein Auto: Golf IV 1.9 TDI", true),
                ("Location: North Wales", true),
                ("Dann würde ich so vorgehen: erst messen", false),
                ("Das war's: danke euch allen", false),
                ("Re: Motor springt nicht an", true),
                ("Tel. 0421 362-3888", false),
                ("Posts: ", false),
            ],
        );
    }

    #[test]
    fn a_head_with_a_title_after_its_colon() {
        assert!(titled_after_colon(b"Siehe auch: Sensenblatt richten"));
        assert!(titled_after_colon("Lire aussi : Électricité".as_bytes()));
        assert!(!titled_after_colon(b"Lesen Sie auch:"));
        assert!(!titled_after_colon("À lire aussi :".as_bytes()));
        assert!(!titled_after_colon("Das könnte Sie auch interessieren".as_bytes()));
    }

    #[test]
    fn a_paths_last_separator() {
        let cases: [(&str, Option<&str>); 6] = [
            (
                "Docs › Administration › DatensicherungBackups",
                Some("DatensicherungBackups"),
            ),
            ("Startseite > Bürgerservice > Abfall & Umwelt", Some("Abfall & Umwelt")),
            ("Accueil » Services / Déchets", Some("Déchets")),
            ("Start → Hilfe", Some("Hilfe")),
            ("Terraform | HashiCorp Developer", None),
            ("Sort by: Newest listings", None),
        ];
        for (l, want) in cases {
            let got = last_path_separator(l.as_bytes()).map(|p| &l[p..]);
            assert_eq!(got, want, "{l:?}");
        }
    }

    /// A category archive's heading under the site's menus stays, and stays on a second pass,
    /// where it opens the text; a post's label under the post's title goes.
    #[test]
    fn category_headings_on_both_passes() {
        let cleaner = crate::Cleaner::new();
        let blurb = "Hier findest du alle Beiträge rund um Gemüse, Kräuter und Blumen auf dem Balkon, mit Pflanzplänen und Erfahrungen.";
        let post = "Tomaten im Kübel: Meine fünf liebsten Sorten\nWelche Tomaten auf dem Balkon wirklich gut tragen, habe ich in drei Sommern ausprobiert und hier aufgeschrieben.\n";
        let archive = format!("Gärtnern auf kleinstem Raum\nZum Inhalt springen\nStart\nBalkongarten\nKräuter\nÜber mich\nKontakt\nKategorie: Balkongarten\n{blurb}\n{post}");
        let once = cleaner.clean(&archive).to_string();
        assert!(once.contains("Kategorie: Balkongarten"), "{once:?}");
        assert_eq!(cleaner.clean(&once).to_string(), once);
        let labeled = format!("{post}Veröffentlicht am 3. Mai 2023\nKategorie: Balkongarten\n{blurb}\n{post}");
        let out = cleaner.clean(&labeled).to_string();
        assert!(!out.contains("Kategorie: Balkongarten"), "{out:?}");
    }

    #[test]
    fn days_headings() {
        for (l, key) in [
            ("Samstag, 17. Mai 2025", Some(20250517)),
            ("Samedi 14 juillet 2012", Some(20120714)),
            ("Mardi 3 juin 2014", Some(20140603)),
            ("Sábado 12 de abril de 2025", Some(20250412)),
            ("jueves, 8 de noviembre de 2012", Some(20121108)),
            ("Thu, January 22, 2026", Some(20260122)),
            ("Friday 3 May 2024", Some(20240503)),
            ("Mittwoch, 12. Dez. 2025", Some(20251212)),
            // A time, no weekday, no year, other words, two days.
            ("Samstag, 17. Mai 2025, 19.30 Uhr", None),
            ("17. Mai 2025", None),
            ("Samedi 14 juillet", None),
            ("Samedi 14 juillet 2012 au dimanche", None),
            ("Freitag, 16. und 17. Mai 2025", None),
        ] {
            assert_eq!(day_heading_key(l.as_bytes()), key, "{l:?}");
        }
    }

    /// A programme's days going forward in time stay; an archive's going back go.
    #[test]
    fn programmes_of_days() {
        let cleaner = crate::Cleaner::new();
        let days = [
            "Samedi 14 juillet 2012",
            "Mardi 17 juillet 2012",
            "Jeudi 19 juillet 2012",
        ];
        let event =
            "Concert en plein air sur la place du village, avec la fanfare municipale et un bal populaire ensuite.";
        for (order, kept) in [
            (days.to_vec(), true),
            (days.iter().rev().copied().collect::<Vec<_>>(), false),
        ] {
            let doc: String = order.iter().map(|d| format!("{d}\n{event}\n")).collect();
            let out = cleaner.clean(&doc).to_string();
            for d in days {
                assert_eq!(out.contains(d), kept, "{d:?}: {out:?}");
            }
            assert_eq!(cleaner.clean(&out).to_string(), out);
        }
    }

    #[test]
    fn a_category_archives_heading() {
        check_lines(
            is_category_heading,
            &[
                ("Kategorie: Balkongarten", true),
                ("Kategorie: Aufläufe & Gratins", true),
                ("Category: Day hikes", true),
                ("Catégorie : Soupes et veloutés", true),
                ("Categoría: Recetas de invierno", true),
                ("Kategorie: Wettkampf, Nachwuchs", false),
                ("Kategorie: Garten / Balkon", false),
                ("Kategorie: Musik · Eintritt: frei", false),
                ("Category: All | Music | Family", false),
                ("Kategorie:", false),
                ("Schlagwörter: Bohnen", false),
                ("Kategorien der Woche", false),
            ],
        );
    }

    #[test]
    fn links_led_or_closed_by_a_guillemet() {
        check_lines(
            is_guillemet_link,
            &[
                ("« Cleveland Way, day one: getting to Helmsley by bus", true),
                ("«\u{a0}Précédent : Les vendanges", true),
                ("The Python Standard Library »", true),
                ("  Tag 3: Von Beilngries nach Kelheim » ", true),
                // A quotation holds both marks.
                ("« Nous avons tout perdu », raconte-t-elle", false),
                ("Er nannte es « den schönsten Tag »", false),
                // A quoted paragraph's last sentence, and its first.
                ("Nous reviendrons l'an prochain. »", false),
                ("« Quelle journée !", false),
                ("«", false),
                ("Home", false),
            ],
        );
    }

    #[test]
    fn greeting_bios() {
        check_lines(
            is_greeting_bio,
            &[
                (
                    "Hallo, ich bin Miriam! Ich koche seit zehn Jahren und teile hier meine Rezepte.",
                    true,
                ),
                (
                    "Moin, ich bin Hannes! Seit 2018 gärtnere ich und schreibe hier über alles, was wächst.",
                    true,
                ),
                (
                    "Grüezi, ich heiße Urs und zeige auf diesem Blog meine Modellbahn.",
                    true,
                ),
                (
                    "Bonjour, moi c'est Jeanne ! Je partage ici les recettes de ma tribu.",
                    true,
                ),
                (
                    "¡Hola! Soy Chela, tengo 68 años. Aquí junto las recetas de mi mamá.",
                    true,
                ),
                ("Hi, I'm Dana, and here you'll find my weeknight dinners.", true),
                (
                    "Hola, me llamo Inés y en este blog cuento mis viajes por Asturias.",
                    true,
                ),
                (
                    "Hi, I'm Sam and I review laptops, tablets and anything with a battery for Bitfield.",
                    true,
                ),
                (
                    "Hallo, ich bin Frieda! Auf Maschenglück teile ich seit 2016 meine Muster.",
                    true,
                ),
                ("Hola, soy Marta y escribo sobre jardinería urbana desde 2019.", true),
                (
                    "Hallo, ich bin Tom und habe seit gestern ein Problem mit meinem Router.",
                    false,
                ),
                (
                    "Hi, I'm Alex and I wrote the script below, but it fails on Windows.",
                    false,
                ),
                (
                    "Hallo, ich bin neu hier und habe eine Frage zur Steuererklärung.",
                    false,
                ),
                ("Hi, I am here to ask about the new bus timetable.", false),
                ("Ich bin Miriam und teile hier meine Rezepte.", false),
                ("Hello World! This is the first post here.", false),
                // No greeting: a comma after the name, or a second name.
                (
                    "Ich bin Gerlinde, 58, dreifache Oma. Hier sammle ich die Rezepte meiner Enkel.",
                    true,
                ),
                (
                    "Wir sind Jana und Tim aus Magdeburg. Auf Rucksackglück teilen wir Packlisten.",
                    true,
                ),
                (
                    "Somos Nuria y Álex, dos maestros de Córdoba. Desde 2015 contamos aquí nuestras rutas.",
                    true,
                ),
                (
                    "Ich bin Ende November ausgezogen und habe hier im Forum schon einiges gelesen.",
                    false,
                ),
                ("Wir sind Mitglied im Verband und schreiben hier die Termine.", false),
            ],
        );
    }

    /// A sentence of instructions through an app's menus is no breadcrumb.
    #[test]
    fn menu_path_sentences() {
        check_lines(
            is_menu_path_sentence,
            &[
                ("Ve a Mi línea > Servicios > Roaming.", true),
                ("Go to Settings › Privacy › Location Services.", true),
                ("Inicio > Noticias > Sevilla", false),
                ("Home | News | Contact.", false),
                ("Start > Produkte > Mehr ...", false),
            ],
        );
    }

    #[test]
    fn placed_datelines() {
        for (line, dateline) in [
            ("Sevilla, 10 mar 2024 - 23:05 CET", true),
            ("Berlin, 12.03.2024, 18:42 Uhr", true),
            ("Paris, le 12 mars 2024 à 18h42", true),
            ("LONDON, March 12, 2024 6:42 PM", true),
            ("Frankfurt/Main, 12. März 2024", true),
            ("Madrid, 12 de marzo de 2024", true),
            // An agency after the place, and then a bar may part it from the date.
            ("Oberhof (dpa) | 06.01.2016, 16:12", true),
            ("Erfurt (dpa/th) – 26.03.2018 – 18:47 Uhr", true),
            ("Berlin (AFP), 12. März 2024", true),
            // A date in digits alone, the reporter's initials and the dash before the story.
            ("Hohenstetten, 11.04.2024 (kr) –", true),
            ("Madrid, 11/04/2024 (EFE) -", true),
            ("Berlin, 11.04.2024 (Wetter) –", false),
            ("Berlin, 11.04.", false),
            ("Jane Roe | July 15, 2025", false),
            ("Oberhof (12) | 06.01.2016, 16:12", false),
            // A calendar's day, a year-less date, an event's title, more than a place.
            ("Sa, 07.12.2024, 14:00 Uhr", false),
            ("Leipzig, 12. März", false),
            ("Konzert im Park, 12. März 2024", false),
            ("Madrid - 10 jul 2025 - 07:30 CEST", true),
            ("Redacción Sociedad Madrid - 10 jul 2025 - 07:30 CEST", true),
            ("Bad Homburg vor der Höhe, 12. März 2024", false),
            ("Berlin, im März 2024 wurde gewählt", false),
        ] {
            assert_eq!(is_placed_dateline(line.as_bytes()), dateline, "{line:?}");
        }
        // After the line model, a place's words may be joined by French and Spanish particles.
        for (line, before, after) in [
            ("Santiago de Compostela - 07 may 2024 - 05:30 CEST", false, true),
            ("Ciudad de México, 6 de febrero de 2025", false, true),
            ("Saint-Martin sur Ouche, le 12 mars 2024", false, true),
            ("Veranstaltungen im Ausseerland – Juli 2011", false, false),
            (
                "Agenda de la semana, 12 de marzo de 2024 hay tres conciertos",
                false,
                false,
            ),
            ("de Compostela, 07 may 2024", false, false),
        ] {
            assert_eq!(placed_dateline(line.as_bytes(), false), before, "{line:?}");
            assert_eq!(placed_dateline(line.as_bytes(), true), after, "{line:?}");
        }
        // French hours and minutes make a time.
        assert!(is_dateline(b"le 12 mars 2024 \xc3\xa0 18h42"));
        assert!(!is_dateline(b"Du lundi au vendredi de 8h30 \xc3\xa0 18h"));
        // Whole hours as well: two make opening hours.
        assert!(!is_dateline("Mardi : 14h – 18h30".as_bytes()));
        assert!(is_dateline("le 3 mars 2025 à 14h".as_bytes()));
    }

    #[test]
    fn calls_to_action() {
        check_line_rule(is_call_to_action, &[
            ("Apply now", true),
            ("Book your free consultation today!", true),
            ("Register Now →", true),
            ("Réservez dès maintenant", true),
            ("Abonnez-vous dès aujourd’hui", true),
            ("¡Suscríbete ya!", true),
            ("Descarga la app ahora", true),
            ("Jetzt Termin online vereinbaren", true),
            ("Jetzt bewerben!", true),
            ("Jetzt Karten sichern", true),
            ("Jetzt kostenlos Mitglied werden", true),
            ("Sommerreifen zum Aktionspreis – jetzt im Shop bestellen", true),
            // After a colon, and up to ten words with an exclamation mark.
            ("Vorverkauf läuft: Jetzt Tickets sichern und Rabatt nutzen!", true),
            ("Jetzt unverbindlich anfragen und bis zu 10 % Rabatt sichern!", true),
            ("Achtung: Jetzt müssen alle warten", false),
            ("Register\u{a0}now", true),
            ("Total: 2 (members: 0, guests: 2\u{a0}", false),
            ("Winter sale ends Sunday — shop now", true),
            // A statement or a question, however short.
            ("Apply now.", false),
            ("Book today?", false),
            // No word of the moment last, or none of action first.
            ("Apply for a permit", false),
            ("Prices are rising now", false),
            ("Now is the time to plant garlic", false),
            // German statements: a finite verb or a pronoun before the infinitive, a noun or
            // an adverb last, "jetzt" not first.
            ("Jetzt soll alles schneller gehen", false),
            ("Jetzt müssen die Anwohner zahlen", false),
            ("Jetzt heißt es warten", false),
            ("Jetzt beginnt das große Aufräumen", false),
            ("Jetzt geht es los", false),
            ("Bürger können jetzt Anträge online stellen", false),
            ("Die Preise steigen – jetzt umsteigen lohnt sich", false),
            ("jetzt bestellen", false),
            // Too long for a button, or for a line that ends with one.
            ("Jetzt die neue Ausgabe mit allen Beiträgen der Woche am Kiosk kaufen", false),
            (
                "Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas in allen Tarifen – jetzt vergleichen",
                false,
            ),
        ]);
    }

    #[test]
    fn a_trailing_credit_needs_its_later_parts() {
        let cleaner = crate::Cleaner::new();
        let body = "Le pont a rouvert mardi après trois mois de travaux sur les piles.";
        // "Photo ... sur" is a gallery's counter, not a bare "Photo" credit.
        let doc = format!("{body} Photo Le Courrier du Val\n");
        assert!(cleaner.clean(&doc).is_untouched(), "{doc:?}");
        let doc = format!("{body}\nPhoto 3 sur 12\n{body}\n");
        assert!(!cleaner.clean(&doc).is_untouched(), "{doc:?}");
    }

    /// A credit glued between two sentences takes its names to the next block, and only them.
    #[test]
    fn a_glued_credit_takes_its_names() {
        let cleaner = crate::Cleaner::new();
        let a = "Le cortège s'étendra cette année du pont de la Lize jusqu'au stade municipal.";
        let b = "« On n'a jamais vu ça », résume Bernard Colin, président du comité des fêtes.";
        let doc = format!("{a}Photo Le Courrier de la Vallée / J.-P. R.{b}\n");
        assert_eq!(cleaner.clean(&doc).to_string(), format!("{a} {b}\n"), "{doc:?}");
        // A © credit with its year last, and a year in the sentence before it.
        let (c, d) = (
            "The hut was used as a shepherd's shelter as late as 1931.",
            "The platform was removed in the war.",
        );
        let doc = format!("{a}\n{c}Photo © Margaret Ellery 2012{d}\n{a}\n");
        assert_eq!(
            cleaner.clean(&doc).to_string(),
            format!("{a}\n{c} {d}\n{a}\n"),
            "{doc:?}"
        );
        // A name alone, between two blocks glued on.
        let (c, d) = (
            "«Das freut uns», sagt Beat Zollinger vom Amt für Raumentwicklung.",
            "Der Steg ist 2,5 Meter breit.",
        );
        let doc = format!("{a}\n{c}Bild Sandra Keller{d}\n{a}\n");
        assert_eq!(
            cleaner.clean(&doc).to_string(),
            format!("{a}\n{c} {d}\n{a}\n"),
            "{doc:?}"
        );
        // Not names after it: a sentence that starts with the word.
        let doc = format!("{a}Photo contests draw many visitors to the town every summer.\n");
        assert!(cleaner.clean(&doc).is_untouched(), "{doc:?}");
    }

    #[test]
    fn breadcrumbs() {
        for (line, crumb) in [
            (
                "Commune de Mont-sur-Rolle-le-Haut › Vivre › Environnement › Déchets",
                true,
            ),
            ("Forums › Honda › Civic (9th Gen 2012–2015) › Engine & Drivetrain", true),
            ("Home > Libraries > Visit us > Opening hours, fees and charges", true),
            // A path through an app's menus in a sentence, two items, mixed separators, a
            // quote in guillemets, an item as long as a sentence.
            ("Ajustes > Datos móviles > Itinerancia de datos.", false),
            ("Startseite › Ratgeber", false),
            ("Home › News | Sport › Fußball", false),
            ("Er nannte es »das Ende« und ging", false),
            (
                "Home › Ratgeber › Warum sich eine Wärmepumpe im Altbau oft doch lohnen kann",
                false,
            ),
        ] {
            assert_eq!(is_breadcrumb(line.as_bytes()), crumb, "{line:?}");
        }
    }

    /// A title glued after a label's or a pitch's text starts after a word in lowercase or a
    /// long capitalised one, not inside a brand's name, and it has words enough and no end
    /// mark at its end.
    #[test]
    fn headings_glued_after_a_pitch() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Sponsored: borrow in 2 minutesFlat 4, Maltings Court, Mill Road",
                Some("Flat 4"),
            ),
            (
                "Bezahlen mit PayPal oder auf RechnungGartenschere aus Stahl, 21 cm",
                Some("Gartenschere"),
            ),
            (
                "Soutenez le projet sur Open CollectiveFichier de configuration",
                Some("Fichier"),
            ),
            (
                "Livraison offerte dès 35 € d'achatComposition du pain",
                Some("Composition"),
            ),
            // Brands' names in camel case.
            ("Subscribe to GadgetVerdict via RSS and more news", None),
            ("Get started with DigitalOcean's Linux-based virtual machines", None),
            ("Follow us for macOS and iPhone tips every week", None),
            ("Share your slides with PowerPoint Online and more people", None),
            // One word: a button. A sentence: another pitch of the same box.
            ("Folgen Sie uns auf InstagramFacebook", None),
            ("Kostenloser Versand ab 50 € BestellwertLieferzeit 2–4 Werktage.", None),
        ];
        for &(line, want) in cases {
            let l = line.as_bytes();
            let got = heading_glued_after(l, 0, l.len(), 2).map(|g| &line[g..]);
            match want {
                Some(w) => assert!(got.is_some_and(|g| g.starts_with(w)), "{line:?}: {got:?}"),
                None => assert_eq!(got, None, "{line:?}"),
            }
        }
    }

    /// Where extraction glued the next block on: a capital after a lowercase letter or an
    /// end mark, a word after a number, an agency's initials or a closing bracket; not a
    /// name's capitals after blanks, nor a bracket's word inside a sentence.
    #[test]
    fn glued_blocks_end() {
        for (line, rest) in [
            (
                "Foto: sonnenbeet (eigenes Bild)Die Pflanzen stehen",
                "Die Pflanzen stehen",
            ),
            ("Foto: dpa/Max MustermannDer Trainer sagte", "Der Trainer sagte"),
            ("a las 14:20Muchos vecinos", "Muchos vecinos"),
            ("Juan Pérez / EFEMuchos vecinos", "Muchos vecinos"),
            ("Jump to the list ↓A quick note", "A quick note"),
            ("(84 KB, 312 visitas)¡Gracias de antemano!", "¡Gracias de antemano!"),
            ("Zum Rezept ▸Die Zutaten", "Die Zutaten"),
            ("Foto: Anna Berg (Archiv) Die Pflanzen", ""),
            ("Die Firma (Sitz in Linz) beschäftigt 40 Leute", ""),
        ] {
            let end = next_glue(line.as_bytes(), 0, line.len());
            assert_eq!(&line[end..], rest, "{line:?}");
        }
    }

    /// A path's angle brackets point one way; a mathematical pair closes what it opened.
    #[test]
    fn angle_bracket_paths() {
        assert!(is_path_row(
            "Forum ⟩ Heizung ⟩ Heizkörper & Thermostate".as_bytes(),
            false
        ));
        assert!(!is_path_row("intro ⟨h1, h2⟩ elim".as_bytes(), false));
    }

    #[test]
    fn star_histograms() {
        for (line, row) in [
            (
                "5 Sterne: 52 · 4 Sterne: 21 · 3 Sterne: 9 · 2 Sterne: 3 · 1 Stern: 2",
                true,
            ),
            ("5 stars (52) 4 stars (21) 3 stars (9)", true),
            ("5 étoiles 68 % 4 étoiles 20 %", true),
            ("5 estrellas 40 4 estrellas 12", true),
            // A sentence with stars in it, one count, a score.
            ("Das Hotel hat 4 Sterne und 120 Zimmer", false),
            ("5 stars 120", false),
            ("4,5 Sterne 4,0 Sterne", false),
        ] {
            let words = crate::words(line).count() as u32;
            assert_eq!(is_star_histogram(line.as_bytes(), words), row, "{line:?}");
        }
    }

    #[test]
    fn replies_that_close_with_thanks() {
        for (line, reply) in [
            ("Hat geklappt! Der Teig ist schön aufgegangen. Danke euch!", true),
            (
                "Kurzes Update: Die Pumpe ist getauscht, das Brummen ist weg. Danke euch allen für die Tipps!",
                true,
            ),
            ("¡Conseguí plaza para el martes! A las 9:15. Mil gracias", true),
            ("Problème réglé en changeant le joint. Merci à tous !", true),
            ("Solved it by reinstalling the driver. Thanks everyone!", true),
            // A site's thanks to its reader, a reply that speaks to the reader, thanks first.
            ("Ihre Bestellung ist eingegangen. Vielen Dank für Ihren Einkauf!", false),
            ("Your message has been sent. Thank you!", false),
            ("La inscripción se ha completado. Gracias por su confianza.", false),
            ("Wir melden uns in Kürze. Danke!", false),
            ("Danke, hat geklappt!", false),
            ("Der Teig ist schön aufgegangen und hat gut geschmeckt.", false),
        ] {
            assert_eq!(closes_with_thanks(line.as_bytes()), reply, "{line:?}");
        }
    }

    #[test]
    fn glued_rows_and_names() {
        for (row, is_row) in [
            ("Merken · Teilen · Drucken", true),
            ("Neu · vor 3 Stunden", true),
            ("Avis vérifié · acheté le 12/11/2024", true),
            // A product's data, a price, a sentence, items too long for links, one item.
            ("Gewicht: 590 g · Länge: 30 cm · Farbe: Natur", false),
            ("Merken · ab 19,90 €", false),
            ("Merken · Teilen · Drucken.", false),
            ("Die Kinder bauen ein Floß aus alten Brettern · Teilen", false),
            ("Merken und Teilen", false),
        ] {
            assert_eq!(is_glued_row(row.as_bytes()), is_row, "{row:?}");
        }
        for (line, at, camel) in [
            ("FreeSync Premium", "Sync", true),
            ("WordPress", "Press", true),
            ("eBay", "Bay", true),
            ("Kreisklinik gGmbH", "GmbH", true),
            ("Plásticos S.L. · Zaragoza", "L.", true),
            ("TagenWir bieten", "Wir", false),
            ("verglacée.Répondre", "Répondre", false),
            ("hoyAcepto", "Acepto", false),
        ] {
            let i = line.find(at).expect("capital in line");
            assert_eq!(camel_case_at(line.as_bytes(), i), camel, "{line:?}");
        }
    }

    #[test]
    fn patterns_match_whole_words() {
        let l = "Lesen Sie auchHitzewelle; Lesen Sie auchsehr; Anzeige".as_bytes();
        let n = "Lesen Sie auch".len();
        // A prefix, a glued or a line pattern runs into a capital letter (a line pattern
        // then cuts only when glued between two sentences, see `glued_block`); a phrase
        // only into a word that goes on in lowercase, the next block's sentence.
        assert!(word_bounded(l, 0, n, Kind::Prefix));
        assert!(word_bounded(l, 0, n, Kind::Glued));
        assert!(word_bounded(l, 0, n, Kind::Line));
        assert!(word_bounded(l, 0, n, Kind::Phrase));
        assert!(!word_bounded(b"Lesen Sie auchHITZE", 0, n, Kind::Phrase));
        assert!(!word_bounded(b"Lesen Sie AUCHHitze", 0, n, Kind::Phrase));
        // After a lowercase letter, a marker of one word opens a block when it is a label or
        // in capitals; a marker of several words always may.
        for (line, m, bounded) in [
            ("VereinbarungFoto: Praxis Weber", "Foto:", true),
            ("web municipalPUBLICIDAD", "PUBLICIDAD", true),
            ("web municipalPublicidad", "Publicidad", false),
            ("Kein FotoAlbum", "Album", false),
            ("WerktageIn den Warenkorb", "In den Warenkorb", true),
        ] {
            let a = line.find(m).expect("marker in line");
            assert_eq!(
                word_bounded(line.as_bytes(), a, a + m.len(), Kind::Line),
                bounded,
                "{line:?}"
            );
        }
        // No pattern runs into a lowercase letter, nor starts inside a word.
        let a = "Lesen Sie auchHitzewelle; ".len();
        assert!(!word_bounded(l, a, a + n, Kind::Prefix));
        assert!(!word_bounded(l, 1, n, Kind::Prefix));
        assert!(word_bounded(l, l.len() - "Anzeige".len(), l.len(), Kind::Line));
        // In capitals, only where the case changes after the capital.
        for (line, n, bounded) in [
            ("ADVERTISEMENTEvacuation orders", 13, true),
            ("ANZEIGEDie Polizei", 7, true),
            ("PARIS ACCUEILLE LES JEUX", 3, false),
            ("BYSTANDERS HELPED", 2, false),
            ("BYE BYE SUMMER", 2, false),
            ("ANZEIGENBLATT STELLT EIN", 7, false),
            ("ByJohn Smith", 2, true),
        ] {
            assert_eq!(word_bounded(line.as_bytes(), 0, n, Kind::Prefix), bounded, "{line:?}");
        }
    }

    #[test]
    fn ascii_last_words() {
        for (line, word) in [
            ("Updated 3h ago.", Some("ago")),
            ("vor 2 Tagen", Some("Tagen")),
            ("Posted 12m", Some("12m")),
            // Non-ASCII in the word, or after it: the caller decodes the line instead.
            ("hace 2 días", None),
            ("il y a 3 jours »", None),
            ("über", None),
            ("-- !", None),
            ("", None),
        ] {
            assert_eq!(ascii_last_word(line.as_bytes()), word, "{line:?}");
        }
    }

    #[test]
    fn price_lines_are_short_lines_with_a_price() {
        let doc = "Handkaffeemühle K2\n49,90 € inkl. MwSt.\nOur price: £89.00\nPreis auf Anfrage\n$\n\
                   The set costs $40 more than last year's model and ships in May with a case.\n";
        let lines = split_lines(doc.as_bytes(), true).0;
        let picked: Vec<&str> = lines
            .iter()
            .zip(price_lines(doc.as_bytes(), &lines))
            .filter(|(_, p)| *p)
            .map(|(l, _)| &doc[l.start..l.end])
            .collect();
        assert_eq!(picked, ["49,90 € inkl. MwSt.", "Our price: £89.00"]);
    }

    #[test]
    fn prices_at_the_start_of_a_line() {
        check_lines(
            price_at_start,
            &[
                ("CHF 19.80", Some(true)),
                ("249,00 €inkl. 19 % MwSt. zzgl. Versandkosten", Some(true)),
                ("Unser Preis: 39,95 €", Some(true)),
                ("CHF 3'290.–", Some(true)),
                ("CHF 3’290.–", Some(true)),
                ("3’290.– Fr.", Some(true)),
                ("149.– Fr.", Some(true)),
                ("64,90 EUR", Some(true)),
                ("£185.00Tax included.", Some(true)),
                ("$0.00", Some(false)),
                ("Subtotal: 0,00 €", Some(false)),
                // A filter's bound, a name before the price, a number of things, a long label.
                ("Max price: £15,000", None),
                ("Trinkblase Aquaflow 3 L – 24,95 €", None),
                ("12 Euroletten", None),
                ("23 Bewertungen", None),
                ("Eintritt inkl. Kaffee und Gipfeli: CHF 18.–", None),
                ("CHFX 12", None),
            ],
        );
    }

    #[test]
    fn fact_box_rows() {
        let doc = "Technische Daten\nGewicht: 620 g\n\nHöhe: 18,5 cm\nFarbe: Edelstahl gebürstet\nGarantie: 5 Jahre\nKunden kauften auch\n";
        assert_eq!(
            marked(doc, label_rows),
            [
                "Gewicht: 620 g",
                "Höhe: 18,5 cm",
                "Farbe: Edelstahl gebürstet",
                "Garantie: 5 Jahre"
            ]
        );
        // Teasers with a topic before a colon have no figures; a lone row is no box; a label
        // must be a few words without digits, and a value must follow.
        for doc in [
            "Bahnstreik: Was Reisende jetzt wissen müssen\nNahost: Die Lage am Morgen\n",
            "Gewicht: 620 g\nEin ganzer Satz folgt hier, und er endet mit einem Punkt.\n",
            "Um 10:30 Uhr: Start\nUm 11:00 Uhr: Ziel\n",
            "Gewicht:\nHöhe:\n",
            "Das ist ein sehr langes Etikett mit Wörtern: 5 kg\nNoch ein sehr langes Etikett mit Wörtern: 6 kg\n",
        ] {
            assert!(marked(doc, label_rows).is_empty(), "{doc:?}");
        }
    }

    /// [`priced`], with the price flags it reads.
    fn priced_alone(text: &[u8], lines: &[Line], nb: &[usize]) -> Vec<bool> {
        priced(text, lines, nb, &price_lines(text, lines))
    }

    #[test]
    fn quantity_lists_and_prices() {
        let doc = "Zutaten\n250 g Linsen\n2 EL Butter\n\n1 Lorbeerblatt\nZubereitung\n";
        assert_eq!(
            marked(doc, quantity_lists),
            ["250 g Linsen", "2 EL Butter", "1 Lorbeerblatt"]
        );
        for doc in [
            "1. Bundesliga\n2. Bundesliga\n3. Liga\n",
            "1\n2\n3\n",
            "250 g Linsen\n2 EL Butter\nZubereitung\n",
        ] {
            assert!(marked(doc, quantity_lists).is_empty(), "{doc:?}");
        }
        let doc = "Round Griddle Pan\n$38.00\nChainmail Scrubber\nIn stock\n$14.99\nNews\nSale\n";
        assert_eq!(
            marked(doc, priced_alone),
            ["Round Griddle Pan", "Chainmail Scrubber", "In stock"]
        );
        // One word is a menu item's length; a price must be on one of the next two lines.
        assert!(marked(
            "Sale\n$10.00\nKitchen tools\nIn stock\nShips today\nFree returns\n",
            priced_alone
        )
        .is_empty());
    }

    #[test]
    fn page_numbers() {
        for s in [
            "1 2 3",
            "1 2 3 … 18",
            "« 43 44 45 46 »",
            "1 2 … 117 >",
            "‹ 4 | 5 | 6 ›",
            "1 2 3 4 5 6 7 8 9 10",
            "« Zurück 1 2 3 … Weiter »",
            "« Previous 1 2 3 … Next »",
            "Anterior 1 2 3 Siguiente",
        ] {
            assert!(is_page_numbers(s.as_bytes()), "{s:?} is a pager");
        }
        for s in [
            "09.10.2024",
            "1 2",
            "3 17 22 31 40 45",
            "3 2 1",
            "1 1 1",
            "1 2 3 kg",
            "2 3 4,5",
            "12345 12346 12347",
            "Weiter 1 2 3 Mal",
            "",
        ] {
            assert!(!is_page_numbers(s.as_bytes()), "{s:?} is no pager");
        }
        // Under its label (judged after the line model).
        for (s, pager) in [
            ("Page : 1 2 3 4 5 6 Suivante »", true),
            ("Seite 1 2 3 Weiter", true),
            ("Página: 1 2 3", true),
            ("Seite 1 2 3 4 5 6 7 Nächste", true),
            ("« zurück | Seite 1 2 3 4 5 6 | weiter »", true),
            ("Seite 12 von 40", false),
            ("Page 3 of 12", false),
            ("Seite 1 2", false),
            ("Seiten 3 17 22 31", false),
        ] {
            assert_eq!(is_labelled_pager(s.as_bytes()), pager, "{s:?}");
        }
        // One number a line: the run goes, years and short runs stay.
        let cut = |doc: &str| {
            let mut lines = split_lines(doc.as_bytes(), true).0;
            cut_pager_columns(doc.as_bytes(), &mut lines);
            lines.iter().filter(|l| l.class == Class::Cut).count()
        };
        // ("…" has no letter or digit: a blank line to every rule.)
        assert_eq!(cut("Ergebnisse\n1\n2\n3\n…\n18\nWeiter\n"), 4);
        assert_eq!(cut("Ergebnisse\n1\n\n2\n\n3\n"), 3);
        assert_eq!(cut("2019\n2020\n2021\n2022\n"), 0);
        assert_eq!(cut("1\n2\nWeiter\n3\n"), 0);
        assert_eq!(cut("5\n3\n1\n"), 0);
    }

    #[test]
    fn relative_time_stamps() {
        let stamps = [
            "3 hours ago",
            "Updated 2 days ago",
            "posted a week ago",
            "5d ago",
            "· 12 min ago ·",
            "vor 2 Tagen",
            "vor einer Stunde",
            "Aktualisiert vor 3 Stunden",
            "il y a 2 jours",
            "Publiée il y a 3 heures",
            "Mis à jour il y a une heure",
            "hace 2 días",
            "Actualizado hace una hora",
            // The participle after the age, in German order.
            "Vor 3 Monaten aktualisiert",
            "vor 2 Tagen veröffentlicht",
            "vor einer Stunde bearbeitet",
        ];
        for s in stamps {
            assert!(is_relative_time(s.as_bytes()), "{s:?} is a time stamp");
        }
        let not_stamps = [
            "3 hours",
            "2 Stunden",
            "vor Ort",
            "Hace calor",
            "ago",
            "vor 2",
            "Two years ago, the council voted",
            "vor 2 Tagen und 3 Stunden",
            "il y a du monde",
            "1000 years ago",
            "Asked 2 years ago Modified 5 months ago",
            "Vor 20 Jahren wurde die Halle gebaut",
            "aktualisiert",
            "vor aktualisiert",
        ];
        for s in not_stamps {
            assert!(!is_relative_time(s.as_bytes()), "{s:?} is no time stamp");
        }
    }

    /// A paragraph of some length whose glued tail a pattern cut is marked for the line model
    /// to pass over; a short sentence before a cut tail, a cut inside a line, or a line with
    /// nothing cut are not.
    #[test]
    fn prose_before_a_cut_tail() {
        let cleaner = crate::Cleaner::new();
        let long = "Wer nach dem Umzug seinen Wohnsitz nicht innerhalb von zwei Wochen anmeldet, muss mit einem Bußgeld rechnen, das je nach Gemeinde unterschiedlich hoch ausfällt und bei wiederholten Verstößen steigt.";
        let short = "Das Bürgerbüro ist am Freitag geschlossen.";
        let tail = "Lesen Sie auch: Neue Öffnungszeiten im Rathaus";
        let cases: &[(String, bool)] = &[
            (format!("{long}{tail}"), true),
            (format!("{short}{tail}"), false),
            (format!("{long}Anzeige{long}"), false),
            (long.to_string(), false),
        ];
        for (line, marked) in cases {
            let doc = format!("{DE_PARA}\n{line}\n{DE_PARA}\n");
            let lines = prepare(&cleaner.inner, doc.as_bytes(), true).lines;
            let l = lines.iter().find(|l| doc[l.start..l.end] == **line).expect("the line");
            assert_eq!(l.prose_before_tail, *marked, "{line:?}");
        }
    }

    /// A search box's prompt that reads as a sentence for its ellipsis, a menu's row with a
    /// drop-down's triangle after its first item, and an ad's copy after its marker and a dash
    /// go, each between an article's paragraphs; the same lines without the prompt's verb,
    /// the triangle or the offer stay.
    #[test]
    fn prompts_menus_and_ad_copy_between_paragraphs() {
        let cleaner = crate::Cleaner::new();
        let fr = "Le conseil municipal a adopté mardi soir le budget de l'an prochain, qui prévoit la rénovation de deux écoles et d'une piscine.";
        let es = "El ayuntamiento aprobó el martes el presupuesto del próximo año, que incluye la reforma de dos colegios y de la piscina municipal.";
        // (paragraph, line, cut?)
        let cases = [
            (fr, "Rechercher un événement, une salle, un artiste…", true),
            (fr, "Un événement, une salle, un artiste…", false),
            (es, "RECETAS ▾   ARROCES   GUISOS   POSTRES   SIN GLUTEN   TIENDA", true),
            (es, "Arroces, guisos y postres para toda la familia", false),
            (DE_PARA, "ANZEIGE – Business-Kredite ab 3,9 % eff. p. a.", true),
            (
                DE_PARA,
                "ANZEIGE – Die Gemeinde plant einen neuen Kindergarten am Stadtrand.",
                false,
            ),
        ];
        for (para, line, cut) in cases {
            let kept = kept_between_paragraphs(&cleaner, para, line);
            // The line's second half, cut or kept with the rest of it.
            let half = line.char_indices().nth(line.chars().count() / 2).map_or(0, |(i, _)| i);
            assert_eq!(!kept.contains(&line[half..]), cut, "{line:?}");
        }
    }

    /// What `cleaner` keeps of `line` set between two pairs of the paragraph `para`, with
    /// the paragraphs.
    fn kept_between_paragraphs(cleaner: &crate::Cleaner, para: &str, line: &str) -> String {
        let doc = format!("{para}\n{para}\n{line}\n{para}\n{para}\n");
        cleaner.clean(&doc).segments().collect()
    }

    /// The titles under a related-links head stop at a row of a fee table: a label and a price.
    #[test]
    fn related_titles_stop_at_a_fee() {
        let cleaner = crate::Cleaner::new();
        let para = "La carte est fabriquée par le service fédéral et arrive à la commune environ trois semaines après la demande.";
        let fee = "Procédure normale : 16,00 €";
        let title = "Passeport biométrique : démarches et tarifs";
        let doc = format!(
            "{para}\n{para}\nArticles en relation :\n{title}\nDéclaration de changement d'adresse\n{fee}\n{para}\n"
        );
        let kept: String = cleaner.clean(&doc).segments().collect();
        assert!(!kept.contains(title) && kept.contains(fee), "{kept:?}");
    }

    /// A breadcrumb whose last item the next line repeats ends the titles under a head: the
    /// line under it is the page's own title. A path that ends otherwise is passed over.
    #[test]
    fn related_titles_stop_at_the_title_under_a_path() {
        let cleaner = crate::Cleaner::new();
        let para = "La carte est fabriquée par le service fédéral et arrive à la commune environ trois semaines après la demande.";
        let title = "Retour sur la Randonnée des Trois Vallées";
        for (path, kept) in [
            (format!("Vous êtes ici : Accueil > Actualités > {title}"), true),
            ("Vous êtes ici : Accueil > Actualités > Le club".to_string(), false),
        ] {
            let doc = format!("{para}\nActualités\nAssemblée générale 2022 : le comité renouvelé\n{path}\n{title}\nPublié le lundi 19 septembre 2022\n{para}\n{para}\n");
            let out: String = cleaner.clean(&doc).segments().collect();
            assert_eq!(out.contains(title), kept, "{out:?}");
        }
    }

    /// The rows of a table of bars stand or fall together: the line model cut the last two
    /// rows of this product's data, and they come back with the rows it kept.
    #[test]
    fn table_rows_stand_together() {
        let cleaner = crate::Cleaner::new();
        let rows = [
            "Fassungsvermögen | 6 Tassen (300 ml)",
            "Material | Edelstahl 18/10",
            "Geeignet für | Induktion, Gas, Ceran und Elektro",
            "Gewicht | 720 g",
            "Garantie | 3 Jahre",
        ];
        let doc = format!(
            "Espressokocher Nordlicht aus Edelstahl, 6 Tassen | Küchenhaus Berger\nStartseite\nKochen & Backen\n\
             Kaffee & Tee\nWarenkorb (0)\nEspressokocher Nordlicht, 6 Tassen\n39,90 €\ninkl. MwSt., zzgl. Versand\n\
             Größe: 3 Tassen | 6 Tassen | 10 Tassen\nIn den Warenkorb\nDer Espressokocher Nordlicht ist aus rostfreiem \
             Edelstahl gefertigt und eignet sich für alle Herdarten, auch für Induktion.\nDer ergonomische Griff bleibt \
             kühl, und das Sicherheitsventil lässt sich zum Reinigen herausnehmen.\nTechnische Daten\n{}\n\
             Kundenbewertungen\nNewsletter abonnieren\n© 2024 Küchenhaus Berger\n",
            rows.join("\n")
        );
        let out = cleaner.clean(&doc).to_string();
        for row in rows {
            assert!(out.contains(row), "{row:?} lost: {out:?}");
        }
        assert_eq!(cleaner.clean(&out).to_string(), out);
    }

    /// A heading glued to a share row's last item, with the row glued to a sentence's end,
    /// comes back from the separators rule's cut; a name in camel case, a label with a colon
    /// and a row on a line of its own do not.
    #[test]
    fn headings_glued_to_rows() {
        let cleaner = crate::Cleaner::new();
        let end = "Pro Person wird nur eine Karte ausgestellt und sie gilt zwei Jahre lang.";
        for (line, kept) in [
            (
                format!("{end}Diesen Inhalt teilen: Facebook | Twitter | E-MailErforderliche Unterlagen"),
                Some("Erforderliche Unterlagen"),
            ),
            (
                format!("{end}Compartir en: Facebook · X · WhatsAppDocumentación necesaria"),
                Some("Documentación necesaria"),
            ),
            (
                format!("{end}Partager : Facebook · Twitter · LinkedInTarifs 2015"),
                Some("Tarifs 2015"),
            ),
            (
                format!("{end}Share: Facebook | X | PinterestHow to apply online"),
                Some("How to apply online"),
            ),
            // A name's own capital, a label, one word, a row on a line of its own.
            (format!("{end}Share: Facebook | X | YouTube Channel"), None),
            (
                format!("{end}Compartir: WhatsApp · Facebook · PinterestCategoría: Dulces de temporada"),
                None,
            ),
            (format!("{end}Share: Facebook | X | PinterestApply"), None),
            ("Share: Facebook | X | PinterestHow to apply online".to_string(), None),
        ] {
            let doc = format!("{DE_PARA}\n{line}\n{DE_PARA}\n");
            let cleaned = cleaner.clean(&doc);
            let out: String = cleaned.segments().collect();
            let row = cleaned
                .removed()
                .find(|r| r.reason.rule() == crate::Rule::Separators)
                .map(|r| &doc[r.range()]);
            assert!(row.is_some(), "{line:?}: {out:?}");
            match kept {
                Some(h) => assert!(
                    out.contains(&format!("{h}\n")) && !row.unwrap().contains(h),
                    "{line:?}: {out:?}"
                ),
                None => assert!(
                    row.unwrap().trim_end().ends_with(&line[line.len() - 8..]),
                    "{line:?}: {out:?}"
                ),
            }
        }
    }

    /// A star rating glued between two sentences goes, its label with it; stars in a sentence,
    /// or with no score or count, stay.
    #[test]
    fn glued_star_ratings() {
        let cleaner = crate::Cleaner::new();
        for (line, cut) in [
            ("Die Butter gibt dem Ganzen den letzten Schliff.★★★★★ 4,8 (112 Bewertungen)Zubereitungszeit: 25 Minuten.", Some("★★★★★ 4,8 (112 Bewertungen)")),
            ("Die Route bietet einen weiten Blick über das Tal.Valora esta ruta: ★★★★☆ (56 votos)No la recomendamos con niebla.", Some("Valora esta ruta: ★★★★☆ (56 votos)")),
            ("Stir the lemon juice in off the heat so it stays fresh.★★★★★ 4.9 from 312 votesA handful of spinach is optional.", Some("★★★★★ 4.9 from 312 votes")),
            ("Das Hotel hat ★★★★ Sterne und liegt zentral am Marktplatz der Altstadt.", None),
            ("Das Essen war hervorragend und reichlich.★★★★★Der Service war freundlich.", None),
        ] {
            let doc = format!("{DE_PARA}\n{line}\n{DE_PARA}\n");
            let cleaned = cleaner.clean(&doc);
            let rated: Vec<&str> = cleaned
                .removed()
                .filter(|r| r.reason.rule() == crate::Rule::Rating)
                .map(|r| &doc[r.range()])
                .collect();
            assert_eq!(rated.first().copied(), cut, "{line:?}");
        }
    }

    /// A blog's profile box, from its head to the link to the full profile, goes whole: the
    /// blogger's name, place and words about themself. Without the link, the head and the
    /// words are a page's own section, and this rule leaves them.
    #[test]
    fn profile_boxes() {
        let cleaner = crate::Cleaner::new();
        let bio = "Retired primary school teacher, part-time beekeeper, full-time worrier about the weather. I have had plot 14b since 2003.";
        for (link, cut) in [
            ("View my complete profile", true),
            ("Afficher mon profil complet", true),
            ("Newer Post", false),
        ] {
            let doc = format!("{DE_PARA}\n{DE_PARA}\nAbout Me\nGwen\nSheffield, United Kingdom\n{bio}\n{link}\n");
            let cleaned = cleaner.clean(&doc);
            let by_rule = cleaned
                .removed()
                .any(|r| doc[r.range()].contains(bio) && r.reason.rule() == crate::Rule::AuthorBio);
            assert_eq!(by_rule, cut, "{link:?}");
        }
    }

    /// A linked story's label and colon opening a long line take its title and teaser (a
    /// late pattern's, after the line model); the same words opening a sentence of the
    /// article do not, nor does a label before more than one block or sentence.
    #[test]
    fn linked_story_teasers_after_their_label() {
        let cleaner = crate::Cleaner::new();
        let es = "El ayuntamiento aprobó el martes el presupuesto del próximo año, que incluye la reforma de dos colegios y de la piscina municipal.";
        // (paragraph, line, cut?)
        let cases = [
            (DE_PARA, "Lesen Sie auch: Eigenanteil im Pflegeheim erreicht Rekordwert – Bewohnerinnen und Bewohner zahlen im ersten Jahr im Schnitt mehr als 3.000 Euro im Monat aus eigener Tasche.", true),
            (DE_PARA, "Lesen Sie auch die Hinweise des Bürgerbüros, bevor Sie den Antrag stellen, denn ohne die vollständigen Unterlagen kann die Stadt Ihren Antrag nicht bearbeiten.", false),
            (es, "Relacionado: El Consistorio licita la reforma de la sede de El Carmen, cerrada parcialmente desde 2023 por goteras y problemas en la instalación eléctrica.", true),
            // A block glued on, a bar, or a second sentence: the article's paragraph may be
            // what follows the title.
            (es, "Relacionado: Nuevo carril bici en la avenida del Puerto El ayuntamiento aprobó el martes el presupuesto. La oposición votó en contra.", false),
            (es, "Relacionado: Nuevo carril bici en la avenida del Puerto | Menú El ayuntamiento aprobó el martes el presupuesto del próximo año.", false),
        ];
        for (para, line, cut) in cases {
            let kept = kept_between_paragraphs(&cleaner, para, line);
            assert_eq!(!kept.contains(line), cut, "{line:?}");
        }
    }

    /// A short heading the line model cut between two of the article's paragraphs comes back;
    /// one with a chrome word, one ending a sentence, or one beside a short line stays cut.
    #[test]
    fn headings_between_paragraphs() {
        let cleaner = crate::Cleaner::new();
        let para = "Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen, weil viele Familien darum gebeten hatten und das Wetter mitspielt.";
        // (line above, heading, comes back?)
        let cases = [
            (para, "Kosten und Personal", true),
            (para, "Newsletter abonnieren", false),
            (para, "Das ist alles.", false),
            ("Kurz notiert", "Kosten und Personal", false),
        ];
        for (above, heading, back) in cases {
            let doc = format!("{above}\n{heading}\n{para}\n");
            let mut lines = prepare(&cleaner.inner, doc.as_bytes(), true).lines;
            let nb: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Blank).collect();
            let h = nb[1];
            lines[h].class = Class::Cut;
            lines[h].why = MODEL_CUT;
            keep_inner_headings(&mut lines, &nb);
            assert_eq!(lines[h].class != Class::Cut, back, "{heading:?} under {above:?}");
        }
    }

    /// A credit glued between two sentences of a kept paragraph goes, from its © (or the
    /// label glued before it) to the next sentence glued on; a © before words that name no
    /// one stays.
    #[test]
    fn credits_glued_into_paragraphs() {
        let cleaner = crate::Cleaner::new();
        let a = "Die Eröffnung des neuen Hallenbads ist für den Herbst 2028 geplant, teilte die Gemeinde mit.";
        let b = "Bis dahin bleibt das alte Bad in Betrieb, sofern es die Lüftung zulässt, sagte der Gemeinderat.";
        // (credit, cut?)
        let cases = [
            ("© Lisa Furrer", true),
            ("Produktbild: © Trailwerk GmbH", true),
            ("Screenshot © Parcelnest Ltd.", true),
            ("© 2024 Sazón de Rancho", true),
            ("© alle Rechte beim Verlag", false),
        ];
        for (credit, cut) in cases {
            let doc = format!("{DE_PARA}\n{a}{credit}{b}\n{DE_PARA}\n");
            let kept: String = cleaner.clean(&doc).segments().collect();
            assert_eq!(!kept.contains(credit), cut, "{credit:?}");
            assert!(kept.contains(a) && kept.contains(b), "{credit:?}: {kept:?}");
        }
    }

    /// Offers under an ad marker in four languages; an article's sentences with a percentage
    /// or an amount make none.
    #[test]
    fn offers_under_an_ad_marker() {
        let offers = [
            "Gartenmöbel-Sale: 40 % Rabatt auf Loungegruppen – nur online",
            "Book direct with Atlantic Hideaways – 10% off stays in September",
            "Semences bio en ligne : -15 % avec le code POTAGER15",
            "Test de agua profesional con 20 % de descuento en nuestra tienda",
            "Thermenhotel Mostlandhof: 2 Nächte inkl. Halbpension ab € 219,– pro Person",
            "Programme neuf – Devenez propriétaire dès 159 000 €",
            "Compare car insurance quotes in minutes. Drivers could save up to £312.",
            "Umzug geplant? Jetzt Umzugsangebote vergleichen und Geld sparen.",
            "Jetzt 3 für 2: Beim Kauf von drei Taschenbüchern zahlen Sie nur zwei.",
            "Business-Kredite ab 3,9 % eff. p. a.",
        ];
        for l in offers {
            assert!(is_offer(l), "{l:?} is an offer");
        }
        // An article's own sentences with figures: no discount, no bound before money.
        let prose = [
            "Le chantier a coûté 3,2 millions d'euros, financés à 55 % par l'État.",
            "Die Mieten stiegen in zehn Jahren um bis zu 40 % in den Innenstädten.",
            "Barrierefreiheitsgesetz: Was kleine Onlineshops jetzt wissen müssen",
            "Pflegefachkraft Nachtdienst (m/w/d) – Seniorenresidenz am Park",
            "The council expects turnout of about 35% at the by-election.",
            "Las entradas cuestan 12 euros y se venden en taquilla.",
        ];
        for l in prose {
            assert!(!is_offer(l), "{l:?} makes no offer");
        }
    }

    /// An ad's copy after its marker and a dash or a colon, up to the next glued block or the
    /// line's end, when it makes an offer; a hyphen, a copy with no offer or one too long
    /// leave the marker's cut as it was.
    #[test]
    fn ad_copy_after_a_marker() {
        // (line, the marker, what is left after the cut)
        let copy = [
            (
                "48 Prozent.ANZEIGE – Business-Kredite ab 3,9 % eff. p. a.Was fehlt",
                "ANZEIGE",
                "Was fehlt",
            ),
            (
                "Annonce sponsorisée — Assurance habitation dès 9 €/mois. Comparez en 2 minutes.",
                "sponsorisée",
                "",
            ),
            (
                "Anzeige: Gartenmöbel-Sale 40 % Rabatt auf LoungegruppenDie Stadt plant",
                "Anzeige",
                "Die Stadt plant",
            ),
            (
                "lang.WERBUNG ▸ Rechtsschutz für Mieter ab 9,90 € im MonatDrei Monate",
                "WERBUNG",
                "Drei Monate",
            ),
        ];
        for (l, marker, rest) in copy {
            let b = l.find(marker).unwrap() + marker.len();
            assert_eq!(ad_copy_after(l.as_bytes(), b).map(|e| &l[e..]), Some(rest), "{l:?}");
        }
        let none = [
            ("Anzeige-Kunden zahlen ab 3 € im Monat", 7),
            ("Anzeige – Die Gemeinde plant einen neuen Kindergarten am Stadtrand.", 7),
            ("Werbung: Die Preise stiegen um bis zu 40 % in den Innenstädten.", 7),
        ];
        for (l, b) in none {
            assert_eq!(ad_copy_after(l.as_bytes(), b), None, "{l:?}");
        }
    }

    #[test]
    fn rows_of_a_contact_block() {
        let row = |l: &str| is_contact_row(l.as_bytes(), &stats::scan(l.as_bytes(), true));
        for l in [
            "Tel. 08441 79 36 20",
            "Telefon: 06321 904-115",
            "Téléphone : 418 555-0142",
            "Tfno.: 985 55 41 27",
            "Phone +353 (1) 256 0800",
            "Fax 08441 79 36 29",
            "info@schreinerei-lechner.de",
            "E-Mail: meldeamt@stainzbach.gv.at",
            "Courriel : dechets@cc-valdorvanne.fr",
            "Gewerbering 7",
            "Hauptplatz 1, 8063 Eggersdorf bei Graz",
            "85084 Reichertshofen-Winden",
            "CH-8200 Schaffhausen",
            "2 place de la Halle, 45290 Villebrune",
            "462 Talbot Street",
            "Calle Mayor 12, bajo",
            "Umweltreferat im Gemeindeamt: Tel. 02952 / 4417-12",
            "Bauhof, Tel. 07258 4410-30",
            "Accueil de la mairie : Tél. 02 41 55 20 10",
            "Oficina de turismo, Tel. 974 55 12 30",
        ] {
            assert!(row(l), "{l:?}");
        }
        for l in [
            "Telefonieren Sie uns an: Montag bis Freitag",
            "Tel Aviv 2024",
            "Rufen Sie an, Tel. ist rund um die Uhr besetzt: 0800 1234",
            "Bestellungen nur per Tel. 0800 1234",
            "Schreiben Sie uns an info@schreinerei-lechner.de, wir antworten gern.",
            "Die Hauptstraße 41 wird ab Montag gesperrt.",
            "2024 war ein gutes Jahr",
            "Seit 2010 Mitglied",
            "Kontakt",
            "Öffnungszeiten",
            "Seite 2 von 5",
            "12 Kommentare",
        ] {
            assert!(!row(l), "{l:?}");
        }
        // Few words but many other marks: too long for a row, and not read.
        assert!(!row(&format!("Tel. 08441 79 36 20{}", " -".repeat(200))));
    }

    #[test]
    fn headings_of_a_contact_block() {
        for l in [
            "Kontakt",
            "Kontakt:",
            "KONTAKT",
            "So erreichen Sie uns",
            "Contact us",
            "Contacto",
            "Nous contacter :",
        ] {
            assert!(is_contact_head(l.as_bytes()), "{l:?}");
        }
        for l in [
            "Kontaktformular",
            "Kontakt aufnehmen",
            "Contact the author",
            "Adressen der Sammelstellen",
        ] {
            assert!(!is_contact_head(l.as_bytes()), "{l:?}");
        }
    }

    #[test]
    fn rows_of_opening_hours() {
        for l in [
            "Mi: 8:00–12:00 Uhr",
            "Sa/So und Feiertage 9.00 – 18.00 Uhr",
            "Fr: geschlossen, nur mit Termin",
            "Montag bis Freitag, 07.30–16.30 Uhr, durchgehend",
            "Mercredi : 8 h 45 – 12 h 15",
            "Sábado: 10 a 14 h",
            "Sunday closed",
            "Mo–Fr 8 bis 12 Uhr",
        ] {
            assert!(is_hours_row(l.as_bytes(), count_words(l.as_bytes())), "{l:?}");
        }
        for l in [
            "Montag bis Freitag",
            "Sa, 16.03.2024 · 20:00 Uhr",
            "Version 2.1–2.4",
            "Die Praxis ist am Freitag von 8 bis 12 Uhr und am Nachmittag nach Vereinbarung für Sie da, außer in den Ferien.",
            "Der Laden bleibt geschlossen.",
        ] {
            assert!(!is_hours_row(l.as_bytes(), count_words(l.as_bytes())), "{l:?}");
        }
    }
}
