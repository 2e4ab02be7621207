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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.076, 0.1, 0.876, f32::MAX], [-0.066192, 0.54073, -0.093737, 0.46107, -0.52656, -0.10613, 0.50537, 0.50537]),
    t([3, 10, 8, 24, 23, 22, 13], [0.0644, 0.3, 0.5, 0.11, 5.1, 1.5, 0.7305], [-0.38285, 0.22935, 0.46251, -0.21427, 0.39634, -0.58579, -0.16674, 0.30312]),
    t([3, 10, 18, 12, 23, 13, 22], [0.08296, 0.1, 3.94, 0.1, 5.1, 0.876, 1.5], [-0.036628, -0.35173, 0.34838, -0.19646, -0.15708, 0.30956, 0.32443, -0.45092]),
    t([16, 9, 7, 10, 0, 22, 13], [0.3, 0.5, 0.5, 0.22, f32::MAX, 1.5, 0.778], [-0.27527, 0.17194, 0.44659, 0.44659, 0.26787, -0.41754, -0.46391, 0.10593]),
    t([3, 10, 11, 13, 12, 0, 13], [0.1127, 0.1, 1.758, 0.828, 0.37, f32::MAX, 0.7305], [-0.29842, -0.008501, 0.23324, -0.24405, 0.34079, 0.34079, -0.030816, 0.26674]),
    t([23, 10, 13, 18, 11, 11, 12], [3.75, 0.1, 0.828, 4.17, 2.1767, 1.758, 0.7], [-0.075485, 0.24458, 0.34697, 0.2463, 0.19504, -0.24462, 0.22502, -0.28601]),
    t([23, 10, 9, 19, 11, 1, 0], [3.75, 0.1, 0.5, 0.5, 2.1767, 0.5, f32::MAX], [0.18274, -0.34689, 0.32544, 0.21371, 0.097223, -0.21434, 0.37956, 0.37956]),
    t([3, 13, 18, 11, 12, 13, 7], [0.1127, 0.6076, 3.94, 1.758, 0.37, 0.03064, 0.5], [0.11043, -0.26135, 0.20325, -0.092872, 0.24459, -0.12887, 0.20779, -0.12266]),
    t([10, 13, 3, 17, 13, 23, 26], [0.1, 0.0094, 0.027385, 0.305, 0.828, 5.414, 0.1028], [-0.40589, 0.32604, -0.20061, 0.071507, 0.11871, -0.29353, -0.044528, 0.26001]),
    t([23, 24, 9, 16, 4, 0, 0], [3.75, 0.0002, 0.5, 1.5, 0.161, 4.48, f32::MAX], [0.013048, 0.24121, 0.17547, 0.32902, -0.11149, 0.25564, 0.30014, 0.30014]),
    t([13, 25, 12, 13, 4, 17, 24], [0.876, 0.5, 0.7, 0.03064, 0.2753, 0.8183, 0.046], [0.10648, -0.15907, 0.070271, 0.40982, 0.22934, -0.14506, -0.28868, 0.32863]),
    t([3, 10, 4, 11, 23, 13, 22], [0.1582, 0.1, 0.238, 3.6285, 5.876, 0.04416, 1.5], [-0.17916, 0.26064, 0.14968, -0.26483, 0.24972, -0.10001, 0.20831, -0.28557]),
    t([13, 14, 23, 25, 13, 11, 0], [0.687, 0.5, 6.65, 0.5, 0.1298, 2.654, f32::MAX], [-0.15625, 0.1914, 0.2262, -0.32656, 0.15713, -0.082758, 0.57234, 0.57234]),
    t([10, 1, 1, 0, 9, 11, 4], [0.45, 0.5, 0.5, 3.62, 0.5, 1.49, 0.335], [0.010515, 0.47763, -0.13515, 0.35405, 0.25935, -0.095379, 0.41464, 0.24455]),
    t([24, 17, 2, 16, 11, 0, 0], [0.046, 0.8183, 0.5, 2.35, 1.758, 3.75, f32::MAX], [-0.039447, 0.3291, -0.062626, -0.42685, 0.18797, -0.1788, -0.39263, -0.39263]),
    t([10, 23, 3, 19, 0, 26, 18], [0.3, 3.75, 0.049, 0.5, 4.36, 0.11336, 5.2], [0.12747, -0.38328, -0.089328, 0.14353, -0.39543, 0.11014, 0.16835, 0.37331]),
    t([13, 23, 18, 13, 7, 23, 0], [0.653, 5.196, 3.07, 0.1298, 0.5, 4.24, 4.36], [0.13074, -0.13432, -0.29524, 0.3698, 0.054876, -0.37578, 0.05625, 0.38378]),
    t([25, 17, 1, 3, 18, 6, 26], [0.5, 0.8183, 0.5, 0.23379, 4.88, 0.168, 0.258], [-0.043139, 0.12189, -0.49701, -0.1663, 0.3598, -0.17626, -0.34809, 0.13701]),
    t([9, 20, 0, 1, 11, 0, 0], [0.5, 0.5, f32::MAX, 0.5, 2.1006, f32::MAX, f32::MAX], [0.035099, -0.10502, 0.29337, -0.064384, 0.23951, 0.23951, 0.23951, 0.23951]),
    t([2, 24, 4, 18, 13, 0, 0], [0.5, 0.046, 0.4846, 4.34, 0.468, f32::MAX, f32::MAX], [-0.088505, 0.033594, 0.013313, 0.20789, -0.42331, -0.42331, -0.066524, -0.066524]),
    t([22, 4, 0, 13, 3, 0, 0], [1.5, 0.238, f32::MAX, 0.687, 0.0128, f32::MAX, f32::MAX], [-0.17416, 0.053584, -0.051148, 0.10496, -0.38109, -0.38109, -0.38109, -0.38109]),
    t([11, 26, 9, 0, 12, 0, 0], [1.49, 0.1602, 0.5, f32::MAX, 0.1, 4.36, f32::MAX], [-0.21253, -0.21253, 0.29637, -0.29277, -0.059296, 0.15743, 0.2396, 0.2396]),
    t([24, 17, 12, 16, 13, 18, 0], [0.11, 0.776, 0.7, 2.35, 0.9476, 4.34, f32::MAX], [-0.0088474, 0.30199, -0.34419, 0.1796, 0.043981, 0.24364, -0.28182, -0.28182]),
    t([2, 22, 4, 17, 0, 0, 0], [0.5, 1.5, 0.4846, 0.033, f32::MAX, f32::MAX, f32::MAX], [-0.35585, 0.023886, -0.35124, -0.35124, -0.3906, -0.3906, -0.046466, -0.046466]),
    t([20, 3, 11, 7, 4, 26, 13], [0.5, 0.1127, 1.896, 0.5, 0.238, 0.3014, 0.424], [-0.10705, 0.21294, -0.061748, 0.11566, 0.17442, 0.45059, -0.35608, 0.16094]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0757, 3.07, 0.045, 0.1, 0.5, 1.5, 0.1], [-0.50916, 0.14161, -0.73138, 0.56712, 0.64323, -0.25649, -0.28873, 0.27964]),
    t([23, 5, 13, 22, 13, 12, 13], [3.75, 0.001, 0.0462, 2.5, 0.13, 0.22, 0.8794], [0.48543, -0.54739, 0.47964, -0.27604, 0.51124, -0.31879, -0.42511, 0.22935]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.51, f32::MAX], [0.37632, 0.044755, 0.27482, -0.62593, -0.070031, -0.45276, 0.62125, 0.62125]),
    t([3, 25, 10, 13, 13, 13, 22], [0.0166, 0.5, 0.1, 0.796, 0.5658, 0.1627, 1.5], [-0.41312, -0.1021, -0.11254, 0.57887, 0.3041, -0.18726, 0.31079, -0.27063]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.09, 1.5], [0.30233, -0.30899, -0.80656, 0.077024, 0.11269, -0.28378, 0.28001, -0.49617]),
    t([11, 17, 13, 0, 13, 14, 3], [1.871, 0.9143, 0.66946, 3.54, 0.2264, 0.5, 0.2356], [0.27693, -0.31122, 0.21995, -0.21321, -0.34812, 0.20991, -0.12932, 0.28191]),
    t([10, 16, 13, 13, 13, 13, 22], [0.18, 1.0, 0.72844, 0.5417, 0.13, 0.13, 3.5], [-0.33831, -0.089921, 0.34858, -0.052005, 0.32932, -0.053127, 0.43883, -0.42403]),
    t([25, 23, 22, 26, 13, 0, 0], [0.5, 3.07, 1.5, 0.6758, 0.796, 3.07, f32::MAX], [0.31234, -0.1551, -0.15677, 0.12853, 0.38802, -0.084724, -0.42542, -0.42542]),
    t([24, 10, 22, 16, 17, 3, 0], [0.114, 0.1, 1.5, 1.9, 0.9734, 0.00708, f32::MAX], [-0.23103, 0.040257, 0.10224, -0.345, 0.089636, 0.37738, -0.43377, -0.43377]),
    t([6, 17, 9, 11, 3, 10, 11], [0.045, 0.99008, 0.5, 1.4516, 0.739, 0.37, 1.694], [0.2659, 0.021053, -0.080731, -0.63752, -0.13238, 0.20939, 0.35902, 0.59389]),
    t([22, 0, 0, 17, 11, 26, 11], [1.5, 3.07, 1.0, 0.893, 2.6773, 0.6928, 1.006], [0.17551, -0.060494, -0.063569, -0.38469, 0.38966, -0.32964, 0.023748, -0.46262]),
    t([13, 13, 17, 7, 17, 15, 25], [0.643, 0.1627, 0.960535, 0.5, 0.818, 0.5, 0.5], [0.16637, -0.84245, -0.0019198, -0.24108, 0.11543, 0.43491, -0.33792, 0.39703]),
    t([24, 11, 26, 18, 18, 25, 22], [0.114, 1.51, 0.4681, 5.74, 4.48, 0.5, 1.5], [0.14443, -0.11685, -0.29379, -0.026644, -0.30605, 0.29759, 0.29756, -0.27188]),
    t([12, 22, 18, 3, 19, 0, 0], [0.7, 1.5, 3.8, 0.00708, 0.5, f32::MAX, f32::MAX], [-0.091529, 0.070702, -0.42722, 0.036009, 0.0016636, 0.0016636, -0.4817, -0.4817]),
    t([25, 13, 3, 14, 18, 4, 4], [0.5, 0.8794, 0.5206, 0.5, 6.73, 0.2452, 0.001], [-0.090643, 0.097201, 0.2412, -0.40074, -0.11497, 0.19397, -0.10983, 0.47188]),
    t([7, 9, 18, 13, 13, 0, 0], [0.5, 0.5, 3.4, 0.5658, 0.4682, f32::MAX, f32::MAX], [-0.058281, 0.069528, 0.26181, 0.52392, -0.1851, -0.1851, -0.59409, -0.59409]),
    t([21, 11, 0, 26, 4, 17, 18], [0.5, 0.8763, 2.35, 0.7077, 0.001, 0.865, 5.74], [0.42717, 0.01021, -0.15421, -0.00204, 0.4436, 0.14603, 0.052782, -0.29766]),
    t([3, 11, 17, 5, 13, 7, 18], [0.309, 2.876, 0.865, 0.001, 0.9273, 0.5, 4.35], [0.025286, -0.1422, -0.4658, -0.012527, 0.25919, -0.47168, 0.16294, -0.1231]),
    t([12, 13, 17, 12, 13, 4, 0], [0.7, 0.13, 0.601, 0.3, 0.5417, 0.3516, f32::MAX], [0.19126, -0.21977, -0.11915, 0.058386, 0.13686, -0.18128, -0.45424, -0.45424]),
    t([17, 15, 10, 14, 13, 4, 0], [0.99008, 0.5, 0.37, 0.5, 0.66946, 0.143, f32::MAX], [-0.030945, 0.12295, -0.13477, 0.33436, -0.54649, -0.13784, 0.12165, 0.12165]),
    t([9, 23, 18, 4, 18, 0, 0], [0.5, 3.48, 5.09, 0.287, 4.69, f32::MAX, f32::MAX], [-0.0067335, 0.24081, -0.1593, -0.0045168, 0.18215, 0.18215, 0.42429, 0.42429]),
    t([17, 3, 13, 10, 13, 18, 26], [0.79717, 0.057, 0.13, 0.1, 0.3904, 6.19, 0.4825], [-0.26921, 0.080682, 0.019609, 0.33784, 0.22273, -0.38198, -0.31229, -0.035578]),
    t([22, 10, 18, 11, 13, 11, 13], [1.5, 0.37, 4.35, 2.6773, 0.4411, 1.4516, 0.8398], [0.011297, -0.20017, -0.061629, 0.28918, 0.37552, -0.27521, -0.45022, 0.011657]),
    t([24, 4, 11, 3, 18, 0, 10], [0.23, 0.4504, 1.8163, 0.8826, 4.07, 1.5, 0.1], [-0.039895, 0.21064, -0.3841, 0.16213, 0.18079, 0.41646, -0.30739, 0.22424]),
    t([7, 17, 12, 12, 13, 0, 26], [0.5, 0.79717, 0.3, 0.63, 0.9273, f32::MAX, 0.5292], [0.12936, -0.23177, -0.030873, 0.18783, -0.49255, -0.49255, -0.2773, 0.23626]),
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
