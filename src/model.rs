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
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_0: [Tree; 40] = [
    t([0, 10, 9, 3, 13, 13, 23], [2.86, 0.1, 0.5, 0.0625, 0.7294, 0.812, 5.936], [-0.45874, 0.25198, 0.33548, 0.56216, -0.54047, -0.11432, 0.54001, -0.27269]),
    t([3, 10, 13, 1, 23, 11, 12], [0.04888, 0.22, 0.812, 0.5, 5.12, 1.7166, 0.7], [-0.12345, -0.42168, 0.34729, -0.28776, 0.45267, -0.039973, 0.44475, 0.11326]),
    t([23, 10, 9, 3, 13, 13, 0], [4.894, 0.1, 0.5, 0.1199, 0.768, 0.812, 4.14], [-0.23944, 0.16737, 0.20465, 0.38755, -0.37559, -0.11137, 0.39702, -0.201]),
    t([3, 13, 13, 11, 11, 14, 12], [0.0625, 0.812, 0.7294, 1.7166, 2.6933, 0.5, 0.7], [0.1064, -0.31224, 0.24317, -0.27822, -0.12505, 0.31007, 0.32412, 0.10056]),
    t([23, 18, 10, 13, 24, 9, 13], [3.7, 3.57, 0.18, 0.856, 0.0002, 0.5, 0.7294], [-0.15462, 0.39779, 0.2869, 0.42515, -0.21982, 0.35996, -0.010156, 0.29225]),
    t([23, 13, 9, 11, 12, 1, 23], [5.01, 0.856, 0.5, 1.7166, 0.7, 0.5, 5.862], [0.28068, -0.070875, 0.30692, 0.11297, 0.15765, -0.27561, 0.32723, -0.16195]),
    t([23, 18, 13, 15, 3, 9, 12], [3.8, 3.57, 0.812, 0.5, -0.041015, 0.5, 0.7], [-0.1206, 0.33512, -0.16403, 0.26661, -0.19088, 0.23008, 0.1628, -0.14567]),
    t([3, 24, 22, 20, 11, 10, 0], [0.0625, 0.078, 1.5, 0.5, 2.58704, 0.18, f32::MAX], [-0.18921, 0.17208, 0.27202, -0.17549, 0.052333, 0.24335, -0.56976, -0.56976]),
    t([24, 11, 17, 0, 13, 0, 4], [0.13, 1.5173, 0.413, 3.92, 0.856, f32::MAX, 0.201], [0.29221, -0.32071, -0.11786, 0.1098, 0.085675, 0.085675, 0.22943, 0.34158]),
    t([10, 14, 11, 13, 13, 23, 24], [0.1, 0.5, 2.0585, 0.6565, 0.3586, 5.21, 0.042], [-0.19767, 0.00046415, 0.29788, -0.35195, 0.23529, -0.046761, -0.042478, 0.25537]),
    t([25, 9, 22, 3, 23, 1, 0], [0.5, 0.5, 1.5, 0.0964, 5.862, 0.5, f32::MAX], [-0.12448, 0.04684, 0.33481, -0.11441, 0.39997, 0.029871, -0.29775, -0.29775]),
    t([23, 18, 13, 21, 19, 13, 12], [3.7, 4.15, 0.897, 0.5, 0.5, 0.1405, 0.7], [-0.037637, 0.33013, 0.25599, -0.091381, 0.034927, -0.14396, 0.16527, -0.061569]),
    t([20, 1, 23, 11, 9, 17, 5], [0.5, 0.5, 5.66, 3.293, 0.5, 0.735, 0.0228], [0.0070857, 0.39193, -0.14353, 0.28559, 0.26727, 0.0008568, -0.28358, 0.059472]),
    t([24, 11, 23, 14, 13, 4, 10], [0.056, 1.5173, 3.7, 0.5, 0.812, 0.002, 0.18], [0.02643, 0.33414, -0.093027, 0.053699, 0.12771, 0.35678, 0.010399, 0.26846]),
    t([22, 25, 0, 10, 1, 0, 0], [1.5, 0.5, f32::MAX, 0.1, 0.5, f32::MAX, f32::MAX], [-0.055654, 0.068721, 0.34816, 0.0049795, -0.43004, -0.43004, -0.43004, -0.43004]),
    t([13, 13, 12, 3, 24, 18, 18], [0.856, 0.1405, 0.7, 0.012545, 0.0252, 5.21, 3.65], [-0.13925, 0.14516, -0.14431, 0.097813, 0.16076, -0.08787, 0.14091, -0.33203]),
    t([23, 6, 9, 19, 18, 23, 23], [3.1, 0.252, 0.5, 0.5, 3.35, 6.147, 5.936], [0.29317, -0.025084, -0.42683, -0.11001, -0.046271, 0.20094, 0.26496, -0.17902]),
    t([25, 3, 4, 5, 23, 24, 17], [0.5, 0.62, 0.278, 0.005325, 3.54, 0.13, 0.387], [-0.077834, 0.044626, 0.29114, 0.00026127, -0.19842, 0.22434, -0.17986, 0.36604]),
    t([22, 23, 0, 7, 7, 0, 0], [1.5, 5.21, f32::MAX, 0.5, 0.5, f32::MAX, f32::MAX], [0.055586, -0.28774, -0.13757, 0.50816, -0.38101, -0.38101, -0.38101, -0.38101]),
    t([13, 13, 6, 18, 4, 23, 24], [0.69, 0.1405, 0.153, 4.65, 0.2426, 6.147, 0.078], [-0.024093, 0.1807, -0.25574, -0.047938, 0.090156, 0.3887, -0.12149, 0.21663]),
    t([2, 1, 4, 23, 10, 0, 0], [0.5, 0.5, 0.478, 4.62, 0.22, f32::MAX, f32::MAX], [0.013944, 0.29037, -0.099507, 0.13426, -0.39446, -0.39446, -0.12758, -0.12758]),
    t([26, 13, 23, 5, 26, 17, 5], [0.271, 0.897, 5.21, 0.2107, 0.0239, 0.704, 0.0228], [-0.079382, 0.1826, -0.23363, 0.12455, 0.24046, 0.039097, -0.34689, -0.060421]),
    t([9, 12, 0, 17, 4, 17, 0], [0.5, 0.1, 4.14, 0.897, 0.43, 0.566, f32::MAX], [0.13944, -0.21893, -0.0082477, -0.19119, 0.29185, 0.11366, -0.15666, -0.15666]),
    t([4, 3, 5, 18, 17, 12, 16], [0.084, 0.410665, 0.2107, 3.57, 0.8165, 0.1, 1.0], [-0.38561, -0.11038, 0.15035, -0.24794, 0.12361, -0.016488, 0.38507, 0.022142]),
    t([20, 3, 13, 23, 17, 5, 11], [0.5, 0.314, 0.267, 6.147, 0.6497, 0.0783, 2.9956], [-0.061256, 0.11201, 0.17582, -0.052867, -0.2442, 0.29996, 0.22717, -0.24591]),
    t([24, 3, 23, 7, 4, 7, 13], [0.042, 0.04888, 4.775, 0.5, 0.2426, 0.5, 0.9648], [-0.11304, 0.23772, -0.073482, 0.072306, 0.16415, -0.26996, -0.16293, 0.30766]),
    t([21, 9, 18, 25, 23, 23, 26], [0.5, 0.5, 3.28, 0.5, 5.862, 3.8, 0.1002], [-0.039893, 0.14476, 0.24196, -0.047142, 0.21101, -0.25236, -0.21293, 0.24007]),
    t([22, 13, 0, 13, 11, 0, 0], [1.5, 0.812, f32::MAX, 0.1405, 2.9956, f32::MAX, f32::MAX], [0.050165, -0.066888, 0.098216, -0.074434, -0.33401, -0.33401, -0.33401, -0.33401]),
    t([3, 5, 3, 12, 11, 6, 23], [-0.05404, 0.0534, -0.047345, 0.18, 2.8023, 0.146, 3.7], [0.020565, -0.3335, -0.048797, 0.43613, 0.44701, -0.19916, 0.072951, -0.029134]),
    t([2, 22, 4, 24, 17, 0, 0], [0.5, 1.5, 0.478, 0.042, 0.753, f32::MAX, f32::MAX], [-0.0065069, 0.084987, -0.33166, -0.097239, -0.36351, -0.36351, -0.049121, -0.049121]),
    t([5, 18, 4, 23, 18, 18, 18], [0.005325, 2.4, 0.084, 5.12, 3.94, 3.42, 4.44], [0.40331, -0.27767, -0.12483, 0.022917, -0.3317, 0.026702, 0.12989, -0.076597]),
    t([15, 16, 14, 26, 17, 0, 0], [0.5, 2.1, 0.5, 0.13, 0.897, 2.6, f32::MAX], [0.032814, -0.062584, 0.24709, -0.24563, 0.23608, -0.12274, -0.36226, -0.36226]),
    t([9, 21, 23, 23, 18, 1, 13], [0.5, 0.5, 5.457, 6.147, 3.16, 0.5, 0.546], [-0.035694, 0.1259, -0.13697, 0.1429, 0.10231, 0.29806, -0.41392, 0.19596]),
    t([20, 3, 13, 6, 23, 11, 17], [0.5, 0.2405, 0.0848, 0.153, 4.775, 1.917, 0.735], [0.0018431, -0.12189, 0.019141, 0.37171, 0.064355, -0.35362, 0.21026, -0.072057]),
    t([26, 5, 23, 4, 11, 17, 5], [0.271, 0.2107, 5.21, 0.301, 2.395, 0.704, 0.0228], [-0.091531, 0.02048, 0.0099494, 0.37916, 0.18352, 0.025773, -0.32456, -0.04911]),
    t([3, 17, 3, 0, 26, 26, 17], [-0.05404, 0.53, -0.047345, f32::MAX, 0.188, 0.0239, 0.0886], [-0.32072, -0.32072, 0.11195, -0.17066, -0.17738, 0.25617, -0.29368, 0.0060068]),
    t([15, 5, 0, 9, 26, 14, 0], [0.5, 0.005325, 2.74, 0.5, 0.13, 0.5, f32::MAX], [-0.048823, 0.20324, 0.1137, -0.036256, 0.21675, -0.18895, -0.40393, -0.40393]),
    t([3, 4, 0, 24, 5, 19, 18], [0.62, 0.084, 1.7, 0.042, 0.01772, 0.5, 3.94], [-0.17517, 0.12505, -0.021927, 0.065506, 0.34452, -0.012734, -0.29976, 0.11493]),
    t([23, 1, 11, 11, 26, 12, 1], [3.7, 0.5, 3.217, 2.58704, 0.13, 0.82, 0.5], [0.060149, -0.18922, 0.34837, 0.041207, -0.025853, -0.28359, 0.21155, -0.10545]),
    t([26, 23, 23, 3, 18, 10, 23], [0.271, 6.147, 5.21, 0.314, 3.1, 0.1, 6.505], [-0.057625, 0.055323, -0.31651, 0.20594, 0.013209, 0.15405, -0.30233, -0.024349]),
];

/// Trees for page text (regime 1), fitted by `scripts/train.py`.
#[rustfmt::skip]
// Fitted leaf values; one may come close to a constant such as π/8 by chance.
#[allow(clippy::approx_constant)]
pub(crate) const TREES_1: [Tree; 60] = [
    t([0, 22, 24, 12, 18, 13, 10], [2.6, 1.5, 0.048, 0.1, 4.46, 0.880145, 0.18], [0.2935, 0.052396, 0.14799, -0.37465, -0.35043, -0.021212, -0.20459, 0.29722]),
    t([3, 10, 6, 14, 0, 22, 10], [0.07996, 0.1, 0.0563, 0.5, 3.1, 2.5, 0.1], [-0.31795, 0.0051534, 0.060564, -0.24845, 0.26578, -0.24328, -0.17579, 0.13077]),
    t([23, 5, 10, 22, 10, 9, 0], [3.75, 0.001, 0.18, 2.5, 0.1, 0.5, 3.48], [0.23631, -0.23252, -0.19776, 0.094982, -0.22461, 0.36789, 0.10547, -0.23722]),
    t([3, 10, 13, 23, 13, 12, 13], [0.07996, 0.37, 0.20292, 4.09, 0.7303, 0.3, 0.763], [-0.05542, -0.22886, -0.027433, 0.24033, 0.25658, -0.038354, -0.033093, 0.21633]),
    t([6, 22, 10, 16, 18, 14, 13], [0.01, 1.5, 0.1, 1.0, 4.46, 0.5, 0.763], [0.013181, 0.20744, 0.19275, -0.27187, -0.22309, 0.088519, -0.081617, 0.17443]),
    t([23, 10, 24, 13, 22, 13, 22], [3.65, 0.1, 0.048, 0.2342, 2.5, 0.798, 1.5], [0.17195, -0.043059, 0.20244, -0.16777, -0.17591, 0.037985, 0.12501, -0.30282]),
    t([3, 25, 11, 9, 0, 22, 13], [0.020685, 0.5, 1.873, 0.5, 2.97, 1.5, 0.64554], [-0.18876, 0.30086, 0.2378, -0.093027, 0.14495, -0.17951, -0.14614, 0.059597]),
    t([0, 13, 9, 7, 13, 11, 0], [2.97, 0.1318, 0.5, 0.5, 0.763, 1.5446, f32::MAX], [0.20893, -0.33316, -0.04603, 0.15148, -0.073882, -0.20913, 0.31911, 0.31911]),
    t([23, 26, 10, 11, 4, 13, 24], [3.42, 0.68675, 0.1, 1.4364, 0.001, 0.1318, 0.048], [0.22428, 0.076794, -0.12387, 0.13073, 0.042894, -0.17744, -0.040992, 0.14925]),
    t([16, 25, 17, 9, 0, 10, 13], [1.0, 0.5, 0.9297, 0.5, 2.97, 0.1, 0.1318], [-0.1216, 0.27526, 0.18836, -0.034517, 0.045366, 0.17784, 0.18418, -0.12893]),
    t([3, 13, 22, 13, 10, 10, 0], [0.020685, 0.763, 1.5, 0.0524, 0.22, 0.1, 1.0], [0.062904, -0.17123, -0.077068, 0.15457, -0.013784, 0.11634, 0.13918, -0.24873]),
    t([6, 13, 13, 16, 13, 13, 17], [0.01, 0.2342, 0.798, 1.2, 0.64554, 0.095, 0.9662], [0.030282, 0.18896, -0.038378, 0.13228, 0.09113, -0.12564, 0.12104, -0.19634]),
    t([12, 17, 3, 0, 13, 9, 0], [0.3, 0.8972, 0.484, 3.48, 0.1318, 0.5, 1.2], [0.12271, -0.13151, 0.15477, -0.065575, -0.14404, 0.26861, -0.26385, 0.10176]),
    t([23, 26, 24, 11, 4, 13, 22], [3.16, 0.705075, 0.072, 1.4364, 0.001, 0.64554, 1.5], [0.20108, 0.081006, -0.13031, 0.11062, -0.11536, 0.022125, 0.13183, -0.24143]),
    t([11, 17, 10, 23, 13, 25, 15], [1.6006, 0.8972, 0.1, 5.02, 0.2342, 0.5, 0.5], [0.14651, -0.048277, 0.10966, -0.058434, -0.14518, 0.091708, -0.011415, 0.19595]),
    t([24, 23, 22, 17, 13, 10, 17], [0.119, 3.16, 1.5, 0.9883, 0.64554, 0.22, 0.8972], [0.095534, -0.22757, -0.090591, 0.023762, 0.13138, 0.21156, -0.087435, -0.21748]),
    t([25, 13, 22, 12, 13, 0, 0], [0.5, 0.1318, 1.5, 0.3, 0.798, 2.97, f32::MAX], [0.13325, -0.10464, -0.076071, 0.073545, 0.1919, -0.01238, -0.24139, -0.24139]),
    t([10, 14, 22, 25, 13, 0, 23], [0.1, 0.5, 1.5, 0.5, 0.3483, 3.48, 2.86], [-0.10753, 0.080864, 0.12875, -0.1126, 0.076109, -0.08246, 0.11074, -0.25094]),
    t([3, 10, 22, 25, 0, 24, 18], [0.01136, 0.22, 1.5, 0.5, 3.48, 0.072, 4.4], [-0.14475, 0.077856, 0.064594, -0.15287, 0.020634, 0.14608, 0.051112, -0.22086]),
    t([21, 3, 0, 11, 17, 17, 24], [0.5, 0.484, 2.35, 1.98095, 0.9883, 0.9514, 0.0223], [-0.011862, -0.11852, 0.075848, -0.25641, 0.17086, -0.007881, -0.032545, 0.11509]),
    t([13, 13, 26, 12, 9, 12, 18], [0.880145, 0.167, 0.7825, 0.1, 0.5, 0.7, 5.833], [0.12998, -0.029848, -0.048851, 0.27327, 0.16254, -0.11448, 0.033958, -0.33674]),
    t([22, 0, 18, 17, 9, 11, 17], [1.5, 2.97, 4.4, 0.889, 0.5, 1.4934, 0.7879], [0.077035, -0.021883, -0.095763, 0.21544, 0.17664, -0.21116, -0.034048, -0.2282]),
    t([25, 23, 22, 26, 15, 16, 0], [0.5, 3.0, 1.5, 0.68675, 0.5, 1.0, f32::MAX], [0.11993, -0.045105, -0.047698, 0.10898, 0.077193, 0.19499, -0.18534, -0.18534]),
    t([21, 11, 17, 0, 13, 23, 23], [0.5, 0.99, 0.8661, 2.1, 0.095, 4.18, 3.16], [0.1755, -0.17587, 0.080886, -0.044025, 0.18393, 0.063065, 0.15895, -0.019742]),
    t([24, 13, 22, 17, 26, 11, 13], [0.119, 0.880145, 1.5, 0.9883, 0.7825, 1.8189, 0.2645], [-0.017296, -0.2378, 0.13032, -0.15728, 0.15569, 0.05226, -0.025821, -0.16015]),
    t([22, 11, 23, 17, 13, 18, 18], [1.5, 1.5446, 3.0, 0.9883, 0.5457, 4.46, 4.18], [0.068304, -0.11685, -0.0834, 0.032566, 0.18764, -0.13064, -0.030447, -0.23753]),
    t([25, 3, 16, 20, 17, 18, 22], [0.5, 0.01136, 1.0, 0.5, 0.8661, 5.833, 1.5], [-0.097837, 0.057763, 0.054244, -0.032839, 0.10103, -0.12356, 0.17786, -0.14437]),
    t([7, 12, 26, 13, 18, 0, 11], [0.5, 0.7, 0.5442, 0.095, 3.75, f32::MAX, 1.4934], [0.090327, -0.0031106, 0.01668, -0.2375, -0.32076, -0.32076, -0.038754, -0.20286]),
    t([24, 13, 3, 13, 17, 12, 19], [0.23, 0.798, 0.2456, 0.167, 0.9514, 0.3, 0.5], [0.047382, -0.044548, 0.10024, -0.1236, 0.11409, -0.078018, 0.19424, 0.041045]),
    t([9, 6, 13, 17, 10, 0, 10], [0.5, 0.0563, 0.5005, 0.80854, 0.37, f32::MAX, 0.18], [0.1276, 0.016978, -0.052347, 0.054295, 0.097036, 0.097036, 0.28675, 0.15931]),
    t([22, 15, 19, 11, 17, 18, 16], [1.5, 0.5, 0.5, 1.4364, 0.9514, 4.09, 1.2], [0.052056, -0.02696, 0.2019, -0.082404, 0.049083, -0.22994, -0.20965, 0.044855]),
    t([12, 13, 17, 13, 17, 12, 0], [0.7, 0.64554, 0.62003, 0.167, 0.9514, 0.9, f32::MAX], [0.048171, -0.04627, 0.074057, -0.088981, -0.12548, 0.104, -0.23097, -0.23097]),
    t([7, 23, 11, 5, 9, 0, 0], [0.5, 3.42, 1.4364, 0.17, 0.5, f32::MAX, f32::MAX], [0.070456, -0.12484, -0.023605, 0.18881, -0.096688, -0.096688, -0.29075, -0.29075]),
    t([25, 11, 13, 0, 21, 1, 13], [0.5, 0.99, 0.6185, 2.1, 0.5, 0.5, 0.8407], [0.15386, -0.085825, -0.031396, 0.048286, 0.10389, -0.11429, 0.1895, 0.04297]),
    t([22, 23, 18, 17, 18, 6, 19], [1.5, 5.02, 4.18, 0.797, 4.09, 0.01, 0.5], [0.087033, 0.0022204, -0.23122, -0.024326, 0.17411, -0.10754, -0.22359, -0.062838]),
    t([11, 7, 3, 17, 26, 2, 0], [3.099, 0.5, 0.7168, 0.8244, 0.5442, 0.5, f32::MAX], [0.050174, -0.010739, -0.28031, -0.085752, -0.22637, 0.055098, 0.034897, 0.034897]),
    t([15, 18, 17, 3, 9, 13, 13], [0.5, 3.75, 0.9514, 0.1291, 0.5, 0.6718, 0.880145], [-0.21275, -0.021943, -0.0062015, 0.19553, 0.010715, 0.1968, -0.12174, 0.10055]),
    t([22, 16, 18, 13, 6, 11, 17], [1.5, 1.0, 4.4, 0.4233, 0.215, 1.247, 0.7879], [-0.081274, 0.010629, 0.054411, -0.052872, 0.16579, -0.11692, 0.013805, -0.19307]),
    t([24, 4, 3, 17, 18, 26, 19], [0.23, 0.4653, 0.2456, 0.8661, 4.27, 0.5323, 0.5], [0.015307, -0.040655, -0.13454, 0.10704, -0.079876, 0.1019, 0.17373, 0.019108]),
    t([18, 11, 4, 17, 13, 18, 23], [5.745, 1.4364, 0.001, 0.9388, 0.763, 5.952, 3.42], [0.1055, 0.0023321, -0.037553, 0.065755, 0.016599, -0.24058, 0.11617, -0.038937]),
    t([12, 25, 18, 13, 3, 4, 0], [0.7, 0.5, 3.75, 0.880145, -0.0825, 0.3203, f32::MAX], [-0.011924, 0.070193, -0.086833, 0.095364, 0.065961, -0.072246, -0.22006, -0.22006]),
    t([10, 16, 18, 4, 17, 23, 24], [0.1, 2.0, 5.745, 0.001, 0.9297, 2.86, 0.119], [-0.14886, -0.03523, 0.10748, -0.018134, 0.13673, 0.025441, -0.067269, 0.12875]),
    t([13, 18, 13, 18, 26, 23, 17], [0.095, 6.2, 0.5457, 4.59, 0.6004, 2.6, 0.9168], [-0.026192, 0.13039, 0.066794, -0.2945, 0.090643, -0.062417, 0.055002, -0.049854]),
    t([22, 12, 23, 18, 17, 17, 18], [1.5, 0.7, 3.0, 3.75, 0.62003, 0.8324, 4.18], [-0.089053, 0.013398, 0.019616, -0.21386, 0.16018, -0.097613, -0.01447, -0.21362]),
    t([9, 16, 13, 6, 6, 0, 26], [0.5, 1.0, 0.5005, 0.1435, 0.34, f32::MAX, 0.493], [-0.059303, 0.017451, 0.030686, -0.10799, 0.05039, 0.05039, 0.090312, 0.23324]),
    t([24, 3, 20, 4, 17, 11, 13], [0.048, 0.8826, 0.5, 0.001, 0.9662, 1.7676, 0.5005], [-0.056149, -0.00015165, 0.1417, -0.11105, 0.06933, -0.037834, 0.012728, 0.23867]),
    t([7, 23, 11, 16, 15, 0, 0], [0.5, 3.16, 1.4364, 1.0, 0.5, f32::MAX, f32::MAX], [-0.063035, 0.07364, -0.015583, 0.08136, -0.033346, -0.033346, -0.24927, -0.24927]),
    t([22, 23, 0, 4, 18, 18, 0], [1.5, 5.71, 1.7, 0.001, 4.73, 4.46, f32::MAX], [-0.029272, 0.023888, -0.20526, -0.018331, 0.094494, -0.11087, -0.20474, -0.20474]),
    t([24, 17, 26, 3, 18, 3, 0], [0.23, 0.9883, 0.7275, 0.484, 4.86, 0.2456, f32::MAX], [-0.014608, 0.042853, 0.051031, -0.2234, -0.032675, 0.11553, 0.20196, 0.20196]),
    t([9, 13, 1, 18, 13, 0, 4], [0.5, 0.167, 0.5, 6.2, 0.5457, f32::MAX, 0.3203], [0.062686, -0.11844, -0.048715, 0.012872, 0.0063734, 0.0063734, 0.085894, 0.19458]),
    t([25, 11, 13, 17, 3, 1, 13], [0.5, 2.9145, 0.6185, 0.8244, 0.7168, 0.5, 0.7303], [0.035104, -0.017106, -0.18809, 0.15022, 0.077047, -0.098331, 0.18323, 0.045934]),
    t([11, 26, 22, 0, 0, 18, 23], [0.83, 0.83068, 1.5, 2.35, f32::MAX, 3.98, 3.0], [0.18158, 0.013763, -0.10227, -0.10227, -0.060345, 0.0075499, -0.030056, -0.19561]),
    t([13, 12, 18, 17, 6, 17, 13], [0.880145, 0.55, 5.952, 0.8244, 0.34, 0.7546, 0.9286], [0.038957, -0.016993, -0.12307, 0.19767, -0.053273, 0.12458, -0.2335, 0.10805]),
    t([4, 3, 18, 17, 26, 11, 11], [0.4653, 0.001835, 4.27, 0.9662, 0.83068, 1.379, 1.715], [-0.07733, 0.16826, 0.012798, -0.10064, 0.064161, -0.17806, 0.020139, 0.13905]),
    t([7, 23, 26, 5, 5, 0, 17], [0.5, 3.42, 0.5442, 0.265, 0.056, f32::MAX, 0.8972], [0.044577, -0.13743, -0.021979, 0.043107, -0.24253, -0.24253, 0.089969, -0.13774]),
    t([21, 4, 23, 11, 3, 17, 14], [0.5, 0.001, 3.84, 1.08, 0.484, 0.9662, 0.5], [0.10212, -0.080291, -0.0090153, 0.071041, 0.1272, -0.024128, 0.026985, -0.13745]),
    t([13, 12, 13, 10, 6, 26, 17], [0.095, 0.3, 0.5457, 0.63, 0.1843, 0.4693, 0.9514], [0.089956, -0.10858, -0.18992, 0.11898, -0.12584, -0.0086235, 0.034645, -0.077341]),
    t([22, 11, 17, 18, 0, 23, 18], [1.5, 2.1052, 0.8244, 3.75, 2.86, 3.0, 4.4], [-0.092576, 0.019226, 0.010946, -0.10415, 0.13763, -0.1027, -0.016674, -0.16831]),
    t([9, 15, 24, 13, 13, 0, 0], [0.5, 0.5, 0.0223, 0.2342, 0.64554, f32::MAX, f32::MAX], [0.028587, -0.020213, -0.10182, 0.1206, 0.013295, 0.013295, 0.16715, 0.16715]),
    t([25, 24, 16, 26, 26, 13, 11], [0.5, 0.23, 1.0, 0.633, 0.7275, 0.3483, 1.08], [0.0039059, -0.036606, 0.039344, 0.21, -0.13317, 0.061133, -0.068266, 0.13793]),
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
