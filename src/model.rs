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
            s.caps as f32 / w,
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
pub(crate) const BIAS: [f32; 2] = [0.37599, 8.1078];
#[rustfmt::skip]
pub(crate) const WEIGHTS: [[f32; NF]; 2] = [[-1.0771, -1.7196, -2.8424, 3.2967, 3.4914, 0.33591, 0.71529, -0.2316, 0.52535, 3.9709, 3.5968, -0.37015, -0.58577, 2.2311, 2.0133, 0.2746, -0.045853, -2.1911, 0.32257, -1.0174, 0.65231, 0.71462, 1.6991], [-1.6571, -0.17993, -0.95788, 1.2336, 2.1521, -0.5163, -1.436, -2.4616, -0.45816, 3.9068, 2.1572, -0.58276, -1.5207, 0.29517, 1.3511, 0.033179, -0.34104, -4.5962, 0.075705, -1.9465, 0.11835, 0.66516, -0.068727]];

/// The model's log-odds that a line is boilerplate.
pub(crate) fn logit(x: &[f32; NF]) -> f32 {
    let r = regime(x);
    BIAS[r] + x.iter().zip(WEIGHTS[r].iter()).map(|(a, b)| a * b).sum::<f32>()
}
