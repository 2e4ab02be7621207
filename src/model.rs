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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.076, 0.1, 0.876, f32::MAX], [-0.068612, 0.53984, -0.1048, 0.47139, -0.52724, -0.10834, 0.50769, 0.50769]),
    t([3, 10, 8, 24, 23, 22, 13], [0.0643, 0.1, 0.5, 0.11, 5.1, 1.5, 0.732], [-0.40817, 0.081298, 0.37795, -0.37687, 0.39492, -0.58491, -0.16898, 0.30302]),
    t([3, 10, 18, 9, 12, 13, 22], [0.1127, 0.1, 3.94, 0.5, 0.37, 0.876, 1.5], [-0.34582, 0.42483, 0.28243, -0.28603, -0.12561, 0.32951, 0.3391, -0.43805]),
    t([16, 9, 7, 10, 0, 22, 13], [0.3, 0.5, 0.5, 0.22, f32::MAX, 1.5, 0.778], [-0.27307, 0.16884, 0.37209, 0.37209, 0.26844, -0.42411, -0.4534, 0.11164]),
    t([23, 10, 13, 18, 11, 11, 12], [3.75, 0.1, 0.827, 4.17, 2.176, 1.7574, 0.7], [-0.070559, 0.25889, 0.35845, 0.27402, 0.22367, -0.26928, 0.24924, -0.26228]),
    t([3, 1, 10, 11, 10, 3, 18], [0.0643, 0.5, 0.1, 3.6284, 0.45, 0.158, 3.07], [-0.0099372, 0.92922, -0.25206, 0.32159, -0.15499, 0.13969, -0.18965, 0.29683]),
    t([23, 19, 13, 11, 0, 13, 12], [3.75, 0.5, 0.876, 2.7003, f32::MAX, 0.0093, 0.7], [0.27038, 0.035795, -0.11125, -0.11125, 0.1756, -0.20678, 0.22146, -0.18371]),
    t([11, 23, 13, 12, 0, 13, 24], [1.7574, 5.702, 0.608, 0.1, f32::MAX, 0.0093, 0.076], [0.30294, 0.081084, -0.3887, -0.3887, 0.083839, -0.24615, 0.0067022, 0.31339]),
    t([3, 24, 18, 1, 11, 12, 10], [0.0643, 0.11, 3.86, 0.5, 2.3988, 0.82, 0.1], [0.054963, -0.19457, 0.30566, -0.036694, -0.010909, -0.46083, 0.083056, 0.26734]),
    t([11, 23, 13, 12, 0, 25, 0], [1.7574, 5.702, 0.688, 0.1, f32::MAX, 0.5, 4.36], [0.25963, 0.049714, -0.35008, -0.35008, -0.17045, 0.2618, 0.04019, 0.40346]),
    t([9, 23, 0, 4, 1, 0, 0], [0.5, 3.75, f32::MAX, 0.221, 0.5, f32::MAX, f32::MAX], [0.0317, 0.21958, 0.0505, -0.16133, 0.33037, 0.33037, 0.33037, 0.33037]),
    t([10, 3, 0, 0, 13, 12, 3], [0.1, 0.158, 3.68, 4.48, 0.063, 0.37, 0.0372], [-0.17544, 0.18267, 0.24595, -0.0092996, 0.23447, 0.0024029, -0.29313, 0.1915]),
    t([13, 25, 11, 13, 4, 6, 13], [0.778, 0.5, 2.7003, 0.03064, 0.2753, 0.1484, 0.9476], [0.079235, -0.17581, 0.04015, 0.3979, 0.27355, 0.0072503, -0.29616, 0.14247]),
    t([24, 17, 4, 16, 13, 3, 11], [0.046, 0.82, 0.401, 2.35, 0.9476, 0.006555, 3.3485], [-0.035903, 0.3142, -0.40644, -0.046529, -0.21367, 0.15274, 0.18546, 0.59822]),
    t([9, 10, 0, 3, 1, 0, 0], [0.5, 0.45, f32::MAX, 0.1127, 0.5, f32::MAX, f32::MAX], [-0.10785, 0.052246, 0.10243, 0.33529, 0.27168, 0.27168, 0.27168, 0.27168]),
    t([13, 14, 0, 4, 13, 12, 18], [0.688, 0.5, 4.36, 0.238, 0.1298, 0.37, 3.07], [-0.31005, -0.039715, 0.20458, -0.3043, 0.15547, -0.070657, -0.29489, 0.41128]),
    t([2, 22, 4, 25, 0, 0, 0], [0.5, 1.5, 0.4846, 0.5, f32::MAX, f32::MAX, f32::MAX], [0.0032224, 0.23038, -0.40609, -0.40609, -0.42957, -0.42957, -0.071474, -0.071474]),
    t([9, 3, 0, 1, 23, 0, 0], [0.5, 0.2337, f32::MAX, 0.5, 4.8, f32::MAX, f32::MAX], [0.061039, -0.12025, 0.039845, 0.39364, 0.23581, 0.23581, 0.23581, 0.23581]),
    t([17, 20, 24, 18, 0, 13, 0], [0.776, 0.5, 0.11, 4.34, 3.68, 0.9476, f32::MAX], [-0.073676, 0.058416, 0.26236, -0.2643, -0.3689, 0.10084, 0.2084, 0.2084]),
    t([2, 24, 4, 0, 23, 0, 0], [0.5, 0.046, 0.4846, 4.36, 3.75, f32::MAX, f32::MAX], [-0.039763, 0.12661, 0.275, 0.060727, -0.40398, -0.40398, -0.082605, -0.082605]),
    t([10, 13, 0, 11, 3, 26, 17], [0.1, 0.827, 4.09, 3.0862, -0.06587, 0.316, 0.7014], [-0.15781, 0.070763, -0.34729, 0.084965, 0.069439, 0.27709, -0.39084, 0.12636]),
    t([22, 17, 0, 0, 11, 0, 0], [1.5, 0.033, f32::MAX, f32::MAX, 1.486, f32::MAX, f32::MAX], [-0.36508, -0.36508, 0.19213, -0.0026596, -0.37538, -0.37538, -0.37538, -0.37538]),
    t([9, 23, 0, 19, 1, 0, 0], [0.5, 3.75, f32::MAX, 0.5, 0.5, f32::MAX, f32::MAX], [0.11977, -0.31372, 0.038892, -0.10246, 0.19758, 0.19758, 0.19758, 0.19758]),
    t([17, 16, 18, 13, 0, 4, 10], [0.776, 2.35, 4.8, 0.6532, f32::MAX, 0.329, 0.1], [-0.048033, 0.065909, 0.29561, 0.29561, -0.52254, -0.11459, -0.14027, 0.19636]),
    t([2, 22, 4, 17, 0, 0, 0], [0.5, 1.5, 0.4846, 0.033, f32::MAX, f32::MAX, f32::MAX], [-0.35221, 0.019931, -0.35607, -0.35607, -0.37077, -0.37077, -0.071363, -0.071363]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0764, 3.0, 0.041, 0.1, 0.5, 1.5, 0.18], [-0.50154, 0.15591, -0.72586, 0.53048, 0.64399, -0.26219, -0.17377, 0.39848]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.04566, 2.5, 0.1292, 3.54, 0.87942], [0.48711, -0.543, 0.48389, -0.27578, 0.45716, -0.56217, -0.42531, 0.22163]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.505, f32::MAX], [0.37626, 0.040456, 0.2688, -0.62469, -0.054203, -0.45312, 0.61974, 0.61974]),
    t([3, 25, 10, 10, 13, 13, 22], [0.0167, 0.5, 0.1, 0.22, 0.5662, 0.1958, 1.5], [-0.42037, -0.13467, -0.11864, 0.58357, 0.26933, -0.20403, 0.3195, -0.25968]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.7965, 1.5], [0.30251, -0.30433, -0.81045, 0.12541, -0.29539, 0.055804, 0.28017, -0.49669]),
    t([11, 17, 3, 0, 13, 10, 13], [1.8693, 0.9201, 0.2356, 3.54, 0.1623, 0.1, 0.643], [0.26971, -0.3088, 0.2622, -0.21592, -0.37811, -0.14571, -0.15092, 0.24723]),
    t([16, 24, 13, 13, 10, 17, 17], [1.0, 0.114, 0.1292, 0.643, 0.22, 0.686, 0.89316], [-0.28022, -0.0028851, 0.17244, 0.43431, -0.090393, 0.39555, 0.23328, -0.13681]),
    t([10, 14, 13, 25, 13, 13, 22], [0.1, 0.5, 0.761, 0.5, 0.25205, 0.22586, 3.5], [-0.24699, 0.23513, 0.30757, -0.19798, 0.22829, -0.080946, 0.32136, -0.48061]),
    t([6, 17, 22, 11, 4, 10, 0], [0.041, 0.9802, 1.5, 1.4516, 0.112, 0.37, f32::MAX], [0.3054, 0.037922, -0.41059, 0.11202, -0.096277, 0.2481, -0.50505, -0.50505]),
    t([25, 13, 22, 13, 17, 0, 0], [0.5, 0.7965, 1.5, 0.1292, 0.9607, 3.0, f32::MAX], [0.13828, -0.14275, 0.24908, -0.30114, 0.33682, -0.10121, -0.40973, -0.40973]),
    t([24, 23, 22, 26, 13, 3, 0], [0.114, 3.07, 1.5, 0.676, 0.643, 0.00724, f32::MAX], [0.27528, -0.13034, -0.14178, 0.032734, -0.022527, 0.33362, -0.4042, -0.4042]),
    t([11, 7, 3, 17, 18, 12, 11], [2.6754, 0.5, 0.2356, 0.79725, 3.4, 0.37, 3.4288], [0.20577, -0.0078298, -0.18891, -0.70733, 0.093695, -0.41, 0.13735, -0.52526]),
    t([11, 18, 13, 26, 4, 26, 17], [1.567, 5.74, 0.5417, 0.7413, 0.001, 0.4681, 0.9734], [0.19763, -0.066918, -0.34408, 0.019157, -0.42348, -0.10003, 0.071167, -0.44315]),
    t([3, 5, 22, 10, 17, 24, 18], [0.00724, 0.001, 1.5, 0.1, 0.9802, 0.072, 4.35], [-0.22783, 0.083303, -0.38694, 0.35295, 0.029838, 0.24391, 0.18717, -0.41487]),
    t([13, 12, 13, 5, 6, 0, 15], [0.0894, 0.3, 0.5417, 0.059, 0.177, 1.0, 0.5], [0.29272, -0.11535, -0.55428, 0.20031, 0.23657, -0.16854, -0.0010845, 0.30137]),
    t([9, 23, 11, 4, 5, 0, 0], [0.5, 4.12, 1.691, 0.287, 0.24, f32::MAX, f32::MAX], [-0.04797, 0.21275, -0.10701, 0.60432, 0.28565, 0.28565, 0.5576, 0.5576]),
    t([12, 17, 18, 18, 18, 0, 0], [0.7, 0.99008, 3.8, 3.8, 3.8, f32::MAX, f32::MAX], [-0.22398, 0.03845, 0.091444, -0.41179, 0.039646, 0.039646, -0.47358, -0.47358]),
    t([22, 25, 19, 13, 16, 11, 22], [1.5, 0.5, 0.5, 0.1623, 1.0, 1.006, 3.5], [0.11025, -0.036704, 0.065911, 0.33938, 0.065844, -0.46648, 0.17721, -0.34693]),
    t([21, 7, 0, 16, 26, 17, 18], [0.5, 0.5, 2.35, 2.1, 0.7077, 0.865, 5.81], [-0.051502, 0.083677, -0.59521, -0.018762, 0.44997, 0.12917, 0.059904, -0.32588]),
    t([17, 3, 13, 0, 7, 18, 13], [0.79725, 0.1392, 0.1292, 2.35, 0.5, 6.19, 0.643], [0.21833, -0.12826, 0.28909, -0.48643, 0.22233, -0.3778, -0.14116, 0.028293]),
    t([9, 11, 4, 26, 18, 0, 0], [0.5, 0.8763, 0.335, 0.693, 4.69, f32::MAX, f32::MAX], [0.39756, -0.028976, -0.11041, 0.015574, 0.21096, 0.21096, 0.45334, 0.45334]),
    t([11, 22, 3, 4, 18, 13, 0], [2.8756, 1.5, 0.7383, 0.273, 4.35, 0.9273, f32::MAX], [-0.025073, 0.080276, 0.15208, -0.34312, -0.43811, 0.059206, 0.37704, 0.37704]),
    t([24, 17, 12, 15, 13, 0, 10], [0.233, 0.99008, 0.3, 0.5, 0.87942, 2.1, 0.1], [-0.01549, 0.21881, -0.47931, 0.1668, 0.2352, 0.48133, -0.34577, 0.1696]),
    t([23, 12, 18, 6, 17, 13, 4], [3.2, 0.3, 4.48, 0.464, 0.80854, 0.6978, 0.001], [0.18495, -0.29183, 0.18723, -0.4701, -0.29218, 0.092735, -0.16212, 0.043081]),
    t([12, 17, 18, 3, 24, 0, 0], [0.7, 0.8751, 3.8, 0.309, 0.114, f32::MAX, f32::MAX], [-0.018598, 0.19709, -0.066139, 0.17057, 0.021098, 0.021098, -0.43622, -0.43622]),
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
