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
pub(crate) const TREES_0: [Tree; 40] = [
    t([0, 10, 9, 3, 13, 13, 23], [2.86, 0.1, 0.5, 0.0624, 0.7294, 0.812, 5.94], [-0.45814, 0.25128, 0.3344, 0.56224, -0.54017, -0.11289, 0.53678, -0.27177]),
    t([3, 10, 13, 1, 23, 11, 12], [0.04885, 0.22, 0.812, 0.5, 5.12, 1.7166, 0.7], [-0.12225, -0.42299, 0.34799, -0.28693, 0.45318, -0.042171, 0.44464, 0.11457]),
    t([23, 10, 9, 3, 18, 13, 0], [4.894, 0.1, 0.5, 0.119745, 3.65, 0.812, 4.14], [-0.23839, 0.16742, 0.17711, 0.36895, -0.37521, -0.11038, 0.39317, -0.20035]),
    t([3, 13, 13, 11, 11, 14, 10], [0.0624, 0.812, 0.7294, 1.7166, 2.6935, 0.5, 0.22], [0.093575, -0.31432, 0.25178, -0.27486, -0.13064, 0.29913, 0.24718, 0.38143]),
    t([23, 18, 13, 13, 24, 9, 10], [3.7, 3.57, 0.812, 0.856, 0.0002, 0.5, 0.22], [-0.14316, 0.4025, 0.28183, 0.42033, -0.23707, 0.29313, -0.001123, 0.32556]),
    t([23, 13, 9, 11, 12, 1, 23], [5.01, 0.856, 0.5, 1.7166, 0.7, 0.5, 5.862], [0.28098, -0.065156, 0.30155, 0.058064, 0.15106, -0.28279, 0.32799, -0.12509]),
    t([3, 24, 10, 9, 11, 6, 18], [0.04885, 0.078, 0.18, 0.5, 2.5872, 0.048, 3.16], [-0.20414, 0.17957, 0.27676, -0.25421, 0.19946, -0.051076, 0.079422, 0.29013]),
    t([23, 18, 13, 15, 19, 14, 12], [3.7, 4.15, 0.856, 0.5, 0.5, 0.5, 0.7], [-0.031147, 0.32645, 0.2979, 0.042543, -0.16951, 0.12884, 0.18677, -0.14935]),
    t([10, 14, 24, 9, 13, 11, 23], [0.1, 0.5, 0.0324, 0.5, 0.3586, 2.0585, 5.66], [-0.14545, 0.32297, 0.26172, -0.3838, 0.1907, -0.038303, 0.30578, -0.23608]),
    t([24, 13, 13, 13, 3, 13, 0], [0.13, 0.812, 0.6217, 0.1405, 0.0624, 0.3586, f32::MAX], [0.051857, -0.16086, 0.00031045, 0.18631, 0.2485, -0.22332, 0.32791, 0.32791]),
    t([25, 10, 22, 3, 26, 1, 0], [0.5, 0.1, 1.5, 0.154275, 0.286, 0.5, f32::MAX], [-0.15532, 0.041566, 0.028695, 0.21798, 0.41147, 0.0638, -0.37957, -0.37957]),
    t([22, 25, 0, 13, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.69, 0.5, f32::MAX, f32::MAX], [-0.068418, 0.089672, 0.36294, 0.046741, -0.49301, -0.49301, -0.49301, -0.49301]),
    t([9, 23, 23, 18, 1, 17, 13], [0.5, 3.8, 5.862, 3.48, 0.5, 0.566, 0.393], [-0.054456, 0.17515, 0.033871, -0.1503, 0.37537, 0.24149, -0.37262, 0.06936]),
    t([20, 11, 17, 14, 9, 23, 11], [0.5, 1.5173, 0.735, 0.5, 0.5, 5.66, 2.0585], [0.03831, 0.34395, -0.065504, 0.22497, 0.27048, -0.26246, 0.14129, -0.34455]),
    t([13, 24, 12, 13, 23, 23, 18], [0.8966, 0.056, 0.7, 0.1405, 3.7, 6.147, 3.65], [0.048582, -0.11471, 0.29275, 0.054234, 0.13933, 0.44696, 0.22641, -0.32872]),
    t([22, 13, 0, 23, 10, 0, 0], [1.5, 0.6565, f32::MAX, 5.21, 0.22, f32::MAX, f32::MAX], [0.010982, -0.21276, 0.029346, 0.20518, -0.43115, -0.43115, -0.43115, -0.43115]),
    t([23, 17, 9, 19, 12, 5, 23], [3.7, 0.7577, 0.5, 0.5, 0.3, 0.0053, 5.94], [0.17447, -0.26847, 0.046091, -0.27938, -0.11047, 0.046708, 0.25633, -0.22809]),
    t([11, 12, 23, 18, 26, 23, 7], [1.5173, 0.1, 6.147, 3.75, 0.271, 5.66, 0.5], [-0.036608, 0.28131, -0.37039, -0.063009, -0.0073706, -0.24287, 0.018, 1.3257]),
    t([13, 25, 0, 3, 4, 7, 26], [0.856, 0.5, 3.1, -0.062645, 0.2785, 0.5, 0.188], [-0.31475, -0.029396, -0.073265, 0.35489, 0.17747, -0.17774, 0.081517, -0.31127]),
    t([22, 24, 0, 5, 23, 0, 0], [1.5, 0.042, f32::MAX, 0.2107, 3.7, f32::MAX, f32::MAX], [-0.030953, 0.18447, 0.27244, 0.066778, -0.38734, -0.38734, -0.38734, -0.38734]),
    t([6, 3, 3, 12, 3, 3, 13], [0.1529, -0.054, 0.04885, 0.1, -0.047345, -0.11274, 0.1405], [0.11976, -0.27466, 0.46849, 0.041733, 0.2031, -0.24312, 0.17381, -0.084402]),
    t([4, 12, 5, 13, 1, 5, 12], [0.2426, 0.7, 0.01772, 0.8966, 0.5, 0.00895, 0.82], [-0.15017, 0.14853, 0.32505, -0.19749, 0.0050486, -0.33399, 0.21152, -0.15139]),
    t([20, 3, 13, 4, 17, 5, 11], [0.5, 0.314, 0.267, 0.084, 0.79, 0.0783, 2.9956], [-0.25816, -0.027612, 0.13032, -0.17254, -0.1821, 0.23522, 0.23293, -0.27604]),
    t([9, 21, 0, 1, 18, 18, 0], [0.5, 0.5, 4.14, 0.5, 3.2, 3.65, f32::MAX], [0.01074, -0.094515, -0.092092, 0.19098, 0.15631, 0.31505, -0.15908, -0.15908]),
    t([2, 26, 4, 23, 23, 0, 0], [0.5, 0.271, 0.478, 6.147, 5.21, f32::MAX, f32::MAX], [-0.034426, 0.17477, 0.13504, -0.30546, -0.39015, -0.39015, -0.093808, -0.093808]),
    t([22, 24, 0, 11, 13, 0, 0], [1.5, 0.13, f32::MAX, 1.5173, 0.7294, f32::MAX, f32::MAX], [0.15503, -0.017975, 0.048176, 0.29209, -0.34392, -0.34392, -0.34392, -0.34392]),
    t([4, 18, 3, 12, 13, 1, 4], [0.2426, 5.047, 0.036485, 0.37, 0.0418, 0.5, 0.43], [-0.16954, 0.012715, 0.30628, -0.04863, 0.12261, -0.10849, 0.10746, -0.088291]),
    t([13, 5, 10, 18, 16, 23, 17], [0.6565, 0.2107, 0.45, 2.4, 1.2, 6.147, 0.668], [0.21216, -0.078171, 0.33316, -0.12655, 0.0063026, 0.21364, 0.30943, 0.15076]),
    t([9, 23, 0, 6, 2, 17, 0], [0.5, 3.1, 4.14, 0.252, 0.5, 0.566, f32::MAX], [0.1854, -0.3052, -0.015542, -0.3494, 0.27418, 0.094347, -0.18179, -0.18179]),
    t([25, 13, 17, 13, 12, 0, 4], [0.5, 0.812, 0.387, 0.1405, 0.78, f32::MAX, 0.2785], [0.042888, -0.088211, 0.083227, -0.13321, -0.30376, -0.30376, -0.014798, 0.30381]),
    t([24, 3, 26, 4, 17, 26, 16], [0.042, 0.62, 0.154, 0.084, 0.735, 0.0239, 1.0], [-0.19696, -0.0083176, 0.20482, -0.16962, -0.21487, 0.20166, -0.14421, 0.15928]),
    t([26, 5, 23, 18, 5, 0, 5], [0.3017, 0.0053, 5.21, 4.56, 0.00895, 3.35, 0.0228], [-0.10449, 0.044619, 0.29739, 0.019776, 0.093282, 0.68283, -0.3075, 0.01258]),
    t([22, 17, 17, 16, 23, 0, 13], [1.5, 0.897, 0.7577, 2.1, 3.54, f32::MAX, 0.393], [-0.0010023, 0.2509, 0.17871, -0.27287, -0.33189, -0.33189, -0.019715, -0.11835]),
    t([15, 5, 14, 18, 26, 23, 0], [0.5, 0.0053, 0.5, 2.4, 0.13, 4.32, f32::MAX], [0.22366, -0.051948, 0.1108, -0.026549, 0.23874, -0.043692, -0.26384, -0.26384]),
    t([9, 21, 23, 23, 0, 1, 13], [0.5, 0.5, 5.457, 6.147, 2.35, 0.5, 0.546], [-0.034763, 0.1049, 0.21454, -0.002682, 0.12121, 0.2802, -0.4149, 0.18731]),
    t([20, 3, 13, 26, 26, 5, 3], [0.5, 0.314, 0.267, 0.271, 0.067, 0.0783, 0.154275], [-0.05895, 0.060618, 0.22964, -0.0048006, -0.17626, 0.18198, 0.23462, -0.046376]),
    t([26, 7, 13, 6, 6, 10, 18], [0.0239, 0.5, 0.8966, 0.1366, 0.1366, 0.63, 3.57], [-0.33839, -0.039046, 0.43304, -0.32631, -3.9221e-05, -0.30248, 0.22085, 0.026087]),
    t([23, 18, 2, 26, 0, 4, 0], [3.1, 3.16, 0.5, 0.167, 1.5, 0.301, f32::MAX], [-0.045598, -0.39902, 0.051166, 0.27943, -0.041598, 0.031349, -0.31384, -0.31384]),
    t([5, 12, 11, 4, 19, 18, 4], [0.2107, 0.1, 2.395, 0.43, 0.5, 3.28, 0.002], [0.025442, 0.29634, -0.019505, -0.45495, -0.41783, 0.15015, 0.019972, 0.45703]),
    t([9, 1, 18, 23, 11, 23, 17], [0.5, 0.5, 3.2, 4.62, 3.2933, 5.53, 0.668], [-0.018862, 0.2698, -0.01234, -0.32083, 0.16468, -0.29873, 0.27473, 0.01229]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 60] = [
    t([0, 22, 24, 12, 18, 13, 10], [2.6, 1.5, 0.048, 0.1, 4.46, 0.880145, 0.18], [0.29362, 0.051464, 0.14821, -0.37462, -0.35036, -0.020954, -0.2044, 0.29734]),
    t([3, 10, 6, 9, 0, 22, 10], [0.07996, 0.18, 0.0563, 0.5, 3.48, 2.5, 0.1], [-0.28066, 0.30585, 0.094462, -0.28963, 0.26584, -0.24319, -0.17824, 0.13128]),
    t([23, 5, 10, 22, 10, 14, 13], [3.75, 0.001, 0.18, 2.5, 0.1, 0.5, 0.7628], [0.2376, -0.23018, -0.19551, 0.1024, -0.23106, 0.094637, -0.069961, 0.22593]),
    t([16, 24, 22, 13, 10, 13, 18], [1.0, 0.072, 1.5, 0.7628, 0.1, 0.2028, 4.46], [-0.2212, -0.0086605, -0.095844, 0.21581, 0.26283, 0.10603, 0.11117, -0.29463]),
    t([6, 10, 10, 13, 23, 14, 0], [0.01, 0.1, 0.1, 0.2341, 3.42, 0.5, 3.1], [0.20482, -0.027759, 0.23841, 0.12962, -0.22691, 0.061438, 0.077459, -0.15126]),
    t([3, 25, 11, 9, 0, 22, 13], [0.020685, 0.5, 1.8726, 0.5, 2.97, 1.5, 0.6454], [-0.20186, 0.29818, 0.23083, -0.10559, 0.15203, -0.17095, -0.15144, 0.081167]),
    t([23, 26, 10, 11, 4, 13, 13], [3.42, 0.687, 0.1, 1.4364, 0.001, 0.095, 0.7628], [0.23584, 0.099733, -0.088157, 0.14801, 0.048725, -0.19219, -0.057555, 0.16639]),
    t([0, 13, 9, 12, 13, 12, 0], [2.97, 0.1315, 0.5, 0.3, 0.7628, 0.1, f32::MAX], [0.21641, -0.028236, -0.051618, 0.16482, -0.081866, -0.21133, 0.33943, 0.33943]),
    t([6, 10, 24, 11, 17, 13, 22], [0.01, 0.1, 0.048, 1.715, 0.9774, 0.7977, 1.5], [0.094828, -0.098602, 0.1719, -0.040373, -0.14563, 0.048612, 0.11485, -0.27318]),
    t([3, 25, 13, 10, 5, 7, 13], [0.020685, 0.5, 0.1315, 0.37, 0.001, 0.5, 0.6454], [-0.17066, 0.025666, 0.17857, -0.14355, 0.18563, -0.33455, -0.052877, 0.10438]),
    t([23, 26, 10, 11, 10, 25, 24], [3.16, 0.705075, 0.1, 1.4364, 0.18, 0.5, 0.048], [0.21261, 0.10107, -0.1177, 0.12633, -0.14489, 0.11197, -0.02359, 0.14423]),
    t([0, 22, 9, 13, 0, 12, 3], [3.1, 1.5, 0.5, 0.167, 1.0, 0.3, 0.033], [0.16159, 0.023008, 0.098265, -0.2508, -0.090651, -0.19801, 0.19559, 0.32514]),
    t([3, 13, 17, 13, 17, 12, 13], [0.020685, 0.8403, 0.9388, 0.0524, 0.9514, 0.1, 0.2341], [0.077672, -0.14459, 0.095829, -0.1836, 0.14136, -0.0029848, 0.078183, -0.13859]),
    t([23, 17, 24, 7, 5, 13, 22], [3.42, 0.9034, 0.048, 0.5, 0.17, 0.6717, 1.5], [0.1502, -0.30442, 0.03132, -0.19581, -0.12328, 0.015903, 0.095079, -0.24586]),
    t([10, 3, 22, 11, 17, 0, 23], [0.1, 0.3114, 1.5, 1.4364, 0.911, 2.4, 2.86], [0.0172, -0.15604, 0.10059, -0.10407, 0.10872, -0.018169, 0.10356, -0.25265]),
    t([25, 11, 22, 17, 15, 0, 0], [0.5, 1.5446, 1.5, 0.9296, 0.5, 2.97, f32::MAX], [0.10147, -0.068729, -0.087536, 0.17619, 0.19593, -0.033111, -0.20896, -0.20896]),
    t([24, 13, 22, 12, 13, 11, 17], [0.119, 0.095, 1.5, 0.3, 0.7977, 1.8189, 0.8972], [0.15206, -0.1159, -0.077435, 0.085418, 0.19137, 0.088254, -0.06426, -0.20372]),
    t([10, 14, 23, 25, 13, 26, 13], [0.1, 0.5, 3.28, 0.5, 0.3482, 0.6716, 0.6454], [-0.10604, 0.093905, 0.12243, -0.15239, 0.16212, 0.027967, -0.040834, 0.078127]),
    t([9, 0, 13, 17, 12, 0, 10], [0.5, 2.97, 0.5005, 0.889, 0.3, f32::MAX, 0.18], [0.073778, -0.046219, -0.047706, -0.16351, 0.17722, 0.17722, 0.39394, 0.21973]),
    t([13, 12, 13, 7, 21, 23, 17], [0.1315, 0.3, 0.6454, 0.5, 0.5, 3.0, 0.9168], [0.13769, -0.28351, -0.14357, 0.15605, 0.065928, -0.10564, 0.09392, -0.070324]),
    t([22, 24, 18, 13, 11, 11, 17], [1.5, 0.119, 4.4, 0.880145, 1.8189, 1.493, 0.7879], [-0.02011, 0.11546, 0.17274, 0.069333, 0.18172, -0.17561, -0.080666, -0.23941]),
    t([6, 25, 9, 16, 13, 10, 13], [0.0563, 0.5, 0.5, 1.2, 0.4231, 0.37, 0.5005], [-0.041376, 0.072539, 0.12084, 0.21273, -0.068619, 0.065802, 0.15508, 0.2964]),
    t([3, 11, 22, 5, 20, 17, 18], [0.01136, 2.105, 1.5, 0.001, 0.5, 0.889, 4.4], [0.016451, -0.1061, -0.16874, 0.072252, 0.069315, -0.012023, 0.038373, -0.21081]),
    t([25, 13, 22, 11, 13, 23, 0], [0.5, 0.167, 1.5, 1.5446, 0.7977, 4.74, f32::MAX], [0.12538, -0.00547, -0.063295, 0.061414, 0.14857, -0.032287, -0.17657, -0.17657]),
    t([21, 3, 0, 9, 17, 17, 18], [0.5, 0.4845, 2.35, 0.5, 0.9883, 0.8661, 5.745], [-0.052896, 0.24118, 0.067793, -0.23685, 0.20086, 0.067193, 0.042605, -0.14693]),
    t([22, 12, 18, 23, 9, 11, 23], [1.5, 0.3, 4.4, 3.16, 0.5, 1.2457, 2.86], [0.099344, 0.010617, -0.058992, 0.24155, 0.19218, -0.13469, -0.10348, -0.23073]),
    t([24, 17, 26, 15, 3, 12, 17], [0.119, 0.9883, 0.4693, 0.5, 0.7168, 0.18, 0.8158], [-0.017564, 0.15544, -0.11746, -0.37531, 0.089328, -0.21422, 0.22196, 0.099966]),
    t([25, 11, 3, 0, 13, 0, 22], [0.5, 0.99, -0.08248, 2.1, 0.095, f32::MAX, 1.5], [0.16501, -0.082414, 0.077644, -0.034513, -0.078933, -0.078933, 0.12765, -0.14771]),
    t([10, 16, 17, 18, 17, 16, 24], [0.1, 2.0, 0.8661, 4.59, 0.9296, 1.0, 0.048], [-0.14269, -0.03735, 0.10508, -0.04594, 0.012889, 0.14981, -0.035454, 0.092754]),
    t([13, 13, 26, 18, 17, 12, 18], [0.880145, 0.167, 0.7825, 6.2, 0.8244, 0.7, 5.833], [0.080534, -0.13799, 0.035406, -0.055812, 0.13829, -0.13197, 0.036547, -0.30376]),
    t([12, 22, 17, 13, 23, 12, 0], [0.7, 1.5, 0.62003, 0.5457, 3.0, 0.9, f32::MAX], [-0.018343, 0.045549, -0.035938, -0.2087, -0.12348, 0.10178, -0.23507, -0.23507]),
    t([9, 6, 13, 17, 0, 0, 13], [0.5, 0.0563, 0.5005, 0.797, 3.48, f32::MAX, 0.7977], [0.12794, 0.017159, -0.014431, -0.1085, 0.098258, 0.098258, 0.2681, 0.13365]),
    t([7, 15, 26, 13, 17, 0, 17], [0.5, 0.5, 0.5442, 0.2028, 0.9514, f32::MAX, 0.8972], [0.057264, -0.02362, 0.19687, -0.10143, -0.28763, -0.28763, 0.010778, -0.19035]),
    t([12, 25, 18, 13, 13, 4, 0], [0.7, 0.5, 3.75, 0.880145, 0.5947, 0.3203, f32::MAX], [-0.014441, 0.08129, 0.040637, 0.14002, 0.067204, -0.10148, -0.22713, -0.22713]),
    t([21, 11, 23, 26, 4, 17, 5], [0.5, 0.83, 3.84, 0.687, 0.001, 0.9514, 0.0182], [0.20069, 0.049816, -0.071997, 0.00079106, 0.15805, 0.0029361, -0.028494, 0.099422]),
    t([22, 23, 18, 11, 9, 23, 23], [1.5, 3.16, 4.4, 1.08, 0.5, 3.0, 2.86], [0.16294, 0.027597, -0.013916, 0.18219, 0.18324, -0.11046, -0.080697, -0.21994]),
    t([24, 18, 12, 3, 17, 23, 3], [0.23, 3.75, 0.3, 0.12904, 0.9883, 3.68, 0.2456], [-0.20667, -0.02129, 0.0082798, -0.15689, 0.1181, 0.21096, -0.14463, 0.1012]),
    t([23, 17, 18, 13, 18, 24, 0], [5.71, 0.8661, 4.73, 0.5457, 5.745, 0.0324, 4.31], [-0.01057, 0.087512, 0.0078512, -0.081698, -0.23362, -0.010674, -0.13253, 0.081832]),
    t([11, 18, 13, 13, 4, 26, 17], [1.5446, 5.745, 0.5457, 0.2341, 0.001, 0.7825, 0.9514], [0.12648, 0.024277, -0.17769, 0.0052906, -0.079747, 0.23134, 0.036976, -0.14022]),
    t([3, 20, 17, 17, 0, 11, 13], [0.01136, 0.5, 0.8158, 0.9662, 3.92, 2.7908, 0.1315], [-0.087568, 0.11552, 0.11421, -0.19294, 0.086676, -0.16826, 0.080449, -0.019091]),
    t([7, 15, 11, 3, 17, 0, 0], [0.5, 0.5, 1.4364, 0.4845, 0.9514, f32::MAX, f32::MAX], [-0.021763, 0.041502, 0.17705, -0.064028, -0.057578, -0.057578, -0.26386, -0.26386]),
    t([22, 12, 18, 25, 17, 6, 0], [1.5, 0.7, 4.18, 0.5, 0.62003, 0.01, 1.2], [0.00047933, 0.087014, 0.026402, -0.21989, 0.17105, -0.088649, -0.059145, -0.21703]),
    t([9, 11, 18, 0, 15, 0, 13], [0.5, 1.6006, 4.23, 1.5, 0.5, f32::MAX, 0.474], [0.080071, -0.0032969, -0.034324, 0.10734, 0.011929, 0.011929, 0.10183, 0.23098]),
    t([4, 3, 18, 17, 24, 12, 6], [0.4645, 0.0019, 4.27, 0.9662, 0.0223, 0.1, 0.1056], [-0.074634, 0.081843, -0.0097571, 0.072078, -0.010467, -0.2234, 0.054828, 0.17598]),
    t([7, 13, 26, 11, 26, 0, 17], [0.5, 0.880145, 0.5442, 2.676, 0.83068, f32::MAX, 0.8972], [0.0020299, -0.099768, 0.09096, -0.19691, -0.25014, -0.25014, 0.046983, -0.15883]),
    t([22, 3, 18, 4, 17, 6, 23], [1.5, 0.8826, 4.18, 0.001, 0.9662, 0.01, 2.86], [-0.046858, 0.014591, 0.14651, -0.11414, 0.1577, -0.06846, -0.045915, -0.20426]),
    t([18, 3, 12, 4, 1, 17, 0], [3.75, 0.12904, 0.7, 0.001, 0.5, 0.8661, f32::MAX], [0.02514, -0.21178, -0.062958, 0.17595, 0.036763, -0.015692, -0.20925, -0.20925]),
    t([21, 13, 23, 12, 13, 17, 14], [0.5, 0.0524, 4.18, 0.3, 0.5457, 0.8661, 0.5], [0.1087, -0.090606, -0.051206, 0.012257, 0.16028, 0.033055, 0.014024, -0.20157]),
    t([23, 4, 24, 11, 18, 9, 3], [3.42, 0.287, 0.23, 1.377, 4.46, 0.5, 0.06322], [0.065599, -0.063306, -0.012031, 0.15492, -0.022502, 0.13919, 0.0088101, 0.19422]),
    t([22, 10, 17, 16, 18, 23, 18], [1.5, 0.1, 0.8244, 2.0, 5.745, 3.0, 4.4], [-0.043327, 0.03282, 0.036246, -0.043299, 0.15332, -0.10584, -0.015914, -0.17884]),
    t([25, 13, 16, 18, 17, 13, 11], [0.5, 0.7977, 1.0, 4.59, 0.9662, 0.3482, 1.08], [-0.051312, 0.0097814, 0.07175, -0.14375, -0.13708, 0.067287, -0.030225, 0.1478]),
    t([7, 13, 11, 18, 17, 0, 0], [0.5, 0.167, 1.4364, 6.2, 0.797, f32::MAX, f32::MAX], [0.068995, -0.11719, 0.046957, -0.021003, -0.022935, -0.022935, -0.23291, -0.23291]),
    t([23, 5, 24, 26, 13, 18, 4], [3.42, 0.265, 0.23, 0.687, 0.7001, 3.98, 0.305], [0.069459, -0.020575, -0.21347, 0.082377, -0.084036, -0.0074804, 0.17649, -0.0044301]),
    t([11, 6, 3, 18, 13, 0, 23], [2.105, 0.2385, 0.2078, 3.75, 0.7001, 4.31, 4.09], [-0.11767, 0.030888, -0.085459, 0.03657, -0.095594, 0.085622, -0.0012505, 0.14327]),
    t([9, 16, 1, 6, 17, 0, 6], [0.5, 1.0, 0.5, 0.1435, 0.8972, f32::MAX, 0.1322], [-0.057664, 0.026091, 0.0607, -0.021962, -0.0091277, -0.0091277, 0.093877, 0.18935]),
    t([22, 23, 18, 4, 18, 6, 0], [1.5, 5.71, 4.18, 0.001, 4.73, 0.01, 1.2], [-0.028022, 0.021638, -0.21244, -0.011255, 0.14179, -0.037567, -0.044276, -0.20507]),
    t([11, 18, 22, 0, 26, 4, 23], [0.83, 4.98, 1.5, 2.2, 0.749, 0.4645, 3.0], [0.18715, 0.014043, 0.061814, -0.21405, -0.0059229, 0.056004, -0.036053, -0.18645]),
    t([3, 11, 17, 4, 26, 26, 19], [0.8826, 2.9145, 0.9662, 0.001, 0.7275, 0.493, 0.5], [-0.033276, 0.012381, -0.17475, 0.091636, 0.012203, 0.1489, -0.16498, -0.00087747]),
    t([23, 16, 15, 17, 5, 18, 13], [3.16, 1.0, 0.5, 0.7879, 0.265, 4.09, 0.6454], [0.11312, -0.14758, 0.077364, -0.12617, -0.084023, -0.0052516, -0.14429, 0.12901]),
    t([17, 15, 18, 11, 13, 6, 13], [0.9883, 0.5, 4.86, 1.4364, 0.6717, 0.168, 0.880145], [0.030243, -0.014458, -0.13687, 0.13651, 0.10993, -0.1614, -0.23236, -0.039352]),
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
