//! Hostile input grows tenfold and time must grow tenfold too: criterion reports bytes per
//! second for each size, and a flat rate is linear time. Memory is bounded by the input (the
//! cleaner keeps one small record per line and per cut).
//!
//! Cases: a long line with no newline, millions of empty lines, random bytes, NUL bytes, one
//! glued phrase repeated, a menu line of a million items, a line of `prefix` matches, a table
//! of a million rows, a thread of a million posts, 100,000 user patterns, and one huge JSON
//! Lines record through the CLI's record step. The ordinary text (the seed articles
//! repeated) is the yardstick.
//!
//! Run: `cargo bench --bench hostile` (`-- --quick` for a fast look).

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use bytes::Bytes;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// The base size; each case runs at 1x and 10x of it (the long line and the JSONL record at
/// 2 MB and 20 MB).
const BASE: usize = 2 << 20;

fn seed_text() -> Vec<u8> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut v: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    v.iter().flat_map(|p| std::fs::read(p).unwrap()).collect()
}

fn bench_cleaner(c: &mut Criterion) {
    let cleaner = deboil::Cleaner::new();
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for mult in [1, 10] {
        let n = BASE * mult;
        for (name, data) in common::hostile_inputs(&seed_text(), n) {
            let buf = Bytes::from(data);
            g.throughput(Throughput::Bytes(buf.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, format!("{}MB", n >> 20)), &buf, |b, buf| {
                b.iter(|| cleaner.clean_bytes(black_box(buf)).len())
            });
        }
    }
    g.finish();
}

fn bench_user_patterns(c: &mut Criterion) {
    // 10,000 and 100,000 distinct user patterns: building the cleaner, then cleaning the seeds.
    let mut g = c.benchmark_group("hostile_patterns");
    g.sample_size(10);
    let text = String::from_utf8(seed_text()).unwrap();
    for n in [10_000, 100_000] {
        let file: String = (0..n).map(|i| format!("nav line menu item {i:x}q\n")).collect();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("build", n), &file, |b, file| {
            b.iter(|| {
                let p = deboil::Patterns::parse(black_box(file)).unwrap();
                deboil::Cleaner::builder()
                    .pack("user", p)
                    .build()
                    .unwrap()
                    .pattern_count()
            })
        });
        let cleaner = deboil::Cleaner::builder()
            .pack("user", deboil::Patterns::parse(&file).unwrap())
            .build()
            .unwrap();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("clean", n), &text, |b, text| {
            b.iter(|| cleaner.clean(black_box(text)).kept_len())
        });
    }
    g.finish();
}

fn bench_jsonl_record(c: &mut Criterion) {
    // One JSON Lines record of 2 MB and of 20 MB, through the record step of `clean --jsonl`.
    let cleaner = deboil::Cleaner::new();
    let opts = common::record::JsonlOpts {
        field: "text",
        out_field: "clean",
        explain: None,
    };
    let mut g = c.benchmark_group("hostile_jsonl");
    g.sample_size(10);
    for mult in [1, 10] {
        let text = String::from_utf8_lossy(&common::repeat_to(&seed_text(), BASE * mult)).into_owned();
        let line = format!("{{\"id\":1,\"text\":{}}}", serde_json::to_string(&text).unwrap()).into_bytes();
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("record", format!("{}MB", line.len() >> 20)),
            &line,
            |b, line| {
                b.iter(|| {
                    common::record::clean_record(black_box(line), &opts, &cleaner)
                        .unwrap()
                        .len()
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, bench_cleaner, bench_user_patterns, bench_jsonl_record);
criterion_main!(benches);
