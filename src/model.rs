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
    t([3, 25, 22, 9, 24, 10, 0], [0.077, 0.5, 1.5, 0.5, 0.053, 0.1, 1.0], [-0.36727, 0.8223, 0.017557, 0.54919, 0.063754, 0.39327, 0.36048, -0.51772]),
    t([11, 13, 13, 0, 13, 24, 17], [1.567, 0.1617, 0.796, 3.54, 0.796, 0.119, 0.9607], [0.47152, -0.29811, -0.031915, 0.41964, -0.31934, 0.24061, 0.25557, -0.32393]),
    t([0, 13, 9, 12, 13, 11, 0], [3.0, 0.12906, 0.5, 0.3, 0.643, 1.50436, f32::MAX], [0.42648, -0.070334, -0.12124, 0.20873, -0.080394, -0.398, 0.68239, 0.68239]),
    t([6, 17, 10, 16, 4, 3, 22], [0.0396, 0.9802, 0.1, 1.2, 0.112, 0.308, 1.5], [0.025562, 0.33581, -0.50743, 0.13, -0.33983, -0.050419, 0.074688, -0.58316]),
    t([23, 5, 24, 17, 3, 13, 22], [3.75, 0.001, 0.0373, 0.89324, 0.398, 0.8794, 1.5], [0.34667, 0.095393, -0.46765, -0.077609, -0.24543, 0.18534, 0.15613, -0.49224]),
    t([10, 16, 23, 25, 17, 26, 13], [0.1, 1.7, 3.3, 0.5, 0.9345, 0.676, 0.0455], [-0.27709, 0.15841, 0.24791, -0.22719, 0.36981, 0.060932, 0.38609, -0.0043705]),
    t([24, 13, 22, 12, 13, 11, 0], [0.119, 0.08917, 1.5, 0.3, 0.643, 1.927, f32::MAX], [0.3092, -0.14939, -0.18141, 0.058035, 0.38903, 0.078343, -0.4309, -0.4309]),
    t([22, 3, 18, 5, 17, 11, 13], [1.5, 0.01684, 4.35, 0.001, 0.9143, 1.3865, 0.8395], [-0.049601, -0.34196, 0.16871, -0.052905, 0.39831, -0.4698, -0.49007, -0.24821]),
    t([25, 10, 0, 23, 13, 22, 17], [0.5, 0.37, 2.9, 3.07, 0.72844, 1.5, 0.7972], [0.13602, -0.11831, 0.076223, 0.4157, 0.33098, -0.34172, 0.26392, -0.34798]),
    t([11, 22, 3, 7, 18, 12, 11], [2.675, 1.5, 0.2351, 0.5, 4.48, 0.37, 3.4288], [0.061497, -0.58155, -0.0095611, -0.4068, 0.12292, -0.42429, 0.11054, -0.46559]),
    t([13, 13, 26, 12, 9, 12, 18], [0.8794, 0.22565, 0.7995, 0.3, 0.5, 0.7, 5.807], [0.19322, -0.15328, -0.1079, 0.51602, 0.32416, -0.24357, -0.1405, -0.65816]),
    t([17, 15, 24, 14, 17, 4, 26], [0.99008, 0.5, 0.0373, 0.5, 0.9474, 0.182, 0.6928], [-0.046889, 0.17808, 0.40408, -0.15177, -0.77397, -0.26926, -0.36148, 0.29014]),
    t([21, 11, 0, 26, 4, 17, 13], [0.5, 0.8763, 2.35, 0.7077, 0.143, 0.89324, 0.72844], [0.42001, 0.010727, -0.15983, 0.0080391, 0.44771, 0.10067, -0.13375, 0.26604]),
    t([25, 3, 16, 13, 17, 13, 22], [0.5, 0.00728, 1.0, 0.0455, 0.89324, 0.5657, 1.5], [0.24825, -0.17418, 0.098845, -0.078362, -0.22501, 0.22464, 0.35724, -0.22626]),
    t([7, 23, 26, 5, 13, 0, 0], [0.5, 3.48, 0.7077, 0.24, 0.5417, f32::MAX, f32::MAX], [0.13596, -0.37652, -0.12237, 0.052901, -0.57301, -0.57301, -0.073765, -0.073765]),
    t([9, 13, 24, 18, 13, 0, 0], [0.5, 0.1617, 0.0373, 6.19, 0.5417, f32::MAX, f32::MAX], [0.18781, -0.29445, -0.14103, 0.028643, 0.20779, 0.20779, 0.45079, 0.45079]),
    t([12, 17, 18, 0, 4, 0, 26], [0.7, 0.7972, 3.8, 3.0, 0.3005, f32::MAX, 0.7077], [0.22791, -0.12589, -0.080447, 0.06919, 0.056591, 0.056591, -0.48006, -0.1778]),
    t([11, 26, 6, 6, 24, 3, 18], [1.927, 0.676, 0.143, 0.177, 0.119, 0.602, 4.23], [0.16918, -0.08341, -0.10502, 0.28661, -0.28425, 0.058501, -0.28006, 0.14527]),
    t([22, 11, 23, 0, 18, 22, 0], [1.5, 1.50436, 3.3, 1.5, 4.48, 3.5, f32::MAX], [0.21356, 0.022004, -0.18752, 0.01586, 0.058407, -0.38344, -0.44469, -0.44469]),
    t([10, 16, 17, 3, 23, 18, 0], [0.1, 2.1, 0.9731, -0.1668, 3.75, 5.74, 1.7], [0.48953, -0.12526, 0.16962, -0.11777, 0.12414, -0.044674, 0.031558, -0.33692]),
    t([17, 15, 18, 4, 13, 0, 3], [0.99008, 0.5, 3.8, 0.4504, 0.72844, f32::MAX, 0.602], [-0.026849, 0.13788, -0.0074588, 0.352, 0.1479, 0.1479, -0.098196, -0.60978]),
    t([11, 22, 3, 4, 0, 0, 0], [3.1783, 1.5, 0.668, 0.001, 1.2, f32::MAX, f32::MAX], [-0.072377, 0.043427, -0.019742, -0.39121, -0.48501, -0.48501, 0.043801, 0.043801]),
    t([26, 13, 17, 13, 0, 5, 13], [0.4681, 0.5417, 0.7972, 0.08917, 2.8, 0.03983, 0.1617], [-0.047863, -0.44319, 0.23308, -0.13937, 0.10283, 0.50381, 0.14066, -0.037223]),
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
