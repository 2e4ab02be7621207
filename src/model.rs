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
    t([0, 22, 24, 12, 18, 13, 10], [2.6, 1.5, 0.048, 0.1, 4.46, 0.880145, 0.18], [0.29351, 0.052341, 0.14794, -0.37465, -0.35044, -0.021265, -0.20463, 0.2972]),
    t([3, 10, 6, 14, 0, 22, 10], [0.07996, 0.1, 0.0563, 0.5, 3.1, 2.5, 0.1], [-0.31795, 0.005104, 0.060517, -0.24847, 0.26579, -0.2433, -0.17582, 0.13072]),
    t([23, 5, 10, 22, 10, 9, 0], [3.75, 0.001, 0.18, 2.5, 0.1, 0.5, 3.48], [0.23632, -0.23254, -0.1978, 0.094944, -0.22463, 0.36788, 0.10543, -0.23723]),
    t([3, 10, 13, 23, 13, 12, 13], [0.07996, 0.37, 0.20292, 4.09, 0.73, 0.3, 0.763], [-0.055456, -0.22887, -0.029213, 0.24096, 0.25659, -0.03839, -0.033134, 0.21631]),
    t([6, 22, 10, 16, 18, 14, 13], [0.01, 1.5, 0.1, 1.0, 4.46, 0.5, 0.763], [0.013147, 0.20745, 0.19274, -0.27187, -0.2231, 0.088485, -0.081645, 0.17439]),
    t([23, 10, 24, 13, 22, 13, 22], [3.65, 0.1, 0.048, 0.2341, 2.5, 0.798, 1.5], [0.17193, -0.043096, 0.20246, -0.16778, -0.17593, 0.037948, 0.125, -0.3028]),
    t([3, 25, 11, 9, 0, 22, 13], [0.020685, 0.5, 1.8726, 0.5, 2.97, 1.5, 0.6455], [-0.1888, 0.30092, 0.2378, -0.093054, 0.14495, -0.17952, -0.14614, 0.059577]),
    t([0, 13, 9, 7, 13, 11, 0], [2.97, 0.1315, 0.5, 0.5, 0.763, 1.5446, f32::MAX], [0.20886, -0.33314, -0.04575, 0.15146, -0.07387, -0.20913, 0.31912, 0.31912]),
    t([23, 26, 10, 11, 4, 13, 24], [3.42, 0.68675, 0.1, 1.4364, 0.001, 0.1315, 0.048], [0.2243, 0.076881, -0.12394, 0.13068, 0.043157, -0.17748, -0.041041, 0.14924]),
    t([16, 25, 17, 9, 0, 10, 13], [1.0, 0.5, 0.9297, 0.5, 2.97, 0.1, 0.1315], [-0.12164, 0.27526, 0.18833, -0.034545, 0.045306, 0.17786, 0.18406, -0.12866]),
    t([3, 13, 22, 13, 10, 10, 0], [0.020685, 0.763, 1.5, 0.0522, 0.22, 0.1, 1.0], [0.062937, -0.17127, -0.077072, 0.15453, -0.013841, 0.11637, 0.13913, -0.24875]),
    t([6, 13, 13, 16, 13, 13, 17], [0.01, 0.2341, 0.798, 1.2, 0.6455, 0.095, 0.9662], [0.030243, 0.18902, -0.03847, 0.13224, 0.091136, -0.12568, 0.12103, -0.19636]),
    t([12, 17, 3, 0, 13, 9, 0], [0.3, 0.8972, 0.4835, 3.48, 0.1315, 0.5, 1.2], [0.1227, -0.13149, 0.15471, -0.065518, -0.14404, 0.26862, -0.26388, 0.10172]),
    t([23, 26, 24, 11, 4, 13, 22], [3.16, 0.705075, 0.072, 1.4364, 0.001, 0.6455, 1.5], [0.2011, 0.080952, -0.13037, 0.11056, -0.1153, 0.022003, 0.13182, -0.24143]),
    t([11, 17, 10, 23, 13, 25, 15], [1.6006, 0.8972, 0.1, 5.02, 0.2341, 0.5, 0.5], [0.14648, -0.048259, 0.10973, -0.058508, -0.14519, 0.091696, -0.011427, 0.19594]),
    t([24, 23, 22, 17, 13, 10, 17], [0.119, 3.16, 1.5, 0.9883, 0.6455, 0.22, 0.8972], [0.095554, -0.22765, -0.090542, 0.023674, 0.13136, 0.21156, -0.087432, -0.21749]),
    t([25, 13, 22, 12, 13, 0, 0], [0.5, 0.1315, 1.5, 0.3, 0.798, 2.97, f32::MAX], [0.13318, -0.10426, -0.076016, 0.073565, 0.19189, -0.012389, -0.24136, -0.24136]),
    t([10, 14, 22, 25, 13, 0, 23], [0.1, 0.5, 1.5, 0.5, 0.34824, 3.48, 2.86], [-0.10756, 0.08085, 0.1287, -0.11264, 0.076113, -0.082443, 0.11071, -0.25093]),
    t([3, 10, 22, 25, 0, 24, 18], [0.01136, 0.22, 1.5, 0.5, 3.48, 0.072, 4.4], [-0.14476, 0.077835, 0.064381, -0.15284, 0.020662, 0.14606, 0.051072, -0.22086]),
    t([21, 3, 0, 11, 17, 17, 24], [0.5, 0.4835, 2.35, 1.98095, 0.9883, 0.9514, 0.0223], [-0.01191, -0.11853, 0.075799, -0.25648, 0.1709, -0.0072087, -0.032502, 0.11515]),
    t([13, 13, 26, 12, 9, 12, 18], [0.880145, 0.167, 0.7825, 0.1, 0.5, 0.7, 5.833], [0.1301, -0.029876, -0.048912, 0.27328, 0.16256, -0.11445, 0.033922, -0.33669]),
    t([22, 0, 18, 17, 9, 11, 17], [1.5, 2.97, 4.4, 0.889, 0.5, 1.4934, 0.7879], [0.077006, -0.021878, -0.095745, 0.21544, 0.17664, -0.21116, -0.034057, -0.2282]),
    t([25, 23, 22, 26, 15, 16, 0], [0.5, 3.0, 1.5, 0.68675, 0.5, 1.0, f32::MAX], [0.11998, -0.045164, -0.047714, 0.10896, 0.077207, 0.19497, -0.18532, -0.18532]),
    t([21, 11, 17, 0, 13, 23, 23], [0.5, 0.99, 0.8661, 2.1, 0.095, 4.18, 3.16], [0.17548, -0.17585, 0.080854, -0.044051, 0.18395, 0.063111, 0.15905, -0.019552]),
    t([24, 13, 22, 17, 26, 11, 13], [0.119, 0.880145, 1.5, 0.9883, 0.7825, 1.8189, 0.2644], [-0.01729, -0.23786, 0.13035, -0.15727, 0.15568, 0.052248, -0.025832, -0.16015]),
    t([22, 11, 23, 17, 13, 18, 18], [1.5, 1.5446, 3.0, 0.9883, 0.5457, 4.46, 4.18], [0.0683, -0.11691, -0.083429, 0.032574, 0.18764, -0.13065, -0.030458, -0.23752]),
    t([25, 3, 16, 20, 17, 18, 22], [0.5, 0.01136, 1.0, 0.5, 0.8661, 5.833, 1.5], [-0.097819, 0.057282, 0.054239, -0.032787, 0.10104, -0.12355, 0.17784, -0.14435]),
    t([7, 12, 26, 13, 18, 0, 11], [0.5, 0.7, 0.5442, 0.095, 3.75, f32::MAX, 1.4934], [0.09037, -0.0031239, 0.016687, -0.23749, -0.32074, -0.32074, -0.038749, -0.20284]),
    t([24, 13, 3, 13, 17, 12, 19], [0.23, 0.798, 0.2455, 0.167, 0.9514, 0.3, 0.5], [0.047512, -0.044606, 0.10028, -0.12361, 0.11408, -0.078026, 0.19423, 0.040989]),
    t([9, 6, 13, 17, 10, 0, 10], [0.5, 0.0563, 0.5005, 0.80854, 0.37, f32::MAX, 0.18], [0.1276, 0.017022, -0.052359, 0.054179, 0.097052, 0.097052, 0.28676, 0.15932]),
    t([22, 15, 0, 11, 17, 16, 18], [1.5, 0.5, 1.2, 1.4364, 0.9514, 1.2, 4.09], [0.052093, -0.026975, 0.20191, -0.082486, -0.20964, 0.044833, 0.049078, -0.22993]),
    t([12, 13, 17, 13, 17, 12, 0], [0.7, 0.6455, 0.62003, 0.167, 0.9514, 0.9, f32::MAX], [0.048266, -0.046288, 0.073991, -0.089013, -0.12547, 0.10399, -0.23096, -0.23096]),
    t([7, 23, 11, 5, 9, 0, 0], [0.5, 3.42, 1.4364, 0.17, 0.5, f32::MAX, f32::MAX], [0.070483, -0.12487, -0.023628, 0.18882, -0.096691, -0.096691, -0.29073, -0.29073]),
    t([25, 11, 13, 0, 21, 1, 13], [0.5, 0.99, 0.6185, 2.1, 0.5, 0.5, 0.8405], [0.15389, -0.085802, -0.031421, 0.048354, 0.10385, -0.11429, 0.18954, 0.042992]),
    t([22, 23, 18, 17, 18, 6, 0], [1.5, 5.02, 4.18, 0.797, 4.09, 0.01, 1.2], [0.08705, 0.0022049, -0.23121, -0.024292, 0.17411, -0.10753, -0.062858, -0.22359]),
    t([11, 7, 3, 17, 26, 2, 0], [3.099, 0.5, 0.7166, 0.8244, 0.5442, 0.5, f32::MAX], [0.050197, -0.010747, -0.2803, -0.085734, -0.22637, 0.055114, 0.034926, 0.034926]),
    t([15, 18, 17, 3, 9, 13, 13], [0.5, 3.75, 0.9514, 0.12904, 0.5, 0.6718, 0.880145], [-0.21271, -0.021887, -0.0062038, 0.19553, 0.010689, 0.19681, -0.1218, 0.10054]),
    t([22, 16, 18, 13, 6, 11, 17], [1.5, 1.0, 4.4, 0.4233, 0.215, 1.247, 0.7879], [-0.081279, 0.010601, 0.054429, -0.052893, 0.16579, -0.11693, 0.013805, -0.19308]),
    t([24, 4, 3, 17, 18, 26, 19], [0.23, 0.4653, 0.2455, 0.8661, 4.27, 0.5323, 0.5], [0.015269, -0.040611, -0.1345, 0.10706, -0.079894, 0.1019, 0.17372, 0.019049]),
    t([18, 11, 4, 17, 13, 18, 23], [5.745, 1.4364, 0.001, 0.9388, 0.763, 5.952, 3.42], [0.10553, 0.0023699, -0.037581, 0.06581, 0.016597, -0.24063, 0.11612, -0.038934]),
    t([12, 25, 18, 13, 3, 4, 0], [0.7, 0.5, 3.75, 0.880145, -0.08248, 0.3203, f32::MAX], [-0.011926, 0.07022, -0.08682, 0.095368, 0.065971, -0.07225, -0.22006, -0.22006]),
    t([10, 16, 18, 4, 17, 23, 24], [0.1, 2.0, 5.745, 0.001, 0.9297, 2.86, 0.119], [-0.14887, -0.035224, 0.10746, -0.018198, 0.13678, 0.025432, -0.067282, 0.12876]),
    t([13, 18, 13, 18, 26, 23, 17], [0.095, 6.2, 0.5457, 4.59, 0.6004, 2.6, 0.9168], [-0.025878, 0.13035, 0.066721, -0.29457, 0.090594, -0.06238, 0.054974, -0.049874]),
    t([22, 12, 23, 18, 17, 17, 18], [1.5, 0.7, 3.0, 3.75, 0.62003, 0.8324, 4.18], [-0.089022, 0.013395, 0.019606, -0.21385, 0.16019, -0.097638, -0.014483, -0.21361]),
    t([9, 16, 13, 6, 6, 0, 26], [0.5, 1.0, 0.5005, 0.143, 0.34, f32::MAX, 0.493], [-0.059189, 0.017193, 0.030699, -0.10801, 0.050395, 0.050395, 0.090309, 0.23326]),
    t([24, 3, 20, 4, 17, 11, 13], [0.048, 0.8826, 0.5, 0.001, 0.9662, 1.7676, 0.5005], [-0.056131, -0.00015232, 0.14168, -0.11114, 0.069324, -0.037842, 0.01275, 0.23871]),
    t([7, 23, 11, 16, 15, 0, 0], [0.5, 3.16, 1.4364, 1.0, 0.5, f32::MAX, f32::MAX], [-0.063057, 0.073651, -0.015588, 0.081361, -0.033353, -0.033353, -0.24925, -0.24925]),
    t([22, 23, 0, 4, 18, 18, 0], [1.5, 5.71, 1.7, 0.001, 4.73, 4.46, f32::MAX], [-0.029271, 0.023888, -0.20525, -0.018317, 0.09447, -0.11089, -0.20473, -0.20473]),
    t([24, 17, 26, 3, 18, 3, 0], [0.23, 0.9883, 0.7275, 0.4835, 4.86, 0.2455, f32::MAX], [-0.014626, 0.042898, 0.050985, -0.22344, -0.032693, 0.11553, 0.20196, 0.20196]),
    t([9, 13, 1, 18, 13, 0, 4], [0.5, 0.167, 0.5, 6.2, 0.5457, f32::MAX, 0.3203], [0.062757, -0.11852, -0.048748, 0.012856, 0.0063777, 0.0063777, 0.085898, 0.19459]),
    t([25, 11, 13, 17, 3, 1, 13], [0.5, 2.91404, 0.6185, 0.8244, 0.7166, 0.5, 0.73], [0.035157, -0.017116, -0.18808, 0.15022, 0.077011, -0.098393, 0.18327, 0.045969]),
    t([11, 26, 22, 0, 0, 18, 23], [0.83, 0.83068, 1.5, 2.35, f32::MAX, 3.98, 3.0], [0.18156, 0.013762, -0.10231, -0.10231, -0.060339, 0.007551, -0.030077, -0.19561]),
    t([13, 12, 18, 17, 6, 17, 13], [0.880145, 0.55, 5.952, 0.8244, 0.34, 0.7546, 0.9286], [0.038972, -0.017006, -0.12305, 0.1977, -0.053216, 0.12461, -0.23344, 0.1081]),
    t([4, 3, 18, 17, 26, 11, 11], [0.4653, 0.0019, 4.27, 0.9662, 0.83068, 1.379, 1.715], [-0.07745, 0.16826, 0.012828, -0.1007, 0.064204, -0.17804, 0.020149, 0.13908]),
    t([7, 23, 26, 5, 5, 0, 17], [0.5, 3.42, 0.5442, 0.265, 0.056, f32::MAX, 0.8972], [0.044601, -0.13743, -0.022002, 0.043124, -0.24253, -0.24253, 0.08998, -0.13773]),
    t([21, 4, 23, 11, 3, 17, 14], [0.5, 0.001, 3.84, 1.08, 0.4835, 0.9662, 0.5], [0.10207, -0.0803, -0.0090337, 0.071024, 0.12724, -0.02369, 0.027054, -0.13762]),
    t([13, 12, 13, 10, 6, 26, 17], [0.095, 0.3, 0.5457, 0.63, 0.1843, 0.4693, 0.9514], [0.089905, -0.10705, -0.19001, 0.11894, -0.12579, -0.0086088, 0.034634, -0.077376]),
    t([22, 11, 17, 18, 0, 23, 18], [1.5, 2.105, 0.8244, 3.75, 2.86, 3.0, 4.4], [-0.092541, 0.019213, 0.010968, -0.10412, 0.13762, -0.1027, -0.016717, -0.16832]),
    t([9, 15, 24, 13, 13, 0, 0], [0.5, 0.5, 0.0223, 0.2341, 0.6455, f32::MAX, f32::MAX], [0.028745, -0.020261, -0.10189, 0.12061, 0.013291, 0.013291, 0.16716, 0.16716]),
    t([25, 24, 16, 26, 26, 13, 11], [0.5, 0.23, 1.0, 0.633, 0.7275, 0.34824, 1.08], [0.0039138, -0.036624, 0.039311, 0.21, -0.13322, 0.061175, -0.068332, 0.13792]),
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
