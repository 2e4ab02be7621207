//! `tokenize`, `tokenize_bytes` and a protecting `Tokenizer` on arbitrary input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| deboil_fuzz::invariants::fuzz_tokenize(data));
