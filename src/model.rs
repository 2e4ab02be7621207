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
    t([3, 10, 18, 9, 23, 13, 0], [0.0903, 0.1, 3.86, 0.5, 5.07, 0.908, 2.35], [-0.49582, 0.40802, 0.40471, -0.32511, -0.11229, 0.54383, 0.53279, 0.21381]),
    t([0, 10, 9, 3, 18, 13, 23], [2.86, 0.1, 0.5, 0.05578, 3.65, 0.861, 5.868], [-0.31849, 0.22764, 0.1355, 0.44599, -0.4218, -0.030532, 0.51403, 0.023164]),
    t([3, 10, 13, 24, 23, 11, 12], [0.05578, 0.22, 0.861, 0.117, 5.07, 1.75934, 0.7], [-0.3062, 0.34349, 0.34805, -0.20812, 0.37116, -0.012949, 0.39802, 0.22373]),
    t([23, 23, 9, 18, 13, 1, 23], [4.856, 3.7, 0.5, 3.65, 0.8185, 0.5, 5.868], [-0.0053852, 0.34829, -0.09888, 0.274, 0.11568, -0.31499, 0.41508, -0.010667]),
    t([3, 13, 22, 16, 11, 18, 0], [0.1192, 0.8185, 1.5, 2.1, 2.6765, 3.96, f32::MAX], [-0.25228, 0.32414, 0.27596, -0.12371, 0.051441, 0.25917, -0.72079, -0.72079]),
    t([10, 14, 12, 13, 13, 18, 3], [0.1, 0.5, 0.37, 0.861, 0.148, 3.57, -0.00153], [-0.24051, 0.11982, 0.33602, -0.24517, -0.007712, 0.30091, -0.33753, 0.12249]),
    t([23, 18, 9, 13, 19, 11, 23], [3.7, 3.96, 0.5, 0.773, 0.5, 1.54, 5.868], [-0.14371, 0.32666, 0.30123, -0.040567, 0.28339, -0.14631, 0.40366, -1.5403e-05]),
    t([24, 13, 23, 11, 12, 23, 0], [0.117, 0.908, 4.856, 1.54, 0.7, 3.7, f32::MAX], [0.23878, -0.139, 0.24033, -0.040364, 0.3454, 0.23971, -0.02003, -0.02003]),
    t([10, 1, 23, 11, 9, 10, 18], [0.18, 0.5, 5.735, 3.3753, 0.5, 0.45, 4.75], [0.0093448, 0.43481, -0.18372, 0.33011, 0.17538, 0.35005, -0.34194, 0.17541]),
    t([13, 14, 24, 9, 13, 23, 12], [0.688, 0.5, 0.078, 0.5, 0.1203, 6.104, 0.78], [-0.17006, 0.27631, 0.21879, -0.36051, 0.024458, 0.34702, 0.32443, 0.065912]),
    t([23, 18, 13, 11, 19, 25, 3], [3.7, 3.65, 0.908, 2.26, 0.5, 0.5, 0.05578], [-0.32065, 0.13082, 0.25669, -0.16269, -0.12062, 0.2424, -0.0065742, 0.22177]),
    t([3, 7, 22, 12, 6, 7, 0], [0.05578, 0.5, 1.5, 0.1, 0.1252, 0.5, f32::MAX], [0.14104, -0.16722, 0.82857, -0.17941, 0.11173, -0.21465, -0.49661, -0.49661]),
    t([10, 3, 24, 25, 4, 3, 13], [0.1, 0.2105, 0.0284, 0.5, 0.2966, 0.0322, 0.2773], [-0.13958, 0.30915, -0.01085, 0.21503, -0.18587, 0.13397, 0.02047, 0.3326]),
    t([10, 9, 1, 24, 3, 13, 4], [0.45, 0.5, 0.5, 0.117, 0.01578, 0.8185, 0.335], [-0.058082, 0.19725, 0.058168, 0.33176, -0.16697, 0.25861, 0.45712, 0.23471]),
    t([13, 13, 11, 23, 24, 0, 24], [0.8185, 0.148, 3.2911, 5.18, 0.0228, 4.31, 0.036], [0.12591, -0.13574, -0.20578, 0.071653, 0.10274, 0.47446, -0.32159, 0.31185]),
    t([22, 23, 0, 18, 17, 0, 0], [1.5, 3.7, f32::MAX, 3.96, 0.827, f32::MAX, f32::MAX], [-0.0088941, 0.20777, -0.0026374, -0.30853, -0.41363, -0.41363, -0.41363, -0.41363]),
    t([15, 9, 0, 25, 23, 17, 0], [0.5, 0.5, 2.7, 0.5, 5.868, 0.878, f32::MAX], [-0.04951, 0.17763, 0.27948, -0.21846, 0.29254, 0.016925, -0.28102, -0.28102]),
    t([13, 18, 13, 18, 26, 18, 18], [0.00883, 3.45, 0.654, 2.2, 0.0608, 3.07, 3.0], [0.099421, -0.51511, -0.33145, 0.31523, 0.10389, -0.14364, -0.26138, 0.089035]),
    t([20, 1, 11, 11, 3, 11, 5], [0.5, 0.5, 1.8842, 3.3753, 0.01578, 1.54, 0.0295], [-0.016857, 0.31863, -0.19398, 0.031613, 0.18073, 0.45209, 0.12976, -0.38131]),
    t([22, 2, 0, 11, 4, 0, 0], [1.5, 0.5, f32::MAX, 1.54, 0.483, f32::MAX, f32::MAX], [0.17575, -6.1413e-05, -0.39948, -0.10736, -0.37423, -0.37423, -0.37423, -0.37423]),
    t([13, 13, 0, 5, 18, 12, 11], [0.654, 0.148, 4.31, 0.0167, 2.7, 0.45, 2.528], [-0.0080777, 0.18459, 0.15828, -0.19472, 0.11958, -0.070603, -0.30873, 0.39163]),
    t([4, 17, 1, 17, 13, 23, 0], [0.236, 0.556, 0.5, 0.5374, 0.0203, 5.18, 3.48], [-0.032942, 0.32971, 0.16251, -0.2428, 0.052803, 0.45989, 0.080533, -0.17525]),
    t([23, 19, 17, 18, 0, 5, 13], [3.7, 0.5, 0.827, 3.65, f32::MAX, 0.00499, 0.00883], [-0.020483, 0.18217, -0.30184, -0.30184, -0.058379, 0.069311, 0.068543, -0.36384]),
    t([9, 25, 23, 13, 1, 3, 0], [0.5, 0.5, 5.868, 0.861, 0.5, 0.01578, f32::MAX], [-0.065247, 0.061575, 0.26072, -0.16873, 0.11196, 0.29712, -0.13378, -0.13378]),
    t([2, 22, 4, 10, 0, 0, 0], [0.5, 1.5, 0.483, 0.45, f32::MAX, f32::MAX, f32::MAX], [0.004145, 0.21358, -0.34121, -0.34121, -0.36575, -0.36575, -0.11442, -0.11442]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 3, 23, 18, 24, 13], [4.12, 1.5, 0.1406, 3.48, 4.48, 0.053, 0.12906], [0.63239, 0.20359, 0.24656, -0.74261, -0.69194, -0.11569, 0.55226, -0.1046]),
    t([6, 3, 10, 10, 22, 14, 0], [0.01, 0.01684, 0.18, 0.1, 2.5, 0.5, 3.54], [-0.55892, 0.096841, 0.45508, -0.43525, -0.45891, 0.17642, 0.32207, -0.4074]),
    t([3, 25, 10, 9, 24, 16, 22], [0.077, 0.5, 0.1, 0.5, 0.053, 1.7, 1.5], [-0.36727, 0.8223, 0.017557, 0.54919, -0.24193, 0.25079, 0.39352, -0.29824]),
    t([0, 13, 9, 12, 13, 13, 0], [3.0, 0.12906, 0.5, 0.3, 0.7609, 0.8794, f32::MAX], [0.46996, -0.098397, -0.11419, 0.33262, -0.40415, 0.17573, 0.65006, 0.65006]),
    t([11, 17, 24, 0, 13, 13, 22], [1.567, 0.89324, 0.119, 3.54, 0.22565, 0.643, 1.5], [0.38969, -0.11864, 0.28431, -0.13726, -0.31533, -0.021227, 0.33653, -0.50687]),
    t([23, 5, 10, 17, 3, 24, 22], [3.75, 0.001, 0.1, 0.99008, 0.398, 0.119, 1.5], [0.29634, -0.31914, -0.45571, -0.053982, -0.32209, 0.088107, 0.07848, -0.60061]),
    t([3, 25, 22, 13, 13, 24, 0], [0.01684, 0.5, 1.5, 0.0455, 0.5657, 0.0373, 1.0], [0.23825, -0.28506, -0.12957, 0.43451, 0.05924, 0.33653, 0.26706, -0.4809]),
    t([10, 25, 23, 13, 3, 26, 13], [0.1, 0.5, 3.3, 0.1617, 0.101975, 0.676, 0.796], [0.10086, -0.24243, -0.077176, 0.39523, 0.38919, 0.087133, -0.048692, 0.29697]),
    t([11, 17, 3, 12, 25, 9, 17], [1.8684, 0.9143, 0.308, 0.1, 0.5, 0.5, 0.8833], [0.27216, 0.021766, -0.13373, 0.30354, -0.23525, 0.43462, 0.2118, -0.27558]),
    t([13, 13, 26, 12, 23, 12, 18], [0.8794, 0.12906, 0.7995, 0.3, 3.07, 0.7, 5.807], [0.26733, -0.17431, 0.13328, -0.14783, 0.37992, -0.21089, 0.035681, -0.62022]),
    t([22, 23, 18, 7, 9, 11, 13], [1.5, 4.94, 4.35, 0.5, 0.5, 1.451, 0.8395], [0.084487, -0.62921, -0.18917, 0.42085, 0.39691, -0.47065, -0.4897, -0.15607]),
    t([21, 25, 0, 11, 0, 17, 13], [0.5, 0.5, 2.35, 0.8763, 2.9, 0.9474, 0.72844], [0.30683, -0.083883, 0.24953, -0.19423, 0.38828, -0.015716, -0.11975, 0.33581]),
    t([17, 15, 24, 13, 17, 4, 26], [0.99008, 0.5, 0.0373, 0.0455, 0.9474, 0.182, 0.6928], [0.22232, -0.035858, 0.42174, -0.19621, -0.79486, -0.18337, -0.39724, 0.30325]),
    t([13, 13, 17, 18, 26, 11, 23], [0.5657, 0.22565, 0.92724, 6.19, 0.4681, 2.8753, 6.454], [0.13291, -0.27781, -0.41004, -0.13903, 0.22204, -0.3429, -0.15711, 0.78993]),
    t([22, 24, 0, 4, 11, 22, 11], [1.5, 0.119, 1.2, 0.3005, 1.927, 3.5, 1.006], [-0.071386, 0.070251, 0.30872, -0.0021563, 0.14305, -0.4546, -0.017298, -0.46102]),
    t([6, 16, 10, 23, 23, 9, 17], [0.0765, 1.0, 0.37, 4.52, 3.2, 0.5, 0.9607], [-0.21522, 0.22603, 0.2407, 0.019883, -0.1053, 0.37265, 0.2536, -0.39843]),
    t([7, 17, 18, 8, 13, 0, 23], [0.5, 0.7972, 3.4, 0.5, 0.1617, f32::MAX, 4.65], [0.29814, -0.057532, 0.12835, -0.067747, -0.083537, -0.083537, -0.60956, -0.14393]),
    t([13, 26, 17, 11, 13, 12, 25], [0.5417, 0.4681, 0.9607, 1.50436, 0.1617, 0.7, 0.5], [0.022534, -0.39456, 0.095699, -0.077494, 0.14132, -0.36245, -0.23594, 0.34983]),
    t([22, 3, 18, 5, 24, 11, 3], [1.5, 0.00728, 4.35, 0.001, 0.0004, 1.261, 0.8443], [-0.019005, -0.28836, 0.011738, 0.18274, 0.33912, -0.25825, -0.44884, -0.12174]),
    t([11, 17, 13, 18, 13, 3, 18], [2.675, 0.7972, 0.8794, 4.23, 0.796, 0.7383, 5.807], [-0.15429, 0.18979, -0.051916, 0.13706, -0.35094, 0.24725, 0.32479, -0.279]),
    t([23, 5, 5, 26, 13, 24, 16], [3.48, 0.24, 0.24, 0.676, 0.7609, 0.26, 1.0], [0.19826, -0.054763, -0.62249, 0.10796, -0.059706, 0.40629, 0.88572, 0.0045312]),
    t([4, 18, 0, 19, 0, 18, 18], [0.143, 4.35, 2.0, 0.5, 3.3, 4.69, 4.07], [-0.14469, 0.33441, -0.2046, 0.61104, -0.03983, 0.23357, -0.2526, 0.0055227]),
    t([12, 22, 18, 13, 23, 0, 26], [0.7, 1.5, 3.8, 0.5417, 3.3, f32::MAX, 0.7077], [-0.025788, 0.067033, -0.10907, -0.40888, 0.1317, 0.1317, -0.45725, -0.12884]),
    t([7, 16, 26, 6, 17, 0, 0], [0.5, 1.0, 0.7077, 0.143, 0.865, f32::MAX, f32::MAX], [-0.12741, 0.081078, 0.17349, -0.0010441, -0.50663, -0.50663, 0.03229, 0.03229]),
    t([4, 14, 18, 15, 5, 13, 0], [0.4504, 0.5, 4.07, 0.5, 0.059, 0.19542, 3.0], [-0.062815, 0.19359, 0.13596, -0.18757, -0.050573, -0.38621, 0.21617, -0.0021664]),
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
