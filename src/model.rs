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
/// [`CAPS_PRIOR`] when there is little prose. The caps feature is how far a line's share lies
/// above this, as a part of the way from it to 1 (negative below it), so that languages which
/// capitalise nouns (German) or titles read like the rest: what marks a menu item is more
/// capitals than the page's own prose has, not a fixed share, and a line whose every word is
/// capitalised scores 1 in any language.
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
pub(crate) const TREES_0: [Tree; 25] = [
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.0758, 0.1, 0.876, f32::MAX], [-0.070148, 0.53981, -0.10698, 0.47685, -0.52765, -0.12642, 0.50079, 0.50079]),
    t([3, 10, 8, 9, 23, 22, 10], [0.0646, 0.1, 0.5, 0.5, 5.1, 1.5, 0.1], [-0.41674, 0.32223, 0.37726, -0.37157, 0.39493, -0.58504, -0.11701, 0.3539]),
    t([3, 10, 18, 9, 23, 13, 22], [0.1128, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.34075, 0.32129, 0.29958, -0.18665, -0.11728, 0.35153, 0.34165, -0.43857]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.26674, -0.42242, -0.45213, 0.11264, -0.31494, 0.27483, 0.21131, -0.32137]),
    t([23, 10, 13, 18, 11, 10, 12], [4.23, 0.1, 0.876, 4.34, 2.1767, 0.3, 0.7], [-0.12251, 0.18457, 0.34708, 0.2119, -0.27168, 0.17296, 0.19806, -0.17396]),
    t([3, 12, 11, 4, 1, 14, 13], [0.0646, 0.1, 1.7574, 0.221, 0.5, 0.5, 0.7305], [-0.34457, 0.24613, 0.079984, -0.27357, 0.28274, 0.3529, -0.072305, 0.24258]),
    t([23, 10, 9, 19, 18, 11, 23], [3.75, 0.1, 0.5, 0.5, 3.86, 1.7574, 5.414], [0.19376, -0.3304, 0.21107, 0.32154, 0.20535, -0.16733, 0.38324, 0.23253]),
    t([3, 10, 13, 0, 12, 13, 12], [0.1587, 0.1, 0.8269, 4.48, 0.37, 0.158, 0.78], [-0.21553, 0.16792, 0.21422, -0.16947, 0.24063, -0.086164, 0.29763, -0.07261]),
    t([13, 14, 11, 9, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1877, 0.82, 0.002345], [-0.19875, 0.23126, 0.26231, -0.41755, 0.15407, -0.29407, 1.1055, -0.070422]),
    t([23, 24, 13, 10, 4, 13, 18], [3.75, 0.0002, 0.8269, 0.1, 0.161, 0.0093, 4.34], [0.0060708, 0.26146, 0.16499, 0.36709, 0.16113, -0.18019, -0.068492, 0.17603]),
    t([24, 11, 13, 23, 9, 24, 26], [0.076, 1.486, 0.7305, 4.8, 0.5, 0.11, 0.1602], [0.29703, -0.18558, -0.096317, 0.25819, -0.31026, 0.2027, 0.35793, 0.24228]),
    t([3, 10, 4, 7, 0, 13, 18], [0.1128, 0.45, 0.238, 0.5, f32::MAX, 0.019, 3.86], [-0.1367, 0.25656, 0.30463, 0.30463, 0.26248, -0.0876, -0.0053913, 0.20619]),
    t([25, 13, 1, 13, 17, 6, 26], [0.5, 0.6866, 0.5, 0.0093, 0.82, 0.168, 0.258], [0.14146, -0.15942, 0.099404, -0.33909, 0.40245, -0.08278, -0.30035, 0.15799]),
    t([10, 1, 0, 0, 9, 12, 18], [0.3, 0.5, 3.92, 3.62, 0.5, 0.37, 4.62], [0.0036425, 0.49483, -0.15326, 0.30146, 0.26265, -0.026513, -0.41199, 0.090839]),
    t([23, 19, 17, 24, 0, 13, 13], [3.75, 0.5, 0.82, 0.0002, f32::MAX, 0.876, 0.0093], [0.11201, 0.31207, -0.20415, -0.20415, -0.063226, 0.085296, 0.044913, -0.42365]),
    t([25, 3, 4, 10, 23, 24, 1], [0.5, 0.23379, 0.2753, 0.1, 4.8, 0.11, 0.5], [-0.13235, 0.084387, 0.066004, 0.38687, -0.28612, 0.25879, 0.44587, 0.038292]),
    t([24, 17, 11, 16, 11, 4, 0], [0.11, 0.82, 3.1554, 2.35, 1.7574, 0.3716, f32::MAX], [-0.021067, 0.31294, -0.0092151, -0.4083, 0.13901, 0.35788, -0.21876, -0.21876]),
    t([2, 22, 4, 3, 0, 0, 0], [0.5, 1.5, 0.4846, 0.0128, f32::MAX, f32::MAX, f32::MAX], [-0.056405, 0.062871, -0.38442, -0.38442, -0.40651, -0.40651, -0.097171, -0.097171]),
    t([0, 9, 18, 0, 0, 0, 6], [4.36, 0.5, 3.07, 3.92, f32::MAX, f32::MAX, 0.1115], [-0.010774, -0.31732, 0.27202, 0.27202, -0.40212, -0.40212, -0.30394, 0.46266]),
    t([10, 13, 1, 0, 13, 11, 0], [0.45, 0.0093, 0.5, 2.9, 0.6526, 1.486, f32::MAX], [0.25956, -0.1414, -0.10844, 0.031632, 0.1903, -0.16704, 0.31999, 0.31999]),
    t([25, 17, 5, 3, 18, 0, 0], [0.5, 0.82, 0.001, 0.1587, 4.88, 2.2, f32::MAX], [-0.045052, 0.074923, -0.43539, -0.068478, 0.2254, -0.14927, 0.46249, 0.46249]),
    t([10, 0, 3, 3, 12, 11, 18], [0.1, 4.36, 0.02749, 0.1128, 0.37, 1.896, 5.306], [-0.15187, 0.0076794, -0.34926, 0.29277, 0.23321, -0.21155, 0.098672, 0.28288]),
    t([24, 11, 4, 23, 4, 13, 11], [0.046, 1.7574, 0.3716, 5.702, 0.4095, 0.7305, 3.3485], [0.14167, -0.34109, -0.010867, -0.20327, -0.090664, 0.13849, 0.14759, 0.5465]),
    t([4, 3, 12, 5, 6, 11, 6], [0.238, 0.646, 0.7, 0.00785, 0.1115, 3.6284, 0.0387], [-0.28855, -0.018731, 0.17433, -0.24586, 0.05431, 0.70335, 0.2228, -0.20426]),
    t([22, 25, 0, 13, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.876, 0.5, f32::MAX, f32::MAX], [-0.043657, 0.080873, 0.27325, -0.087073, -0.35309, -0.35309, -0.35309, -0.35309]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 3, 23, 18, 24, 13], [4.12, 1.5, 0.14164, 3.48, 4.48, 0.053, 0.12855], [0.6329, 0.20085, 0.24403, -0.74295, -0.69281, -0.11269, 0.55102, -0.096136]),
    t([6, 3, 10, 10, 22, 14, 0], [0.038, 0.017045, 0.18, 0.18, 2.5, 0.5, 3.54], [-0.42559, 0.23364, 0.45509, -0.43633, -0.46141, 0.17863, 0.32358, -0.40532]),
    t([3, 25, 22, 9, 24, 10, 0], [0.078225, 0.5, 1.5, 0.5, 0.053, 0.1, 1.0], [-0.36584, 0.82117, 0.020711, 0.54699, 0.065519, 0.39496, 0.35951, -0.5186]),
    t([11, 13, 13, 23, 13, 24, 17], [1.5654, 0.1614, 0.7965, 5.414, 0.7965, 0.119, 0.960535], [0.47038, -0.38481, -0.026628, 0.41929, -0.31958, 0.23779, 0.26259, -0.33158]),
    t([23, 5, 10, 17, 3, 14, 24], [3.75, 0.001, 0.1, 0.99008, 0.4, 0.5, 0.053], [0.32102, -0.2974, -0.44077, -0.0030217, -0.35532, 0.1237, -0.073967, 0.30407]),
    t([0, 22, 9, 13, 18, 13, 0], [3.0, 1.5, 0.5, 0.12855, 4.35, 0.8795, f32::MAX], [0.37438, 0.058289, 0.083696, -0.48861, -0.34957, 0.1446, 0.71095, 0.71095]),
    t([11, 17, 13, 13, 13, 10, 3], [1.8674, 0.9143, 0.6693, 0.6427, 0.2252, 0.1, 0.017045], [0.12959, 0.40375, 0.18504, -0.20211, -0.3879, -0.12684, -0.18609, 0.14008]),
    t([25, 0, 22, 26, 13, 0, 0], [0.5, 1.5, 1.5, 0.6758, 0.0455, 3.0, f32::MAX], [0.2746, -0.10563, 0.2752, -0.1537, 0.38557, -0.10548, -0.45672, -0.45672]),
    t([10, 16, 13, 25, 17, 23, 17], [0.1, 1.7, 0.7283, 0.5, 0.9201, 3.3, 0.960535], [-0.25606, 0.086516, 0.24482, -0.1471, 0.25099, -0.052778, 0.34183, -0.058686]),
    t([24, 13, 22, 12, 13, 3, 0], [0.119, 0.0888, 1.5, 0.3, 0.5901, 0.007445, f32::MAX], [0.29194, -0.2619, -0.19449, 0.052785, -0.015126, 0.36053, -0.45184, -0.45184]),
    t([3, 5, 7, 12, 17, 17, 3], [0.007445, 0.001, 0.5, 0.37, 0.9474, 0.865, 0.078225], [0.030155, -0.31824, -0.42463, -0.052282, 0.1734, -0.026352, -0.20179, -0.7888]),
    t([22, 16, 19, 9, 5, 11, 22], [1.5, 1.0, 0.5, 0.5, 0.0398, 1.006, 3.5], [-0.086383, 0.47929, 0.16772, -0.089498, 0.0057478, -0.47525, 0.12338, -0.45297]),
    t([13, 13, 26, 18, 17, 12, 18], [0.8795, 0.1614, 0.7995, 6.19, 0.7972, 0.7, 5.807], [0.18811, -0.30222, 0.080913, -0.12781, 0.34183, -0.25208, 0.024662, -0.60283]),
    t([21, 11, 0, 26, 25, 17, 13], [0.5, 0.8763, 2.35, 0.6928, 0.5, 0.9474, 0.7283], [0.43787, 0.069693, -0.079359, 0.18123, 0.38734, 0.010604, -0.11113, 0.26559]),
    t([22, 10, 23, 11, 13, 18, 11], [1.5, 0.37, 3.0, 2.772, 0.4928, 4.48, 1.006], [0.016309, -0.27252, 0.052599, 0.33747, 0.34058, -0.23427, -0.033659, -0.45458]),
    t([7, 17, 18, 15, 24, 0, 23], [0.5, 0.99008, 3.4, 0.5, 0.0373, f32::MAX, 4.64], [-0.00027727, 0.32772, -0.49418, 0.096673, -0.12538, -0.12538, -0.63263, -0.1281]),
    t([24, 4, 26, 6, 18, 25, 3], [0.119, 0.3005, 0.4681, 0.1004, 4.07, 0.5, -0.0903], [0.0081103, -0.17967, -0.3422, 0.099315, -0.33084, 0.17011, -0.21121, 0.26104]),
    t([12, 3, 18, 4, 4, 0, 11], [0.7, 0.007445, 3.8, 0.43, 0.143, f32::MAX, 2.583], [-0.14708, 0.085911, -0.057634, 0.10084, 0.12945, 0.12945, -0.15979, -0.47281]),
    t([3, 11, 17, 13, 13, 26, 23], [0.8823, 3.0119, 0.960535, 0.8795, 0.928, 0.428, 2.86], [-0.022685, 0.16529, -0.42064, 0.1987, 0.0030605, 0.34115, 0.093257, -0.52428]),
    t([13, 12, 13, 7, 6, 26, 17], [0.12855, 0.3, 0.5413, 0.5, 0.177, 0.4681, 0.9274], [0.20614, -0.54563, -0.39262, 0.17733, -0.40958, -0.054959, 0.12131, -0.12006]),
    t([23, 26, 5, 11, 4, 9, 16], [3.48, 0.6758, 0.24, 1.257, 0.001, 0.5, 1.0], [0.38863, 0.059956, -0.29554, 0.17037, -0.065575, 0.36239, 0.92504, 0.072337]),
    t([22, 23, 23, 17, 17, 18, 0], [1.5, 4.94, 3.3, 0.7972, 0.9474, 5.88, f32::MAX], [0.1743, 0.0011613, -0.16471, 0.53042, 0.070121, -0.38639, -0.42653, -0.42653]),
    t([11, 17, 18, 3, 18, 15, 0], [1.5, 0.89324, 4.69, 0.2356, 4.35, 0.5, 1.2], [0.060375, 0.30595, 0.16833, -0.085341, -0.24444, 0.20783, -0.46098, 0.035309]),
    t([24, 23, 20, 18, 18, 3, 13], [0.0373, 3.0, 0.5, 4.35, 4.69, -0.0618, 0.4928], [0.29376, -0.023014, -0.17943, -0.0029443, -0.35145, 0.08825, 0.025565, 0.47764]),
    t([4, 18, 0, 17, 14, 18, 13], [0.001, 5.984, 2.0, 0.9474, 0.5, 4.48, 0.5413], [0.069081, -0.20644, -0.45324, -0.051353, -0.024828, 0.19055, -0.080104, 0.044349]),
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
