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
    t([16, 9, 22, 10, 0, 3, 0], [0.3, 0.5, 1.5, 0.22, f32::MAX, 0.04866, f32::MAX], [-0.46766, 0.1888, 0.52439, 0.52439, 0.086246, 0.49115, -0.56654, -0.56654]),
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.0759, 0.1, 0.876, f32::MAX], [-0.080679, 0.43942, -0.14462, 0.3988, -0.42659, -0.012034, 0.39219, 0.39219]),
    t([3, 10, 18, 13, 23, 13, 22], [0.1115, 0.1, 3.94, 0.876, 5.11, 0.9156, 1.5], [-0.36902, -0.097832, 0.35931, -0.24926, -0.077013, 0.35635, 0.35395, -0.42813]),
    t([3, 24, 12, 10, 11, 7, 13], [0.0636, 0.11, 0.45, 0.45, 2.39888, 0.5, 0.7301], [-0.26685, 0.27663, 0.39992, -0.010167, 0.30903, -0.12561, -0.088257, 0.20662]),
    t([23, 10, 13, 3, 11, 11, 12], [3.75, 0.1, 0.8269, -0.00286, 2.1767, 1.758, 0.7], [-0.39054, 0.22564, 0.36737, 0.28178, 0.21855, -0.26539, 0.24347, -0.31805]),
    t([3, 10, 18, 1, 12, 13, 22], [0.1115, 0.1, 3.86, 0.5, 0.37, 0.03064, 1.5], [-0.0067453, -0.2627, 0.22454, -0.21995, 0.26288, -0.12929, 0.23496, -0.35985]),
    t([23, 10, 9, 19, 13, 1, 0], [3.75, 0.1, 0.5, 0.5, 0.6526, 0.5, f32::MAX], [0.17245, -0.40011, 0.25473, 0.34143, 0.076829, -0.21722, 0.37506, 0.37506]),
    t([13, 14, 10, 9, 13, 0, 11], [0.6863, 0.5, 0.1, 0.5, 0.1296, 4.36, 2.9687], [-0.22547, 0.28427, 0.2867, -0.35952, -0.012943, 0.47933, 0.29873, -0.10634]),
    t([23, 24, 13, 10, 4, 13, 12], [3.75, 0.0002, 0.8269, 0.1, 0.161, 0.0094, 0.7], [0.013309, 0.26342, 0.1792, 0.34501, 0.17539, -0.1947, 0.1685, -0.21235]),
    t([11, 23, 13, 12, 0, 3, 24], [1.758, 5.705, 0.6072, 0.1, f32::MAX, 0.012745, 0.0745], [0.29198, 0.0040668, -0.44174, -0.44174, -0.31016, -0.055428, -0.0032938, 0.29425]),
    t([25, 3, 1, 9, 17, 6, 26], [0.5, 0.15738, 0.5, 0.5, 0.8183, 0.168, 0.258], [-0.13304, 0.27501, 0.13428, -0.279, 0.40504, -0.067091, -0.2836, 0.19579]),
    t([10, 0, 3, 3, 7, 23, 26], [0.1, 4.48, 0.02696, 0.15738, 0.5, 5.11, 0.1028], [-0.16459, 0.05229, -0.03583, 1.2588, 0.14905, -0.26105, -0.021255, 0.23975]),
    t([13, 25, 12, 13, 4, 17, 1], [0.876, 0.5, 0.7, 0.0094, 0.2753, 0.8183, 0.5], [0.1612, -0.13948, 0.02407, 0.39868, 0.20508, -0.15996, 0.32894, -0.35239]),
    t([24, 11, 4, 23, 18, 24, 11], [0.046, 1.758, 0.401, 5.705, 3.07, 0.0745, 3.349], [0.19473, -0.43526, -0.34452, -0.042373, -0.27884, 0.14558, 0.17061, 0.73494]),
    t([13, 13, 18, 23, 18, 24, 11], [0.6526, 0.158, 3.07, 5.196, 2.6, 0.0373, 4.013], [0.11621, -0.20465, 0.19233, -0.25223, -0.38968, 0.051171, 0.073262, 0.54732]),
    t([17, 16, 23, 9, 0, 0, 11], [0.8183, 2.35, 3.75, 0.5, f32::MAX, f32::MAX, 1.758], [-0.019926, 0.23641, 0.30281, 0.30281, 0.09276, 0.09276, -0.10001, -0.47014]),
    t([10, 25, 13, 13, 1, 0, 1], [0.45, 0.5, 0.1054, 0.0094, 0.5, f32::MAX, 0.5], [0.13976, -0.059429, 0.29339, -0.15076, -0.061767, -0.061767, 0.20591, 0.34265]),
    t([13, 11, 11, 23, 7, 6, 13], [0.778, 3.087, 2.7003, 3.75, 0.5, 0.1484, 0.9476], [0.059692, -0.15986, -0.0231, 0.54426, 0.2509, -0.06245, -0.26817, 0.090209]),
    t([2, 22, 4, 17, 0, 0, 0], [0.5, 1.5, 0.4846, 0.8183, f32::MAX, f32::MAX, f32::MAX], [0.035105, -0.20156, -0.38328, -0.38328, -0.41406, -0.41406, -0.067052, -0.067052]),
    t([3, 1, 4, 11, 12, 13, 10], [0.012745, 0.5, 0.238, 2.39888, 0.1, 0.8269, 0.1], [-0.19348, 0.27932, 0.24151, -0.21447, -0.16075, 0.14294, 0.040153, 0.19211]),
    t([24, 17, 11, 16, 11, 18, 0], [0.11, 0.8183, 3.156, 2.35, 1.758, 4.34, f32::MAX], [-0.020357, 0.28869, -0.04127, -0.34724, 0.051231, 0.24164, -0.18452, -0.18452]),
    t([20, 18, 11, 11, 0, 26, 3], [0.5, 4.34, 2.1006, 3.2183, 4.36, 0.3014, 0.0825], [-0.16811, 0.069775, 0.00041218, 0.35045, 0.13896, 0.36214, 0.116, -0.46125]),
    t([9, 3, 0, 1, 4, 0, 0], [0.5, 0.15738, f32::MAX, 0.5, 0.238, f32::MAX, f32::MAX], [0.047182, -0.12838, -0.03095, 0.15016, 0.20763, 0.20763, 0.20763, 0.20763]),
    t([2, 17, 4, 0, 22, 0, 0], [0.5, 0.033, 0.4846, f32::MAX, 1.5, f32::MAX, f32::MAX], [-0.38589, -0.38589, 0.024347, -0.35662, -0.38927, -0.38927, -0.098574, -0.098574]),
    t([10, 13, 1, 17, 13, 20, 3], [0.45, 0.0094, 0.5, 0.305, 0.778, 0.5, 0.012745], [-0.39951, 0.199, -0.08578, 0.038844, -0.37198, 0.14787, 0.16868, 0.32625]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 60] = [
    t([0, 6, 24, 22, 10, 13, 10], [2.6, 0.01, 0.049, 1.5, 0.1, 0.8807, 0.18], [0.29602, -0.12314, -0.18893, 0.14539, -0.35244, -0.03453, -0.20955, 0.29707]),
    t([3, 0, 23, 10, 9, 22, 22], [0.0793, 3.1, 3.4, 0.1, 0.5, 2.5, 1.5], [-0.25361, 0.051873, -0.3138, 0.26969, 0.27425, -0.26823, 0.077116, -0.3828]),
    t([16, 10, 22, 25, 24, 13, 18], [1.0, 0.18, 1.5, 0.5, 0.049, 0.1966, 4.46], [-0.24345, 0.064549, -0.0862, 0.24858, 0.28944, 0.12312, 0.20572, -0.3261]),
    t([23, 5, 10, 22, 10, 9, 0], [3.75, 0.001, 0.18, 2.5, 0.18, 0.5, 3.5], [0.2145, -0.21478, -0.16027, 0.13817, -0.20123, 0.35804, 0.094549, -0.2281]),
    t([3, 13, 13, 13, 10, 12, 13], [0.0793, 0.797, 0.1966, 0.1266, 0.1, 0.3, 0.797], [-0.00060808, -0.21617, -0.16117, 0.16375, 0.23897, -0.058707, -0.025429, 0.22446]),
    t([6, 16, 10, 10, 17, 14, 13], [0.01, 1.2, 0.1, 0.1, 0.9786, 0.5, 0.7627], [-0.10127, 0.11145, 0.20806, -0.026057, -0.20798, 0.096742, -0.070038, 0.15926]),
    t([0, 22, 9, 11, 18, 11, 0], [2.97, 1.5, 0.5, 1.59417, 4.46, 1.7633, f32::MAX], [0.15752, 0.0025944, 0.083439, -0.28451, -0.099572, -0.22882, 0.29409, 0.29409]),
    t([3, 25, 10, 13, 13, 13, 22], [0.018685, 0.5, 0.1, 0.8416, 0.5674, 0.1266, 1.5], [-0.19325, -0.0094345, -0.044344, 0.24061, 0.15772, -0.084079, 0.14089, -0.14904]),
    t([23, 5, 24, 22, 13, 13, 22], [3.65, 0.001, 0.072, 2.5, 0.8416, 0.7627, 1.5], [0.15251, -0.16448, -0.10247, 0.17822, -0.14807, 0.028606, 0.14275, -0.25116]),
    t([11, 13, 3, 12, 17, 15, 17], [1.8723, 0.1266, 0.3244, 0.3, 0.8986, 0.5, 0.891], [0.19541, -0.22501, 0.091031, -0.070875, -0.16173, 0.20319, 0.10574, -0.10324]),
    t([0, 13, 9, 7, 13, 11, 0], [3.1, 0.1266, 0.5, 0.5, 0.7627, 1.538, f32::MAX], [0.17591, -0.39535, -0.053124, 0.141, -0.060007, -0.18818, 0.23721, 0.23721]),
    t([23, 26, 24, 11, 4, 13, 25], [3.5, 0.6932, 0.049, 1.426, 0.001, 0.797, 0.5], [0.20351, 0.045782, -0.14213, 0.1146, -0.12225, 0.043725, 0.026994, 0.21344]),
    t([10, 14, 23, 25, 13, 22, 13], [0.1, 0.5, 3.28, 0.5, 0.2568, 3.5, 0.6439], [-0.13538, 0.09867, 0.16223, -0.097715, 0.16341, -0.20079, -0.040515, 0.092291]),
    t([3, 25, 22, 10, 5, 24, 0], [0.018685, 0.5, 1.5, 0.37, 0.001, 0.114, 1.0], [-0.14414, 0.036162, 0.14499, -0.1777, 0.030834, 0.18929, 0.14428, -0.22342]),
    t([12, 17, 25, 23, 13, 9, 0], [0.1, 0.9179, 0.5, 5.4, 0.1608, 0.5, 2.97], [0.14418, -0.1467, 0.12805, -0.10091, -0.090305, 0.27743, 0.15198, -0.12822]),
    t([6, 23, 10, 17, 25, 9, 17], [0.056, 3.1, 0.37, 0.9898, 0.5, 0.5, 0.95412], [0.14075, -0.19144, -0.0067117, 0.18305, -0.080339, 0.22097, 0.11744, -0.14805]),
    t([10, 16, 23, 13, 17, 17, 22], [0.1, 1.7, 2.97, 0.6707, 0.931, 0.9898, 1.5], [-0.14202, -0.024502, 0.10081, -0.086958, 0.16633, -0.13932, 0.034796, -0.23089]),
    t([13, 12, 13, 7, 4, 23, 17], [0.1266, 0.3, 0.6439, 0.5, 0.251, 3.1, 0.95412], [0.15346, -0.31803, 0.014946, -0.20484, 0.048972, -0.12541, 0.092188, -0.12441]),
    t([24, 13, 22, 12, 13, 11, 13], [0.114, 0.091, 1.5, 0.3, 0.8807, 1.7633, 0.2568], [0.13456, -0.091162, -0.05828, 0.1146, 0.18453, 0.087043, -0.063739, -0.19379]),
    t([0, 17, 9, 11, 25, 17, 24], [2.97, 0.891, 0.5, 1.426, 0.5, 0.931, 0.049], [0.15228, 0.038372, -0.057855, 0.14119, -0.13246, 0.020756, 0.096434, 0.22872]),
    t([3, 12, 22, 13, 0, 24, 18], [0.00925, 0.63, 1.5, 0.7627, f32::MAX, 0.072, 4.46], [-0.090841, 0.02673, -0.21595, -0.21595, 0.018421, 0.13387, 0.074403, -0.21938]),
    t([21, 11, 0, 0, 25, 17, 18], [0.5, 0.966, 2.35, 2.1, 0.5, 0.95412, 5.87], [0.18483, -0.18376, -0.046458, 0.093887, 0.17164, 0.0032708, 0.035601, -0.14764]),
    t([15, 13, 17, 12, 23, 13, 18], [0.5, 0.1608, 0.95412, 0.1, 2.97, 0.6707, 4.856], [0.12564, -0.017887, 0.063854, -0.054181, 0.078218, 0.2232, 0.0010322, -0.20567]),
    t([22, 23, 18, 13, 18, 11, 17], [1.5, 5.034, 4.39, 0.6439, 4.15, 1.485, 0.786], [-0.0058544, 0.082295, -0.22977, -0.048957, 0.17612, -0.16945, -0.027268, -0.22474]),
    t([10, 14, 17, 13, 13, 16, 24], [0.1, 0.5, 0.8661, 0.5429, 0.3422, 1.0, 0.0324], [-0.12593, -0.012442, 0.095073, -0.090047, 0.013641, 0.15855, -0.036366, 0.09622]),
    t([13, 13, 18, 18, 17, 7, 17], [0.8807, 0.1608, 6.65, 6.101, 0.7951, 0.5, 0.9685], [0.092229, -0.09153, 0.048393, -0.054522, 0.13778, -0.1647, -0.049379, -0.34255]),
    t([11, 22, 3, 25, 0, 20, 0], [2.694, 1.5, 0.3244, 0.5, 1.0, 0.5, 2.4], [0.007456, 0.11864, 0.068223, -0.18275, -0.20129, 0.080491, -0.059258, 0.2506]),
    t([3, 12, 17, 5, 0, 15, 3], [0.00925, 0.63, 0.9786, 0.001, f32::MAX, 0.5, 0.0793], [-0.0051022, -0.11983, -0.20746, -0.20746, 0.015375, 0.17985, 0.15821, -0.12393]),
    t([11, 26, 13, 18, 17, 13, 17], [0.966, 0.6932, 0.6439, 5.77, 0.891, 0.091, 0.95412], [0.20847, -0.045297, 0.15774, -0.12979, 0.071884, -0.063706, 0.060858, -0.090774]),
    t([7, 11, 11, 18, 15, 0, 0], [0.5, 1.59417, 1.426, 5.77, 0.5, f32::MAX, f32::MAX], [0.062014, -0.034432, -0.036202, 0.14683, -0.09439, -0.09439, -0.29647, -0.29647]),
    t([9, 6, 18, 17, 13, 0, 0], [0.5, 0.056, 4.31, 0.8137, 0.797, f32::MAX, f32::MAX], [0.12257, 0.013786, -0.054489, 0.037049, 0.012834, 0.012834, 0.23833, 0.23833]),
    t([12, 22, 18, 24, 18, 0, 0], [0.7, 1.5, 3.73, 0.114, 4.39, f32::MAX, f32::MAX], [0.0014651, 0.10477, 0.032805, -0.18414, 0.0080335, 0.0080335, -0.23297, -0.23297]),
    t([21, 4, 23, 16, 18, 17, 3], [0.5, 0.445, 4.18, 1.2, 4.21, 0.8661, 0.018685], [-0.05923, 0.01771, -0.21546, 0.11053, 0.17271, 0.060298, -0.10397, 0.046275]),
    t([7, 12, 26, 17, 17, 0, 17], [0.5, 0.7, 0.561, 0.8661, 0.617, f32::MAX, 0.8986], [0.037687, -0.019656, 0.023199, -0.22362, -0.27967, -0.27967, 0.030262, -0.18225]),
    t([25, 11, 3, 26, 13, 10, 4], [0.5, 0.966, 0.5206, 0.677, 0.797, 0.1, 0.001], [0.18186, -0.044911, -0.031827, 0.046036, -0.026178, 0.098542, -0.063131, 0.23011]),
    t([22, 9, 19, 11, 18, 18, 18], [1.5, 0.5, 0.5, 1.538, 4.31, 4.09, 4.46], [0.037684, -0.022657, 0.010278, 0.21366, 0.043691, -0.22051, 0.12678, -0.078978]),
    t([24, 18, 12, 3, 17, 23, 3], [0.23, 3.73, 0.3, 0.1292, 0.9898, 3.4, 0.252], [-0.19629, -0.038, 0.0078436, -0.1529, 0.10773, 0.201, -0.16005, 0.097389]),
    t([3, 11, 17, 4, 3, 26, 18], [0.8844, 3.114, 0.94032, 0.001, 0.6674, 0.4964, 5.28], [-0.046409, 0.014387, -0.23523, -0.012646, 0.069519, 0.20265, 0.10446, -0.25272]),
    t([23, 4, 9, 18, 18, 13, 18], [3.5, 0.287, 0.5, 5.98, 4.39, 0.0507, 4.35], [0.026406, -0.12965, -0.023314, 0.15391, 0.064257, -0.033937, 0.0046461, 0.18854]),
    t([7, 15, 11, 13, 13, 0, 0], [0.5, 0.5, 1.426, 0.2283, 0.6439, f32::MAX, f32::MAX], [0.046912, -0.021712, -0.10518, 0.14419, -0.046127, -0.046127, -0.25396, -0.25396]),
    t([13, 13, 17, 0, 26, 15, 25], [0.5429, 0.2283, 0.95412, 3.5, 0.45805, 0.5, 0.5], [0.048396, -0.13934, -0.18138, -0.043294, 0.036968, 0.16003, -0.12544, 0.12191]),
    t([22, 12, 19, 17, 18, 18, 17], [1.5, 0.7, 0.5, 0.751, 3.73, 4.09, 0.824], [0.067719, -0.0014633, 0.026075, -0.21322, 0.041329, -0.21547, 0.14156, -0.065928]),
    t([3, 17, 17, 13, 13, 11, 11], [0.00925, 0.94032, 0.824, 0.5429, 0.5429, 2.694, 1.426], [-0.11849, -0.012, 0.24293, -0.073972, 0.08184, -0.13399, 0.035298, -0.035875]),
    t([7, 23, 26, 18, 18, 0, 16], [0.5, 2.8, 0.561, 4.856, 4.59, f32::MAX, 1.2], [0.14528, -0.060623, -0.048029, 0.017776, -0.2535, -0.2535, 0.074846, -0.13788]),
    t([10, 17, 13, 3, 3, 21, 17], [0.37, 0.9898, 0.4435, 0.3993, 0.5206, 0.5, 0.95412], [-0.023921, 0.038124, 0.0070611, -0.27548, -0.1375, 0.026795, 0.13122, 0.015843]),
    t([24, 18, 11, 13, 17, 3, 5], [0.114, 3.73, 1.7633, 0.9286, 0.87388, -0.083895, 0.053], [-0.13763, 0.1254, 0.024604, -0.024436, -0.057156, 0.12037, -0.037304, 0.16024]),
    t([13, 25, 18, 12, 0, 17, 17], [0.8807, 0.5, 6.65, 0.55, 2.97, 0.751, 0.9685], [-0.009053, -0.11065, 0.088636, -0.10068, -0.021996, 0.1117, -0.039008, -0.28056]),
    t([22, 9, 0, 23, 18, 17, 0], [1.5, 0.5, 1.7, 4.32, 4.31, 0.824, f32::MAX], [0.01667, -0.035411, 0.016539, 0.17456, 0.11795, -0.093651, -0.20748, -0.20748]),
    t([11, 18, 4, 0, 17, 18, 23], [0.83, 4.966, 0.001, 2.1, 0.91366, 5.98, 3.4], [0.19035, 0.028508, 0.12183, -0.1497, -0.01468, -0.18939, 0.086444, -0.0035528]),
    t([10, 4, 23, 14, 18, 26, 17], [0.1, 0.001, 2.97, 0.5, 4.966, 0.677, 0.751], [-0.11526, 0.022282, -0.071702, 0.036529, 0.13228, -0.0020353, 0.089427, -0.006774]),
    t([13, 11, 17, 6, 26, 0, 15], [0.5429, 1.538, 0.91366, 0.2385, 0.789, 2.97, 0.5], [0.046272, -0.094557, -0.068783, 0.22955, 0.078647, -0.028058, -0.066568, 0.073481]),
    t([22, 11, 0, 9, 3, 18, 0], [1.5, 3.114, 1.7, 0.5, 0.6674, 4.46, f32::MAX], [0.0033686, 0.13429, -0.22433, 0.046613, 0.088242, -0.095209, -0.20238, -0.20238]),
    t([24, 18, 12, 6, 17, 23, 10], [0.23, 3.73, 0.3, 0.2385, 0.9898, 3.4, 0.1], [-0.13675, 0.029705, 0.0053579, -0.10581, 0.066976, 0.18733, -0.13254, 0.089928]),
    t([3, 12, 17, 4, 26, 26, 18], [0.8844, 0.7, 0.94032, 0.305, 0.3652, 0.4964, 5.28], [-0.017363, 0.022527, 0.03042, -0.20256, 0.028222, 0.18737, 0.069733, -0.20107]),
    t([7, 13, 11, 23, 13, 0, 0], [0.5, 0.091, 1.426, 4.0, 0.5429, f32::MAX, f32::MAX], [0.1068, -0.014567, -0.035753, 0.0186, -0.0095686, -0.0095686, -0.23177, -0.23177]),
    t([21, 11, 0, 26, 4, 10, 5], [0.5, 0.83, 2.35, 0.711, 0.001, 0.63, 0.0169], [0.18786, 0.033685, -0.050754, 0.0027815, 0.11589, -0.036396, -0.068817, 0.086232]),
    t([3, 17, 17, 4, 24, 26, 13], [0.00925, 0.94032, 0.7951, 0.43, 0.0004, 0.43063, 0.9286], [-0.081165, 0.025622, 0.15015, -0.13807, -0.036526, 0.11313, -0.0099506, 0.1179]),
    t([23, 5, 5, 16, 13, 24, 16], [3.5, 0.265, 0.265, 1.2, 0.7627, 0.23, 1.0], [-0.030524, 0.07444, -0.22318, 0.067519, -0.020419, 0.15752, 0.43847, 0.02224]),
    t([22, 25, 19, 13, 16, 18, 16], [1.5, 0.5, 0.5, 0.8807, 1.0, 4.09, 1.2], [-0.0084702, 0.056397, 0.0084016, 0.13509, 0.040582, -0.20245, -0.14051, 0.043678]),
    t([9, 13, 11, 18, 17, 0, 0], [0.5, 0.1608, 1.59417, 6.101, 0.751, f32::MAX, 3.4], [0.056774, -0.084123, 0.060224, -0.020269, 0.0023677, 0.0023677, 0.18954, 0.080574]),
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
