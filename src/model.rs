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
pub(crate) const TREES_0: [Tree; 25] = [
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.0758, 0.1, 0.876, f32::MAX], [-0.069336, 0.53967, -0.10636, 0.47722, -0.52742, -0.12547, 0.50109, 0.50109]),
    t([3, 10, 8, 9, 23, 22, 10], [0.0644, 0.1, 0.5, 0.5, 5.1, 1.5, 0.1], [-0.4165, 0.3227, 0.3776, -0.37265, 0.39488, -0.58514, -0.11676, 0.35435]),
    t([3, 10, 18, 9, 23, 13, 22], [0.1128, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.3405, 0.3216, 0.29992, -0.18828, -0.11646, 0.3518, 0.3416, -0.43861]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.26651, -0.42249, -0.45203, 0.11321, -0.31477, 0.27522, 0.21187, -0.32122]),
    t([23, 10, 13, 18, 11, 10, 12], [4.24, 0.1, 0.876, 4.34, 2.1763, 0.3, 0.7], [-0.12545, 0.18016, 0.34715, 0.20533, -0.27229, 0.1737, 0.1992, -0.17365]),
    t([3, 12, 11, 4, 1, 14, 13], [0.0644, 0.1, 1.7574, 0.221, 0.5, 0.5, 0.7305], [-0.34509, 0.24603, 0.080135, -0.27343, 0.28306, 0.3531, -0.074204, 0.24246]),
    t([23, 19, 9, 24, 0, 11, 23], [3.75, 0.5, 0.5, 0.0002, f32::MAX, 1.7574, 5.414], [0.20435, 0.35094, -0.089616, -0.089616, 0.20592, -0.1675, 0.38339, 0.23308]),
    t([3, 10, 13, 9, 0, 13, 12], [0.1128, 0.45, 0.876, 0.5, f32::MAX, 0.1298, 0.78], [-0.16925, 0.26999, 0.34472, 0.34472, 0.23092, -0.060337, 0.30318, -0.11478]),
    t([13, 14, 11, 25, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1298, 0.82, 0.002345], [-0.1993, 0.21268, 0.27165, -0.29773, 0.15597, -0.30203, 1.2774, -0.058457]),
    t([23, 10, 13, 24, 18, 13, 18], [3.75, 0.1, 0.8269, 0.0002, 3.86, 0.0093, 4.34], [-0.0080383, 0.32001, 0.18484, 0.30245, 0.16703, -0.17447, -0.097081, 0.18634]),
    t([10, 3, 12, 0, 7, 0, 3], [0.1, 0.1584, 0.37, 4.48, 0.5, 4.09, -0.0026], [-0.19201, 0.23066, 0.10965, -0.21484, 0.24444, -0.13952, -0.38522, 0.044321]),
    t([24, 11, 11, 23, 9, 4, 0], [0.11, 1.486, 3.1554, 4.8, 0.5, 0.3716, f32::MAX], [0.2889, -0.17456, -0.083454, 0.26546, 0.1958, 0.3859, -0.10303, -0.10303]),
    t([13, 13, 1, 0, 25, 0, 10], [0.6526, 0.0093, 0.5, 2.9, 0.5, 3.62, 0.3], [0.27746, -0.16343, -0.15787, 0.1696, 0.10983, 0.6553, -0.058403, 0.29613]),
    t([10, 3, 12, 25, 23, 13, 0], [0.1, 0.2337, 0.37, 0.5, 4.8, 0.6076, 2.2], [-0.13104, 0.29253, 0.029492, 0.45194, 0.085357, 0.24718, 0.22422, -0.16677]),
    t([17, 16, 23, 13, 0, 0, 13], [0.82, 2.35, 3.75, 0.8269, f32::MAX, f32::MAX, 0.0093], [-0.049772, 0.11339, 0.31142, 0.31142, 0.025784, 0.025784, 0.032684, -0.47591]),
    t([24, 17, 4, 16, 11, 13, 12], [0.11, 0.82, 0.161, 2.35, 1.7574, 0.422, 0.7], [-0.017955, 0.29292, -0.053947, -0.41091, -0.20822, 0.11984, 0.29205, -0.066482]),
    t([9, 0, 0, 0, 7, 0, 0], [0.5, 4.36, 3.68, 3.84, 0.5, f32::MAX, f32::MAX], [-0.0087482, -0.29392, 0.038284, 0.92429, 0.30972, 0.30972, 0.12874, 0.12874]),
    t([10, 9, 26, 1, 0, 0, 18], [0.3, 0.5, 0.1028, 0.5, f32::MAX, f32::MAX, 4.8], [0.042423, -0.11448, 0.22174, 0.22174, -0.096956, -0.096956, 0.091915, 0.28819]),
    t([22, 2, 0, 24, 4, 0, 0], [1.5, 0.5, f32::MAX, 0.046, 0.4846, f32::MAX, f32::MAX], [-0.0080955, 0.14376, -0.43037, -0.066682, -0.39243, -0.39243, -0.39243, -0.39243]),
    t([23, 19, 17, 18, 0, 13, 13], [3.75, 0.5, 0.82, 4.7, f32::MAX, 0.8269, 0.0093], [0.030725, 0.22497, -0.34984, -0.34984, -0.06437, 0.077631, 0.044371, -0.40871]),
    t([22, 3, 0, 7, 4, 0, 0], [1.5, 0.0128, f32::MAX, 0.5, 0.238, f32::MAX, f32::MAX], [-0.12013, 0.2932, -0.062753, 0.10135, -0.36727, -0.36727, -0.36727, -0.36727]),
    t([20, 18, 11, 26, 0, 11, 13], [0.5, 4.34, 1.896, 0.137, 4.36, 1.486, 0.3203], [0.0010313, -0.24236, -0.0080816, 0.42286, 0.15392, 0.43629, -0.30333, 0.12087]),
    t([2, 17, 4, 0, 13, 0, 0], [0.5, 0.033, 0.4846, f32::MAX, 0.0093, f32::MAX, f32::MAX], [-0.37198, -0.37198, 0.16774, -0.0054807, -0.3866, -0.3866, -0.053832, -0.053832]),
    t([10, 0, 3, 3, 6, 11, 3], [0.1, 4.36, 0.0274, 0.1128, 0.1115, 1.896, 0.083], [-0.15789, 0.029911, -0.34901, 0.25796, 0.18787, -0.19936, 0.24906, 0.077327]),
    t([4, 13, 1, 0, 13, 0, 3], [0.238, 0.04416, 0.5, 2.7, 0.6866, 3.62, 0.2337], [0.23172, -0.37975, -0.33093, 0.0046247, 0.046954, 0.54843, -0.060511, 0.28203]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07736, 3.0, 0.039, 0.1, 0.5, 1.5, 0.18], [-0.50054, 0.15995, -0.72661, 0.51275, 0.64527, -0.2622, -0.18363, 0.41595]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.0455, 2.5, 0.12906, 3.54, 0.87942], [0.48673, -0.54458, 0.48457, -0.27282, 0.4505, -0.56196, -0.42459, 0.22055]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.502, f32::MAX], [0.37552, 0.043545, 0.26546, -0.6249, -0.05354, -0.45274, 0.61934, 0.61934]),
    t([3, 25, 10, 10, 13, 16, 22], [0.0169, 0.5, 0.1, 0.22, 0.5653, 1.5, 1.5], [-0.42294, -0.12855, -0.12213, 0.58942, -0.2621, 0.16218, 0.32566, -0.25926]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.08924, 1.5], [0.29949, -0.31787, -0.85187, 0.12422, 0.12074, -0.28678, 0.28435, -0.50325]),
    t([11, 17, 13, 0, 13, 14, 3], [1.8684, 0.9199, 0.6693, 3.54, 0.2256, 0.5, 0.2351], [0.26172, -0.29661, 0.21999, -0.25192, -0.34184, 0.22128, -0.096826, 0.30198]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.7609, 0.5, 0.12906, 3.3, 3.5], [-0.26791, 0.22701, 0.40131, -0.14464, 0.2688, -0.058051, 0.36835, -0.45785]),
    t([24, 13, 22, 13, 17, 3, 0], [0.119, 0.79634, 1.5, 0.1617, 0.9607, -0.0903, f32::MAX], [0.14699, -0.18507, 0.27256, -0.2475, -0.12285, 0.38361, -0.4411, -0.4411]),
    t([3, 10, 17, 17, 5, 16, 24], [0.00734, 0.1, 0.893, 0.9802, 0.001, 1.0, 0.072], [-0.33651, 0.30548, 0.056678, -0.3421, 0.010107, 0.292, -0.11805, 0.24904]),
    t([25, 11, 22, 26, 13, 0, 0], [0.5, 1.502, 1.5, 0.676, 0.6424, 3.0, f32::MAX], [0.19552, -0.12769, -0.20669, 0.042748, 0.3415, -0.088261, -0.44127, -0.44127]),
    t([22, 23, 0, 4, 9, 26, 11], [1.5, 4.12, 1.0, 0.287, 0.5, 0.6928, 1.006], [0.010393, 0.25204, -0.10359, 0.47379, 0.39432, -0.30079, -0.021638, -0.47105]),
    t([10, 6, 13, 17, 7, 13, 17], [0.37, 0.0759, 0.49285, 0.99008, 0.5, 0.12906, 0.9607], [0.097856, -0.435, -0.085116, -0.59646, 0.27565, -0.1607, 0.42762, 0.0074092]),
    t([11, 17, 3, 3, 13, 6, 0], [2.675, 0.79733, 0.2351, 0.0577, 0.12906, 0.34, 2.35], [-0.027894, 0.28623, 0.19997, -0.070764, -0.39805, 0.22506, -0.14202, 0.43224]),
    t([13, 14, 15, 18, 13, 17, 17], [0.6424, 0.5, 0.5, 4.69, 0.25174, 0.9143, 0.9474], [-0.26459, -0.074209, 0.19247, -0.14168, 0.14042, -0.14777, 0.4589, 0.054482]),
    t([22, 12, 18, 25, 18, 11, 13], [1.5, 0.7, 4.35, 0.5, 3.8, 1.45, 0.8398], [0.0079552, 0.21989, -0.048244, -0.43921, 0.38171, -0.36208, -0.46797, -0.08918]),
    t([21, 11, 0, 26, 7, 17, 24], [0.5, 0.8763, 2.35, 0.7077, 0.5, 0.8751, 0.0004], [0.42119, -0.012544, -0.033492, -0.50809, 0.43982, 0.1329, -0.16029, 0.2116]),
    t([9, 23, 24, 18, 22, 0, 0], [0.5, 3.07, 0.0373, 4.35, 1.5, f32::MAX, f32::MAX], [0.31262, -0.0051818, -0.023644, -0.40364, 0.17189, 0.17189, 0.47711, 0.47711]),
    t([13, 13, 17, 18, 26, 12, 4], [0.5415, 0.2256, 0.92724, 6.19, 0.4681, 0.63, 0.001], [0.11466, -0.35266, -0.49846, -0.10415, 0.18031, -0.18556, -0.33148, 0.035194]),
    t([24, 18, 26, 13, 12, 25, 0], [0.119, 3.8, 0.4681, 0.6424, 0.7, 0.5, 2.2], [-0.46355, -0.03652, 0.002571, -0.4334, -0.28113, 0.19916, 0.15225, 0.39761]),
    t([13, 17, 18, 3, 24, 26, 3], [0.87942, 0.99008, 6.73, 0.3975, 0.0373, 0.5297, 0.189], [-0.053398, 0.081099, -0.43793, -0.021186, -0.060601, 0.34413, -0.15054, -0.62869]),
    t([22, 11, 18, 18, 18, 11, 3], [1.5, 1.502, 4.35, 5.74, 4.48, 1.3865, 0.8443], [0.12813, -0.046665, -0.16856, 0.010494, 0.32569, -0.26679, -0.4167, -0.046115]),
    t([9, 7, 24, 17, 26, 0, 0], [0.5, 0.5, 0.0373, 0.79733, 0.7077, f32::MAX, f32::MAX], [0.095277, -0.032481, -0.55509, 0.094808, 0.12703, 0.12703, 0.3934, 0.3934]),
    t([3, 17, 4, 5, 6, 18, 16], [0.00734, 0.9474, 0.143, 0.001, 0.0759, 4.35, 3.07], [-0.059053, -0.37053, 0.6715, -0.062001, 0.13878, -0.12775, 0.037645, 0.28372]),
    t([11, 24, 3, 17, 0, 0, 0], [3.1783, 0.24, 0.6698, 0.99008, 1.2, f32::MAX, f32::MAX], [0.0060133, -0.25275, -0.29678, 0.2444, -0.51024, -0.51024, 0.11897, 0.11897]),
    t([15, 18, 13, 23, 19, 16, 26], [0.5, 4.9, 0.7281, 2.9, 0.5, 2.1, 0.7995], [0.20115, -0.15818, 0.040554, -0.35464, 0.1424, -0.3305, 0.37598, -0.088955]),
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
