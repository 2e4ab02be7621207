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
    t([3, 10, 8, 9, 23, 22, 10], [0.0644, 0.1, 0.5, 0.5, 5.1, 1.5, 0.1], [-0.41647, 0.3227, 0.3776, -0.37309, 0.39488, -0.58514, -0.11676, 0.35435]),
    t([3, 10, 18, 9, 23, 13, 22], [0.1128, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.34047, 0.3216, 0.29992, -0.18896, -0.11646, 0.3518, 0.3416, -0.43861]),
    t([16, 13, 7, 9, 12, 22, 13], [0.3, 0.778, 0.5, 0.5, 0.7, 1.5, 0.778], [-0.31477, 0.27527, 0.2119, -0.32122, 0.26651, -0.42249, -0.45203, 0.11321]),
    t([23, 11, 13, 3, 23, 10, 12], [4.24, 1.7574, 0.876, -0.06594, 3.75, 0.3, 0.7], [-0.0042367, 0.34931, 0.24406, -0.085392, -0.27223, 0.17057, 0.19922, -0.17365]),
    t([3, 12, 11, 23, 1, 14, 13], [0.0644, 0.1, 1.7574, 5.702, 0.5, 0.5, 0.7305], [0.23105, -0.40424, 0.087528, -0.2719, 0.27821, 0.34828, -0.074857, 0.24777]),
    t([3, 10, 18, 0, 12, 18, 7], [0.1128, 0.1, 3.94, 4.48, 0.37, 2.6, 0.5], [-0.23955, 0.11736, 0.22101, -0.18916, 0.19933, -0.11994, 0.21875, -0.11504]),
    t([23, 10, 9, 24, 13, 1, 0], [3.75, 0.1, 0.5, 0.0002, 0.6076, 0.5, 3.68], [0.0042059, 0.33303, 0.2376, 0.32342, 0.063055, -0.19612, 0.39946, 0.22089]),
    t([13, 11, 12, 14, 13, 17, 24], [0.8269, 1.7574, 0.7, 0.5, 0.0093, 0.82, 0.046], [0.042329, 0.33308, 0.15795, -0.18469, 0.23905, -0.11047, -0.28039, 0.36625]),
    t([10, 24, 0, 1, 11, 11, 18], [0.18, 0.11, 3.92, 0.5, 3.1554, 2.912955, 4.8], [0.026244, -0.15773, 0.25687, -0.16657, 0.266, -0.24562, -0.37447, 0.11777]),
    t([13, 25, 11, 13, 1, 12, 3], [0.6866, 0.5, 4.013, 0.0093, 0.5, 0.82, 0.002345], [0.15302, -0.18973, 0.33299, -0.14293, 0.13075, -0.29454, 1.0531, 0.0045362]),
    t([10, 3, 12, 0, 4, 13, 3], [0.1, 0.1584, 0.37, 4.36, 0.238, 0.6076, -0.0026], [-0.18489, 0.13471, -0.054793, 0.17342, 0.085086, 0.2757, -0.38378, 0.056432]),
    t([9, 23, 0, 19, 10, 0, 0], [0.5, 3.75, 3.68, 0.5, 0.45, f32::MAX, f32::MAX], [0.17232, -0.32247, -0.098596, 0.2719, 0.34883, 0.34883, 0.19685, 0.19685]),
    t([13, 25, 3, 17, 4, 3, 18], [0.876, 0.5, 0.2337, 0.775, 0.2753, -0.04192, 4.24], [-0.04054, -0.36868, -0.0024058, 0.38263, 0.21353, -0.004287, 0.13741, 0.30011]),
    t([11, 23, 9, 12, 3, 24, 0], [1.486, 4.8, 0.5, 0.1, -0.00763, 0.076, f32::MAX], [0.29163, -0.088765, 0.074617, -0.41774, -0.077695, 0.15098, 0.26297, 0.26297]),
    t([22, 3, 0, 6, 13, 0, 0], [1.5, 0.1584, f32::MAX, 0.1612, 0.1298, f32::MAX, f32::MAX], [0.018821, -0.19339, 0.23395, 0.015833, -0.38919, -0.38919, -0.38919, -0.38919]),
    t([13, 13, 0, 23, 4, 12, 6], [0.6526, 0.03064, 4.36, 4.8, 0.2753, 0.37, 0.1115], [0.21544, -0.20994, -0.28784, -0.046559, 0.15545, -0.068875, -0.29631, 0.41296]),
    t([2, 17, 4, 16, 23, 0, 0], [0.5, 0.82, 0.4846, 2.35, 3.75, f32::MAX, f32::MAX], [0.012419, 0.30494, 0.092036, -0.33959, -0.43595, -0.43595, -0.040554, -0.040554]),
    t([9, 23, 0, 19, 0, 0, 0], [0.5, 3.75, 3.68, 0.5, 4.36, f32::MAX, f32::MAX], [0.1277, -0.30643, -0.081884, 0.13694, 0.29478, 0.29478, 0.11936, 0.11936]),
    t([3, 7, 9, 20, 1, 18, 0], [0.0128, 0.5, 0.5, 0.5, 0.5, 4.7, f32::MAX], [-0.17616, 0.25077, 0.66282, -0.29804, -0.033822, 0.092312, 0.30326, 0.30326]),
    t([13, 25, 6, 10, 4, 4, 4], [0.876, 0.5, 0.067, 0.1, 0.2753, 0.329, 0.364], [-0.11329, 0.052449, 0.010587, 0.31497, 0.076172, 0.3647, 0.12011, -0.12905]),
    t([24, 17, 13, 16, 11, 13, 26], [0.046, 0.82, 0.468, 2.35, 1.7574, 0.001, 0.1602], [-0.024439, 0.28697, 0.011592, -0.37249, 0.26231, -0.11682, 0.28964, 0.018502]),
    t([22, 2, 0, 24, 4, 0, 0], [1.5, 0.5, f32::MAX, 0.11, 0.4846, f32::MAX, f32::MAX], [0.0015902, 0.17021, -0.40432, -0.022766, -0.36509, -0.36509, -0.36509, -0.36509]),
    t([3, 7, 13, 24, 0, 6, 13], [0.0644, 0.5, 0.1298, 0.046, 3.62, 0.1835, 0.7305], [-0.14796, 0.086252, -0.32099, 0.54079, -0.023093, 0.30143, -0.13444, 0.11047]),
    t([20, 18, 11, 26, 0, 23, 6], [0.5, 4.34, 2.099, 0.137, 4.36, 5.1, 0.134], [0.0061393, -0.23931, 0.0032757, 0.29202, 0.31294, -0.1186, -0.38198, 0.10014]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0769, 3.0, 0.0396, 0.1, 0.5, 1.5, 0.18], [-0.49936, 0.15732, -0.72638, 0.51348, 0.64527, -0.26104, -0.17648, 0.40958]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.0455, 2.5, 0.12906, 3.54, 0.8794], [0.48685, -0.54448, 0.48495, -0.27138, 0.45117, -0.56209, -0.42567, 0.22381]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.50436, f32::MAX], [0.3755, 0.043344, 0.26597, -0.62491, -0.053164, -0.45374, 0.61948, 0.61948]),
    t([3, 25, 10, 10, 13, 16, 22], [0.01684, 0.5, 0.1, 0.22, 0.5654, 1.5, 1.5], [-0.42176, -0.12912, -0.1207, 0.58129, -0.26232, 0.16273, 0.32406, -0.26019]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.08917, 1.5], [0.30014, -0.3175, -0.85121, 0.12532, 0.12229, -0.28649, 0.28342, -0.50321]),
    t([11, 17, 13, 0, 13, 14, 3], [1.869, 0.89324, 0.6693, 3.54, 0.1617, 0.5, 0.2352], [0.2988, -0.25654, 0.26335, -0.17776, -0.34123, 0.21957, -0.095877, 0.29607]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.7609, 0.5, 0.25179, 3.3, 3.5], [-0.26828, 0.22617, 0.32745, -0.2774, 0.27021, -0.058285, 0.36952, -0.46367]),
    t([24, 13, 22, 13, 17, 3, 0], [0.119, 0.7958, 1.5, 0.1617, 0.9607, -0.0903, f32::MAX], [0.13708, -0.18343, 0.27708, -0.28087, -0.1214, 0.38699, -0.4392, -0.4392]),
    t([3, 10, 17, 17, 5, 11, 4], [0.00728, 0.1, 0.9734, 0.9802, 0.001, 1.451, 0.112], [-0.33821, 0.31146, 0.065307, -0.37182, 0.23893, 0.026375, -0.40784, -0.038649]),
    t([25, 23, 22, 26, 22, 0, 0], [0.5, 3.07, 1.5, 0.676, 1.5, 3.0, f32::MAX], [0.28043, -0.17377, -0.056245, -0.4713, 0.34441, -0.09855, -0.44004, -0.44004]),
    t([13, 13, 17, 12, 9, 11, 13], [0.643, 0.12906, 0.92724, 0.3, 0.5, 2.8753, 0.9273], [0.23124, -0.32994, -0.16836, 0.50047, 0.2522, -0.32621, -0.18503, 0.2582]),
    t([6, 16, 10, 19, 17, 9, 13], [0.0765, 1.0, 0.37, 0.5, 0.99008, 0.5, 0.4407], [0.0027151, -0.86701, 0.1974, -0.21731, -0.12782, 0.42142, -0.024115, 0.35202]),
    t([24, 7, 22, 3, 3, 26, 0], [0.119, 0.5, 1.5, 0.3087, 0.0769, 0.4681, f32::MAX], [-0.079156, 0.084973, -0.26228, -0.72721, 0.021355, 0.30971, -0.34884, -0.34884]),
    t([22, 12, 18, 13, 18, 11, 13], [1.5, 0.7, 4.35, 0.5417, 3.8, 1.451, 0.8393], [-0.033152, 0.10759, 0.0055181, -0.44901, 0.4209, -0.38172, -0.48674, -0.15476]),
    t([21, 14, 0, 13, 13, 17, 18], [0.5, 0.5, 2.35, 0.5417, 0.338, 0.8751, 5.74], [-0.15219, 0.013201, 0.1853, -0.1661, 0.46495, 0.11106, 0.076489, -0.27321]),
    t([17, 3, 13, 0, 7, 18, 0], [0.79733, 0.0577, 0.12906, 2.4, 0.5, 6.19, 1.0], [0.20965, -0.17165, 0.29, -0.56356, 0.23971, -0.27802, 0.25766, -0.096967]),
    t([25, 15, 16, 11, 17, 18, 22], [0.5, 0.5, 1.0, 2.8753, 0.9474, 5.807, 1.5], [-0.025907, -0.30976, 0.42149, -0.17444, 0.17436, -0.22759, 0.35397, -0.28039]),
    t([22, 4, 18, 24, 23, 11, 3], [1.5, 0.3005, 4.35, 0.119, 4.12, 1.261, 0.8443], [-0.061812, 0.17846, 0.21799, -0.044628, 0.34954, -0.26776, -0.44938, -0.10231]),
    t([9, 10, 4, 13, 13, 0, 0], [0.5, 0.37, 0.335, 0.22565, 0.49322, f32::MAX, f32::MAX], [0.067696, -0.059003, -0.03479, 0.28216, 0.1359, 0.1359, 0.41305, 0.41305]),
    t([7, 17, 26, 11, 13, 23, 0], [0.5, 0.79733, 0.7077, 2.584, 0.9273, 4.65, f32::MAX], [0.17401, -0.2174, -0.037543, 0.23472, -0.55968, -0.16525, 0.019651, 0.019651]),
    t([26, 13, 17, 11, 0, 3, 24], [0.4681, 0.5417, 0.8751, 1.50436, 2.8, 0.140485, 0.119], [0.030213, -0.41343, 0.22106, -0.2157, -0.0065749, 0.21129, -0.056648, 0.18404]),
    t([18, 23, 17, 13, 0, 12, 3], [3.8, 4.65, 0.99008, 0.5654, f32::MAX, 0.7, 0.602], [-0.29806, 0.23172, -0.50625, -0.50625, 0.032465, -0.4014, -0.11367, -0.55125]),
    t([23, 18, 18, 18, 0, 13, 22], [2.9, 4.35, 4.69, 3.8, 1.2, 0.6974, 1.5], [-0.16965, 0.38122, -0.41834, 0.23777, -0.25286, 0.07509, 0.037511, -0.42211]),
    t([4, 11, 18, 18, 6, 13, 23], [0.4504, 1.567, 4.15, 5.74, 0.143, 0.1617, 4.12], [0.10432, -0.11747, -0.13113, 0.039567, 0.004167, -0.43188, 0.26071, 0.042502]),
    t([9, 13, 13, 12, 17, 0, 0], [0.5, 0.0455, 0.4679, 0.3, 0.79733, f32::MAX, f32::MAX], [0.17112, -0.14212, 0.069187, -0.047985, 0.12597, 0.12597, 0.36667, 0.36667]),
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
