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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.076, 0.1, 0.876, f32::MAX], [-0.06541, 0.54059, -0.10098, 0.46147, -0.52634, -0.10521, 0.50996, 0.50996]),
    t([3, 10, 16, 24, 23, 13, 22], [0.0643, 0.3, 0.3, 0.11, 5.1, 0.7305, 1.5], [-0.38235, 0.21163, 0.46358, -0.21399, -0.16588, 0.30911, 0.39538, -0.58472]),
    t([3, 10, 18, 1, 23, 13, 22], [0.0828, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.12179, -0.36513, 0.3513, -0.19765, -0.15643, 0.3108, 0.32405, -0.45054]),
    t([16, 9, 7, 10, 0, 11, 13], [0.3, 0.5, 0.5, 0.22, f32::MAX, 1.75934, 0.778], [-0.27457, 0.17227, 0.45926, 0.45926, 0.37066, 0.16184, -0.47105, 0.10831]),
    t([3, 10, 23, 13, 12, 18, 13], [0.1127, 0.1, 3.75, 0.876, 0.37, 3.94, 0.828], [-0.2946, 0.010324, 0.23647, -0.23954, 0.11999, 0.31689, -0.033219, 0.29502]),
    t([23, 10, 11, 19, 11, 23, 13], [3.75, 0.1, 1.75934, 0.5, 2.177, 5.702, 0.828], [0.19606, -0.37522, 0.34684, 0.24718, 0.29959, -0.36187, -0.23917, 0.096393]),
    t([3, 9, 18, 1, 0, 13, 22], [0.1127, 0.5, 3.94, 0.5, f32::MAX, 0.03064, 1.5], [0.076238, -0.22579, 0.39922, 0.39922, 0.27183, -0.096801, 0.21354, -0.37488]),
    t([10, 3, 13, 9, 13, 23, 11], [0.1, 0.158, 0.6076, 0.5, 0.063, 5.196, 2.9687], [-0.19537, 0.32665, 0.26179, -0.011481, 0.14676, -0.37878, 0.29738, -0.16976]),
    t([13, 14, 12, 9, 13, 13, 11], [0.6866, 0.5, 0.7, 0.5, 0.1298, 0.7305, 4.013], [-0.20078, 0.24968, 0.2659, -0.30502, -0.24556, 0.2084, -0.28303, 0.65983]),
    t([23, 24, 11, 10, 4, 18, 0], [3.75, 0.0002, 1.49, 0.1, 0.161, 4.34, 4.48], [-0.010771, 0.26139, 0.16163, 0.35422, -0.12631, 0.3434, -0.11656, 0.22596]),
    t([24, 11, 13, 12, 13, 23, 12], [0.076, 1.75934, 0.7305, 0.1, 0.6526, 3.75, 0.7], [0.23154, -0.12234, -0.15381, 0.013798, 0.27153, -0.15972, 0.33107, 0.13138]),
    t([25, 13, 1, 13, 12, 4, 26], [0.5, 0.876, 0.5, 0.0094, 0.7, 0.2753, 0.258], [0.201, -0.13241, 0.18524, -0.19108, 0.16119, 0.47542, -0.32614, 0.18705]),
    t([3, 7, 10, 13, 1, 3, 26], [0.01278, 0.5, 0.1, 0.828, 0.5, 0.2337, 0.11336], [-0.25412, 0.015664, 0.89021, -0.31502, -0.087656, 0.10332, -0.036064, 0.21571]),
    t([17, 10, 23, 1, 1, 0, 13], [0.8183, 0.45, 3.75, 0.5, 0.5, f32::MAX, 0.0094], [0.091353, -0.073373, 0.11637, 0.36333, 0.041284, 0.041284, 0.025815, -0.47559]),
    t([24, 17, 4, 16, 11, 24, 11], [0.046, 0.8183, 0.3716, 2.35, 1.75934, 0.076, 3.349], [-0.038466, 0.29972, -0.051369, -0.38586, -0.27563, 0.1311, 0.17908, 0.53746]),
    t([9, 25, 0, 0, 4, 0, 0], [0.5, 0.5, f32::MAX, 4.36, 0.2753, f32::MAX, f32::MAX], [-0.066521, 0.19675, 0.015963, 0.32748, 0.25139, 0.25139, 0.25139, 0.25139]),
    t([22, 3, 0, 20, 4, 0, 0], [1.5, 0.1127, f32::MAX, 0.5, 0.2383, f32::MAX, f32::MAX], [-0.075414, 0.23004, -0.034807, 0.15818, -0.41299, -0.41299, -0.41299, -0.41299]),
    t([2, 24, 4, 17, 11, 0, 0], [0.5, 0.11, 0.4846, 0.8183, 3.1557, f32::MAX, f32::MAX], [0.0074228, -0.24347, 0.21956, -0.19134, -0.4195, -0.4195, -0.064573, -0.064573]),
    t([13, 17, 13, 0, 0, 25, 0], [0.0094, 0.305, 0.6866, f32::MAX, 2.9, 0.5, 4.36], [-0.44628, -0.44628, 0.29071, 0.010308, -0.1311, 0.18804, 0.023906, 0.28226]),
    t([23, 19, 9, 18, 0, 1, 0], [3.75, 0.5, 0.5, 4.7, f32::MAX, 0.5, f32::MAX], [0.04167, 0.22032, -0.29662, -0.29662, 0.044396, -0.11847, 0.21748, 0.21748]),
    t([20, 18, 11, 11, 0, 23, 13], [0.5, 4.34, 2.1006, 3.2183, 4.36, 5.1, 0.422], [-0.15775, 0.052839, 0.0025213, 0.35385, 0.34913, -0.10872, -0.37553, 0.085264]),
    t([22, 12, 0, 13, 6, 0, 0], [1.5, 0.82, f32::MAX, 0.778, 0.0396, f32::MAX, f32::MAX], [-0.022765, 0.11143, 0.19244, -0.18123, -0.38459, -0.38459, -0.38459, -0.38459]),
    t([2, 17, 4, 0, 9, 0, 0], [0.5, 0.033, 0.4846, f32::MAX, 0.5, f32::MAX, f32::MAX], [-0.37724, -0.37724, 0.00037648, 0.24175, -0.38803, -0.38803, -0.071051, -0.071051]),
    t([3, 6, 13, 7, 5, 23, 13], [0.158, 0.1484, 0.1298, 0.5, 0.0557, 4.8, 0.7305], [-0.019427, 0.38778, -0.2324, 0.12419, 0.12535, 0.7053, -0.20329, 0.11581]),
    t([0, 3, 24, 10, 17, 17, 26], [1.7, 0.64, 0.046, 0.1, 0.6749, 0.8183, 0.1602], [-0.15877, 0.27257, 0.32895, 0.066868, -0.032239, -0.29878, 0.18583, -0.045672]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 40] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07539, 3.07, 0.046, 0.1, 0.5, 1.5, 0.1], [-0.31658, 0.088801, -0.45694, 0.35494, 0.40163, -0.16164, -0.18235, 0.17469]),
    t([23, 5, 10, 22, 13, 14, 0], [3.75, 0.001, 0.18, 2.5, 0.13, 0.5, 3.54], [0.33295, -0.35575, 0.32095, -0.15902, -0.30863, 0.15775, 0.14208, -0.30342]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.49, 1.51, f32::MAX], [0.26774, 0.040728, 0.15494, -0.43259, -0.079613, -0.31955, 0.40579, 0.40579]),
    t([3, 24, 22, 0, 12, 13, 18], [0.13684, 0.114, 1.5, 2.0, 0.3, 0.196, 4.49], [0.04728, -0.23852, 0.31873, 0.017275, 0.30072, 0.12093, 0.23221, -0.35079]),
    t([6, 17, 24, 16, 13, 13, 22], [0.01, 0.9802, 0.053, 1.2, 0.0899, 0.879, 1.5], [0.069445, 0.2556, 0.25665, -0.21278, -0.20229, 0.16201, 0.15951, -0.35498]),
    t([3, 25, 10, 13, 13, 16, 22], [0.0164, 0.5, 0.1, 0.7948, 0.5653, 1.7, 1.5], [-0.25789, -0.046562, -0.037147, 0.33121, -0.15053, 0.11098, 0.19729, -0.18985]),
    t([23, 5, 13, 26, 10, 11, 13], [3.48, 0.001, 0.04616, 0.676, 0.18, 2.1322, 0.7602], [0.24516, 0.066448, -0.16579, 0.16693, 0.28761, -0.1641, -0.19225, 0.064316]),
    t([11, 13, 3, 12, 13, 10, 13], [1.873, 0.13, 0.2356, 0.3, 0.7948, 0.1, 0.6424], [0.24676, -0.27098, -0.035878, 0.19813, -0.24644, -0.088872, -0.081946, 0.15403]),
    t([23, 17, 24, 5, 4, 13, 25], [3.48, 0.9896, 0.053, 0.24, 0.201, 0.0899, 0.5], [0.16507, -0.21063, -0.45729, 0.044863, 0.10254, -0.14835, 0.039049, 0.28696]),
    t([10, 14, 23, 25, 13, 22, 22], [0.1, 0.5, 3.35, 0.5, 0.2524, 3.5, 1.5], [-0.17253, 0.12525, 0.21254, -0.17541, 0.20246, -0.33727, 0.051311, -0.32908]),
    t([3, 25, 17, 10, 5, 11, 24], [0.0164, 0.5, 0.9734, 0.37, 0.001, 1.51, 0.22], [-0.1738, 0.085191, 0.1834, -0.20326, 0.16798, 0.013454, -0.19298, 0.23647]),
    t([0, 17, 9, 11, 13, 11, 0], [3.07, 0.893, 0.5, 1.567, 0.1627, 1.51, f32::MAX], [0.21182, 0.035708, 0.1485, -0.11068, -0.0077875, -0.20023, 0.36359, 0.36359]),
    t([13, 13, 26, 12, 13, 12, 18], [0.879, 0.13, 0.8002, 0.3, 0.6424, 0.7, 6.08], [0.16881, -0.13136, -0.11806, 0.040683, 0.24192, -0.16331, 0.0011696, -0.3672]),
    t([10, 3, 22, 17, 25, 23, 23], [0.1, 0.00703, 1.5, 0.9802, 0.5, 4.12, 2.9], [-0.21022, 0.14177, -0.050092, 0.16995, 0.13575, -0.0093344, 0.14013, -0.2957]),
    t([24, 13, 22, 13, 26, 3, 0], [0.114, 0.879, 1.5, 0.1627, 0.8002, -0.00116, f32::MAX], [0.076432, -0.07698, 0.18262, -0.21175, -0.0037367, 0.21288, -0.26877, -0.26877]),
    t([25, 23, 22, 26, 9, 0, 0], [0.5, 3.07, 1.5, 0.6928, 0.5, 3.07, f32::MAX], [0.16598, -0.10962, -0.058408, 0.34441, 0.20478, -0.071858, -0.25704, -0.25704]),
    t([22, 11, 0, 13, 3, 18, 11], [1.5, 2.6778, 1.0, 0.6424, 0.2356, 4.35, 1.006], [-0.0096552, 0.11236, -0.23704, 0.014314, 0.25256, -0.12892, -0.031947, -0.2849]),
    t([10, 6, 13, 17, 9, 13, 17], [0.37, 0.046, 0.4933, 0.9896, 0.5, 0.0899, 0.960535], [0.068279, -0.28765, -0.075726, 0.28708, 0.19743, -0.077773, 0.26231, -0.0019523]),
    t([22, 16, 18, 13, 17, 11, 13], [1.5, 1.0, 4.35, 0.5417, 0.893, 1.389, 0.83926], [-0.10747, 0.029328, 0.15603, -0.010746, 0.23259, -0.25295, -0.29157, -0.066292]),
    t([24, 13, 22, 0, 13, 3, 0], [0.114, 0.0899, 1.5, 3.54, 0.5901, -0.0907, f32::MAX], [0.12389, -0.23215, -0.097226, 0.027196, -0.14972, 0.16285, -0.21277, -0.21277]),
    t([7, 12, 18, 17, 18, 0, 23], [0.5, 0.7, 3.4, 0.865, 3.8, f32::MAX, 4.66], [0.062921, -0.031224, 0.021111, -0.29854, -0.12678, -0.12678, -0.43135, -0.13199]),
    t([21, 14, 0, 13, 13, 17, 24], [0.5, 0.5, 2.35, 0.5417, 0.3385, 0.9199, 0.0004], [-0.1033, 0.0095279, 0.1246, -0.10087, 0.23808, 0.027371, -0.099048, 0.1208]),
    t([25, 11, 23, 18, 13, 22, 17], [0.5, 0.8763, 4.66, 4.81, 0.1627, 1.5, 0.79686], [0.24223, -0.003145, 0.059122, -0.043645, 0.16063, -0.18806, 0.16798, -0.20693]),
    t([22, 11, 19, 4, 13, 11, 22], [1.5, 2.6778, 0.5, 0.3005, 0.879, 1.006, 3.5], [-0.015037, 0.071987, -0.18499, 0.11184, -0.019933, -0.27839, 0.080533, -0.23493]),
    t([3, 5, 17, 10, 17, 23, 23], [0.00703, 0.001, 0.79686, 0.1, 0.9802, 4.95, 2.9], [-0.13577, 0.069813, -0.22194, 0.11535, 0.14827, -0.10409, 0.10576, -0.028295]),
    t([7, 9, 26, 11, 13, 0, 16], [0.5, 0.5, 0.5434, 1.567, 0.4682, f32::MAX, 1.2], [0.044006, -0.035413, 0.14992, 0.30649, -0.39371, -0.39371, 0.040464, -0.23695]),
    t([10, 17, 13, 15, 4, 24, 18], [0.37, 0.9896, 0.7279, 0.5, 0.143, 0.0373, 5.74], [-0.017663, 0.17837, -0.39743, -0.068923, -0.031407, 0.19687, 0.23222, -0.008904]),
    t([22, 12, 18, 23, 18, 11, 3], [1.5, 0.7, 4.35, 5.715, 3.8, 1.4516, 0.842], [0.022877, -0.10791, 0.012339, -0.28492, 0.19575, -0.19059, -0.27281, -0.029956]),
    t([7, 13, 26, 18, 13, 0, 0], [0.5, 0.1627, 0.7077, 6.19, 0.5417, f32::MAX, f32::MAX], [0.11472, -0.19359, -0.075991, 0.02956, -0.33609, -0.33609, -0.039649, -0.039649]),
    t([24, 23, 20, 26, 18, 3, 13], [0.0373, 3.48, 0.5, 0.676, 4.7, -0.00116, 0.4933], [0.090097, -0.074684, -0.14002, -0.010158, -0.12909, 0.078682, 0.048561, 0.30482]),
    t([25, 13, 3, 11, 17, 10, 4], [0.5, 0.7948, 0.5207, 1.51, 0.960535, 0.1, 0.001], [0.024342, -0.06339, 0.12895, -0.19946, -0.041905, 0.12334, -0.078299, 0.26944]),
    t([9, 22, 11, 16, 0, 0, 0], [0.5, 1.5, 1.694, 1.0, 1.2, f32::MAX, f32::MAX], [-0.030031, 0.035805, -0.025754, -0.24542, 0.12642, 0.12642, 0.276, 0.276]),
    t([4, 10, 23, 17, 17, 18, 11], [0.4504, 0.37, 4.12, 0.79686, 0.960535, 4.49, 2.0601], [0.04165, -0.046079, 0.12394, -0.075675, -0.15895, 0.21916, 0.090309, -0.18203]),
    t([12, 4, 17, 17, 18, 4, 0], [0.7, 0.273, 0.601, 0.79686, 4.07, 0.3516, f32::MAX], [0.07605, -0.046866, -0.19317, 0.057828, 0.08479, -0.10372, -0.27554, -0.27554]),
    t([26, 13, 17, 13, 0, 23, 24], [0.468, 0.5417, 0.8751, 0.0899, 2.8, 5.084, 0.22], [-0.019003, -0.26615, 0.1486, -0.13036, 0.090488, -0.064278, -0.030855, 0.17142]),
    t([3, 11, 17, 4, 3, 26, 13], [0.8826, 3.016, 0.9474, 0.001, 0.671, 0.468, 0.3385], [-0.059041, 0.017301, -0.27952, 0.027412, 0.0057269, 0.22271, 0.078407, -0.34185]),
    t([23, 18, 18, 18, 0, 15, 22], [2.9, 4.35, 4.7, 3.8, 1.2, 0.5, 1.5], [-0.085119, 0.22789, -0.28861, 0.15914, -0.12862, 0.13874, 0.020247, -0.24957]),
    t([9, 13, 13, 18, 13, 0, 0], [0.5, 0.2264, 0.4682, 5.74, 0.5417, f32::MAX, f32::MAX], [0.091373, -0.084707, -0.075825, 0.010565, 0.11456, 0.11456, 0.24488, 0.24488]),
    t([7, 23, 18, 16, 18, 0, 23], [0.5, 3.07, 3.4, 1.0, 4.49, f32::MAX, 4.66], [-0.12244, 0.10951, -0.083285, 0.011569, 0.01957, 0.01957, -0.32897, -0.037503]),
    t([13, 17, 18, 14, 13, 26, 0], [0.9273, 0.9896, 6.73, 0.5, 0.13, 0.56167, f32::MAX], [-0.013356, 0.069343, -0.0024501, -0.29315, -0.039909, 0.22671, -0.17883, -0.17883]),
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
