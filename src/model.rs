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
    t([0, 23, 9, 18, 10, 13, 0], [2.9, 3.77, 0.5, 3.68, 0.1, 0.874, f32::MAX], [0.2667, 0.56388, -0.02729, 0.45858, -0.53186, -0.13723, 0.49538, 0.49538]),
    t([3, 10, 0, 13, 23, 22, 13], [0.0512, 0.1, 3.0, 0.874, 5.1, 1.5, 0.917], [-0.42423, -0.14368, 0.34668, -0.37654, 0.35842, -0.58752, -0.23013, 0.37454]),
    t([0, 23, 9, 18, 13, 10, 0], [2.9, 3.77, 0.5, 3.68, 0.8267, 0.3, f32::MAX], [0.13304, 0.37842, -0.07201, 0.33749, -0.32751, 0.18691, 0.38441, 0.38441]),
    t([3, 10, 7, 13, 23, 18, 13], [0.0863, 0.1, 0.5, 0.874, 5.1, 4.27, 0.7796], [-0.32165, -0.041758, 0.27639, -0.18467, 0.10594, 0.31502, -0.40276, 0.18389]),
    t([8, 22, 9, 7, 0, 13, 0], [0.5, 1.5, 0.5, 0.5, f32::MAX, 0.69, f32::MAX], [0.23938, -0.23969, -0.4731, -0.4731, -0.31192, -0.0010277, 0.39082, 0.39082]),
    t([3, 11, 10, 23, 7, 13, 12], [0.039, 1.768, 0.1, 5.695, 0.5, 0.874, 0.37], [0.26432, -0.34234, -0.24743, 0.1717, -0.070082, 0.24069, 0.32017, 0.10962]),
    t([23, 18, 11, 13, 11, 23, 13], [3.77, 3.96, 1.768, 0.874, 2.5651, 5.695, 0.874], [-0.086225, 0.30107, 0.31145, 0.16058, 0.2659, -0.31715, -0.21099, 0.092145]),
    t([1, 2, 9, 0, 4, 10, 0], [0.5, 0.5, 0.5, 3.62, 0.483, 0.3, f32::MAX], [0.12245, 0.57351, -0.42944, -0.08478, -0.20457, 0.27264, 0.39396, 0.39396]),
    t([3, 1, 24, 11, 10, 11, 17], [0.013745, 0.5, 0.0446, 3.628075, 0.37, 1.768, 0.259], [-0.054851, 0.73864, -0.24572, 0.28585, 0.23855, -0.040837, -0.28445, 0.26375]),
    t([11, 23, 13, 18, 3, 13, 12], [1.517, 4.8, 0.8267, 4.27, -0.0113, 0.009265, 0.7], [0.1383, 0.3264, 0.19494, -0.3582, 0.17211, -0.15314, 0.20205, -0.15241]),
    t([10, 14, 13, 13, 13, 23, 12], [0.1, 0.5, 0.6135, 0.8267, 0.1641, 5.19, 0.37], [-0.19157, 0.050428, 0.31067, -0.30409, 0.11384, -0.36099, 0.29821, 0.049408]),
    t([23, 18, 9, 6, 17, 0, 0], [3.77, 4.05, 0.5, 0.377, 0.7315, 4.47, 3.68], [0.062866, -0.65104, 0.27191, 0.043062, -0.099511, 0.18685, 0.38321, 0.066281]),
    t([3, 6, 13, 7, 10, 23, 13], [0.167, 0.168, 0.1341, 0.5, 0.1, 4.8, 0.7345], [-0.031579, 0.29869, -0.3623, 0.019084, 0.19992, 0.7895, -0.19843, 0.18131]),
    t([25, 13, 1, 13, 17, 22, 26], [0.5, 0.69, 0.5, 0.1641, 0.882, 1.5, 0.2563], [0.027255, -0.23448, 0.074468, -0.49882, 0.35122, -0.27062, -0.35755, 0.1916]),
    t([24, 11, 12, 18, 13, 7, 13], [0.074, 1.517, 0.7, 4.27, 0.9476, 0.5, 0.69], [-0.03371, 0.26926, -0.086938, 0.10156, 0.22853, -0.077728, -0.39315, 0.093474]),
    t([3, 7, 9, 11, 0, 23, 0], [0.013745, 0.5, 0.5, 2.6077, 3.3, 5.01, f32::MAX], [-0.03176, -0.28569, -0.38326, 0.42147, 0.071312, -0.16731, 0.34391, 0.34391]),
    t([3, 17, 0, 10, 24, 7, 9], [-0.05803, 0.668, 2.0, 0.22, 0.0247, 0.5, 0.5], [-0.37368, 0.061686, -0.28626, 0.23265, 0.15541, -0.38089, -0.032885, 0.22961]),
    t([22, 25, 0, 17, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.811, 0.5, f32::MAX, f32::MAX], [0.010924, -0.2677, 0.30028, -0.058157, -0.4149, -0.4149, -0.4149, -0.4149]),
    t([10, 13, 18, 17, 26, 24, 12], [0.1, 0.009265, 4.83, 0.305, 0.134, 0.0247, 0.37], [-0.35253, 0.26051, 0.01711, -0.17317, -0.12128, 0.24165, 0.26858, -0.017894]),
    t([12, 13, 23, 13, 0, 3, 5], [0.82, 0.7345, 6.647, 0.0841, 4.36, 0.2384, 0.0012], [0.063351, -0.10397, 0.071161, 0.40161, -0.2395, 0.058805, -0.14954, 0.33477]),
    t([23, 3, 17, 18, 13, 16, 12], [3.4, 0.345, 0.882, 4.27, 0.5716, 2.2, 0.1], [-0.18552, 0.15702, 0.31928, 0.17418, -0.017145, 0.26489, -0.45641, -0.03232]),
    t([3, 17, 13, 12, 11, 17, 18], [-0.05803, 0.7315, 0.9476, 0.18, 2.96996, 0.7315, 3.6], [-0.074003, -0.34808, -0.12916, 0.41043, 0.015072, -0.16174, 0.32243, 0.01718]),
    t([3, 4, 23, 1, 6, 0, 4], [0.2384, 0.1253, 4.8, 0.5, 0.1484, 1.7, 0.262], [-0.41167, -0.017104, 0.037943, -0.12832, 0.22359, -0.0089718, 0.1047, 0.58143]),
    t([24, 11, 11, 0, 11, 17, 0], [0.108, 1.517, 3.1557, 2.9, 2.411, 0.401, f32::MAX], [0.20302, -0.07418, -0.11017, 0.0068696, -0.065631, 0.23111, -0.19294, -0.19294]),
    t([12, 22, 18, 18, 0, 0, 18], [0.82, 1.5, 3.07, 4.75, f32::MAX, f32::MAX, 4.75], [-0.012616, 0.10933, -0.37088, -0.37088, -0.40511, -0.40511, -0.0034981, -0.34368]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 24, 23, 0, 3, 10], [4.12, 1.5, 0.059, 3.57, f32::MAX, 0.134, 0.18], [0.676, 0.29587, -0.78808, -0.78808, -0.66786, -0.087268, -0.17284, 0.64515]),
    t([6, 22, 10, 3, 0, 14, 0], [0.01, 1.5, 0.1, 0.01706, f32::MAX, 0.5, 3.45], [-0.05884, 0.49208, -0.57378, -0.57378, -0.5011, 0.21182, 0.21436, -0.37934]),
    t([3, 25, 22, 13, 0, 11, 0], [0.01706, 0.5, 1.5, 0.8461, 2.97, 1.915, f32::MAX], [-0.45037, -0.0081644, 0.47548, -0.1759, 0.34288, -0.052349, -0.58049, -0.58049]),
    t([23, 5, 10, 22, 13, 9, 0], [3.75, 0.001, 0.18, 1.5, 0.23504, 0.5, 3.54], [0.37451, -0.44101, 0.22883, -0.39133, -0.30013, 0.8622, 0.24542, -0.24753]),
    t([0, 13, 9, 12, 13, 13, 0], [3.1, 0.13383, 0.5, 0.3, 0.6267, 0.8877, f32::MAX], [0.44893, 0.041928, -0.22605, 0.21636, -0.36189, 0.25637, 0.59864, 0.59864]),
    t([24, 23, 22, 17, 13, 3, 0], [0.078, 3.4, 1.5, 0.9898, 0.043, 0.00846, f32::MAX], [0.23707, -0.78284, 0.27845, -0.19697, 0.012903, 0.42692, -0.51552, -0.51552]),
    t([10, 25, 22, 13, 0, 13, 0], [0.1, 0.5, 1.5, 0.17296, 2.86, 0.7687, f32::MAX], [0.085043, -0.27234, 0.37653, -0.28476, 0.093513, 0.37397, -0.51188, -0.51188]),
    t([24, 11, 22, 17, 13, 3, 0], [0.12, 1.5304, 1.5, 0.9018, 0.6267, -0.0061, f32::MAX], [0.28686, -0.10391, -0.23907, 0.02702, 0.038422, 0.37938, -0.37397, -0.37397]),
    t([11, 22, 3, 25, 0, 12, 11], [2.692, 1.5, 0.2444, 0.5, f32::MAX, 0.37, 3.09785], [0.022265, 0.31778, -0.45249, -0.45249, 0.087229, -0.46953, 0.30915, -0.25721]),
    t([13, 0, 13, 18, 26, 24, 17], [0.0878, 3.45, 0.807515, 4.57, 0.6348, 0.21, 0.956], [-0.085988, 0.32103, -0.41853, 0.037602, -0.12972, 0.34112, 0.27734, -0.31868]),
    t([3, 5, 17, 12, 17, 16, 4], [0.00846, 0.001, 0.894, 0.37, 0.9684, 1.0, 0.001], [0.027764, -0.32778, -0.42786, 0.073701, 0.045117, 0.28542, -0.34395, 0.024415]),
    t([6, 13, 10, 12, 4, 9, 17], [0.072, 0.13383, 0.37, 0.3, 0.001, 0.5, 0.956], [0.36335, -0.19594, -0.15521, 0.12705, -0.1288, 0.46104, 0.32384, -0.55717]),
    t([23, 19, 13, 5, 13, 13, 17], [3.24, 0.5, 0.6797, 0.001, 0.3772, 0.17296, 0.956], [0.28628, -0.076245, 0.055477, -0.79111, 0.071825, -0.15264, 0.15301, -0.28036]),
    t([25, 11, 22, 7, 3, 0, 0], [0.5, 2.692, 1.5, 0.5, 0.4987, 2.97, f32::MAX], [0.0099144, -0.5901, -0.34163, 0.092949, 0.27399, -0.064664, -0.35393, -0.35393]),
    t([13, 17, 26, 0, 3, 23, 18], [0.9347, 0.9898, 0.45023, 2.97, 0.58, 4.49, 5.13], [0.041126, -0.12699, -0.17824, -0.63754, 0.23439, -0.51272, 0.21497, 0.44358]),
    t([22, 12, 0, 17, 17, 0, 0], [1.5, 0.7, f32::MAX, 0.7948, 0.593, f32::MAX, f32::MAX], [0.13735, -0.01482, 0.015989, -0.46216, -0.42071, -0.42071, -0.42071, -0.42071]),
    t([24, 18, 26, 13, 17, 11, 3], [0.12, 4.57, 0.45023, 0.57757, 0.875545, 1.79606, 0.00846], [-0.33136, 0.073683, 0.091681, -0.066178, 0.14162, -0.46259, 0.0037062, 0.2663]),
    t([23, 19, 9, 17, 13, 10, 24], [3.07, 0.5, 0.5, 0.9796, 0.3772, 0.37, 0.0443], [0.31319, -0.017662, 0.044049, -0.55093, -0.053001, 0.14954, 0.20014, 0.45506]),
    t([22, 11, 0, 13, 3, 0, 0], [1.5, 1.732, f32::MAX, 0.23504, 0.8745, f32::MAX, f32::MAX], [0.18554, 0.010146, -0.066685, 0.49638, -0.39657, -0.39657, -0.39657, -0.39657]),
    t([13, 13, 26, 23, 18, 12, 16], [0.5299, 0.2052, 0.801, 3.92, 4.39, 0.7, 2.4], [0.24173, -0.078217, -0.39784, -0.097431, 0.1162, -0.36923, -0.42835, 0.036422]),
    t([7, 3, 26, 17, 17, 0, 0], [0.5, 0.055405, 0.5605, 0.945, 0.875545, f32::MAX, f32::MAX], [-0.1131, 0.23028, 0.15323, -0.058967, -0.59701, -0.59701, -0.16821, -0.16821]),
    t([4, 17, 0, 3, 13, 11, 6], [0.3005, 0.7948, 2.0, 0.134, 0.9347, 2.7756, 0.093], [-0.13778, 0.22815, -0.12214, 0.26579, 0.27126, -0.42689, -0.19963, 0.085169]),
    t([25, 11, 13, 4, 3, 6, 13], [0.5, 2.8609, 0.6267, 0.477, 0.6766, 0.0607, 0.7387], [-0.021315, 0.15045, -0.36736, 0.11385, 0.23268, -0.14486, 0.45451, 0.12694]),
    t([20, 17, 24, 11, 13, 4, 24], [0.5, 0.9898, 0.0324, 1.5304, 0.13383, 0.231, 0.078], [0.07223, -0.054349, 0.046792, -0.43677, -0.17535, 0.11744, 0.50433, 0.15955]),
    t([22, 15, 0, 18, 17, 0, 0], [1.5, 0.5, f32::MAX, 3.98, 0.92426, f32::MAX, f32::MAX], [-0.24282, 0.0080171, 0.34181, -0.043335, -0.37226, -0.37226, -0.37226, -0.37226]),
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
