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
    t([23, 10, 13, 18, 11, 10, 12], [4.24, 0.1, 0.876, 4.34, 2.1763, 0.3, 0.7], [-0.12545, 0.18016, 0.34715, 0.20533, -0.27225, 0.17154, 0.1992, -0.17365]),
    t([3, 12, 11, 4, 1, 14, 13], [0.0644, 0.1, 1.7574, 0.221, 0.5, 0.5, 0.7305], [-0.34503, 0.24606, 0.080147, -0.27343, 0.28308, 0.35311, -0.074183, 0.24248]),
    t([23, 19, 9, 24, 0, 11, 0], [3.75, 0.5, 0.5, 0.0002, f32::MAX, 1.7574, 3.68], [0.20434, 0.35094, -0.089621, -0.089621, 0.20598, -0.16751, 0.38344, 0.23309]),
    t([3, 10, 13, 9, 0, 13, 12], [0.1128, 0.45, 0.876, 0.5, f32::MAX, 0.1298, 0.78], [-0.16927, 0.27, 0.34496, 0.34496, 0.23095, -0.060326, 0.30318, -0.11478]),
    t([13, 14, 11, 25, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1298, 0.82, 0.002345], [-0.1993, 0.21268, 0.27165, -0.29774, 0.15599, -0.30203, 1.2774, -0.05846]),
    t([23, 10, 13, 24, 18, 13, 18], [3.75, 0.1, 0.8269, 0.0002, 3.86, 0.0093, 4.34], [-0.0080465, 0.32001, 0.18484, 0.30245, 0.16706, -0.17445, -0.097068, 0.18634]),
    t([10, 3, 12, 0, 7, 0, 3], [0.1, 0.1584, 0.37, 4.48, 0.5, 4.09, -0.0026], [-0.19202, 0.23064, 0.10963, -0.21485, 0.24452, -0.13979, -0.38516, 0.044349]),
    t([24, 11, 11, 23, 9, 4, 0], [0.11, 1.486, 3.1554, 4.8, 0.5, 0.3716, f32::MAX], [0.28891, -0.17456, -0.083455, 0.26548, 0.1958, 0.38589, -0.10304, -0.10304]),
    t([13, 13, 1, 0, 25, 0, 10], [0.6526, 0.0093, 0.5, 2.9, 0.5, 3.62, 0.3], [0.27746, -0.16339, -0.15787, 0.16959, 0.10983, 0.65531, -0.058409, 0.29623]),
    t([10, 3, 12, 25, 23, 13, 0], [0.1, 0.2337, 0.37, 0.5, 4.8, 0.6076, 2.2], [-0.13105, 0.29252, 0.029484, 0.45193, 0.085399, 0.2472, 0.22421, -0.16679]),
    t([17, 16, 23, 13, 0, 0, 13], [0.82, 2.35, 3.75, 0.8269, f32::MAX, f32::MAX, 0.0093], [-0.049765, 0.11339, 0.31142, 0.31142, 0.025771, 0.025771, 0.032652, -0.47591]),
    t([24, 17, 4, 16, 11, 13, 12], [0.11, 0.82, 0.161, 2.35, 1.7574, 0.422, 0.7], [-0.017953, 0.29291, -0.053973, -0.41091, -0.2082, 0.11986, 0.29204, -0.066486]),
    t([9, 0, 0, 0, 7, 0, 0], [0.5, 4.36, 3.68, 3.84, 0.5, f32::MAX, f32::MAX], [-0.0087345, -0.29392, 0.038095, 0.92427, 0.30972, 0.30972, 0.12874, 0.12874]),
    t([22, 3, 0, 7, 4, 0, 0], [1.5, 0.0128, f32::MAX, 0.5, 0.238, f32::MAX, f32::MAX], [-0.12302, 0.26994, -0.052278, 0.10743, -0.3892, -0.3892, -0.3892, -0.3892]),
    t([10, 13, 26, 17, 13, 0, 18], [0.3, 0.0093, 0.1028, 0.304, 0.8269, f32::MAX, 4.8], [-0.38847, 0.23777, -0.10009, 0.054284, -0.10346, -0.10346, 0.089369, 0.29256]),
    t([2, 24, 4, 18, 13, 0, 0], [0.5, 0.046, 0.4846, 3.94, 0.468, f32::MAX, f32::MAX], [-0.10534, 0.024462, 0.0013998, 0.21145, -0.42174, -0.42174, -0.04937, -0.04937]),
    t([23, 19, 9, 18, 0, 0, 13], [3.75, 0.5, 0.5, 4.7, f32::MAX, 4.36, 0.38147], [0.030756, 0.22107, -0.28988, -0.28988, -0.087179, 0.16963, 0.061443, 0.27232]),
    t([20, 1, 11, 11, 3, 11, 13], [0.5, 0.5, 1.896, 3.3485, 0.2337, 1.486, 0.3203], [-0.013693, 0.28941, -0.11418, 0.19415, 0.14823, 0.44463, -0.29314, 0.13104]),
    t([12, 11, 3, 13, 13, 11, 18], [0.7, 3.6284, 0.1128, 0.778, 0.422, 4.013, 3.86], [-0.042045, 0.10961, 0.59504, -0.22668, -0.31467, 0.032342, -0.29129, 0.15024]),
    t([17, 12, 25, 23, 9, 13, 0], [0.775, 0.1, 0.5, 5.702, 0.5, 0.9476, f32::MAX], [0.21311, -0.37935, -0.027033, 0.23945, -0.3352, 0.10355, 0.19912, 0.19912]),
    t([22, 10, 0, 26, 3, 0, 0], [1.5, 0.1, f32::MAX, 0.072, 0.0274, f32::MAX, f32::MAX], [0.067377, -0.061806, -0.045238, 0.15115, -0.36469, -0.36469, -0.36469, -0.36469]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07739, 3.0, 0.0387, 0.1, 0.5, 1.5, 0.18], [-0.49832, 0.16039, -0.72668, 0.51252, 0.64535, -0.26256, -0.18453, 0.41648]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.0455, 2.5, 0.12906, 3.54, 0.8794], [0.48665, -0.54466, 0.48436, -0.27288, 0.45021, -0.56195, -0.42538, 0.22553]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.502, f32::MAX], [0.37514, 0.04442, 0.26517, -0.62491, -0.05348, -0.45275, 0.61916, 0.61916]),
    t([3, 25, 10, 10, 13, 16, 22], [0.0169, 0.5, 0.1, 0.22, 0.5653, 1.5, 1.5], [-0.42298, -0.12883, -0.12262, 0.58857, -0.26308, 0.16115, 0.32645, -0.25939]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.08924, 1.5], [0.29963, -0.3182, -0.85167, 0.124, 0.12045, -0.28683, 0.28365, -0.50329]),
    t([11, 17, 13, 0, 13, 14, 3], [1.8682, 0.9199, 0.6693, 3.54, 0.2256, 0.5, 0.2352], [0.26199, -0.29617, 0.21989, -0.25197, -0.34181, 0.22095, -0.09737, 0.29857]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.7609, 0.5, 0.12906, 3.3, 3.5], [-0.2674, 0.227, 0.40138, -0.14456, 0.26874, -0.057604, 0.36659, -0.45782]),
    t([24, 13, 22, 13, 17, 3, 0], [0.119, 0.796, 1.5, 0.1617, 0.9607, -0.0903, f32::MAX], [0.14667, -0.1856, 0.27358, -0.24771, -0.12302, 0.38374, -0.44108, -0.44108]),
    t([3, 10, 17, 17, 5, 16, 24], [0.007365, 0.1, 0.893, 0.9802, 0.001, 1.0, 0.072], [-0.33242, 0.3044, 0.055667, -0.35237, 0.010333, 0.29184, -0.11844, 0.24895]),
    t([25, 11, 22, 26, 13, 0, 0], [0.5, 1.502, 1.5, 0.676, 0.643, 3.0, f32::MAX], [0.19555, -0.1276, -0.20629, 0.043405, 0.34139, -0.088515, -0.44122, -0.44122]),
    t([22, 23, 0, 4, 9, 26, 11], [1.5, 4.12, 1.0, 0.287, 0.5, 0.6928, 1.006], [0.010546, 0.25206, -0.10392, 0.47383, 0.39442, -0.30063, -0.021452, -0.47099]),
    t([10, 6, 13, 17, 7, 13, 17], [0.37, 0.0756, 0.493, 0.99008, 0.5, 0.12906, 0.9607], [0.098062, -0.43476, -0.085464, -0.59654, 0.27557, -0.16089, 0.42727, 0.018743]),
    t([11, 17, 3, 3, 13, 6, 0], [2.67445, 0.7972, 0.2352, 0.0579, 0.12906, 0.34, 2.35], [-0.025397, 0.28565, 0.1999, -0.070727, -0.39795, 0.22382, -0.14215, 0.43258]),
    t([13, 14, 15, 18, 13, 17, 17], [0.643, 0.5, 0.5, 4.69, 0.25174, 0.9143, 0.9474], [-0.26594, -0.073799, 0.19246, -0.14205, 0.141, -0.14814, 0.46329, 0.054815]),
    t([22, 12, 18, 25, 18, 11, 13], [1.5, 0.7, 4.35, 0.5, 3.8, 1.45, 0.8395], [0.0079937, 0.21971, -0.048779, -0.43712, 0.38167, -0.36224, -0.46787, -0.089805]),
    t([21, 11, 0, 26, 7, 17, 24], [0.5, 0.8763, 2.35, 0.7077, 0.5, 0.8751, 0.0004], [0.42107, -0.013961, -0.033421, -0.50821, 0.43977, 0.13105, -0.16002, 0.21647]),
    t([9, 23, 24, 18, 13, 0, 0], [0.5, 3.07, 0.0373, 4.35, 0.5417, f32::MAX, f32::MAX], [0.31268, -0.0046869, -0.10718, 0.035152, 0.17155, 0.17155, 0.47677, 0.47677]),
    t([22, 24, 19, 11, 26, 11, 22], [1.5, 0.119, 0.5, 2.875, 0.4681, 1.006, 3.5], [0.0083607, -0.25857, -0.086166, 0.25627, -0.082254, -0.43937, 0.13505, -0.32162]),
    t([13, 17, 18, 13, 13, 26, 17], [0.8794, 0.99008, 6.73, 0.1617, 0.12906, 0.5297, 0.9731], [0.10425, -0.039391, -0.018442, -0.50386, -0.029341, 0.33551, -0.10521, -0.62962]),
    t([7, 17, 26, 3, 13, 0, 0], [0.5, 0.7972, 0.7077, 0.1412, 0.12906, f32::MAX, f32::MAX], [-0.042042, 0.25073, 0.13098, -0.054719, -0.54524, -0.54524, 0.096046, 0.096046]),
    t([13, 26, 17, 11, 18, 12, 4], [0.5417, 0.4681, 0.92724, 1.502, 6.19, 0.63, 0.001], [-0.00687, -0.41889, 0.037531, -0.26606, 0.16362, -0.1859, -0.32871, 0.036549]),
    t([9, 11, 11, 18, 18, 0, 0], [0.5, 1.5666, 1.6896, 5.74, 4.69, f32::MAX, f32::MAX], [0.10599, -0.076716, -0.19791, -0.0041496, 0.13165, 0.13165, 0.39454, 0.39454]),
    t([22, 3, 18, 17, 4, 11, 3], [1.5, 0.007365, 4.35, 0.9474, 0.143, 1.261, 0.8443], [-0.12642, 0.17502, -0.040599, 0.082912, 0.31588, -0.16949, -0.42152, -0.034067]),
    t([24, 18, 26, 23, 17, 12, 0], [0.24, 3.8, 0.7254, 4.65, 0.99008, 0.1, f32::MAX], [-0.051607, -0.4976, 0.01132, -0.31824, 0.29256, -0.056615, 0.42786, 0.42786]),
    t([15, 11, 13, 4, 18, 16, 26], [0.5, 3.178, 0.72844, 0.4504, 6.455, 2.1, 0.7995], [-0.025829, 0.12822, -0.48731, 0.13198, 0.15844, -0.32055, 0.38227, -0.076506]),
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
