//! The line scorer: a logistic model over shape and context features of each line.
//!
//! The weights in [`WEIGHTS`] are fitted by `scripts/train.py` (run it to reproduce them);
//! the features are computed here and nowhere else, so the trainer and the cleaner always
//! agree on them.

use crate::stats::Stats;

/// Number of features.
pub(crate) const NF: usize = 23;

/// Names of the features, in order (the trainer prints weights with these).
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
/// page text (menus, footers) and scored by the second model; others as extracted article
/// text, by the first.
pub(crate) const PAGE_SPLIT: f32 = 0.35;

/// Which of the two models scores a document: 0 for article text, 1 for page text.
pub(crate) fn regime(x: &[f32; NF]) -> usize {
    (x[NF - 1] >= PAGE_SPLIT) as usize
}

/// Bias and weights of the two logistic models, fitted by `scripts/train.py`.
#[rustfmt::skip]
pub(crate) const BIAS: [f32; 2] = [0.74873, 8.1354];
#[rustfmt::skip]
pub(crate) const WEIGHTS: [[f32; NF]; 2] = [[-1.0788, -1.8191, -2.8986, 3.1881, 3.3309, 0.4129, 0.7847, -0.2268, 0.61897, 3.9056, 3.7031, -0.32454, -0.65519, 2.2224, 1.9685, 0.38338, -0.025395, -2.0803, 0.32583, -1.0285, 0.60732, 0.71325, 1.5277], [-1.6509, -0.19981, -0.97088, 1.2009, 2.0847, -0.50815, -1.4419, -2.456, -0.46209, 3.896, 2.151, -0.5807, -1.5529, 0.2802, 1.3294, -0.014481, -0.34114, -4.4094, 0.077142, -1.9744, 0.12619, 0.66385, 0.0042062]];

/// The model's log-odds that a line is boilerplate.
pub(crate) fn logit(x: &[f32; NF]) -> f32 {
    let r = regime(x);
    BIAS[r] + x.iter().zip(WEIGHTS[r].iter()).map(|(a, b)| a * b).sum::<f32>()
}
