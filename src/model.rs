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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.0758, 0.1, 0.876, f32::MAX], [-0.069336, 0.53967, -0.10566, 0.47516, -0.52742, -0.12547, 0.50109, 0.50109]),
    t([3, 10, 16, 9, 23, 13, 22], [0.0644, 0.1, 0.3, 0.5, 5.1, 0.7305, 1.5], [-0.41636, 0.32263, 0.37408, -0.37417, -0.15224, 0.30274, 0.3949, -0.58508]),
    t([3, 10, 18, 9, 12, 13, 22], [0.1128, 0.1, 3.94, 0.5, 0.37, 0.876, 1.5], [-0.34119, 0.29589, 0.28011, -0.23753, -0.1032, 0.33013, 0.33879, -0.43828]),
    t([8, 7, 9, 22, 13, 10, 0], [0.5, 0.5, 0.5, 1.5, 0.778, 0.22, f32::MAX], [0.26903, -0.42188, -0.45263, 0.11374, -0.27227, 0.17394, 0.3475, 0.3475]),
    t([23, 10, 13, 18, 11, 11, 12], [4.24, 0.1, 0.876, 4.34, 2.1763, 1.7574, 0.7], [-0.12525, 0.18152, 0.34838, 0.22321, 0.10356, -0.27087, 0.25409, -0.20545]),
    t([3, 24, 12, 1, 4, 7, 13], [0.0644, 0.11, 0.45, 0.5, 0.3716, 0.5, 0.876], [0.057676, -0.24963, 0.16352, 0.40341, 0.25427, -0.093253, -0.074118, 0.19179]),
    t([23, 19, 13, 18, 0, 13, 12], [3.75, 0.5, 0.778, 3.94, f32::MAX, 0.0093, 0.7], [0.11074, 0.2806, -0.10356, -0.10356, 0.15241, -0.23377, 0.19815, -0.24085]),
    t([10, 3, 0, 0, 13, 12, 3], [0.1, 0.1584, 3.68, 4.48, 0.063, 0.37, 0.0374], [-0.21791, 0.1548, 0.26158, 0.020094, 0.26623, 0.053114, -0.30981, 0.22978]),
    t([13, 14, 11, 9, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1877, 0.82, 0.002345], [-0.20767, 0.28175, 0.25396, -0.46977, 0.15668, -0.2994, 1.1569, -0.10144]),
    t([23, 24, 11, 10, 4, 23, 9], [3.75, 0.0002, 1.7574, 0.1, 0.161, 5.702, 0.5], [0.0044282, 0.25801, 0.15071, 0.34483, 0.24689, -0.39525, -0.13116, 0.27491]),
    t([13, 25, 11, 13, 4, 17, 13], [0.8269, 0.5, 2.7003, 0.0093, 0.2753, 0.82, 0.9476], [0.12123, -0.14549, 0.0961, 0.44166, 0.24371, -0.1586, -0.24, 0.13862]),
    t([3, 10, 4, 1, 6, 13, 4], [0.1584, 0.45, 0.2753, 0.5, 0.1292, 0.04416, 0.389], [0.082923, -0.15846, 0.13984, 0.39276, 0.24066, -0.036241, 0.26984, 0.029681]),
    t([13, 11, 24, 23, 3, 0, 12], [0.6526, 1.7574, 0.076, 5.1, 0.0128, 4.36, 0.78], [0.2027, -0.24145, -0.28281, -0.044943, -0.0050723, 0.34192, 0.29351, 0.021423]),
    t([10, 25, 0, 13, 1, 22, 17], [0.1, 0.5, 4.09, 0.8269, 0.5, 1.5, 0.7014], [-0.13753, 0.059988, 0.34549, -0.21687, 0.15842, -0.44011, -0.39631, 0.16555]),
    t([24, 17, 18, 16, 23, 12, 4], [0.11, 0.82, 4.34, 2.35, 3.75, 0.63, 0.195], [-0.020067, 0.30873, -0.025378, -0.43472, 0.12589, -0.34014, 0.13004, 0.31351]),
    t([9, 23, 0, 19, 0, 0, 0], [0.5, 3.75, 3.68, 0.5, 4.36, f32::MAX, f32::MAX], [0.14232, -0.28487, -0.093897, 0.18132, 0.32575, 0.32575, 0.096445, 0.096445]),
    t([10, 1, 11, 0, 3, 17, 24], [0.3, 0.5, 2.007, 3.62, 0.2337, 0.7014, 0.0373], [-0.026526, 0.48766, -0.1286, 0.24656, 0.31282, -0.036075, -0.12748, 0.24935]),
    t([2, 24, 4, 17, 7, 0, 0], [0.5, 0.046, 0.4846, 0.82, 0.5, f32::MAX, f32::MAX], [0.0013234, -0.2422, 0.15871, -0.21501, -0.42733, -0.42733, -0.12097, -0.12097]),
    t([22, 3, 0, 7, 4, 0, 0], [1.5, 0.1128, f32::MAX, 0.5, 0.238, f32::MAX, f32::MAX], [-0.077533, 0.26423, -0.02169, 0.1391, -0.38113, -0.38113, -0.38113, -0.38113]),
    t([9, 10, 0, 13, 1, 0, 0], [0.5, 0.45, 3.68, 0.0093, 0.5, f32::MAX, f32::MAX], [0.15662, -0.056427, 0.050498, 0.31476, 0.30446, 0.30446, 0.092507, 0.092507]),
    t([13, 13, 18, 23, 18, 23, 1], [0.6526, 0.158, 3.07, 5.19, 2.6, 4.24, 0.5], [0.085396, -0.18761, 0.22557, -0.21595, 0.070087, -0.36454, 0.18044, 0.0099013]),
    t([2, 17, 4, 0, 9, 0, 0], [0.5, 0.033, 0.4846, f32::MAX, 0.5, f32::MAX, f32::MAX], [-0.3881, -0.3881, 0.0018068, 0.22666, -0.39904, -0.39904, -0.10884, -0.10884]),
    t([25, 17, 1, 13, 11, 3, 26], [0.5, 0.82, 0.5, 0.778, 1.7574, 0.2337, 0.258], [-0.048333, 0.07392, 0.003057, -0.40593, 0.37738, 0.0015615, -0.31403, 0.098803]),
    t([20, 18, 11, 11, 0, 23, 17], [0.5, 4.34, 2.099, 3.087, 4.36, 5.1, 0.609], [-0.17949, 0.067609, -0.0013924, 0.33692, 0.30834, -0.099635, 0.060123, -0.55703]),
    t([3, 7, 9, 12, 1, 26, 0], [0.0128, 0.5, 0.5, 0.1, 0.5, 0.081, f32::MAX], [0.10437, -0.17504, 0.45316, -0.30935, 0.12089, -0.024959, 0.30185, 0.30185]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.0767, 3.0, 0.041, 0.1, 0.5, 1.5, 0.18], [-0.4985, 0.15746, -0.72615, 0.51415, 0.64467, -0.26363, -0.17671, 0.4067]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.0455, 2.5, 0.12906, 3.54, 0.8794], [0.4869, -0.54339, 0.48565, -0.27098, 0.4521, -0.5621, -0.42554, 0.22499]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.505, f32::MAX], [0.3758, 0.043085, 0.26754, -0.624, -0.052697, -0.45376, 0.61532, 0.61532]),
    t([3, 25, 10, 10, 13, 16, 22], [0.0168, 0.5, 0.1, 0.22, 0.566, 1.5, 1.5], [-0.42124, -0.1328, -0.12004, 0.58166, -0.26379, 0.16096, 0.32168, -0.25925]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.08917, 1.5], [0.29977, -0.31903, -0.84997, 0.1268, 0.1235, -0.28639, 0.2842, -0.50316]),
    t([11, 17, 13, 0, 13, 14, 3], [1.869, 0.89324, 0.6696, 3.54, 0.1619, 0.5, 0.2351], [0.29939, -0.25654, 0.26396, -0.17941, -0.34156, 0.21518, -0.095897, 0.2973]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.761, 0.5, 0.2519, 3.3, 3.5], [-0.26965, 0.22505, 0.32742, -0.278, 0.27067, -0.060997, 0.37493, -0.46378]),
    t([24, 13, 22, 13, 17, 3, 0], [0.114, 0.7965, 1.5, 0.1619, 0.9607, -0.0905, f32::MAX], [0.13695, -0.18315, 0.27376, -0.26814, -0.12507, 0.38445, -0.43882, -0.43882]),
    t([3, 10, 17, 17, 5, 11, 4], [0.00724, 0.1, 0.9734, 0.9802, 0.001, 1.4516, 0.112], [-0.33759, 0.29156, 0.064333, -0.36954, 0.2392, 0.025723, -0.41172, -0.041025]),
    t([25, 23, 22, 26, 22, 0, 0], [0.5, 3.07, 1.5, 0.676, 1.5, 3.0, f32::MAX], [0.27925, -0.17249, -0.05626, -0.47096, 0.34525, -0.098415, -0.44031, -0.44031]),
    t([13, 13, 17, 12, 9, 11, 13], [0.643, 0.12906, 0.92724, 0.3, 0.5, 2.8756, 0.9273], [0.23229, -0.32757, -0.17007, 0.50322, 0.25233, -0.32441, -0.18271, 0.25749]),
    t([6, 16, 10, 19, 26, 24, 13], [0.041, 1.0, 0.37, 0.5, 0.676, 0.114, 0.441], [0.01518, -0.8965, 0.2502, 0.02611, -0.1332, 0.22344, -0.039953, 0.36759]),
    t([7, 22, 26, 23, 18, 0, 0], [0.5, 1.5, 0.7079, 4.945, 4.35, f32::MAX, f32::MAX], [0.071224, -0.12251, 0.26726, -0.4251, -0.67565, -0.67565, -0.16891, -0.16891]),
    t([21, 3, 0, 11, 17, 17, 18], [0.5, 0.309, 2.35, 2.6754, 0.8577, 0.9199, 5.81], [-0.05563, -0.34152, 0.24964, -0.07299, 0.39824, 0.039513, 0.099117, -0.28267]),
    t([13, 13, 17, 18, 26, 12, 25], [0.5417, 0.22586, 0.9143, 6.19, 0.4681, 0.63, 0.5], [0.12202, -0.2922, -0.48828, -0.13519, 0.19599, -0.15627, -0.12187, 0.25966]),
    t([9, 24, 4, 17, 26, 0, 0], [0.5, 0.233, 0.335, 0.99008, 0.439, f32::MAX, f32::MAX], [-0.014903, -0.35998, -0.14142, 0.30291, 0.20978, 0.20978, 0.51691, 0.51691]),
    t([7, 15, 18, 23, 13, 0, 23], [0.5, 0.5, 3.4, 2.86, 0.6696, f32::MAX, 4.65], [0.1792, -0.03409, -0.19874, 0.36956, -0.073317, -0.073317, -0.61631, -0.12311]),
    t([22, 12, 18, 18, 17, 11, 13], [1.5, 0.7, 4.35, 4.69, 0.601, 1.4516, 0.8398], [-0.070125, 0.061486, 0.011006, -0.43605, 0.3824, -0.38407, -0.45285, -0.09832]),
    t([17, 3, 13, 17, 7, 18, 13], [0.79733, 0.05758, 0.12906, 0.661, 0.5, 6.19, 0.643], [-0.39292, -0.010162, 0.24671, -0.52438, 0.20478, -0.19145, -0.14003, 0.02454]),
    t([11, 18, 9, 26, 4, 18, 0], [1.567, 5.74, 0.5, 0.7413, 0.001, 4.69, f32::MAX], [0.16382, -0.067612, -0.32398, 0.028226, -0.21105, -0.016858, 0.40196, 0.40196]),
    t([25, 11, 16, 18, 4, 18, 22], [0.5, 0.8763, 1.0, 4.81, 0.3005, 5.81, 1.5], [0.36705, -0.030354, -0.075733, 0.036603, 0.12778, -0.30205, 0.33395, -0.2661]),
    t([23, 4, 5, 11, 18, 26, 0], [4.12, 0.287, 0.24, 1.006, 4.23, 0.4091, f32::MAX], [0.25493, -0.064115, -0.083702, 0.222, -0.36654, -0.047674, 0.69981, 0.69981]),
    t([22, 24, 19, 13, 26, 11, 22], [1.5, 0.114, 0.5, 0.8794, 0.4681, 1.006, 3.5], [-0.022267, 0.14067, -0.13111, 0.20495, -0.022039, -0.42972, 0.14297, -0.30999]),
    t([17, 11, 14, 13, 5, 10, 16], [0.79733, 2.5844, 0.5, 0.3903, 0.059, 0.37, 1.0], [-0.023465, 0.25615, -0.27391, 0.27206, -0.078035, 0.15002, -0.33482, 0.12124]),
    t([3, 17, 24, 5, 13, 23, 3], [0.00724, 0.9474, 0.0004, 0.001, 0.5417, 5.523, 0.02787], [-0.046054, -0.35411, 0.50271, -0.15223, 0.0086904, -0.30569, 0.52037, 0.04936]),
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
