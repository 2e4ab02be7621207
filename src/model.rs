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
    t([23, 22, 0, 5, 18, 10, 9], [3.84, 1.5, 3.0, 0.001, 4.45, 0.18, 0.5], [0.30482, 0.05283, 0.2145, -0.35067, -0.17469, 0.1477, -0.35234, 0.32476]),
    t([3, 23, 6, 10, 9, 22, 10], [0.0757, 4.79, 0.056, 0.1, 0.5, 2.5, 0.1], [-0.25638, 0.05372, -0.308, 0.23885, 0.26406, -0.24861, -0.15902, 0.11902]),
    t([16, 24, 22, 13, 10, 6, 18], [1.0, 0.072, 1.5, 0.8405, 0.18, 0.01, 4.45], [-0.23393, 0.023398, -0.041433, 0.284, 0.24825, 0.076092, 0.14659, -0.32994]),
    t([3, 10, 23, 14, 0, 22, 13], [0.0757, 0.1, 3.24, 0.5, 3.0, 2.5, 0.1247], [-0.25422, 0.039469, 0.052782, -0.19264, 0.22892, -0.21053, 0.23736, -0.027724]),
    t([23, 5, 11, 22, 10, 24, 9], [3.65, 0.001, 1.875, 2.5, 0.18, 0.0496, 0.5], [0.19632, -0.18386, -0.12264, 0.17177, -0.071691, 0.16678, -0.20849, 0.27123]),
    t([3, 25, 10, 10, 13, 16, 22], [0.017045, 0.5, 0.1, 0.37, 0.56474, 1.7, 1.5], [-0.21248, 0.01238, -0.055062, 0.2523, -0.14409, 0.10163, 0.16474, -0.19147]),
    t([6, 13, 13, 12, 13, 13, 10], [0.01, 0.2236, 0.796, 0.3, 0.643, 0.1247, 0.22], [0.22531, -0.050118, -0.031912, 0.16278, 0.093972, -0.17738, -0.0028329, 0.23747]),
    t([0, 22, 9, 12, 0, 11, 0], [2.86, 1.5, 0.5, 0.1, 1.0, 1.763, f32::MAX], [0.14315, -0.001087, 0.13773, -0.26128, -0.06704, -0.20989, 0.26014, 0.26014]),
    t([23, 17, 13, 11, 13, 13, 10], [3.5, 0.99004, 0.761715, 1.53, 0.1562, 0.0894, 0.1], [0.17921, 0.038423, 0.038351, -0.35972, 0.11151, -0.15443, -0.073033, 0.1622]),
    t([3, 25, 10, 10, 24, 13, 17], [0.017045, 0.5, 0.1, 0.1, 0.0496, 0.1247, 0.9552], [-0.20307, -0.088203, 0.00092073, 0.25228, 0.13834, -0.07985, 0.13062, -0.060845]),
    t([0, 22, 9, 25, 18, 11, 0], [3.0, 1.5, 0.5, 0.5, 4.45, 1.53, f32::MAX], [0.035138, 0.2196, 0.063487, -0.24911, -0.022465, -0.18236, 0.22347, 0.22347]),
    t([6, 13, 13, 12, 17, 13, 17], [0.01, 0.1926, 0.8801, 0.3, 0.89133, 0.0492, 0.9552], [0.19208, -0.12031, 0.11766, -0.055032, 0.10178, -0.10629, 0.19528, -0.13582]),
    t([10, 14, 23, 25, 13, 17, 13], [0.1, 0.5, 3.4, 0.5, 0.2515, 0.907, 0.643], [-0.13699, 0.10732, 0.16772, -0.11571, 0.1928, 0.074404, -0.055077, 0.10063]),
    t([11, 17, 13, 0, 13, 24, 15], [1.5892, 0.8986, 0.643, 3.54, 0.2236, 0.114, 0.5], [0.1547, -0.11703, 0.11114, -0.072801, -0.13922, 0.096841, -0.0061285, 0.23352]),
    t([3, 10, 22, 17, 13, 24, 19], [0.017045, 0.1, 1.5, 0.9798, 0.8801, 0.072, 0.5], [-0.17182, 0.057108, -0.065234, 0.13695, 0.022414, 0.17521, -0.24119, 0.0098978]),
    t([12, 13, 13, 7, 13, 21, 3], [0.3, 0.1247, 0.54094, 0.5, 0.761715, 0.5, 0.537], [0.15888, -0.38443, -0.051123, 0.11855, -0.17654, 0.091116, -0.058637, 0.14602]),
    t([23, 26, 25, 11, 4, 13, 22], [3.24, 0.6954, 0.5, 1.424, 0.001, 0.796, 1.5], [0.19537, 0.041198, -0.1774, 0.087755, -0.075876, 0.057425, 0.15112, -0.19933]),
    t([24, 23, 22, 26, 13, 11, 23], [0.114, 2.97, 1.5, 0.6954, 0.0894, 1.8176, 3.84], [0.13571, -0.074171, 0.081875, -0.059261, 0.18845, 0.079502, -0.061752, -0.22751]),
    t([10, 14, 0, 13, 13, 22, 24], [0.1, 0.5, 3.75, 0.5902, 0.1247, 1.5, 0.0496], [-0.13355, -0.017121, 0.15545, -0.037738, 0.069043, -0.13594, -0.13723, 0.18622]),
    t([25, 11, 22, 26, 13, 0, 0], [0.5, 0.966, 1.5, 0.6954, 0.796, 3.0, f32::MAX], [0.20283, -0.022462, -0.05214, 0.067005, 0.16188, -0.056649, -0.19524, -0.19524]),
    t([10, 6, 13, 17, 9, 24, 17], [0.37, 0.056, 0.7287, 0.99004, 0.5, 0.0496, 0.9552], [0.052411, -0.24149, -0.063717, 0.25679, -0.0062281, 0.19154, 0.19501, 0.029781]),
    t([17, 3, 13, 23, 7, 18, 24], [0.89133, 0.1709, 0.1562, 4.1, 0.5, 6.128, 0.23], [0.061561, -0.084701, 0.12301, -0.30174, 0.12854, -0.22621, -0.084833, 0.15397]),
    t([21, 25, 0, 13, 22, 17, 24], [0.5, 0.5, 2.35, 0.1247, 1.5, 0.9552, 0.0062], [0.064136, -0.049782, 0.11782, -0.18392, 0.16611, -0.027649, -0.067989, 0.1151]),
    t([13, 11, 26, 17, 3, 12, 18], [0.8801, 2.71, 0.7916, 0.8665, 0.4128, 0.7, 5.795], [0.046396, -0.043698, -0.21319, 0.044839, 0.15384, -0.11939, 0.007474, -0.30762]),
    t([22, 12, 18, 17, 9, 11, 23], [1.5, 0.1, 4.45, 0.919, 0.5, 1.4797, 2.8], [0.10854, -0.03547, -0.037134, 0.25901, 0.17158, -0.18594, -0.065453, -0.23499]),
    t([3, 12, 17, 5, 0, 15, 3], [0.00746, 0.63, 0.9798, 0.001, f32::MAX, 0.5, 0.0757], [-0.010095, -0.12591, -0.20836, -0.20836, 0.016657, 0.18631, 0.18097, -0.12716]),
    t([11, 18, 13, 17, 4, 18, 15], [1.53, 5.715, 0.643, 0.9319, 0.001, 4.45, 0.5], [0.1019, 0.00061882, -0.1518, 0.0036139, -0.14624, -0.039192, 0.008023, 0.19056]),
    t([24, 23, 22, 11, 13, 11, 23], [0.114, 3.4, 1.5, 1.362, 0.643, 1.8176, 3.84], [0.10417, -0.016725, -0.065837, 0.016434, 0.14974, 0.041769, -0.02947, -0.18389]),
    t([22, 25, 23, 13, 13, 10, 11], [1.5, 0.5, 2.8, 0.1247, 0.6155, 0.1, 0.966], [0.068246, -0.018667, 0.048113, 0.15784, -0.16397, 0.15224, 0.041282, -0.21655]),
    t([7, 9, 12, 23, 11, 0, 26], [0.5, 0.5, 0.3, 4.34, 1.5892, f32::MAX, 0.5284], [0.022237, -0.053188, 0.086896, 0.25116, -0.2977, -0.2977, -0.19744, 0.029997]),
    t([10, 3, 17, 12, 17, 3, 24], [0.1, 0.2574, 0.7937, 0.3, 0.824, 0.1277, 0.0336], [-0.028008, -0.13434, 0.13328, -0.042322, 0.01299, 0.17907, -0.012878, 0.0904]),
    t([12, 22, 18, 13, 18, 0, 0], [0.7, 1.5, 3.75, 0.8801, 4.36, f32::MAX, f32::MAX], [0.0011387, 0.098341, 0.044804, -0.17885, 0.01586, 0.01586, -0.23193, -0.23193]),
    t([11, 0, 13, 26, 20, 12, 13], [0.966, 2.1, 0.0492, 0.833, 0.5, 0.3, 0.54094], [0.18571, -0.081369, -0.21059, 0.13646, 0.11445, -0.11244, -0.062157, 0.019884]),
    t([7, 17, 26, 0, 13, 0, 0], [0.5, 0.8751, 0.7142, 3.0, 0.1926, f32::MAX, f32::MAX], [0.062374, -0.069493, 0.063475, -0.047508, -0.26935, -0.26935, -0.056824, -0.056824]),
    t([9, 10, 13, 17, 13, 0, 0], [0.5, 0.37, 0.4926, 0.99004, 0.4407, f32::MAX, f32::MAX], [-0.0085726, -0.16347, -0.0088574, 0.10833, 0.097108, 0.097108, 0.24196, 0.24196]),
    t([11, 17, 3, 3, 13, 0, 0], [3.1264, 0.8136, 0.67486, 0.1277, 0.1247, f32::MAX, f32::MAX], [-0.021201, 0.11551, 0.081382, -0.030293, -0.24453, -0.24453, -0.0010253, -0.0010253]),
    t([25, 23, 13, 18, 13, 16, 13], [0.5, 2.8, 0.56474, 4.81, 0.796, 1.0, 0.8405], [0.14562, -0.061652, -0.034203, 0.04311, -0.077474, 0.10963, 0.16819, 0.018563]),
    t([22, 12, 0, 24, 17, 17, 0], [1.5, 0.7, 1.7, 0.0496, 0.6133, 0.824, f32::MAX], [-0.0023842, 0.065972, 0.028761, -0.22262, 0.13278, -0.08923, -0.21952, -0.21952]),
    t([7, 15, 26, 13, 17, 23, 0], [0.5, 0.5, 0.7142, 0.2236, 0.9552, 4.63, f32::MAX], [0.043788, -0.022591, 0.19008, -0.074704, -0.26678, -0.068913, -0.039326, -0.039326]),
    t([4, 21, 18, 16, 23, 11, 23], [0.445, 0.5, 4.1, 1.2, 3.1, 1.424, 4.1], [-0.056912, 0.019072, 0.17084, 0.029922, -0.059439, -0.25769, 0.16633, 0.0066082]),
    t([9, 3, 11, 11, 17, 0, 0], [0.5, 0.8862, 1.5892, 3.1264, 0.94046, f32::MAX, 3.42], [-0.0048904, -0.19442, 0.16106, -0.065886, 0.050138, 0.050138, 0.263, 0.10893]),
    t([4, 11, 18, 26, 17, 16, 23], [0.3057, 0.966, 4.1, 0.6954, 0.7937, 1.2, 4.1], [0.19357, -0.064179, 0.048404, -0.046417, -0.15128, 0.024981, 0.099253, -0.00080596]),
    t([22, 13, 0, 24, 18, 13, 0], [1.5, 0.9286, 1.7, 0.0496, 6.68, 0.8405, f32::MAX], [-0.011582, 0.053602, 0.13097, -0.12842, -0.093642, 0.10298, -0.21344, -0.21344]),
    t([7, 3, 18, 4, 17, 0, 23], [0.5, 0.00746, 3.45, 0.43, 0.7937, f32::MAX, 4.63], [-0.063632, 0.036556, 0.075236, -6.0551e-05, -0.019487, -0.019487, -0.24993, -0.033047]),
    t([9, 11, 13, 0, 13, 0, 0], [0.5, 1.53, 0.4926, 1.5, 0.54094, f32::MAX, f32::MAX], [0.080188, -0.0018813, -0.062475, 0.013814, 0.055759, 0.055759, 0.21157, 0.21157]),
    t([12, 4, 18, 18, 18, 0, 0], [0.7, 0.001, 3.75, 5.882, 4.54, f32::MAX, f32::MAX], [0.0011595, -0.19545, -0.038472, 0.03951, 0.029224, 0.029224, -0.21158, -0.21158]),
    t([10, 17, 10, 15, 18, 17, 13], [0.37, 0.99004, 0.63, 0.5, 4.81, 0.9552, 0.761715], [-0.010773, 0.10241, 0.060041, -0.22242, 0.12235, -0.096875, -0.092449, 0.12756]),
    t([22, 25, 23, 23, 16, 16, 0], [1.5, 0.5, 3.4, 2.5, 1.0, 1.2, f32::MAX], [0.094596, -0.0076923, 0.025523, 0.13496, -0.18138, 0.035691, -0.20575, -0.20575]),
    t([24, 18, 12, 0, 17, 26, 10], [0.23, 3.75, 0.3, 2.86, 0.8751, 0.7142, 0.1], [-0.040424, -0.22776, 0.029011, -0.023103, 0.09119, 0.21414, -0.18497, 0.082164]),
    t([7, 13, 26, 12, 17, 23, 0], [0.5, 0.1247, 0.7142, 0.3, 0.7937, 4.63, f32::MAX], [0.079279, -0.097743, 0.053329, -0.022553, -0.23412, -0.054123, 0.0024332, 0.0024332]),
    t([3, 17, 26, 13, 13, 26, 4], [0.00746, 0.94046, 0.833, 0.56474, 0.54094, 0.436, 0.001], [-0.12185, 0.018961, 0.25772, -0.11156, -0.053396, 0.026905, -0.23235, -0.00049372]),
    t([11, 18, 21, 23, 17, 4, 23], [0.83, 4.91, 0.5, 3.92, 0.914, 0.001, 4.21], [0.18783, 0.031353, 0.10663, -0.13913, -0.056192, 0.0038433, 0.088901, -0.023233]),
    t([9, 23, 24, 5, 5, 0, 0], [0.5, 3.5, 0.0336, 0.253, 0.253, f32::MAX, f32::MAX], [0.039854, -0.15683, -0.022827, 0.17863, 0.036478, 0.036478, 0.19158, 0.19158]),
    t([13, 6, 18, 12, 16, 17, 1], [0.8801, 0.34, 6.68, 0.55, 1.0, 0.762, 0.5], [0.0061769, -0.1143, 0.043628, -0.17828, -0.042613, 0.11165, -0.25879, -0.054058]),
    t([22, 20, 19, 11, 24, 18, 22], [1.5, 0.5, 0.5, 1.646, 0.0336, 4.1, 3.5], [0.018693, -0.02735, 0.01891, 0.13628, 0.072956, -0.20781, 0.061978, -0.14729]),
    t([3, 12, 17, 4, 26, 26, 18], [0.8862, 0.7, 0.94046, 0.001, 0.3693, 0.4899, 5.543], [-0.036176, 0.010722, 0.025841, -0.20362, 0.014022, 0.17709, 0.099099, -0.22188]),
    t([13, 13, 17, 0, 26, 16, 23], [0.56474, 0.2236, 0.9256, 3.54, 0.479, 1.2, 6.391], [0.044717, -0.14258, -0.15154, -0.027213, 0.027356, 0.1377, -0.075564, 0.31314]),
    t([9, 23, 13, 5, 5, 0, 0], [0.5, 3.5, 0.4926, 0.253, 0.01496, f32::MAX, f32::MAX], [0.034482, -0.12304, -0.037642, 0.031155, 0.031556, 0.031556, 0.18739, 0.18739]),
    t([22, 18, 18, 3, 17, 11, 23], [1.5, 3.75, 4.36, 0.1277, 0.7475, 1.4797, 2.8], [-0.16993, 0.018864, 0.077687, -0.0019443, 0.14253, -0.081496, -0.0314, -0.20583]),
    t([25, 23, 13, 18, 18, 10, 13], [0.5, 2.5, 0.4674, 4.81, 4.54, 0.22, 0.8405], [0.15758, -0.13161, -0.040337, 0.006051, -0.066916, 0.1263, 0.12177, -0.012349]),
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
