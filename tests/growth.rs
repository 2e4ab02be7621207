//! Cleaning time grows with the text's length, not with its square: a long line with many
//! cuts (the seed articles joined into one line, as extraction that loses every block
//! boundary gives them) or many matches (one menu item again and again) is read once per
//! line, not once per cut or match. Timed in the same run, so
//! a slow or busy machine slows both sizes alike; a linear cost gives a ratio near 16, a
//! cost that grows with the square one near 256.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// `unit` repeated to `n` bytes, on one line.
fn repeated(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)[..n].to_string()
}

/// The seed articles as one line, repeated to `n` bytes (cut at a char boundary).
fn one_line(n: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .map(|e| e.expect("seed").path())
        .collect();
    paths.sort();
    let line: String = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed text").replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ");
    let mut text = line.repeat(n / line.len() + 1);
    let mut end = n;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn time(cleaner: &deboil::Cleaner, text: &str) -> Duration {
    let t = Instant::now();
    black_box(cleaner.clean(black_box(text)).kept_len());
    t.elapsed()
}

/// Times `text_of(1 MB)` (best of three) and `text_of(16 MB)` in the same run: a linear cost
/// keeps them under 48 times apart.
fn assert_linear(text_of: impl Fn(usize) -> String) {
    let cleaner = deboil::Cleaner::new();
    let (small, large) = (text_of(1 << 20), text_of(16 << 20));
    let t_small = (0..3).map(|_| time(&cleaner, &small)).min().expect("three runs");
    let t_large = time(&cleaner, &large);
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    assert!(
        ratio < 48.0,
        "16 MB took {t_large:?}, 1 MB {t_small:?}: {ratio:.0}x for 16x the bytes"
    );
}

#[test]
fn one_long_line_cleans_in_linear_time() {
    assert_linear(one_line);
}

/// A prefix pattern's match in a line far too long for a label is turned down before
/// anything reads the rest of the line: a line of its matches once took 0.2 s at 1 MB and
/// 28 s at 8 MB, each match looking for a time of day to the line's end.
#[test]
fn a_line_of_matches_cleans_in_linear_time() {
    assert_linear(|n| repeated("Alle 3 Bewertungen anzeigen Postuler ", n));
}

/// A stamp's prefix between markers that are cut, again and again on one line: the matches
/// judged again after the line model, without the line's cuts, walk the cuts along with
/// them. A first form looked each match's place up from the line's start: 11 s at 1 MB and
/// 137 s at 4 MB.
#[test]
fn a_line_of_matches_between_cuts_cleans_in_linear_time() {
    assert_linear(|n| repeated("Last edited by jo Advertisement ", n));
}

/// A share bar's label glued after a sentence, then its buttons glued on again and again: the
/// bar's run of buttons is read once, not once per label.
#[test]
fn a_line_of_glued_share_bars_cleans_in_linear_time() {
    assert_linear(|n| {
        repeated(
            "Wir waren vor dem Regen zurück.Partager :FacebookTwitterE-mailImprimer",
            n,
        )
    });
}

/// Contact blocks under their headings, one after another, and one-word answers under
/// questions: each block and each answer is read within a few lines.
#[test]
fn contact_blocks_and_answers_clean_in_linear_time() {
    assert_linear(|n| {
        repeated(
            "Habt ihr den Abgleich schon gemacht?\nNein.\nKontakt\nBürgerbüro im Rathaus\nMarktplatz 1, 34599 Lindenau\nTelefon 05634 9312-100\nbuergerbuero@lindenau.example\n",
            n,
        )
    });
}

/// A programme of events, newsletter boxes, buttons glued together and threads' last
/// replies before glued links, again and again: each page-wide rule of the round before
/// the latest reads every line once.
#[test]
fn event_lists_and_glued_buttons_clean_in_linear_time() {
    assert_linear(|n| {
        repeated(
            "Samstag, 5. April 2025, 19.30 Uhr\nFrühlingskonzert in der Stadtkirche, Eintritt frei.\nNewsletter\nEinmal im Monat alle Termine direkt in Ihr Postfach.\nAbonnieren\nFacebookTwitterWhatsApp\nvon Jens » Di 15. Sep 2009, 07:58\nNa also. Immer erst das Einfache prüfen.Nach obenZurück zu „Motor & Vergaser“\nSantiago de Compostela - 07 may 2024 - 05:30 CEST\n",
            n,
        )
    });
}

/// Paths with their pages' titles, shops' items with brands, ratings and prices, options
/// with surcharges under a head of links, blog posts' meta rows and sentences with chrome
/// glued to their end, again and again: each rule of the latest round reads every line
/// once.
#[test]
fn paths_items_and_glued_tails_clean_in_linear_time() {
    assert_linear(|n| {
        repeated(
            "Sie sind hier: Startseite › Rathaus › Veranstaltungskalender\nVeranstaltungskalender\nMerino-Fleecejacke «Gantrisch» Herren\nGipfelwerk\n★★★★☆ 4,6 (38 Bewertungen)\nCHF 189.00\nPassendes Zubehör:\nWühlmausgitter, verzinkt (+ 12,50 €)\n14. September 2013 von Steffi · 23 Kommentare\nLasst es euch schmecken!Teilen mit:FacebookTwitterPinterestE-Mail\nUmweltreferat im Gemeindeamt: Tel. 02952 / 4417-12\n",
            n,
        )
    });
}

#[test]
fn glued_buttons_titles_and_contacts_clean_in_linear_time() {
    assert_linear(|n| {
        repeated(
            "Startseite » Leistungen\nUnsere Leistungen\nGebühr: 96,00 € (ermäßigt 72,00 €)In den WarenkorbItalienisch A1\nRestaurierung[Bearbeiten]\nFamily ticket: £38 (two adults, two children)Add to cartGift vouchers are valid for a year.\nIhre Ansprechpartnerin\nFrau Daniela Großkopf, Bürgerbüro\nTelefon 07154 8873-214\nZimmer 0.12, Rathaus, Marktplatz 1\nSektion TischtennisPDFDruckenE-Mail\nSubscribe:Apple PodcastsSpotifyRSS\n",
            n,
        )
    });
}

/// A title under a path made of one long word, or of two words with a long run of blanks
/// between them: its words are read, not its bytes one by one.
#[test]
fn a_long_title_under_a_path_cleans_in_linear_time() {
    let prose = "Wir sind eine Ordination für alle Kassen und betreuen Patientinnen und Patienten jeden Alters.\n";
    for filler in [":", " "] {
        assert_linear(|n| {
            format!(
                "{prose}Team\nLeistungen\nKontakt\nSie sind hier: Startseite » Leistungen\nUnsere{}x Leistungen\n{prose}",
                filler.repeat(n)
            )
        });
    }
}

/// Credits and stamps that open a line with the first sentence glued to them, reading times
/// glued to titles, jobs' rows of facts and buttons glued to figures, again and again, and
/// long lines of them: each line's opening credit is read within a window, once.
#[test]
fn credits_and_stamps_glued_to_sentences_clean_in_linear_time() {
    assert_linear(|n| {
        repeated(
            "Foto: Stadtarchiv/Jonas ReimerDie Brücke über die Wertach wird ab Montag für drei Monate voll gesperrt.\nGeschrieben von Redaktion am Samstag, 3. Mai 2014 | Zugriffe: 1207Beim Frühjahrsputz packten über dreißig Mitglieder mit an.\nTemps de lecture : 4 minChauffage : sept gestes pour réduire la facture\nReha-Zentrum Lindenhof · Bad Kissingen · Vollzeit\nDer Schlauch ist in den Längen 15, 20 und 25In den Warenkorb\n",
            n,
        )
    });
    assert_linear(|n| format!("Foto: {}\n", "Jonas ReimerDie Brücke ".repeat(n)));
    assert_linear(|n| {
        format!(
            "Geschrieben von Redaktion am 3. Mai 2014 |{}\n",
            " Zugriffe: 12Beim".repeat(n)
        )
    });
}

/// Labels' lines with the next block glued to their end, captions with a credit after a bar,
/// buttons opening a line, options' and timetables' rows and stamps, again and again, and
/// long lines of labels or credits glued to words: each line is read once, and each match
/// within a window.
#[test]
fn blocks_glued_after_labels_clean_in_linear_time() {
    assert_linear(|n| {
        repeated(
            "Sponsored: Find out how much you could borrow in minutesFlat 4, Maltings Court, Mill Road\nBezahlen mit PayPal, Kreditkarte oder auf RechnungGartenschere aus geschmiedetem Stahl, 21 cm\nDie Geschäftsführerin mit Vertretern der Stadt | Foto: Datavia Systems/Tom KesslerDie Halle ist neu.\nJetzt buchenNur noch 3 Zimmer frei\nGebühr: 112,00 €Kurs merken\nFarbe: Schwarz matt | Edelstahl | Weiß\nKaltmiete 10,85 €/m² (Stand Oktober 2024)Beliebte Suchen: Wohnung mieten Leipzig\nUpdated May 14 2024 - 4:12pm, first published 3:30pm\n06:15 – 07:05 · Lunes a sábado · Buque Benchijigua II\n",
            n,
        )
    });
    assert_linear(|n| format!("{}\n", "Sponsored:minutesFlat ".repeat(n)));
    assert_linear(|n| format!("Die Halle ist neu.{}\n", " | Foto: Tom KesslerDie Halle".repeat(n)));
}

/// Signs of a credit glued after a button again and again, star ratings glued after end
/// marks, and a label's line glued to itself again and again: each sign's names, each
/// rating's score and each match's words are read within a window or once.
#[test]
fn glued_credits_ratings_and_labels_clean_in_linear_time() {
    // Units of several bytes: repeated whole, to about `n` bytes.
    let line = |unit: &str, n: usize| format!("The old bridge was closed.\n{}\n", unit.repeat(n / unit.len() + 1));
    assert_linear(|n| line("Menu ?A©Ę ", n));
    assert_linear(|n| line("x.★★★★★ 4,8 ", n));
    assert_linear(|n| {
        format!(
            "The old bridge was closed.\n{}\n",
            repeated("Fuente: servicio de presupuestos municipal", n)
        )
    });
}
