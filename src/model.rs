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
    t([0, 23, 9, 7, 10, 13, 0], [2.86, 3.82, 0.5, 0.5, 0.1, 0.917, f32::MAX], [0.55006, 0.025741, -0.05713, 0.45824, -0.52399, -0.058557, 0.49427, 0.49427]),
    t([3, 10, 22, 25, 23, 8, 0], [0.106, 0.1, 1.5, 0.5, 5.05, 0.5, f32::MAX], [-0.40725, 0.21905, 0.36772, -0.23903, 0.41472, 0.14183, -0.57119, -0.57119]),
    t([3, 10, 23, 24, 23, 18, 13], [0.106, 0.1, 3.82, 0.11, 5.05, 3.77, 0.828], [-0.3286, 0.24836, 0.28656, -0.17811, 0.1531, 0.38439, -0.012755, 0.38206]),
    t([8, 22, 9, 7, 0, 13, 0], [0.5, 1.5, 0.5, 0.5, f32::MAX, 0.6883, f32::MAX], [0.28974, -0.21693, -0.46455, -0.46455, -0.33246, -0.0072277, 0.42391, 0.42391]),
    t([3, 10, 18, 9, 13, 13, 22], [0.106, 0.3, 4.32, 0.5, 0.732, 0.828, 1.5], [-0.22676, 0.34508, 0.060104, 0.42428, -0.10881, 0.22932, 0.28601, -0.37348]),
    t([23, 11, 13, 17, 13, 10, 12], [4.31, 1.763, 0.876, 0.815, 0.732, 0.3, 0.7], [0.35419, 0.23435, -0.042232, 0.25167, -0.24101, 0.17349, 0.23863, -0.28184]),
    t([1, 2, 3, 6, 4, 11, 10], [0.5, 0.5, 0.0119, 0.134, 0.482, 1.763, 0.1], [0.26377, 0.029741, -0.41923, -0.060675, 0.16508, -0.29291, -0.087383, 0.24456]),
    t([23, 18, 11, 4, 11, 23, 13], [3.82, 3.94, 1.763, 0.287, 2.5319, 5.722, 0.828], [-0.17717, 0.21384, 0.28808, 0.12313, 0.25573, -0.36984, -0.20697, 0.089398]),
    t([16, 9, 13, 13, 0, 13, 17], [1.0, 0.5, 0.0446, 0.6544, f32::MAX, 0.009265, 0.7318], [-0.18475, 0.030802, 0.30247, 0.30247, 0.39366, 0.25709, 0.18343, -0.22261]),
    t([24, 13, 11, 23, 10, 4, 0], [0.11, 0.009265, 3.1693, 5.05, 0.1, 0.364, f32::MAX], [0.32418, -0.16786, -0.14412, 0.09627, 0.24225, 0.35441, -0.14178, -0.14178]),
    t([23, 3, 13, 0, 18, 13, 12], [3.82, -0.0235, 0.9476, f32::MAX, 4.46, 0.009265, 0.7], [-0.23875, -0.23875, 0.083474, 0.25162, 0.17968, -0.13355, 0.23396, -0.11758]),
    t([24, 11, 13, 23, 0, 23, 0], [0.046, 1.763, 0.732, 5.722, 4.48, 4.73, 3.77], [0.19332, -0.35126, -0.12404, 0.28112, 0.13056, -0.27932, 0.29362, -0.017796]),
    t([3, 7, 12, 13, 0, 13, 13], [0.0119, 0.5, 0.82, 0.828, 3.65, 0.732, 0.427], [-0.25517, 0.0065968, -0.35029, 1.002, 0.029274, 0.19027, 0.028905, -0.3831]),
    t([23, 12, 9, 6, 0, 13, 3], [3.45, 0.55, 0.5, 0.252, f32::MAX, 0.03064, 0.006155], [0.27648, 0.087716, 0.010258, 0.010258, 0.13245, -0.087263, -0.011858, 0.34133]),
    t([25, 17, 1, 3, 18, 6, 4], [0.5, 0.815, 0.5, -0.05814, 4.856, 0.168, 0.389], [-0.23715, 0.02127, -0.54398, -0.067996, 0.34699, -0.035319, -0.27224, 0.1806]),
    t([10, 1, 18, 0, 3, 4, 11], [0.3, 0.5, 4.7, 3.65, 0.218, 0.2403, 2.35836], [-0.0041226, 0.47588, -0.13533, 0.21604, -0.57187, 0.13746, 0.33943, 0.030385]),
    t([24, 18, 7, 17, 11, 13, 23], [0.046, 4.23, 0.5, 0.2085, 2.6745, 0.9476, 4.73], [0.059088, -0.16648, 0.10888, -0.13198, 0.093487, 0.32811, -0.42496, 0.021236]),
    t([22, 12, 0, 13, 1, 0, 0], [1.5, 0.7, f32::MAX, 0.7796, 0.5, f32::MAX, f32::MAX], [-0.025215, 0.14994, 0.065376, -0.21612, -0.38, -0.38, -0.38, -0.38]),
    t([9, 13, 3, 23, 13, 0, 0], [0.5, 0.03064, 0.006155, 4.86, 0.6544, f32::MAX, f32::MAX], [0.23027, -0.18018, -0.13696, 0.029848, -0.0032486, -0.0032486, 0.31683, 0.31683]),
    t([25, 17, 1, 3, 18, 6, 4], [0.5, 0.815, 0.5, 0.0119, 5.06, 0.168, 0.389], [-0.08146, 0.044505, -0.39778, -0.071967, 0.31629, -0.0018553, -0.22997, 0.13101]),
    t([11, 0, 0, 12, 0, 3, 6], [1.763, 3.92, 4.38, 0.1, f32::MAX, 0.02563, 0.1115], [0.22716, -0.054616, -0.33881, -0.33881, -0.15972, 0.00043046, -0.29749, 0.32405]),
    t([4, 26, 12, 13, 13, 11, 6], [0.2403, 0.07, 0.7, 0.6883, 0.019, 3.36467, 0.0467], [-0.16204, 0.22508, 0.16209, -0.23472, 0.052816, 0.39667, 0.18021, -0.20371]),
    t([10, 0, 0, 3, 18, 18, 3], [0.1, 4.38, 3.65, 0.218, 3.07, 4.78, 0.0472], [-0.13699, 0.068523, -0.32797, 0.26798, 0.050205, 0.24228, -0.32495, 0.1784]),
    t([9, 23, 3, 12, 13, 0, 0], [0.5, 3.45, 0.006155, 0.55, 0.158, f32::MAX, f32::MAX], [0.21539, -0.046656, 0.05117, -0.073669, 0.050057, 0.050057, 0.28988, 0.28988]),
    t([24, 11, 4, 10, 4, 24, 13], [0.046, 1.763, 0.2403, 0.1, 0.409, 0.11, 0.9476], [-0.049835, 0.22807, -0.0095737, -0.2092, -0.35989, 0.0046994, 0.090242, 0.30641]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 24, 23, 0, 3, 10], [4.07, 1.5, 0.0608, 3.62, f32::MAX, 0.1234, 0.18], [0.69656, 0.3148, -0.78648, -0.78648, -0.67615, -0.081975, -0.12754, 0.64188]),
    t([23, 22, 9, 6, 0, 10, 0], [4.69, 1.5, 0.5, 0.01, f32::MAX, 0.37, f32::MAX], [0.48041, 0.098849, -0.6116, -0.6116, -0.50189, 0.18449, 0.66535, 0.66535]),
    t([23, 22, 10, 5, 0, 14, 0], [3.77, 1.5, 0.1, 0.001, f32::MAX, 0.5, 3.57], [0.41135, -0.055232, -0.47521, -0.47521, -0.42012, 0.3043, 0.1873, -0.32069]),
    t([3, 25, 13, 13, 5, 12, 24], [0.014715, 0.5, 0.127, 0.889, 0.001, 0.3, 0.13], [-0.40013, 0.13134, 0.42748, -0.27785, 0.47436, -0.013227, -0.04816, 0.42682]),
    t([6, 22, 10, 17, 0, 24, 22], [0.045, 1.5, 0.1, 0.9715, f32::MAX, 0.0608, 1.5], [0.31973, -0.027268, -0.4538, -0.4538, -0.34752, 0.035194, 0.088126, -0.54177]),
    t([11, 13, 3, 0, 17, 13, 11], [1.8625, 0.0817, 0.1834, 3.48, 0.8935, 0.93594, 3.112], [0.41807, -0.16534, 0.1996, -0.12669, -0.32793, 0.37364, 0.13498, -0.46218]),
    t([25, 13, 0, 0, 13, 22, 13], [0.5, 0.127, 3.07, 3.48, 0.808965, 1.5, 0.63], [0.27566, -0.32215, -0.21718, 0.19076, 0.41097, -0.35439, -0.43133, 0.16622]),
    t([23, 4, 24, 17, 22, 13, 3], [3.42, 0.001, 0.047, 0.9175, 1.5, 0.93594, -0.057915], [0.25057, -0.32725, 0.36915, -0.19039, -0.17476, 0.29437, -0.32138, 0.21]),
    t([10, 11, 22, 18, 3, 3, 0], [0.1, 2.624, 1.5, 4.62, 0.24233, 0.023755, f32::MAX], [-0.34569, -0.0058954, -0.44712, -0.020643, -0.033017, 0.2243, -0.4622, -0.4622]),
    t([25, 11, 23, 22, 10, 13, 17], [0.5, 2.7057, 4.69, 1.5, 0.3, 0.6595, 0.7996], [0.017495, -0.45073, -0.38026, 0.14094, 0.20248, 0.4031, 0.33487, -0.37544]),
    t([13, 18, 13, 6, 12, 11, 17], [0.04112, 4.46, 0.63, 0.112, 0.18, 1.533, 0.959], [0.035533, -0.35943, 0.36998, 0.0052314, 0.02929, -0.23258, 0.19001, -0.28881]),
    t([24, 9, 22, 16, 0, 3, 0], [0.13, 0.5, 1.5, 1.0, f32::MAX, 0.014715, f32::MAX], [-0.1181, 0.055657, 0.55171, 0.55171, 0.015374, 0.34473, -0.37254, -0.37254]),
    t([21, 17, 0, 23, 18, 17, 18], [0.5, 0.991, 2.35, 3.24, 3.98, 0.947, 5.72], [0.19585, -0.054756, 0.09668, -0.64399, 0.40791, 0.013419, 0.17019, -0.3048]),
    t([7, 13, 18, 18, 13, 0, 0], [0.5, 0.167, 3.35, 6.35, 0.504, f32::MAX, f32::MAX], [0.20475, -0.26985, -0.18662, 0.059326, -0.13991, -0.13991, -0.66401, -0.66401]),
    t([22, 3, 0, 5, 4, 0, 0], [1.5, 0.014715, f32::MAX, 0.001, 0.001, f32::MAX, f32::MAX], [-0.0063221, -0.3441, -0.1154, 0.11025, -0.41901, -0.41901, -0.41901, -0.41901]),
    t([9, 0, 18, 17, 17, 0, 0], [0.5, 3.07, 5.27, 0.7903, 0.947, f32::MAX, f32::MAX], [0.20819, -0.033655, -0.19818, 0.3771, 0.23828, 0.23828, 0.47594, 0.47594]),
    t([10, 4, 17, 24, 12, 13, 0], [0.37, 0.4604, 0.959, 0.233, 0.37, 0.504, 2.2], [-0.067137, 0.28823, 0.26405, -0.08168, 0.066104, 0.36952, 0.24439, -0.5887]),
    t([25, 11, 13, 26, 13, 1, 11], [0.5, 2.7057, 0.6037, 0.806, 0.93594, 0.5, 1.7986], [0.020614, -0.20772, -0.29192, 0.27554, 0.19569, -0.21446, 0.35213, 0.15337]),
    t([22, 18, 0, 23, 13, 0, 0], [1.5, 4.62, f32::MAX, 4.42, 0.127, f32::MAX, f32::MAX], [-0.0079486, -0.35913, 0.17859, 0.0071263, -0.39806, -0.39806, -0.39806, -0.39806]),
    t([23, 19, 13, 16, 13, 17, 26], [3.07, 0.5, 0.93594, 3.75, 0.3722, 0.7996, 0.4463], [0.32783, 0.0059445, 0.044477, -0.87326, 0.069293, -0.07795, -0.19213, 0.26844]),
    t([12, 7, 17, 9, 18, 17, 4], [0.7, 0.5, 0.9175, 0.5, 3.35, 0.591, 0.379], [0.0079772, 0.33776, -0.013155, -0.58473, 0.026452, -0.48166, -0.30498, 0.35278]),
    t([20, 11, 4, 13, 3, 10, 26], [0.5, 1.597, 0.2356, 0.22894, 0.876, 0.18, 0.7357], [0.19329, -0.024818, -0.087418, 0.39317, -0.4353, 0.077377, 0.25816, -0.13227]),
    t([17, 16, 10, 24, 5, 4, 13], [0.991, 3.07, 0.3, 0.13, 0.0255, 0.143, 0.5542], [-0.026871, 0.1783, 0.24216, -0.094417, -0.76131, -0.12156, -0.28645, 0.21936]),
    t([13, 26, 17, 12, 13, 18, 5], [0.53, 0.4584, 0.9271, 0.1, 0.22894, 6.35, 0.00298], [0.041853, -0.46296, 0.1041, -0.088926, 0.099529, 0.496, -0.28877, 0.14669]),
    t([22, 25, 0, 4, 6, 0, 0], [1.5, 0.5, f32::MAX, 0.3005, 0.063, f32::MAX, f32::MAX], [-0.053322, 0.039653, 0.28037, 0.05373, -0.37808, -0.37808, -0.37808, -0.37808]),
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
