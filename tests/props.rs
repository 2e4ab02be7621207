//! Properties of `Cleaner::clean` and `Cleaner::clean_bytes` on arbitrary and web-like input.
//!
//! The invariants themselves (tiling, no fused words, bytes = str, complete reasons) are the
//! ones the fuzz targets check: `tests/common/invariants.rs`.

mod common;

use bytes::Bytes;
use common::invariants::{check_clean_bytes, check_clean_str, check_idempotent};
use proptest::prelude::*;

fn cleaner() -> &'static deboil::Cleaner {
    common::invariants::cleaner(0)
}

/// One cleaner per mode.
fn any_mode() -> impl Strategy<Value = &'static deboil::Cleaner> {
    (0u8..3).prop_map(common::invariants::cleaner)
}

/// 2,000 cases per property unless `PROPTEST_CASES` says otherwise, from a fixed seed unless
/// `PROPTEST_RNG_SEED` gives one: `cargo test` checks the same pages on every run, and a
/// campaign explores new ones seed by seed (`PROPTEST_RNG_SEED=$RANDOM PROPTEST_CASES=200000`).
fn config() -> ProptestConfig {
    let mut config = ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(2000),
        ..ProptestConfig::default()
    };
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(DEFAULT_SEED);
    }
    config
}

/// The seed of `cargo test`'s cases (see [`config`]).
const DEFAULT_SEED: u64 = 0x6465_626f_696c;

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
    "Jana Müller, dpa",
    "Want more? Sign up for our newsletter.",
    "Your session has expired. Please refresh the page.",
    "Last edited by jo; 11-02-2021 at 06:44 PM.",
    "Almost done! Please check your inbox.",
    "28 Veranstaltungen gefunden",
    "Sevilla, 10 mar 2024 - 23:05 CET",
    "Photo Le Courrier du Val / Bastien Roux",
    "Already a subscriber? Log in",
    "¿Ya tienes cuenta? Entra aquí",
    "Mehr zum Thema",
    "Foto: dpa/Max Mustermann",
];

/// A web-like document: paragraphs, chrome lines, chrome glued to prose, menus, random
/// Unicode and empty pieces, with every kind of line break between them, or none.
fn web_doc() -> impl Strategy<Value = String> {
    web_doc_with(prop_oneof![Just("\n"), Just("\n\n"), Just(""), Just(" "), Just("\r\n")])
}

/// Pieces joined by `sep`.
fn web_doc_with(sep: impl Strategy<Value = &'static str>) -> impl Strategy<Value = String> {
    let prose = || proptest::sample::select(PROSE).prop_map(str::to_string);
    let chrome = || proptest::sample::select(CHROME).prop_map(str::to_string);
    let piece = prop_oneof![
        3 => prose(),
        2 => chrome(),
        1 => (prose(), chrome(), prose()).prop_map(|(a, c, b)| format!("{a}{c}{b}")),
        1 => proptest::collection::vec(chrome(), 2..6).prop_map(|v| v.join(" | ")),
        1 => "\\PC{0,40}",
        1 => Just(String::new()),
    ];
    proptest::collection::vec((piece, sep), 0..40).prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn tiles_any_string(c in any_mode(), text in "\\PC{0,300}") {
        check_clean_str(c, &text);
    }

    #[test]
    fn tiles_any_text_with_newlines(c in any_mode(), text in "[a-zA-Z .|•©\\n\\r\\t:'’-]{0,400}") {
        check_clean_str(c, &text);
    }

    #[test]
    fn tiles_web_like_documents(c in any_mode(), text in web_doc()) {
        check_clean_str(c, &text);
    }

    #[test]
    fn any_bytes_keep_the_invariants(c in any_mode(), data in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_clean_bytes(c, &data);
    }

    #[test]
    // Pieces glued with no separator at all make lines of several markers run together, where
    // one cut can change how the next match reads its line; those are left to the other tests.
    fn cleaning_twice_cuts_nothing_more(
        c in any_mode(),
        text in web_doc_with(prop_oneof![Just("\n"), Just("\n\n"), Just(" "), Just("\r\n")]),
    ) {
        check_idempotent(c, &text);
    }

    #[test]
    fn prose_is_untouched(idx in proptest::collection::vec(0..PROSE.len(), 1..30), blank in any::<bool>()) {
        let sep = if blank { "\n\n" } else { "\n" };
        let text: String = idx.iter().map(|&i| PROSE[i]).collect::<Vec<_>>().join(sep);
        let cleaned = cleaner().clean(&text);
        prop_assert!(cleaned.is_untouched(), "removed {:?}", cleaned.removed().map(|r| &text[r.range()]).collect::<Vec<_>>());
    }

    /// A cut made by a pattern holds that pattern (its first part, for `A ... B`): the reason
    /// names what matched there, not some other pattern found in the same line. (Where two
    /// cuts overlap, the removed spans are split at their edges; a run of touching spans
    /// with the same reason is read as one cut.)
    #[test]
    fn a_pattern_cut_holds_its_pattern(c in any_mode(), text in web_doc()) {
        check_pattern_attribution(c, &text);
    }

    /// The line model judges prose lines only where there is prose to spare: in a document
    /// of at most four paragraphs, however much chrome surrounds them, every paragraph stays.
    #[test]
    fn a_few_paragraphs_survive_any_chrome(
        c in any_mode(),
        pieces in proptest::collection::vec(
            (proptest::option::of(0..PROSE.len()), proptest::collection::vec(0..CHROME.len(), 0..6)),
            1..5,
        ),
    ) {
        let mut text = String::new();
        let mut prose = Vec::new();
        for (p, chrome) in &pieces {
            for &k in chrome {
                text += CHROME[k];
                text += "\n";
            }
            if let Some(p) = p {
                text += PROSE[*p];
                text += "\n";
                prose.push(PROSE[*p]);
            }
        }
        let out = c.clean(&text).to_string();
        for p in prose {
            prop_assert!(out.contains(p), "lost {p:?} from {text:?}");
        }
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

/// Pages on which a first pass once left something a pattern took on the second pass (found
/// by `cleaning_twice_cuts_nothing_more`): a match judged before the rest of its line was cut.
#[test]
fn cleaning_twice_finds() {
    const PARA: &str = "The river rose two metres overnight and the old bridge was closed to traffic.";
    let pages = [
        format!("We use cookies to improve your experience. | Related: How the storm changed the coast\n{PARA}\n"),
        format!("SubscribeSubscribe | Menu{PARA}\n"),
        format!("SubscribeWe use cookies to improve your experience. | Sign up for our newsletter\n{PARA}\n"),
        format!("Menu | Sign up for our newsletterPublicité\n{PARA}\n"),
        format!("Menu | Subscribe | We use cookies to improve your experience. | Related: How the storm changed the coast\n{PARA}\n"),
        format!("Related: How the storm changed the coast | Home | News | Sport | Weather | Publicité | Related: How the storm changed the coast | Privacy Policy\n{PARA}\n"),
        // A credit phrase with a long sentence after it is prose only where no cut splits
        // that sentence.
        format!("{PARA} Photo by Jane Roe/Reuters | Publicité | Sign up for our newsletter {PARA}\n{PARA}\n{PARA}\n"),
        // A credit after a cut that follows a sentence's end with no blank: the clean text
        // has a blank there, so the credit trails a sentence on both passes.
        format!("ਓ.A Want more? Sign up for our newsletter. Photo Le Courrier du Val / Bastien Roux\n{PARA}\n{PARA}\n"),
        // An opening mark right after an end mark (`."` before a letter without case) ends
        // the sentence before it, as it starts the next: the first credit's sentence ends
        // where the second credit's begins.
        format!("Foto: dpa/x M 0𨯺𞹤.\"𐣦`n𞴴𑵙 Foto: dpa/x u\n{PARA}\n{PARA}\n"),
        // What a menu run leaves of its line is judged as a second pass sees it: here a
        // stamp short enough for its prefix once the run is gone.
        // A menu run that ends a credit's sentence is no part of it: the credit is judged on
        // the words before the run, as a second pass reads it.
        format!("Want more? Sign up for our newsletter. | Foto: dpa/Max Mustermann A𞱱A🌀A?a(¹ a Home | News | Sport | Weather\n{PARA}\n{PARA}\n"),
        // What is left of a line once a menu run is gone may end with a run again: looked for
        // until none starts earlier, so that the prefix left alone goes on the first pass.
        format!(" ¿Ya tienes cuenta? Entra aquí | 3 comments | ¿Ya tienes cuenta? Entra aquí | Read more | Want more? Sign up for our newsletter.\n{PARA}\n{PARA}\n"),
        format!("Last edited by jo; 11-02-2021 at 06:44 PM. | Share on Facebook | Share on Facebook | Next Compartir | Mehr zum Thema | ¿Ya tienes cuenta? Entra aquí | Home | News | Sport | Weather\n{PARA}\n{PARA}\n"),
        // A stamp's block glued to the article is read without the cuts inside it: here the
        // pitch's, which made it too long on its own.
        format!("Last edited by jo; 11-02-2021 at 06:44 PM. | Related: How the storm changed the coast | Want more? Sign up for our newsletter. 0Aß {PARA}\n{PARA}\n"),
        // Credits left alone until the rest of their line is known, once cut, may leave a
        // stamp's line: it is judged again as a second pass judges it.
        format!("Last edited by jo; 11-02-2021 at 06:44 PM. | Foto: dpa/Max Mustermann | Sevilla, 10 mar 2024 - 23:05 CET | Photo Le Courrier du Val / Bastien Roux\n{PARA}\n{PARA}\n"),
        // A button glued after a question's mark, with a row of markers after it: once the
        // separators rule has cut the row, the button is a block glued on, as a second pass
        // reads it.
        format!("𛄲?JA? Advertisement | Advertisement | Advertisement\n{PARA}\n"),
        // A row of items between bars is no sentence of prose, whatever its last item ends
        // with: the prefix that opens it takes it before the pitch at its end is cut.
        format!("{PARA}Home | News | Sport | Weather{PARA}\n¿Ya tienes cuenta? Entra aquí | Subscribe | Menu | Want more? Sign up for our newsletter.\nLast edited by jo; 11-02-2021 at 06:44 PM. | Last edited by jo; 11-02-2021 at 06:44 PM. | Subscribe | Menu\n"),
        // A row glued on after the model cut the tail of a credit's sentence: the credit
        // left alone for its long sentence is judged again without the row.
        format!("Next | Photo by Jane Roe/Reuters A 0🌀𑋰®0\"Σ Ὕ$Ꭰa[¹🢰0 ኊ|𝔍𐫫a\n{PARA}\n{PARA}\n"),
        // A credit glued on after the model, once cut, leaves a menu's button alone on its
        // line: judged again without the credit.
        format!("{PARA}\nMenu ?A©Ę\n{PARA}\n"),
        // Rows glued between sentences give two lines bars enough to make a table with a
        // third line of bars; the table's rows are left whole, as a second pass reads them.
        "The river rose two metres overnight and the old bridge was closed to traffic.Home | News | Sport | WeatherThe river rose two metres overnight and the old bridge was closed to traffic.\nThe river rose two metres overnight and the old bridge was closed to traffic.Home | News | Sport | WeatherThe river rose two metres overnight and the old bridge was closed to traffic.\nRelated: How the storm changed the coast | Last edited by jo; 11-02-2021 at 06:44 PM. | Menu | Menu Mehr zum Thema\n".to_string(),
        // A related link's title may be a question; what the pitch's cut leaves of the line
        // ends with one, and it is judged so on the first pass.
        format!("Related: How the storm changed the coast | Want more? Sign up for our newsletter.\n{PARA}\n{PARA}\n{PARA}\n{PARA}\n"),
        // A glued marker after the cuts that open its line, with only noise between, opens
        // what a second pass reads of the line.
        format!("Want more? Sign up for our newsletter. [ Privacy Policy {PARA}\n"),
        // A glued marker that cuts after it leave at the line's end stands there on the first
        // pass too.
        format!("{PARA} Subscribe ? Almost done! Please check your inbox.\n"),
        // An agency's byline is read from the first letter that the cuts before it leave.
        format!("Already a subscriber? Log in .] Jana Müller, dpa\n{PARA}\n"),
        // A row glued to the line's last word, cut after the model: the prefix that the row's
        // words turned down is judged again without them.
        format!("Mehr zum Thema Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen. 𝔍¡ங[ꤊaĘ🀀𝓅¹|𫝀\n{PARA}\n"),
        // Junk glued before or after a row is no block: a row is cut only between words.
        format!("𝕒¦ව[A ￒaX\n{PARA}\n"),
        format!("¹|ো🪀ෲaX\n{PARA}\n"),
        format!("{PARA} Foto: dpa/Max Mustermann ও;A[0\"A:0ໆଏ \u{11357}|𐦀;A[𐿠\n"),
        // A credit pattern with a later part needs it after a sentence, on both passes.
        format!("{PARA}Advertisement{PARA} Photo Le Courrier du Val / Bastien Roux Almost done! Please check your inbox.\n"),
        // A copyright line is no row of a table: it does not shield the rows around it from
        // the separators rule.
        format!("¿Ya tienes cuenta? Entra aquí | Sign up for our newsletter | Almost done! Please check your inbox.\r\n© 2024 Example Media | Advertisement | Advertisement\r\nSubscribe | Subscribe | Almost done! Please check your inbox.\n{PARA}\n\n{PARA}\n"),
        // A credit phrase turned down for the words after it in its sentence goes once the
        // pass's later cuts (a menu run, a newsletter pitch) have taken those words.
        format!("Jana Müller, dpa | Want more? Sign up for our newsletter. | Photo by Jane Roe/Reuters .[¹ \u{1DF25}[a ꟲ Related: How the storm changed the coast | Want more? Sign up for our newsletter. | Advertisement\n{PARA}\n"),
        format!("{PARA} Advertisement | Photo by Jane Roe/Reuters a[ዘ!0\u{11C00} a;\u{1EE8B}² Share on Facebook | © 2024 Example Media | Want more? Sign up for our newsletter.\n{PARA}\n"),
        // A table's rows come back after the line model only as a second pass reads them,
        // without their pattern cuts: here three lines of four bars each, of which the cuts
        // leave rows of one, two and three.
        format!("{PARA}\n{PARA}\nSubscribe | Subscribe Your session has expired. Please refresh the page. | Subscribe | Related: How the storm changed the coast | Photo by Jane Roe/Reuters {PARA}\n¿Ya tienes cuenta? Entra aquí We use cookies to improve your experience. | Your session has expired. Please refresh the page. | ¿Ya tienes cuenta? Entra aquí | Menu | Menu\n3 comments | Subscribe | Advertisement | Privacy Policy | Related: How the storm changed the coast\n{PARA}\n"),
        // Nor does a row where a pattern was turned down: the separators' cut taken back, the
        // pattern would take what is left of it on a second pass ("Menu | ").
        format!("Menu | Jana Müller, dpa\nRelated: How the storm changed the coast | Privacy Policy {PARA}Advertisement{PARA}\nWant more? Sign up for our newsletter. | Menu | Publicité\r\n{PARA}\n{PARA}\n"),
        format!("Menu | Subscribe\nRelated: How the storm changed the coast | Menu {PARA}Advertisement{PARA}\r\n© 2024 Example Media | Photo by Jane Roe/Reuters | Anzeige | Menu | Menu\n"),
        // A credit glued after a sentence ("…year.© 2024 Example Media") ends that sentence
        // for the phrases before it, cut or not.
        format!("© 2024 Example Media | Photo by Jane Roe/Reuters Researchers measured the temperature of the lake every morning for a year.© 2024 Example MediaFarmers in the valley said the harvest had been the best in a decade.\n\n{PARA}\n"),
        // Bars inside pattern cuts make no table's row: read as a second pass reads them, the
        // three lines of four bars each are a menu, a label and a paragraph, and the
        // separators rule leaves the prefix its line.
        // A sentence glued right after a phrase's last word is the next block's, however short
        // that word: the phrase's cut gives it back on the first pass.
        "Mehr zum Thema | Read more | 3 comments The river rose two metres overnight and the old bridge was closed to traffic.Already a subscriber? Log inFarmers in the valley said the harvest had been the best in a decade. Compartir\n".to_string(),
        // Nor does a line that a chain of `line` patterns cuts whole after the shape rules:
        // without it, the two rows under it are too few for a table, on either pass.
        // A bar that a cut leaves at the line's start is no spaced bar on a second pass: the
        // first line has three then, and with two lines of four bars there is no table.
        format!("Subscribe | Menu | Menu | Menu | 3 comments\n{PARA} Menu | Advertisement | Subscribe | Menu | Menu\nLast edited by jo; 11-02-2021 at 06:44 PM. | Sevilla, 10 mar 2024 - 23:05 CET | Photo Le Courrier du Val / Bastien Roux | Menu | Menu\n"),
        format!("Subscribe | Menu | Menu | Menu | Menu\n{PARA} Menu | Advertisement | Subscribe | Menu | Menu\nLast edited by jo; 11-02-2021 at 06:44 PM. | Sevilla, 10 mar 2024 - 23:05 CET | Photo Le Courrier du Val / Bastien Roux | Menu | Menu\n"),
        format!("Menu | Subscribe | Sign up for our newsletter | Subscribe | Subscribe\nSubscribe\n¿Ya tienes cuenta? Entra aquí | Jana Müller, dpa 28 Veranstaltungen gefunden | Related: How the storm changed the coast | Read more | Read more\n{PARA} Sign up for our newsletter | Subscribe | Advertisement | Sign up for our newsletter | Subscribe\n"),
        // A glued row cut at a capital glued to a letter ("ͺ|Ap") frees the word after it:
        // an agency's credit line on a second pass, so on the first one too.
        format!("{PARA}\nיִ|a𛀀ͺAp\n{PARA}\n"),
        // A credit trailing a sentence counts its words to the line's end, whatever ends its
        // names: a pitch that a later cut takes would make it short enough on a second pass.
        format!("{PARA} Photo Le Courrier du Val / Bastien Roux | Menu | Subscribe Subscribe Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen. Researchers measured the temperature of the lake every morning for a year.\n"),
    ];
    for page in &pages {
        for pick in 0..3 {
            let c = common::invariants::cleaner(pick);
            check_idempotent(c, page);
            assert!(c.clean(page).to_string().contains(PARA), "{page:?}");
        }
    }
}

/// Pages on which the generator once broke an invariant with a pitch's pieces.
#[test]
fn pitch_finds() {
    const PARA: &str = "The river rose two metres overnight and the old bridge was closed to traffic.";
    // A phrase's sentence ran past the end of a glued block that took the phrase's words:
    // the rest goes with the block, not with a phrase it does not hold.
    check_pattern_attribution(
        cleaner(),
        &format!("{PARA}Related: How the storm changed the coast | Want more? Sign up for our newsletter.\u{16E60}A\n"),
    );
    // Cut on a second pass only, each once:
    // - a `prefix` turned down because its line ended with a sentence that a phrase then
    //   took: the separator rule saw the shorter line only then (it now reads the line
    //   without its pattern cuts);
    // - the same with a row of links found on the whole line first (the line is read again
    //   without that row);
    // - a trailing credit after a glued marker (judged as it stands once the marker is gone).
    for pick in 0..3 {
        for page in [
            format!("{PARA}\r\n¿Ya tienes cuenta? Entra aquí | Menu | Almost done! Please check your inbox.\n"),
            "Last edited by jo; 11-02-2021 at 06:44 PM. | Sevilla, 10 mar 2024 - 23:05 CET | Compartir Advertisement | Almost done! Please check your inbox. Photo Le Courrier du Val / Bastien Roux | Advertisement\n".to_string(),
            format!("{PARA}\n{PARA} Subscribe Photo Le Courrier du Val / Bastien Roux\n"),
        ] {
            check_idempotent(common::invariants::cleaner(pick), &page);
        }
    }
}

/// A page on which `a_pattern_cut_holds_its_pattern` once failed: a line that a `line`
/// pattern glued at its end cut whole ("…by noon.Menu"), with a slash and a glued capital
/// before it, was split as a path with a page's title glued to it, and the cut left in
/// front of the "title" no longer held "Menu". Only a path's prefix, which opens its line, or
/// the separators rule may be split so.
#[test]
fn crumb_finds() {
    let page = "Photo Le Courrier du Val / Bastien Roux© 2024 Example Media | Already a subscriber? Log in | \
                We use cookies to improve your experience. | Sign up for our newsletterEngineers replaced the \
                pump, and water returned to the town by noon.Menu\r\nThe river rose two metres overnight and \
                the old bridge was closed to traffic.\nThe river rose two metres overnight and the old bridge \
                was closed to traffic.\n";
    check_pattern_attribution(cleaner(), page);
}

/// Pages on which `a_few_paragraphs_survive_any_chrome` once lost a paragraph: under a
/// related-links head, lines cut by patterns ("Share on Facebook", a byline) were read as the
/// titles of a list of teasers, and the paragraph between them as a teaser.
#[test]
fn paragraphs_finds() {
    const PARA: &str = "The river rose two metres overnight and the old bridge was closed to traffic.";
    let page = format!(
        "Mehr zum Thema\nShare on Facebook\n{PARA}\nJana Müller, dpa\nWe use cookies to improve your experience.\n"
    );
    for pick in 0..3 {
        let out = common::invariants::cleaner(pick).clean(&page).to_string();
        assert!(out.contains(PARA), "{out:?}");
    }
}

/// The check of `a_pattern_cut_holds_its_pattern` on one text.
fn check_pattern_attribution(c: &deboil::Cleaner, text: &str) {
    let norm = |s: &str| s.to_ascii_lowercase().replace('\u{2019}', "'");
    let cleaned = c.clean(text);
    let mut runs: Vec<(std::ops::Range<usize>, String, Option<&str>)> = Vec::new();
    for r in cleaned.removed() {
        let why = r.reason.to_string();
        match runs.last_mut() {
            Some((range, w, _)) if range.end == r.range().start && *w == why => range.end = r.range().end,
            _ => runs.push((r.range(), why, r.reason.pattern())),
        }
    }
    for (range, why, pattern) in runs {
        if let Some(p) = pattern {
            let head = p.split(" ... ").next().unwrap_or(p).trim();
            let cut = &text[range];
            assert!(norm(cut).contains(&norm(head)), "{cut:?} cut by {why}");
        }
    }
}
