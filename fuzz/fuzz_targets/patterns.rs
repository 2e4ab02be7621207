//! A user pattern file and builder settings (`Arbitrary`), then the cleaner on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| deboil_fuzz::invariants::fuzz_patterns(data));
