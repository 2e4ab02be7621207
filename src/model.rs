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
    t([0, 23, 9, 7, 10, 13, 0], [2.86, 3.82, 0.5, 0.5, 0.1, 0.917, f32::MAX], [0.55024, 0.028219, -0.068202, 0.44796, -0.52326, -0.055844, 0.48645, 0.48645]),
    t([3, 10, 22, 1, 23, 8, 0], [0.1059, 0.1, 1.5, 0.5, 5.05, 0.5, f32::MAX], [-0.12015, -0.42871, 0.35377, -0.258, 0.4138, 0.14547, -0.57134, -0.57134]),
    t([3, 10, 18, 14, 23, 13, 22], [0.1059, 0.1, 3.94, 0.5, 5.05, 0.8283, 1.5], [-0.32093, 0.22981, 0.27386, -0.1935, -0.15399, 0.32699, 0.34034, -0.43234]),
    t([23, 22, 9, 23, 0, 10, 3], [4.31, 1.5, 0.5, 3.82, f32::MAX, 0.3, 0.006125], [0.3231, 0.10971, -0.46671, -0.46671, -0.27472, 0.23671, 0.24479, 0.47001]),
    t([3, 13, 11, 11, 11, 16, 13], [0.1059, 0.7798, 1.763, 1.763, 2.6745, 1.0, 0.732], [0.12961, -0.27186, 0.28495, -0.21806, 0.24227, 0.35674, -0.067189, 0.28001]),
    t([23, 18, 13, 4, 3, 14, 12], [3.82, 3.68, 0.876, 0.286, -0.023515, 0.5, 0.7], [-0.33106, 0.20609, -0.052921, 0.29473, -0.22303, 0.23665, 0.27496, -0.22101]),
    t([3, 1, 10, 11, 11, 13, 12], [0.011875, 0.5, 0.1, 3.636, 1.763, 0.019, 0.37], [-0.035166, 1.0537, 0.13215, -0.28128, 0.26992, -0.055651, 0.29561, 0.071892]),
    t([23, 18, 13, 4, 23, 9, 12], [3.82, 3.94, 0.8283, 0.251, 3.45, 0.5, 0.7], [-0.15467, 0.16716, 0.30144, 0.17345, -0.19036, 0.33743, 0.20963, -0.18762]),
    t([11, 23, 13, 12, 0, 13, 12], [1.763, 5.722, 0.611, 0.1, f32::MAX, 0.009265, 0.45], [0.2979, 0.084827, -0.38979, -0.38979, 0.13088, -0.22283, 0.1919, -0.030874]),
    t([3, 1, 12, 7, 13, 23, 13], [0.011875, 0.5, 0.82, 0.5, 0.9476, 3.45, 0.428], [-0.082454, 0.5545, -0.24959, 0.095168, 0.27838, 0.065714, -0.032067, -0.37741]),
    t([11, 0, 13, 6, 18, 9, 0], [1.763, 3.45, 0.6886, 0.1252, 4.7, 0.5, 4.38], [0.29285, 0.10438, -0.36505, 0.099187, -0.15287, 0.29717, 0.026395, 0.32463]),
    t([23, 7, 7, 22, 13, 13, 1], [5.05, 0.5, 0.5, 1.5, 0.917, 0.611, 0.5], [0.1212, -0.4234, -0.37956, 0.014393, -0.30141, -0.036751, 0.56177, -0.20484]),
    t([10, 3, 3, 6, 7, 0, 17], [0.1, 0.217, 0.0256, 0.1602, 0.5, 3.92, 0.815], [-0.051164, -0.26495, 0.13863, -0.28797, 0.058303, -0.38583, 0.2259, -0.11494]),
    t([23, 6, 9, 12, 0, 13, 23], [3.45, 0.252, 0.5, 0.55, f32::MAX, 0.009265, 5.445], [0.28583, 0.086386, -0.029945, -0.029945, 0.15526, -0.079497, 0.33785, 0.13483]),
    t([13, 18, 3, 20, 11, 17, 3], [0.9476, 4.32, -0.05814, 0.5, 2.6745, 0.62, -0.04156], [-0.14831, 0.15367, 0.099949, -0.12911, -0.36308, 0.041046, 0.57006, 0.13101]),
    t([17, 16, 13, 9, 4, 0, 18], [0.815, 1.0, 0.009265, 0.5, 0.239, f32::MAX, 5.06], [-0.035903, 0.22926, -0.00033037, 0.24317, 0.14871, 0.14871, -0.52059, -0.035278]),
    t([3, 13, 18, 11, 1, 17, 12], [0.011875, 0.6545, 4.78, 1.911, 0.5, 0.668, 0.82], [0.047477, -0.28645, 0.20111, -0.081172, 0.042405, -0.22771, 0.149, -0.25472]),
    t([10, 0, 0, 23, 6, 17, 18], [0.3, 4.38, 3.92, 5.05, 0.1115, 0.815, 5.06], [0.0087872, -0.18896, -0.30779, 0.30173, 0.25759, -0.096844, -0.37544, 0.10387]),
    t([2, 23, 0, 5, 4, 0, 0], [0.5, 3.45, f32::MAX, 0.001, 0.239, f32::MAX, f32::MAX], [0.21801, -0.078857, -0.13171, 0.021518, -0.38677, -0.38677, -0.38677, -0.38677]),
    t([3, 4, 13, 10, 1, 0, 13], [0.1526, 0.3442, 0.13, 0.18, 0.5, 2.97, 0.732], [-0.24298, 0.18703, 0.18174, -0.048315, 0.1413, 0.44764, -0.16002, 0.13748]),
    t([2, 22, 4, 1, 0, 0, 0], [0.5, 1.5, 0.501, 0.5, f32::MAX, f32::MAX, f32::MAX], [0.080773, -0.031023, -0.36088, -0.36088, -0.37697, -0.37697, -0.11924, -0.11924]),
    t([9, 23, 3, 4, 0, 0, 0], [0.5, 4.0, 0.011875, 0.146, 4.38, f32::MAX, f32::MAX], [-0.093927, 0.1166, -0.084011, 0.12689, 0.0083929, 0.0083929, 0.29271, 0.29271]),
    t([13, 13, 12, 23, 4, 17, 24], [0.8283, 0.0308, 0.7, 4.86, 0.274, 0.895, 0.037], [0.20253, -0.20282, -0.21157, -0.024097, 0.13346, -0.25037, 0.090821, -0.35897]),
    t([23, 3, 17, 12, 17, 16, 13], [3.45, 0.339, 0.815, 0.37, 0.539, 2.35, 0.009265], [0.15431, -0.11515, 0.10143, 0.28613, -0.010695, 0.31649, 0.10277, -0.26908]),
    t([13, 10, 18, 4, 0, 4, 11], [0.9476, 0.1, 3.77, 0.3873, 4.09, 0.3723, 1.911], [0.0013782, -0.17543, 0.082912, -0.2643, -0.059321, 0.36998, 0.27566, -0.0034155]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 3, 23, 0, 10, 13], [4.07, 1.5, 0.12336, 3.62, f32::MAX, 0.37, 0.127], [0.69688, 0.31537, -0.78648, -0.78648, -0.63727, 0.19299, 0.52936, -0.05561]),
    t([23, 22, 9, 6, 0, 11, 0], [4.69, 1.5, 0.5, 0.01, f32::MAX, 1.7986, f32::MAX], [0.47933, 0.11472, -0.61132, -0.61132, -0.27665, -0.54972, 0.76647, 0.76647]),
    t([23, 22, 10, 5, 0, 14, 0], [3.77, 1.5, 0.18, 0.001, f32::MAX, 0.5, 3.48], [0.41096, -0.055172, -0.47524, -0.47524, -0.3521, 0.23618, 0.34852, -0.32993]),
    t([3, 10, 13, 13, 23, 12, 10], [0.0147, 0.1, 0.127, 0.7701, 4.92, 0.3, 0.1], [-0.44991, -0.21455, 0.14469, -0.3238, 0.45581, -0.088485, -0.14191, 0.22208]),
    t([6, 22, 10, 17, 0, 13, 13], [0.045, 1.5, 0.1, 0.972, f32::MAX, 0.93594, 0.808965], [0.31785, -0.024555, -0.46277, -0.46277, -0.2954, 0.27799, -0.06218, 0.37479]),
    t([0, 22, 9, 13, 0, 13, 0], [3.07, 1.5, 0.5, 0.127, f32::MAX, 0.93594, f32::MAX], [0.36956, 0.060025, -0.51843, -0.51843, -0.31556, 0.35533, 0.60188, 0.60188]),
    t([11, 22, 3, 17, 0, 13, 11], [1.9237, 1.5, 0.183, 0.8935, f32::MAX, 0.604, 3.113], [0.24279, -0.0049847, -0.47901, -0.47901, -0.37333, -0.1401, 0.14238, -0.50613]),
    t([23, 4, 13, 17, 23, 0, 13], [3.42, 0.02, 0.04112, 0.9173, 3.07, 3.48, 0.63], [0.24292, -0.40948, 0.40945, 0.26901, 0.34566, -0.39207, -0.24407, 0.071191]),
    t([11, 13, 3, 18, 13, 12, 0], [2.7057, 0.0815, 0.242, 4.27, 0.63, 0.37, 2.4], [-0.32769, 0.29582, -0.11306, 0.11783, 0.13052, -0.47048, -0.2528, 0.45808]),
    t([10, 18, 22, 16, 11, 0, 0], [0.1, 4.994, 1.5, 1.0, 1.9237, 3.88, f32::MAX], [-0.36114, -0.11091, 0.082088, -0.20195, 0.15597, -0.19202, -0.44974, -0.44974]),
    t([3, 5, 17, 12, 23, 7, 4], [0.0147, 0.001, 0.935, 0.55, 3.77, 0.5, 0.146], [0.010519, -0.4434, -0.91411, -0.34674, 0.13937, -0.61241, -0.38413, 0.030578]),
    t([9, 23, 11, 19, 13, 0, 0], [0.5, 3.2, 1.7345, 0.5, 0.93594, f32::MAX, f32::MAX], [0.25807, -0.27651, -0.075294, 0.23578, 0.31808, 0.31808, 0.58912, 0.58912]),
    t([13, 11, 13, 5, 24, 17, 17], [0.167, 1.597, 0.5044, 0.056, 0.501, 0.7903, 0.9271], [0.31971, -0.08195, -0.28497, 0.074655, -0.0022902, -0.26231, 0.13169, -0.17089]),
    t([6, 23, 9, 3, 4, 21, 0], [0.072, 4.57, 0.5, 0.0237, 0.3165, 0.5, f32::MAX], [-0.25132, 0.096271, 0.73618, -0.079314, -0.10373, 0.12522, 0.38222, 0.38222]),
    t([22, 11, 0, 7, 3, 0, 0], [1.5, 2.7057, f32::MAX, 0.5, 0.692, f32::MAX, f32::MAX], [0.043201, -0.53037, -0.30457, 0.21587, -0.41319, -0.41319, -0.41319, -0.41319]),
    t([17, 3, 18, 11, 11, 0, 10], [0.991, 0.876, 3.98, 1.533, 2.1288, f32::MAX, 0.3], [0.08425, -0.052754, 0.23251, 0.5066, 0.21575, 0.21575, -0.85128, -0.1517]),
    t([17, 0, 13, 12, 11, 13, 24], [0.799425, 2.97, 0.93594, 0.63, 1.7345, 0.127, 0.78012], [0.24918, -0.19062, 0.13815, -0.25118, 0.13773, -0.10366, 0.33572, -0.17082]),
    t([4, 3, 18, 5, 4, 17, 3], [0.4578, 0.0147, 4.62, 0.001, 0.146, 0.8849, -0.0373], [-0.050327, -0.31663, -0.10461, 0.068636, -0.35381, 0.087123, 0.38123, 0.10909]),
    t([11, 22, 3, 23, 0, 0, 0], [3.113, 1.5, 0.692, 3.07, f32::MAX, f32::MAX, f32::MAX], [0.18495, -0.00019034, -0.39227, -0.39227, -0.48853, -0.48853, -0.020579, -0.020579]),
    t([13, 23, 24, 13, 17, 18, 16], [0.7701, 4.18, 0.806, 0.22894, 0.947, 4.27, 3.07], [0.19961, -0.058457, -0.14049, 0.23445, -0.17273, 0.19574, -0.50472, 0.1914]),
    t([4, 10, 23, 13, 18, 17, 13], [0.02, 0.37, 3.62, 0.257, 4.994, 0.98038, 0.4233], [0.048037, -0.30734, 0.40581, 0.1759, 0.21057, -0.016592, -0.088608, 0.045221]),
    t([9, 17, 11, 3, 18, 0, 0], [0.5, 0.991, 1.7345, 0.876, 4.916, f32::MAX, f32::MAX], [-0.0086098, 0.25099, 0.055856, -0.53944, 0.1402, 0.1402, 0.41106, 0.41106]),
    t([22, 11, 0, 7, 6, 0, 0], [1.5, 3.113, f32::MAX, 0.5, 0.01, f32::MAX, f32::MAX], [0.019786, -0.38397, -0.002302, -0.46007, -0.37257, -0.37257, -0.37257, -0.37257]),
    t([21, 4, 18, 4, 3, 24, 0], [0.5, 0.4578, 5.72, 0.401, -0.0373, 0.838, 2.35], [-0.016788, -0.20212, 0.24192, -0.00035837, 0.24027, -0.31993, 0.17176, -0.42808]),
    t([17, 3, 24, 13, 24, 17, 10], [0.799425, 0.068, 0.5148, 0.604, 0.6155, 0.8344, 0.37], [-0.22211, 0.13058, 0.18801, -0.48412, -0.51166, -0.09555, -0.017612, 0.16494]),
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
