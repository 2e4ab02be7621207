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
    t([3, 10, 8, 9, 23, 22, 10], [0.0644, 0.1, 0.5, 0.5, 5.1, 1.5, 0.1], [-0.41646, 0.3227, 0.3776, -0.37331, 0.39488, -0.58514, -0.11676, 0.35435]),
    t([3, 10, 18, 9, 23, 13, 22], [0.1128, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.34045, 0.3216, 0.29992, -0.1893, -0.11646, 0.3518, 0.3416, -0.43861]),
    t([16, 13, 7, 9, 12, 22, 13], [0.3, 0.778, 0.5, 0.5, 0.7, 1.5, 0.778], [-0.31477, 0.27529, 0.21192, -0.32122, 0.26651, -0.42249, -0.45204, 0.11321]),
    t([23, 11, 13, 3, 23, 10, 12], [4.24, 1.7574, 0.876, -0.06594, 3.75, 0.3, 0.7], [-0.004241, 0.34931, 0.24406, -0.085395, -0.27223, 0.17062, 0.19923, -0.17366]),
    t([3, 12, 11, 23, 1, 14, 13], [0.0644, 0.1, 1.7574, 5.702, 0.5, 0.5, 0.7305], [0.23106, -0.40422, 0.087525, -0.2719, 0.27821, 0.34828, -0.074853, 0.24777]),
    t([3, 10, 18, 0, 12, 18, 7], [0.1128, 0.1, 3.94, 4.48, 0.37, 2.6, 0.5], [-0.23954, 0.11734, 0.22105, -0.18933, 0.19933, -0.11994, 0.21874, -0.11505]),
    t([23, 10, 9, 24, 13, 1, 0], [3.75, 0.1, 0.5, 0.0002, 0.6076, 0.5, 3.68], [0.0042062, 0.33302, 0.23761, 0.32342, 0.063054, -0.19612, 0.39948, 0.22091]),
    t([13, 11, 12, 14, 13, 17, 24], [0.8269, 1.7574, 0.7, 0.5, 0.0093, 0.82, 0.046], [0.042324, 0.33308, 0.15786, -0.18468, 0.23905, -0.11047, -0.28038, 0.36625]),
    t([10, 24, 0, 1, 11, 11, 18], [0.18, 0.11, 3.92, 0.5, 3.1554, 2.912955, 4.88], [0.026244, -0.1577, 0.25687, -0.16657, 0.26602, -0.2456, -0.37415, 0.1168]),
    t([13, 25, 11, 13, 1, 12, 3], [0.6866, 0.5, 4.013, 0.0093, 0.5, 0.82, 0.002345], [0.15286, -0.18972, 0.33299, -0.14294, 0.13076, -0.29454, 1.0531, 0.0045231]),
    t([10, 3, 12, 0, 4, 13, 3], [0.1, 0.1584, 0.37, 4.36, 0.238, 0.6076, -0.0026], [-0.18487, 0.1347, -0.054784, 0.17342, 0.085101, 0.27572, -0.38361, 0.05648]),
    t([9, 23, 0, 19, 10, 0, 0], [0.5, 3.75, 3.68, 0.5, 0.45, f32::MAX, f32::MAX], [0.17232, -0.32248, -0.098597, 0.27192, 0.34884, 0.34884, 0.19686, 0.19686]),
    t([13, 25, 3, 17, 4, 3, 18], [0.876, 0.5, 0.2337, 0.775, 0.2753, -0.04192, 4.24], [-0.040538, -0.36868, -0.0024125, 0.38262, 0.21352, -0.0042856, 0.1374, 0.3001]),
    t([11, 23, 9, 12, 3, 24, 0], [1.486, 4.8, 0.5, 0.1, -0.00763, 0.076, f32::MAX], [0.29164, -0.08879, 0.074686, -0.41774, -0.077695, 0.15098, 0.26298, 0.26298]),
    t([22, 3, 0, 6, 13, 0, 0], [1.5, 0.1584, f32::MAX, 0.1612, 0.1298, f32::MAX, f32::MAX], [0.01882, -0.19338, 0.23396, 0.015824, -0.38919, -0.38919, -0.38919, -0.38919]),
    t([13, 13, 0, 23, 4, 12, 6], [0.6526, 0.03064, 4.36, 4.8, 0.2753, 0.37, 0.1115], [0.21545, -0.20993, -0.28785, -0.046564, 0.15544, -0.068877, -0.29631, 0.41296]),
    t([2, 17, 4, 16, 23, 0, 0], [0.5, 0.82, 0.4846, 2.35, 3.75, f32::MAX, f32::MAX], [0.01242, 0.30494, 0.092031, -0.33958, -0.43595, -0.43595, -0.040557, -0.040557]),
    t([9, 23, 0, 19, 0, 0, 0], [0.5, 3.75, 3.68, 0.5, 4.36, f32::MAX, f32::MAX], [0.1277, -0.30644, -0.081886, 0.13695, 0.29479, 0.29479, 0.11937, 0.11937]),
    t([3, 7, 9, 20, 1, 18, 0], [0.0128, 0.5, 0.5, 0.5, 0.5, 4.7, f32::MAX], [-0.17617, 0.2511, 0.66282, -0.29804, -0.033821, 0.092316, 0.30326, 0.30326]),
    t([13, 25, 6, 10, 4, 4, 4], [0.876, 0.5, 0.067, 0.1, 0.2753, 0.329, 0.364], [-0.11327, 0.052379, 0.010582, 0.31497, 0.076168, 0.36469, 0.12011, -0.12907]),
    t([24, 17, 13, 16, 11, 13, 26], [0.046, 0.82, 0.468, 2.35, 1.7574, 0.001, 0.1602], [-0.024438, 0.28697, 0.011601, -0.37249, 0.26233, -0.11682, 0.28965, 0.018484]),
    t([22, 2, 0, 24, 4, 0, 0], [1.5, 0.5, f32::MAX, 0.11, 0.4846, f32::MAX, f32::MAX], [0.0015913, 0.17021, -0.40432, -0.02276, -0.3651, -0.3651, -0.3651, -0.3651]),
    t([3, 7, 13, 24, 0, 6, 13], [0.0644, 0.5, 0.1298, 0.046, 3.62, 0.1835, 0.7305], [-0.14797, 0.086253, -0.321, 0.5408, -0.023075, 0.30143, -0.13444, 0.11047]),
    t([20, 18, 11, 26, 0, 23, 6], [0.5, 4.34, 2.099, 0.137, 4.36, 5.1, 0.134], [0.0061417, -0.23931, 0.0032618, 0.29203, 0.31291, -0.11845, -0.38198, 0.10049]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0773, 3.0, 0.0396, 0.1, 0.5, 1.5, 0.18], [-0.49756, 0.15996, -0.72636, 0.51354, 0.64523, -0.2646, -0.1781, 0.41307]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.0455, 2.5, 0.12906, 3.54, 0.8794], [0.48692, -0.54371, 0.48482, -0.27168, 0.45084, -0.56207, -0.42567, 0.22375]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.50436, f32::MAX], [0.3756, 0.043373, 0.26682, -0.62429, -0.053278, -0.45375, 0.61939, 0.61939]),
    t([3, 25, 10, 10, 13, 16, 22], [0.01688, 0.5, 0.1, 0.22, 0.5657, 1.5, 1.5], [-0.42164, -0.13154, -0.12123, 0.58063, -0.26142, 0.16083, 0.32467, -0.26016]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.08917, 1.5], [0.30021, -0.31759, -0.85066, 0.12543, 0.12216, -0.28626, 0.28288, -0.50335]),
    t([11, 17, 13, 0, 13, 14, 3], [1.8684, 0.89324, 0.66946, 3.54, 0.1619, 0.5, 0.2353], [0.29915, -0.25645, 0.26367, -0.17717, -0.3418, 0.21557, -0.095924, 0.29604]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.761, 0.5, 0.25179, 3.3, 3.5], [-0.26849, 0.22382, 0.32792, -0.27693, 0.26994, -0.058945, 0.37435, -0.46409]),
    t([24, 13, 22, 13, 17, 3, 0], [0.119, 0.79634, 1.5, 0.1619, 0.9607, -0.0903, f32::MAX], [0.13671, -0.18236, 0.2756, -0.27628, -0.12195, 0.38641, -0.43926, -0.43926]),
    t([3, 10, 17, 17, 5, 16, 4], [0.0073, 0.1, 0.9734, 0.9802, 0.001, 1.0, 0.112], [-0.33826, 0.29022, 0.064308, -0.36922, -0.011664, 0.19634, -0.4059, -0.039338]),
    t([25, 11, 22, 26, 13, 0, 0], [0.5, 1.50436, 1.5, 0.676, 0.643, 3.0, f32::MAX], [0.18867, -0.12772, -0.20498, 0.042895, 0.34523, -0.088956, -0.44345, -0.44345]),
    t([22, 24, 0, 23, 26, 26, 11], [1.5, 0.119, 1.0, 4.12, 0.4681, 0.693, 1.006], [0.074397, -0.10446, 0.076343, 0.31301, 0.4096, -0.3122, -0.044785, -0.47505]),
    t([10, 6, 13, 17, 9, 13, 17], [0.37, 0.076, 0.4933, 0.99008, 0.5, 0.12906, 0.9607], [0.094665, -0.38858, -0.12435, 0.53002, 0.25948, -0.17724, 0.4293, 0.0157]),
    t([7, 13, 26, 12, 13, 0, 0], [0.5, 0.12906, 0.7077, 0.3, 0.5904, f32::MAX, f32::MAX], [0.25317, -0.26239, -0.14176, 0.086007, -0.64773, -0.64773, -0.14721, -0.14721]),
    t([17, 3, 13, 10, 11, 18, 0], [0.79733, 0.0577, 0.12906, 0.1, 2.584, 6.19, 1.0], [-0.25745, 0.068733, 0.32611, -0.13927, 0.23421, -0.33853, 0.27611, -0.10128]),
    t([22, 12, 18, 25, 18, 11, 13], [1.5, 0.7, 4.35, 0.5, 3.8, 1.45, 0.8395], [0.0072073, 0.2257, -0.0042319, -0.44109, 0.38422, -0.37588, -0.46977, -0.096676]),
    t([21, 7, 0, 11, 3, 17, 18], [0.5, 0.5, 2.35, 0.8763, 0.0773, 0.9199, 5.74], [0.30474, -0.032311, -0.14623, -0.6431, 0.40223, 0.018904, 0.10164, -0.28055]),
    t([13, 9, 18, 23, 0, 26, 3], [0.8794, 0.5, 6.73, 5.712, f32::MAX, 0.5117, 0.1897], [-0.016405, -0.2599, 0.41183, 0.41183, 0.027408, 0.32722, -0.20128, -0.66381]),
    t([22, 11, 0, 4, 3, 18, 11], [1.5, 3.1783, 1.2, 0.3005, 0.668, 4.48, 1.006], [-0.02879, 0.089132, -0.50072, 0.11932, 0.30199, -0.14553, -0.082122, -0.45035]),
    t([17, 3, 24, 13, 7, 13, 11], [0.89324, 0.31, 0.119, 0.5417, 0.5, 0.9273, 1.927], [-0.16006, 0.088994, 0.22844, -0.49542, -0.1175, 0.22723, 0.25895, -0.16295]),
    t([23, 18, 18, 18, 19, 13, 22], [3.07, 4.35, 4.69, 3.8, 0.5, 0.69764, 1.5], [-0.17094, 0.37155, 0.202, -0.43416, -0.28663, 0.10936, 0.032956, -0.41369]),
    t([11, 17, 3, 0, 4, 13, 0], [2.8753, 0.79733, 0.738, 3.0, 0.3005, 0.9273, f32::MAX], [0.20169, -0.08042, -0.072755, 0.062749, -0.42224, 0.014645, 0.4253, 0.4253]),
    t([9, 15, 24, 14, 17, 0, 0], [0.5, 0.5, 0.0373, 0.5, 0.9474, f32::MAX, f32::MAX], [-0.054548, 0.11315, 0.39684, -0.14451, 0.060419, 0.060419, 0.41124, 0.41124]),
    t([26, 13, 17, 13, 0, 3, 24], [0.4681, 0.5417, 0.8751, 0.08917, 2.8, 0.1406, 0.119], [-0.008208, -0.43451, 0.21516, -0.19616, 0.0083959, 0.17784, -0.047144, 0.17198]),
    t([11, 4, 6, 18, 18, 0, 0], [3.1783, 0.001, 0.01, 5.984, 4.48, f32::MAX, f32::MAX], [0.0058968, -0.41669, -0.098009, 0.070037, -0.054563, -0.054563, -0.48552, -0.48552]),
    t([23, 18, 10, 6, 0, 13, 13], [2.86, 4.48, 0.37, 0.34, 1.2, 0.22565, 0.4407], [0.33881, -0.17794, -0.26724, 0.22006, 0.068743, -0.066732, -0.019406, 0.22427]),
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
