//! Properties of `Cleaner::clean` and `Cleaner::clean_bytes` on arbitrary and web-like input.

use bytes::Bytes;
use proptest::prelude::*;

fn cleaner() -> &'static deboil::Cleaner {
    use std::sync::OnceLock;
    static C: OnceLock<deboil::Cleaner> = OnceLock::new();
    C.get_or_init(deboil::Cleaner::new)
}

/// Kept segments and removed spans tile the input exactly, in order.
fn check_tiling(text: &str) {
    let cleaned = cleaner().clean(text);
    let mut pieces: Vec<(usize, usize, bool)> = cleaned.kept_ranges().map(|r| (r.start, r.end, true)).collect();
    pieces.extend(cleaned.removed().map(|r| (r.start, r.end, false)));
    pieces.sort();
    let mut pos = 0;
    for (s, e, _) in &pieces {
        assert_eq!(*s, pos, "gap or overlap at {pos} in {text:?}");
        assert!(e > s, "empty piece at {s}");
        pos = *e;
    }
    assert_eq!(pos, text.len());
    // Segments are subslices of the input, in order.
    let base = text.as_ptr() as usize;
    let mut last = 0;
    for seg in cleaned.segments() {
        let at = seg.as_ptr() as usize - base;
        assert!(at >= last && at + seg.len() <= text.len());
        last = at + seg.len();
    }
    // The clean text never fuses two words: its words are exactly the segments' words.
    let out = cleaned.to_string();
    let joined: Vec<&str> = cleaned.segments().flat_map(str::split_whitespace).collect();
    assert_eq!(out.split_whitespace().collect::<Vec<_>>(), joined);
}

const PROSE: &[&str] = &[
    "The river rose two metres overnight and the old bridge was closed to traffic.",
    "Farmers in the valley said the harvest had been the best in a decade.",
    "Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen.",
    "Le conseil municipal a voté la rénovation de la bibliothèque du quartier.",
    "El ayuntamiento aprobó ayer el nuevo plan de transporte para la ciudad.",
    "Engineers replaced the pump, and water returned to the town by noon.",
    "Researchers measured the temperature of the lake every morning for a year.",
];

const CHROME: &[&str] = &[
    "Advertisement",
    "Share on Facebook",
    "Home | News | Sport | Weather",
    "Subscribe",
    "Related: How the storm changed the coast",
    "Photo by Jane Roe/Reuters",
    "© 2024 Example Media",
    "Sign up for our newsletter",
    "Menu",
    "Read more",
    "Anzeige",
    "Teilen",
    "Publicité",
    "Compartir",
    "We use cookies to improve your experience.",
    "Privacy Policy",
    "Next",
    "3 comments",
];

fn web_doc() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PROSE).prop_map(str::to_string),
        2 => proptest::sample::select(CHROME).prop_map(str::to_string),
        1 => "\\PC{0,40}",
        1 => Just(String::new()),
    ];
    let sep = prop_oneof![Just("\n"), Just("\n\n"), Just(""), Just(" "), Just("\r\n")];
    proptest::collection::vec((piece, sep), 0..40).prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn tiles_any_string(text in "\\PC{0,300}") {
        check_tiling(&text);
    }

    #[test]
    fn tiles_any_text_with_newlines(text in "[a-zA-Z .|•©\\n\\r\\t:'’-]{0,400}") {
        check_tiling(&text);
    }

    #[test]
    fn tiles_web_like_documents(text in web_doc()) {
        check_tiling(&text);
    }

    #[test]
    fn prose_is_untouched(idx in proptest::collection::vec(0..PROSE.len(), 1..30), blank in any::<bool>()) {
        let sep = if blank { "\n\n" } else { "\n" };
        let text: String = idx.iter().map(|&i| PROSE[i]).collect::<Vec<_>>().join(sep);
        let cleaned = cleaner().clean(&text);
        prop_assert!(cleaned.is_untouched(), "removed {:?}", cleaned.removed().map(|r| &text[r.range()]).collect::<Vec<_>>());
    }

    #[test]
    fn bytes_never_panic_and_match_str(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        let buf = Bytes::from(data.clone());
        let parts = cleaner().clean_bytes(&buf);
        // Parts share buf's memory, in order, and never overlap.
        let base = buf.as_ptr() as usize;
        let mut last = 0;
        for p in &parts {
            let at = p.as_ptr() as usize - base;
            prop_assert!(at >= last && at + p.len() <= buf.len());
            last = at + p.len();
        }
        if let Ok(s) = std::str::from_utf8(&data) {
            let want: Vec<&[u8]> = cleaner().clean(s).segments().map(str::as_bytes).collect();
            let got: Vec<&[u8]> = parts.iter().map(|b| &b[..]).collect();
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn web_like_bytes_match_str(text in web_doc()) {
        let buf = Bytes::from(text.clone());
        let got: Vec<Vec<u8>> = cleaner().clean_bytes(&buf).iter().map(|b| b.to_vec()).collect();
        let want: Vec<Vec<u8>> = cleaner().clean(&text).segments().map(|s| s.as_bytes().to_vec()).collect();
        prop_assert_eq!(got, want);
    }
}

#[test]
fn invalid_utf8_is_kept_as_is() {
    // A line of prose with a stray invalid byte stays whole; chrome around it still goes.
    let mut data = b"Share on Facebook\n".to_vec();
    data.extend_from_slice(b"The river rose two metres overnight \xff and the old bridge was closed.\n");
    let buf = Bytes::from(data);
    let parts = cleaner().clean_bytes(&buf);
    assert_eq!(
        parts.concat(),
        b"The river rose two metres overnight \xff and the old bridge was closed.\n"
    );
}

#[test]
fn glued_cut_gets_a_space() {
    let text =
        "Police said the suspect was probably still at large.AdvertisementIn the audio recording, the group spoke.";
    let out = cleaner().clean(text).to_string();
    assert_eq!(
        out,
        "Police said the suspect was probably still at large. In the audio recording, the group spoke."
    );
}

#[test]
fn empty_and_whitespace_inputs() {
    for t in ["", "\n", "\n\n\n", "   ", "\r\n", "\t"] {
        let c = cleaner().clean(t);
        assert_eq!(c.to_string(), t, "{t:?}");
    }
}
