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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.0758, 0.1, 0.876, f32::MAX], [-0.070102, 0.53982, -0.10727, 0.47687, -0.52763, -0.12637, 0.50081, 0.50081]),
    t([3, 10, 16, 9, 23, 10, 22], [0.0644, 0.1, 0.3, 0.5, 5.1, 0.1, 1.5], [-0.41673, 0.32228, 0.37728, -0.37178, -0.11741, 0.35393, 0.39496, -0.585]),
    t([3, 10, 18, 9, 23, 13, 22], [0.1128, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.34075, 0.32135, 0.2996, -0.18698, -0.11719, 0.35159, 0.34169, -0.43855]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.26659, -0.42242, -0.4521, 0.11272, -0.31492, 0.27488, 0.21139, -0.32132]),
    t([23, 10, 13, 18, 11, 10, 12], [4.23, 0.1, 0.876, 4.34, 2.1763, 0.3, 0.7], [-0.1224, 0.18466, 0.34709, 0.21193, -0.27171, 0.17304, 0.19811, -0.1739]),
    t([3, 12, 11, 4, 1, 14, 13], [0.0644, 0.1, 1.7574, 0.221, 0.5, 0.5, 0.7305], [-0.3454, 0.24619, 0.080001, -0.27354, 0.28276, 0.35291, -0.072352, 0.24264]),
    t([23, 10, 9, 19, 18, 11, 23], [3.75, 0.1, 0.5, 0.5, 3.86, 1.7574, 5.414], [0.19378, -0.33035, 0.21109, 0.32154, 0.20541, -0.16733, 0.38326, 0.23261]),
    t([3, 10, 13, 0, 12, 13, 12], [0.1587, 0.1, 0.8269, 4.48, 0.37, 0.158, 0.78], [-0.21552, 0.16798, 0.21427, -0.16972, 0.24069, -0.086089, 0.29765, -0.072516]),
    t([13, 14, 11, 9, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1877, 0.82, 0.002345], [-0.19875, 0.2313, 0.26235, -0.41751, 0.1541, -0.29405, 1.1055, -0.070398]),
    t([23, 24, 13, 10, 4, 13, 18], [3.75, 0.0002, 0.8269, 0.1, 0.161, 0.0093, 4.34], [0.0060845, 0.26148, 0.16499, 0.36709, 0.1612, -0.1802, -0.068458, 0.17605]),
    t([24, 11, 13, 23, 9, 24, 26], [0.076, 1.486, 0.7305, 4.8, 0.5, 0.11, 0.1602], [0.29705, -0.18552, -0.096318, 0.25822, -0.31024, 0.20273, 0.35794, 0.24228]),
    t([3, 10, 4, 7, 0, 13, 18], [0.1128, 0.45, 0.238, 0.5, f32::MAX, 0.019, 3.86], [-0.13672, 0.25634, 0.30466, 0.30466, 0.26251, -0.087554, -0.0053416, 0.20623]),
    t([25, 13, 1, 13, 17, 6, 26], [0.5, 0.6866, 0.5, 0.0093, 0.82, 0.168, 0.258], [0.14151, -0.15943, 0.099431, -0.33907, 0.40248, -0.082759, -0.30033, 0.15798]),
    t([10, 1, 0, 0, 9, 12, 18], [0.3, 0.5, 3.92, 3.62, 0.5, 0.37, 4.62], [0.0036087, 0.49471, -0.15324, 0.30147, 0.26265, -0.026474, -0.41192, 0.090883]),
    t([23, 19, 17, 24, 0, 13, 13], [3.75, 0.5, 0.82, 0.0002, f32::MAX, 0.876, 0.0093], [0.11202, 0.31207, -0.20414, -0.20414, -0.063184, 0.085309, 0.044942, -0.42342]),
    t([25, 3, 4, 10, 23, 24, 1], [0.5, 0.23379, 0.2753, 0.1, 4.8, 0.11, 0.5], [-0.13233, 0.084236, 0.066031, 0.38694, -0.2861, 0.2588, 0.44591, 0.038285]),
    t([24, 17, 11, 16, 11, 4, 0], [0.11, 0.82, 3.1554, 2.35, 1.7574, 0.3716, f32::MAX], [-0.021045, 0.31295, -0.0092178, -0.40815, 0.13902, 0.35787, -0.21875, -0.21875]),
    t([2, 22, 4, 3, 0, 0, 0], [0.5, 1.5, 0.4846, 0.012815, f32::MAX, f32::MAX, f32::MAX], [-0.056524, 0.062956, -0.38443, -0.38443, -0.40651, -0.40651, -0.097143, -0.097143]),
    t([0, 9, 18, 0, 0, 0, 6], [4.36, 0.5, 3.07, 3.92, f32::MAX, f32::MAX, 0.1115], [-0.010772, -0.31734, 0.27203, 0.27203, -0.40208, -0.40208, -0.30395, 0.46271]),
    t([10, 13, 1, 0, 13, 11, 0], [0.45, 0.0093, 0.5, 2.9, 0.6526, 1.486, f32::MAX], [0.25957, -0.14138, -0.10845, 0.03166, 0.19029, -0.16699, 0.32, 0.32]),
    t([25, 17, 5, 3, 18, 0, 0], [0.5, 0.82, 0.001, 0.1587, 4.88, 2.2, f32::MAX], [-0.045026, 0.074925, -0.43544, -0.068847, 0.22541, -0.14927, 0.46256, 0.46256]),
    t([10, 0, 3, 3, 12, 11, 18], [0.1, 4.36, 0.0274, 0.1128, 0.37, 1.896, 5.306], [-0.15186, 0.0076912, -0.34926, 0.29275, 0.23327, -0.21157, 0.098689, 0.28288]),
    t([24, 11, 4, 23, 4, 13, 11], [0.046, 1.7574, 0.3716, 5.702, 0.4095, 0.7305, 3.3485], [0.14169, -0.34108, -0.010874, -0.20327, -0.090652, 0.13849, 0.1476, 0.54658]),
    t([4, 3, 12, 5, 6, 11, 6], [0.238, 0.646, 0.7, 0.00785, 0.1115, 3.6284, 0.0387], [-0.28855, -0.018713, 0.17433, -0.24591, 0.054313, 0.70343, 0.22282, -0.20424]),
    t([22, 25, 0, 13, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.876, 0.5, f32::MAX, f32::MAX], [-0.043656, 0.080865, 0.27328, -0.087086, -0.3531, -0.3531, -0.3531, -0.3531]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07736, 3.0, 0.039, 0.1, 0.5, 1.5, 0.18], [-0.49536, 0.15791, -0.72661, 0.51275, 0.64527, -0.2622, -0.18363, 0.41595]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.0455, 2.5, 0.12906, 3.54, 0.87942], [0.48696, -0.54462, 0.48455, -0.27306, 0.45089, -0.56196, -0.4247, 0.22051]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.502, f32::MAX], [0.37566, 0.043302, 0.26517, -0.62496, -0.053509, -0.45268, 0.61948, 0.61948]),
    t([3, 25, 10, 10, 13, 16, 22], [0.0169, 0.5, 0.1, 0.22, 0.5653, 1.5, 1.5], [-0.42319, -0.12713, -0.12241, 0.58936, -0.26226, 0.16266, 0.32623, -0.25914]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.08924, 1.5], [0.29968, -0.31811, -0.85215, 0.12378, 0.12102, -0.28687, 0.2841, -0.5033]),
    t([11, 17, 13, 0, 13, 14, 3], [1.8684, 0.9199, 0.6693, 3.54, 0.2256, 0.5, 0.2351], [0.26174, -0.29666, 0.22017, -0.25196, -0.34183, 0.22094, -0.097029, 0.302]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.7609, 0.5, 0.12906, 3.3, 3.5], [-0.26756, 0.22563, 0.40242, -0.15602, 0.26953, -0.057275, 0.36842, -0.45782]),
    t([24, 13, 22, 13, 17, 3, 0], [0.119, 0.79634, 1.5, 0.1617, 0.9607, -0.0903, f32::MAX], [0.14715, -0.18484, 0.2724, -0.24736, -0.12317, 0.38346, -0.44104, -0.44104]),
    t([3, 10, 17, 17, 5, 16, 24], [0.00734, 0.1, 0.893, 0.9802, 0.001, 1.0, 0.072], [-0.33719, 0.30447, 0.056687, -0.34015, 0.0098563, 0.29198, -0.11748, 0.2489]),
    t([25, 11, 22, 26, 13, 0, 0], [0.5, 1.502, 1.5, 0.676, 0.6424, 3.0, f32::MAX], [0.1954, -0.12645, -0.20674, 0.042511, 0.34145, -0.088439, -0.44104, -0.44104]),
    t([22, 23, 0, 4, 9, 26, 11], [1.5, 4.12, 1.0, 0.287, 0.5, 0.6928, 1.006], [0.010285, 0.25229, -0.10375, 0.47356, 0.39445, -0.30066, -0.021561, -0.47105]),
    t([10, 6, 13, 17, 7, 13, 17], [0.37, 0.0759, 0.49285, 0.99008, 0.5, 0.12906, 0.9607], [0.098069, -0.43351, -0.085337, -0.59644, 0.27453, -0.16126, 0.42746, 0.01492]),
    t([11, 17, 3, 3, 13, 6, 0], [2.675, 0.79733, 0.2351, 0.0577, 0.12906, 0.34, 2.35], [-0.027328, 0.28622, 0.19984, -0.070675, -0.3981, 0.22494, -0.14204, 0.43246]),
    t([13, 14, 15, 18, 13, 17, 17], [0.6424, 0.5, 0.5, 4.69, 0.25174, 0.9143, 0.9474], [-0.26477, -0.074217, 0.19308, -0.14101, 0.14036, -0.14834, 0.45876, 0.05417]),
    t([22, 12, 18, 25, 18, 11, 13], [1.5, 0.7, 4.35, 0.5, 3.8, 1.45, 0.8398], [0.0079699, 0.21984, -0.048249, -0.43915, 0.38207, -0.36213, -0.46802, -0.089326]),
    t([21, 11, 0, 26, 7, 17, 24], [0.5, 0.8763, 2.35, 0.7077, 0.5, 0.8751, 0.0004], [0.42123, 0.0020255, -0.033559, -0.50804, 0.43983, 0.13213, -0.16062, 0.21131]),
    t([9, 23, 24, 18, 22, 0, 0], [0.5, 3.07, 0.0373, 4.35, 1.5, f32::MAX, f32::MAX], [0.31258, -0.004094, -0.023774, -0.40364, 0.17185, 0.17185, 0.47707, 0.47707]),
    t([13, 13, 17, 18, 26, 12, 4], [0.5415, 0.2256, 0.92724, 6.19, 0.4681, 0.63, 0.001], [0.1145, -0.34949, -0.49846, -0.10346, 0.18018, -0.18548, -0.33293, 0.034713]),
    t([24, 18, 26, 13, 12, 25, 0], [0.119, 3.8, 0.4681, 0.6424, 0.7, 0.5, 2.2], [-0.46366, -0.036143, 0.0026081, -0.4334, -0.28138, 0.19925, 0.15184, 0.3973]),
    t([13, 17, 18, 3, 24, 26, 3], [0.87942, 0.99008, 6.73, 0.3975, 0.0373, 0.5297, 0.189], [-0.053163, 0.080795, -0.43764, -0.023918, -0.060516, 0.344, -0.15156, -0.62848]),
    t([22, 11, 18, 18, 18, 11, 3], [1.5, 1.502, 4.35, 5.74, 4.48, 1.3865, 0.8443], [0.12762, -0.045155, -0.16841, 0.010402, 0.3259, -0.26679, -0.41682, -0.046461]),
    t([9, 7, 24, 17, 26, 0, 0], [0.5, 0.5, 0.0373, 0.79733, 0.7077, f32::MAX, f32::MAX], [0.095413, -0.032541, -0.55508, 0.094414, 0.12693, 0.12693, 0.39328, 0.39328]),
    t([3, 17, 4, 5, 6, 18, 16], [0.00734, 0.9474, 0.143, 0.001, 0.0759, 4.35, 3.07], [-0.059314, -0.37041, 0.671, -0.061455, 0.13881, -0.12794, 0.03798, 0.28287]),
    t([11, 4, 3, 4, 18, 0, 0], [3.1783, 0.4504, 0.6698, 0.401, 4.15, f32::MAX, f32::MAX], [0.0043944, -0.19514, -0.375, 0.15618, -0.51033, -0.51033, 0.11902, 0.11902]),
    t([24, 17, 0, 15, 3, 10, 26], [0.24, 0.99008, 1.2, 0.5, 0.74, 0.22, 0.4396], [-0.015999, 0.2224, -0.064166, -0.65797, -0.41298, 0.024084, -0.13759, 0.28199]),
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
