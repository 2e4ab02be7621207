//! The line scorer: gradient-boosted regression trees over shape and context features of
//! each line, one ensemble for article text and one for page text.
//!
//! The trees in [`TREES_0`] and [`TREES_1`] are fitted by `scripts/train.py` (run it to
//! reproduce them); the features are computed here and nowhere else, so the trainer and the
//! cleaner always agree on them.

use crate::stats::Stats;

/// Number of features.
pub(crate) const NF: usize = 25;

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
            lnw: nb.iter().map(|&i| (1.0 + lines[i].stats.words as f32).ln()).collect(),
            doc_short_frac: short / mf,
            doc_tiny_frac: tiny / mf,
            ln_doc_lines: (1.0 + m as f32).ln(),
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
        let d = if self.dist[k] == u32::MAX {
            50.0
        } else {
            self.dist[k].min(50) as f32
        };
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
            (1.0 + d).ln(),
            self.doc_short_frac,
            self.ln_doc_lines,
            (s.words <= 2) as u8 as f32,
            (k > 0 && lines[nb[k - 1]].cut) as u8 as f32,
            (k + 1 < m && lines[nb[k + 1]].cut) as u8 as f32,
            line.repeats as f32,
            (1.0 + line.bytes as f32).ln(),
            self.doc_tiny_frac,
        ])
    }
}

/// Share of capitalised words in the document's prose (its long lines), shrunk toward
/// [`CAPS_PRIOR`] when there is little prose. The caps feature is a line's share minus this,
/// so that languages which capitalise nouns (German) or titles read like the rest: what marks
/// a menu item is more capitals than the page's own prose has, not a fixed share.
fn caps_baseline(lines: &[LineView]) -> f32 {
    let (caps, words) = lines
        .iter()
        .filter(|l| l.content)
        .fold((0u64, 0u64), |(c, w), l| (c + l.stats.caps as u64, w + l.stats.words as u64));
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
    t([0, 23, 9, 7, 10, 13, 0], [2.86, 3.82, 0.5, 0.5, 0.1, 0.917, f32::MAX], [0.55024, 0.028219, -0.068202, 0.44796, -0.52326, -0.055844, 0.48645, 0.48645]),
    t([3, 10, 22, 1, 23, 8, 0], [0.1059, 0.1, 1.5, 0.5, 5.05, 0.5, f32::MAX], [-0.12015, -0.42871, 0.35377, -0.258, 0.4138, 0.14707, -0.56895, -0.56895]),
    t([3, 10, 18, 14, 23, 13, 22], [0.1059, 0.1, 3.94, 0.5, 5.05, 0.8283, 1.5], [-0.32093, 0.22981, 0.27386, -0.1935, -0.15416, 0.32684, 0.34081, -0.43196]),
    t([23, 22, 9, 23, 0, 10, 3], [4.31, 1.5, 0.5, 3.82, f32::MAX, 0.3, 0.006125], [0.32306, 0.10959, -0.46689, -0.46689, -0.27464, 0.23663, 0.24479, 0.46994]),
    t([3, 13, 11, 11, 11, 16, 13], [0.1059, 0.7798, 1.763, 1.763, 2.6745, 1.0, 0.732], [0.12962, -0.27186, 0.28495, -0.21807, 0.24204, 0.35671, -0.067078, 0.2803]),
    t([23, 18, 13, 4, 3, 14, 12], [3.82, 3.68, 0.876, 0.286, -0.023515, 0.5, 0.7], [-0.33105, 0.2061, -0.052909, 0.29469, -0.22294, 0.23662, 0.27483, -0.22114]),
    t([3, 1, 10, 11, 11, 13, 12], [0.011875, 0.5, 0.1, 3.636, 1.763, 0.019, 0.37], [-0.035165, 1.0536, 0.13213, -0.28128, 0.26985, -0.055863, 0.29641, 0.071658]),
    t([23, 18, 13, 4, 23, 9, 12], [3.82, 3.94, 0.8283, 0.251, 3.45, 0.5, 0.7], [-0.15468, 0.16716, 0.30141, 0.17337, -0.19037, 0.33733, 0.21003, -0.1877]),
    t([11, 23, 13, 12, 0, 13, 12], [1.763, 5.722, 0.611, 0.1, f32::MAX, 0.009265, 0.45], [0.29785, 0.084683, -0.38981, -0.38981, 0.13082, -0.2228, 0.1923, -0.031045]),
    t([3, 1, 12, 7, 13, 23, 13], [0.011875, 0.5, 0.82, 0.5, 0.9476, 3.45, 0.428], [-0.082495, 0.55443, -0.24961, 0.095139, 0.27835, 0.065862, -0.032205, -0.37754]),
    t([11, 0, 13, 6, 18, 9, 0], [1.763, 3.45, 0.6886, 0.1252, 4.7, 0.5, 4.38], [0.29282, 0.10424, -0.3651, 0.099108, -0.15287, 0.29707, 0.026507, 0.32452]),
    t([23, 7, 7, 22, 13, 13, 1], [5.05, 0.5, 0.5, 1.5, 0.917, 0.611, 0.5], [0.12123, -0.42225, -0.37975, 0.014023, -0.3013, -0.036366, 0.56173, -0.20499]),
    t([10, 3, 3, 6, 7, 0, 17], [0.1, 0.217, 0.0256, 0.1602, 0.5, 3.92, 0.815], [-0.051204, -0.26508, 0.13843, -0.28816, 0.05819, -0.38589, 0.22677, -0.11548]),
    t([23, 6, 9, 12, 0, 13, 0], [3.45, 0.252, 0.5, 0.55, f32::MAX, 0.009265, 3.65], [0.28582, 0.086316, -0.030101, -0.030101, 0.15517, -0.079457, 0.33781, 0.1345]),
    t([13, 18, 3, 20, 11, 17, 3], [0.9476, 4.32, -0.05814, 0.5, 2.6745, 0.62, -0.04156], [-0.14844, 0.15336, 0.10038, -0.12917, -0.36312, 0.040901, 0.56993, 0.13074]),
    t([17, 16, 13, 9, 4, 0, 18], [0.815, 1.0, 0.009265, 0.5, 0.239, f32::MAX, 5.06], [-0.035799, 0.22917, -0.00063429, 0.24306, 0.14872, 0.14872, -0.52073, -0.035543]),
    t([3, 13, 18, 11, 1, 17, 12], [0.011875, 0.6545, 4.78, 1.911, 0.5, 0.668, 0.82], [0.047455, -0.28644, 0.20098, -0.081293, 0.042237, -0.22791, 0.14954, -0.25492]),
    t([22, 2, 0, 1, 0, 0, 0], [1.5, 0.5, f32::MAX, 0.5, f32::MAX, f32::MAX, f32::MAX], [0.09366, -0.032218, -0.3881, -0.3881, -0.3708, -0.3708, -0.3708, -0.3708]),
    t([10, 0, 0, 23, 6, 17, 18], [0.3, 4.38, 3.92, 5.05, 0.1115, 0.815, 5.06], [0.0042318, -0.1836, -0.30763, 0.30281, 0.26054, -0.10418, -0.38321, 0.1108]),
    t([23, 5, 4, 12, 0, 13, 3], [3.45, 0.001, 0.239, 0.55, f32::MAX, 0.019, 0.1526], [0.25528, 0.047962, -0.10353, -0.10353, 0.20068, -0.24538, -0.020266, 0.12092]),
    t([13, 13, 12, 0, 10, 0, 1], [0.8283, 0.009265, 0.7, 2.97, 0.1, 4.38, 0.5], [0.22767, -0.15744, -0.14153, 0.058453, 0.089375, 0.30301, 0.17813, -0.28751]),
    t([9, 23, 3, 6, 17, 0, 0], [0.5, 3.45, 0.011875, 0.209, 0.815, f32::MAX, f32::MAX], [0.2098, 0.0039141, -0.012965, -0.22832, 0.0301, 0.0301, 0.28831, 0.28831]),
    t([22, 2, 0, 13, 4, 0, 0], [1.5, 0.5, f32::MAX, 0.9476, 0.501, f32::MAX, f32::MAX], [-0.0049639, 0.12178, -0.37813, -0.10871, -0.34198, -0.34198, -0.34198, -0.34198]),
    t([22, 2, 0, 1, 4, 0, 0], [1.5, 0.5, f32::MAX, 0.5, 0.501, f32::MAX, f32::MAX], [0.066007, -0.025782, -0.34632, -0.091182, -0.32082, -0.32082, -0.32082, -0.32082]),
    t([4, 18, 4, 17, 13, 3, 12], [0.3097, 4.78, 0.4099, 0.668, 0.1054, 0.217, 0.1], [-0.095284, -0.39515, 0.20713, -0.049518, 0.054045, 0.28783, 0.20637, -0.11342]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 3, 23, 0, 10, 13], [4.07, 1.5, 0.12336, 3.62, f32::MAX, 0.37, 0.127], [0.69688, 0.31537, -0.78648, -0.78648, -0.63727, 0.19299, 0.52936, -0.05561]),
    t([23, 22, 9, 6, 0, 11, 0], [4.69, 1.5, 0.5, 0.01, f32::MAX, 1.7986, f32::MAX], [0.47933, 0.11472, -0.61132, -0.61132, -0.27665, -0.54972, 0.76647, 0.76647]),
    t([23, 22, 10, 5, 0, 14, 0], [3.77, 1.5, 0.18, 0.001, f32::MAX, 0.5, 3.48], [0.41096, -0.055172, -0.47524, -0.47524, -0.3521, 0.23618, 0.34852, -0.32993]),
    t([3, 10, 22, 13, 23, 10, 0], [0.0147, 0.1, 1.5, 0.7701, 4.92, 0.1, f32::MAX], [-0.44991, -0.21455, 0.14469, -0.3238, 0.015331, 0.34543, -0.513, -0.513]),
    t([6, 13, 10, 12, 17, 13, 13], [0.045, 0.127, 0.1, 0.3, 0.947, 0.04112, 0.808965], [0.46663, -0.026159, 0.24018, -0.21456, 0.18758, -0.31823, -0.062197, 0.36327]),
    t([0, 13, 9, 12, 13, 13, 0], [3.07, 0.127, 0.5, 0.3, 0.63, 0.93594, f32::MAX], [0.40228, -0.035412, -0.16685, 0.18006, -0.32212, 0.46991, 0.60971, 0.60971]),
    t([11, 22, 3, 17, 0, 13, 11], [1.9237, 1.5, 0.183, 0.8935, f32::MAX, 0.93594, 3.113], [0.25058, 0.014374, -0.47692, -0.47692, -0.30657, 0.21862, 0.12172, -0.4931]),
    t([23, 4, 13, 17, 22, 0, 13], [3.42, 0.02, 0.04112, 0.9173, 1.5, 3.48, 0.63], [0.24556, -0.35897, 0.36113, -0.20405, 0.32085, -0.41632, -0.21256, 0.038748]),
    t([11, 22, 3, 7, 0, 10, 23], [2.7057, 1.5, 0.373, 0.5, f32::MAX, 0.3, 4.07], [0.072317, -0.72795, -0.44317, -0.44317, -0.44692, 0.069578, -0.27792, 0.48292]),
    t([13, 12, 13, 18, 23, 23, 17], [0.127, 0.18, 0.5044, 4.27, 3.9, 3.2, 0.9271], [-0.26013, 0.31307, 0.23131, -0.34104, 0.12548, -0.23134, 0.1277, -0.19701]),
    t([6, 13, 9, 11, 19, 21, 0], [0.072, 0.22894, 0.5, 1.7345, 0.5, 0.5, f32::MAX], [0.34587, -0.035844, 0.079362, -0.77069, -0.13092, 0.14149, 0.4959, 0.4959]),
    t([3, 5, 4, 12, 17, 13, 16], [0.0147, 0.001, 0.146, 0.55, 0.98038, 0.257, 1.0], [0.029989, -0.44141, -0.45616, 0.098936, 0.15172, -0.21416, 0.028799, 0.23284]),
    t([13, 17, 18, 23, 18, 23, 17], [0.93594, 0.991, 5.13, 3.07, 3.98, 5.436, 0.959], [0.23805, -0.034828, 0.15694, -0.79107, 0.23379, -0.45489, 0.47074, -0.14626]),
    t([10, 18, 22, 13, 11, 0, 0], [0.1, 4.994, 1.5, 0.68309, 1.9237, 3.88, f32::MAX], [-0.34045, -0.068985, 0.090075, -0.16203, 0.13217, -0.19297, -0.42036, -0.42036]),
    t([17, 0, 13, 12, 11, 18, 13], [0.799425, 2.97, 0.127, 0.63, 1.7345, 6.234, 0.93594], [0.27276, -0.15985, 0.18135, -0.24751, 0.20781, -0.31854, -0.11253, 0.25178]),
    t([9, 22, 11, 11, 0, 0, 0], [0.5, 1.5, 1.7345, 3.113, f32::MAX, f32::MAX, f32::MAX], [0.010298, -0.3516, -0.40491, -0.40491, 0.21529, 0.21529, 0.52113, 0.52113]),
    t([4, 3, 12, 5, 17, 3, 3], [0.4578, 0.0147, 0.37, 0.001, 0.972, -0.0373, 0.03542], [-0.06433, -0.33795, 0.04717, -0.164, 0.43959, 0.093758, -0.33772, 0.19879]),
    t([7, 13, 18, 3, 24, 0, 0], [0.5, 0.7701, 3.35, 0.876, 0.806, f32::MAX, f32::MAX], [-0.042289, 0.24362, 0.17641, -0.35143, -0.049452, -0.049452, -0.6125, -0.6125]),
    t([22, 4, 0, 10, 23, 0, 0], [1.5, 0.02, f32::MAX, 0.37, 3.2, f32::MAX, f32::MAX], [-0.17032, 0.33886, 0.28715, 0.007741, -0.38598, -0.38598, -0.38598, -0.38598]),
    t([9, 11, 11, 17, 3, 0, 0], [0.5, 1.597, 1.7345, 0.991, 0.876, f32::MAX, f32::MAX], [0.081416, -0.23316, -0.075041, 0.36462, 0.16326, 0.16326, 0.39852, 0.39852]),
    t([12, 17, 17, 3, 24, 17, 4], [0.7, 0.799425, 0.9173, 0.068, 0.3997, 0.591, 0.388], [-0.044719, 0.20629, -0.45999, -0.013682, 0.097521, -0.4948, -0.29265, 0.61187]),
    t([7, 22, 24, 21, 0, 0, 0], [0.5, 1.5, 0.705, 0.5, f32::MAX, f32::MAX, f32::MAX], [-0.0075909, 0.11345, -0.36494, -0.36494, -0.54514, -0.54514, 0.033993, 0.033993]),
    t([18, 23, 4, 10, 0, 0, 6], [4.62, 4.69, 0.2754, 0.1, f32::MAX, 4.15, 0.1292], [-0.13976, 0.17339, -0.44981, -0.44981, -0.063174, 0.88016, -0.03099, 0.19894]),
    t([6, 23, 6, 3, 4, 16, 11], [0.072, 4.57, 0.087, 0.0237, 0.3165, 1.5, 3.113], [-0.27853, 0.044287, 0.69406, -0.081998, -0.4457, -0.082792, -0.0041006, -0.45994]),
    t([4, 4, 18, 17, 0, 17, 18], [0.4578, 0.401, 4.62, 0.799425, 3.57, 0.8849, 6.356], [0.087329, -0.027128, -0.080761, -0.43448, -0.34631, 0.040106, 0.17304, -0.18036]),
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
