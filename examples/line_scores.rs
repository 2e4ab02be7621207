//! Prints, for each line of each `text` of JSON Lines files (or of plain text on standard
//! input with `-`), the line model's regime and log-odds, whether the line survives
//! `Cleaner::clean`, and the line itself: for reading why the model cuts or keeps a line.
//!
//! ```sh
//! cargo run --release --example line_scores -- FILE.jsonl [ID_SUFFIX]
//! ```

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: line_scores FILE.jsonl|- [ID_SUFFIX]")?;
    let want = args.next().unwrap_or_default();
    let mut texts = Vec::new();
    if path == "-" {
        let mut t = String::new();
        std::io::stdin().read_to_string(&mut t)?;
        texts.push(("-".to_string(), t));
    } else {
        for line in std::fs::read_to_string(&path)?.lines() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let id = v["id"].as_str().unwrap_or("").to_string();
            if id.ends_with(&want) {
                texts.push((id, v["text"].as_str().unwrap_or("").to_string()));
            }
        }
    }
    let cleaner = deboil::Cleaner::new();
    let names = deboil::Cleaner::debug_feature_names();
    let verbose = std::env::var_os("FEATURES").is_some();
    for (id, text) in texts {
        println!("== {id}");
        let kept: Vec<(usize, usize)> = cleaner.clean(&text).kept_ranges().map(|r| (r.start, r.end)).collect();
        for (s, e, cut, f) in cleaner.debug_line_features(&text) {
            let Some(f) = f else { continue };
            let out = !kept.iter().any(|&(a, b)| a < e && s < b);
            let score = deboil::Cleaner::debug_line_score(&f).map_or(String::new(), |(r, l)| format!("r{r} {l:+.2}"));
            let mark = if cut {
                "P"
            } else if out {
                "x"
            } else {
                " "
            };
            let line: String = text[s..e].chars().take(100).collect();
            println!("{mark} {score:>9}  {line}");
            if verbose {
                let fs: Vec<String> = names.iter().zip(&f).map(|(n, x)| format!("{n}={x:.2}")).collect();
                println!("      {}", fs.join(" "));
            }
        }
    }
    Ok(())
}
