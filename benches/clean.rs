//! Throughput of `Cleaner::clean` beside its floor: a bare aho-corasick pass of the same
//! pattern set over the same bytes (the one pass every clean makes), and a bare memchr line
//! count.
//!
//! Corpora: the seed articles (`seeds/`), and every `text` of the labeled dev sets in
//! `../shared/eval` (skipped with a message when absent).
//!
//! Run: `cargo bench --bench clean`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "common/floor.rs"]
mod floor;
use floor::floor_automaton;

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut v: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    v.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

fn dev_texts(name: &str) -> Option<Vec<String>> {
    let path = format!("{}/../shared/eval/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(_) => {
            eprintln!("skipping the {name} corpus: {path} is absent");
            return None;
        }
    };
    Some(
        data.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect(),
    )
}

fn bench_corpus(c: &mut Criterion, name: &str, docs: &[String]) {
    let cleaner = deboil::Cleaner::new();
    let ac = floor_automaton();
    let bytes: usize = docs.iter().map(String::len).sum();
    // Expected answers, computed once outside the timed loops.
    let want_kept: usize = docs.iter().map(|d| cleaner.clean(d).kept_len()).sum();
    let want_hits: usize = docs.iter().map(|d| ac.find_iter(d).count()).sum();
    let want_lines: usize = docs
        .iter()
        .map(|d| memchr::memchr_iter(b'\n', d.as_bytes()).count())
        .sum();
    assert!(
        want_kept > 0 && want_kept < bytes,
        "{name}: cleaner kept {want_kept} of {bytes} bytes"
    );

    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("clean", |b| {
        b.iter(|| {
            let kept: usize = docs.iter().map(|d| cleaner.clean(black_box(d)).kept_len()).sum();
            assert_eq!(kept, want_kept);
        })
    });
    g.bench_function("floor/aho-corasick", |b| {
        b.iter(|| {
            let hits: usize = docs.iter().map(|d| ac.find_iter(black_box(d.as_bytes())).count()).sum();
            assert_eq!(hits, want_hits);
        })
    });
    g.bench_function("floor/memchr-lines", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| memchr::memchr_iter(b'\n', black_box(d.as_bytes())).count())
                .sum();
            assert_eq!(n, want_lines);
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    // Warm the cleaner's lazy tables before timing.
    let _ = deboil::Cleaner::new().clean("warm up");
    bench_corpus(c, "seeds", &seeds());
    for (short, file) in [
        ("dev-extracted", "wcxb-dev-extracted.jsonl"),
        ("dev-page", "wcxb-dev-page.jsonl"),
    ] {
        if let Some(docs) = dev_texts(file) {
            bench_corpus(c, short, &docs);
        }
    }
}

criterion_group! {
    name = clean;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(clean);
