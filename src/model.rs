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
    t([0, 23, 9, 7, 10, 10, 0], [2.86, 3.84, 0.5, 0.5, 0.1, 0.3, f32::MAX], [0.54669, -0.010523, -0.093194, 0.47335, -0.50297, 0.11243, 0.51428, 0.51428]),
    t([3, 10, 22, 9, 23, 8, 0], [0.105, 0.1, 1.5, 0.5, 5.066, 0.5, f32::MAX], [-0.40848, 0.26746, 0.36991, -0.27046, 0.41472, 0.14946, -0.56228, -0.56228]),
    t([3, 10, 18, 1, 12, 13, 22], [0.105, 0.1, 4.32, 0.5, 0.37, 0.827, 1.5], [-0.061254, -0.36516, 0.25207, -0.27718, -0.068829, 0.32962, 0.35498, -0.43216]),
    t([16, 13, 22, 9, 12, 7, 0], [0.3, 0.778, 1.5, 0.5, 0.7, 0.5, f32::MAX], [-0.32348, 0.31194, 0.2279, -0.29857, 0.28581, -0.20914, -0.43993, -0.43993]),
    t([23, 11, 13, 17, 23, 9, 12], [4.32, 1.77, 0.876, 0.815, 3.84, 0.5, 0.7], [0.3566, 0.25886, 0.24606, -0.095234, -0.26351, 0.25509, 0.2241, -0.19086]),
    t([3, 13, 12, 13, 1, 7, 13], [0.0596, 0.654, 0.45, 0.009265, 0.5, 0.5, 0.876], [0.053292, -0.29325, 0.33449, -0.088202, 0.26706, -0.044192, -0.090956, 0.20975]),
    t([23, 18, 11, 4, 3, 23, 13], [3.84, 3.68, 1.77, 0.287, -0.023575, 5.722, 0.876], [-0.53102, 0.2079, -0.089411, 0.27322, 0.26497, -0.37469, -0.2122, 0.10414]),
    t([10, 3, 0, 1, 13, 12, 3], [0.1, 0.216, 3.65, 0.5, 0.0638, 0.37, 0.04654], [0.020114, -0.22988, 0.31034, 0.042378, 0.27285, 0.068939, -0.34321, 0.23001]),
    t([3, 1, 24, 11, 10, 11, 17], [0.01164, 0.5, 0.046, 3.6367, 0.37, 1.77, 0.254], [-0.054163, 0.9337, -0.24169, 0.28523, 0.2196, -0.043954, -0.15575, 0.26445]),
    t([13, 14, 12, 9, 13, 0, 24], [0.7305, 0.5, 0.7, 0.5, 0.1893, 4.38, 0.046], [-0.18589, 0.25969, 0.26261, -0.51088, 0.14843, 0.46184, -0.2919, 0.16919]),
    t([23, 18, 9, 0, 3, 13, 23], [3.48, 3.94, 0.5, f32::MAX, 0.339, 0.009265, 5.445], [-0.028247, -0.028247, 0.21094, 0.30751, 0.17164, -0.096461, 0.36512, 0.12318]),
    t([13, 25, 0, 13, 1, 12, 18], [0.688, 0.5, 4.38, 0.1587, 0.5, 0.37, 3.07], [-0.0027508, -0.24414, 0.33256, -0.16235, 0.1841, -0.059533, -0.29684, 0.45157]),
    t([10, 3, 0, 0, 17, 22, 17], [0.1, 0.105, 4.09, 4.38, 0.815, 1.5, 0.696], [-0.20859, 0.15366, 0.086657, -0.30202, 0.16876, -0.42804, -0.40805, 0.12254]),
    t([24, 13, 11, 17, 3, 23, 0], [0.106, 0.9476, 3.171, 0.768, 0.105, 3.84, f32::MAX], [-0.026859, -0.35821, 0.050338, 0.24686, 0.30384, 0.14308, -0.22108, -0.22108]),
    t([11, 0, 13, 6, 0, 13, 24], [1.77, 3.92, 0.6101, 0.1178, f32::MAX, 0.009265, 0.074], [0.27028, 0.076041, -0.37116, -0.37116, 0.11389, -0.16575, -0.0020169, 0.22643]),
    t([23, 18, 9, 12, 3, 10, 3], [3.48, 4.03, 0.5, 0.37, 0.339, 0.45, 0.0177], [0.11758, -0.17826, 0.15194, 0.30139, -0.063813, 0.23958, 0.029248, 0.31884]),
    t([2, 1, 4, 4, 9, 0, 0], [0.5, 0.5, 0.482, 0.2403, 0.5, f32::MAX, f32::MAX], [-0.062201, 0.20722, -0.080072, 0.27635, -0.40952, -0.40952, -0.17136, -0.17136]),
    t([22, 25, 0, 17, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.815, 0.5, f32::MAX, f32::MAX], [0.014536, -0.28354, 0.32239, -0.050674, -0.38083, -0.38083, -0.38083, -0.38083]),
    t([3, 10, 4, 0, 0, 13, 0], [0.216, 0.1, 0.308, 4.38, 3.65, 0.7305, 2.97], [-0.14434, 0.16251, 0.14214, -0.15819, -0.098295, 0.17193, 0.15594, 0.65157]),
    t([11, 17, 23, 0, 12, 1, 17], [1.4996, 0.401, 3.84, f32::MAX, 0.1, 0.5, 0.891], [-0.28101, -0.28101, 0.26771, -0.12876, 0.013366, 0.25147, -0.034113, -0.49433]),
    t([2, 13, 4, 13, 18, 0, 0], [0.5, 0.827, 0.482, 0.009265, 4.32, f32::MAX, f32::MAX], [0.12384, -0.064999, -0.059643, 0.17371, -0.37266, -0.37266, -0.12969, -0.12969]),
    t([3, 5, 3, 12, 0, 13, 3], [-0.05814, 0.0534, -0.047335, 0.18, f32::MAX, 0.324, 0.01164], [-0.015408, -0.34669, 0.39852, 0.39852, -0.098073, 0.34599, -0.10819, 0.036298]),
    t([22, 25, 0, 17, 12, 0, 0], [1.5, 0.5, f32::MAX, 0.815, 0.37, f32::MAX, f32::MAX], [0.0079918, -0.22118, 0.30629, -0.064931, -0.36463, -0.36463, -0.36463, -0.36463]),
    t([23, 11, 9, 5, 18, 0, 3], [3.48, 2.5326, 0.5, 0.0534, 4.55, 4.38, 0.0177], [0.2768, -0.091438, -0.19338, 0.073068, -0.057589, 0.13005, -0.012813, 0.27503]),
    t([17, 0, 17, 0, 0, 1, 12], [0.03, f32::MAX, 0.12, f32::MAX, f32::MAX, 0.5, 0.82], [-0.35106, -0.35106, -0.35106, -0.35106, 0.5919, -0.21228, 0.014096, -0.19643]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([0, 22, 9, 23, 0, 3, 0], [2.8, 1.5, 0.5, 3.5, f32::MAX, 0.152, f32::MAX], [0.67315, 0.20015, -0.79015, -0.79015, -0.67353, 0.039098, 0.64856, 0.64856]),
    t([3, 11, 22, 24, 0, 6, 0], [0.0827, 1.905, 1.5, 0.056, 2.0, 0.059, f32::MAX], [-0.22943, 0.37143, -0.013302, -0.54296, 0.49577, 0.11117, -0.57479, -0.57479]),
    t([23, 13, 10, 12, 10, 14, 24], [4.14, 0.1381, 0.18, 0.3, 0.1, 0.5, 0.042], [0.53357, 0.20395, -0.15045, 0.30564, -0.40845, 0.27035, -0.13247, 0.57286]),
    t([3, 25, 13, 13, 13, 12, 13], [0.02232, 0.5, 0.1381, 0.841, 0.6266, 0.3, 0.655], [-0.39717, 0.075215, -0.00073911, 0.54989, 0.45037, 0.011146, -0.13564, 0.25272]),
    t([6, 22, 10, 25, 0, 24, 0], [0.03, 1.5, 0.1, 0.5, f32::MAX, 0.114, 3.48], [0.22469, 0.48277, -0.50994, -0.50994, -0.3593, 0.27612, 0.17016, -0.20453]),
    t([11, 22, 13, 13, 0, 24, 17], [1.848, 1.5, 0.7648, 0.092, f32::MAX, 0.0745, 0.95416], [0.39644, 0.088282, -0.5242, -0.5242, -0.31, 0.12891, 0.16474, -0.47536]),
    t([23, 5, 10, 19, 11, 25, 13], [3.4, 0.001, 0.1, 0.5, 1.35, 0.5, 0.8817], [0.34164, -0.21179, 0.16811, -0.52273, -0.25448, 0.16151, -0.00096651, 0.40506]),
    t([24, 13, 22, 0, 13, 3, 0], [0.114, 0.0439, 1.5, 3.48, 0.8002, -0.0909, f32::MAX], [0.3694, -0.40621, -0.16007, 0.14715, -0.28787, 0.37918, -0.45227, -0.45227]),
    t([23, 17, 9, 5, 4, 10, 13], [3.8, 0.9028, 0.5, 0.001, 0.112, 0.45, 0.4867], [0.3381, -0.098876, -0.38661, 0.13626, -0.14424, 0.22884, 0.35012, 0.56386]),
    t([25, 13, 22, 0, 13, 0, 0], [0.5, 0.1381, 1.5, 3.48, 0.53362, 3.0, f32::MAX], [0.24792, -0.34045, -0.21255, 0.015323, 0.34229, -0.12739, -0.40565, -0.40565]),
    t([11, 22, 3, 17, 0, 12, 0], [2.739, 1.5, 0.3412, 0.8956, f32::MAX, 0.37, 2.35], [0.13763, -0.063385, -0.45942, -0.45942, 0.11116, -0.47049, -0.26599, 0.39038]),
    t([3, 5, 17, 10, 17, 16, 3], [0.0131, 0.001, 0.9783, 0.1, 0.9682, 1.5, 0.0827], [-0.24266, 0.090696, -0.41943, 0.070762, 0.010352, 0.21561, 0.23977, -0.34096]),
    t([24, 18, 26, 13, 17, 17, 0], [0.21, 4.6, 0.7258, 0.7049, 0.9883, 0.9233, f32::MAX], [-0.31411, 0.13996, 0.040913, -0.48367, 0.32686, 0.030987, 0.45952, 0.45952]),
    t([22, 23, 0, 4, 24, 0, 0], [1.5, 3.2, f32::MAX, 0.201, 0.042, f32::MAX, f32::MAX], [0.055223, 0.33308, -0.064095, 0.13606, -0.43645, -0.43645, -0.43645, -0.43645]),
    t([13, 18, 13, 26, 13, 18, 17], [0.2127, 5.76, 0.53362, 0.4627, 0.0439, 4.39, 0.917], [-0.06509, 0.3155, 0.10808, -0.31233, -0.40657, -0.1286, 0.12917, -0.15712]),
    t([12, 13, 26, 6, 26, 17, 13], [0.7, 0.932, 0.70942, 0.072, 0.798, 0.598, 0.53362], [0.087059, -0.060126, 0.34861, -0.14148, -0.10376, -0.52192, 0.12701, -0.28718]),
    t([7, 11, 18, 17, 9, 0, 23], [0.5, 1.538, 3.24, 0.8956, 0.5, f32::MAX, 4.52], [0.21368, -0.01436, -0.062149, 0.43582, -0.1551, -0.1551, -0.73822, -0.22478]),
    t([22, 0, 0, 17, 17, 0, 0], [1.5, 3.0, f32::MAX, 0.7896, 0.931, f32::MAX, f32::MAX], [0.23465, -0.0054124, -0.16781, 0.20051, -0.41135, -0.41135, -0.41135, -0.41135]),
    t([12, 21, 18, 13, 0, 0, 26], [0.7, 0.5, 3.77, 0.2127, 2.35, f32::MAX, 0.70942], [0.10594, -0.051827, 0.29114, -0.0084045, -0.060297, -0.060297, -0.48446, -0.13274]),
    t([25, 4, 13, 13, 11, 23, 13], [0.5, 0.307, 0.6266, 0.8817, 2.65435, 3.8, 0.73434], [-0.10903, 0.18432, 0.086138, -0.26953, 0.27892, -0.1305, 0.44087, 0.15022]),
    t([3, 4, 26, 18, 12, 22, 24], [0.0131, 0.438, 0.834, 6.727, 0.37, 1.5, 0.0745], [-0.13384, -0.55042, 0.20869, -0.31527, 0.066926, -0.38782, -0.37823, 0.17279]),
    t([7, 15, 26, 18, 17, 0, 0], [0.5, 0.5, 0.70942, 4.6, 0.95416, f32::MAX, f32::MAX], [-0.15449, 0.025201, 0.37804, -0.066179, -0.60899, -0.60899, -0.044088, -0.044088]),
    t([23, 19, 9, 3, 13, 10, 11], [3.07, 0.5, 0.5, 0.6595, 0.36114, 0.37, 1.7306], [0.31775, 0.10616, 0.1208, -0.7117, -0.0465, 0.13241, 0.14388, 0.38938]),
    t([24, 12, 26, 26, 17, 0, 13], [0.21, 0.7, 0.4498, 0.6081, 0.598, f32::MAX, 0.655], [0.041678, -0.05694, -0.018765, -0.40329, -0.18366, -0.18366, 0.32902, 0.060516]),
    t([13, 23, 17, 0, 17, 11, 12], [0.932, 5.695, 0.8272, 3.73, 0.8096, 1.597, 0.55], [-0.010908, 0.44986, 0.024538, -0.3071, 0.18823, -0.44258, 0.1831, 0.82108]),
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
