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
    t([0, 23, 9, 7, 10, 10, 0], [2.86, 3.82, 0.5, 0.5, 0.1, 0.3, f32::MAX], [0.5495, 0.03459, -0.08374, 0.46873, -0.50471, 0.10935, 0.51274, 0.51274]),
    t([3, 10, 22, 9, 23, 8, 0], [0.10585, 0.1, 1.5, 0.5, 5.06, 0.5, f32::MAX], [-0.40592, 0.26449, 0.36343, -0.2717, 0.41527, 0.14842, -0.56668, -0.56668]),
    t([3, 10, 18, 1, 12, 13, 22], [0.10585, 0.1, 4.32, 0.5, 0.37, 0.827, 1.5], [-0.045745, -0.36679, 0.24668, -0.27935, -0.061592, 0.3343, 0.35485, -0.43209]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.28798, -0.44875, -0.42723, 0.12308, -0.32519, 0.31101, 0.22487, -0.30037]),
    t([23, 23, 13, 11, 11, 9, 12], [4.32, 3.82, 0.876, 2.882, 1.767, 0.5, 0.7], [0.3101, 0.055936, 0.35029, -0.084816, -0.26536, 0.25404, 0.21914, -0.19252]),
    t([3, 1, 12, 11, 9, 7, 3], [0.0601, 0.5, 0.45, 3.6367, 0.5, 0.5, 0.10585], [-0.034441, 0.78033, -0.25415, 0.32685, 0.26561, -0.064074, -0.33864, 0.056785]),
    t([23, 18, 13, 4, 3, 11, 12], [3.82, 3.68, 0.827, 0.287, -0.02355, 1.767, 0.7], [-0.38216, 0.21343, -0.063271, 0.27742, 0.19253, -0.23376, 0.19089, -0.14181]),
    t([10, 3, 0, 14, 13, 12, 3], [0.1, 0.2168, 3.65, 0.5, 0.0633, 0.37, 0.047], [-0.19261, 0.25321, 0.29712, 0.039122, 0.273, 0.060078, -0.33443, 0.23784]),
    t([13, 14, 24, 9, 13, 0, 3], [0.688, 0.5, 0.074, 0.5, 0.13, 4.38, 0.0349], [-0.19941, 0.21805, 0.28147, -0.4075, 0.024936, 0.40619, 0.20908, 0.33613]),
    t([23, 18, 13, 4, 24, 13, 1], [3.82, 3.94, 0.876, 0.251, 0.0002, 0.009265, 0.5], [-0.20326, 0.17859, 0.18594, 0.3392, 0.15313, -0.16989, 0.26996, 0.035771]),
    t([10, 25, 0, 13, 1, 22, 3], [0.1, 0.5, 3.65, 0.827, 0.5, 1.5, 0.047], [-0.16924, 0.06099, 0.39172, -0.17408, 0.20446, -0.40287, -0.28517, 0.18674]),
    t([11, 23, 24, 17, 0, 0, 11], [1.767, 5.722, 0.074, 0.815, f32::MAX, 4.38, 3.1706], [0.24595, 0.0043838, -0.36872, -0.36872, -0.11007, 0.15702, 0.21585, -0.20064]),
    t([3, 7, 9, 20, 0, 23, 0], [0.01185, 0.5, 0.5, 0.5, 3.65, 3.48, f32::MAX], [-0.20435, 0.23132, -0.34093, 0.75816, 0.22543, -0.0065969, 0.33389, 0.33389]),
    t([11, 23, 17, 12, 0, 3, 18], [1.499, 5.722, 0.815, 0.1, f32::MAX, 0.10585, 4.856], [0.2721, -0.044963, -0.32261, -0.32261, -0.065587, 0.088556, -0.56028, -0.064883]),
    t([13, 0, 13, 17, 26, 10, 18], [0.009265, 2.97, 0.654, 0.501, 0.135, 0.1, 3.07], [0.20951, 0.35723, -0.39245, 0.15662, -0.20514, 0.010877, -0.19383, 0.09822]),
    t([25, 17, 1, 3, 18, 6, 26], [0.5, 0.815, 0.5, 0.01185, 4.856, 0.168, 0.259], [-0.094037, 0.054451, -0.50878, -0.10289, 0.34899, -0.1365, -0.32044, 0.15954]),
    t([10, 13, 1, 0, 9, 13, 0], [0.45, 0.009265, 0.5, 2.97, 0.5, 0.876, f32::MAX], [0.28344, -0.077119, -0.063781, 0.25357, -0.17458, 0.2173, 0.32468, 0.32468]),
    t([23, 18, 13, 12, 3, 13, 11], [3.48, 4.32, 0.654, 0.45, 0.339, 0.1585, 4.02], [0.14275, -0.23624, 0.15683, 0.29971, 0.018688, -0.22209, 0.023007, 0.43682]),
    t([2, 25, 4, 17, 1, 0, 0], [0.5, 0.5, 0.4824, 0.696, 0.5, f32::MAX, f32::MAX], [0.024986, -0.14922, 0.28648, -0.053837, -0.40339, -0.40339, -0.15415, -0.15415]),
    t([22, 12, 0, 11, 26, 0, 0], [1.5, 0.7, f32::MAX, 3.365, 0.051, f32::MAX, f32::MAX], [0.020216, 0.35611, 0.034529, -0.23702, -0.37507, -0.37507, -0.37507, -0.37507]),
    t([24, 18, 11, 17, 0, 0, 4], [0.046, 4.32, 3.365, 0.2085, 4.38, 2.74, 0.4095], [0.077378, -0.15825, -0.0063499, 0.29982, 0.18172, -0.10245, -0.14168, 0.55092]),
    t([23, 3, 9, 10, 0, 1, 3], [3.48, 0.6255, 0.5, 0.1, f32::MAX, 0.5, 0.018], [-0.07826, 0.22709, 0.2794, 0.2794, 0.039702, -0.086449, 0.031028, 0.28151]),
    t([2, 4, 0, 13, 1, 0, 0], [0.5, 0.2403, f32::MAX, 0.688, 0.5, f32::MAX, f32::MAX], [-0.17132, 0.031253, 0.17455, -0.020241, -0.3442, -0.3442, -0.3442, -0.3442]),
    t([10, 13, 1, 0, 13, 21, 0], [0.45, 0.009265, 0.5, 2.97, 0.6099, 0.5, f32::MAX], [0.23964, -0.10659, -0.10508, 0.019668, 0.14313, -0.2222, 0.30109, 0.30109]),
    t([11, 3, 0, 0, 3, 3, 6], [1.767, -0.08956, 4.38, f32::MAX, -0.0473, 0.02546, 0.1115], [-0.36496, -0.36496, 0.38302, 0.090833, -0.14947, 0.012392, -0.32555, 0.23465]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 24, 23, 0, 3, 10], [4.09, 1.5, 0.056, 3.4, f32::MAX, 0.1464, 0.18], [0.70237, 0.35069, -0.78731, -0.78731, -0.67683, -0.025114, -0.18571, 0.65316]),
    t([0, 22, 9, 6, 0, 10, 0], [3.07, 1.5, 0.5, 0.01, f32::MAX, 0.55, f32::MAX], [0.4653, 0.064309, -0.61335, -0.61335, -0.51369, 0.45953, 0.7036, 0.7036]),
    t([3, 25, 13, 10, 0, 12, 10], [0.01968, 0.5, 0.1354, 0.22, 2.97, 0.3, 0.1], [-0.47152, -0.12432, 0.43444, -0.19443, 0.52272, 0.044158, -0.18156, 0.26295]),
    t([23, 5, 11, 22, 11, 13, 13], [3.7, 0.001, 1.85094, 1.5, 1.344, 0.0882, 0.8043], [0.38807, -0.47871, 0.11965, -0.42657, 0.40553, -0.054815, -0.40315, -0.02097]),
    t([24, 23, 22, 17, 10, 3, 0], [0.078, 3.54, 1.5, 0.9896, 0.1, 0.01158, f32::MAX], [0.23602, -0.65178, -0.33192, -0.00053128, 0.051809, 0.4454, -0.49479, -0.49479]),
    t([25, 13, 22, 0, 13, 23, 0], [0.5, 0.0882, 1.5, 3.5, 0.8043, 4.7, f32::MAX], [0.3322, -0.38416, -0.22372, 0.22562, 0.42148, 0.0030637, -0.40909, -0.40909]),
    t([3, 13, 22, 13, 10, 24, 0], [0.01158, 0.8447, 1.5, 0.0433, 0.22, 0.12, f32::MAX], [0.18893, -0.3125, -0.06803, 0.47013, 0.06962, 0.39315, -0.49094, -0.49094]),
    t([11, 17, 3, 0, 13, 10, 17], [1.9075, 0.895, 0.2454, 3.6, 0.1354, 0.1, 0.895], [0.26803, -0.25479, 0.24055, -0.15324, -0.3477, -0.096202, 0.22877, -0.24055]),
    t([6, 25, 10, 11, 0, 9, 17], [0.072, 0.5, 0.37, 1.53, 2.7, 0.5, 0.955], [0.20103, -0.034375, 0.40708, 0.090901, -0.15891, 0.59639, 0.36728, -0.40686]),
    t([13, 13, 17, 16, 24, 11, 25], [0.628, 0.1754, 0.955, 1.0, 0.21, 2.76177, 0.5], [-0.040695, 0.27263, -0.22632, 0.30488, 0.26058, -0.22857, -0.4097, 0.32755]),
    t([22, 10, 0, 16, 0, 0, 0], [1.5, 0.1, f32::MAX, 2.1, 3.92, f32::MAX, f32::MAX], [-0.14616, 0.12879, 0.14218, -0.16939, -0.45985, -0.45985, -0.45985, -0.45985]),
    t([13, 11, 18, 4, 3, 3, 17], [0.933, 2.58964, 5.42, 0.308, 0.3465, 0.1033, 0.955], [-0.078317, 0.11706, -0.37441, 0.050833, -0.15021, 0.34441, 0.52123, 0.014311]),
    t([24, 18, 3, 13, 17, 0, 22], [0.12, 4.59, -0.09116, 0.7374, 0.878, f32::MAX, 1.5], [-0.31054, 0.11371, 0.096002, -0.081578, -0.31174, -0.31174, 0.28161, -0.26727]),
    t([25, 17, 13, 15, 4, 16, 13], [0.5, 0.9896, 0.603, 0.5, 0.1253, 1.0, 0.7374], [-0.033922, 0.30651, -0.66174, -0.15952, -0.12647, 0.27997, 0.45008, 0.21657]),
    t([22, 12, 0, 7, 18, 0, 0], [1.5, 0.7, f32::MAX, 0.5, 3.92, f32::MAX, f32::MAX], [0.035728, -0.54973, -0.09758, -0.46069, -0.43125, -0.43125, -0.43125, -0.43125]),
    t([23, 19, 9, 4, 13, 13, 11], [3.2, 0.5, 0.5, 0.201, 0.357465, 0.0433, 1.657], [0.063738, 0.33452, 0.063932, -0.86617, 0.17369, -0.067327, 0.23237, 0.51772]),
    t([13, 13, 26, 23, 4, 12, 16], [0.5335, 0.239, 0.79904, 3.9, 0.192, 0.7, 2.4], [0.24917, -0.060271, -0.40998, -0.12789, 0.12433, -0.40983, -0.44385, 0.057927]),
    t([11, 17, 13, 3, 13, 18, 0], [3.079, 0.796, 0.933, 0.0603, 0.933, 6.47, f32::MAX], [-0.10036, 0.2666, -0.043913, 0.2652, -0.50282, 0.081977, 0.2153, 0.2153]),
    t([11, 18, 9, 17, 11, 0, 0], [1.53, 5.722, 0.5, 0.9786, 1.344, 3.07, f32::MAX], [0.1983, -0.23165, -0.2005, 0.14303, -0.01155, -0.20063, 0.41278, 0.41278]),
    t([22, 20, 0, 7, 24, 0, 0], [1.5, 0.5, f32::MAX, 0.5, 0.0315, f32::MAX, f32::MAX], [-0.0093321, -0.47173, 0.072487, 0.32401, -0.40868, -0.40868, -0.40868, -0.40868]),
    t([23, 19, 18, 4, 13, 10, 17], [3.07, 0.5, 4.59, 0.001, 0.357465, 0.18, 0.9896], [0.10892, 0.3281, -0.009356, -0.61674, -0.22382, 0.054263, 0.021418, -0.37703]),
    t([24, 4, 23, 17, 0, 17, 4], [0.21, 0.001, 3.4, 0.9439, 2.0, 0.9233, 0.308], [0.025555, -0.43768, 0.17104, -0.030985, 0.24687, -0.11366, 0.42808, -0.15982]),
    t([22, 11, 0, 18, 13, 0, 0], [1.5, 1.416, f32::MAX, 5.722, 0.5335, f32::MAX, f32::MAX], [0.17365, -0.083815, -0.1036, 0.044928, -0.38332, -0.38332, -0.38332, -0.38332]),
    t([13, 23, 21, 18, 24, 4, 0], [0.0433, 4.7, 0.5, 4.59, 0.0315, 0.4766, 2.35], [-0.047321, 0.27897, -0.43388, 0.21119, -0.054925, 0.12199, 0.24817, -0.019808]),
    t([25, 13, 4, 11, 23, 0, 3], [0.5, 0.8838, 0.0763, 2.8492, 6.268, 1.5, 0.5706], [-0.019467, -0.27471, 0.070349, 0.75013, 0.16307, -0.50609, 0.11171, 0.41034]),
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
