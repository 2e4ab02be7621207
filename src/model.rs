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
    t([3, 10, 18, 9, 23, 13, 0], [0.0903, 0.1, 3.86, 0.5, 5.07, 0.908, 2.35], [-0.49597, 0.4078, 0.40447, -0.32518, -0.10525, 0.54376, 0.5327, 0.21344]),
    t([0, 10, 9, 3, 18, 13, 23], [2.86, 0.1, 0.5, 0.05578, 3.65, 0.861, 5.868], [-0.31865, 0.22839, 0.13439, 0.44592, -0.42193, -0.030905, 0.51396, 0.022861]),
    t([3, 10, 13, 24, 23, 11, 12], [0.05578, 0.22, 0.861, 0.117, 5.07, 1.75934, 0.7], [-0.30629, 0.34332, 0.34804, -0.20831, 0.37087, -0.011885, 0.39794, 0.22324]),
    t([23, 23, 9, 18, 13, 1, 23], [4.856, 3.7, 0.5, 3.65, 0.8185, 0.5, 5.868], [-0.0069857, 0.34811, -0.096988, 0.27379, 0.11515, -0.3151, 0.41499, -0.010819]),
    t([3, 13, 22, 16, 11, 18, 0], [0.11934, 0.8185, 1.5, 2.1, 2.676, 3.96, f32::MAX], [-0.25306, 0.32364, 0.27588, -0.12389, 0.053786, 0.25981, -0.7222, -0.7222]),
    t([10, 14, 12, 13, 13, 18, 3], [0.1, 0.5, 0.37, 0.861, 0.148, 3.57, -0.00153], [-0.24113, 0.11952, 0.33489, -0.16678, -0.0085254, 0.30069, -0.33744, 0.12161]),
    t([23, 18, 9, 13, 19, 11, 23], [3.7, 3.96, 0.5, 0.773, 0.5, 1.54, 5.868], [-0.14536, 0.3248, 0.30109, -0.036936, 0.28306, -0.14559, 0.40332, -9.5651e-05]),
    t([24, 13, 23, 11, 12, 23, 0], [0.117, 0.908, 4.856, 1.54, 0.7, 3.7, f32::MAX], [0.23859, -0.14002, 0.23982, -0.04073, 0.34548, 0.25008, -0.020035, -0.020035]),
    t([10, 1, 23, 11, 9, 10, 18], [0.18, 0.5, 5.735, 3.3753, 0.5, 0.45, 4.75], [0.010003, 0.43356, -0.18396, 0.33005, 0.17576, 0.3498, -0.34177, 0.17547]),
    t([13, 14, 24, 9, 13, 23, 12], [0.688, 0.5, 0.078, 0.5, 0.1203, 6.104, 0.78], [-0.17058, 0.27595, 0.21784, -0.2623, 0.023697, 0.34722, 0.32394, 0.065404]),
    t([23, 18, 13, 18, 19, 25, 3], [3.7, 3.65, 0.908, 2.86, 0.5, 0.5, 0.05578], [0.33957, -0.13506, 0.25644, -0.15907, -0.11955, 0.24114, -0.0065078, 0.22151]),
    t([3, 7, 22, 24, 6, 7, 0], [0.05578, 0.5, 1.5, 0.0288, 0.1252, 0.5, f32::MAX], [-0.19021, 0.059374, 0.82943, -0.18021, 0.11186, -0.21949, -0.49697, -0.49697]),
    t([10, 3, 11, 25, 4, 26, 24], [0.1, 0.211, 1.75934, 0.5, 0.2966, 0.3092, 0.0446], [-0.13901, 0.30803, -0.00454, 0.21275, 0.16766, 0.38699, -0.015407, 0.24754]),
    t([13, 13, 11, 23, 24, 0, 24], [0.8185, 0.148, 3.2911, 5.18, 0.0228, 4.31, 0.036], [0.12227, -0.14385, -0.20696, 0.08323, 0.10376, 0.45393, -0.31837, 0.25536]),
    t([9, 23, 23, 15, 10, 3, 0], [0.5, 3.7, 5.868, 0.5, 0.45, 0.01585, f32::MAX], [0.073998, 0.33186, -0.075364, 0.2898, 0.14761, 0.35094, -0.16617, -0.16617]),
    t([22, 25, 0, 17, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.827, 0.5, f32::MAX, f32::MAX], [0.012663, -0.28136, 0.32627, -0.10254, -0.41125, -0.41125, -0.41125, -0.41125]),
    t([13, 13, 18, 11, 18, 23, 0], [0.654, 0.148, 3.0, 3.462, 2.7, 4.07, 4.79], [0.010585, 0.31644, 0.17926, -0.20362, 0.0077572, -0.35541, 0.071655, 0.59898]),
    t([9, 24, 23, 20, 23, 3, 0], [0.5, 0.117, 5.868, 0.5, 3.7, 0.01585, f32::MAX], [-0.053647, 0.1703, 0.27093, 0.07904, 0.13731, 0.32272, -0.11024, -0.11024]),
    t([2, 1, 4, 0, 3, 0, 0], [0.5, 0.5, 0.483, 2.97, 0.01585, f32::MAX, f32::MAX], [0.012768, 0.35862, -0.16347, 0.056109, -0.399, -0.399, -0.10524, -0.10524]),
    t([11, 14, 13, 10, 0, 3, 26], [1.54, 0.5, 0.861, 0.22, f32::MAX, -0.011595, 0.198], [-0.14946, 0.27349, 0.33902, 0.33902, -0.17936, -0.022774, 0.122, -0.079133]),
    t([22, 25, 0, 17, 17, 0, 0], [1.5, 0.5, f32::MAX, 0.827, 0.389, f32::MAX, f32::MAX], [0.0071864, -0.21574, -0.31218, 0.25298, -0.378, -0.378, -0.378, -0.378]),
    t([9, 10, 23, 13, 1, 4, 0], [0.5, 0.45, 5.868, 0.00883, 0.5, 0.414, f32::MAX], [0.13872, -0.042694, 0.0057336, 0.32086, 0.28951, 0.099439, -0.11537, -0.11537]),
    t([15, 26, 0, 23, 23, 14, 0], [0.5, 0.261, 2.7, 6.104, 5.18, 0.5, f32::MAX], [-0.068658, 0.17161, 0.15507, -0.3431, 0.26636, -0.074452, -0.36721, -0.36721]),
    t([4, 18, 12, 11, 13, 1, 23], [0.236, 5.207, 0.7, 2.3195, 0.0334, 0.5, 5.483], [-0.30252, 0.00058893, 0.28875, -0.079218, 0.14012, 0.012909, -0.017281, -0.32686]),
    t([24, 17, 12, 12, 11, 4, 0], [0.117, 0.687, 0.7, 0.1, 2.958, 0.002, f32::MAX], [0.19072, -0.009976, -0.14778, 0.17434, -0.053767, 0.20364, -0.24636, -0.24636]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 3, 23, 18, 24, 13], [4.12, 1.5, 0.141, 3.48, 4.48, 0.053, 0.12906], [0.63262, 0.20267, 0.24572, -0.74272, -0.69219, -0.11664, 0.55176, -0.10555]),
    t([6, 3, 10, 10, 22, 14, 0], [0.01, 0.0169, 0.18, 0.1, 2.5, 0.5, 3.54], [-0.55929, 0.096103, 0.45522, -0.4355, -0.45934, 0.17577, 0.3231, -0.40648]),
    t([3, 25, 10, 9, 24, 16, 22], [0.07736, 0.5, 0.1, 0.5, 0.053, 1.7, 1.5], [-0.36767, 0.82202, 0.01692, 0.54897, -0.24256, 0.25025, 0.39414, -0.29881]),
    t([0, 13, 9, 12, 13, 11, 0], [3.0, 0.12906, 0.5, 0.3, 0.7958, 1.503, f32::MAX], [0.46984, -0.097897, -0.10028, 0.36652, -0.045183, -0.42646, 0.6499, 0.6499]),
    t([23, 5, 10, 17, 13, 24, 13], [3.75, 0.001, 0.1, 0.99008, 0.2256, 0.119, 0.8792], [0.31154, -0.32989, 0.10471, -0.42824, -0.34577, 0.1639, -0.047934, 0.48597]),
    t([11, 17, 13, 23, 13, 13, 17], [1.567, 0.89324, 0.6427, 4.81, 0.2256, 0.0455, 0.9607], [0.38495, -0.0059861, 0.25443, -0.15131, 0.18332, -0.31158, 0.12531, -0.41404]),
    t([3, 25, 22, 13, 13, 24, 0], [0.0169, 0.5, 1.5, 0.7958, 0.5653, 0.0373, 1.0], [-0.3088, 0.0070075, -0.10255, 0.44152, 0.054454, 0.36544, 0.25678, -0.51669]),
    t([10, 25, 23, 14, 3, 26, 22], [0.1, 0.5, 3.3, 0.5, 0.101985, 0.676, 1.5], [-0.23502, 0.089135, -0.061348, 0.41851, 0.38672, 0.090818, 0.061504, -0.52286]),
    t([11, 17, 3, 0, 25, 9, 17], [1.8682, 0.9143, 0.3076, 3.54, 0.5, 0.5, 0.8751], [0.21642, -0.23797, -0.137, 0.31724, -0.23281, 0.44937, 0.20548, -0.22034]),
    t([13, 12, 13, 7, 6, 23, 17], [0.12906, 0.3, 0.5417, 0.5, 0.149, 3.2, 0.92724], [0.30531, -0.84481, -0.40639, 0.094206, 0.070834, -0.28929, 0.15238, -0.12742]),
    t([24, 13, 22, 13, 26, 3, 0], [0.119, 0.8792, 1.5, 0.1617, 0.7995, -0.0145, f32::MAX], [0.12744, -0.12347, 0.3214, -0.37267, 0.045834, 0.33333, -0.42987, -0.42987]),
    t([22, 11, 18, 7, 3, 11, 13], [1.5, 2.67445, 4.35, 0.5, 0.2351, 1.261, 0.8393], [0.064484, -0.56411, -0.36964, 0.0078336, 0.45059, -0.43227, -0.48524, -0.15071]),
    t([21, 17, 0, 16, 18, 17, 13], [0.5, 0.99008, 2.35, 1.0, 3.8, 0.9474, 0.7283], [-0.11162, 0.079336, 0.13957, -0.58008, 0.38161, 0.037068, -0.14748, 0.29732]),
    t([25, 11, 0, 26, 4, 22, 17], [0.5, 1.098, 3.0, 0.7695, 0.3005, 1.5, 0.7972], [0.28214, -0.28572, -0.12877, 0.043215, 0.2815, -0.36608, 0.13149, -0.36744]),
    t([22, 12, 0, 13, 18, 22, 11], [1.5, 0.7, 1.2, 0.7958, 3.8, 3.5, 1.006], [-0.0046369, 0.16546, 0.030123, -0.44416, 0.16678, -0.4561, 0.0050962, -0.45279]),
    t([9, 6, 24, 12, 10, 0, 0], [0.5, 0.0759, 0.0373, 0.3, 0.37, f32::MAX, f32::MAX], [0.12064, -0.086308, -0.1065, 0.16443, 0.1916, 0.1916, 0.49333, 0.49333]),
    t([17, 0, 13, 7, 11, 18, 13], [0.7972, 3.0, 0.1617, 0.5, 1.7527, 6.19, 0.6427], [0.2454, -0.50442, 0.20387, -0.26148, 0.22943, -0.35315, -0.17093, 0.033028]),
    t([24, 18, 26, 13, 4, 4, 3], [0.119, 3.8, 0.4681, 0.6427, 0.3005, 0.143, 0.00734], [-0.46915, -0.060168, -0.063433, 0.072025, -0.49659, 0.029791, -0.01821, 0.27446]),
    t([23, 18, 18, 6, 0, 15, 22], [2.9, 4.35, 4.69, 0.34, 1.2, 0.5, 1.5], [0.37785, -0.15985, -0.45566, 0.2618, -0.21056, 0.22313, 0.030259, -0.4216]),
    t([11, 17, 3, 3, 13, 0, 0], [3.178, 0.7972, 0.668, 0.0577, 0.0455, f32::MAX, f32::MAX], [-0.060466, 0.21032, 0.1905, -0.042816, -0.50985, -0.50985, 0.033414, 0.033414]),
    t([9, 11, 24, 0, 17, 0, 0], [0.5, 0.8763, 0.0373, 2.35, 0.99008, f32::MAX, f32::MAX], [0.33042, -0.19271, -0.0061586, -0.33013, 0.14724, 0.14724, 0.40139, 0.40139]),
    t([13, 4, 18, 3, 11, 26, 17], [0.8792, 0.471, 6.73, 0.00734, 2.7724, 0.5297, 0.9731], [-0.13827, -0.0027232, 0.17526, -0.38395, -0.011179, 0.30036, -0.17344, -0.54677]),
    t([7, 12, 18, 4, 18, 0, 23], [0.5, 0.7, 3.4, 0.001, 3.8, f32::MAX, 4.65], [-0.066213, 0.038331, 0.12581, -0.41265, -0.046057, -0.046057, -0.49606, -0.090802]),
    t([23, 5, 5, 26, 13, 24, 16], [3.48, 0.24, 0.24, 0.676, 0.7609, 0.0004, 1.0], [0.19566, -0.065121, -0.64911, 0.13091, -0.090677, 0.051967, 0.91502, 0.019304]),
    t([25, 11, 16, 13, 3, 13, 11], [0.5, 2.875, 1.0, 0.7958, 0.738, 0.4679, 1.098], [-0.02532, 0.086508, -0.37517, 0.33732, -0.31479, 0.13337, -0.10959, 0.31291]),
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
