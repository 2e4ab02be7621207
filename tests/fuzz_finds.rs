//! Replays every saved fuzz find (`tests/data/fuzz/<target>/*`) through the same function the
//! fuzz target runs, so a fixed bug stays fixed. Also replays the hand-written fuzz seeds.

mod common;

use std::fs;
use std::path::Path;

use common::invariants::TARGETS;

fn replay_dir(dir: &Path, run: fn(&[u8])) -> usize {
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    let mut n = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        let data = fs::read(&path).unwrap();
        let ok = std::panic::catch_unwind(|| run(&data));
        assert!(ok.is_ok(), "{} fails again", path.display());
        n += 1;
    }
    n
}

#[test]
fn saved_finds_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut n = 0;
    for dir in fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        let name = dir.file_name().unwrap().to_str().unwrap().to_string();
        let (_, run) = TARGETS
            .iter()
            .find(|(t, _)| *t == name)
            .unwrap_or_else(|| panic!("tests/data/fuzz/{name}: no fuzz target of that name"));
        n += replay_dir(&dir, *run);
    }
    assert!(n > 0, "no saved finds under {}", root.display());
}

#[test]
fn fuzz_seeds_pass_every_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (_, run) in TARGETS {
        for dir in ["fuzz/seeds/text", "fuzz/seeds/jsonl", "seeds"] {
            assert!(replay_dir(&root.join(dir), *run) > 0, "{dir} is empty");
        }
    }
}
