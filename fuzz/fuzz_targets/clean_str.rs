//! `Cleaner::clean` on arbitrary UTF-8, in every mode.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| deboil_fuzz::invariants::fuzz_clean_str(data));
