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
    t([0, 23, 9, 7, 10, 10, 0], [2.86, 3.82, 0.5, 0.5, 0.1, 0.3, f32::MAX], [0.5495, 0.03459, -0.085515, 0.47353, -0.50473, 0.11184, 0.51274, 0.51274]),
    t([3, 10, 22, 9, 23, 16, 0], [0.10585, 0.1, 1.5, 0.5, 5.06, 0.3, f32::MAX], [-0.40603, 0.25604, 0.36761, -0.26957, 0.14848, 0.41522, -0.56408, -0.56408]),
    t([3, 10, 18, 1, 12, 13, 22], [0.10585, 0.1, 4.32, 0.5, 0.37, 0.827, 1.5], [-0.046779, -0.36677, 0.25023, -0.27776, -0.061336, 0.33428, 0.35484, -0.43269]),
    t([16, 13, 7, 9, 12, 22, 13], [0.3, 0.778, 0.5, 0.5, 0.7, 1.5, 0.778], [-0.32482, 0.31067, 0.22438, -0.30029, 0.28786, -0.44914, -0.42621, 0.12336]),
    t([23, 23, 13, 11, 11, 9, 12], [4.32, 3.82, 0.876, 2.882, 1.767, 0.5, 0.7], [0.30999, 0.055968, 0.35, -0.08479, -0.26517, 0.25383, 0.219, -0.19241]),
    t([3, 10, 18, 1, 23, 13, 22], [0.10585, 0.1, 3.94, 0.5, 5.06, 0.876, 1.5], [-0.0013961, -0.27452, 0.23943, -0.17162, -0.12177, 0.22767, 0.24179, -0.32017]),
    t([16, 13, 22, 9, 0, 7, 0], [1.0, 0.688, 1.5, 0.5, 4.61, 0.5, f32::MAX], [-0.22538, 0.24466, 0.048907, 0.47851, 0.26528, -0.11466, -0.40267, -0.40267]),
    t([23, 3, 11, 0, 18, 23, 13], [3.82, -0.0316, 1.767, f32::MAX, 3.84, 5.722, 0.876], [-0.27621, -0.27621, 0.077109, 0.27104, 0.25729, -0.37317, -0.19872, 0.097133]),
    t([3, 7, 10, 13, 0, 13, 12], [0.01185, 0.5, 0.1, 0.9476, 3.65, 0.009265, 0.37], [-0.25307, 0.12492, -0.35868, 0.81245, 0.31928, -0.06602, 0.27305, 0.089129]),
    t([23, 24, 9, 10, 4, 1, 0], [3.82, 0.106, 0.5, 0.1, 0.201, 0.5, 3.65], [0.018625, 0.25184, 0.21404, 0.33185, 0.062381, -0.16983, 0.36577, 0.13869]),
    t([11, 0, 13, 12, 0, 13, 24], [1.767, 3.92, 0.688, 0.1, f32::MAX, 0.009265, 0.074], [0.26273, 0.046277, -0.3446, -0.3446, 0.15715, -0.19477, 0.0095229, 0.30494]),
    t([23, 18, 10, 6, 3, 9, 1], [3.48, 4.03, 0.45, 0.01, 0.339, 0.5, 0.5], [0.14684, -0.19999, 0.18956, 0.3073, -0.078895, 0.26224, -0.0078048, 0.39213]),
    t([3, 10, 13, 0, 0, 0, 13], [0.1521, 0.1, 0.13, 4.38, 4.09, 2.97, 0.7305], [-0.18695, 0.2172, 0.13244, -0.24147, 0.19309, 0.53386, -0.19452, 0.18072]),
    t([25, 13, 1, 13, 12, 6, 26], [0.5, 0.827, 0.5, 0.009265, 0.7, 0.168, 0.259], [0.14961, -0.14348, 0.15613, -0.15397, 0.3766, -0.00035648, -0.32096, 0.16557]),
    t([24, 17, 18, 14, 4, 11, 0], [0.046, 0.815, 3.45, 0.5, 0.167, 3.292, 2.74], [-0.036045, 0.2432, -0.60211, -0.21197, 0.1467, 0.7205, 0.20768, -0.09326]),
    t([23, 5, 17, 12, 0, 2, 13], [3.48, 0.094, 0.815, 0.55, f32::MAX, 0.5, 0.009265], [0.27114, 0.012735, -0.15791, -0.15791, 0.011147, -0.3865, 0.091166, -0.35036]),
    t([10, 3, 1, 6, 4, 0, 0], [0.45, 0.10585, 0.5, 0.1606, 0.2403, f32::MAX, f32::MAX], [-0.015422, -0.2471, -0.052856, 0.12709, 0.0085331, 0.0085331, 0.3363, 0.3363]),
    t([25, 13, 1, 10, 4, 6, 26], [0.5, 0.827, 0.5, 0.1, 0.364, 0.168, 0.259], [-0.13295, 0.065013, 0.15798, -0.063748, 0.34399, -0.034086, -0.2988, 0.10277]),
    t([9, 0, 3, 0, 6, 0, 0], [0.5, 4.38, 0.018, 3.92, 0.1115, f32::MAX, f32::MAX], [-0.0098621, -0.30978, -0.31734, 0.32008, -0.039109, -0.039109, 0.31112, 0.31112]),
    t([11, 0, 24, 6, 0, 4, 13], [1.767, 3.92, 0.046, 0.1178, f32::MAX, 0.4095, 0.7305], [0.23121, 0.051434, -0.34153, -0.34153, -0.016153, -0.2165, -0.0042956, 0.21592]),
    t([2, 3, 4, 17, 3, 0, 0], [0.5, -0.05814, 0.4824, 0.734, -0.0473, f32::MAX, f32::MAX], [-0.27119, 0.14646, 0.25287, 0.009368, -0.37423, -0.37423, -0.10704, -0.10704]),
    t([23, 3, 17, 18, 18, 14, 26], [3.48, 0.339, 0.815, 4.23, 4.32, 0.5, 0.191], [-0.25656, 0.12185, 0.13099, 0.30031, -0.01854, 0.21047, -0.05, -0.37085]),
    t([22, 25, 0, 18, 1, 0, 0], [1.5, 0.5, f32::MAX, 4.7, 0.5, f32::MAX, f32::MAX], [-0.052657, 0.065373, 0.28084, -0.080418, -0.35451, -0.35451, -0.35451, -0.35451]),
    t([13, 13, 11, 3, 18, 12, 6], [0.654, 0.1585, 4.02, 0.01185, 2.6, 0.82, 0.1252], [-0.15012, 0.11113, 0.1896, -0.23043, 0.071434, -0.33718, 0.54138, -0.22014]),
    t([9, 10, 3, 1, 1, 0, 0], [0.5, 0.45, 0.018, 0.5, 0.5, f32::MAX, f32::MAX], [0.043985, -0.094107, 0.026539, 0.29527, -0.013841, -0.013841, 0.28972, 0.28972]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([0, 22, 9, 23, 0, 3, 0], [2.8, 1.5, 0.5, 3.68, f32::MAX, 0.20392, f32::MAX], [0.64552, 0.16369, -0.79017, -0.79017, -0.66856, 0.13632, 0.64165, 0.64165]),
    t([3, 11, 22, 24, 0, 6, 0], [0.08353, 1.902, 1.5, 0.056, 2.0, 0.059, f32::MAX], [-0.22941, 0.37655, -0.052929, -0.54385, 0.49607, 0.11406, -0.57096, -0.57096]),
    t([23, 13, 10, 12, 10, 14, 24], [4.14, 0.13805, 0.18, 0.3, 0.1, 0.5, 0.042], [0.53071, 0.20188, -0.13984, 0.30236, -0.40762, 0.27124, -0.11047, 0.57841]),
    t([3, 25, 13, 13, 13, 12, 13], [0.02258, 0.5, 0.13805, 0.8413, 0.62672, 0.3, 0.62672], [-0.39946, 0.081249, -0.00073086, 0.54932, 0.44856, 0.021407, -0.14664, 0.24186]),
    t([6, 22, 10, 25, 0, 24, 10], [0.025, 1.5, 0.1, 0.5, f32::MAX, 0.114, 0.37], [0.22313, 0.48285, -0.50936, -0.50936, -0.35637, 0.29597, -0.010437, 0.36781]),
    t([23, 5, 13, 22, 11, 0, 13], [3.35, 0.001, 0.091, 1.5, 1.35, 3.45, 0.7648], [0.35298, -0.43825, 0.1509, -0.41946, 0.36286, -0.39511, -0.25574, 0.15826]),
    t([24, 11, 22, 17, 10, 3, 0], [0.114, 1.847, 1.5, 0.8956, 0.1, -0.09076, f32::MAX], [0.20235, -0.11841, -0.30283, -0.031333, -0.22934, 0.40774, -0.49933, -0.49933]),
    t([25, 3, 22, 13, 17, 0, 0], [0.5, 0.0133, 1.5, 0.04358, 0.9422, 3.0, f32::MAX], [0.27179, -0.24737, 0.09455, -0.22716, 0.3913, -0.065419, -0.47528, -0.47528]),
    t([11, 22, 3, 10, 0, 13, 11], [2.7388, 1.5, 0.3425, 0.1, f32::MAX, 0.932, 3.2307], [-0.048534, 0.15164, -0.47267, -0.47267, -0.47945, 0.22365, 0.24731, -0.39274]),
    t([24, 23, 3, 4, 13, 13, 22], [0.042, 3.5, -0.06456, 0.201, 0.932, 0.678, 1.5], [-0.055111, 0.31205, -0.16039, 0.34136, -0.49344, 0.062752, 0.2488, -0.3774]),
    t([13, 12, 13, 0, 8, 13, 17], [0.091, 0.18, 0.53392, 3.45, 0.5, 0.212675, 0.95416], [0.33929, -0.17969, 0.13624, -0.50201, 0.047467, -0.25586, 0.12258, -0.26069]),
    t([11, 17, 9, 22, 10, 23, 0], [1.536, 0.9883, 0.5, 1.5, 0.3, 5.03, f32::MAX], [0.16846, -0.42065, -0.56867, 0.13302, -0.026179, -0.27607, 0.56056, 0.56056]),
    t([18, 13, 23, 24, 0, 26, 9], [4.39, 0.7053, 3.5, 0.114, 3.57, 0.6574, 0.5], [-0.37076, 0.22937, 0.22439, -0.45798, 0.34302, -0.013192, -0.027517, 0.41369]),
    t([25, 13, 23, 13, 26, 4, 13], [0.5, 0.8817, 3.77, 0.13805, 0.798, 0.001, 0.62672], [0.13536, -0.099711, 0.27091, -0.39489, 0.035331, 0.41165, -0.03453, 0.23312]),
    t([12, 22, 18, 7, 0, 0, 26], [0.7, 1.5, 3.77, 0.5, f32::MAX, f32::MAX, 0.70942], [0.038596, -0.58887, -0.42919, -0.42919, 0.0093812, 0.0093812, -0.52592, -0.15074]),
    t([16, 18, 17, 6, 11, 6, 13], [1.0, 4.14, 0.878, 0.252, 2.7388, 0.34, 0.1815], [-0.4388, 0.13611, -0.0021819, -0.26294, 0.27138, -0.27474, 0.22927, -0.11519]),
    t([10, 4, 13, 17, 11, 0, 17], [0.37, 0.307, 0.487, 0.7896, 2.6533, 2.7, 0.95416], [0.11663, -0.14659, 0.099364, -0.3017, 0.16813, -0.33147, 0.39179, 0.003654]),
    t([24, 22, 26, 18, 0, 17, 0], [0.21, 1.5, 0.7258, 4.58, f32::MAX, 0.9233, f32::MAX], [-0.11779, 0.028353, -0.41047, -0.41047, 0.2577, -0.093816, 0.44742, 0.44742]),
    t([16, 10, 5, 0, 4, 4, 18], [1.5, 0.1, 0.132, 4.18, 0.267, 0.1157, 5.495], [-0.13703, 0.25273, -0.1128, 0.095993, -0.037569, 0.21968, 0.021658, -0.54143]),
    t([23, 22, 23, 25, 0, 26, 13], [5.692, 1.5, 6.097, 0.5, f32::MAX, 0.4225, 0.8413], [0.0092268, 0.1888, -0.38773, -0.38773, -0.013572, -0.38264, -0.16891, 0.38071]),
    t([3, 5, 26, 10, 17, 21, 4], [0.0133, 0.001, 0.834, 0.1, 0.9783, 0.5, 0.001], [-0.17435, 0.10095, -0.36492, 0.41442, 0.025334, 0.20102, -0.56126, -0.084044]),
    t([15, 18, 17, 10, 17, 18, 10], [0.5, 4.58, 0.9233, 0.22, 0.9883, 3.77, 0.1], [-0.23766, 0.064684, 0.020045, -0.4861, 0.13099, 0.40055, -0.28667, 0.13943]),
    t([0, 17, 13, 11, 13, 17, 26], [2.0, 0.8272, 0.53392, 3.0671, 0.212675, 0.95416, 0.798], [0.28467, -0.24248, 0.23101, -0.050765, -0.14988, 0.19703, 0.065412, -0.35555]),
    t([13, 18, 9, 26, 26, 24, 11], [0.04358, 6.187, 0.5, 0.4366, 0.5046, 0.21, 1.728], [-0.12488, 0.26378, 0.35419, -0.5121, -0.035741, 0.23537, 0.17577, 0.37779]),
    t([19, 23, 13, 17, 13, 3, 15], [0.5, 3.07, 0.36114, 0.9883, 0.678, 0.778, 0.5], [0.27447, -0.15343, -0.048481, 0.055274, -0.29918, 0.28878, -0.90486, -0.26037]),
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
