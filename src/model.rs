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
    t([3, 7, 10, 13, 0, 13, 12], [0.01185, 0.5, 0.1, 0.9476, 3.65, 0.009265, 0.37], [-0.25307, 0.12492, -0.35868, 0.81245, 0.31928, -0.067048, 0.27327, 0.089129]),
    t([23, 24, 9, 10, 4, 1, 23], [3.82, 0.106, 0.5, 0.1, 0.201, 0.5, 5.445], [0.015599, 0.25252, 0.21411, 0.33189, 0.062488, -0.16977, 0.3658, 0.13878]),
    t([11, 0, 13, 12, 0, 13, 24], [1.767, 3.92, 0.688, 0.1, f32::MAX, 0.009265, 0.074], [0.26277, 0.046343, -0.3446, -0.3446, 0.15716, -0.19456, 0.0092247, 0.305]),
    t([23, 18, 10, 6, 3, 9, 1], [3.48, 4.03, 0.45, 0.01, 0.339, 0.5, 0.5], [0.14318, -0.19977, 0.18975, 0.30737, -0.078747, 0.26226, -0.0079078, 0.3921]),
    t([3, 10, 13, 0, 0, 0, 13], [0.1521, 0.1, 0.13, 4.38, 4.09, 2.97, 0.7305], [-0.18684, 0.21723, 0.13235, -0.24148, 0.19323, 0.53394, -0.19395, 0.18054]),
    t([25, 13, 1, 13, 12, 6, 26], [0.5, 0.827, 0.5, 0.009265, 0.7, 0.168, 0.259], [0.14955, -0.14336, 0.15602, -0.15377, 0.37668, -0.00037784, -0.32084, 0.16567]),
    t([24, 17, 18, 14, 4, 11, 0], [0.046, 0.815, 3.45, 0.5, 0.167, 3.292, 2.74], [-0.036077, 0.24323, -0.60183, -0.21178, 0.14668, 0.72031, 0.20771, -0.093256]),
    t([23, 5, 17, 12, 0, 2, 13], [3.48, 0.094, 0.815, 0.55, f32::MAX, 0.5, 0.009265], [0.27112, 0.013385, -0.15783, -0.15783, 0.011218, -0.38648, 0.091095, -0.35027]),
    t([10, 3, 1, 6, 4, 0, 0], [0.45, 0.10585, 0.5, 0.1606, 0.2403, f32::MAX, f32::MAX], [-0.015455, -0.24711, -0.052504, 0.12704, 0.0084893, 0.0084893, 0.33626, 0.33626]),
    t([25, 13, 1, 10, 4, 6, 26], [0.5, 0.827, 0.5, 0.1, 0.364, 0.168, 0.259], [-0.13279, 0.064828, 0.15794, -0.063594, 0.34403, -0.034159, -0.2987, 0.10284]),
    t([9, 0, 3, 0, 6, 0, 0], [0.5, 4.38, 0.018, 3.92, 0.1115, f32::MAX, f32::MAX], [-0.009857, -0.30977, -0.31734, 0.32007, -0.039148, -0.039148, 0.31111, 0.31111]),
    t([11, 0, 24, 6, 0, 4, 13], [1.767, 3.92, 0.046, 0.1178, f32::MAX, 0.4095, 0.7305], [0.23121, 0.051421, -0.34154, -0.34154, -0.016159, -0.21641, -0.0043945, 0.21594]),
    t([2, 3, 4, 17, 3, 0, 0], [0.5, -0.05814, 0.4824, 0.734, -0.0473, f32::MAX, f32::MAX], [-0.27119, 0.14637, 0.25279, 0.0093783, -0.37419, -0.37419, -0.10711, -0.10711]),
    t([23, 3, 17, 18, 18, 14, 26], [3.48, 0.339, 0.815, 4.23, 4.32, 0.5, 0.191], [-0.26626, 0.12203, 0.13171, 0.30037, -0.018491, 0.21042, -0.050106, -0.37073]),
    t([22, 25, 0, 18, 1, 0, 0], [1.5, 0.5, f32::MAX, 4.7, 0.5, f32::MAX, f32::MAX], [-0.052779, 0.065437, 0.28091, -0.080304, -0.35449, -0.35449, -0.35449, -0.35449]),
    t([13, 13, 11, 3, 18, 12, 6], [0.654, 0.1585, 4.02, 0.01185, 2.6, 0.82, 0.1252], [-0.15019, 0.11116, 0.18968, -0.23029, 0.071399, -0.33696, 0.54132, -0.22008]),
    t([9, 10, 3, 1, 1, 0, 0], [0.5, 0.45, 0.018, 0.5, 0.5, f32::MAX, f32::MAX], [0.043956, -0.094059, 0.026622, 0.29527, -0.013848, -0.013848, 0.2897, 0.2897]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([0, 22, 9, 23, 0, 3, 0], [2.8, 1.5, 0.5, 3.5, f32::MAX, 0.2035, f32::MAX], [0.67347, 0.19978, -0.79016, -0.79016, -0.66825, 0.1373, 0.642, 0.642]),
    t([3, 24, 22, 10, 11, 6, 0], [0.08345, 0.114, 1.5, 0.1, 1.903, 0.059, f32::MAX], [-0.53691, -0.18318, 0.58428, 0.025223, 0.49551, 0.11764, -0.57096, -0.57096]),
    t([23, 13, 24, 12, 10, 13, 10], [4.14, 0.13805, 0.056, 0.3, 0.1, 0.881, 0.18], [0.53829, 0.22196, -0.11775, 0.29919, -0.4098, 0.19952, -0.10772, 0.59323]),
    t([11, 13, 23, 0, 13, 5, 3], [1.903, 0.091, 3.68, 3.45, 0.7648, 0.001, 0.2484], [0.48996, -0.27127, -0.050308, 0.35084, 0.26905, -0.57638, -0.3971, -0.052187]),
    t([3, 25, 22, 13, 13, 10, 0], [0.02254, 0.5, 1.5, 0.8002, 0.556, 0.1, f32::MAX], [-0.36359, -0.044895, -0.030305, 0.53572, 9.9973e-05, 0.30579, -0.52198, -0.52198]),
    t([6, 25, 10, 13, 11, 9, 0], [0.027, 0.5, 0.18, 0.212675, 1.125, 0.5, 3.57], [0.36798, 0.048145, 0.33222, 0.48802, -0.24293, 0.47535, 0.23546, -0.24327]),
    t([24, 23, 3, 4, 13, 13, 22], [0.042, 3.35, -0.06462, 0.201, 0.091, 0.6777, 1.5], [-0.025215, 0.36663, 0.2169, -0.20582, -0.45488, 0.012636, 0.31326, -0.4379]),
    t([11, 17, 13, 0, 13, 14, 17], [1.7306, 0.8956, 0.6267, 3.57, 0.212675, 0.5, 0.95416], [0.29627, -0.19771, 0.24174, -0.15306, -0.29172, 0.12826, 0.1226, -0.42942]),
    t([25, 13, 22, 13, 26, 0, 0], [0.5, 0.881, 1.5, 0.13805, 0.798, 3.0, f32::MAX], [0.16079, -0.14194, 0.31378, -0.42052, 0.37571, -0.08768, -0.42579, -0.42579]),
    t([11, 22, 3, 0, 0, 13, 11], [2.739, 1.5, 0.342, 2.0, f32::MAX, 0.9317, 3.2307], [0.18166, -0.013469, -0.46974, -0.46974, -0.46238, 0.088513, 0.2317, -0.40269]),
    t([10, 24, 13, 18, 3, 13, 17], [0.37, 0.114, 0.487, 4.59, 0.01326, 0.091, 0.95416], [-0.26933, -0.012312, -0.1969, 0.30029, 0.3015, -0.14476, 0.47332, -0.045713]),
    t([10, 16, 17, 18, 4, 22, 10], [0.1, 1.0, 0.9783, 4.92, 0.1466, 1.5, 0.55], [-0.36666, -0.12133, -0.13883, 0.19468, 0.1357, -0.44453, -0.46985, 0.13774]),
    t([25, 17, 23, 0, 4, 4, 13], [0.5, 0.878, 3.77, 3.0, 0.3066, 0.001, 0.6267], [0.14799, -0.1886, -0.21235, 0.025994, 0.076228, 0.41425, -0.072875, 0.26489]),
    t([12, 13, 18, 13, 17, 0, 26], [0.7, 0.6267, 3.77, 0.1815, 0.95416, f32::MAX, 0.70942], [0.12784, -0.14346, 0.18227, -0.18815, 0.038763, 0.038763, -0.51432, -0.16629]),
    t([24, 9, 26, 11, 11, 3, 0], [0.21, 0.5, 0.7258, 1.536, 1.663, 0.2484, f32::MAX], [0.072965, -0.095015, 0.29765, 0.51902, 0.074399, 0.33952, 0.45125, 0.45125]),
    t([22, 3, 0, 5, 17, 0, 0], [1.5, 0.01326, f32::MAX, 0.001, 0.7896, f32::MAX, f32::MAX], [-0.017263, -0.30537, 0.2033, 0.012228, -0.4266, -0.4266, -0.4266, -0.4266]),
    t([7, 13, 18, 13, 26, 0, 0], [0.5, 0.8002, 3.24, 0.0437, 0.798, f32::MAX, f32::MAX], [0.20607, -0.056159, 0.19938, -0.22525, -0.040114, -0.040114, -0.6891, -0.6891]),
    t([11, 17, 3, 15, 10, 12, 0], [2.739, 0.9883, 0.342, 0.5, 0.3, 0.37, 2.35], [0.01225, 0.31909, -0.52634, 0.13277, 0.15873, -0.42413, -0.25187, 0.30675]),
    t([6, 18, 6, 16, 26, 16, 4], [0.072, 4.59, 0.0884, 1.2, 0.6574, 1.5, 0.3066], [-0.39851, 0.12171, 0.22715, 0.018352, -0.49558, -0.039153, -0.11983, 0.075778]),
    t([22, 23, 0, 5, 13, 0, 0], [1.5, 3.5, f32::MAX, 0.132, 0.5338, f32::MAX, f32::MAX], [0.16074, -0.27767, -0.10605, 0.048722, -0.40747, -0.40747, -0.40747, -0.40747]),
    t([19, 23, 13, 17, 9, 3, 22], [0.5, 3.07, 0.36114, 0.9883, 0.5, 0.778, 1.5], [0.2708, -0.22286, -0.023482, 0.36325, -0.32993, 0.17616, -0.93322, -0.21176]),
    t([21, 16, 0, 18, 17, 17, 18], [0.5, 2.1, 2.35, 4.14, 0.917, 0.878, 5.76], [-0.2469, -0.030322, 0.27317, -0.029162, 0.4102, 0.083418, 0.13769, -0.24109]),
    t([25, 24, 23, 13, 26, 4, 13], [0.5, 0.21, 3.77, 0.9317, 0.7258, 0.001, 0.0437], [-0.043856, 0.19176, 0.13409, 0.43949, -0.03445, 0.37572, 0.3678, 0.040202]),
    t([12, 17, 17, 8, 26, 4, 26], [0.7, 0.7991, 0.598, 0.5, 0.478, 0.3522, 0.70942], [0.2441, -0.027959, -0.24362, 0.0006084, 0.21373, -0.13876, -0.45838, -0.13646]),
    t([22, 4, 0, 13, 18, 0, 0], [1.5, 0.474, f32::MAX, 0.0437, 4.14, f32::MAX, f32::MAX], [0.15448, -0.025261, -0.35783, 0.2022, -0.38942, -0.38942, -0.38942, -0.38942]),
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
