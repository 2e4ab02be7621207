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
    t([0, 23, 9, 18, 10, 13, 0], [2.9, 3.77, 0.5, 3.68, 0.1, 0.874, f32::MAX], [0.26665, 0.56388, -0.027347, 0.45856, -0.53184, -0.13729, 0.49205, 0.49205]),
    t([3, 10, 22, 13, 23, 16, 0], [0.0863, 0.1, 1.5, 0.874, 5.1, 0.3, f32::MAX], [-0.42574, -0.095034, 0.3657, -0.27482, 0.12733, 0.3905, -0.58714, -0.58714]),
    t([0, 3, 9, 10, 7, 10, 0], [2.9, 0.0388, 0.5, 0.1, 0.5, 0.3, f32::MAX], [-0.25535, 0.24754, 0.30438, -0.18178, -0.33103, 0.1714, 0.38735, 0.38735]),
    t([3, 13, 13, 1, 11, 23, 11], [0.0511, 0.7798, 0.874, 0.5, 2.70714, 3.77, 3.51522], [-0.022228, -0.34267, 0.19884, -0.26763, 0.28926, -0.081127, 0.37775, -0.19337]),
    t([0, 11, 9, 3, 13, 1, 0], [2.9, 1.768, 0.5, -0.058, 0.8267, 0.5, f32::MAX], [-0.047902, 0.35168, -0.081455, 0.28053, 0.068369, -0.26092, 0.31441, 0.31441]),
    t([3, 11, 10, 0, 24, 14, 18], [0.06755, 1.517, 0.1, 3.9, 0.108, 0.5, 3.07], [0.36247, -0.34822, -0.20551, 0.27372, -0.029215, 0.28362, -0.12528, 0.30002]),
    t([23, 18, 13, 12, 11, 13, 12], [3.77, 3.68, 0.874, 0.78, 2.5651, 0.009265, 0.7], [0.027213, -0.7437, 0.30484, 0.16645, 0.16943, -0.21645, 0.23932, -0.067406]),
    t([10, 3, 12, 9, 7, 0, 3], [0.1, 0.238, 0.37, 0.5, 0.5, 4.07, 0.029095], [-0.1695, 0.33259, 0.16614, -0.27148, 0.27509, -0.0883, -0.32438, 0.12318]),
    t([13, 14, 23, 9, 13, 12, 0], [0.69, 0.5, 6.647, 0.5, 0.1939, 0.7, f32::MAX], [-0.20625, 0.31085, 0.26436, -0.5228, 0.16323, -0.08841, 0.58465, 0.58465]),
    t([23, 18, 13, 15, 17, 11, 18], [3.77, 4.05, 0.9476, 0.5, 0.7315, 1.768, 3.6], [-0.13207, 0.30441, 0.28655, 0.11566, 0.16065, -0.13666, 0.39433, 0.065801]),
    t([24, 11, 3, 18, 13, 13, 17], [0.0446, 1.517, 0.0074, 3.6, 0.874, 0.9476, 0.259], [-0.25418, 0.24698, -0.12225, 0.066862, -0.16445, 0.23736, -0.18598, 0.26218]),
    t([10, 1, 0, 0, 9, 22, 3], [0.1, 0.5, 3.68, 3.62, 0.5, 1.5, 0.0511], [-0.0055062, 0.47634, -0.17039, 0.30393, 0.19478, -0.52673, -0.30914, 0.25643]),
    t([25, 3, 1, 10, 13, 6, 18], [0.5, -0.058, 0.5, 0.1, 0.69, 0.168, 4.27], [-0.36587, -0.046541, -0.068164, 0.099896, 0.37871, -0.10601, -0.41204, 0.13059]),
    t([22, 23, 0, 13, 7, 0, 0], [1.5, 5.1, f32::MAX, 0.1341, 0.5, f32::MAX, f32::MAX], [0.19147, 0.003647, -0.1599, 0.46515, -0.43181, -0.43181, -0.43181, -0.43181]),
    t([9, 23, 3, 18, 0, 0, 0], [0.5, 3.77, 0.013745, 4.05, 4.36, f32::MAX, f32::MAX], [-0.022985, 0.21067, -0.088212, 0.18647, -0.013778, -0.013778, 0.34748, 0.34748]),
    t([10, 6, 1, 3, 9, 13, 4], [0.37, 0.043, 0.5, -0.0751, 0.5, 0.69, 0.329], [-0.38735, 0.15571, -0.0669, 0.23701, -0.35735, 0.23893, 0.43939, 0.25586]),
    t([13, 25, 17, 13, 12, 3, 0], [0.874, 0.5, 0.882, 0.1641, 0.37, 0.0197, f32::MAX], [0.043188, -0.15475, 0.32635, 0.042445, 0.0076748, 0.18842, -0.39446, -0.39446]),
    t([17, 16, 18, 13, 0, 4, 10], [0.811, 2.2, 5.13, 0.6554, f32::MAX, 0.329, 0.1], [-0.053713, 0.073045, 0.30714, 0.30714, -0.51508, -0.1324, -0.21208, 0.234]),
    t([2, 24, 4, 18, 7, 0, 0], [0.5, 0.0446, 0.483, 4.27, 0.5, f32::MAX, f32::MAX], [-0.074146, 0.03954, 0.15335, -0.21527, -0.38321, -0.38321, -0.13985, -0.13985]),
    t([10, 13, 18, 17, 26, 24, 12], [0.1, 0.009265, 4.83, 0.305, 0.134, 0.0247, 0.37], [-0.40723, 0.27232, 0.032119, -0.17914, -0.098161, 0.25648, 0.2694, -0.095522]),
    t([3, 6, 13, 7, 10, 23, 13], [0.166, 0.168, 0.1341, 0.5, 0.18, 4.8, 0.7345], [-0.026201, 0.37358, -0.31755, 0.10534, 0.14004, 0.80745, -0.1295, 0.12137]),
    t([0, 7, 17, 3, 0, 10, 11], [2.0, 0.5, 0.882, -0.0751, f32::MAX, 0.45, 1.768], [-0.37918, 0.14669, -0.35708, -0.35708, -0.030746, 0.21966, -0.081521, -0.46348]),
    t([22, 23, 0, 17, 7, 0, 0], [1.5, 5.1, f32::MAX, 0.768, 0.5, f32::MAX, f32::MAX], [0.069554, -0.15827, -0.12146, 0.22612, -0.38923, -0.38923, -0.38923, -0.38923]),
    t([12, 13, 23, 11, 0, 23, 5], [0.82, 0.7798, 6.647, 3.3483, 4.36, 5.47, 0.0012], [-0.050037, 0.25689, 0.049374, 0.39628, -0.078684, -0.35553, -0.16367, 0.34612]),
    t([25, 3, 1, 12, 3, 6, 26], [0.5, -0.058, 0.5, 0.18, -0.0465, 0.168, 0.2563], [0.012084, -0.34495, 0.24199, -0.014095, 0.30942, -0.033344, -0.37103, 0.12131]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 24, 23, 0, 3, 10], [4.12, 1.5, 0.059, 3.57, f32::MAX, 0.1336, 0.18], [0.67598, 0.29582, -0.78808, -0.78808, -0.66777, -0.09032, -0.1729, 0.64513]),
    t([6, 22, 10, 3, 0, 14, 0], [0.01, 1.5, 0.1, 0.017045, f32::MAX, 0.5, 3.45], [-0.055158, 0.49177, -0.5737, -0.5737, -0.501, 0.21185, 0.21444, -0.38001]),
    t([3, 25, 22, 13, 0, 11, 0], [0.017045, 0.5, 1.5, 0.8461, 2.97, 1.915, f32::MAX], [-0.45033, -0.008332, 0.47526, -0.17591, 0.34278, -0.052486, -0.5804, -0.5804]),
    t([23, 5, 10, 22, 13, 9, 0], [3.75, 0.001, 0.18, 1.5, 0.23504, 0.5, 3.54], [0.3744, -0.44102, 0.22882, -0.39141, -0.29995, 0.85466, 0.2455, -0.2498]),
    t([0, 13, 9, 12, 13, 13, 0], [3.1, 0.13383, 0.5, 0.3, 0.6266, 0.8877, f32::MAX], [0.44895, 0.041995, -0.22579, 0.21568, -0.362, 0.25667, 0.5919, 0.5919]),
    t([24, 23, 22, 17, 13, 3, 0], [0.078, 3.4, 1.5, 0.9898, 0.043, 0.00842, f32::MAX], [0.23711, -0.78246, 0.27847, -0.19704, 0.012948, 0.42705, -0.516, -0.516]),
    t([10, 25, 22, 13, 0, 13, 0], [0.1, 0.5, 1.5, 0.17296, 2.86, 0.7687, f32::MAX], [0.085063, -0.27235, 0.37672, -0.28538, 0.093319, 0.37436, -0.51179, -0.51179]),
    t([24, 11, 22, 17, 13, 3, 0], [0.12, 1.5304, 1.5, 0.9018, 0.6266, -0.0061, f32::MAX], [0.28702, -0.10385, -0.2393, 0.027071, 0.03815, 0.37945, -0.37394, -0.37394]),
    t([11, 22, 3, 25, 0, 12, 11], [2.692, 1.5, 0.2444, 0.5, f32::MAX, 0.37, 3.09785], [0.022328, 0.31793, -0.45249, -0.45249, 0.087656, -0.46979, 0.30961, -0.25674]),
    t([13, 0, 13, 18, 26, 24, 17], [0.0878, 3.45, 0.807515, 4.57, 0.6348, 0.21, 0.956], [-0.085832, 0.32103, -0.41848, 0.0382, -0.1298, 0.3411, 0.2776, -0.31845]),
    t([3, 5, 17, 12, 17, 16, 4], [0.00842, 0.001, 0.894, 0.37, 0.9684, 1.0, 0.001], [0.027728, -0.32768, -0.42807, 0.071545, 0.045369, 0.28561, -0.34373, 0.024144]),
    t([6, 13, 10, 12, 4, 9, 17], [0.072, 0.13383, 0.37, 0.3, 0.001, 0.5, 0.956], [0.36331, -0.19596, -0.15516, 0.12661, -0.12883, 0.46368, 0.32405, -0.55658]),
    t([23, 19, 13, 5, 13, 13, 17], [3.24, 0.5, 0.6797, 0.001, 0.377, 0.17296, 0.956], [0.28633, -0.076225, 0.05533, -0.79098, 0.071169, -0.15266, 0.15325, -0.28003]),
    t([25, 11, 22, 7, 3, 0, 0], [0.5, 2.692, 1.5, 0.5, 0.498, 2.97, f32::MAX], [0.0099576, -0.58991, -0.34182, 0.093211, 0.27411, -0.063947, -0.35453, -0.35453]),
    t([13, 17, 26, 0, 3, 23, 18], [0.9347, 0.9898, 0.45023, 2.97, 0.58, 4.49, 5.13], [0.041153, -0.12694, -0.17931, -0.63746, 0.23434, -0.51272, 0.21498, 0.44368]),
    t([22, 12, 0, 17, 17, 0, 0], [1.5, 0.7, f32::MAX, 0.7948, 0.593, f32::MAX, f32::MAX], [0.1376, -0.014902, 0.016003, -0.4621, -0.42067, -0.42067, -0.42067, -0.42067]),
    t([24, 18, 26, 13, 17, 11, 3], [0.12, 4.57, 0.45023, 0.57757, 0.875545, 1.79606, 0.00842], [-0.33115, 0.07367, 0.091907, -0.066449, 0.14194, -0.4626, 0.0035108, 0.26632]),
    t([23, 19, 9, 17, 13, 10, 24], [3.07, 0.5, 0.5, 0.9796, 0.377, 0.37, 0.0443], [0.31321, -0.017289, 0.043948, -0.55085, -0.052953, 0.14883, 0.19787, 0.45605]),
    t([22, 11, 0, 13, 3, 0, 0], [1.5, 1.732, f32::MAX, 0.23504, 0.8745, f32::MAX, f32::MAX], [0.18486, 0.010347, -0.066683, 0.49659, -0.39655, -0.39655, -0.39655, -0.39655]),
    t([13, 13, 26, 23, 18, 12, 16], [0.52986, 0.205, 0.801, 3.92, 4.39, 0.7, 2.4], [0.24187, -0.077586, -0.39867, -0.097192, 0.11606, -0.36943, -0.42804, 0.036724]),
    t([7, 3, 26, 17, 17, 0, 0], [0.5, 0.055405, 0.5605, 0.945, 0.875545, f32::MAX, f32::MAX], [-0.11343, 0.22997, 0.15364, -0.058896, -0.59695, -0.59695, -0.16797, -0.16797]),
    t([4, 17, 0, 3, 13, 11, 6], [0.3005, 0.7948, 2.0, 0.1336, 0.9347, 2.7757, 0.093], [-0.13791, 0.22867, -0.12212, 0.26591, 0.27129, -0.42684, -0.19959, 0.084922]),
    t([25, 11, 13, 4, 3, 6, 13], [0.5, 2.8609, 0.6266, 0.477, 0.6766, 0.0607, 0.7387], [-0.021365, 0.15071, -0.36744, 0.11386, 0.23267, -0.1436, 0.45388, 0.12695]),
    t([20, 17, 24, 11, 13, 4, 24], [0.5, 0.9898, 0.0324, 1.5304, 0.13383, 0.231, 0.078], [0.072424, -0.054517, 0.047414, -0.43704, -0.17495, 0.11773, 0.50494, 0.1597]),
    t([22, 15, 0, 18, 17, 0, 0], [1.5, 0.5, f32::MAX, 3.98, 0.92426, f32::MAX, f32::MAX], [-0.24211, 0.0079869, 0.34188, -0.043629, -0.3723, -0.3723, -0.3723, -0.3723]),
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
