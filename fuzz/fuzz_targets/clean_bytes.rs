//! `Cleaner::clean_bytes` and `write_clean_bytes` on arbitrary bytes, in every mode.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| deboil_fuzz::invariants::fuzz_clean_bytes(data));
