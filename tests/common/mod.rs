//! Shared by the integration tests and benches: the invariant checks (also built into the fuzz
//! targets), the CLI's JSON Lines reader and record step (included by path, as the fuzz crate
//! does), and the hostile inputs.

#![allow(dead_code)]

pub mod invariants;
#[path = "../../src/cli/lines.rs"]
pub mod lines;
#[path = "../../src/cli/record.rs"]
pub mod record;

/// `unit` repeated to exactly `n` bytes.
pub fn repeat_to(unit: &[u8], n: usize) -> Vec<u8> {
    unit.repeat(n / unit.len() + 1)[..n].to_vec()
}

/// `n` pseudo-random bytes (xorshift64, fixed seed: the same bytes every run).
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// The hostile inputs of `n` bytes each, named, with `ordinary` text (repeated to `n` bytes)
/// first as the yardstick: one line with no newline, empty lines, random and NUL bytes, a
/// glued marker, a phrase, a menu item and a prefix pattern's match each repeated on one
/// line, a short line (two words) of one guillemet repeated (each is a separator or a quote
/// mark by what stands near), the rows of one table of words, and the posts of one thread
/// (stamp, reply, row of buttons), each repeated line by line, and a call to action glued
/// between sentences, repeated on one line.
pub fn hostile_inputs(ordinary: &[u8], n: usize) -> Vec<(&'static str, Vec<u8>)> {
    let one_line: Vec<u8> = ordinary.iter().map(|&b| if b == b'\n' { b' ' } else { b }).collect();
    let mut guillemets = repeat_to("«".as_bytes(), n - 4 - n % 2);
    guillemets.extend_from_slice(b" a b");
    vec![
        ("ordinary", repeat_to(ordinary, n)),
        ("one_line", repeat_to(&one_line, n)),
        ("empty_lines", vec![b'\n'; n]),
        ("random_bytes", random_bytes(n)),
        ("nul_bytes", vec![0; n]),
        ("glued_marker", repeat_to(b"It rained.Advertisement", n)),
        ("glued_phrase", repeat_to(b"We use cookies ", n)),
        ("menu_line", repeat_to(b"Home | ", n)),
        (
            "prefix_matches",
            repeat_to("Alle 3 Bewertungen anzeigen ".as_bytes(), n),
        ),
        ("guillemets", guillemets),
        (
            "table_rows",
            repeat_to(
                "Zugang automatisch deaktivieren | aus | Schaltet das Gastnetz nach einer Zeit ab\n".as_bytes(),
                n,
            ),
        ),
        (
            "thread_posts",
            repeat_to(
                "#3 · 05.02.2025, 18:02\nDanke euch, das mache ich so!\nAntworten · Zitieren · Melden\n".as_bytes(),
                n,
            ),
        ),
        (
            "glued_calls",
            repeat_to("Der Rat hat entschieden.Jetzt Angebot testen und sparen!".as_bytes(), n),
        ),
    ]
}
