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
    t([23, 10, 13, 14, 11, 10, 12], [4.24, 0.1, 0.876, 0.5, 2.176, 0.3, 0.7], [0.0084971, 0.30516, 0.35348, 0.19614, -0.26858, 0.15578, 0.18407, -0.19185]),
    t([3, 10, 11, 1, 23, 0, 13], [0.1127, 0.1, 1.7574, 0.5, 5.1, f32::MAX, 0.7305], [-0.014002, -0.27386, 0.22933, -0.14401, 0.32666, 0.32666, -0.031676, 0.23757]),
    t([23, 19, 11, 18, 0, 23, 9], [3.75, 0.5, 1.7574, 3.94, f32::MAX, 5.702, 0.5], [0.0904, 0.28569, -0.11743, -0.11743, 0.27553, -0.36657, -0.16988, 0.33366]),
    t([3, 13, 13, 13, 11, 13, 12], [0.1127, 0.608, 0.876, 0.0093, 4.013, 0.1298, 0.78], [0.1101, -0.26789, 0.017719, 0.81498, 0.23425, -0.061742, 0.29589, -0.13876]),
    t([23, 24, 13, 10, 4, 11, 12], [3.75, 0.0002, 0.827, 0.1, 0.161, 1.7574, 0.7], [-0.0012014, 0.2661, 0.17793, 0.35605, 0.17512, -0.18036, 0.15967, -0.19888]),
    t([10, 1, 0, 0, 9, 12, 18], [0.3, 0.5, 3.68, 3.62, 0.5, 0.37, 4.8], [0.031054, 0.53273, -0.18719, 0.33934, 0.29662, -0.12968, -0.38875, 0.16306]),
    t([24, 11, 13, 23, 0, 24, 26], [0.0745, 1.486, 0.7305, 4.8, 4.48, 0.11, 0.1602], [0.29485, -0.17792, -0.10565, 0.19802, -0.30663, 0.1754, 0.39956, 0.24548]),
    t([3, 24, 10, 7, 4, 3, 11], [0.0643, 0.11, 0.1, 0.5, 0.3716, 0.158, 3.0864], [-0.15639, 0.23422, 0.10279, 0.38115, -0.17042, 0.089734, 0.22919, -0.35686]),
    t([25, 13, 1, 13, 11, 4, 26], [0.5, 0.778, 0.5, 0.0093, 2.7003, 0.2753, 0.258], [0.17236, -0.1577, 0.17788, -0.06434, 0.14448, 0.44921, -0.29966, 0.19253]),
    t([17, 16, 24, 13, 0, 11, 0], [0.824, 2.35, 0.0745, 0.608, f32::MAX, 1.7574, f32::MAX], [-0.077538, 0.080199, 0.3114, 0.3114, -0.083678, -0.459, 0.1371, 0.1371]),
    t([10, 3, 12, 0, 13, 0, 3], [0.1, 0.158, 0.37, 4.36, 0.063, 4.09, -0.002645], [-0.17015, 0.16658, 0.24643, -0.0041728, 0.19998, -0.17746, -0.36021, 0.05191]),
    t([9, 25, 0, 17, 4, 0, 0], [0.5, 0.5, f32::MAX, 0.824, 0.2753, f32::MAX, f32::MAX], [-0.020663, -0.33161, 0.027828, 0.33423, 0.25057, 0.25057, 0.25057, 0.25057]),
    t([24, 18, 4, 26, 24, 0, 11], [0.046, 4.34, 0.401, 0.0375, 0.0142, 2.7, 3.3485], [0.0040865, -0.17562, 0.065877, -0.29483, 0.15679, -0.14106, 0.14761, 0.64359]),
    t([10, 13, 1, 17, 13, 23, 26], [0.45, 0.0093, 0.5, 0.305, 0.653, 3.75, 0.2447], [-0.40003, 0.24294, -0.11738, 0.036956, 0.19552, -0.25972, 0.38214, 0.23107]),
    t([23, 19, 9, 18, 0, 0, 0], [3.75, 0.5, 0.5, 4.7, f32::MAX, 4.36, f32::MAX], [0.050619, 0.22696, -0.33946, -0.33946, -0.086359, 0.13156, 0.20785, 0.20785]),
    t([22, 25, 0, 3, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.2337, 0.5, f32::MAX, f32::MAX], [-0.04847, 0.10228, 0.30566, -0.099535, -0.38779, -0.38779, -0.38779, -0.38779]),
    t([4, 13, 3, 13, 26, 17, 0], [0.238, 0.687, 0.01278, 0.04416, 0.137, 0.6314, 4.48], [0.074468, -0.37749, 0.19153, -0.22516, -0.14747, 0.13122, 0.090869, 0.58376]),
    t([20, 13, 11, 14, 26, 3, 17], [0.5, 0.876, 2.0986, 0.5, 0.19196, -0.00763, 0.609], [-0.087132, 0.13308, 0.13057, -0.10036, 0.44127, 0.20461, 0.053826, -0.56289]),
    t([2, 17, 4, 16, 23, 0, 0], [0.5, 0.824, 0.4846, 2.35, 3.75, f32::MAX, f32::MAX], [0.012062, 0.27576, 0.061725, -0.32094, -0.41669, -0.41669, -0.038835, -0.038835]),
    t([17, 0, 17, 0, 0, 1, 9], [0.033, f32::MAX, 0.13, f32::MAX, f32::MAX, 0.5, 0.5], [-0.36781, -0.36781, -0.36781, -0.36781, 0.55078, -0.27426, -0.019442, 0.21853]),
    t([22, 10, 0, 17, 3, 0, 0], [1.5, 0.1, f32::MAX, 0.6774, 0.0274, f32::MAX, f32::MAX], [0.0075406, -0.16654, -0.056835, 0.16088, -0.34965, -0.34965, -0.34965, -0.34965]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.076495, 3.0, 0.041, 0.1, 0.5, 1.5, 0.18], [-0.49994, 0.15567, -0.72605, 0.51444, 0.64415, -0.26316, -0.17518, 0.40117]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.0455, 2.5, 0.12906, 3.54, 0.87942], [0.48707, -0.5432, 0.48336, -0.27042, 0.45642, -0.56213, -0.42583, 0.22073]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.50436, f32::MAX], [0.37638, 0.041257, 0.26794, -0.62489, -0.05389, -0.45323, 0.61285, 0.61285]),
    t([3, 25, 10, 10, 13, 13, 22], [0.01675, 0.5, 0.1, 0.22, 0.56611, 0.12906, 1.5], [-0.42094, -0.13297, -0.11936, 0.58308, 0.32093, -0.17939, 0.32013, -0.26024]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.7965, 1.5], [0.30383, -0.30746, -0.81258, 0.12333, -0.29687, 0.052816, 0.28026, -0.49695]),
    t([11, 17, 3, 0, 13, 0, 13], [1.869, 0.9201, 0.2356, 3.54, 0.22586, 2.0, 0.643], [0.27069, -0.30523, 0.22949, -0.23271, -0.021066, -0.33857, -0.15413, 0.24227]),
    t([10, 14, 13, 25, 13, 13, 22], [0.1, 0.5, 0.761, 0.5, 0.25205, 0.12906, 3.5], [-0.2711, 0.21514, 0.34661, -0.20921, 0.3143, -0.06813, 0.34184, -0.46915]),
    t([24, 16, 22, 13, 17, 3, 0], [0.114, 1.0, 1.5, 0.5417, 0.89324, -0.0903, f32::MAX], [-0.28623, -0.040487, 0.25398, -0.081351, -0.1224, 0.37427, -0.43978, -0.43978]),
    t([11, 17, 13, 6, 4, 13, 17], [1.567, 0.99008, 0.643, 0.041, 0.182, 0.0455, 0.9607], [0.25952, 0.017031, -0.56766, -0.092464, 0.10273, -0.23442, 0.11617, -0.35184]),
    t([25, 13, 22, 12, 13, 0, 0], [0.5, 0.1623, 1.5, 0.3, 0.7965, 3.0, f32::MAX], [0.2172, -0.23666, -0.14806, 0.12099, 0.33146, -0.082934, -0.44714, -0.44714]),
    t([22, 3, 0, 10, 24, 26, 11], [1.5, 0.00721, 1.0, 0.1, 0.072, 0.693, 1.006], [-0.26715, -0.0068362, 0.035334, 0.29057, 0.416, -0.31689, -0.0094587, -0.46904]),
    t([7, 23, 13, 26, 10, 23, 26], [0.5, 3.07, 0.5178, 0.676, 0.37, 3.62, 0.5434], [0.29436, -0.070859, -0.062883, 0.19649, -1.0071, -0.48259, -0.50744, -0.087308]),
    t([12, 17, 18, 3, 13, 0, 0], [0.7, 0.79725, 3.8, 0.05758, 0.12906, f32::MAX, f32::MAX], [-0.04088, 0.27429, 0.18638, -0.073977, -0.038465, -0.038465, -0.49062, -0.49062]),
    t([9, 15, 11, 25, 17, 0, 0], [0.5, 0.5, 1.623, 0.5, 0.9474, f32::MAX, f32::MAX], [-0.060078, 0.17514, 0.43171, -0.18204, 0.24495, 0.24495, 0.56554, 0.56554]),
    t([22, 11, 18, 4, 10, 11, 13], [1.5, 2.6753, 4.35, 0.273, 0.3, 1.4516, 0.8398], [-0.02739, 0.1168, -0.27266, 0.24458, 0.41329, -0.36254, -0.46766, -0.066025]),
    t([7, 23, 26, 16, 18, 0, 0], [0.5, 3.2, 0.7079, 1.0, 4.48, f32::MAX, f32::MAX], [-0.16951, 0.18864, -0.16432, 0.014967, -0.60722, -0.60722, -0.082794, -0.082794]),
    t([21, 11, 0, 26, 4, 17, 18], [0.5, 0.8763, 2.35, 0.7079, 0.001, 0.8751, 5.74], [0.42383, -0.026085, -0.15526, -0.0029942, 0.45004, 0.12263, 0.07953, -0.30415]),
    t([13, 13, 17, 18, 26, 23, 25], [0.5417, 0.22586, 0.9274, 6.19, 0.4681, 4.945, 0.5], [0.12154, -0.33947, -0.46535, -0.11109, 0.20599, -0.062334, -0.17829, 0.22285]),
    t([22, 24, 0, 23, 26, 18, 18], [1.5, 0.114, 1.2, 4.12, 0.4681, 4.48, 4.23], [0.045137, -0.072659, -0.067441, 0.2353, 0.29077, -0.14749, -0.01474, -0.44563]),
    t([9, 13, 4, 3, 18, 0, 0], [0.5, 0.87942, 0.335, 0.3087, 6.73, f32::MAX, f32::MAX], [-0.077543, 0.043188, 0.22499, -0.61551, 0.20633, 0.20633, 0.44743, 0.44743]),
    t([12, 17, 17, 7, 13, 4, 0], [0.7, 0.79725, 0.601, 0.5, 0.12906, 0.3516, f32::MAX], [0.13088, -0.52752, 0.13048, -0.053829, 0.17661, -0.1547, -0.45091, -0.45091]),
    t([10, 4, 13, 14, 18, 10, 17], [0.37, 0.4504, 0.49336, 0.5, 4.48, 0.63, 0.9607], [-0.068987, 0.094492, -0.41059, 0.2, 0.041089, -0.30555, 0.36315, -0.01585]),
    t([17, 15, 18, 18, 13, 0, 10], [0.99008, 0.5, 3.8, 3.8, 0.6696, f32::MAX, 0.3], [-0.23232, 0.0069829, -0.16476, 0.3564, 0.22226, 0.22226, -0.50426, -0.11495]),
    t([22, 11, 0, 26, 18, 22, 11], [1.5, 1.50436, 1.2, 0.676, 4.69, 3.5, 1.006], [0.15337, -0.03918, -0.15342, 0.015936, 0.1287, -0.29645, -0.011603, -0.42504]),
    t([24, 13, 12, 17, 26, 23, 10], [0.233, 0.643, 0.3, 0.99008, 0.8002, 3.48, 0.1], [-0.032964, -0.38559, 0.081553, -0.17516, 0.18679, 0.41599, -0.38086, 0.21481]),
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
