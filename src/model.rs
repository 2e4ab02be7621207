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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.076, 0.1, 0.876, f32::MAX], [-0.067839, 0.54002, -0.10388, 0.47175, -0.52699, -0.12372, 0.50164, 0.50164]),
    t([3, 10, 16, 9, 23, 13, 22], [0.0643, 0.1, 0.3, 0.5, 5.1, 0.7305, 1.5], [-0.4158, 0.32344, 0.37258, -0.37643, -0.16764, 0.30378, 0.39516, -0.58508]),
    t([3, 10, 18, 9, 12, 13, 22], [0.08296, 0.1, 3.94, 0.5, 0.37, 0.876, 1.5], [-0.33859, 0.25244, 0.26526, -0.29973, -0.16609, 0.31036, 0.32472, -0.45085]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.27093, -0.41756, -0.4544, 0.11742, -0.30784, 0.25719, 0.18595, -0.34785]),
    t([23, 10, 13, 14, 11, 10, 12], [4.24, 0.1, 0.876, 0.5, 2.176, 0.3, 0.7], [0.0084971, 0.30387, 0.35348, 0.20195, -0.26858, 0.15578, 0.18407, -0.19185]),
    t([3, 10, 11, 1, 23, 0, 13], [0.1127, 0.1, 1.7574, 0.5, 5.1, f32::MAX, 0.7305], [-0.013964, -0.27386, 0.22922, -0.14401, 0.32668, 0.32668, -0.031457, 0.23749]),
    t([23, 19, 11, 18, 0, 23, 9], [3.75, 0.5, 1.7574, 3.94, f32::MAX, 5.702, 0.5], [0.090265, 0.28572, -0.11737, -0.11737, 0.27557, -0.36657, -0.16993, 0.33366]),
    t([3, 13, 13, 13, 11, 13, 12], [0.1127, 0.608, 0.876, 0.0093, 4.013, 0.1298, 0.78], [0.11005, -0.26791, 0.017703, 0.815, 0.23435, -0.061937, 0.29589, -0.13902]),
    t([23, 24, 13, 10, 4, 11, 12], [3.75, 0.0002, 0.827, 0.1, 0.161, 1.7574, 0.7], [-0.0054914, 0.267, 0.17791, 0.35605, 0.17516, -0.1804, 0.15967, -0.19885]),
    t([10, 1, 0, 0, 9, 12, 18], [0.3, 0.5, 3.68, 3.62, 0.5, 0.37, 4.8], [0.031123, 0.53276, -0.18713, 0.33935, 0.29656, -0.13028, -0.38874, 0.16307]),
    t([24, 11, 13, 23, 0, 24, 26], [0.0745, 1.486, 0.7305, 4.8, 4.48, 0.11, 0.1602], [0.29493, -0.17793, -0.10566, 0.19804, -0.3067, 0.17538, 0.39958, 0.24546]),
    t([3, 24, 10, 7, 4, 3, 11], [0.0643, 0.11, 0.1, 0.5, 0.3716, 0.158, 3.0864], [-0.15639, 0.23428, 0.10272, 0.38116, -0.17012, 0.088728, 0.22973, -0.3578]),
    t([25, 13, 1, 13, 11, 4, 26], [0.5, 0.778, 0.5, 0.0093, 2.7003, 0.2753, 0.258], [0.17248, -0.15787, 0.17795, -0.064236, 0.1444, 0.44928, -0.29952, 0.1927]),
    t([10, 3, 12, 25, 23, 0, 3], [0.1, 0.2337, 0.37, 0.5, 4.8, 4.09, -0.002645], [-0.13111, 0.30095, 0.038698, 0.46074, 0.19999, -0.1761, -0.35653, 0.050411]),
    t([17, 16, 24, 13, 6, 11, 0], [0.824, 2.35, 0.0745, 0.653, 0.143, 1.7574, f32::MAX], [-0.074961, 0.093205, 0.3254, 0.18819, -0.10564, -0.47707, 0.12502, 0.12502]),
    t([9, 23, 0, 19, 0, 0, 0], [0.5, 3.75, f32::MAX, 0.5, 4.36, f32::MAX, f32::MAX], [0.14565, -0.34588, -0.097857, 0.20371, 0.25253, 0.25253, 0.25253, 0.25253]),
    t([24, 18, 4, 11, 24, 3, 11], [0.046, 4.34, 0.401, 3.754, 0.0142, 0.006555, 3.3485], [-0.14502, 0.13602, 0.065449, -0.29827, -0.19141, 0.13163, 0.14452, 0.65939]),
    t([10, 13, 1, 17, 13, 13, 23], [0.45, 0.0093, 0.5, 0.305, 0.608, 0.876, 4.8], [-0.38361, 0.25766, -0.12576, 0.026309, -0.23485, 0.20548, 0.38608, 0.23309]),
    t([17, 14, 13, 13, 16, 0, 23], [0.824, 0.5, 0.0093, 0.876, 1.2, f32::MAX, 3.75], [-0.048511, 0.098402, 0.063334, 0.29409, 0.10797, 0.10797, -0.008631, -0.46157]),
    t([22, 2, 0, 25, 4, 0, 0], [1.5, 0.5, f32::MAX, 0.5, 0.4846, f32::MAX, f32::MAX], [0.0030271, 0.21908, -0.41887, -0.047346, -0.38837, -0.38837, -0.38837, -0.38837]),
    t([9, 3, 0, 6, 4, 0, 0], [0.5, 0.158, f32::MAX, 0.1612, 0.238, f32::MAX, f32::MAX], [-0.0052769, -0.22049, -0.069721, 0.17022, 0.21239, 0.21239, 0.21239, 0.21239]),
    t([20, 1, 11, 11, 3, 3, 17], [0.5, 0.5, 2.0986, 3.3485, 0.01278, -0.00763, 0.609], [-0.031443, 0.3073, -0.18397, 0.033535, 0.44912, 0.1923, 0.077622, -0.55779]),
    t([12, 4, 18, 13, 11, 0, 26], [0.7, 0.238, 3.07, 0.827, 3.6284, f32::MAX, 0.0375], [-0.16513, 0.12064, 0.05398, 0.66614, -0.4013, -0.4013, 0.18111, -0.19131]),
    t([22, 18, 0, 24, 0, 0, 0], [1.5, 4.34, f32::MAX, 0.0252, 4.36, f32::MAX, f32::MAX], [-0.10608, 0.096608, 0.025351, 0.29331, -0.35477, -0.35477, -0.35477, -0.35477]),
    t([2, 17, 4, 12, 13, 0, 0], [0.5, 0.776, 0.4846, 0.1, 0.9476, f32::MAX, f32::MAX], [0.17063, -0.0032851, -0.24529, 0.17303, -0.37809, -0.37809, -0.0538, -0.0538]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0767, 3.0, 0.041, 0.1, 0.5, 1.5, 0.18], [-0.49818, 0.15464, -0.72613, 0.51421, 0.64443, -0.26353, -0.17419, 0.40204]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.04566, 2.5, 0.12906, 3.54, 0.87942], [0.487, -0.54333, 0.48586, -0.2708, 0.45604, -0.56214, -0.42545, 0.22026]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.50436, f32::MAX], [0.37635, 0.041149, 0.26758, -0.62504, -0.051912, -0.45339, 0.61575, 0.61575]),
    t([3, 25, 10, 10, 13, 13, 22], [0.0168, 0.5, 0.1, 0.22, 0.5662, 0.1958, 1.5], [-0.42104, -0.13274, -0.11976, 0.58281, 0.26377, -0.20049, 0.32101, -0.26049]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.7611, 1.5], [0.30279, -0.30371, -0.81152, 0.12442, -0.30246, 0.0249, 0.27965, -0.49684]),
    t([11, 17, 3, 0, 13, 10, 13], [1.869, 0.9201, 0.2351, 3.54, 0.162, 0.1, 0.643], [0.2704, -0.30528, 0.26289, -0.21525, -0.37806, -0.14399, -0.1535, 0.241]),
    t([16, 24, 13, 13, 11, 17, 17], [1.0, 0.114, 0.12906, 0.643, 1.9273, 0.6869, 0.89324], [-0.27913, -0.0075698, 0.40859, 0.13274, -0.09044, 0.39584, 0.23213, -0.13545]),
    t([10, 14, 23, 25, 13, 26, 22], [0.1, 0.5, 3.3, 0.5, 0.12906, 0.676, 1.5], [-0.24555, 0.2282, 0.36514, -0.071523, 0.37432, 0.080402, 0.071592, -0.50501]),
    t([13, 13, 17, 12, 25, 11, 10], [0.7967, 0.12906, 0.9607, 0.3, 0.5, 2.8753, 0.3], [0.27463, -0.2474, -0.16615, 0.23662, 0.33278, -0.21639, -0.36334, 0.21931]),
    t([24, 6, 22, 17, 10, 3, 0], [0.114, 0.041, 1.5, 0.99008, 0.37, 0.00724, f32::MAX], [0.1195, -0.4106, -0.14477, 0.20218, -0.014597, 0.33552, -0.41547, -0.41547]),
    t([22, 11, 0, 17, 13, 18, 11], [1.5, 1.50436, 1.0, 0.89324, 0.643, 4.35, 1.006], [0.26048, 0.024129, -0.14758, 0.1006, 0.4651, -0.16889, 0.019427, -0.45919]),
    t([3, 5, 7, 10, 17, 17, 3], [0.00724, 0.001, 0.5, 0.1, 0.9802, 0.79733, 0.0767], [-0.23296, 0.089626, -0.38862, 0.26398, 0.21674, 0.013519, -0.18784, -0.74635]),
    t([23, 26, 9, 11, 4, 13, 11], [3.07, 0.676, 0.5, 1.181, 0.201, 0.0894, 1.6902], [0.43825, 0.12414, -0.32807, 0.2587, 0.16437, -0.084782, 0.26847, 0.53841]),
    t([13, 13, 15, 18, 26, 17, 17], [0.5417, 0.22586, 0.5, 6.19, 0.4681, 0.9143, 0.9474], [0.12037, -0.32652, -0.4985, -0.1432, 0.11742, -0.13386, 0.4538, 0.019135]),
    t([12, 25, 17, 13, 22, 4, 0], [0.7, 0.5, 0.601, 0.87942, 1.5, 0.3516, f32::MAX], [-0.036277, 0.17235, 0.2358, -0.38051, 0.12679, -0.23443, -0.48951, -0.48951]),
    t([7, 24, 18, 23, 26, 0, 23], [0.5, 0.114, 3.4, 4.12, 0.4681, f32::MAX, 4.65], [0.042531, -0.086848, -0.054371, 0.24437, -0.10046, -0.10046, -0.62113, -0.13193]),
    t([22, 11, 18, 4, 3, 11, 13], [1.5, 2.6753, 4.35, 0.3005, 0.2351, 1.4516, 0.8398], [-0.025801, 0.11609, -0.321, 0.050585, 0.39665, -0.33921, -0.45982, -0.034352]),
    t([21, 4, 0, 16, 18, 17, 18], [0.5, 0.4504, 2.35, 1.0, 4.48, 0.865, 5.74], [-0.12795, 0.025744, -0.31401, 0.20625, 0.44901, 0.12371, 0.064137, -0.29132]),
    t([9, 17, 24, 3, 18, 0, 0], [0.5, 0.99008, 0.0373, 0.31, 3.8, f32::MAX, f32::MAX], [-0.047212, 0.077547, 0.18727, -0.40039, 0.16351, 0.16351, 0.44774, 0.44774]),
    t([12, 17, 18, 3, 13, 0, 0], [0.7, 0.79733, 3.8, 0.05758, 0.162, f32::MAX, f32::MAX], [-0.06513, 0.21559, 0.13091, -0.057478, 0.027693, 0.027693, -0.45487, -0.45487]),
    t([13, 26, 17, 11, 13, 10, 25], [0.5417, 0.4681, 0.9607, 1.50436, 0.162, 0.45, 0.5], [-0.0011423, -0.38976, 0.09453, -0.066214, 0.06718, 0.34904, -0.2287, 0.33469]),
    t([11, 26, 22, 4, 10, 18, 19], [0.8763, 0.693, 1.5, 0.287, 0.18, 4.69, 0.5], [0.42174, 0.15021, -0.32935, 0.18481, -0.099768, 0.04151, -0.44478, -0.015091]),
    t([15, 4, 13, 18, 18, 16, 26], [0.5, 0.001, 0.67, 5.984, 4.48, 2.1, 0.7695], [-0.021785, -0.47063, -0.1867, 0.064606, 0.086581, -0.41464, 0.38303, 0.008525]),
    t([23, 12, 9, 6, 17, 22, 24], [3.2, 0.3, 0.5, 0.464, 0.80854, 1.5, 0.0373], [0.19149, -0.26379, 0.14217, -0.4731, -0.027022, -0.37061, 0.12246, 0.35762]),
    t([24, 7, 26, 11, 26, 16, 0], [0.233, 0.5, 0.7256, 3.1783, 0.7079, 1.0, f32::MAX], [0.001283, -0.31584, -0.47547, 0.06394, -0.15091, 0.28408, 0.43363, 0.43363]),
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
