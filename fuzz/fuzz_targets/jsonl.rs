//! The JSON Lines reader and record step of `deboil clean --jsonl` on arbitrary bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| deboil_fuzz::invariants::fuzz_jsonl(data));
