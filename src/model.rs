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
pub(crate) const TREES_1: [Tree; 50] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07539, 3.07, 0.046, 0.1, 0.5, 1.5, 0.1], [-0.25326, 0.071041, -0.36555, 0.28395, 0.3213, -0.12931, -0.14588, 0.13975]),
    t([23, 5, 10, 22, 13, 14, 0], [3.75, 0.001, 0.18, 2.5, 0.13, 0.5, 3.54], [0.27537, -0.28873, 0.26307, -0.12395, -0.25534, 0.12747, 0.11804, -0.25333]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.49, 1.51, f32::MAX], [0.22563, 0.038794, 0.12062, -0.34957, -0.075727, -0.26988, 0.32682, 0.32682]),
    t([3, 24, 6, 23, 12, 17, 13], [0.07539, 0.114, 0.046, 4.12, 0.3, 0.9802, 0.13], [-0.045572, -0.22475, 0.25262, -0.032439, 0.21634, -0.03523, 0.21052, -0.054009]),
    t([23, 5, 24, 22, 11, 13, 22], [3.65, 0.001, 0.053, 2.5, 1.389, 0.0899, 1.5], [0.20205, -0.21303, 0.065171, -0.20701, 0.069266, -0.18234, 0.1314, -0.31262]),
    t([3, 25, 10, 13, 13, 16, 22], [0.0164, 0.5, 0.1, 0.83926, 0.5653, 1.7, 1.5], [-0.21697, -0.0077034, -0.055567, 0.26427, -0.12893, 0.10486, 0.17134, -0.18397]),
    t([3, 11, 22, 24, 0, 13, 18], [0.13684, 1.873, 1.5, 0.053, 2.0, 0.196, 4.49], [-0.064423, 0.15237, 0.013326, -0.20494, 0.20634, 0.074496, 0.17796, -0.272]),
    t([6, 13, 13, 12, 10, 13, 17], [0.046, 0.13, 0.879, 0.3, 0.1, 0.04616, 0.960535], [0.23592, -0.13527, -0.026185, 0.1432, 0.12419, -0.13509, 0.21727, -0.091149]),
    t([23, 26, 10, 11, 4, 25, 13], [3.48, 0.676, 0.1, 1.51, 0.001, 0.5, 0.7602], [0.21767, 0.088796, -0.10909, 0.13448, -0.16204, 0.081406, -0.036398, 0.16972]),
    t([0, 22, 9, 13, 0, 11, 0], [3.07, 1.5, 0.5, 0.1627, 1.0, 1.51, f32::MAX], [0.17425, 0.030126, 0.1109, -0.24365, -0.026897, -0.19037, 0.29257, 0.29257]),
    t([3, 25, 10, 13, 13, 16, 17], [0.0164, 0.5, 0.1, 0.7948, 0.5653, 1.7, 0.9734], [-0.16772, 0.0046454, -0.031991, 0.21638, -0.089884, 0.060355, 0.12107, -0.10082]),
    t([23, 26, 24, 11, 4, 13, 10], [3.35, 0.676, 0.053, 1.51, 0.001, 0.7948, 0.18], [0.20399, 0.074299, -0.096771, 0.1089, -0.11568, 0.069995, 0.011383, 0.18067]),
    t([11, 17, 13, 0, 13, 21, 0], [1.873, 0.893, 0.6691, 3.54, 0.1627, 0.5, 2.8], [0.13619, -0.12868, 0.12756, -0.072983, -0.16131, 0.051028, 0.096154, -0.089278]),
    t([10, 14, 23, 25, 13, 22, 22], [0.1, 0.5, 3.35, 0.5, 0.2524, 3.5, 1.5], [-0.12009, 0.0989, 0.16167, -0.13899, 0.15327, -0.21682, 0.02977, -0.25949]),
    t([24, 13, 22, 12, 13, 3, 0], [0.114, 0.0899, 1.5, 0.3, 0.6424, 0.00703, f32::MAX], [0.1625, -0.15294, -0.11303, 0.047811, 0.0037193, 0.18612, -0.22814, -0.22814]),
    t([3, 10, 17, 17, 5, 13, 25], [0.0164, 0.1, 0.9734, 0.9802, 0.001, 0.7948, 0.5], [-0.16394, 0.086735, 0.047213, -0.17257, 0.024724, 0.16707, -0.14305, 0.12059]),
    t([11, 17, 9, 23, 13, 13, 0], [1.567, 0.893, 0.5, 4.82, 0.2264, 0.5901, f32::MAX], [0.15992, -0.020958, 0.093844, -0.055416, -0.1154, 0.0084228, 0.30336, 0.30336]),
    t([25, 10, 22, 13, 13, 0, 0], [0.5, 0.37, 1.5, 0.1627, 0.7279, 3.07, f32::MAX], [0.065296, -0.063892, 0.040236, 0.21048, 0.17325, -0.058973, -0.22074, -0.22074]),
    t([6, 17, 10, 16, 23, 9, 17], [0.046, 0.9896, 0.37, 1.0, 3.48, 0.5, 0.960535], [-0.023728, 0.10632, -0.28861, -0.0020072, -0.068158, 0.2474, 0.13454, -0.1592]),
    t([22, 0, 18, 17, 9, 11, 13], [1.5, 3.07, 4.35, 0.893, 0.5, 1.4516, 0.83926], [0.080688, -0.011578, -0.10285, 0.2082, 0.1961, -0.2151, -0.24525, -0.073307]),
    t([13, 13, 18, 12, 23, 12, 17], [0.879, 0.13, 6.73, 0.3, 3.07, 0.7, 0.9734], [0.12517, -0.11277, 0.069011, -0.068862, 0.16459, -0.13216, -0.051557, -0.31273]),
    t([25, 11, 22, 13, 3, 23, 0], [0.5, 2.6778, 1.5, 0.7948, 0.2356, 4.66, f32::MAX], [-0.022608, 0.086765, -0.19516, 0.0036223, 0.15368, -0.010321, -0.18963, -0.18963]),
    t([22, 24, 19, 16, 3, 11, 18], [1.5, 0.114, 0.5, 1.0, -0.0907, 1.006, 4.49], [-0.043675, 0.039969, -0.14188, 0.14277, -0.035528, -0.23758, 0.14098, -0.12427]),
    t([7, 13, 18, 0, 13, 0, 23], [0.5, 0.04616, 3.4, 3.54, 0.6424, f32::MAX, 4.53], [0.1325, -0.197, -0.049201, 0.049532, -0.094655, -0.094655, -0.3696, -0.11493]),
    t([22, 23, 18, 5, 24, 11, 3], [1.5, 3.48, 4.35, 0.24, 0.0373, 1.261, 0.842], [0.081895, -0.19814, -0.041504, 0.054436, 0.19086, -0.16565, -0.22831, -0.054866]),
    t([10, 3, 17, 17, 7, 11, 23], [0.1, -0.00116, 0.79686, 0.9802, 0.5, 2.777, 2.9], [-0.15344, 0.13206, -0.0070452, -0.2709, 0.13058, -0.2015, 0.12438, -0.012341]),
    t([17, 15, 24, 14, 17, 4, 18], [0.9896, 0.5, 0.0373, 0.5, 0.9474, 0.182, 6.08], [-0.023303, 0.08458, 0.20657, -0.085897, -0.34997, -0.088466, 0.098735, -0.16157]),
    t([25, 13, 3, 13, 26, 4, 4], [0.5, 0.879, 0.5207, 0.1627, 0.8002, 0.245, 0.001], [0.048904, -0.046679, 0.12027, -0.18587, -0.058941, 0.1022, -0.019585, 0.22674]),
    t([12, 22, 18, 13, 19, 0, 0], [0.7, 1.5, 3.8, 0.5417, 0.5, f32::MAX, f32::MAX], [-0.01905, 0.050164, -0.21015, -0.019822, 0.0073845, 0.0073845, -0.2392, -0.2392]),
    t([21, 3, 0, 12, 17, 17, 13], [0.5, 0.3097, 2.35, 0.37, 0.865, 0.9199, 0.7279], [-0.019331, -0.13008, 0.11624, -0.044377, 0.1893, 0.019952, -0.0656, 0.11442]),
    t([9, 11, 13, 18, 13, 0, 0], [0.5, 1.51, 0.4682, 5.74, 0.5417, f32::MAX, f32::MAX], [0.07188, -0.049593, -0.078834, 0.012463, 0.12502, 0.12502, 0.25563, 0.25563]),
    t([7, 17, 18, 16, 13, 0, 23], [0.5, 0.79686, 3.4, 0.3, 0.13, f32::MAX, 4.66], [-0.023925, 0.13949, 0.094562, -0.036407, -0.053114, -0.053114, -0.31112, -0.073144]),
    t([17, 12, 10, 15, 18, 4, 0], [0.9896, 0.7, 0.37, 0.5, 3.8, 0.143, f32::MAX], [0.0031711, 0.1222, -1.0134e-05, -0.23329, -0.32625, -0.062855, 0.10551, 0.10551]),
    t([22, 24, 0, 4, 26, 22, 11], [1.5, 0.114, 1.2, 0.3005, 0.468, 3.5, 1.006], [-0.031129, 0.03074, -0.033438, 0.12092, 0.04245, -0.18194, -0.0043549, -0.21757]),
    t([11, 26, 25, 4, 10, 9, 16], [0.8763, 0.6928, 0.5, 0.287, 0.18, 0.5, 1.0], [0.21432, 0.096273, -0.18746, 0.092997, -0.020538, 0.18858, 0.034877, 0.14505]),
    t([12, 22, 17, 10, 19, 4, 0], [0.7, 1.5, 0.601, 0.37, 0.5, 0.3516, f32::MAX], [-0.00045487, 0.08252, -0.19409, -0.02091, 0.079708, -0.10004, -0.22571, -0.22571]),
    t([7, 17, 26, 3, 13, 26, 0], [0.5, 0.79686, 0.7077, 0.0569, 0.13, 0.5434, f32::MAX], [-0.041244, 0.11315, 0.080149, -0.030671, -0.28571, -0.087174, -0.0095588, -0.0095588]),
    t([13, 26, 17, 13, 13, 12, 23], [0.5417, 0.468, 0.9274, 0.0899, 0.2264, 0.63, 6.454], [-0.0008043, -0.21414, 0.054198, -0.046034, 0.094251, -0.086132, -0.088714, 0.36335]),
    t([23, 18, 18, 6, 0, 13, 22], [3.07, 4.35, 4.49, 0.01, 1.2, 0.6974, 1.5], [0.17995, -0.048234, -0.22232, 0.10452, -0.16602, 0.046654, 0.017315, -0.202]),
    t([24, 17, 12, 3, 3, 26, 10], [0.22, 0.9896, 0.3, 0.842, 0.7383, 0.7254, 0.1], [-0.0095059, 0.097973, -0.064806, -0.3457, 0.11532, 0.20274, -0.16048, 0.11169]),
    t([4, 16, 23, 0, 17, 18, 11], [0.4504, 1.0, 4.12, 1.2, 0.893, 4.49, 2.0601], [-0.31684, -0.030574, 0.074522, -0.019155, -0.10407, 0.16857, 0.065486, -0.14158]),
    t([9, 13, 13, 11, 18, 0, 0], [0.5, 0.879, 0.4682, 2.6778, 6.73, f32::MAX, f32::MAX], [-0.004103, -0.12919, 0.096331, -0.23747, 0.090655, 0.090655, 0.22247, 0.22247]),
    t([7, 23, 12, 18, 18, 0, 26], [0.5, 2.9, 0.3, 4.35, 4.49, f32::MAX, 0.5292], [0.15922, -0.0059105, -0.07023, 0.011769, -0.2578, -0.2578, -0.14025, 0.10984]),
    t([21, 4, 0, 16, 18, 17, 18], [0.5, 0.4504, 2.35, 1.0, 4.49, 0.865, 5.74], [-0.049766, 0.0090352, -0.11894, 0.08852, 0.20923, 0.04974, 0.032883, -0.16059]),
    t([17, 11, 13, 13, 5, 13, 11], [0.79686, 2.6778, 0.9273, 0.3903, 0.059, 0.13, 2.5866], [-0.0058267, 0.11079, -0.16365, 0.14563, 0.056186, -0.037143, 0.065038, 0.30507]),
    t([25, 3, 3, 4, 24, 10, 4], [0.5, 0.00703, 0.5207, 0.43, 0.0004, 0.1, 0.001], [-0.079647, 0.035727, -0.010571, 0.07203, -0.03399, 0.097561, -0.04104, 0.20602]),
    t([9, 11, 13, 26, 18, 0, 0], [0.5, 1.51, 0.4682, 0.7077, 4.7, f32::MAX, f32::MAX], [0.056414, -0.030934, -0.081001, -0.00041736, 0.075357, 0.075357, 0.20733, 0.20733]),
    t([13, 26, 17, 13, 18, 23, 25], [0.5417, 0.468, 0.9274, 0.2264, 6.19, 4.95, 0.5], [-0.042232, -0.2252, 0.016767, -0.11608, 0.084873, -0.030188, -0.084543, 0.10316]),
    t([11, 22, 3, 10, 18, 0, 0], [3.1809, 1.5, 0.671, 0.37, 4.35, f32::MAX, f32::MAX], [-0.00069709, 0.067228, 0.064558, -0.1512, -0.24433, -0.24433, 0.037801, 0.037801]),
    t([7, 17, 26, 16, 13, 0, 0], [0.5, 0.79686, 0.7077, 0.3, 0.04616, f32::MAX, f32::MAX], [-0.016304, 0.10097, 0.074685, -0.018961, -0.23356, -0.23356, 0.011421, 0.011421]),
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
