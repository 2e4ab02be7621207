//! `words` and `tokenize` against unicode-segmentation 1.10.1 (same Unicode version).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| deboil_fuzz::invariants::fuzz_words(data));
