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
pub(crate) const TREES_0: [Tree; 25] = [
    t([0, 23, 9, 7, 10, 10, 0], [2.86, 3.82, 0.5, 0.5, 0.1, 0.3, f32::MAX], [0.54938, 0.035459, -0.084569, 0.4739, -0.50442, 0.11027, 0.51299, 0.51299]),
    t([3, 10, 22, 9, 23, 8, 0], [0.1057, 0.1, 1.5, 0.5, 5.066, 0.5, f32::MAX], [-0.40582, 0.25655, 0.36679, -0.2689, 0.41491, 0.14923, -0.56426, -0.56426]),
    t([3, 10, 18, 1, 12, 13, 22], [0.1057, 0.1, 4.32, 0.5, 0.37, 0.827, 1.5], [-0.045541, -0.36667, 0.24997, -0.27772, -0.060534, 0.33225, 0.35479, -0.43276]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.28774, -0.44928, -0.42626, 0.12382, -0.32478, 0.31096, 0.22501, -0.30007]),
    t([23, 23, 13, 11, 11, 9, 12], [4.32, 3.82, 0.876, 2.8823, 1.768, 0.5, 0.7], [0.30997, 0.056753, 0.3483, -0.083867, -0.26502, 0.25413, 0.21944, -0.19402]),
    t([3, 1, 12, 11, 9, 7, 3], [0.0601, 0.5, 0.45, 3.6367, 0.5, 0.5, 0.1057], [-0.034674, 0.78132, -0.25391, 0.32735, 0.26523, -0.063766, -0.33843, 0.056546]),
    t([23, 18, 13, 4, 10, 11, 12], [3.82, 3.68, 0.827, 0.287, 0.1, 1.768, 0.7], [-0.3812, 0.21374, 0.1911, 0.32447, 0.19159, -0.23348, 0.19096, -0.14313]),
    t([16, 13, 17, 9, 24, 22, 11], [1.0, 0.688, 0.895, 0.5, 0.046, 1.5, 1.768], [-0.19643, 0.21326, 0.0099666, 0.26384, 0.25361, -0.43196, 0.11318, -0.44269]),
    t([3, 13, 10, 20, 1, 13, 24], [0.0118, 0.654, 0.1, 0.5, 0.5, 0.019, 0.046], [-0.2936, 0.18558, 0.35318, -0.1263, 0.27584, -0.065982, 0.18119, 0.33293]),
    t([23, 18, 13, 1, 23, 13, 23], [3.82, 4.32, 0.9476, 0.5, 3.48, 0.009265, 6.183], [-0.056548, 0.24713, 0.28578, 0.14612, 0.16776, -0.1401, 0.11228, 0.43376]),
    t([10, 3, 0, 25, 17, 12, 3], [0.1, 0.2165, 3.65, 0.5, 0.501, 0.37, 0.0468], [-0.16582, 0.31486, 0.22865, 0.0090367, 0.25169, 0.025283, -0.30871, 0.21914]),
    t([11, 23, 13, 6, 0, 13, 0], [1.768, 5.722, 0.654, 0.1252, f32::MAX, 0.009265, 4.38], [0.27289, 0.10436, -0.36497, -0.36497, 0.1586, -0.18775, 0.014324, 0.38231]),
    t([24, 11, 11, 23, 9, 3, 13], [0.074, 1.4996, 3.1706, 5.722, 0.5, -0.04165, 0.6099], [0.24278, -0.33374, -0.080923, 0.23721, -0.081481, 0.23292, -0.38263, 0.014049]),
    t([23, 3, 17, 4, 18, 14, 24], [3.48, 0.339, 0.815, 0.065, 4.32, 0.5, 0.0002], [-0.20108, 0.16319, 0.1957, 0.30578, -0.025673, 0.25265, -0.42105, -0.031782]),
    t([13, 25, 12, 10, 1, 3, 26], [0.876, 0.5, 0.7, 0.1, 0.5, 0.1057, 0.037], [-0.13142, 0.062896, 0.30957, -0.075257, 0.063924, 0.25614, 0.12445, -0.32803]),
    t([2, 1, 0, 0, 10, 0, 0], [0.5, 0.5, f32::MAX, 3.65, 0.45, f32::MAX, f32::MAX], [0.032155, 0.45098, -0.079644, 0.34128, -0.38148, -0.38148, -0.38148, -0.38148]),
    t([3, 7, 9, 13, 0, 0, 0], [0.0118, 0.5, 0.5, 0.827, 3.65, 3.1, f32::MAX], [-0.23591, 0.0055506, -0.32748, 0.56489, 0.0681, -0.12742, 0.31069, 0.31069]),
    t([18, 24, 0, 17, 10, 23, 6], [4.32, 0.0252, 4.38, 0.2085, 0.1, 4.86, 0.1115], [0.12277, -0.21189, -0.027561, 0.30296, 0.092865, -0.14095, -0.26554, 0.48209]),
    t([22, 12, 0, 17, 23, 0, 0], [1.5, 0.82, f32::MAX, 0.815, 6.66, f32::MAX, f32::MAX], [0.053377, -0.17074, -0.19033, 0.29355, -0.37733, -0.37733, -0.37733, -0.37733]),
    t([23, 3, 13, 11, 0, 0, 10], [3.48, 0.6255, 0.009265, 2.532555, f32::MAX, 2.97, 0.45], [0.16633, -0.13772, 0.28658, 0.28658, 0.28593, -0.19841, -0.068078, 0.27075]),
    t([4, 13, 3, 13, 26, 9, 4], [0.2403, 0.688, 0.1515, 0.045, 0.135, 0.5, 0.389], [0.051535, -0.32311, 0.18047, -0.23143, -0.04576, 0.23661, 0.20852, -0.12302]),
    t([2, 22, 4, 25, 0, 0, 0], [0.5, 1.5, 0.4824, 0.5, f32::MAX, f32::MAX, f32::MAX], [0.00084271, 0.19746, -0.33943, -0.33943, -0.37557, -0.37557, -0.10818, -0.10818]),
    t([13, 13, 11, 3, 24, 6, 13], [0.778, 0.15856, 2.6758, 0.1515, 0.0252, 0.1484, 0.9476], [-0.047916, 0.17329, -0.19164, 0.068229, 0.22592, -0.039577, -0.25529, 0.07837]),
    t([23, 3, 0, 18, 13, 9, 18], [3.48, 0.6255, 4.38, 4.32, 0.5701, 0.5, 3.07], [-0.18015, 0.16976, 0.31725, 0.13764, -0.060488, 0.24824, -0.40789, 0.24793]),
    t([10, 13, 0, 17, 26, 13, 17], [0.1, 0.009265, 4.09, 0.2996, 0.07, 0.323, 0.696], [-0.36734, 0.2261, 0.094968, -0.13196, -0.00045656, 0.17433, -0.38385, 0.15472]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([0, 22, 9, 23, 0, 3, 0], [2.8, 1.5, 0.5, 3.68, f32::MAX, 0.1527, f32::MAX], [0.64525, 0.16403, -0.79015, -0.79015, -0.67413, 0.037062, 0.64788, 0.64788]),
    t([3, 11, 22, 24, 0, 6, 0], [0.0833, 1.9046, 1.5, 0.056, 2.0, 0.059, f32::MAX], [-0.23124, 0.36838, -0.049618, -0.54194, 0.49621, 0.11218, -0.57478, -0.57478]),
    t([23, 13, 10, 12, 10, 14, 24], [4.14, 0.1381, 0.18, 0.3, 0.1, 0.5, 0.042], [0.53132, 0.20461, -0.147, 0.30105, -0.40696, 0.27475, -0.12588, 0.58333]),
    t([3, 25, 13, 13, 13, 12, 13], [0.02241, 0.5, 0.1381, 0.841, 0.6267, 0.3, 0.6267], [-0.39714, 0.08329, 0.0033519, 0.55221, 0.44975, 0.012026, -0.15141, 0.23861]),
    t([6, 22, 10, 25, 0, 24, 0], [0.029, 1.5, 0.1, 0.5, f32::MAX, 0.114, 3.9], [0.22305, 0.48418, -0.5082, -0.5082, -0.35792, 0.26742, 0.14316, -0.30307]),
    t([23, 5, 13, 22, 11, 0, 13], [3.4, 0.001, 0.091, 1.5, 1.35, 3.45, 0.7648], [0.34449, -0.44704, 0.1845, -0.47852, 0.35894, -0.38846, -0.25824, 0.15597]),
    t([24, 11, 22, 17, 10, 3, 0], [0.114, 1.8478, 1.5, 0.8956, 0.1, 0.01323, f32::MAX], [0.20471, -0.12399, -0.30341, -0.032822, 0.060029, 0.42613, -0.50306, -0.50306]),
    t([25, 10, 22, 3, 0, 0, 0], [0.5, 0.18, 1.5, 0.01323, 3.57, 3.0, f32::MAX], [-0.2827, -0.046522, 0.19131, -0.2362, 0.39096, -0.048329, -0.47686, -0.47686]),
    t([22, 11, 0, 13, 3, 0, 0], [1.5, 2.739, f32::MAX, 0.091, 0.34146, f32::MAX, f32::MAX], [0.27728, 0.01606, -0.41563, 0.060695, -0.48673, -0.48673, -0.48673, -0.48673]),
    t([13, 25, 26, 13, 23, 23, 18], [0.8817, 0.5, 0.798, 0.2127, 3.77, 6.241, 5.82], [0.10214, -0.14162, 0.3946, 0.13324, 0.33426, 1.0199, -0.0065285, -0.73856]),
    t([9, 23, 11, 4, 10, 0, 0], [0.5, 3.5, 1.663, 0.182, 0.45, f32::MAX, f32::MAX], [-0.048126, 0.29942, -0.11295, 0.22008, 0.38229, 0.38229, 0.62036, 0.62036]),
    t([17, 24, 24, 11, 3, 3, 18], [0.9883, 0.042, 0.042, 1.538, -0.0646, 0.77854, 5.495], [0.10219, -0.10406, -0.28754, 0.24252, -0.46181, -1.1486, 0.21339, -0.42338]),
    t([22, 13, 0, 18, 17, 0, 0], [1.5, 0.6267, f32::MAX, 4.39, 0.95416, f32::MAX, f32::MAX], [-0.29635, 0.013924, 0.20953, -0.30258, -0.44919, -0.44919, -0.44919, -0.44919]),
    t([16, 13, 17, 17, 26, 7, 13], [1.0, 0.5337, 0.8782, 0.9682, 0.798, 0.5, 0.182], [-0.20259, 0.3677, 0.06467, -0.46326, 0.28168, -0.57376, 0.2515, -0.1434]),
    t([12, 22, 18, 13, 0, 0, 26], [0.7, 1.5, 3.77, 0.932, f32::MAX, f32::MAX, 0.70942], [0.0077633, 0.29635, -0.42273, -0.42273, 0.0084655, 0.0084655, -0.51295, -0.11068]),
    t([24, 18, 23, 13, 23, 17, 4], [0.21, 4.6, 3.5, 0.70496, 3.5, 0.9233, 0.2925], [-0.25738, 0.066627, 0.17816, -0.01994, 0.30373, 0.026163, 0.48252, 0.013874]),
    t([9, 0, 11, 17, 17, 0, 0], [0.5, 3.0, 1.663, 0.7896, 0.931, f32::MAX, f32::MAX], [0.23464, -0.023169, -0.21566, 0.13814, 0.24878, 0.24878, 0.46985, 0.46985]),
    t([4, 24, 11, 13, 26, 23, 12], [0.3066, 0.114, 2.654, 0.2127, 0.4498, 4.14, 0.37], [0.066962, -0.14453, -0.35529, 0.23365, 0.22489, 0.022102, 0.27473, -0.32761]),
    t([7, 13, 18, 11, 13, 0, 23], [0.5, 0.0439, 3.24, 1.7306, 0.5337, f32::MAX, 4.63], [0.30118, -0.00075495, -0.10463, 0.057501, -0.046422, -0.046422, -0.69568, -0.16681]),
    t([22, 10, 0, 16, 18, 0, 0], [1.5, 0.1, f32::MAX, 2.1, 5.695, f32::MAX, f32::MAX], [-0.11206, 0.11786, 0.12087, -0.056383, -0.40156, -0.40156, -0.40156, -0.40156]),
    t([17, 15, 13, 18, 17, 18, 0], [0.9883, 0.5, 0.8817, 4.6, 0.95416, 3.77, f32::MAX], [-0.15168, 0.036425, 0.34356, -0.18502, 0.061677, -0.60712, 0.114, 0.114]),
    t([25, 17, 6, 3, 3, 11, 6], [0.5, 0.9101, 0.059, 0.34146, 0.2032, 1.125, 0.094], [-0.040576, 0.1895, 0.026022, -0.25063, -0.18571, 0.34495, -0.40848, 0.13025]),
    t([11, 3, 6, 5, 4, 0, 0], [3.2309, 0.01323, 0.01, 0.001, 0.146, f32::MAX, f32::MAX], [0.013786, -0.29051, -0.072759, 0.095604, 0.0035184, 0.0035184, -0.52364, -0.52364]),
    t([11, 18, 3, 17, 0, 9, 4], [1.538, 5.76, 0.8725, 0.931, 4.18, 0.5, 0.146], [0.20512, -0.018337, -0.11571, 0.88228, -0.073312, 0.36878, 0.16389, 0.62677]),
    t([23, 19, 12, 6, 13, 13, 26], [3.07, 0.5, 0.7, 0.252, 0.36114, 0.8002, 0.366], [0.28456, 0.0039456, 0.049672, -0.8035, -0.03148, 0.089918, 0.0016308, -0.40719]),
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
