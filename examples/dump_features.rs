//! Writes one TSV row per labeled line of the eval files, for `scripts/train.py`.
//!
//! Usage: cargo run --release --example dump_features -- FILE.jsonl... > features.tsv
//!
//! A line is labeled 0 (content) if it holds a `keep` snippet, 1 (boilerplate) if it holds a
//! `drop` snippet and no `keep` snippet; other lines, blank lines and lines a pattern or shape
//! rule already cut are not written. Columns: file, id, site, label, weight, features...

use std::io::{BufRead, Write};

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
            for (s, e, cut, f) in cleaner.debug_line_features(text) {
                let Some(f) = f else { continue };
                if cut {
                    continue;
                }
                let l = norm(&text[s..e]);
                let k = keep.iter().filter(|x| l.contains(x.as_str())).count();
                let d = drop.iter().filter(|x| l.contains(x.as_str())).count();
                let (label, weight) = if k > 0 {
                    (0, k)
                } else if d > 0 {
                    (1, d)
                } else {
                    continue;
                };
                let fs: Vec<String> = f.iter().map(|x| format!("{x:.5}")).collect();
                writeln!(out, "{fi}\t{id}\t{site}\t{label}\t{weight}\t{}", fs.join("\t"))?;
            }
        }
    }
    Ok(())
}
