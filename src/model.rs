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
    t([3, 10, 18, 12, 23, 13, 22], [0.08296, 0.1, 3.94, 0.1, 5.1, 0.876, 1.5], [-0.036628, -0.35166, 0.34838, -0.19774, -0.15708, 0.30956, 0.32443, -0.45092]),
    t([8, 7, 9, 22, 13, 10, 0], [0.5, 0.5, 0.5, 1.5, 0.778, 0.22, f32::MAX], [0.26787, -0.41754, -0.46391, 0.10593, -0.27528, 0.17208, 0.44668, 0.44668]),
    t([3, 10, 11, 13, 12, 0, 13], [0.1127, 0.1, 1.758, 0.828, 0.37, f32::MAX, 0.7305], [-0.2984, -0.0080571, 0.23333, -0.24481, 0.34079, 0.34079, -0.030817, 0.26674]),
    t([23, 10, 13, 18, 11, 11, 12], [3.75, 0.1, 0.828, 4.17, 2.1767, 1.758, 0.7], [-0.075503, 0.24457, 0.34697, 0.24632, 0.19504, -0.2446, 0.22502, -0.28606]),
    t([23, 10, 9, 19, 11, 1, 0], [3.75, 0.1, 0.5, 0.5, 2.1767, 0.5, f32::MAX], [0.18274, -0.34689, 0.32544, 0.21373, 0.097213, -0.21434, 0.37961, 0.37961]),
    t([3, 13, 18, 11, 12, 13, 7], [0.1127, 0.6076, 3.94, 1.758, 0.37, 0.03064, 0.5], [0.11042, -0.26134, 0.20324, -0.092888, 0.24459, -0.12887, 0.20779, -0.12266]),
    t([10, 13, 3, 17, 13, 23, 26], [0.1, 0.0094, 0.027385, 0.305, 0.828, 5.414, 0.1028], [-0.4059, 0.32602, -0.20058, 0.071769, 0.11684, -0.29335, -0.044402, 0.26003]),
    t([23, 24, 9, 16, 4, 0, 0], [3.75, 0.0002, 0.5, 1.5, 0.161, 4.48, f32::MAX], [0.01306, 0.24121, 0.17546, 0.32901, -0.11149, 0.25559, 0.3002, 0.3002]),
    t([13, 25, 12, 13, 4, 17, 24], [0.876, 0.5, 0.7, 0.03064, 0.2753, 0.8183, 0.046], [0.1065, -0.15905, 0.070293, 0.40982, 0.22933, -0.14512, -0.28873, 0.32848]),
    t([3, 10, 4, 11, 23, 13, 22], [0.1582, 0.1, 0.238, 3.6285, 5.876, 0.04416, 1.5], [-0.17909, 0.26053, 0.14898, -0.2647, 0.24971, -0.10004, 0.20829, -0.28558]),
    t([13, 14, 23, 25, 13, 11, 0], [0.687, 0.5, 6.65, 0.5, 0.1298, 2.654, f32::MAX], [-0.15619, 0.1914, 0.22621, -0.32656, 0.15715, -0.082977, 0.5722, 0.5722]),
    t([10, 1, 1, 0, 9, 11, 4], [0.45, 0.5, 0.5, 3.62, 0.5, 1.49, 0.335], [0.010537, 0.47757, -0.13518, 0.35406, 0.25936, -0.095201, 0.41486, 0.24478]),
    t([24, 17, 2, 16, 11, 0, 0], [0.046, 0.8183, 0.5, 2.35, 1.758, 3.75, f32::MAX], [-0.039441, 0.3291, -0.062614, -0.42687, 0.1879, -0.1788, -0.39253, -0.39253]),
    t([10, 23, 3, 19, 0, 26, 18], [0.3, 3.75, 0.049, 0.5, 4.36, 0.11336, 5.2], [0.12748, -0.38331, -0.089361, 0.14349, -0.39511, 0.11065, 0.1684, 0.3733]),
    t([13, 23, 18, 13, 7, 23, 0], [0.653, 5.196, 3.07, 0.1298, 0.5, 4.24, 4.36], [0.13077, -0.13425, -0.29519, 0.36983, 0.054832, -0.37578, 0.056193, 0.3837]),
    t([25, 17, 1, 3, 18, 6, 26], [0.5, 0.8183, 0.5, 0.23379, 4.88, 0.168, 0.258], [-0.043125, 0.12188, -0.49702, -0.1663, 0.35979, -0.17625, -0.34807, 0.13708]),
    t([9, 20, 0, 1, 11, 0, 0], [0.5, 0.5, f32::MAX, 0.5, 2.1006, f32::MAX, f32::MAX], [0.035108, -0.10507, 0.29353, -0.06401, 0.23956, 0.23956, 0.23956, 0.23956]),
    t([2, 24, 4, 18, 13, 0, 0], [0.5, 0.046, 0.4846, 4.34, 0.468, f32::MAX, f32::MAX], [-0.088458, 0.033557, 0.013346, 0.20775, -0.42328, -0.42328, -0.066475, -0.066475]),
    t([22, 4, 0, 13, 3, 0, 0], [1.5, 0.238, f32::MAX, 0.687, 0.0128, f32::MAX, f32::MAX], [-0.17419, 0.05344, -0.051101, 0.10499, -0.38106, -0.38106, -0.38106, -0.38106]),
    t([11, 26, 9, 0, 12, 0, 0], [1.49, 0.1602, 0.5, f32::MAX, 0.1, 4.36, f32::MAX], [-0.21251, -0.21251, 0.2964, -0.29267, -0.059301, 0.15743, 0.23964, 0.23964]),
    t([24, 17, 12, 16, 13, 18, 0], [0.11, 0.776, 0.7, 2.35, 0.9476, 4.34, f32::MAX], [-0.0088523, 0.30199, -0.34416, 0.17961, 0.043992, 0.24364, -0.28178, -0.28178]),
    t([2, 22, 4, 17, 0, 0, 0], [0.5, 1.5, 0.4846, 0.033, f32::MAX, f32::MAX, f32::MAX], [-0.35588, 0.023883, -0.35119, -0.35119, -0.39058, -0.39058, -0.046435, -0.046435]),
    t([20, 3, 11, 7, 4, 26, 13], [0.5, 0.1127, 1.896, 0.5, 0.238, 0.3014, 0.424], [-0.10706, 0.21296, -0.061731, 0.11565, 0.17453, 0.45084, -0.35601, 0.16113]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 40] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0757, 3.07, 0.045, 0.1, 0.5, 1.5, 0.1], [-0.31779, 0.087017, -0.45711, 0.35445, 0.40202, -0.16031, -0.18007, 0.17416]),
    t([23, 5, 10, 22, 13, 14, 0], [3.75, 0.001, 0.18, 2.5, 0.13, 0.5, 3.54], [0.33294, -0.35632, 0.32051, -0.15948, -0.30918, 0.15559, 0.14434, -0.30316]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.51, f32::MAX], [0.26767, 0.041268, 0.15389, -0.43298, -0.080538, -0.31962, 0.40556, 0.40556]),
    t([3, 24, 23, 13, 11, 17, 13], [0.0757, 0.114, 3.35, 0.8794, 1.929, 0.99008, 0.13], [-0.24277, 0.097177, 0.30868, -0.057807, 0.25919, -0.19617, 0.27292, -0.051468]),
    t([6, 22, 24, 16, 18, 23, 22], [0.045, 1.5, 0.053, 1.0, 4.48, 4.24, 1.5], [0.035266, 0.23641, 0.27276, -0.30211, -0.042039, -0.23818, 0.15857, -0.38695]),
    t([3, 25, 10, 13, 13, 16, 22], [0.016615, 0.5, 0.1, 0.796, 0.5658, 1.7, 1.5], [-0.25212, -0.04582, -0.035066, 0.33139, -0.15186, 0.10924, 0.1966, -0.22289]),
    t([23, 5, 13, 26, 10, 11, 13], [3.48, 0.001, 0.0462, 0.6758, 0.18, 2.1314, 0.7609], [0.23942, 0.055152, -0.17711, 0.15631, 0.27855, -0.16554, -0.1863, 0.081372]),
    t([11, 13, 3, 12, 17, 0, 13], [1.871, 0.13, 0.2356, 0.3, 0.9143, 2.0, 0.643], [0.2448, -0.28054, 0.11165, -0.11826, 0.021802, -0.21954, -0.08263, 0.16656]),
    t([10, 13, 23, 16, 25, 22, 24], [0.1, 0.1627, 3.35, 1.0, 0.5, 3.5, 0.0373], [-0.14599, 0.21861, -0.18475, 0.15153, 0.21178, -0.32424, -0.033898, 0.1794]),
    t([0, 22, 9, 25, 0, 11, 0], [3.07, 1.5, 0.5, 0.5, 1.0, 1.51, f32::MAX], [0.043483, 0.2472, 0.12847, -0.30127, -0.020116, -0.21495, 0.35494, 0.35494]),
    t([3, 10, 17, 17, 5, 13, 24], [0.016615, 0.1, 0.9734, 0.9802, 0.001, 0.796, 0.23], [-0.2197, 0.098034, 0.041141, -0.21309, 0.036819, 0.23599, -0.2026, 0.22894]),
    t([11, 17, 13, 23, 13, 13, 17], [1.567, 0.893, 0.643, 4.82, 0.2264, 0.0462, 0.960535], [0.20992, -0.035391, 0.13528, -0.08042, 0.109, -0.17465, 0.075755, -0.21407]),
    t([6, 17, 10, 12, 4, 9, 13], [0.045, 0.99008, 0.37, 0.3, 0.112, 0.5, 0.4934], [0.14038, -0.050565, -0.36856, 0.029463, -0.098154, 0.32835, 0.014676, 0.25695]),
    t([13, 12, 13, 7, 16, 23, 17], [0.13, 0.3, 0.643, 0.5, 0.3, 3.07, 0.960535], [0.19263, -0.49469, -0.25908, 0.038596, 0.06342, -0.15373, 0.10364, -0.11357]),
    t([24, 13, 22, 13, 18, 3, 0], [0.114, 0.8794, 1.5, 0.1627, 6.73, -0.0905, f32::MAX], [0.091218, -0.087685, 0.18437, -0.23231, -0.12155, 0.2141, -0.28417, -0.28417]),
    t([25, 10, 22, 14, 17, 23, 0], [0.5, 0.1, 1.5, 0.5, 0.865, 4.66, f32::MAX], [-0.11977, 0.07037, 0.097217, -0.024686, 0.21176, 0.0061036, -0.2746, -0.2746]),
    t([22, 16, 18, 9, 17, 11, 13], [1.5, 1.0, 4.35, 0.5, 0.893, 1.4516, 0.8398], [-0.051792, 0.28879, 0.15588, 0.0065667, 0.25157, -0.28233, -0.30962, -0.090647]),
    t([24, 13, 22, 11, 26, 3, 0], [0.114, 0.8794, 1.5, 2.6773, 0.8002, 0.00717, f32::MAX], [-0.018267, -0.20743, 0.15892, -0.18021, -0.0061338, 0.18868, -0.24315, -0.24315]),
    t([22, 0, 19, 7, 17, 11, 22], [1.5, 3.07, 0.5, 0.5, 0.9474, 1.006, 3.5], [0.045523, -0.34448, -0.11482, 0.15593, -0.01818, -0.29764, 0.084255, -0.27289]),
    t([21, 25, 0, 11, 22, 17, 13], [0.5, 0.5, 2.35, 1.006, 1.5, 0.9474, 0.72844], [0.13788, -0.053877, 0.14099, -0.21205, 0.22481, 0.00059142, -0.071431, 0.16423]),
    t([12, 22, 18, 3, 18, 0, 0], [0.7, 1.5, 3.8, 0.00717, 4.35, f32::MAX, f32::MAX], [-0.060299, 0.043227, 0.062792, -0.23637, 0.0096295, 0.0096295, -0.29847, -0.29847]),
    t([13, 13, 17, 18, 17, 11, 10], [0.796, 0.1627, 0.960535, 6.19, 0.79725, 2.876, 0.3], [0.11398, -0.15643, 0.070199, -0.096404, 0.1508, -0.15188, -0.19017, 0.13928]),
    t([23, 4, 9, 26, 18, 13, 13], [3.48, 0.287, 0.5, 0.6758, 4.07, 0.5658, 0.4682], [0.080806, -0.1492, -0.083506, 0.19211, -0.084942, 0.013301, 0.15974, 0.31154]),
    t([7, 3, 18, 11, 17, 0, 23], [0.5, 0.309, 3.4, 2.7757, 0.865, f32::MAX, 4.66], [-0.01142, -0.22324, 0.15983, -0.021601, -0.084699, -0.084699, -0.38608, -0.080335]),
    t([10, 17, 13, 15, 4, 13, 17], [0.37, 0.99008, 0.4934, 0.5, 0.143, 0.09, 0.960535], [-0.018958, 0.17593, -0.41291, -0.078444, 0.1788, -0.082811, 0.22219, -0.0030409]),
    t([11, 18, 18, 26, 4, 15, 0], [1.51, 5.74, 4.48, 0.7413, 0.001, 0.5, 1.2], [0.1184, -0.050494, -0.17883, 0.011141, -0.18511, 0.10169, -0.27977, 0.01454]),
    t([25, 13, 13, 12, 13, 12, 13], [0.5, 0.09, 0.5658, 0.3, 0.5417, 0.18, 0.8398], [0.12225, -0.10809, -0.07828, 0.012759, 0.10563, -0.17999, 0.21294, 0.071386]),
    t([24, 23, 26, 5, 18, 12, 17], [0.114, 3.48, 0.4681, 0.24, 4.48, 0.18, 0.818], [0.065153, -0.25615, -0.12335, -0.014032, 0.043743, -0.35032, 0.26933, 0.10224]),
    t([10, 16, 17, 18, 17, 0, 18], [0.1, 2.1, 0.79725, 4.9, 0.9474, 2.5, 5.74], [-0.15747, -0.027848, 0.13552, -0.058121, 0.20241, 0.029184, 0.0404, -0.071381]),
    t([22, 12, 0, 13, 18, 22, 11], [1.5, 0.7, 1.2, 0.8794, 3.8, 3.5, 1.006], [0.00152, 0.11389, 0.052109, -0.28376, 0.10028, -0.22611, -0.035121, -0.27764]),
    t([9, 13, 11, 18, 13, 0, 0], [0.5, 0.1627, 1.694, 6.19, 0.5417, f32::MAX, f32::MAX], [0.092416, -0.11794, -0.085673, 0.020413, 0.11558, 0.11558, 0.28048, 0.28048]),
    t([23, 18, 22, 6, 19, 18, 11], [2.9, 4.35, 1.5, 0.34, 0.5, 4.69, 1.006], [0.23211, -0.082505, 0.14889, -0.24656, -0.079044, 0.019221, 0.011633, -0.25816]),
    t([4, 10, 23, 14, 24, 18, 11], [0.4504, 0.37, 4.12, 0.5, 0.053, 4.48, 2.05934], [-0.042564, 0.052603, 0.048518, 0.21652, -0.11645, 0.20736, 0.091758, -0.17912]),
    t([17, 15, 24, 11, 17, 3, 18], [0.99008, 0.5, 0.0373, 3.18, 0.9474, 0.739, 6.08], [0.0022267, -0.24615, 0.21974, -0.10954, -0.11021, -0.41314, 0.10814, -0.12557]),
    t([7, 17, 26, 3, 13, 23, 0], [0.5, 0.79725, 0.7077, 0.0572, 0.13, 4.66, f32::MAX], [-0.055548, 0.14117, 0.087454, -0.034013, -0.33867, -0.10052, 0.0299, 0.0299]),
    t([9, 26, 11, 13, 17, 0, 0], [0.5, 0.4681, 1.694, 0.5658, 0.79725, f32::MAX, f32::MAX], [-0.18509, 0.064671, 0.10244, -0.0063585, 0.095749, 0.095749, 0.24868, 0.24868]),
    t([12, 25, 17, 11, 3, 4, 0], [0.7, 0.5, 0.601, 0.8763, 0.5206, 0.3516, f32::MAX], [0.13901, -0.011899, 0.049706, 0.20492, 0.099931, -0.081306, -0.27012, -0.27012]),
    t([23, 18, 22, 18, 19, 18, 18], [2.9, 4.35, 1.5, 3.8, 0.5, 4.69, 4.48], [-0.085428, 0.22225, 0.12568, -0.18397, -0.063861, 0.015742, -0.022918, -0.25768]),
    t([24, 4, 3, 3, 23, 13, 12], [0.053, 0.3005, -0.06206, 0.8826, 4.12, 0.66946, 0.37], [-0.051558, 0.15227, 0.10244, -0.048457, -0.29992, 0.07668, 0.1125, -0.10665]),
    t([21, 11, 0, 18, 4, 17, 18], [0.5, 1.4516, 2.35, 5.74, 0.001, 0.865, 5.74], [0.071561, -0.052452, -0.11751, -0.010641, 0.25262, 0.057307, 0.041587, -0.19576]),
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
