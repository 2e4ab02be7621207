//! The line scorer: gradient-boosted regression trees over shape and context features of
//! each line, one ensemble for article text and one for page text.
//!
//! The trees in [`TREES_0`] and [`TREES_1`] are fitted by `scripts/train.py` (run it to
//! reproduce them); the features are computed here and nowhere else, so the trainer and the
//! cleaner always agree on them.

use crate::stats::Stats;

/// Number of features.
pub(crate) const NF: usize = 27;

/// Names of the features, in order (the trainer reports with these).
pub(crate) const NAMES: [&str; NF] = [
    "ln_words",
    "ends_sentence",
    "ends_colon",
    "caps_ratio",
    "stop_ratio",
    "digit_ratio",
    "punct_per_word",
    "bullet",
    "is_content",
    "partial_cut",
    "nb_cut_frac",
    "nb_ln_words",
    "nb_content_frac",
    "rel_pos",
    "in_head",
    "in_tail",
    "ln_dist_content",
    "doc_short_frac",
    "ln_doc_lines",
    "tiny",
    "prev_cut",
    "next_cut",
    "repeats",
    "ln_bytes",
    "chrome_ratio",
    "cta_first",
    "doc_tiny_frac",
];

/// What the feature computation needs to know of each line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineView {
    pub(crate) stats: Stats,
    pub(crate) blank: bool,
    pub(crate) content: bool,
    pub(crate) cut: bool,
    pub(crate) partial: bool,
    /// Lines of the document with the same text, this one included (capped).
    pub(crate) repeats: u8,
    /// Length of the line in bytes.
    pub(crate) bytes: u32,
}

/// Neighbours looked at on each side.
const WINDOW: usize = 3;

/// The features of a document's lines, computed on demand: what is shared by the whole
/// document (or read by neighbours) once, each line's vector only when asked for, since
/// the model scores only the lines left to it.
pub(crate) struct Features<'a> {
    lines: &'a [LineView],
    /// Indices of the non-blank lines.
    nb: Vec<usize>,
    /// Position of each line among the non-blank ones (`u32::MAX` for blank lines).
    pos: Vec<u32>,
    /// ln(1 + words) of each non-blank line: each line is read by its neighbours.
    lnw: Vec<f32>,
    /// Distance (in non-blank lines) to the nearest content line, `u32::MAX` if none.
    dist: Vec<u32>,
    first_content: Option<usize>,
    last_content: Option<usize>,
    doc_short_frac: f32,
    doc_tiny_frac: f32,
    ln_doc_lines: f32,
    caps_base: f32,
}

impl<'a> Features<'a> {
    pub(crate) fn new(lines: &'a [LineView]) -> Features<'a> {
        let nb: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
        let m = nb.len();
        let mut pos = vec![u32::MAX; lines.len()];
        for (k, &i) in nb.iter().enumerate() {
            pos[i] = k as u32;
        }
        let mut dist = vec![u32::MAX; m];
        let mut last = None;
        for k in 0..m {
            if lines[nb[k]].content {
                last = Some(k);
            }
            if let Some(l) = last {
                dist[k] = (k - l) as u32;
            }
        }
        last = None;
        for k in (0..m).rev() {
            if lines[nb[k]].content {
                last = Some(k);
            }
            if let Some(l) = last {
                dist[k] = dist[k].min((l - k) as u32);
            }
        }
        let short = nb.iter().filter(|&&i| !lines[i].content).count() as f32;
        let tiny = nb.iter().filter(|&&i| lines[i].stats.words <= 3).count() as f32;
        let mf = (m as f32).max(1.0);
        Features {
            lines,
            first_content: nb.iter().position(|&i| lines[i].content),
            last_content: nb.iter().rposition(|&i| lines[i].content),
            lnw: nb.iter().map(|&i| ln_1p(lines[i].stats.words)).collect(),
            doc_short_frac: short / mf,
            doc_tiny_frac: tiny / mf,
            ln_doc_lines: ln_1p(m.try_into().unwrap_or(u32::MAX)),
            caps_base: caps_baseline(lines),
            nb,
            pos,
            dist,
        }
    }

    /// Indices of the document's non-blank lines, in order.
    pub(crate) fn non_blank(&self) -> &[usize] {
        &self.nb
    }

    /// The features of line `i`; `None` for a blank line.
    pub(crate) fn of(&self, i: usize) -> Option<[f32; NF]> {
        let k = *self.pos.get(i)?;
        if k == u32::MAX {
            return None;
        }
        let (k, m, nb, lines) = (k as usize, self.nb.len(), &self.nb, self.lines);
        let line = &lines[i];
        let s = &line.stats;
        let w = s.words.max(1) as f32;
        let lo = k.saturating_sub(WINDOW);
        let hi = (k + WINDOW + 1).min(m);
        let (mut n, mut cut, mut words, mut content) = (0f32, 0f32, 0f32, 0f32);
        for j in lo..hi {
            if j == k {
                continue;
            }
            let o = &lines[nb[j]];
            n += 1.0;
            cut += o.cut as u8 as f32;
            words += self.lnw[j];
            content += o.content as u8 as f32;
        }
        let n = n.max(1.0);
        let d = self.dist[k].min(50);
        Some([
            self.lnw[k],
            s.ends_sentence as u8 as f32,
            s.ends_colon as u8 as f32,
            s.caps as f32 / w - self.caps_base,
            s.stops as f32 / w,
            s.digits as f32 / s.alnum.max(1) as f32,
            (s.punct as f32 / w).min(2.0),
            s.bullet as u8 as f32,
            line.content as u8 as f32,
            line.partial as u8 as f32,
            cut / n,
            words / n,
            content / n,
            k as f32 / m as f32,
            self.first_content.map_or(1.0, |f| (k < f) as u8 as f32),
            self.last_content.map_or(1.0, |l| (k > l) as u8 as f32),
            ln_1p(d),
            self.doc_short_frac,
            self.ln_doc_lines,
            (s.words <= 2) as u8 as f32,
            (k > 0 && lines[nb[k - 1]].cut) as u8 as f32,
            (k + 1 < m && lines[nb[k + 1]].cut) as u8 as f32,
            line.repeats as f32,
            ln_1p(line.bytes),
            s.chrome as f32 / w,
            s.cta_first as u8 as f32,
            self.doc_tiny_frac,
        ])
    }
}

/// `ln(1 + n)` as `f32`, exactly as `(1.0 + n as f32).ln()` computes it: looked up for the
/// small counts every line asks for (words, bytes, distances), computed for the rest.
#[inline]
fn ln_1p(n: u32) -> f32 {
    const TABLE: usize = 4096;
    static LN: std::sync::OnceLock<Box<[f32; TABLE]>> = std::sync::OnceLock::new();
    let slow = |n: u32| (1.0 + n as f32).ln();
    match LN
        .get_or_init(|| Box::new(std::array::from_fn(|i| slow(i as u32))))
        .get(n as usize)
    {
        Some(&v) => v,
        None => slow(n),
    }
}

/// Share of capitalised words in the document's prose (its long lines), shrunk toward
/// [`CAPS_PRIOR`] when there is little prose. The caps feature is a line's share minus this,
/// so that languages which capitalise nouns (German) or titles read like the rest: what marks
/// a menu item is more capitals than the page's own prose has, not a fixed share.
fn caps_baseline(lines: &[LineView]) -> f32 {
    let (caps, words) = lines.iter().filter(|l| l.content).fold((0u64, 0u64), |(c, w), l| {
        (c + l.stats.caps as u64, w + l.stats.words as u64)
    });
    (caps as f32 + CAPS_PRIOR * CAPS_PRIOR_WORDS) / (words as f32 + CAPS_PRIOR_WORDS)
}

/// Share of capitalised words assumed for a document's prose before any is seen (English
/// news prose runs near it), and how many words of prose that assumption weighs.
const CAPS_PRIOR: f32 = 0.12;
const CAPS_PRIOR_WORDS: f32 = 40.0;

/// Documents whose share of tiny lines (3 words or fewer) reaches this are read as whole
/// page text (menus, footers) and scored by the second ensemble; others as extracted article
/// text, by the first.
pub(crate) const PAGE_SPLIT: f32 = 0.35;

/// Which of the two ensembles scores a document: 0 for article text, 1 for page text.
pub(crate) fn regime(x: &[f32; NF]) -> usize {
    (x[NF - 1] >= PAGE_SPLIT) as usize
}

/// Depth of every tree: each is complete, with `NODES` split nodes and `LEAVES` leaves.
pub(crate) const DEPTH: usize = 3;
const NODES: usize = (1 << DEPTH) - 1;
const LEAVES: usize = 1 << DEPTH;

/// One regression tree, its split nodes stored breadth first: node `n` sends a line to node
/// `2n + 1` when `x[feat[n]] <= thr[n]` and to node `2n + 2` when `x[feat[n]] > thr[n]`; after
/// `DEPTH` splits the line reaches a leaf, numbered left to right, whose value (log-odds,
/// shrinkage included) the tree adds to the score. A node the trainer did not split has
/// threshold `f32::MAX`, so every line goes left, and the leaves below it hold one value. A
/// NaN feature (none is ever computed) goes left at every node: comparisons with NaN are false.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tree {
    feat: [u8; NODES],
    thr: [f32; NODES],
    leaf: [f32; LEAVES],
}

/// Short constructor for the generated tables.
const fn t(feat: [u8; NODES], thr: [f32; NODES], leaf: [f32; LEAVES]) -> Tree {
    Tree { feat, thr, leaf }
}

/// The feature vector padded to 32 entries, so that a feature index masked to 5 bits needs
/// no bounds check (every index is below `NF`, checked at compile time below).
type Padded = [f32; 32];

impl Tree {
    /// The value of the leaf `x` lands on. Branch-free: `k` holds the turns taken so far (a
    /// bit per level, 1 for right), so the node at depth `d` is `2^d - 1 + k` and the leaf
    /// reached is leaf `k`.
    #[inline(always)]
    fn eval(&self, x: &Padded) -> f32 {
        let mut k = 0;
        for d in 0..DEPTH {
            let n = (1 << d) - 1 + k;
            k = 2 * k + (x[(self.feat[n] & 31) as usize] > self.thr[n]) as usize;
        }
        self.leaf[k & (LEAVES - 1)]
    }
}

/// Whether every split of `trees` reads a feature that exists.
const fn features_in_range(trees: &[Tree]) -> bool {
    let mut i = 0;
    while i < trees.len() {
        let mut n = 0;
        while n < NODES {
            if trees[i].feat[n] as usize >= NF {
                return false;
            }
            n += 1;
        }
        i += 1;
    }
    true
}

const _: () = assert!(NF <= 32 && features_in_range(&TREES_0) && features_in_range(&TREES_1));

/// The model's log-odds that a line is boilerplate: its regime's base score plus the output
/// of each of the regime's trees. No allocation and no branch on the features but the regime.
pub(crate) fn logit(x: &[f32; NF]) -> f32 {
    let r = regime(x);
    let trees: &[Tree] = if r == 0 { &TREES_0 } else { &TREES_1 };
    let mut p: Padded = [0.0; 32];
    p[..NF].copy_from_slice(x);
    trees.iter().fold(BASE[r], |s, t| s + t.eval(&p))
}

/// Base scores (log-odds before any tree) of the two ensembles, fitted by `scripts/train.py`:
/// 0 with balanced classes.
pub(crate) const BASE: [f32; 2] = [0.0, 0.0];

/// Trees for article text (regime 0), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_0: [Tree; 25] = [
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.076, 0.1, 0.876, f32::MAX], [-0.06541, 0.54059, -0.10133, 0.46259, -0.52634, -0.10521, 0.50996, 0.50996]),
    t([3, 10, 16, 24, 23, 13, 22], [0.0643, 0.3, 0.3, 0.11, 5.1, 0.7305, 1.5], [-0.38237, 0.21162, 0.46351, -0.21214, -0.16591, 0.3091, 0.39541, -0.58476]),
    t([3, 10, 18, 1, 23, 13, 22], [0.0828, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.12136, -0.36512, 0.35123, -0.19806, -0.15643, 0.31082, 0.32407, -0.45057]),
    t([16, 9, 7, 10, 0, 11, 13], [0.3, 0.5, 0.5, 0.22, f32::MAX, 1.75934, 0.778], [-0.2745, 0.17077, 0.45927, 0.45927, 0.37064, 0.16187, -0.47104, 0.10836]),
    t([3, 10, 23, 13, 12, 18, 13], [0.1127, 0.1, 3.75, 0.876, 0.37, 3.94, 0.828], [-0.29458, 0.010299, 0.23657, -0.23992, 0.11997, 0.31688, -0.033059, 0.29501]),
    t([23, 10, 11, 19, 11, 23, 13], [3.75, 0.1, 1.75934, 0.5, 2.177, 5.702, 0.828], [0.19605, -0.37526, 0.34684, 0.2472, 0.29991, -0.3619, -0.23917, 0.0964]),
    t([3, 9, 18, 1, 0, 13, 22], [0.1127, 0.5, 3.94, 0.5, f32::MAX, 0.03064, 1.5], [0.07638, -0.22578, 0.39922, 0.39922, 0.27183, -0.096783, 0.21357, -0.37492]),
    t([10, 3, 13, 9, 13, 23, 11], [0.1, 0.158, 0.6076, 0.5, 0.063, 5.196, 2.9687], [-0.19536, 0.32665, 0.26178, -0.012993, 0.14831, -0.37792, 0.29739, -0.16956]),
    t([13, 14, 12, 9, 13, 13, 11], [0.6866, 0.5, 0.7, 0.5, 0.1298, 0.7305, 4.013], [-0.20073, 0.24962, 0.26581, -0.30499, -0.24546, 0.20845, -0.28287, 0.65959]),
    t([23, 24, 11, 10, 4, 18, 0], [3.75, 0.0002, 1.49, 0.1, 0.161, 4.34, 4.48], [-0.010584, 0.26133, 0.16166, 0.35423, -0.12518, 0.3433, -0.11656, 0.22617]),
    t([24, 11, 13, 12, 13, 23, 12], [0.076, 1.75934, 0.7305, 0.1, 0.6526, 3.75, 0.7], [0.23172, -0.12249, -0.15379, 0.013879, 0.27157, -0.16005, 0.33111, 0.13154]),
    t([25, 13, 1, 13, 12, 4, 26], [0.5, 0.876, 0.5, 0.0094, 0.7, 0.2753, 0.258], [0.20088, -0.13237, 0.18526, -0.19098, 0.16109, 0.47547, -0.32613, 0.18705]),
    t([3, 7, 10, 13, 1, 3, 26], [0.01278, 0.5, 0.1, 0.828, 0.5, 0.2337, 0.11336], [-0.25412, 0.015598, 0.8897, -0.31508, -0.087582, 0.10219, -0.03687, 0.21722]),
    t([17, 10, 23, 1, 1, 0, 13], [0.8183, 0.45, 3.75, 0.5, 0.5, f32::MAX, 0.0094], [0.091561, -0.073468, 0.11598, 0.36332, 0.04129, 0.04129, 0.025741, -0.47558]),
    t([24, 17, 4, 16, 11, 24, 11], [0.046, 0.8183, 0.3716, 2.35, 1.75934, 0.076, 3.349], [-0.038384, 0.29968, -0.051653, -0.3858, -0.27567, 0.13118, 0.17841, 0.53707]),
    t([9, 25, 0, 0, 4, 0, 0], [0.5, 0.5, f32::MAX, 4.36, 0.2753, f32::MAX, f32::MAX], [-0.066483, 0.19681, 0.015793, 0.32748, 0.25132, 0.25132, 0.25132, 0.25132]),
    t([22, 3, 0, 6, 4, 0, 0], [1.5, 0.158, f32::MAX, 0.1484, 0.2383, f32::MAX, f32::MAX], [0.021491, -0.17174, -0.018258, 0.18737, -0.41311, -0.41311, -0.41311, -0.41311]),
    t([20, 18, 11, 26, 0, 23, 13], [0.5, 4.34, 2.1006, 0.137, 4.36, 5.1, 0.422], [-0.022384, -0.225, 0.0061083, 0.33642, 0.34415, -0.078626, -0.36778, 0.12507]),
    t([2, 24, 4, 3, 7, 0, 0], [0.5, 0.046, 0.4846, 0.0643, 0.5, f32::MAX, f32::MAX], [-0.083969, 0.038783, 0.15327, -0.1908, -0.41867, -0.41867, -0.071152, -0.071152]),
    t([9, 23, 0, 19, 1, 0, 0], [0.5, 3.75, f32::MAX, 0.5, 0.5, f32::MAX, f32::MAX], [0.13095, -0.33242, 0.046365, -0.11794, 0.22225, 0.22225, 0.22225, 0.22225]),
    t([22, 13, 0, 13, 12, 0, 0], [1.5, 0.828, f32::MAX, 0.03064, 0.82, f32::MAX, f32::MAX], [0.10765, -0.082047, 0.13215, -0.25983, -0.38147, -0.38147, -0.38147, -0.38147]),
    t([17, 16, 23, 13, 0, 0, 11], [0.8183, 2.35, 3.75, 0.6526, f32::MAX, f32::MAX, 1.75934], [-0.058024, 0.065535, 0.27753, 0.27753, 0.00023895, 0.00023895, -0.048148, -0.42356]),
    t([20, 3, 11, 7, 4, 11, 13], [0.5, 0.01278, 1.897, 0.5, 0.2383, 1.49, 0.422], [-0.15157, 0.26423, -0.090843, 0.081783, 0.13676, 0.44568, -0.30599, 0.15055]),
    t([17, 0, 9, 0, 0, 0, 0], [0.033, f32::MAX, 0.5, f32::MAX, f32::MAX, 4.36, f32::MAX], [-0.4046, -0.4046, -0.4046, -0.4046, -0.030814, 0.18183, 0.236, 0.236]),
    t([2, 25, 4, 17, 1, 0, 0], [0.5, 0.5, 0.4846, 0.8183, 0.5, f32::MAX, f32::MAX], [0.0088184, -0.27653, 0.2575, -0.12, -0.38498, -0.38498, -0.057972, -0.057972]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 60] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07539, 3.07, 0.046, 0.1, 0.5, 1.5, 0.1], [-0.25321, 0.070811, -0.366, 0.28412, 0.32094, -0.12898, -0.14607, 0.1409]),
    t([23, 5, 0, 22, 13, 13, 9], [3.75, 0.001, 3.07, 2.5, 0.1305, 0.0464, 0.5], [0.27547, -0.28866, 0.26321, -0.12641, 0.26184, -0.10507, -0.29351, 0.29084]),
    t([3, 24, 22, 23, 12, 16, 18], [0.07539, 0.114, 1.5, 4.12, 0.3, 1.0, 4.48], [-0.036421, -0.24715, 0.27689, -0.052137, 0.01659, 0.22566, 0.18502, -0.34005]),
    t([23, 5, 10, 22, 3, 14, 24], [3.75, 0.001, 0.18, 2.5, 0.3975, 0.5, 0.053], [0.21154, -0.21343, -0.15768, 0.08446, -0.20535, 0.097476, -0.030987, 0.25965]),
    t([6, 22, 10, 16, 18, 14, 13], [0.01, 1.5, 0.1, 1.2, 4.48, 0.5, 0.8787], [0.06822, 0.21299, 0.22847, -0.25317, -0.21467, 0.080026, -0.039939, 0.26157]),
    t([0, 22, 9, 10, 0, 11, 0], [2.8, 1.5, 0.5, 0.1, 1.0, 1.51, f32::MAX], [0.013733, 0.17316, 0.12127, -0.27894, -0.015254, -0.21323, 0.28867, 0.28867]),
    t([3, 25, 13, 13, 13, 12, 13], [0.0164, 0.5, 0.1305, 0.79477, 0.5654, 0.3, 0.79477], [-0.21062, -0.028658, -0.043101, 0.28082, 0.23374, -0.050365, -0.032438, 0.17848]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.9896, 0.053, 0.24, 0.201, 0.0903, 1.5], [0.16154, -0.14652, -0.3841, 0.068977, 0.083824, -0.1471, 0.13167, -0.28537]),
    t([11, 22, 3, 0, 18, 13, 13], [1.873, 1.5, 0.3084, 3.54, 4.35, 0.79477, 0.642], [0.11304, -0.13949, 0.11351, -0.24446, -0.18528, -0.021517, -0.057022, 0.13672]),
    t([11, 17, 10, 23, 13, 25, 13], [1.567, 0.893, 0.1, 4.82, 0.22654, 0.5, 0.642], [0.19474, -0.0087378, 0.13772, -0.07561, -0.16431, 0.088839, -0.061103, 0.10941]),
    t([3, 25, 13, 13, 13, 7, 13], [0.0164, 0.5, 0.1305, 0.79477, 0.5654, 0.5, 0.642], [-0.17062, -0.0015298, -0.045571, 0.21037, 0.17258, -0.38129, -0.056374, 0.099173]),
    t([23, 26, 24, 11, 4, 13, 22], [3.35, 0.6758, 0.053, 1.51, 0.001, 0.8787, 1.5], [0.21043, 0.08056, -0.11876, 0.11614, -0.10643, 0.1038, 0.10616, -0.2495]),
    t([10, 14, 23, 25, 13, 17, 22], [0.1, 0.5, 3.35, 0.5, 0.253, 0.9802, 1.5], [-0.13031, 0.081496, 0.1661, -0.14073, 0.16856, -0.079856, 0.034378, -0.26085]),
    t([6, 17, 10, 12, 13, 9, 17], [0.046, 0.9802, 0.37, 0.1, 0.0903, 0.5, 0.960535], [0.15062, 0.012915, 0.15285, -0.18753, -0.084457, 0.27242, 0.1675, -0.18195]),
    t([3, 13, 17, 13, 11, 12, 24], [0.0164, 0.7601, 0.9731, 0.0464, 2.131, 0.1, 0.22], [0.12443, -0.15356, 0.11224, -0.13295, 0.11869, -0.002974, -0.14167, 0.18719]),
    t([24, 13, 22, 12, 13, 3, 0], [0.114, 0.163, 1.5, 0.3, 0.5902, -0.0011, f32::MAX], [0.13282, -0.1167, -0.12505, 0.02348, -0.00059952, 0.18101, -0.21585, -0.21585]),
    t([10, 23, 0, 13, 5, 22, 6], [0.1, 4.66, 3.92, 0.163, 0.091, 1.5, 0.1503], [0.10237, -0.054359, -0.16174, 0.32001, 0.07864, -0.15867, -0.17883, -0.022332]),
    t([25, 23, 22, 26, 13, 0, 0], [0.5, 3.07, 1.5, 0.6928, 0.8787, 3.07, f32::MAX], [0.13893, -0.084101, -0.060872, 0.10688, 0.17236, -0.060103, -0.21089, -0.21089]),
    t([10, 25, 0, 14, 0, 22, 24], [0.18, 0.5, 3.54, 0.5, 3.07, 1.5, 0.0366], [-0.067985, 0.060272, 0.12527, -0.10044, 0.10463, -0.13798, -0.17506, 0.15819]),
    t([24, 17, 22, 3, 13, 3, 0], [0.114, 0.8751, 1.5, 0.139, 0.163, -0.0011, f32::MAX], [-0.050204, 0.10797, 0.067492, -0.089907, -0.02375, 0.15356, -0.19408, -0.19408]),
    t([13, 13, 17, 12, 9, 11, 10], [0.79477, 0.163, 0.960535, 0.1, 0.5, 2.876, 0.3], [0.12864, -0.032678, -0.059529, 0.28901, 0.15261, -0.10552, -0.20412, 0.087583]),
    t([22, 11, 19, 17, 13, 11, 22], [1.5, 1.51, 0.5, 0.9896, 0.642, 1.006, 3.5], [0.079601, -0.17766, -0.0653, 0.043769, -0.012893, -0.23461, 0.082186, -0.24116]),
    t([21, 3, 0, 12, 17, 17, 13], [0.5, 0.3084, 2.35, 0.37, 0.9092, 0.947, 0.7278], [-0.02135, -0.14527, 0.10171, -0.061139, 0.19209, -0.0038161, -0.066512, 0.12155]),
    t([25, 13, 22, 13, 26, 16, 0], [0.5, 0.8787, 1.5, 0.1305, 0.7995, 1.0, f32::MAX], [0.060269, -0.046482, 0.12512, -0.18467, 0.071425, 0.17717, -0.17858, -0.17858]),
    t([7, 23, 11, 17, 9, 0, 0], [0.5, 3.48, 1.39, 0.80854, 0.5, f32::MAX, f32::MAX], [0.17461, 0.027708, -0.029384, 0.23408, -0.097352, -0.097352, -0.32164, -0.32164]),
    t([12, 22, 18, 3, 18, 0, 0], [0.7, 1.5, 3.8, 0.007, 4.35, f32::MAX, f32::MAX], [-0.04399, 0.034929, 0.041784, -0.19369, -0.018924, -0.018924, -0.2375, -0.2375]),
    t([10, 17, 13, 15, 4, 13, 17], [0.37, 0.9896, 0.49336, 0.5, 0.143, 0.0903, 0.960535], [-0.015412, 0.1486, -0.32866, -0.073866, 0.13174, -0.06889, 0.18333, 0.00055984]),
    t([12, 17, 18, 0, 24, 0, 0], [0.7, 0.865, 3.8, 3.07, 0.22, f32::MAX, f32::MAX], [0.075758, -0.068409, -0.037601, 0.13947, -0.020574, -0.020574, -0.23003, -0.23003]),
    t([7, 23, 11, 18, 18, 0, 0], [0.5, 3.07, 1.39, 4.35, 4.48, f32::MAX, f32::MAX], [0.16209, 0.017532, -0.086742, 0.010454, -0.0803, -0.0803, -0.30172, -0.30172]),
    t([22, 11, 19, 17, 3, 11, 22], [1.5, 2.6773, 0.5, 0.79717, 0.2356, 1.006, 3.5], [0.083575, -0.0027779, -0.16188, 0.027495, 0.0067221, -0.22073, 0.065675, -0.20494]),
    t([13, 13, 17, 18, 26, 12, 25], [0.5417, 0.22654, 0.9274, 6.19, 0.4678, 0.63, 0.5], [0.064218, -0.14652, -0.24266, -0.062755, 0.097338, -0.088641, -0.10257, 0.11811]),
    t([9, 11, 18, 18, 18, 0, 0], [0.5, 1.51, 5.084, 5.74, 4.69, f32::MAX, f32::MAX], [0.068229, -0.037283, -0.10029, -0.0060109, 0.11962, 0.11962, 0.24015, 0.24015]),
    t([7, 13, 26, 12, 13, 0, 16], [0.5, 0.0464, 0.55342, 0.3, 0.5417, f32::MAX, 1.2], [0.13063, -0.10406, -0.048419, 0.030116, -0.29616, -0.29616, 0.0041181, -0.16719]),
    t([24, 4, 3, 11, 23, 0, 26], [0.114, 0.3005, -0.0905, 1.006, 4.12, f32::MAX, 0.4678], [0.10176, -0.053511, 0.10579, -0.03655, -0.15095, -0.15095, -0.0075511, 0.12078]),
    t([21, 4, 0, 16, 18, 17, 18], [0.5, 0.4504, 2.35, 1.7, 4.48, 0.8833, 5.74], [-0.048733, 0.027149, -0.12855, 0.098854, 0.19983, 0.046717, 0.04226, -0.14483]),
    t([13, 17, 18, 11, 24, 26, 17], [0.8787, 0.9896, 6.73, 2.6773, 0.0366, 0.5292, 0.9731], [0.0053842, -0.12003, -0.24799, -0.0079994, 0.023976, 0.15034, -0.092746, -0.30296]),
    t([22, 25, 18, 9, 3, 11, 13], [1.5, 0.5, 4.35, 0.5, 0.5203, 1.453, 0.8392], [-0.0076106, 0.19203, 0.054806, 0.17337, 0.17554, -0.17212, -0.21667, -0.017545]),
    t([17, 3, 13, 10, 13, 18, 23], [0.79717, 0.056935, 0.1305, 0.1, 0.39076, 6.19, 2.9], [-0.1286, 0.033594, 0.0095704, 0.16323, 0.11482, -0.13147, 0.063911, -0.050125]),
    t([7, 17, 18, 8, 13, 0, 23], [0.5, 0.79717, 3.4, 0.5, 0.1305, f32::MAX, 4.66], [0.11407, -0.020514, 0.067437, -0.025569, -0.03435, -0.03435, -0.26693, -0.047383]),
    t([10, 17, 13, 15, 4, 0, 17], [0.37, 0.9896, 0.4412, 0.5, 0.143, 2.7, 0.960535], [-0.011993, 0.12337, -0.27721, -0.034855, 0.034364, -0.1407, 0.15701, -0.0050207]),
    t([9, 11, 13, 26, 22, 0, 0], [0.5, 0.8763, 0.4683, 0.6928, 1.5, f32::MAX, f32::MAX], [0.19601, -0.018902, -0.0032004, -0.14361, 0.098349, 0.098349, 0.21712, 0.21712]),
    t([12, 13, 17, 25, 26, 4, 0], [0.7, 0.79477, 0.601, 0.5, 0.7995, 0.3516, f32::MAX], [-0.017443, 0.077821, 0.083101, -0.13036, 0.088093, -0.09348, -0.2207, -0.2207]),
    t([7, 23, 26, 16, 18, 0, 0], [0.5, 3.07, 0.7077, 1.0, 4.48, f32::MAX, f32::MAX], [-0.10021, 0.090694, -0.073038, 0.010629, -0.24019, -0.24019, -0.015198, -0.015198]),
    t([22, 10, 19, 4, 13, 11, 18], [1.5, 0.37, 0.5, 0.4504, 0.4412, 1.006, 5.882], [-0.012963, 0.062468, -0.010311, 0.12078, -0.0061175, -0.20655, 0.049851, -0.17165]),
    t([24, 13, 3, 17, 11, 13, 12], [0.053, 0.9273, -0.062, 0.9896, 2.585, 0.6692, 0.37], [-0.011911, -0.20531, 0.045372, 0.26377, -0.23757, 0.066717, 0.089986, -0.076317]),
    t([12, 17, 18, 3, 13, 0, 0], [0.7, 0.79717, 3.8, 0.056935, 0.1305, f32::MAX, f32::MAX], [-0.03293, 0.088909, 0.060627, -0.02271, 0.023437, 0.023437, -0.21271, -0.21271]),
    t([15, 11, 17, 18, 18, 13, 13], [0.5, 3.18, 0.947, 3.8, 6.455, 0.6692, 0.8787], [-0.10382, 0.0028559, -0.22844, 0.079883, 0.011707, 0.19471, -0.14073, 0.09842]),
    t([9, 26, 13, 13, 17, 0, 0], [0.5, 0.4678, 0.4683, 0.5654, 0.8751, f32::MAX, f32::MAX], [-0.13326, 0.050981, 0.04009, -0.016808, 0.077384, 0.077384, 0.19862, 0.19862]),
    t([3, 11, 17, 4, 3, 26, 13], [0.8826, 3.0142, 0.947, 0.001, 0.6698, 0.4678, 0.3388], [-0.047104, 0.013692, -0.21073, 0.022208, -0.0069965, 0.16507, 0.067118, -0.26637]),
    t([23, 5, 5, 16, 13, 24, 16], [3.48, 0.24, 0.24, 1.2, 0.7601, 0.22, 1.2], [-0.019521, 0.084641, -0.28541, 0.045118, -0.025199, 0.14892, 0.37312, -0.02487]),
    t([22, 13, 18, 18, 13, 11, 13], [1.5, 0.0464, 4.35, 6.19, 0.5417, 1.453, 0.8392], [0.093103, -0.098955, -0.031072, 0.022709, 0.16099, -0.13247, -0.20569, -0.02422]),
    t([23, 18, 18, 6, 0, 13, 22], [2.9, 4.35, 4.69, 0.34, 1.2, 0.6974, 1.5], [0.17129, -0.11967, -0.2293, 0.12807, -0.10882, 0.046427, 0.014479, -0.1978]),
    t([9, 23, 13, 4, 5, 0, 0], [0.5, 4.12, 0.4683, 0.287, 0.24, f32::MAX, f32::MAX], [-0.017933, 0.078683, -0.03631, 0.32996, 0.076784, 0.076784, 0.18253, 0.18253]),
    t([14, 4, 5, 18, 16, 16, 18], [0.5, 0.001, 0.0609, 5.984, 3.07, 1.2, 5.6], [-0.014583, -0.22677, -0.0034199, 0.12092, -0.062833, 0.099502, -0.034907, -0.35784]),
    t([17, 23, 13, 13, 12, 18, 26], [0.79717, 4.945, 0.1305, 0.39076, 0.1, 6.19, 0.4825], [-0.0051307, 0.11584, 0.10943, -0.11573, 0.086963, -0.10455, -0.12645, -0.013073]),
    t([7, 23, 17, 26, 24, 0, 16], [0.5, 3.48, 0.8751, 0.6574, 0.22, f32::MAX, 1.5], [0.069107, -0.027033, -0.014445, 0.13772, -0.23397, -0.23397, 0.11093, -0.12243]),
    t([10, 18, 3, 3, 0, 4, 17], [0.1, 6.302, -0.1146, -0.1685, 4.39, 0.471, 0.9731], [0.2231, -0.047684, 0.055395, 0.68361, -0.19855, 0.12418, 0.034119, -0.058275]),
    t([9, 11, 11, 18, 18, 0, 0], [0.5, 1.567, 1.694, 5.74, 4.69, f32::MAX, f32::MAX], [0.044858, -0.035508, -0.072517, -0.00031777, 0.051302, 0.051302, 0.16455, 0.16455]),
    t([25, 26, 3, 11, 13, 10, 4], [0.5, 0.6758, 0.5203, 1.183, 0.163, 0.1, 0.001], [0.10472, -0.0046268, 0.063785, -0.059553, -0.04737, 0.082211, -0.073513, 0.20054]),
    t([15, 18, 13, 23, 0, 16, 18], [0.5, 4.69, 0.6692, 2.7, 1.2, 2.1, 4.9], [0.15377, -0.070771, -0.16764, 0.014636, 0.062549, -0.17397, 0.17208, 0.03281]),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A feature vector from (name, value) pairs; unnamed features are 0.
    fn vector(doc: &[(&str, f32)], line: &[(&str, f32)]) -> [f32; NF] {
        let mut x = [0.0; NF];
        for &(name, v) in doc.iter().chain(line) {
            let i = NAMES
                .iter()
                .position(|&n| n == name)
                .unwrap_or_else(|| panic!("no feature {name}"));
            x[i] = v;
        }
        x
    }

    fn ln1p(words: f32) -> f32 {
        (1.0 + words).ln()
    }

    #[test]
    fn ln_1p_matches_the_formula() {
        for n in (0..5000).chain([65_535, 1 << 20, u32::MAX]) {
            assert_eq!(ln_1p(n).to_bits(), (1.0 + n as f32).ln().to_bits(), "n = {n}");
        }
    }

    #[test]
    fn trees_are_well_formed() {
        for (r, trees) in [&TREES_0[..], &TREES_1[..]].into_iter().enumerate() {
            assert!(!trees.is_empty() && BASE[r].is_finite());
            for (i, tree) in trees.iter().enumerate() {
                assert!(features_in_range(std::slice::from_ref(tree)), "regime {r} tree {i}");
                assert!(
                    tree.thr.iter().all(|t| t.is_finite()),
                    "regime {r} tree {i}: {:?}",
                    tree.thr
                );
                assert!(
                    tree.leaf.iter().all(|v| v.is_finite() && v.abs() < 10.0),
                    "regime {r} tree {i}"
                );
                // Below a node that does not split, every leaf holds the same value.
                for n in 0..NODES {
                    if tree.thr[n] == f32::MAX {
                        let (mut lo, mut hi) = (n, n);
                        while lo < NODES {
                            (lo, hi) = (2 * lo + 1, 2 * hi + 2);
                        }
                        let leaves = &tree.leaf[lo - NODES..=hi - NODES];
                        assert!(leaves.iter().all(|&v| v == leaves[0]), "regime {r} tree {i} node {n}");
                    }
                }
            }
        }
    }

    #[test]
    fn menu_lines_score_above_prose_in_both_regimes() {
        for (r, tiny_share) in [(0, 0.15), (1, 0.6)] {
            let doc = [
                ("doc_tiny_frac", tiny_share),
                ("doc_short_frac", 0.3 + tiny_share),
                ("ln_doc_lines", ln1p(60.0)),
            ];
            let prose = vector(
                &doc,
                &[
                    ("ln_words", ln1p(24.0)),
                    ("ends_sentence", 1.0),
                    ("stop_ratio", 0.45),
                    ("punct_per_word", 0.12),
                    ("is_content", 1.0),
                    ("nb_ln_words", ln1p(20.0)),
                    ("nb_content_frac", 1.0),
                    ("rel_pos", 0.4),
                ],
            );
            let menu = vector(
                &doc,
                &[
                    ("ln_words", ln1p(2.0)),
                    ("caps_ratio", 0.8),
                    ("nb_cut_frac", 0.5),
                    ("nb_ln_words", ln1p(2.0)),
                    ("rel_pos", 0.02),
                    ("in_head", 1.0),
                    ("ln_dist_content", ln1p(12.0)),
                    ("tiny", 1.0),
                    ("prev_cut", 1.0),
                    ("next_cut", 1.0),
                ],
            );
            assert_eq!((regime(&prose), regime(&menu)), (r, r));
            let (p, m) = (logit(&prose), logit(&menu));
            assert!(p < 0.0 && m > 0.0 && m > p + 3.0, "regime {r}: prose {p}, menu {m}");
        }
    }

    #[test]
    fn logit_is_finite_on_any_input() {
        for v in [0.0, -1e30, 1e30, f32::MAX, f32::INFINITY, f32::NEG_INFINITY, f32::NAN] {
            for tiny_share in [0.0, 1.0] {
                let mut x = [v; NF];
                x[NF - 1] = tiny_share;
                assert!(logit(&x).is_finite(), "{v}");
            }
        }
    }
}
