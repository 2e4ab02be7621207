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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.076, 0.1, 0.876, f32::MAX], [-0.069382, 0.53966, -0.10572, 0.47513, -0.52742, -0.12553, 0.50107, 0.50107]),
    t([3, 10, 8, 9, 23, 22, 13], [0.0643, 0.1, 0.5, 0.5, 5.1, 1.5, 0.7305], [-0.41627, 0.32261, 0.37406, -0.37503, 0.39462, -0.58507, -0.15178, 0.30271]),
    t([3, 10, 18, 9, 12, 13, 22], [0.1127, 0.1, 3.94, 0.5, 0.37, 0.876, 1.5], [-0.34116, 0.29588, 0.27897, -0.23819, -0.10322, 0.33016, 0.33857, -0.43828]),
    t([16, 9, 7, 10, 0, 22, 13], [0.3, 0.5, 0.5, 0.22, f32::MAX, 1.5, 0.778], [-0.27227, 0.17201, 0.34758, 0.34758, 0.26909, -0.42186, -0.45366, 0.1138]),
    t([23, 10, 13, 18, 11, 11, 12], [4.24, 0.1, 0.876, 4.34, 2.176, 1.7574, 0.7], [-0.12521, 0.18134, 0.34845, 0.22329, 0.10372, -0.27092, 0.25423, -0.20546]),
    t([3, 24, 12, 1, 4, 7, 13], [0.0643, 0.11, 0.45, 0.5, 0.3716, 0.5, 0.876], [0.057633, -0.24962, 0.16825, 0.4034, 0.25433, -0.095866, -0.074034, 0.19185]),
    t([23, 19, 13, 18, 0, 13, 12], [3.75, 0.5, 0.778, 3.94, f32::MAX, 0.0093, 0.7], [0.11082, 0.28064, -0.10352, -0.10352, 0.15244, -0.23382, 0.19814, -0.24086]),
    t([10, 3, 0, 0, 13, 12, 3], [0.1, 0.1584, 3.68, 4.48, 0.063, 0.37, 0.0374], [-0.21801, 0.15633, 0.26162, 0.020233, 0.26638, 0.054132, -0.31016, 0.23005]),
    t([13, 14, 11, 9, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1877, 0.82, 0.002335], [-0.20766, 0.28172, 0.25396, -0.4697, 0.15671, -0.29941, 1.156, -0.10156]),
    t([23, 24, 11, 10, 4, 23, 9], [3.75, 0.0002, 1.7574, 0.1, 0.161, 5.702, 0.5], [0.0045271, 0.25801, 0.1507, 0.34482, 0.24671, -0.39529, -0.13115, 0.27491]),
    t([13, 25, 11, 13, 4, 17, 13], [0.8269, 0.5, 2.7003, 0.0093, 0.2753, 0.82, 0.9476], [0.12125, -0.14548, 0.096025, 0.44169, 0.24374, -0.15862, -0.24004, 0.13861]),
    t([3, 10, 4, 1, 6, 13, 4], [0.1584, 0.45, 0.2753, 0.5, 0.1214, 0.04416, 0.389], [0.082736, -0.1585, 0.1072, 0.37691, 0.24072, -0.036176, 0.27057, 0.029665]),
    t([13, 11, 24, 23, 3, 0, 12], [0.653, 1.7574, 0.076, 5.1, 0.0128, 4.36, 0.78], [0.20253, -0.24146, -0.2826, -0.044756, -0.0050934, 0.34131, 0.2938, 0.021355]),
    t([10, 25, 0, 13, 1, 22, 17], [0.1, 0.5, 4.09, 0.8269, 0.5, 1.5, 0.7014], [-0.13751, 0.059933, 0.34552, -0.2169, 0.15912, -0.44005, -0.39377, 0.16134]),
    t([24, 17, 18, 16, 23, 12, 4], [0.11, 0.82, 4.34, 2.35, 3.75, 0.63, 0.195], [-0.02003, 0.30881, -0.025419, -0.43523, 0.12572, -0.34042, 0.12998, 0.31244]),
    t([9, 23, 23, 19, 0, 0, 0], [0.5, 3.75, 5.414, 0.5, 4.36, f32::MAX, f32::MAX], [0.14236, -0.28501, -0.093849, 0.18085, 0.32592, 0.32592, 0.096277, 0.096277]),
    t([10, 1, 11, 0, 3, 17, 24], [0.3, 0.5, 2.007, 3.62, 0.2337, 0.7014, 0.0373], [-0.026636, 0.4885, -0.12866, 0.24858, 0.3138, -0.035339, -0.13051, 0.25083]),
    t([2, 24, 4, 17, 7, 0, 0], [0.5, 0.046, 0.4846, 0.82, 0.5, f32::MAX, f32::MAX], [0.0014758, -0.24259, 0.15854, -0.21771, -0.42739, -0.42739, -0.12104, -0.12104]),
    t([22, 3, 0, 7, 4, 0, 0], [1.5, 0.1127, f32::MAX, 0.5, 0.2375, f32::MAX, f32::MAX], [-0.077461, 0.26306, -0.021723, 0.13911, -0.38109, -0.38109, -0.38109, -0.38109]),
    t([9, 10, 0, 13, 1, 0, 0], [0.5, 0.45, 3.68, 0.0093, 0.5, f32::MAX, f32::MAX], [0.15659, -0.056413, 0.052295, 0.31489, 0.30462, 0.30462, 0.092301, 0.092301]),
    t([13, 13, 18, 23, 18, 23, 1], [0.653, 0.158, 3.07, 5.19, 2.6, 4.24, 0.5], [0.086141, -0.18742, 0.22537, -0.21623, 0.070121, -0.36461, 0.1807, 0.0095281]),
    t([2, 17, 4, 0, 9, 0, 0], [0.5, 0.033, 0.4846, f32::MAX, 0.5, f32::MAX, f32::MAX], [-0.38818, -0.38818, 0.0017946, 0.22676, -0.39911, -0.39911, -0.10897, -0.10897]),
    t([25, 17, 1, 13, 11, 3, 26], [0.5, 0.82, 0.5, 0.778, 1.7574, 0.2337, 0.258], [-0.048153, 0.0739, 0.0030682, -0.40673, 0.37736, 0.0014808, -0.31409, 0.094673]),
    t([20, 18, 11, 11, 0, 23, 17], [0.5, 4.34, 2.099, 3.0864, 4.36, 5.1, 0.609], [-0.17937, 0.068451, -0.001506, 0.33677, 0.30876, -0.11308, 0.060381, -0.56191]),
    t([3, 7, 9, 12, 1, 26, 0], [0.0128, 0.5, 0.5, 0.1, 0.5, 0.081, f32::MAX], [0.10499, -0.17509, 0.45308, -0.30926, 0.12077, -0.025088, 0.30187, 0.30187]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([3, 0, 6, 10, 9, 22, 10], [0.07652, 3.0, 0.041, 0.1, 0.5, 1.5, 0.18], [-0.49835, 0.15731, -0.72618, 0.51406, 0.64434, -0.26377, -0.17584, 0.40658]),
    t([23, 5, 13, 22, 13, 0, 13], [3.75, 0.001, 0.04566, 2.5, 0.12906, 3.54, 0.8794], [0.48687, -0.54345, 0.48556, -0.27116, 0.45547, -0.56211, -0.42568, 0.22481]),
    t([0, 22, 9, 12, 18, 11, 0], [2.8, 1.5, 0.5, 0.1, 4.48, 1.50436, f32::MAX], [0.37569, 0.042751, 0.26743, -0.62404, -0.052481, -0.45352, 0.61522, 0.61522]),
    t([3, 25, 10, 10, 13, 16, 22], [0.01675, 0.5, 0.1, 0.22, 0.56611, 1.5, 1.5], [-0.42115, -0.1336, -0.12037, 0.58167, -0.26336, 0.16079, 0.32115, -0.25931]),
    t([23, 17, 24, 5, 4, 13, 22], [3.48, 0.99008, 0.053, 0.24, 0.201, 0.0894, 1.5], [0.29982, -0.31901, -0.84986, 0.1269, 0.12381, -0.28649, 0.28405, -0.5032]),
    t([11, 17, 13, 0, 13, 14, 3], [1.869, 0.89324, 0.6696, 3.54, 0.162, 0.5, 0.2351], [0.29936, -0.25657, 0.26379, -0.17931, -0.34147, 0.21485, -0.096287, 0.29722]),
    t([10, 14, 13, 25, 13, 23, 22], [0.1, 0.5, 0.7611, 0.5, 0.25205, 3.3, 3.5], [-0.26945, 0.22521, 0.32723, -0.27801, 0.27078, -0.061583, 0.37426, -0.46378]),
    t([24, 13, 22, 13, 17, 3, 0], [0.114, 0.7965, 1.5, 0.162, 0.9607, -0.0905, f32::MAX], [0.13701, -0.1831, 0.27331, -0.268, -0.1248, 0.3845, -0.4388, -0.4388]),
    t([3, 10, 17, 17, 5, 11, 4], [0.007225, 0.1, 0.9734, 0.9802, 0.001, 1.4516, 0.112], [-0.33756, 0.29113, 0.063707, -0.36956, 0.23924, 0.025747, -0.41166, -0.041019]),
    t([25, 23, 22, 26, 22, 0, 0], [0.5, 3.07, 1.5, 0.676, 1.5, 3.0, f32::MAX], [0.27928, -0.17237, -0.056302, -0.47095, 0.34527, -0.097552, -0.44026, -0.44026]),
    t([13, 13, 17, 12, 9, 11, 13], [0.643, 0.12906, 0.92724, 0.3, 0.5, 2.875, 0.9273], [0.23104, -0.32537, -0.17014, 0.50343, 0.25295, -0.32556, -0.18325, 0.25768]),
    t([6, 16, 10, 19, 26, 24, 13], [0.041, 1.0, 0.37, 0.5, 0.676, 0.114, 0.4411], [0.014859, -0.89661, 0.25033, 0.026323, -0.13317, 0.2234, -0.043152, 0.36798]),
    t([7, 22, 26, 23, 18, 0, 0], [0.5, 1.5, 0.7079, 4.945, 4.35, f32::MAX, f32::MAX], [0.07141, -0.12304, 0.26728, -0.42511, -0.6757, -0.6757, -0.16916, -0.16916]),
    t([21, 3, 0, 11, 17, 17, 24], [0.5, 0.309, 2.35, 2.675, 0.8577, 0.9199, 0.0004], [-0.055646, -0.34053, 0.24951, -0.073006, 0.39838, 0.039798, -0.13572, 0.1885]),
    t([13, 13, 17, 18, 26, 12, 25], [0.5417, 0.22586, 0.9143, 6.19, 0.4681, 0.63, 0.5], [0.1233, -0.3043, -0.48688, -0.13611, 0.19789, -0.1557, -0.1223, 0.25891]),
    t([9, 24, 4, 17, 26, 0, 0], [0.5, 0.233, 0.335, 0.99008, 0.439, f32::MAX, f32::MAX], [-0.014327, -0.36162, -0.14279, 0.30154, 0.21643, 0.21643, 0.50047, 0.50047]),
    t([7, 15, 18, 23, 13, 0, 23], [0.5, 0.5, 3.4, 2.86, 0.6696, f32::MAX, 4.65], [0.17923, -0.034185, -0.19606, 0.37039, -0.073954, -0.073954, -0.61665, -0.11149]),
    t([22, 12, 18, 17, 17, 11, 13], [1.5, 0.7, 4.35, 0.79733, 0.601, 1.4516, 0.8398], [0.12819, -0.0081617, 0.011599, -0.43539, 0.38233, -0.38419, -0.45283, -0.10051]),
    t([11, 18, 18, 26, 4, 15, 19], [1.567, 5.74, 4.48, 0.7413, 0.001, 0.5, 0.5], [0.15757, -0.055896, -0.3071, 0.024617, -0.3004, 0.1522, 0.028295, -0.48583]),
    t([3, 17, 4, 4, 3, 13, 18], [0.007225, 0.935, 0.314, 0.43, -0.021635, 0.162, 4.07], [-0.22424, 0.063747, 0.2707, -0.32585, 0.13889, -0.067158, -0.22536, 0.15441]),
    t([25, 13, 16, 14, 18, 18, 22], [0.5, 0.8794, 1.0, 0.5, 6.73, 5.807, 1.5], [-0.066745, 0.070358, 0.20262, -0.36975, 0.13162, -0.3108, 0.33225, -0.25964]),
    t([9, 23, 13, 4, 5, 0, 0], [0.5, 4.12, 0.4683, 0.287, 0.24, f32::MAX, f32::MAX], [-0.032377, 0.16019, -0.084761, 0.66456, 0.14305, 0.14305, 0.42293, 0.42293]),
    t([11, 26, 13, 4, 16, 26, 17], [0.8763, 0.693, 0.5417, 0.287, 2.74, 0.4681, 0.9607], [0.42666, 0.12879, -0.31304, 0.14954, -0.27638, -0.01263, 0.091254, -0.14322]),
    t([17, 3, 13, 18, 7, 18, 13], [0.79733, 0.05758, 0.12906, 5.335, 0.5, 6.19, 0.643], [-0.2076, 0.091104, 0.23614, -0.50577, 0.19862, -0.16198, -0.12718, 0.020564]),
    t([12, 22, 18, 24, 19, 0, 11], [0.7, 1.5, 3.8, 0.114, 0.5, f32::MAX, 2.584], [0.0021164, 0.15132, -0.40634, 0.068387, 0.034018, 0.034018, -0.057427, -0.45748]),
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
