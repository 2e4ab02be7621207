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
    t([3, 10, 18, 1, 23, 13, 22], [0.0828, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.12175, -0.36512, 0.35123, -0.1977, -0.15643, 0.31082, 0.32407, -0.45057]),
    t([16, 9, 7, 10, 0, 11, 13], [0.3, 0.5, 0.5, 0.22, f32::MAX, 1.75934, 0.778], [-0.27452, 0.17166, 0.45925, 0.45925, 0.37065, 0.16189, -0.47102, 0.10837]),
    t([3, 10, 23, 13, 12, 18, 13], [0.1127, 0.1, 3.75, 0.876, 0.37, 3.94, 0.828], [-0.29459, 0.010321, 0.23646, -0.23958, 0.11997, 0.31688, -0.03308, 0.295]),
    t([23, 10, 11, 19, 11, 23, 13], [3.75, 0.1, 1.75934, 0.5, 2.177, 5.702, 0.828], [0.19605, -0.37525, 0.34684, 0.24718, 0.2999, -0.36189, -0.23917, 0.09638]),
    t([3, 9, 18, 1, 0, 13, 22], [0.1127, 0.5, 3.94, 0.5, f32::MAX, 0.03064, 1.5], [0.0762, -0.22578, 0.3992, 0.3992, 0.27183, -0.096805, 0.21356, -0.37492]),
    t([10, 3, 13, 9, 13, 23, 11], [0.1, 0.158, 0.6076, 0.5, 0.063, 5.196, 2.9687], [-0.19537, 0.32667, 0.26179, -0.012986, 0.14826, -0.37804, 0.29735, -0.16973]),
    t([13, 14, 12, 9, 13, 13, 11], [0.6866, 0.5, 0.7, 0.5, 0.1298, 0.7305, 4.013], [-0.20074, 0.24962, 0.26584, -0.30496, -0.24546, 0.20845, -0.28286, 0.65982]),
    t([23, 24, 11, 10, 4, 18, 0], [3.75, 0.0002, 1.49, 0.1, 0.161, 4.34, 4.48], [-0.010575, 0.26133, 0.16167, 0.35423, -0.12513, 0.34331, -0.11655, 0.2259]),
    t([24, 11, 13, 12, 13, 23, 12], [0.076, 1.75934, 0.7305, 0.1, 0.6526, 3.75, 0.7], [0.23172, -0.12248, -0.1538, 0.013888, 0.27157, -0.16002, 0.33109, 0.13155]),
    t([25, 13, 1, 13, 12, 4, 26], [0.5, 0.876, 0.5, 0.0094, 0.7, 0.2753, 0.258], [0.20089, -0.13237, 0.18526, -0.19097, 0.16111, 0.4755, -0.32613, 0.18702]),
    t([3, 7, 10, 13, 1, 3, 26], [0.01278, 0.5, 0.1, 0.828, 0.5, 0.2337, 0.11336], [-0.25412, 0.015585, 0.89015, -0.31508, -0.087596, 0.10218, -0.036294, 0.21719]),
    t([17, 10, 23, 1, 1, 0, 13], [0.8183, 0.45, 3.75, 0.5, 0.5, f32::MAX, 0.0094], [0.091519, -0.073447, 0.11597, 0.3632, 0.041302, 0.041302, 0.025738, -0.47558]),
    t([24, 17, 4, 16, 11, 24, 11], [0.046, 0.8183, 0.3716, 2.35, 1.75934, 0.076, 3.349], [-0.038392, 0.29971, -0.051649, -0.38579, -0.27567, 0.13118, 0.1784, 0.53713]),
    t([9, 25, 0, 0, 4, 0, 0], [0.5, 0.5, f32::MAX, 4.36, 0.2753, f32::MAX, f32::MAX], [-0.066478, 0.19665, 0.01582, 0.32749, 0.25132, 0.25132, 0.25132, 0.25132]),
    t([22, 3, 0, 6, 4, 0, 0], [1.5, 0.158, f32::MAX, 0.1484, 0.2383, f32::MAX, f32::MAX], [0.021529, -0.1718, -0.018252, 0.18737, -0.41309, -0.41309, -0.41309, -0.41309]),
    t([20, 18, 11, 26, 0, 23, 13], [0.5, 4.34, 2.1006, 0.137, 4.36, 5.1, 0.422], [-0.022475, -0.225, 0.0061185, 0.33658, 0.34412, -0.078721, -0.36808, 0.12488]),
    t([2, 24, 4, 3, 7, 0, 0], [0.5, 0.046, 0.4846, 0.0643, 0.5, f32::MAX, f32::MAX], [-0.083976, 0.038785, 0.15327, -0.19082, -0.41865, -0.41865, -0.071108, -0.071108]),
    t([9, 23, 0, 19, 1, 0, 0], [0.5, 3.75, f32::MAX, 0.5, 0.5, f32::MAX, f32::MAX], [0.13096, -0.33239, 0.046324, -0.11795, 0.22225, 0.22225, 0.22225, 0.22225]),
    t([13, 13, 12, 23, 4, 4, 4], [0.828, 0.03064, 0.82, 5.1, 0.2753, 0.364, 0.504], [0.19701, -0.24337, -0.23755, -0.0021755, 0.1921, -0.03187, -0.39007, 0.19034]),
    t([22, 17, 0, 16, 23, 0, 0], [1.5, 0.8183, f32::MAX, 2.35, 3.75, f32::MAX, f32::MAX], [0.0095761, 0.2955, 0.010972, -0.32209, -0.384, -0.384, -0.384, -0.384]),
    t([2, 20, 4, 13, 11, 0, 0], [0.5, 0.5, 0.4846, 0.6526, 2.1006, f32::MAX, f32::MAX], [-0.059291, 0.049568, 0.30583, -0.042893, -0.38691, -0.38691, -0.074078, -0.074078]),
    t([17, 0, 17, 0, 0, 1, 13], [0.033, f32::MAX, 0.13, f32::MAX, f32::MAX, 0.5, 0.0094], [-0.38906, -0.38906, -0.38906, -0.38906, 0.57907, -0.26012, 0.17274, -0.028746]),
    t([25, 17, 1, 13, 18, 3, 26], [0.5, 0.8183, 0.5, 0.6866, 5.597, 0.2337, 0.258], [-0.052775, 0.060151, -0.38654, 0.010094, 0.37124, 0.011857, -0.28913, 0.078689]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 50] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07539, 3.07, 0.046, 0.1, 0.5, 1.5, 0.1], [-0.31657, 0.088427, -0.45688, 0.35511, 0.40114, -0.16131, -0.18267, 0.17605]),
    t([23, 5, 10, 22, 13, 14, 0], [3.75, 0.001, 0.18, 2.5, 0.1305, 0.5, 3.54], [0.33307, -0.3557, 0.32109, -0.16223, -0.3084, 0.15704, 0.14256, -0.30394]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.51, f32::MAX], [0.26769, 0.039642, 0.15523, -0.43258, -0.079368, -0.31948, 0.40572, 0.40572]),
    t([3, 24, 22, 0, 12, 13, 18], [0.138, 0.114, 1.5, 2.0, 0.3, 0.1963, 4.48], [0.046092, -0.23845, 0.31897, 0.017731, 0.30085, 0.12071, 0.2323, -0.3508]),
    t([6, 10, 24, 13, 17, 13, 22], [0.01, 0.1, 0.053, 0.2527, 0.9802, 0.8787, 1.5], [0.22414, -0.037567, 0.26126, -0.026375, -0.20219, 0.16172, 0.15985, -0.35506]),
    t([3, 25, 23, 13, 13, 17, 13], [0.0164, 0.5, 3.35, 0.79477, 0.5654, 0.9896, 0.1305], [-0.25776, -0.047288, -0.039204, 0.33512, 0.21928, -0.22459, 0.22652, -0.063126]),
    t([11, 22, 3, 0, 0, 10, 13], [1.8723, 1.5, 0.3076, 3.54, 1.0, 0.1, 0.642], [0.14186, -0.16962, 0.16379, -0.29605, -0.26067, -0.085206, -0.094705, 0.17534]),
    t([10, 14, 23, 25, 13, 22, 13], [0.1, 0.5, 3.35, 0.5, 0.2527, 3.5, 0.7601], [-0.19128, 0.11897, 0.23334, -0.17921, 0.22524, -0.33246, -0.033483, 0.20882]),
    t([3, 25, 13, 13, 5, 12, 13], [0.0164, 0.5, 0.1305, 0.0462, 0.001, 0.3, 0.642], [0.17426, -0.1971, 0.19949, -0.20853, 0.24115, -0.093255, -0.087849, 0.13571]),
    t([11, 17, 13, 23, 13, 13, 17], [1.567, 0.893, 0.642, 4.82, 0.2265, 0.0462, 0.960535], [0.2311, -0.0054841, 0.13987, -0.093356, 0.10269, -0.17412, 0.063898, -0.25183]),
    t([23, 26, 24, 5, 4, 13, 10], [3.48, 0.6758, 0.053, 0.001, 0.001, 0.8787, 0.18], [0.20512, -0.048687, -0.18783, 0.14811, -0.13088, 0.11855, 0.019559, 0.22585]),
    t([10, 16, 22, 25, 17, 23, 23], [0.1, 1.7, 1.5, 0.5, 0.947, 4.24, 2.9], [-0.16384, 0.031342, 0.14923, -0.14975, 0.14616, -0.0015379, 0.13172, -0.31125]),
    t([13, 12, 13, 0, 6, 24, 17], [0.09, 0.3, 0.79477, 3.54, 0.177, 0.114, 0.960535], [0.21617, -0.16594, -0.2743, 0.10806, -0.097888, 0.13593, 0.17576, -0.14007]),
    t([3, 5, 22, 12, 17, 21, 18], [0.0164, 0.001, 1.5, 0.37, 0.9802, 0.5, 4.48], [0.011504, -0.20606, -0.24031, 0.072177, 0.029885, 0.18597, 0.049601, -0.27131]),
    t([25, 23, 22, 26, 9, 0, 0], [0.5, 3.07, 1.5, 0.6928, 0.5, 3.07, f32::MAX], [0.1693, -0.098814, -0.062137, 0.38992, 0.20612, -0.072661, -0.23998, -0.23998]),
    t([10, 6, 17, 17, 9, 13, 0], [0.37, 0.046, 0.960535, 0.9896, 0.5, 0.49336, 2.1], [0.077108, -0.31135, -0.081042, 0.32557, 0.078652, 0.26646, 0.053724, -0.26405]),
    t([13, 12, 13, 5, 0, 23, 17], [0.16293, 0.1, 0.5417, 0.0609, 1.2, 3.2, 0.9274], [0.20414, -0.029503, -0.69702, 0.016635, 0.019767, -0.17137, 0.09577, -0.10032]),
    t([11, 22, 3, 24, 0, 12, 11], [2.6773, 1.5, 0.2356, 0.114, 1.2, 0.37, 3.43], [0.01337, 0.16617, -0.02372, -0.27377, 0.0351, -0.25584, 0.098437, -0.30601]),
    t([10, 23, 17, 4, 5, 16, 13], [0.1, 4.66, 0.865, 0.143, 0.0402, 1.0, 0.8392], [-0.092588, 0.040921, -0.19167, 0.18125, 0.037973, 0.21201, -0.052854, 0.15098]),
    t([11, 17, 9, 3, 17, 23, 0], [1.51, 0.893, 0.5, 0.2356, 0.9896, 4.945, f32::MAX], [0.056335, 0.2195, 0.022135, -0.18431, -0.015312, -0.15931, 0.31231, 0.31231]),
    t([7, 13, 11, 12, 13, 0, 0], [0.5, 0.1305, 1.39, 0.3, 0.79477, f32::MAX, f32::MAX], [0.15469, -0.077139, -0.051365, 0.097235, -0.12243, -0.12243, -0.40961, -0.40961]),
    t([25, 11, 16, 18, 22, 13, 22], [0.5, 0.8763, 1.0, 4.81, 1.5, 0.5654, 1.5], [0.25437, -0.036491, -0.013976, -0.21181, -0.081109, 0.13769, 0.22962, -0.18729]),
    t([12, 17, 18, 3, 13, 0, 0], [0.7, 0.797, 3.8, 0.056935, 0.1305, f32::MAX, f32::MAX], [-0.044869, 0.16767, 0.11083, -0.04303, 0.0010343, 0.0010343, -0.29393, -0.29393]),
    t([13, 11, 18, 17, 10, 26, 17], [0.8787, 2.6773, 6.73, 0.797, 0.3, 0.5117, 0.9731], [0.084252, -0.02836, -0.21214, 0.14109, 0.01868, 0.20148, -0.11655, -0.42356]),
    t([7, 23, 18, 5, 9, 0, 0], [0.5, 3.48, 3.4, 0.24, 0.5, f32::MAX, f32::MAX], [0.081597, -0.23493, -0.030265, 0.24486, -0.07049, -0.07049, -0.38349, -0.38349]),
    t([10, 17, 13, 15, 4, 13, 17], [0.37, 0.9896, 0.4411, 0.5, 0.143, 0.0462, 0.960535], [-0.016948, 0.16677, -0.40392, -0.052343, 0.17838, -0.094608, 0.20776, -0.012296]),
    t([22, 24, 18, 4, 3, 11, 3], [1.5, 0.114, 4.35, 0.3005, -0.0011, 1.453, 0.84148], [-0.038698, 0.038902, -0.11756, 0.15381, 0.23745, -0.24919, -0.27422, -0.040126]),
    t([25, 11, 3, 26, 18, 10, 4], [0.5, 1.1, 0.5203, 0.7413, 4.48, 0.1, 0.001], [0.1654, -0.13738, -0.098611, -0.0010002, -0.047975, 0.14716, -0.060715, 0.28197]),
    t([22, 16, 0, 6, 17, 22, 11], [1.5, 1.0, 1.2, 0.143, 0.893, 3.5, 1.006], [-0.077267, 0.040858, 0.11434, -0.0040199, 0.089224, -0.23046, 0.02546, -0.26829]),
    t([7, 13, 26, 18, 13, 0, 0], [0.5, 0.0462, 0.7077, 6.19, 0.5417, f32::MAX, f32::MAX], [0.15458, -0.18218, -0.057232, 0.035975, -0.34324, -0.34324, -0.013917, -0.013917]),
    t([12, 4, 18, 3, 18, 0, 0], [0.7, 0.4504, 3.8, 0.00703, 4.15, f32::MAX, f32::MAX], [-0.077686, 0.01254, -0.2294, 0.11813, 0.028623, 0.028623, -0.27822, -0.27822]),
    t([26, 13, 17, 13, 0, 23, 13], [0.4678, 0.5417, 0.797, 0.09, 2.8, 4.945, 0.16293], [-0.022207, -0.26443, 0.14036, -0.12115, 0.1745, -0.052678, 0.093675, -0.02542]),
    t([9, 11, 13, 18, 18, 0, 0], [0.5, 1.51, 0.4682, 5.74, 4.69, f32::MAX, f32::MAX], [0.076927, -0.052994, -0.11698, -0.0012529, 0.10428, 0.10428, 0.26908, 0.26908]),
    t([24, 17, 12, 15, 3, 23, 10], [0.22, 0.9896, 0.3, 0.5, 0.7375, 3.48, 0.1], [-0.0086772, 0.13271, -0.089041, -0.4156, 0.11769, 0.25482, -0.20695, 0.14634]),
    t([23, 18, 18, 6, 0, 13, 22], [2.9, 4.35, 4.48, 0.01, 1.2, 0.6974, 1.5], [0.22861, -0.058106, -0.27331, 0.15671, -0.17254, 0.082045, 0.018775, -0.25708]),
    t([21, 14, 0, 4, 5, 17, 18], [0.5, 0.5, 2.35, 0.001, 0.144, 0.947, 5.74], [-0.12086, -0.0028724, 0.083943, -0.20178, 0.2111, -0.025245, 0.036605, -0.1986]),
    t([12, 13, 17, 17, 18, 4, 0], [0.7, 0.8787, 0.601, 0.797, 6.73, 0.3516, f32::MAX], [0.05067, -0.023132, 0.12497, -0.28622, 0.099291, -0.095847, -0.26523, -0.26523]),
    t([7, 23, 26, 4, 5, 0, 0], [0.5, 3.48, 0.7077, 0.287, 0.24, f32::MAX, f32::MAX], [0.0062543, 0.14176, -0.022472, 0.24231, -0.31312, -0.31312, -0.0020133, -0.0020133]),
    t([25, 11, 3, 26, 3, 10, 4], [0.5, 2.876, 0.5203, 0.6758, 0.7375, 0.1, 0.001], [0.016249, -0.048306, -0.22772, 0.23623, -0.033638, 0.11453, -0.039265, 0.25471]),
    t([9, 26, 13, 13, 24, 0, 0], [0.5, 0.4678, 0.4682, 0.5901, 0.114, f32::MAX, f32::MAX], [-0.15624, 0.051998, -0.0023664, 0.11348, 0.094826, 0.094826, 0.24432, 0.24432]),
    t([3, 11, 17, 4, 3, 16, 13], [0.8826, 3.0142, 0.947, 0.273, 0.6698, 1.2, 0.3388], [-0.027034, 0.028555, -0.265, 0.046301, 0.073355, 0.23046, 0.056447, -0.30325]),
    t([22, 23, 0, 1, 5, 0, 0], [3.5, 4.12, f32::MAX, 0.5, 0.24, f32::MAX, f32::MAX], [-0.00024386, 0.14395, -0.035151, 0.41773, -0.23442, -0.23442, -0.23442, -0.23442]),
    t([11, 0, 17, 26, 0, 18, 3], [0.8763, 2.35, 0.9896, 0.8369, f32::MAX, 4.69, 0.7375], [0.22578, -0.0039679, -0.1264, -0.1264, -0.045495, 0.017939, -0.062265, -0.32689]),
    t([10, 13, 13, 18, 17, 5, 24], [0.37, 0.16293, 0.4411, 6.19, 0.797, 0.0609, 0.053], [0.084185, -0.15533, 0.051921, -0.045346, -0.085984, 0.13951, 0.081329, 0.26739]),
    t([23, 18, 18, 18, 0, 15, 22], [2.9, 4.35, 4.69, 3.8, 1.2, 0.5, 1.5], [-0.1033, 0.21374, -0.18426, 0.1209, -0.10202, 0.12957, 0.016513, -0.245]),
    t([9, 16, 13, 6, 6, 0, 0], [0.5, 1.0, 0.4682, 0.143, 0.464, f32::MAX, f32::MAX], [-0.064641, 0.025758, 0.033901, -0.21966, 0.087718, 0.087718, 0.2194, 0.2194]),
    t([7, 13, 12, 23, 13, 0, 26], [0.5, 0.0462, 0.3, 5.42, 0.5417, f32::MAX, 0.5292], [0.098141, -0.2406, -0.038812, 0.022913, -0.28447, -0.28447, -0.14029, 0.20444]),
    t([12, 17, 18, 3, 23, 0, 0], [0.7, 0.865, 3.8, 0.3076, 5.2, f32::MAX, f32::MAX], [-0.014569, 0.11264, -0.032945, 0.098273, 0.041191, 0.041191, -0.24569, -0.24569]),
    t([26, 13, 17, 11, 0, 23, 13], [0.4678, 0.5901, 0.8751, 1.329, 2.8, 5.084, 0.9273], [0.10884, -0.16459, 0.10652, -0.1265, 0.069979, -0.058164, -0.023836, 0.1306]),
    t([4, 4, 23, 24, 11, 18, 11], [0.4504, 0.401, 4.12, 0.0004, 1.39, 4.48, 2.06004], [-0.015549, 0.049339, 0.077092, -0.18707, -0.14796, 0.16684, 0.075161, -0.17477]),
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
