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
/// [`CAPS_PRIOR`] when there is little prose. The caps feature is how far a line's share lies
/// above this, as a part of the way from it to 1 (negative below it), so that languages which
/// capitalise nouns (German) or titles read like the rest: what marks a menu item is more
/// capitals than the page's own prose has, not a fixed share, and a line whose every word is
/// capitalised scores 1 in any language.
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
    t([0, 23, 9, 3, 10, 13, 0], [2.9, 3.75, 0.5, -0.0758, 0.1, 0.876, f32::MAX], [-0.070148, 0.53981, -0.10698, 0.47685, -0.52765, -0.12642, 0.50079, 0.50079]),
    t([3, 10, 8, 9, 23, 22, 10], [0.0647, 0.1, 0.5, 0.5, 5.1, 1.5, 0.1], [-0.41676, 0.32223, 0.37573, -0.37157, 0.39549, -0.58504, -0.11748, 0.3539]),
    t([3, 10, 18, 9, 23, 13, 22], [0.1128, 0.1, 3.94, 0.5, 5.1, 0.876, 1.5], [-0.34069, 0.32133, 0.2998, -0.18665, -0.11738, 0.35149, 0.34159, -0.43856]),
    t([8, 7, 13, 22, 13, 9, 12], [0.5, 0.5, 0.778, 1.5, 0.778, 0.5, 0.7], [0.26677, -0.4224, -0.45221, 0.11255, -0.31493, 0.27488, 0.21137, -0.32135]),
    t([23, 10, 13, 18, 11, 10, 12], [4.23, 0.1, 0.876, 4.34, 2.1767, 0.3, 0.7], [-0.12261, 0.1845, 0.34707, 0.21188, -0.27161, 0.17301, 0.19808, -0.17396]),
    t([3, 12, 11, 4, 1, 14, 13], [0.0647, 0.1, 1.7574, 0.221, 0.5, 0.5, 0.7305], [-0.34449, 0.2462, 0.0774, -0.27354, 0.28269, 0.35286, -0.07132, 0.24257]),
    t([23, 10, 9, 19, 18, 11, 0], [3.75, 0.1, 0.5, 0.5, 3.86, 1.7574, 3.68], [0.19364, -0.33063, 0.21108, 0.32152, 0.20536, -0.16728, 0.38322, 0.23249]),
    t([3, 10, 13, 0, 12, 13, 12], [0.1587, 0.1, 0.8269, 4.48, 0.37, 0.158, 0.78], [-0.21544, 0.168, 0.21429, -0.16936, 0.24046, -0.086467, 0.29761, -0.072648]),
    t([13, 14, 11, 9, 13, 12, 3], [0.6866, 0.5, 4.013, 0.5, 0.1877, 0.82, 0.002345], [-0.19876, 0.2312, 0.26224, -0.41773, 0.15409, -0.29406, 1.107, -0.07032]),
    t([23, 24, 13, 10, 4, 13, 18], [3.75, 0.0002, 0.8269, 0.1, 0.161, 0.0093, 4.34], [0.0059592, 0.26144, 0.16491, 0.36706, 0.16105, -0.18017, -0.068496, 0.17608]),
    t([24, 11, 13, 23, 9, 24, 26], [0.076, 1.486, 0.7305, 4.8, 0.5, 0.11, 0.1602], [0.29702, -0.18561, -0.096332, 0.25815, -0.31031, 0.20266, 0.35794, 0.24228]),
    t([25, 10, 1, 3, 0, 4, 26], [0.5, 0.3, 0.5, 0.23379, 3.92, 0.2753, 0.258], [-0.11861, 0.10227, 0.23276, -0.078396, 0.17025, 0.49256, -0.29639, 0.18212]),
    t([13, 3, 17, 11, 13, 1, 11], [0.6526, 0.0128, 0.82, 1.896, 0.158, 0.5, 1.7574], [0.042699, -0.30476, 0.12005, -0.1112, 0.24644, 0.018131, 0.015849, -0.43532]),
    t([25, 17, 4, 13, 18, 24, 1], [0.5, 0.82, 0.2753, 0.876, 5.597, 0.11, 0.5], [-0.048513, 0.11897, -0.42346, -0.079038, -0.24027, 0.28247, 0.45657, 0.076627]),
    t([10, 13, 1, 17, 9, 11, 0], [0.45, 0.0093, 0.5, 0.304, 0.5, 1.486, f32::MAX], [-0.23717, 0.27387, -0.066335, 0.27636, 0.21687, -0.090216, 0.34823, 0.34823]),
    t([23, 19, 0, 18, 0, 9, 7], [3.75, 0.5, 4.36, 4.7, f32::MAX, 0.5, 0.5], [0.06658, 0.24009, -0.26121, -0.26121, -0.098121, 0.27575, -0.016517, 0.98835]),
    t([24, 3, 13, 7, 4, 0, 11], [0.046, 0.1128, 0.468, 0.5, 0.2753, 2.9, 3.3485], [-0.14197, 0.24112, -0.043641, 0.15869, 0.10939, -0.31432, 0.1595, 0.53914]),
    t([10, 0, 3, 3, 6, 11, 18], [0.1, 4.36, 0.02749, 0.1128, 0.1115, 1.896, 5.306], [-0.16393, 0.021184, -0.34721, 0.289, 0.22304, -0.18316, 0.11203, 0.29673]),
    t([25, 13, 5, 17, 12, 0, 0], [0.5, 0.876, 0.001, 0.775, 0.7, 2.2, f32::MAX], [-0.035198, -0.35256, 0.14943, -0.14698, 0.23991, -0.13091, 0.49924, 0.49924]),
    t([2, 22, 4, 24, 0, 0, 0], [0.5, 1.5, 0.4846, 0.046, f32::MAX, f32::MAX, f32::MAX], [-0.0093634, 0.13873, -0.38889, -0.38889, -0.42357, -0.42357, -0.082648, -0.082648]),
    t([10, 13, 1, 0, 13, 21, 0], [0.45, 0.0093, 0.5, 2.9, 0.6076, 0.5, f32::MAX], [0.27204, -0.1092, -0.10785, 0.018624, 0.16873, -0.17656, 0.30959, 0.30959]),
    t([25, 17, 1, 16, 18, 3, 26], [0.5, 0.82, 0.5, 2.35, 4.88, 0.23379, 0.258], [-0.013795, 0.29365, -0.38106, -0.08359, 0.38209, 0.039365, -0.269, 0.090529]),
    t([22, 2, 0, 1, 4, 0, 0], [1.5, 0.5, f32::MAX, 0.5, 0.4846, f32::MAX, f32::MAX], [0.076279, -0.033041, -0.39177, -0.05599, -0.35553, -0.35553, -0.35553, -0.35553]),
    t([20, 18, 11, 26, 0, 23, 6], [0.5, 3.94, 2.1, 0.137, 4.36, 5.1, 0.134], [0.0032305, -0.29911, -0.0052689, 0.25791, 0.31221, -0.017875, -0.32679, 0.094802]),
    t([4, 3, 3, 5, 6, 12, 26], [0.238, 0.646, 0.1587, 0.00785, 0.1115, 0.7, 0.0613], [-0.27657, -0.016165, 0.18959, -0.23178, 0.0307, -0.20924, 0.32219, 0.081037]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([23, 22, 3, 23, 18, 24, 13], [4.1, 1.5, 0.1401, 3.45, 4.47, 0.053, 0.129], [0.63915, 0.20736, 0.33773, -0.74281, -0.69411, -0.10981, 0.55472, -0.10888]),
    t([6, 22, 10, 16, 18, 14, 0], [0.01, 1.5, 0.18, 1.0, 4.47, 0.5, 3.54], [0.13612, 0.48858, 0.44759, -0.47605, -0.45957, 0.17615, 0.32615, -0.40718]),
    t([3, 10, 10, 25, 0, 16, 22], [0.07652, 0.1, 0.1, 0.5, 3.0, 1.7, 1.5], [-0.46874, -0.052588, 0.17319, -0.31954, -0.20587, 0.2494, 0.39737, -0.30649]),
    t([23, 5, 13, 22, 11, 13, 26], [3.75, 0.001, 0.8794, 2.5, 1.3165, 0.0455, 0.79904], [0.33672, -0.38658, 0.031728, -0.47558, 0.30496, -0.3041, 0.4339, -0.42093]),
    t([11, 17, 3, 0, 13, 9, 13], [1.8095, 0.92012, 0.1885, 3.54, 0.22586, 0.5, 0.6443], [0.2965, -0.26336, 0.25316, -0.22115, -0.33883, 0.81637, -0.12394, 0.24822]),
    t([25, 3, 22, 13, 17, 23, 0], [0.5, 0.01664, 1.5, 0.7634, 0.9734, 5.71, f32::MAX], [-0.36742, 0.068026, 0.09445, -0.32545, 0.43554, -0.35332, -0.525, -0.525]),
    t([10, 13, 13, 12, 24, 13, 18], [0.1, 0.1619, 0.7634, 0.3, 0.119, 0.129, 5.98], [0.28291, -0.36675, -0.26631, 0.25218, 0.31331, -0.065669, 0.40487, 0.066738]),
    t([23, 17, 24, 6, 4, 13, 22], [3.16, 0.99004, 0.053, 0.252, 0.001, 0.67116, 1.5], [0.29711, -0.10554, -0.73535, -0.0070514, -0.22918, 0.037238, 0.24197, -0.51336]),
    t([11, 22, 9, 26, 18, 23, 0], [1.561, 1.5, 0.5, 0.6758, 4.35, 4.93, f32::MAX], [0.25111, 0.0043651, 0.30789, -0.47331, -0.040632, -0.3141, 0.77147, 0.77147]),
    t([25, 13, 13, 12, 13, 3, 17], [0.5, 0.129, 0.6168, 0.3, 0.7997, 0.07652, 0.79733], [0.24774, -0.20887, -0.15141, 0.14717, -0.12314, 0.2682, 0.54881, 0.30427]),
    t([24, 23, 22, 26, 9, 3, 0], [0.119, 3.6, 1.5, 0.6758, 0.5, 0.00706, f32::MAX], [0.17957, -0.1182, -0.11125, 0.56706, -0.052931, 0.32032, -0.41596, -0.41596]),
    t([7, 22, 12, 3, 19, 0, 26], [0.5, 1.5, 0.3, 0.00706, 0.5, f32::MAX, 0.5304], [-0.10717, 0.081697, -0.45962, 0.11119, -0.7675, -0.7675, -0.44565, -0.02745]),
    t([10, 16, 17, 18, 17, 0, 24], [0.1, 2.1, 0.894, 4.99, 0.92012, 3.0, 0.119], [-0.2907, -0.066354, 0.25214, -0.10528, 0.21289, -0.02479, -0.065979, 0.26241]),
    t([13, 13, 17, 18, 17, 11, 25], [0.6443, 0.1619, 0.9607, 6.187, 0.79733, 2.8736, 0.5], [0.19025, -0.27033, 0.051169, -0.212, 0.20274, -0.27194, -0.29394, 0.33869]),
    t([11, 6, 13, 26, 4, 26, 15], [1.498, 0.0746, 0.5425, 0.6758, 0.364, 0.4682, 0.5], [0.29561, 0.046605, -0.13267, 0.23494, -0.39186, -0.083533, 0.0032704, 0.35852]),
    t([22, 10, 23, 9, 13, 10, 11], [1.5, 0.37, 2.86, 0.5, 0.4412, 0.1, 0.995], [-0.015612, 0.46245, 0.023299, 0.3398, -0.24022, 0.29555, 0.055322, -0.46284]),
    t([12, 25, 18, 11, 4, 0, 0], [0.7, 0.5, 3.8, 0.8763, 0.001, f32::MAX, f32::MAX], [0.26796, -0.022201, -0.17614, 0.21463, 0.11968, 0.11968, -0.45361, -0.45361]),
    t([13, 0, 17, 18, 0, 15, 18], [0.0455, 3.54, 0.99004, 6.187, f32::MAX, 0.5, 3.8], [0.26845, -0.065389, -0.41856, -0.41856, -0.025537, 0.23587, 0.16539, -0.49675]),
    t([7, 17, 18, 0, 13, 0, 23], [0.5, 0.79733, 3.4, 3.0, 0.129, f32::MAX, 4.63], [0.21684, -0.14418, 0.15938, -0.058832, -0.059745, -0.059745, -0.59339, -0.1325]),
    t([4, 0, 18, 18, 13, 3, 0], [0.273, 1.0, 4.07, 4.47, 0.8794, 0.1885, 2.0], [0.37556, -0.54668, -0.11123, 0.18748, -0.46422, 0.0094959, 0.27375, 0.025655]),
    t([21, 11, 0, 4, 3, 17, 24], [0.5, 3.1768, 2.35, 0.001, 0.67, 0.8662, 0.0004], [-0.11234, 0.021432, -0.48675, 0.048851, 0.43241, 0.1138, -0.16676, 0.20828]),
    t([22, 3, 0, 11, 17, 22, 11], [1.5, 0.307, 1.2, 2.77035, 0.8839, 3.5, 0.995], [-0.0057108, -0.32037, 0.19797, -0.038074, 0.19527, -0.33349, -0.0056032, -0.43257]),
    t([13, 17, 17, 16, 23, 12, 23], [0.5425, 0.9474, 0.9274, 2.1, 5.19, 0.63, 6.451], [-0.17117, 0.11689, 0.076965, 1.3638, 0.15109, -0.17345, -0.09797, 0.72782]),
    t([9, 3, 13, 5, 24, 0, 0], [0.5, 0.00706, 0.365, 0.001, 0.072, f32::MAX, f32::MAX], [-0.010552, -0.2593, -0.0054685, 0.14476, 0.1186, 0.1186, 0.46849, 0.46849]),
    t([7, 0, 26, 12, 18, 0, 0], [0.5, 1.5, 0.7074, 0.3, 4.67, f32::MAX, f32::MAX], [0.15298, -0.20585, -0.15141, 0.02318, -0.47148, -0.47148, 0.057111, 0.057111]),
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
