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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.0758, 0.1, 0.876, f32::MAX], [-0.070148, 0.53981, -0.10698, 0.47685, -0.52765, -0.12642, 0.50079, 0.50079]),
    t([3, 10, 8, 9, 23, 22, 10], [0.0646, 0.1, 0.5, 0.5, 5.1, 1.5, 0.1], [-0.41672, 0.32223, 0.37726, -0.37179, 0.39493, -0.58504, -0.11701, 0.3539]),
    t([3, 10, 18, 9, 23, 13, 22], [0.1128, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.34073, 0.32129, 0.29958, -0.187, -0.11728, 0.35153, 0.34165, -0.43857]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.26674, -0.42242, -0.45213, 0.11264, -0.31494, 0.27485, 0.21133, -0.32137]),
    t([23, 10, 13, 18, 11, 10, 12], [4.23, 0.1, 0.876, 4.34, 2.1767, 0.3, 0.7], [-0.12251, 0.18457, 0.34708, 0.2119, -0.27168, 0.17301, 0.19807, -0.17396]),
    t([3, 12, 11, 4, 1, 14, 13], [0.0646, 0.1, 1.7574, 0.221, 0.5, 0.5, 0.7305], [-0.34455, 0.24614, 0.0799, -0.27357, 0.28273, 0.3529, -0.0723, 0.24258]),
    t([23, 10, 9, 19, 18, 11, 0], [3.75, 0.1, 0.5, 0.5, 3.86, 1.7574, 3.68], [0.19376, -0.3304, 0.21107, 0.32154, 0.20535, -0.16733, 0.38326, 0.23256]),
    t([3, 10, 13, 0, 12, 13, 12], [0.1587, 0.1, 0.8269, 4.48, 0.37, 0.158, 0.78], [-0.21551, 0.1679, 0.21426, -0.16973, 0.24063, -0.086165, 0.29763, -0.07261]),
    t([13, 14, 11, 9, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1877, 0.82, 0.002345], [-0.19875, 0.23126, 0.26231, -0.41755, 0.15408, -0.29407, 1.1056, -0.070429]),
    t([23, 24, 13, 10, 4, 13, 18], [3.75, 0.0002, 0.8269, 0.1, 0.161, 0.0093, 4.34], [0.0060681, 0.26146, 0.16499, 0.36709, 0.16112, -0.18019, -0.068491, 0.17603]),
    t([24, 11, 13, 23, 9, 24, 26], [0.076, 1.486, 0.7305, 4.8, 0.5, 0.11, 0.1602], [0.29702, -0.18553, -0.096317, 0.25821, -0.31026, 0.2027, 0.35793, 0.24227]),
    t([3, 10, 4, 7, 0, 13, 18], [0.1128, 0.45, 0.238, 0.5, f32::MAX, 0.019, 3.86], [-0.1367, 0.25656, 0.30466, 0.30466, 0.26248, -0.087602, -0.0053955, 0.20619]),
    t([25, 13, 1, 13, 17, 6, 26], [0.5, 0.6866, 0.5, 0.0093, 0.82, 0.168, 0.258], [0.14147, -0.15942, 0.099407, -0.33908, 0.40245, -0.082781, -0.30036, 0.15798]),
    t([10, 1, 0, 0, 9, 12, 18], [0.3, 0.5, 3.92, 3.62, 0.5, 0.37, 4.62], [0.0036417, 0.49462, -0.15326, 0.30147, 0.26266, -0.02646, -0.41195, 0.090918]),
    t([23, 19, 17, 24, 0, 13, 13], [3.75, 0.5, 0.82, 0.0002, f32::MAX, 0.876, 0.0093], [0.11201, 0.31207, -0.20415, -0.20415, -0.063228, 0.085303, 0.044911, -0.42365]),
    t([25, 3, 4, 10, 23, 24, 1], [0.5, 0.23379, 0.2753, 0.1, 4.8, 0.11, 0.5], [-0.13232, 0.08424, 0.066003, 0.38687, -0.28612, 0.25879, 0.44588, 0.038284]),
    t([24, 17, 11, 16, 11, 4, 0], [0.11, 0.82, 3.1554, 2.35, 1.7574, 0.3716, f32::MAX], [-0.021066, 0.31294, -0.0092142, -0.40829, 0.139, 0.35787, -0.21876, -0.21876]),
    t([2, 22, 4, 3, 0, 0, 0], [0.5, 1.5, 0.4846, 0.0128, f32::MAX, f32::MAX, f32::MAX], [-0.056417, 0.062879, -0.38442, -0.38442, -0.4065, -0.4065, -0.097137, -0.097137]),
    t([0, 9, 18, 0, 0, 0, 6], [4.36, 0.5, 3.07, 3.92, f32::MAX, f32::MAX, 0.1115], [-0.010767, -0.31732, 0.27204, 0.27204, -0.40211, -0.40211, -0.30394, 0.46269]),
    t([10, 13, 1, 0, 13, 11, 0], [0.45, 0.0093, 0.5, 2.9, 0.6526, 1.486, f32::MAX], [0.25955, -0.14139, -0.10844, 0.031637, 0.1903, -0.16701, 0.32001, 0.32001]),
    t([25, 17, 5, 3, 18, 0, 0], [0.5, 0.82, 0.001, 0.1587, 4.88, 2.2, f32::MAX], [-0.045046, 0.074918, -0.43539, -0.068481, 0.22539, -0.14927, 0.46251, 0.46251]),
    t([10, 0, 3, 3, 12, 11, 18], [0.1, 4.36, 0.02749, 0.1128, 0.37, 1.896, 5.306], [-0.15186, 0.0076711, -0.34926, 0.29275, 0.23326, -0.21157, 0.098712, 0.2829]),
    t([24, 11, 4, 23, 4, 13, 11], [0.046, 1.7574, 0.3716, 5.702, 0.4095, 0.7305, 3.3485], [0.14167, -0.34108, -0.010858, -0.20327, -0.090665, 0.13849, 0.14759, 0.54656]),
    t([4, 3, 12, 5, 6, 11, 6], [0.238, 0.646, 0.7, 0.00785, 0.1115, 3.6284, 0.0387], [-0.28855, -0.01873, 0.17433, -0.24587, 0.054309, 0.70345, 0.2228, -0.20427]),
    t([22, 25, 0, 13, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.876, 0.5, f32::MAX, f32::MAX], [-0.043657, 0.080873, 0.27326, -0.087084, -0.35309, -0.35309, -0.35309, -0.35309]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 3, 23, 18, 24, 13], [4.12, 1.5, 0.14164, 3.48, 4.48, 0.053, 0.12855], [0.6329, 0.20085, 0.24403, -0.74295, -0.69281, -0.11269, 0.55102, -0.096136]),
    t([6, 3, 10, 10, 22, 14, 0], [0.038, 0.017045, 0.18, 0.18, 2.5, 0.5, 3.54], [-0.42559, 0.23364, 0.45509, -0.43633, -0.46138, 0.17863, 0.32358, -0.40573]),
    t([3, 25, 22, 9, 24, 10, 0], [0.078225, 0.5, 1.5, 0.5, 0.053, 0.1, 1.0], [-0.36584, 0.82119, 0.020707, 0.54699, 0.065515, 0.39496, 0.35951, -0.5186]),
    t([11, 13, 13, 23, 13, 24, 17], [1.5654, 0.1614, 0.7965, 5.414, 0.7965, 0.119, 0.960535], [0.47037, -0.3848, -0.026626, 0.41929, -0.31959, 0.23779, 0.26259, -0.33158]),
    t([23, 5, 10, 17, 3, 14, 24], [3.75, 0.001, 0.1, 0.99008, 0.4, 0.5, 0.053], [0.32102, -0.2974, -0.44077, -0.0030227, -0.35519, 0.1237, -0.074652, 0.30408]),
    t([0, 22, 9, 13, 18, 13, 0], [3.0, 1.5, 0.5, 0.12855, 4.35, 0.8795, f32::MAX], [0.37442, 0.058319, 0.083705, -0.48858, -0.34958, 0.1447, 0.71111, 0.71111]),
    t([11, 17, 13, 13, 13, 10, 3], [1.8674, 0.9143, 0.6693, 0.6427, 0.2252, 0.1, 0.017045], [0.12961, 0.40381, 0.18508, -0.20209, -0.38787, -0.12743, -0.18613, 0.1401]),
    t([25, 0, 22, 26, 13, 0, 0], [0.5, 1.5, 1.5, 0.6758, 0.0455, 3.0, f32::MAX], [0.27459, -0.10565, 0.27527, -0.15368, 0.38557, -0.10544, -0.45665, -0.45665]),
    t([10, 16, 13, 25, 17, 23, 17], [0.1, 1.7, 0.7283, 0.5, 0.9201, 3.3, 0.960535], [-0.25602, 0.086457, 0.24515, -0.14714, 0.251, -0.052986, 0.34194, -0.058623]),
    t([24, 13, 22, 12, 13, 3, 0], [0.119, 0.0888, 1.5, 0.3, 0.5901, 0.007445, f32::MAX], [0.29198, -0.26178, -0.19448, 0.052804, -0.015133, 0.36052, -0.45184, -0.45184]),
    t([3, 5, 7, 12, 17, 17, 3], [0.007445, 0.001, 0.5, 0.37, 0.9474, 0.865, 0.078225], [0.030085, -0.31823, -0.42461, -0.052225, 0.17345, -0.026344, -0.20182, -0.78885]),
    t([22, 16, 19, 9, 5, 11, 22], [1.5, 1.0, 0.5, 0.5, 0.0398, 1.006, 3.5], [-0.086326, 0.47938, 0.16771, -0.089482, 0.0057484, -0.47519, 0.12331, -0.45298]),
    t([13, 13, 26, 18, 17, 12, 18], [0.8795, 0.1614, 0.7995, 6.19, 0.7972, 0.7, 5.807], [0.18806, -0.30222, 0.080945, -0.12781, 0.34182, -0.25215, 0.024698, -0.60286]),
    t([21, 11, 0, 26, 25, 17, 13], [0.5, 0.8763, 2.35, 0.6928, 0.5, 0.9474, 0.7283], [0.43786, 0.069706, -0.079386, 0.18125, 0.38742, 0.010644, -0.11083, 0.26574]),
    t([22, 10, 23, 11, 13, 18, 11], [1.5, 0.37, 3.0, 2.772, 0.4928, 4.48, 1.006], [0.016092, -0.27254, 0.056535, 0.33757, 0.34057, -0.23431, -0.033649, -0.45453]),
    t([7, 17, 18, 15, 24, 0, 23], [0.5, 0.99008, 3.4, 0.5, 0.0373, f32::MAX, 4.64], [-0.00027746, 0.32772, -0.49409, 0.096667, -0.12535, -0.12535, -0.63261, -0.1281]),
    t([24, 4, 26, 6, 18, 25, 3], [0.119, 0.3005, 0.4681, 0.1004, 4.07, 0.5, -0.0903], [0.0081401, -0.17966, -0.34219, 0.099302, -0.33089, 0.17013, -0.21142, 0.26102]),
    t([12, 3, 18, 4, 4, 0, 11], [0.7, 0.007445, 3.8, 0.43, 0.143, f32::MAX, 2.583], [-0.14707, 0.085952, -0.057655, 0.10085, 0.12943, 0.12943, -0.15973, -0.47281]),
    t([3, 11, 17, 13, 13, 26, 23], [0.8823, 3.0119, 0.960535, 0.8795, 0.928, 0.428, 2.86], [-0.022687, 0.16532, -0.42064, 0.19871, 0.0030891, 0.34114, 0.09329, -0.52432]),
    t([13, 12, 13, 7, 6, 26, 17], [0.12855, 0.3, 0.5413, 0.5, 0.177, 0.4681, 0.9274], [0.20611, -0.5456, -0.39258, 0.17735, -0.40957, -0.055046, 0.12138, -0.12]),
    t([23, 18, 18, 6, 0, 15, 22], [3.0, 4.35, 4.69, 0.01, 1.2, 0.5, 1.5], [0.37795, -0.10673, -0.48382, 0.1984, -0.20847, 0.22058, 0.027852, -0.42674]),
    t([9, 23, 6, 17, 17, 0, 0], [0.5, 4.94, 0.1366, 0.7972, 0.9474, f32::MAX, f32::MAX], [0.17408, -0.020489, -0.21754, 0.52083, 0.20956, 0.20956, 0.4389, 0.4389]),
    t([11, 26, 13, 23, 4, 26, 26], [1.5, 0.7077, 0.5413, 3.3, 0.112, 0.4681, 0.7995], [0.29463, 0.043153, -0.40122, 0.10715, -0.33376, -0.0487, 0.053346, -0.32793]),
    t([13, 18, 13, 26, 26, 18, 17], [0.2252, 5.738, 0.5413, 0.56167, 0.59804, 6.08, 0.960535], [0.043204, 0.28445, 0.039245, -0.31593, -0.16063, 0.10075, 0.060284, -0.11735]),
    t([12, 24, 17, 23, 20, 4, 26], [0.7, 0.0373, 0.601, 3.48, 0.5, 0.3516, 0.7077], [0.061314, -0.056748, 0.029724, 0.31644, 0.18263, -0.12745, -0.44092, -0.1071]),
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
