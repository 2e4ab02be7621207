//! Golden tests on the seed articles (`seeds/`): the exact clean text, plus tables of what
//! must go and what must stay. Set `DEBOIL_BLESS=1` to rewrite the golden files after a
//! reviewed change.

use std::path::Path;

fn seed(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name)).unwrap()
}

fn check_golden(name: &str) {
    let text = seed(name);
    let out = deboil::Cleaner::new().clean(&text).to_string();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.clean"));
    if std::env::var_os("DEBOIL_BLESS").is_some() {
        std::fs::write(&golden, &out).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap();
    assert_eq!(out, want, "clean text of {name} differs from {}", golden.display());
}

#[test]
fn golden_nyt() {
    check_golden("000_d06dd05617b8cbae.txt");
}

#[test]
fn golden_vice() {
    check_golden("003_c2860dfb095d0ae3.txt");
}

/// (seed, text that must be gone from the clean output)
const MUST_GO: &[(&str, &str)] = &[
    ("000_d06dd05617b8cbae.txt", "By RUKMINI CALLIMACHI"),
    ("000_d06dd05617b8cbae.txt", "Advertisement"),
    (
        "000_d06dd05617b8cbae.txt",
        "Please verify you're not a robot by clicking the box.",
    ),
    ("000_d06dd05617b8cbae.txt", "Invalid email address."),
    ("000_d06dd05617b8cbae.txt", "Please re-enter."),
    (
        "000_d06dd05617b8cbae.txt",
        "You must select a newsletter to subscribe to.",
    ),
    ("000_d06dd05617b8cbae.txt", "View all New York Times newsletters."),
    (
        "000_d06dd05617b8cbae.txt",
        "Liam Stack and Amy Chozick contributed reporting.",
    ),
    ("000_d06dd05617b8cbae.txt", "A version of this article appears in print"),
    ("000_d06dd05617b8cbae.txt", "Order Reprints"),
    ("000_d06dd05617b8cbae.txt", "Today's Paper"),
    ("000_d06dd05617b8cbae.txt", "Subscribe"),
    ("000_d06dd05617b8cbae.txt", "interested in your feedback"),
    ("000_d06dd05617b8cbae.txt", "Tell us what you think."),
    ("003_c2860dfb095d0ae3.txt", "This story is over 5 years old."),
    ("003_c2860dfb095d0ae3.txt", "November 21, 2015, 5:01pm"),
    ("003_c2860dfb095d0ae3.txt", "Photo by Joe Penney/Reuters"),
    (
        "003_c2860dfb095d0ae3.txt",
        "Related: What the Bamako Hotel Attack Reveals",
    ),
    (
        "003_c2860dfb095d0ae3.txt",
        "Related: Terrorist Groups Are Poaching Elephants",
    ),
    ("003_c2860dfb095d0ae3.txt", "Follow VICE News on Twitter"),
    ("003_c2860dfb095d0ae3.txt", "Reuters contributed to this report."),
];

/// (seed, text that must stay: title, standfirst, sentences next to cuts)
const MUST_STAY: &[(&str, &str)] = &[
    (
        "000_d06dd05617b8cbae.txt",
        "American officials acknowledge that he is probably still at large.",
    ),
    (
        "000_d06dd05617b8cbae.txt",
        "In the audio recording, the group, known as Al Mourabitoun",
    ),
    (
        "000_d06dd05617b8cbae.txt",
        "The recording was released to the Al Jazeera network",
    ),
    (
        "000_d06dd05617b8cbae.txt",
        "Supporters of Al Qaeda loudly celebrated the Mali attack",
    ),
    (
        "000_d06dd05617b8cbae.txt",
        "reinforce the notion that Al Qaeda is at war with the West.",
    ),
    (
        "000_d06dd05617b8cbae.txt",
        "On Twitter, sympathizers of Al Qaeda described the Bamako attack",
    ),
    (
        "000_d06dd05617b8cbae.txt",
        "“generational struggle against radical jihadism.”",
    ),
    (
        "003_c2860dfb095d0ae3.txt",
        "Putin Calls for Fight Against 'Global Terror' as Mali Hunts Suspects in Deadly Hotel Siege",
    ),
    (
        "003_c2860dfb095d0ae3.txt",
        "Officials said “more than three suspects” are still at large",
    ),
    (
        "003_c2860dfb095d0ae3.txt",
        "Mokhtar Belmoktar, a notorious one-eyed Algerian militant, heads the group.",
    ),
    (
        "003_c2860dfb095d0ae3.txt",
        "Friday's assault on Bamako came just one week after 130 people were killed",
    ),
    (
        "003_c2860dfb095d0ae3.txt",
        "\"Paris and New York were not shut down and Mali won't be. Terrorism will not win.\"",
    ),
];

#[test]
fn seed_tables() {
    let cleaner = deboil::Cleaner::new();
    let mut failures = Vec::new();
    for (name, what) in MUST_GO {
        let text = seed(name);
        assert!(text.contains(what), "table entry {what:?} is not in {name}");
        if cleaner.clean(&text).to_string().contains(what) {
            failures.push(format!("{name}: kept boilerplate {what:?}"));
        }
    }
    for (name, what) in MUST_STAY {
        let text = seed(name);
        assert!(text.contains(what), "table entry {what:?} is not in {name}");
        if !cleaner.clean(&text).to_string().contains(what) {
            failures.push(format!("{name}: lost content {what:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_seed_sentence_survives_or_is_explained() {
    // Every removed span of the seeds has a reason naming a rule, and for patterns the pack
    // and the pattern text.
    let cleaner = deboil::Cleaner::new();
    for name in ["000_d06dd05617b8cbae.txt", "003_c2860dfb095d0ae3.txt"] {
        let text = seed(name);
        let cleaned = cleaner.clean(&text);
        for cut in cleaned.removed() {
            if cut.reason.rule() == deboil::Rule::Pattern {
                assert!(
                    cut.reason.pack().is_some() && cut.reason.pattern().is_some(),
                    "{}",
                    cut.reason
                );
            }
            assert!(!cut.reason.to_string().is_empty());
        }
    }
}
