//! The JSON Lines path of `deboil clean --jsonl` does not depend on how records are batched:
//! every batch size yields the same records, numbered alike, with the same output.

mod common;

use common::lines::Batches;
use common::record::{clean_record, JsonlOpts};
use proptest::prelude::*;

fn record_line() -> impl Strategy<Value = String> {
    let text = prop_oneof![
        Just("Home | News | Sport\nThe river rose two metres overnight.".to_string()),
        Just("Advertisement\nDie Stadt hat am Montag beschlossen, den Park zu öffnen.".to_string()),
        "\\PC{0,60}",
    ];
    prop_oneof![
        4 => (0u32..1000, text).prop_map(|(id, t)| format!("{{\"id\":{id},\"text\":{}}}", serde_json::to_string(&t).unwrap())),
        1 => Just(String::new()),
        1 => Just("   ".to_string()),
        1 => Just("not json".to_string()),
        1 => Just("{\"text\": 7}".to_string()),
        1 => "[ -~]{0,20}",
    ]
}

/// (line number, output or error) for every record, read with the given limits.
fn run(input: &[u8], max_lines: usize, max_bytes: usize) -> Vec<(usize, Result<Vec<u8>, String>)> {
    let cleaner = common::invariants::cleaner(0);
    let opts = JsonlOpts {
        field: "text",
        out_field: "clean",
        explain: Some("removed"),
    };
    let mut batches = Batches::with_limits(input, max_lines, max_bytes);
    let mut out = Vec::new();
    loop {
        let (batch, _) = batches.next_batch().unwrap();
        if batch.is_empty() {
            return out;
        }
        assert!(batch.len() <= max_lines.max(1));
        out.extend(batch.iter().map(|l| (l.number, clean_record(&l.bytes, &opts, cleaner))));
    }
}

proptest! {
    #[test]
    fn output_does_not_depend_on_batch_size(lines in proptest::collection::vec(record_line(), 0..60), crlf in any::<bool>()) {
        let input = lines.join(if crlf { "\r\n" } else { "\n" });
        let want = run(input.as_bytes(), 256, 8 << 20);
        for (max_lines, max_bytes) in [(1, 1), (2, 10), (7, 1 << 20), (1000, 64)] {
            let got = run(input.as_bytes(), max_lines, max_bytes);
            prop_assert_eq!(&got, &want, "batches of {} lines / {} bytes", max_lines, max_bytes);
        }
        // One result per non-blank line.
        let non_blank = input.split('\n').filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(want.len(), non_blank);
    }
}
