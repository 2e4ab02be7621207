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
    t([3, 10, 18, 9, 12, 13, 22], [0.08296, 0.1, 3.94, 0.5, 0.37, 0.876, 1.5], [-0.33859, 0.25244, 0.2662, -0.30045, -0.16609, 0.31036, 0.32472, -0.45085]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.27092, -0.41758, -0.4544, 0.11741, -0.3078, 0.25709, 0.18591, -0.34784]),
    t([23, 10, 13, 14, 11, 10, 12], [4.24, 0.1, 0.876, 0.5, 2.176, 0.3, 0.7], [0.0084985, 0.30387, 0.35347, 0.20193, -0.26867, 0.15892, 0.18406, -0.19185]),
    t([3, 10, 11, 1, 23, 0, 13], [0.1127, 0.1, 1.7574, 0.5, 5.1, f32::MAX, 0.7305], [-0.013951, -0.27385, 0.2293, -0.14392, 0.32667, 0.32667, -0.031485, 0.2375]),
    t([23, 19, 11, 18, 0, 23, 9], [3.75, 0.5, 1.7574, 3.94, f32::MAX, 5.702, 0.5], [0.09026, 0.28572, -0.11736, -0.11736, 0.27546, -0.3666, -0.16989, 0.33357]),
    t([3, 13, 13, 13, 11, 13, 12], [0.1127, 0.608, 0.876, 0.0093, 4.013, 0.1298, 0.78], [0.10995, -0.26794, 0.017732, 0.81498, 0.23431, -0.061954, 0.29589, -0.13903]),
    t([23, 24, 13, 10, 4, 11, 12], [3.75, 0.0002, 0.827, 0.1, 0.161, 1.7574, 0.7], [-0.00548, 0.26699, 0.17792, 0.35605, 0.17503, -0.18037, 0.15964, -0.19886]),
    t([10, 1, 12, 0, 9, 0, 18], [0.3, 0.5, 0.37, 3.62, 0.5, 3.92, 3.68], [0.031124, 0.53277, -0.1872, 0.33934, 0.29201, -0.15181, -0.39963, 0.023812]),
    t([24, 11, 13, 23, 0, 24, 26], [0.0745, 1.486, 0.7305, 4.8, 4.48, 0.11, 0.1602], [0.29501, -0.1922, -0.10559, 0.19908, -0.30603, 0.17543, 0.39917, 0.24556]),
    t([3, 24, 10, 7, 4, 3, 11], [0.0643, 0.11, 0.1, 0.5, 0.3716, 0.158, 3.0864], [-0.15738, 0.23416, 0.10274, 0.3812, -0.17012, 0.088738, 0.23099, -0.34867]),
    t([25, 13, 1, 13, 17, 4, 26], [0.5, 0.687, 0.5, 0.03064, 0.824, 0.2753, 0.258], [0.11171, -0.20058, 0.10379, -0.38618, 0.1439, 0.4493, -0.29941, 0.19286]),
    t([10, 3, 12, 25, 23, 0, 3], [0.1, 0.2337, 0.37, 0.5, 4.8, 4.09, -0.002645], [-0.13277, 0.30101, 0.038379, 0.45991, 0.20223, -0.16278, -0.35606, 0.048614]),
    t([9, 23, 0, 19, 0, 0, 0], [0.5, 3.75, f32::MAX, 0.5, 4.36, f32::MAX, f32::MAX], [0.15158, -0.3576, -0.097371, 0.1944, 0.24847, 0.24847, 0.24847, 0.24847]),
    t([24, 18, 4, 11, 24, 0, 11], [0.046, 4.34, 0.401, 3.754, 0.0142, 2.7, 3.3485], [-0.15313, 0.11131, 0.068743, -0.2927, 0.15926, -0.12421, 0.16063, 0.63928]),
    t([13, 13, 12, 0, 4, 0, 24], [0.827, 0.0093, 0.7, 2.9, 0.2753, 4.36, 0.046], [0.28448, -0.16199, -0.22621, -0.0092735, 0.10315, 0.39173, -0.27581, 0.19572]),
    t([17, 16, 24, 13, 0, 11, 0], [0.824, 2.35, 0.0745, 0.608, f32::MAX, 1.7574, f32::MAX], [-0.067574, 0.066434, 0.30166, 0.30166, -0.071722, -0.43265, 0.11231, 0.11231]),
    t([10, 13, 1, 17, 9, 13, 0], [0.45, 0.0093, 0.5, 0.305, 0.5, 0.876, f32::MAX], [-0.37546, 0.24862, -0.056111, 0.24284, -0.22155, 0.20563, 0.33589, 0.33589]),
    t([2, 22, 4, 1, 0, 0, 0], [0.5, 1.5, 0.4846, 0.5, f32::MAX, f32::MAX, f32::MAX], [0.091857, -0.040214, -0.38167, -0.38167, -0.41225, -0.41225, -0.051807, -0.051807]),
    t([17, 16, 23, 20, 6, 0, 13], [0.824, 2.35, 3.75, 0.5, 0.143, f32::MAX, 0.0093], [-0.014676, 0.18765, 0.29726, 0.12659, 0.021482, 0.021482, 0.047471, -0.4275]),
    t([25, 13, 1, 17, 12, 4, 26], [0.5, 0.876, 0.5, 0.776, 0.82, 0.2753, 0.258], [-0.027191, -0.34926, 0.11061, -0.1799, 0.061957, 0.38894, -0.27386, 0.098274]),
    t([3, 6, 4, 7, 10, 13, 18], [0.158, 0.1612, 0.238, 0.5, 0.1, 0.04416, 3.86], [-0.032349, 0.43145, -0.28703, -0.0052032, 0.21221, -0.1486, -0.044652, 0.21406]),
    t([3, 13, 4, 20, 1, 13, 24], [0.01278, 0.653, 0.238, 0.5, 0.5, 0.827, 0.046], [-0.25519, 0.28979, 0.232, -0.071225, -0.13555, 0.13243, 0.04719, 0.19841]),
    t([2, 22, 4, 24, 0, 0, 0], [0.5, 1.5, 0.4846, 0.11, f32::MAX, f32::MAX, f32::MAX], [0.00013868, 0.16302, -0.36051, -0.36051, -0.38359, -0.38359, -0.072426, -0.072426]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0767, 3.0, 0.041, 0.1, 0.5, 1.5, 0.18], [-0.49818, 0.15464, -0.72613, 0.51421, 0.64443, -0.26353, -0.17557, 0.40678]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.04566, 2.5, 0.12906, 3.54, 0.87942], [0.48699, -0.54337, 0.48576, -0.27083, 0.45572, -0.56212, -0.42537, 0.22012]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.50436, f32::MAX], [0.37609, 0.041708, 0.26755, -0.62396, -0.052078, -0.45341, 0.61563, 0.61563]),
    t([3, 25, 10, 10, 13, 16, 22], [0.01675, 0.5, 0.1, 0.22, 0.5662, 1.5, 1.5], [-0.42095, -0.13309, -0.11981, 0.58275, -0.26267, 0.16139, 0.32066, -0.25914]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.0894, 1.5], [0.29994, -0.31883, -0.85006, 0.12688, 0.12401, -0.28608, 0.28311, -0.50312]),
    t([11, 17, 13, 0, 13, 14, 3], [1.869, 0.89324, 0.67, 3.54, 0.162, 0.5, 0.2351], [0.2995, -0.25647, 0.2639, -0.17912, -0.34126, 0.21517, -0.095648, 0.29574]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.7611, 0.5, 0.25205, 3.3, 3.5], [-0.26845, 0.22531, 0.32709, -0.27833, 0.27095, -0.063395, 0.37491, -0.46371]),
    t([24, 13, 22, 13, 17, 3, 0], [0.114, 0.7967, 1.5, 0.162, 0.9607, -0.0905, f32::MAX], [0.13722, -0.18217, 0.27427, -0.26759, -0.12418, 0.38187, -0.4387, -0.4387]),
    t([3, 10, 17, 17, 5, 11, 4], [0.007225, 0.1, 0.9734, 0.9802, 0.001, 1.4516, 0.112], [-0.33772, 0.29055, 0.064356, -0.36913, 0.23935, 0.025645, -0.41193, -0.041001]),
    t([25, 23, 22, 26, 22, 0, 0], [0.5, 3.07, 1.5, 0.676, 1.5, 3.0, f32::MAX], [0.27908, -0.17274, -0.056363, -0.47105, 0.34565, -0.097392, -0.44016, -0.44016]),
    t([13, 13, 17, 12, 23, 11, 13], [0.643, 0.12906, 0.9274, 0.3, 2.86, 2.8753, 0.9273], [0.23131, -0.32471, 0.10845, -0.19716, 0.25365, -0.32496, -0.18166, 0.25825]),
    t([24, 16, 22, 9, 17, 26, 0], [0.114, 1.0, 1.5, 0.5, 0.8833, 0.4681, f32::MAX], [-0.1259, 0.45569, 0.20922, -0.060094, 0.063056, 0.30921, -0.34586, -0.34586]),
    t([7, 10, 3, 6, 13, 18, 0], [0.5, 0.37, 0.0767, 0.041, 0.4934, 3.4, f32::MAX], [0.073652, -0.072629, 0.023076, 0.35899, 0.04634, -0.47403, -0.7756, -0.7756]),
    t([22, 12, 18, 13, 18, 11, 13], [1.5, 0.7, 4.35, 0.5417, 3.8, 1.4516, 0.8398], [-0.033767, 0.10834, 0.024423, -0.46771, 0.42384, -0.39114, -0.49061, -0.14089]),
    t([25, 21, 3, 13, 17, 4, 4], [0.5, 0.5, 0.5205, 0.22586, 0.89324, 0.247, 0.001], [0.060096, -0.092779, 0.25684, -0.059449, -0.14683, 0.18804, -0.16899, 0.47316]),
    t([7, 17, 26, 3, 13, 0, 13], [0.5, 0.79733, 0.5434, 0.05758, 0.12906, f32::MAX, 0.6155], [-0.10491, 0.28083, 0.14644, -0.06641, -0.59801, -0.59801, -0.36143, 0.052002]),
    t([13, 26, 17, 11, 18, 23, 10], [0.5417, 0.4681, 0.9143, 1.50436, 6.19, 4.945, 0.18], [0.055259, -0.41658, 0.029466, -0.25917, 0.20844, -0.071199, -0.15763, 0.11563]),
    t([9, 23, 24, 4, 5, 0, 0], [0.5, 4.12, 0.0373, 0.287, 0.24, f32::MAX, f32::MAX], [-0.044655, 0.19775, -0.10127, 0.68781, 0.13464, 0.13464, 0.5114, 0.5114]),
    t([17, 15, 18, 14, 13, 0, 3], [0.99008, 0.5, 3.8, 0.5, 0.67, f32::MAX, 0.602], [-0.038414, 0.13658, -0.14495, 0.38167, 0.12723, 0.12723, -0.17643, -0.56773]),
    t([22, 12, 18, 18, 17, 11, 3], [1.5, 0.7, 4.35, 4.69, 0.601, 1.261, 0.8443], [-0.06673, 0.058865, 0.012515, -0.45457, 0.3793, -0.23586, -0.44921, -0.087698]),
    t([11, 26, 17, 0, 14, 11, 13], [0.8763, 0.693, 0.79733, f32::MAX, 0.5, 2.584, 0.7967], [0.40473, 0.40473, -0.32443, 0.11841, 0.14361, -0.2153, -0.071369, 0.096697]),
    t([24, 18, 12, 23, 17, 0, 10], [0.233, 3.8, 0.3, 4.65, 0.99008, 2.1, 0.1], [-0.09174, -0.49107, 0.012921, -0.32017, 0.2408, 0.49597, -0.35022, 0.20943]),
    t([11, 18, 19, 26, 17, 18, 16], [1.567, 5.74, 0.5, 0.7413, 0.9607, 4.48, 1.2], [0.15376, -0.075191, -0.21248, 0.13157, -0.20071, 0.025218, -0.66745, 0.03338]),
    t([9, 3, 24, 26, 17, 0, 0], [0.5, 0.31, 0.0373, 0.5117, 0.8577, f32::MAX, f32::MAX], [-0.17305, 0.002041, 0.18558, -0.028933, 0.099761, 0.099761, 0.4074, 0.4074]),
    t([22, 25, 19, 13, 16, 11, 22], [1.5, 0.5, 0.5, 0.87942, 1.0, 1.006, 3.5], [-0.023423, 0.14996, 0.0093655, 0.32395, -0.0089429, -0.42851, 0.14154, -0.33087]),
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
