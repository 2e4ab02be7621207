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
    t([0, 23, 9, 7, 10, 13, 0], [2.86, 3.82, 0.5, 0.5, 0.1, 0.917, f32::MAX], [0.55005, 0.025688, -0.065987, 0.46093, -0.524, -0.058615, 0.4972, 0.4972]),
    t([3, 10, 22, 25, 23, 8, 0], [0.106, 0.1, 1.5, 0.5, 5.05, 0.5, f32::MAX], [-0.40689, 0.22012, 0.36745, -0.24008, 0.41442, 0.14206, -0.56999, -0.56999]),
    t([3, 10, 23, 24, 23, 18, 13], [0.106, 0.1, 3.82, 0.11, 5.05, 3.77, 0.828], [-0.32832, 0.24582, 0.28638, -0.17895, 0.15312, 0.38443, -0.014305, 0.38258]),
    t([16, 9, 22, 13, 0, 7, 0], [0.3, 0.5, 1.5, 0.6883, f32::MAX, 0.5, f32::MAX], [-0.33238, -0.0070942, 0.42616, 0.42616, 0.28964, -0.21529, -0.46407, -0.46407]),
    t([3, 24, 12, 11, 13, 10, 3], [0.0609, 0.047, 0.45, 1.763, 0.7796, 0.1, 0.106], [0.1582, -0.27537, -0.095548, 0.34426, 0.17092, 0.34656, -0.37213, 0.058567]),
    t([23, 18, 13, 4, 11, 13, 12], [3.82, 3.94, 0.876, 0.286, 2.5317, 0.009265, 0.7], [-0.15896, 0.23813, 0.31444, 0.18541, 0.19005, -0.23221, 0.26661, -0.25739]),
    t([11, 23, 13, 12, 0, 9, 12], [1.763, 5.722, 0.732, 0.1, f32::MAX, 0.5, 0.7], [0.32107, 0.15078, -0.39015, -0.39015, -0.19734, 0.32326, 0.1733, -0.22004]),
    t([1, 24, 10, 18, 11, 9, 4], [0.5, 0.0168, 0.3, 4.32, 3.636, 0.5, 0.3543], [-0.19328, 0.17633, 0.24395, 1.3131, -0.20495, 0.3407, 0.41379, 0.20261]),
    t([3, 1, 10, 7, 10, 13, 13], [0.0119, 0.5, 0.1, 0.5, 0.3, 0.019, 0.6883], [-0.078532, 0.58865, -0.26519, 0.16247, 0.25101, -0.046084, 0.16389, 0.30368]),
    t([23, 25, 13, 18, 0, 14, 0], [3.82, 0.5, 0.828, 4.03, f32::MAX, 0.5, 4.38], [-0.011452, 0.21414, 0.32073, 0.32073, -0.17947, 0.19929, 0.052233, 0.40727]),
    t([11, 0, 24, 17, 0, 9, 11], [1.763, 3.92, 0.076, 0.815, f32::MAX, 0.5, 3.1693], [0.25635, -0.0048364, -0.31883, -0.31883, -0.10776, 0.24564, 0.22844, -0.20837]),
    t([23, 22, 13, 13, 0, 11, 0], [4.0, 1.5, 0.6883, 0.03064, f32::MAX, 1.496, 4.38], [0.31264, 0.11017, -0.41395, -0.41395, 0.16064, -0.17026, -0.001255, 0.29183]),
    t([3, 25, 24, 11, 4, 18, 4], [0.0119, 0.5, 0.047, 4.018, 0.335, 4.7, 0.239], [-0.16574, 0.2301, -0.086621, 0.39536, -0.067084, 0.11834, 0.0047008, 0.25742]),
    t([10, 3, 0, 0, 7, 22, 3], [0.1, 0.218, 3.65, 4.38, 0.5, 1.5, 0.0472], [-0.15196, 0.13544, 0.14799, -0.25497, 0.18648, -0.35404, -0.2906, 0.21321]),
    t([13, 13, 11, 23, 4, 6, 13], [0.828, 0.03064, 2.6745, 5.05, 0.274, 0.1484, 0.9476], [0.23083, -0.21854, -0.2874, -0.036231, 0.26272, 0.040154, -0.24971, 0.094938]),
    t([23, 12, 17, 6, 0, 9, 18], [3.45, 0.55, 0.815, 0.252, f32::MAX, 0.5, 4.78], [0.27395, 0.060876, 0.044846, 0.044846, -0.023138, 0.25187, -0.49785, -0.14612]),
    t([25, 13, 1, 13, 12, 6, 23], [0.5, 0.732, 0.5, 0.158, 0.82, 0.168, 4.31], [0.031806, -0.20667, 0.10337, -0.2051, 0.33922, -0.093899, 0.12755, -0.3072]),
    t([2, 1, 4, 4, 23, 0, 0], [0.5, 0.5, 0.501, 0.3204, 5.05, f32::MAX, f32::MAX], [-0.046518, 0.25442, 0.079324, -0.14909, -0.40572, -0.40572, -0.10077, -0.10077]),
    t([17, 10, 18, 3, 23, 13, 10], [0.815, 0.3, 5.06, 0.218, 5.722, 0.03064, 0.1], [-0.047694, 0.11224, 0.24533, -0.14142, 0.042546, -0.44735, -0.14041, 0.15931]),
    t([9, 18, 0, 24, 0, 0, 0], [0.5, 4.32, f32::MAX, 0.0168, 4.38, f32::MAX, f32::MAX], [-0.16961, 0.056718, 0.010444, 0.28833, 0.21522, 0.21522, 0.21522, 0.21522]),
    t([22, 23, 0, 12, 2, 0, 0], [1.5, 3.45, f32::MAX, 0.55, 0.5, f32::MAX, f32::MAX], [0.22902, 0.017565, 0.00016226, -0.37056, -0.35244, -0.35244, -0.35244, -0.35244]),
    t([11, 0, 13, 6, 0, 13, 1], [1.763, 3.92, 0.611, 0.1252, f32::MAX, 0.158, 0.5], [0.22683, 0.015078, -0.30902, -0.30902, 0.0060994, -0.21011, 0.13894, -0.025147]),
    t([3, 7, 4, 11, 0, 13, 24], [0.0119, 0.5, 0.239, 1.913, 3.65, 0.019, 0.047], [0.075697, -0.17209, -0.32964, 0.41228, 0.20638, -0.12724, 0.036106, 0.1845]),
    t([10, 3, 18, 0, 23, 13, 0], [0.1, 0.218, 4.78, 4.38, 4.73, 0.323, 3.45], [-0.11965, 0.12355, 0.0081035, 0.4103, -0.23082, 0.10375, 0.22238, -0.046886]),
    t([25, 17, 17, 3, 18, 0, 22], [0.5, 0.815, 0.3825, -0.0581, 4.856, f32::MAX, 1.5], [-0.21957, 0.022282, -0.44137, -0.082532, -0.30854, -0.30854, 0.22935, -0.19582]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 24, 23, 0, 3, 10], [4.07, 1.5, 0.063, 3.62, f32::MAX, 0.1234, 0.18], [0.69656, 0.3148, -0.78648, -0.78648, -0.67521, -0.055488, -0.12388, 0.64454]),
    t([23, 22, 9, 6, 0, 10, 0], [4.69, 1.5, 0.5, 0.01, f32::MAX, 0.37, f32::MAX], [0.48076, 0.098791, -0.61168, -0.61168, -0.50313, 0.20597, 0.66362, 0.66362]),
    t([23, 22, 10, 5, 0, 14, 0], [3.77, 1.5, 0.1, 0.001, f32::MAX, 0.5, 3.57], [0.4113, -0.055286, -0.4752, -0.4752, -0.42025, 0.29922, 0.18965, -0.32537]),
    t([3, 25, 13, 13, 5, 12, 24], [0.014715, 0.5, 0.127, 0.889, 0.001, 0.3, 0.13], [-0.39802, 0.11713, 0.42893, -0.28423, 0.47387, -0.015857, -0.048817, 0.42649]),
    t([6, 22, 10, 17, 0, 24, 22], [0.045, 1.5, 0.1, 0.9715, f32::MAX, 0.0373, 1.5], [0.32028, -0.027823, -0.45452, -0.45452, -0.35873, -0.032577, 0.087573, -0.54357]),
    t([11, 13, 3, 0, 17, 13, 11], [1.8625, 0.0817, 0.1834, 3.48, 0.8935, 0.7701, 3.112], [0.42087, -0.16545, 0.20113, -0.12598, -0.36423, -0.012379, 0.13444, -0.4629]),
    t([25, 13, 0, 0, 13, 22, 13], [0.5, 0.127, 3.07, 3.48, 0.808965, 1.5, 0.63], [0.27981, -0.321, -0.21565, 0.17114, 0.41337, -0.35396, -0.4347, 0.14907]),
    t([23, 4, 24, 17, 22, 13, 22], [3.42, 0.02, 0.048, 0.9175, 1.5, 0.93594, 1.5], [0.25184, -0.32647, 0.36891, -0.19, -0.17994, 0.30579, 0.20447, -0.46096]),
    t([3, 13, 22, 12, 5, 10, 0], [0.014715, 0.04112, 1.5, 0.18, 0.001, 0.18, f32::MAX], [0.50136, -0.32684, -0.12098, -0.42353, 0.029048, 0.28519, -0.44834, -0.44834]),
    t([11, 24, 3, 18, 22, 12, 23], [2.7057, 0.13, 0.2426, 4.62, 1.5, 0.37, 4.07], [-0.23383, 0.04408, 0.3146, -0.34376, 0.066958, -0.46954, -0.3482, 0.31637]),
    t([10, 11, 22, 18, 13, 23, 0], [0.1, 1.7345, 1.5, 5.13, 0.63, 4.17, f32::MAX], [-0.2376, 0.10743, -0.29706, -0.021618, 0.19883, 0.013043, -0.41633, -0.41633]),
    t([9, 25, 0, 13, 0, 0, 0], [0.5, 0.5, f32::MAX, 0.167, 3.07, f32::MAX, f32::MAX], [0.12786, -0.096052, 0.26504, -0.20877, 0.54854, 0.54854, 0.54854, 0.54854]),
    t([13, 17, 26, 11, 18, 26, 0], [0.93594, 0.991, 0.78, 2.7057, 3.98, 0.401, f32::MAX], [0.021064, -0.28779, 0.014043, -0.71416, -0.054934, 0.39075, -0.19617, -0.19617]),
    t([21, 23, 0, 4, 9, 17, 18], [0.5, 3.24, 2.35, 0.202, 0.5, 0.947, 5.72], [-0.019138, 0.3209, -0.079858, 0.41324, 0.40691, -0.023387, 0.15338, -0.29145]),
    t([17, 3, 13, 13, 12, 18, 13], [0.7996, 0.1234, 0.127, 0.6037, 0.63, 5.72, 0.504], [-0.20691, 0.18895, 0.3363, -0.26721, 0.25829, -0.049626, -0.24413, 0.0020852]),
    t([7, 22, 18, 26, 0, 0, 0], [0.5, 1.5, 3.35, 0.806, f32::MAX, f32::MAX, f32::MAX], [0.044094, -0.17276, -0.4075, -0.4075, -0.047099, -0.047099, -0.68613, -0.68613]),
    t([24, 4, 23, 11, 0, 23, 4], [0.233, 0.4578, 3.42, 1.533, 2.97, 3.07, 0.251], [0.053924, -0.098196, 0.25811, -0.060975, 0.31089, 0.038047, 0.46167, 0.19798]),
    t([10, 13, 13, 18, 4, 23, 17], [0.37, 0.04112, 0.504, 4.46, 0.02, 4.82, 0.959], [-0.27744, 0.23309, -0.20935, -0.0039191, 0.096139, -0.44615, 0.38291, -0.066198]),
    t([23, 19, 13, 17, 13, 13, 17], [3.24, 0.5, 0.63, 0.9175, 0.3722, 0.22894, 0.9271], [0.32967, 0.069159, 0.12628, -0.72314, 0.014136, -0.14825, 0.16417, -0.19492]),
    t([3, 12, 24, 5, 0, 17, 23], [0.014715, 0.63, 0.13, 0.001, f32::MAX, 0.8676, 4.07], [0.015097, -0.28496, -0.42931, -0.42931, 0.093816, -0.054798, 0.15254, 0.37304]),
    t([25, 7, 13, 23, 18, 1, 11], [0.5, 0.5, 0.63, 3.07, 3.35, 0.5, 1.7986], [0.1576, -0.028346, -0.00020922, -0.58513, 0.16821, -0.23558, 0.38077, 0.11241]),
    t([22, 18, 0, 23, 6, 0, 0], [1.5, 4.62, f32::MAX, 4.42, 0.227, f32::MAX, f32::MAX], [0.021455, -0.37049, 0.057448, -0.10889, -0.38585, -0.38585, -0.38585, -0.38585]),
    t([9, 16, 18, 5, 4, 0, 0], [0.5, 1.0, 5.27, 0.17, 0.146, f32::MAX, f32::MAX], [-0.06517, 0.45822, -0.082757, 0.15153, 0.17618, 0.17618, 0.37499, 0.37499]),
    t([13, 17, 26, 3, 3, 10, 11], [0.93594, 0.991, 0.5752, 0.876, 0.373, 0.37, 2.4847], [-0.017806, 0.31917, -0.0031925, -0.49906, -0.17134, 0.32135, 0.19395, 0.60755]),
    t([11, 17, 6, 0, 26, 0, 0], [3.266, 0.7996, 0.045, 3.07, 0.5265, f32::MAX, f32::MAX], [0.16201, -0.096766, -0.17279, 0.01034, -0.043384, -0.043384, -0.43948, -0.43948]),
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
