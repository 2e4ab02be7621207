//! Writes one TSV row per labeled line of the eval files, for `scripts/train.py`.
//!
//! Usage: cargo run --release --example dump_features -- FILE.jsonl... > features.tsv
//!
//! A line is labeled 0 (content) if it holds a `keep` snippet, 1 (boilerplate) if it holds a
//! `drop` snippet and no `keep` snippet (its weight: how many it holds). A line that holds no
//! snippet but lies wholly inside the one occurrence of a snippet that runs over several lines
//! (a menu's items, one per line, make up a drop snippet; a list's items a keep snippet) takes
//! that snippet's label at weight 1, content if it lies inside both kinds: snippets have three
//! words or more, so without this the short lines of a menu would never be labeled. Other
//! lines, blank lines and lines a pattern or shape rule already cut are not written.
//! Columns: file, id, site, label, weight, features...

use std::io::{BufRead, Write};

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// For each line (byte ranges `lines`), the label of the multi-line snippets it lies wholly
/// inside: `Some(0)` inside a keep snippet's occurrence, else `Some(1)` inside a drop
/// snippet's, else `None`. Only snippets found once in the whitespace-normalized text count:
/// a snippet found twice does not say which occurrence is meant.
fn spanned_lines(
    text: &str,
    lines: &[(usize, usize, bool, Option<Vec<f32>>)],
    keep: &[String],
    drop: &[String],
) -> Vec<Option<u8>> {
    // The normalized text, and the bytes each line's words take in it.
    let mut normed = String::new();
    let mut span: Vec<Option<(usize, usize)>> = vec![None; lines.len()];
    for (li, &(s, e, _, _)) in lines.iter().enumerate() {
        for w in text[s..e].split_whitespace() {
            if !normed.is_empty() {
                normed.push(' ');
            }
            let start = span[li].map_or(normed.len(), |(a, _)| a);
            normed.push_str(w);
            span[li] = Some((start, normed.len()));
        }
    }
    let mut label: Vec<Option<u8>> = vec![None; lines.len()];
    for (snippets, l) in [(drop, 1u8), (keep, 0u8)] {
        for sn in snippets {
            let mut found = normed.match_indices(sn.as_str());
            let (Some((a, _)), None) = (found.next(), found.next()) else {
                continue;
            };
            let b = a + sn.len();
            for (li, sp) in span.iter().enumerate() {
                if let Some((s, e)) = *sp {
                    if a <= s && e <= b {
                        label[li] = Some(label[li].map_or(l, |x| x.min(l)));
                    }
                }
            }
        }
    }
    label
}

fn site(url: &str) -> &str {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split('/').next().unwrap_or(rest);
    host.trim_start_matches("www.")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cleaner = deboil::Cleaner::new();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    writeln!(
        out,
        "file\tid\tsite\tlabel\tweight\t{}",
        deboil::Cleaner::debug_feature_names().join("\t")
    )?;
    for (fi, path) in std::env::args().skip(1).enumerate() {
        let file = std::fs::File::open(&path)?;
        for line in std::io::BufReader::new(file).lines() {
            let v: serde_json::Value = serde_json::from_str(&line?)?;
            let text = v["text"].as_str().unwrap_or("");
            let strs = |k: &str| -> Vec<String> {
                v[k].as_array()
                    .map(|a| a.iter().filter_map(|x| x.as_str()).map(norm).collect())
                    .unwrap_or_default()
            };
            let (keep, drop) = (strs("keep"), strs("drop"));
            let id = v["id"].as_str().unwrap_or("");
            let site = site(v["url"].as_str().unwrap_or(""));
            let lines = cleaner.debug_line_features(text);
            let spanned = spanned_lines(text, &lines, &keep, &drop);
            for (li, (s, e, cut, f)) in lines.into_iter().enumerate() {
                let Some(f) = f else { continue };
                if cut {
                    continue;
                }
                let l = norm(&text[s..e]);
                let k = keep.iter().filter(|x| l.contains(x.as_str())).count();
                let d = drop.iter().filter(|x| l.contains(x.as_str())).count();
                let (label, weight) = if k > 0 {
                    (0, k as f64)
                } else if d > 0 {
                    (1, d as f64)
                } else {
                    match spanned[li] {
                        Some(label) => (label, 1.0),
                        None => continue,
                    }
                };
                let fs: Vec<String> = f.iter().map(|x| format!("{x:.5}")).collect();
                writeln!(out, "{fi}\t{id}\t{site}\t{label}\t{weight}\t{}", fs.join("\t"))?;
            }
        }
    }
    Ok(())
}
