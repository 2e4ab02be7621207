//! The floor that `clean` is measured against: the automaton the cleaner builds from the
//! built-in packs (every pattern's first part in each of its spellings: typewriter and
//! typographic apostrophes, French spacing with no-break spaces, an opening capital without
//! its accent), ASCII case insensitive, leftmost-longest, with anchored and unanchored
//! starts, run bare over the bytes.
//! Shared by `benches/clean.rs` and `examples/clean_loop.rs`, so both time the same pass.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};

/// The floor automaton.
///
/// # Panics
///
/// If a built-in pack cannot be read or parsed: the benches run from the source tree.
pub fn floor_automaton() -> AhoCorasick {
    let mut needles = Vec::new();
    for pack in ["en", "de", "fr", "es"] {
        let path = format!("{}/packs/{pack}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let patterns = deboil::Patterns::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        for p in patterns.iter() {
            let first = p.text().split(" ... ").next().unwrap_or("").trim();
            needles.extend(deboil::Cleaner::__spellings(first));
        }
    }
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .start_kind(StartKind::Both)
        .build(&needles)
        .expect("the built-in packs build an automaton")
}
