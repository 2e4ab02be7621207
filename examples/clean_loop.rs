//! Runs `Cleaner::clean`, or the bare aho-corasick floor pass of the benches
//! (`benches/common/floor.rs`), over every `text` of JSON Lines files, for instruction counts
//! that do not move with the machine's load:
//!
//! ```sh
//! cargo build --release --example clean_loop
//! valgrind --tool=cachegrind --cache-sim=no target/release/examples/clean_loop clean FILE.jsonl
//! valgrind --tool=cachegrind --cache-sim=no target/release/examples/clean_loop floor FILE.jsonl
//! valgrind --tool=cachegrind --cache-sim=no target/release/examples/clean_loop load FILE.jsonl
//! ```
//!
//! `load` reads the files and builds both the cleaner and the automaton but runs neither, so
//! that its count can be taken off the other two. Each run also prints the time of its loop.
//!
//! `REPS=N` in the environment runs the loop N times (for profilers, so that loading the
//! files is a small part of the run).

use std::hint::black_box;

#[path = "../benches/common/floor.rs"]
mod floor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let what = args.next().ok_or("usage: clean_loop clean|floor|load FILE.jsonl...")?;
    let mut docs = Vec::new();
    for path in args {
        for line in std::fs::read_to_string(&path)?.lines() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            if let Some(t) = v["text"].as_str() {
                docs.push(t.to_string());
            }
        }
    }
    let cleaner = deboil::Cleaner::new();
    let ac = floor::floor_automaton();
    let _ = cleaner.clean("warm up");
    let reps: usize = match std::env::var("REPS") {
        Ok(r) => r.parse().map_err(|_| format!("REPS={r}: not a count"))?,
        Err(_) => 1,
    };
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..reps {
        n += match what.as_str() {
            "clean" => docs
                .iter()
                .map(|d| cleaner.clean(black_box(d)).kept_len())
                .sum::<usize>(),
            "floor" => docs.iter().map(|d| ac.find_iter(black_box(d.as_bytes())).count()).sum(),
            "load" => docs.len(),
            other => return Err(format!("unknown mode {other}: clean, floor or load").into()),
        };
    }
    println!("{what}: {n} in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    Ok(())
}
