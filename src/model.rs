//! The line scorer: gradient-boosted regression trees over shape and context features of
//! each line, one ensemble for article text and one for page text.
//!
//! The trees in [`TREES_0`] and [`TREES_1`] are fitted by `scripts/train.py` (run it to
//! reproduce them); the features are computed here and nowhere else, so the trainer and the
//! cleaner always agree on them.

use crate::stats::Stats;

/// Number of features.
pub(crate) const NF: usize = 23;

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
}

/// Neighbours looked at on each side.
const WINDOW: usize = 3;

/// Computes the features of every non-blank line; blank lines get `None`.
pub(crate) fn features(lines: &[LineView]) -> Vec<Option<[f32; NF]>> {
    let nb: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
    let mut out = vec![None; lines.len()];
    let m = nb.len();
    if m == 0 {
        return out;
    }
    let first_content = nb.iter().position(|&i| lines[i].content);
    let last_content = nb.iter().rposition(|&i| lines[i].content);
    // Distance (in non-blank lines) to the nearest content line.
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
    let doc_tiny_frac = tiny / m as f32;
    let doc_short_frac = short / m as f32;
    let ln_doc_lines = (1.0 + m as f32).ln();
    let caps_base = caps_baseline(lines);
    // ln(1 + words) of each non-blank line, computed once: each line is read by its neighbours.
    let lnw: Vec<f32> = nb.iter().map(|&i| (1.0 + lines[i].stats.words as f32).ln()).collect();
    for k in 0..m {
        let line = &lines[nb[k]];
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
            words += lnw[j];
            content += o.content as u8 as f32;
        }
        let n = n.max(1.0);
        let d = if dist[k] == u32::MAX {
            50.0
        } else {
            dist[k].min(50) as f32
        };
        out[nb[k]] = Some([
            lnw[k],
            s.ends_sentence as u8 as f32,
            s.ends_colon as u8 as f32,
            s.caps as f32 / w - caps_base,
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
            first_content.map_or(1.0, |f| (k < f) as u8 as f32),
            last_content.map_or(1.0, |l| (k > l) as u8 as f32),
            (1.0 + d).ln(),
            doc_short_frac,
            ln_doc_lines,
            (s.words <= 2) as u8 as f32,
            (k > 0 && lines[nb[k - 1]].cut) as u8 as f32,
            (k + 1 < m && lines[nb[k + 1]].cut) as u8 as f32,
            doc_tiny_frac,
        ]);
    }
    out
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
    t([0, 3, 9, 10, 7, 13, 0], [2.86, 0.1059, 0.5, 0.1, 0.5, 0.917, f32::MAX], [-0.26793, 0.4701, 0.5068, 0.016614, -0.52354, -0.056771, 0.49918, 0.49918]),
    t([8, 7, 13, 2, 17, 9, 12], [0.5, 0.5, 0.77995, 0.5, 0.501, 0.5, 0.7], [0.38514, -0.23041, 0.21087, -0.4188, -0.39497, 0.29727, 0.17234, -0.44573]),
    t([3, 10, 18, 1, 0, 13, 0], [0.1059, 0.1, 3.94, 0.5, 3.65, 0.829, 2.1], [-0.065692, -0.37145, 0.27011, -0.26722, -0.12745, 0.31825, 0.39317, 0.22265]),
    t([0, 11, 9, 3, 0, 13, 3], [2.74, 1.763, 0.5, -0.0235, 2.1, 0.876, 0.0119], [0.17355, 0.3758, 0.25596, -0.084826, -0.31156, 0.015617, 0.13416, 0.40659]),
    t([3, 11, 10, 0, 1, 6, 12], [0.0609, 2.02583, 0.1, 3.45, 0.5, 0.047, 0.37], [0.20282, -0.26824, 0.011246, -0.28288, 0.26771, -0.038379, 0.3479, 0.15883]),
    t([3, 10, 18, 9, 0, 13, 13], [0.1059, 0.3, 4.32, 0.5, 3.92, 0.829, 0.7336], [-0.19781, 0.26555, 0.30661, -0.16129, -0.11931, 0.21402, 0.16183, 0.31827]),
    t([16, 13, 17, 13, 10, 7, 11], [1.0, 0.6888, 0.895, 0.0093, 0.1, 0.5, 1.763], [0.078701, -0.22666, 0.0011489, 0.24527, 0.28904, -0.08104, 0.12183, -0.40225]),
    t([3, 13, 10, 11, 1, 13, 0], [0.0119, 0.6547, 0.1, 1.911, 0.5, 0.876, 2.2], [0.051417, -0.33039, 0.33234, -0.12771, -0.051548, 0.20931, 0.28957, 0.15743]),
    t([11, 0, 0, 12, 0, 4, 13], [1.763, 3.92, 2.1, 0.1, f32::MAX, 0.202, 0.9476], [0.28764, 0.086608, -0.35571, -0.35571, -0.039479, 0.22343, -0.15977, 0.15286]),
    t([3, 7, 12, 13, 0, 13, 13], [0.0119, 0.5, 0.82, 0.829, 3.65, 0.0093, 0.1307], [-0.2567, 0.012095, -0.36753, 0.77034, 0.32727, 0.070389, 0.070885, -0.30322]),
    t([10, 13, 0, 17, 13, 11, 3], [0.1, 0.0093, 3.45, 0.301, 0.829, 2.298, 0.0609], [-0.36141, 0.29263, -0.1762, 0.043394, 0.25342, 0.039262, -0.24145, 0.22506]),
    t([0, 18, 9, 17, 3, 10, 3], [1.9, 4.03, 0.5, 0.539, 0.34, 0.3, 0.0119], [-0.51759, 0.16551, 0.18074, 0.29622, -0.091436, 0.16393, 0.094827, 0.31596]),
    t([11, 3, 13, 0, 0, 13, 0], [1.763, -0.089, 0.6547, f32::MAX, 3.92, 0.0093, 4.38], [-0.47076, -0.47076, 0.21462, -0.29656, 0.12772, -0.16126, 0.012327, 0.32592]),
    t([0, 3, 17, 0, 18, 16, 11], [1.9, 0.1059, 0.895, f32::MAX, 4.03, 2.35, 1.763], [-0.10647, -0.10647, 0.086888, 0.25834, -0.030133, 0.29529, -0.16065, -0.51665]),
    t([6, 3, 4, 0, 1, 13, 12], [0.047, -0.07482, 0.239, f32::MAX, 0.5, 0.045, 0.7], [-0.4606, -0.4606, 0.17905, -0.2579, 0.10906, -0.26755, 0.054944, -0.1926]),
    t([0, 4, 7, 0, 3, 9, 1], [3.28, 0.3097, 0.5, 2.6, -0.0472, 0.5, 0.5], [0.011746, -0.23376, -0.2043, 0.16341, -0.17445, 0.16618, 0.73436, -0.23862]),
    t([13, 18, 12, 11, 11, 3, 22], [0.9476, 4.78, 0.7, 3.1055, 2.6745, -0.05803, 0.037], [-0.14167, 0.051193, 0.1408, -0.26009, 0.0075324, 0.23144, 0.193, -0.32106]),
    t([10, 0, 17, 3, 6, 0, 13], [0.1, 4.38, 0.696, 0.1526, 0.1115, 4.09, 0.6113], [-0.15457, 0.057636, -0.31495, 0.3008, 0.17776, -0.33934, -0.34222, 0.11705]),
    t([2, 13, 4, 13, 12, 0, 0], [0.5, 0.876, 0.501, 0.1587, 0.7, f32::MAX, f32::MAX], [0.058593, -0.085574, 0.15313, -0.17036, -0.38805, -0.38805, -0.1193, -0.1193]),
    t([0, 18, 9, 17, 17, 17, 3], [1.9, 4.03, 0.5, 0.539, 0.668, 0.895, 0.0119], [-0.40817, 0.12134, 0.24598, 0.086844, -0.025963, -0.32932, 0.037954, 0.28028]),
    t([2, 0, 4, 4, 1, 0, 0], [0.5, 3.28, 0.501, 0.239, 0.5, f32::MAX, f32::MAX], [-0.071924, 0.094851, 0.25724, -0.1281, -0.35611, -0.35611, -0.11124, -0.11124]),
    t([13, 14, 12, 4, 13, 0, 22], [0.829, 0.5, 0.7, 0.274, 0.1054, 4.38, 0.037], [-0.17554, -0.0097672, 0.20053, -0.33488, 0.065196, 0.32175, 0.043453, -0.34611]),
    t([3, 6, 17, 6, 0, 4, 22], [0.1526, 0.1484, 0.7318, 0.1214, 2.74, 0.3873, 0.136], [-0.051966, 0.11606, 0.033486, -0.25032, 0.13821, -0.16627, 0.10894, -0.24732]),
    t([10, 6, 22, 5, 4, 6, 18], [0.1, 0.047, 0.112, 0.001, 0.3442, 0.134, 2.6], [0.13032, -0.1951, -0.13323, 0.0038505, -0.37128, 0.12126, 0.48221, 0.083164]),
    t([9, 18, 0, 13, 11, 0, 0], [0.5, 4.32, 3.65, 0.1054, 2.6745, f32::MAX, f32::MAX], [-0.27147, -0.028555, 0.07867, -0.09005, 0.27285, 0.27285, 0.001796, 0.001796]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const TREES_1: [Tree; 25] = [
    t([0, 6, 9, 13, 10, 3, 3], [2.6, 0.01, 0.5, 0.128, 0.1, 0.1821, -0.00704], [0.76881, 0.51402, -0.16118, 0.35063, -0.64178, 0.12336, 0.45118, 0.69216]),
    t([0, 0, 9, 5, 13, 4, 0], [3.07, 1.9, 0.5, 0.001, 0.128, 0.146, f32::MAX], [0.48823, -0.039322, 0.45548, -0.095321, 0.26585, -0.52135, 0.42006, 0.42006]),
    t([3, 13, 6, 10, 10, 17, 10], [0.0236, 0.889, 0.072, 0.1, 0.22, 0.9715, 0.18], [-0.47533, -0.19967, -0.0031152, 0.70128, 0.40161, -0.0086279, -0.12666, 0.3101]),
    t([0, 13, 11, 12, 13, 3, 13], [3.07, 0.128, 1.734, 0.3, 0.63053, 0.0236, 0.9362], [0.45009, -0.10184, -0.14678, 0.20952, -0.23503, 0.21147, -0.42634, 0.27397]),
    t([0, 17, 10, 7, 4, 14, 13], [2.0, 0.9101, 0.1, 0.5, 0.02, 0.5, 0.8104], [0.38467, -0.55274, -0.30253, 0.21189, -0.31935, 0.1709, -0.041639, 0.37343]),
    t([11, 13, 3, 0, 17, 0, 17], [1.923, 0.0817, 0.1821, 3.48, 0.8226, 2.0, 0.8751], [0.39608, -0.24563, 0.28234, -0.055937, 0.060627, -0.32226, 0.19518, -0.21978]),
    t([6, 4, 13, 13, 0, 13, 17], [0.046, 0.317, 0.771, 0.22894, 2.0, 0.04116, 0.9582], [0.30585, -0.060732, 0.37834, 0.12344, 0.24121, -0.19599, 0.21206, -0.27126]),
    t([11, 10, 10, 3, 0, 13, 18], [2.7057, 0.1, 0.3, 0.00592, 3.88, 0.9362, 5.483], [-0.232, -0.001513, 0.16042, -0.23465, -0.42296, 0.11926, 0.41207, -0.19309]),
    t([17, 11, 18, 18, 13, 0, 3], [0.9896, 1.597, 3.98, 5.72, 0.5544, f32::MAX, 0.373], [0.22039, -0.043084, -0.18235, 0.050714, 0.20378, 0.20378, -0.017684, -0.74017]),
    t([13, 18, 21, 17, 0, 9, 17], [0.04116, 4.46, 0.5, 0.715, 3.48, 0.5, 0.9582], [-0.057773, -0.46974, 0.32527, -0.36881, -0.080404, 0.52907, 0.25564, -0.12396]),
    t([0, 4, 9, 17, 0, 13, 0], [2.97, 0.245, 0.5, 0.8751, 1.9, 0.889, 3.73], [0.09131, -0.22586, 0.3307, 0.095273, -0.22341, 0.17273, 0.40805, 0.21892]),
    t([11, 7, 3, 3, 18, 16, 0], [3.113, 0.5, 0.691, 0.0144, 3.35, 0.3, f32::MAX], [-0.087211, 0.072628, -0.16171, -0.71704, -0.40856, -0.72666, -0.15072, -0.15072]),
    t([4, 10, 12, 17, 13, 3, 16], [0.4586, 0.37, 0.37, 0.9896, 0.5047, -0.0373, 0.3], [-0.040077, -0.38865, 0.0038044, 0.29347, 0.49351, 0.15354, -0.25594, 0.32654]),
    t([0, 19, 13, 3, 13, 13, 4], [1.7, 0.5, 0.63053, -0.057975, 0.3723, 0.167, 0.02], [-0.4657, 0.21127, 0.13134, -0.95364, 0.063163, -0.15802, -0.4064, 0.088304]),
    t([12, 17, 22, 3, 13, 17, 13], [0.7, 0.7896, 0.693, 0.1232, 0.9362, 0.591, 0.5302], [-0.015682, 0.29804, -0.053114, 0.29652, -0.03619, -0.51277, 0.53908, -0.29368]),
    t([6, 11, 6, 3, 10, 3, 1], [0.072, 1.923, 0.112, 0.5966, 0.1, 0.5966, 0.5], [0.21213, -0.030154, -0.26402, 0.17277, -0.2489, 0.24738, -0.12459, 0.084675]),
    t([3, 4, 17, 11, 22, 11, 22], [0.8747, 0.4586, 0.9896, 2.8736, 0.7357, 2.1964, 0.806], [-0.023522, -0.31761, 0.17835, -0.089964, 0.22951, 0.60803, -0.50847, 0.053766]),
    t([13, 11, 13, 18, 5, 22, 17], [0.04116, 1.734, 0.5302, 4.46, 0.0179, 0.4584, 0.9269], [-0.15385, 0.30905, 0.05799, -0.45352, -0.39299, -0.037181, 0.1192, -0.12021]),
    t([7, 18, 22, 0, 6, 0, 0], [0.5, 5.66, 0.705, 2.97, 0.072, f32::MAX, f32::MAX], [0.11052, -0.11776, 0.041183, -0.12659, -0.54716, -0.54716, -0.013223, -0.013223]),
    t([9, 13, 11, 12, 13, 0, 0], [0.5, 0.167, 1.663, 0.1, 0.4237, f32::MAX, f32::MAX], [0.20447, -0.094132, -0.15236, 0.006398, 0.17154, 0.17154, 0.38573, 0.38573]),
    t([19, 0, 13, 5, 4, 3, 15], [0.5, 1.5, 0.3723, 0.17, 0.02, 0.8117, 0.5], [0.19623, -0.50322, -0.15828, 0.0071018, -0.090755, 0.20616, -0.83019, -0.07561]),
    t([13, 17, 22, 12, 13, 8, 22], [0.9362, 0.7896, 0.4463, 0.63, 0.128, 0.5, 0.78], [0.14304, -0.30943, 0.10602, -0.068302, 0.12837, -0.41887, 0.29246, -0.08857]),
    t([18, 0, 17, 10, 10, 15, 13], [4.62, 2.86, 0.9896, 0.1, 0.3, 0.5, 0.8104], [-0.16808, 0.16997, -0.48639, -0.21764, 0.019469, 0.30714, -0.37899, 0.055506]),
    t([4, 3, 11, 17, 13, 0, 17], [0.276, 0.09, 2.624, 0.98038, 0.22894, 2.4, 0.946605], [-0.2775, 0.55837, 0.15746, -0.05718, 0.15906, -0.00077304, -0.25566, 0.26519]),
    t([9, 11, 10, 3, 18, 0, 0], [0.5, 3.113, 0.1, 0.8747, 6.485, f32::MAX, f32::MAX], [-0.010214, 0.15918, -0.36024, 0.23172, 0.10546, 0.10546, 0.32333, 0.32333]),
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
