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
    t([23, 22, 3, 23, 18, 24, 13], [4.12, 1.5, 0.1406, 3.48, 4.48, 0.053, 0.12906], [0.63239, 0.20359, 0.24656, -0.74261, -0.69194, -0.11569, 0.55226, -0.1046]),
    t([6, 3, 10, 10, 22, 14, 0], [0.01, 0.01684, 0.18, 0.1, 2.5, 0.5, 3.54], [-0.55892, 0.096841, 0.45508, -0.43525, -0.45891, 0.17642, 0.32207, -0.4074]),
    t([3, 25, 10, 9, 24, 16, 22], [0.077, 0.5, 0.1, 0.5, 0.053, 1.7, 1.5], [-0.36727, 0.8223, 0.017557, 0.54919, -0.24193, 0.25079, 0.39352, -0.29824]),
    t([0, 13, 9, 12, 13, 13, 0], [3.0, 0.12906, 0.5, 0.3, 0.7609, 0.8794, f32::MAX], [0.46996, -0.098397, -0.11419, 0.33262, -0.40415, 0.17573, 0.65006, 0.65006]),
    t([11, 17, 24, 0, 13, 13, 22], [1.567, 0.89324, 0.119, 3.54, 0.22565, 0.643, 1.5], [0.38969, -0.11864, 0.28431, -0.13726, -0.31533, -0.021227, 0.33653, -0.50687]),
    t([23, 5, 10, 17, 3, 24, 22], [3.75, 0.001, 0.1, 0.99008, 0.398, 0.119, 1.5], [0.29634, -0.31914, -0.45571, -0.053982, -0.32209, 0.088107, 0.07848, -0.60061]),
    t([3, 25, 22, 13, 13, 24, 0], [0.01684, 0.5, 1.5, 0.0455, 0.5657, 0.0373, 1.0], [0.23825, -0.28506, -0.12957, 0.43451, 0.05924, 0.33653, 0.26706, -0.4809]),
    t([10, 25, 23, 13, 3, 26, 13], [0.1, 0.5, 3.3, 0.1617, 0.101975, 0.676, 0.796], [0.10086, -0.24243, -0.077176, 0.39523, 0.38919, 0.087133, -0.048692, 0.29697]),
    t([11, 17, 3, 12, 25, 9, 17], [1.8684, 0.9143, 0.308, 0.1, 0.5, 0.5, 0.8833], [0.27216, 0.021766, -0.13373, 0.30354, -0.23525, 0.43462, 0.2118, -0.27558]),
    t([13, 13, 26, 12, 23, 12, 18], [0.8794, 0.12906, 0.7995, 0.3, 3.07, 0.7, 5.807], [0.26733, -0.17431, 0.13328, -0.14783, 0.37992, -0.21089, 0.035681, -0.62022]),
    t([22, 23, 18, 7, 9, 11, 13], [1.5, 4.94, 4.35, 0.5, 0.5, 1.451, 0.8395], [0.084487, -0.62921, -0.18917, 0.42085, 0.39691, -0.47065, -0.4897, -0.15607]),
    t([21, 25, 0, 11, 0, 17, 13], [0.5, 0.5, 2.35, 0.8763, 2.9, 0.9474, 0.72844], [0.30683, -0.083883, 0.24953, -0.19423, 0.38828, -0.015716, -0.11975, 0.33581]),
    t([17, 15, 24, 13, 17, 4, 26], [0.99008, 0.5, 0.0373, 0.0455, 0.9474, 0.182, 0.6928], [0.22232, -0.035858, 0.42174, -0.19621, -0.79486, -0.18337, -0.39724, 0.30325]),
    t([13, 13, 17, 18, 26, 11, 23], [0.5657, 0.22565, 0.92724, 6.19, 0.4681, 2.8753, 6.454], [0.13291, -0.27781, -0.41004, -0.13903, 0.22204, -0.3429, -0.15711, 0.78993]),
    t([22, 24, 0, 4, 11, 22, 11], [1.5, 0.119, 1.2, 0.3005, 1.927, 3.5, 1.006], [-0.071386, 0.070251, 0.30872, -0.0021563, 0.14305, -0.4546, -0.017298, -0.46102]),
    t([6, 16, 10, 23, 23, 9, 17], [0.0765, 1.0, 0.37, 4.52, 3.2, 0.5, 0.9607], [-0.21522, 0.22603, 0.2407, 0.019883, -0.1053, 0.37265, 0.2536, -0.39843]),
    t([7, 17, 18, 8, 13, 0, 23], [0.5, 0.7972, 3.4, 0.5, 0.1617, f32::MAX, 4.65], [0.29814, -0.057532, 0.12835, -0.067747, -0.083537, -0.083537, -0.60956, -0.14393]),
    t([13, 26, 17, 11, 13, 12, 25], [0.5417, 0.4681, 0.9607, 1.50436, 0.1617, 0.7, 0.5], [0.022534, -0.39456, 0.095699, -0.077494, 0.14132, -0.36245, -0.23594, 0.34983]),
    t([22, 3, 18, 5, 24, 11, 3], [1.5, 0.00728, 4.35, 0.001, 0.0004, 1.261, 0.8443], [-0.019005, -0.28836, 0.011738, 0.18274, 0.33912, -0.25825, -0.44884, -0.12174]),
    t([11, 17, 13, 18, 13, 3, 18], [2.675, 0.7972, 0.8794, 4.23, 0.796, 0.7383, 5.807], [-0.15429, 0.18979, -0.051916, 0.13706, -0.35094, 0.24725, 0.32479, -0.279]),
    t([23, 5, 5, 26, 13, 24, 16], [3.48, 0.24, 0.24, 0.676, 0.7609, 0.26, 1.0], [0.19826, -0.054763, -0.62249, 0.10796, -0.059706, 0.40629, 0.88572, 0.0045312]),
    t([4, 18, 0, 19, 0, 18, 18], [0.143, 4.35, 2.0, 0.5, 3.3, 4.69, 4.07], [-0.14469, 0.33441, -0.2046, 0.61104, -0.03983, 0.23357, -0.2526, 0.0055227]),
    t([12, 22, 18, 13, 23, 0, 26], [0.7, 1.5, 3.8, 0.5417, 3.3, f32::MAX, 0.7077], [-0.025788, 0.067033, -0.10907, -0.40888, 0.1317, 0.1317, -0.45725, -0.12884]),
    t([7, 16, 26, 6, 17, 0, 0], [0.5, 1.0, 0.7077, 0.143, 0.865, f32::MAX, f32::MAX], [-0.12741, 0.081078, 0.17349, -0.0010441, -0.50663, -0.50663, 0.03229, 0.03229]),
    t([4, 14, 18, 15, 5, 13, 0], [0.4504, 0.5, 4.07, 0.5, 0.059, 0.19542, 3.0], [-0.062815, 0.19359, 0.13596, -0.18757, -0.050573, -0.38621, 0.21617, -0.0021664]),
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
