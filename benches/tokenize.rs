//! Tokenizer throughput: deboil's `words` and `tokenize` against unicode-segmentation's
//! `unicode_words` and `str::split_whitespace`, on the seed texts and on the WCXB dev texts
//! (`/work/shared/eval/wcxb-dev-extracted.jsonl`, or `$DEBOIL_DEV_JSONL`; skipped when absent).
//!
//! Every benchmark checks its count against the reference count, so a fast wrong answer fails.
//!
//! Run: `cargo bench --bench tokenize -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

const DEV_JSONL: &str = "/work/shared/eval/wcxb-dev-extracted.jsonl";

fn seed_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/ directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

fn dev_texts() -> Option<Vec<String>> {
    let path = std::env::var("DEBOIL_DEV_JSONL").unwrap_or_else(|_| DEV_JSONL.to_owned());
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            println!("skipping the dev-text benchmarks: cannot read {path}: {e}");
            return None;
        }
    };
    let texts = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            v.get("text")?.as_str().map(str::to_owned)
        })
        .collect();
    Some(texts)
}

fn bench_set(c: &mut Criterion, name: &str, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let n_words: usize = texts.iter().map(|t| t.unicode_words().count()).sum();
    let n_segments: usize = texts.iter().map(|t| t.split_word_bounds().count()).sum();
    let n_ws: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    // Correctness first, outside the timing.
    for t in texts {
        let ours: Vec<&str> = deboil::words(t).collect();
        let theirs: Vec<&str> = t.unicode_words().collect();
        assert_eq!(ours, theirs, "words differ from unicode_words");
        let toks: Vec<&str> = deboil::tokenize(t).map(|t| t.text).collect();
        let segs: Vec<&str> = t.split_word_bounds().collect();
        assert_eq!(toks, segs, "tokens differ from split_word_bounds");
    }
    println!(
        "{name}: {} texts, {bytes} bytes, {n_words} words, {n_segments} tokens, {n_ws} whitespace-separated",
        texts.len()
    );

    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("deboil_words", |b| {
        b.iter(|| {
            // Every word as a slice (`count` would take the counting path below).
            let n: usize = texts
                .iter()
                .map(|t| deboil::words(black_box(t)).fold(0, |n, _| n + 1))
                .sum();
            assert_eq!(n, n_words);
            n
        })
    });
    g.bench_function("deboil_words_count", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| deboil::words(black_box(t)).count()).sum();
            assert_eq!(n, n_words);
            n
        })
    });
    g.bench_function("deboil_tokenize", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| deboil::tokenize(black_box(t)).count()).sum();
            assert_eq!(n, n_segments);
            n
        })
    });
    let protecting = deboil::Tokenizer::builder()
        .protect(["C++", "U.S.", "e.g.", "i.e."])
        .urls(true)
        .emails(true)
        .handles(true)
        .hashtags(true)
        .build();
    g.bench_function("deboil_tokenize_protected", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| protecting.tokenize(black_box(t)).map(|t| t.text.len()).sum::<usize>())
                .sum();
            assert_eq!(n, bytes, "protected tokens must tile the text");
            n
        })
    });
    g.bench_function("unicode_words", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| black_box(t).unicode_words().count()).sum();
            assert_eq!(n, n_words);
            n
        })
    });
    g.bench_function("split_whitespace", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| black_box(t).split_whitespace().count()).sum();
            assert_eq!(n, n_ws);
            n
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    let seeds = seed_texts();
    assert!(!seeds.is_empty(), "no seeds/*.txt");
    bench_set(c, "seeds", &seeds);
    if let Some(dev) = dev_texts() {
        bench_set(c, "dev", &dev);
    }
}

criterion_group!(tokenize, benches);
criterion_main!(tokenize);
