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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.076, 0.1, 0.876, f32::MAX], [-0.066238, 0.54072, -0.093792, 0.46105, -0.52656, -0.10619, 0.50535, 0.50535]),
    t([3, 10, 16, 24, 23, 13, 22], [0.0643, 0.3, 0.3, 0.11, 5.1, 0.7305, 1.5], [-0.38281, 0.23339, 0.4625, -0.21971, -0.16629, 0.30309, 0.39607, -0.58578]),
    t([3, 10, 18, 12, 23, 13, 22], [0.0828, 0.1, 3.94, 0.1, 5.1, 0.876, 1.5], [-0.036902, -0.35172, 0.34977, -0.19784, -0.15819, 0.30958, 0.32465, -0.45093]),
    t([16, 9, 7, 10, 0, 22, 13], [0.3, 0.5, 0.5, 0.22, f32::MAX, 1.5, 0.778], [-0.27525, 0.17044, 0.44673, 0.44673, 0.26784, -0.41758, -0.46414, 0.1059]),
    t([3, 10, 11, 13, 12, 0, 13], [0.1127, 0.1, 1.758, 0.828, 0.37, f32::MAX, 0.7305], [-0.29841, -0.0086731, 0.23225, -0.24417, 0.34082, 0.34082, -0.030331, 0.26674]),
    t([23, 10, 13, 18, 11, 11, 12], [3.75, 0.1, 0.828, 4.17, 2.1767, 1.758, 0.7], [-0.075462, 0.24449, 0.34695, 0.24628, 0.195, -0.24457, 0.22512, -0.28601]),
    t([23, 10, 9, 19, 11, 1, 0], [3.75, 0.1, 0.5, 0.5, 2.1767, 0.5, f32::MAX], [0.18268, -0.34695, 0.32542, 0.21369, 0.097123, -0.21425, 0.3797, 0.3797]),
    t([3, 13, 18, 11, 12, 13, 7], [0.1127, 0.608, 3.94, 1.758, 0.37, 0.03064, 0.5], [0.1103, -0.26135, 0.20289, -0.092706, 0.24479, -0.12867, 0.20801, -0.12275]),
    t([10, 13, 3, 17, 13, 23, 26], [0.1, 0.0094, 0.027385, 0.305, 0.828, 5.414, 0.11336], [-0.40589, 0.32594, -0.2006, 0.071394, 0.11864, -0.29362, -0.035914, 0.26162]),
    t([23, 24, 9, 16, 4, 0, 0], [3.75, 0.0002, 0.5, 1.5, 0.161, 4.48, f32::MAX], [0.012728, 0.2414, 0.17534, 0.32892, -0.11144, 0.25455, 0.30021, 0.30021]),
    t([13, 25, 12, 13, 4, 17, 24], [0.876, 0.5, 0.7, 0.03064, 0.2753, 0.8183, 0.046], [0.10599, -0.15884, 0.070098, 0.40983, 0.22938, -0.14515, -0.28871, 0.32844]),
    t([3, 10, 4, 11, 23, 13, 22], [0.158, 0.1, 0.238, 3.6284, 5.876, 0.04416, 1.5], [-0.17852, 0.26024, 0.14985, -0.26588, 0.24972, -0.10026, 0.20756, -0.28577]),
    t([13, 14, 23, 25, 13, 11, 0], [0.687, 0.5, 6.65, 0.5, 0.1298, 2.654, f32::MAX], [-0.15598, 0.19128, 0.22616, -0.32879, 0.15706, -0.083015, 0.57261, 0.57261]),
    t([10, 1, 1, 0, 9, 11, 4], [0.45, 0.5, 0.5, 3.62, 0.5, 1.49, 0.335], [0.010319, 0.47769, -0.13507, 0.35401, 0.2593, -0.088105, 0.41045, 0.24484]),
    t([24, 17, 2, 16, 11, 0, 0], [0.046, 0.8183, 0.5, 2.35, 1.758, 3.75, f32::MAX], [-0.039528, 0.32912, -0.057867, -0.42684, 0.18789, -0.17892, -0.3927, -0.3927]),
    t([10, 23, 3, 19, 0, 18, 18], [0.3, 3.75, 0.0489, 0.5, 4.36, 4.8, 5.2], [0.12724, -0.38319, -0.089315, 0.14388, -0.19507, 0.20178, 0.16877, 0.37296]),
    t([13, 23, 18, 13, 7, 23, 0], [0.653, 5.196, 3.07, 0.1298, 0.5, 4.24, 4.36], [0.13041, -0.13345, -0.29576, 0.36967, 0.054688, -0.3735, 0.057077, 0.38289]),
    t([24, 17, 13, 16, 13, 0, 26], [0.046, 0.8183, 0.4682, 2.35, 0.9476, 2.9, 0.1602], [-0.030041, 0.29998, -0.34595, 0.022778, 0.095812, -0.32726, 0.29311, 0.045522]),
    t([2, 20, 4, 1, 11, 0, 0], [0.5, 0.5, 0.4846, 0.5, 2.1, f32::MAX, f32::MAX], [0.061986, -0.069902, 0.30837, -0.053739, -0.42242, -0.42242, -0.055309, -0.055309]),
    t([22, 25, 0, 17, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.8183, 0.5, f32::MAX, f32::MAX], [0.0083903, -0.27753, 0.31709, -0.077946, -0.38449, -0.38449, -0.38449, -0.38449]),
    t([9, 3, 0, 25, 23, 0, 0], [0.5, 0.2337, f32::MAX, 0.5, 4.8, f32::MAX, f32::MAX], [-0.082253, 0.23129, 0.035765, 0.41984, 0.2338, 0.2338, 0.2338, 0.2338]),
    t([4, 13, 12, 18, 26, 11, 6], [0.238, 0.687, 0.7, 5.2, 0.137, 3.6284, 0.039], [-0.32319, 0.085701, 0.19135, -0.22086, 0.059091, 0.65782, 0.20442, -0.18925]),
    t([3, 7, 4, 13, 1, 13, 10], [0.0128, 0.5, 0.2753, 0.828, 0.5, 0.04416, 0.1], [-0.23397, 0.020077, 0.4865, -0.3022, 0.16397, -0.10632, 0.048101, 0.18528]),
    t([11, 23, 9, 12, 0, 0, 0], [1.758, 5.702, 0.5, 0.1, f32::MAX, 4.36, f32::MAX], [0.22203, -0.093745, -0.38765, -0.38765, -0.060989, 0.13624, 0.2295, 0.2295]),
    t([24, 17, 12, 18, 11, 18, 0], [0.11, 0.701, 0.7, 4.34, 2.968, 4.34, f32::MAX], [-0.057745, 0.06341, -0.20883, 0.18449, 0.023035, 0.23954, -0.27589, -0.27589]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0757, 3.07, 0.044, 0.1, 0.5, 1.5, 0.1], [-0.50959, 0.1409, -0.7315, 0.56679, 0.64321, -0.25713, -0.28769, 0.27917]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.047, 2.5, 0.1305, 3.54, 0.87942], [0.48523, -0.54748, 0.47938, -0.27659, 0.46486, -0.55943, -0.42379, 0.22606]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.51, f32::MAX], [0.37745, 0.039816, 0.27445, -0.62648, -0.0602, -0.45369, 0.62196, 0.62196]),
    t([3, 25, 10, 13, 13, 13, 22], [0.0166, 0.5, 0.1, 0.79634, 0.5662, 0.163, 1.5], [-0.413, -0.10213, -0.11363, 0.57903, 0.30523, -0.18697, 0.3091, -0.27084]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.0904, 1.5], [0.30238, -0.30879, -0.80705, 0.076415, 0.10623, -0.28344, 0.28098, -0.49583]),
    t([11, 17, 13, 0, 13, 10, 3], [1.871, 0.9143, 0.67, 3.54, 0.2267, 0.18, 0.2353], [0.27748, -0.30032, 0.22331, -0.21387, -0.37358, -0.029699, -0.12923, 0.28167]),
    t([10, 14, 13, 25, 13, 13, 22], [0.18, 0.5, 0.7286, 0.5, 0.3388, 0.1305, 3.5], [-0.20231, 0.25742, 0.30486, -0.31005, 0.31408, -0.078471, 0.43804, -0.42402]),
    t([6, 17, 13, 12, 4, 24, 17], [0.044, 0.9802, 0.79634, 0.3, 0.112, 0.114, 0.960535], [0.25603, -0.073011, -0.4239, 0.073989, -0.19127, 0.2179, 0.23902, -0.27849]),
    t([10, 3, 17, 17, 16, 16, 13], [0.1, 0.00708, 0.865, 0.9802, 1.7, 1.0, 0.8399], [-0.3505, 0.36556, -0.12564, 0.11503, 0.076393, 0.37148, -0.069035, 0.25926]),
    t([24, 13, 22, 13, 17, 3, 0], [0.114, 0.643, 1.5, 0.163, 0.9143, -0.0905, f32::MAX], [0.11489, -0.21049, 0.19031, -0.12777, -0.16351, 0.32462, -0.46003, -0.46003]),
    t([22, 25, 0, 11, 0, 18, 11], [1.5, 0.5, 1.0, 1.51, 3.07, 5.88, 1.006], [0.10941, -0.082417, 0.31816, -0.1468, 0.42485, -0.33465, -0.0026704, -0.47236]),
    t([12, 7, 17, 23, 18, 4, 0], [0.7, 0.5, 0.601, 3.07, 3.4, 0.352, f32::MAX], [0.17958, -0.013088, -0.16054, -0.67785, 0.096108, -0.29125, -0.48614, -0.48614]),
    t([10, 17, 13, 15, 4, 13, 17], [0.37, 0.99008, 0.49355, 0.5, 0.143, 0.0904, 0.960535], [-0.036594, 0.32604, -0.67689, -0.21294, 0.26249, -0.10581, 0.39882, -0.042671]),
    t([9, 0, 4, 17, 17, 0, 0], [0.5, 3.07, 0.335, 0.893, 0.9474, f32::MAX, f32::MAX], [0.12546, -0.083174, -0.22674, 0.25868, 0.29946, 0.29946, 0.55659, 0.55659]),
    t([22, 11, 18, 17, 3, 11, 13], [1.5, 2.677, 4.35, 0.79717, 0.2353, 1.4516, 0.8399], [0.16505, 0.00095401, -0.33775, 0.094615, 0.41297, -0.37993, -0.47395, -0.074315]),
    t([13, 14, 17, 26, 18, 12, 25], [0.542, 0.5, 0.9474, 0.4681, 6.08, 0.63, 0.5], [-0.4066, -0.08147, 0.18106, -0.3264, 0.16087, -0.15543, -0.23441, 0.31826]),
    t([24, 18, 12, 23, 13, 23, 13], [0.23, 3.8, 0.3, 4.66, 0.1305, 3.48, 0.5179], [-0.11305, -0.50602, 0.13371, -0.030084, 0.24417, 0.41033, -0.25768, 0.22251]),
    t([7, 13, 26, 17, 18, 0, 0], [0.5, 0.87942, 0.7077, 0.79717, 6.73, f32::MAX, f32::MAX], [0.09601, -0.048121, 0.24043, -0.44206, -0.54858, -0.54858, -0.062939, -0.062939]),
    t([3, 5, 4, 10, 17, 24, 18], [0.00708, 0.001, 0.313, 0.1, 0.9474, 0.053, 4.07], [-0.18274, 0.094466, -0.41446, 0.067372, -0.055258, 0.16136, -0.21035, 0.15883]),
    t([11, 26, 22, 4, 16, 9, 0], [0.8763, 0.6928, 1.5, 0.287, 2.74, 0.5, 1.2], [0.43643, 0.14133, -0.31585, 0.13935, -0.0087338, 0.37109, -0.0078867, -0.44671]),
    t([16, 19, 6, 18, 26, 13, 13], [1.0, 0.5, 0.464, 4.69, 0.6574, 0.1305, 0.79634], [-0.19942, 0.0084123, -0.38575, -1.1557, 0.25277, 0.030227, -0.43522, 0.085288]),
    t([23, 18, 18, 18, 19, 13, 22], [2.9, 4.35, 4.69, 3.8, 0.5, 0.6978, 1.5], [-0.04298, 0.38292, 0.23534, -0.40349, -0.25595, 0.11782, 0.02712, -0.42035]),
    t([12, 21, 18, 4, 0, 0, 0], [0.7, 0.5, 3.8, 0.4504, 2.35, f32::MAX, f32::MAX], [-0.036149, 0.14811, 0.27505, -0.063949, 0.080777, 0.080777, -0.44929, -0.44929]),
    t([3, 26, 17, 13, 11, 0, 25], [0.31, 0.5117, 0.865, 0.36526, 2.87574, 2.35, 0.5], [-0.38853, -0.037211, 0.028097, -0.34617, 0.13632, 0.432, -0.095166, 0.2987]),
    t([10, 13, 18, 18, 17, 17, 23], [0.37, 0.163, 5.335, 6.19, 0.79717, 0.960535, 4.02], [0.14898, -0.26254, 0.094328, -0.083497, 0.29266, -0.077698, 0.20928, -0.29282]),
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
