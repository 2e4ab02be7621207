//! Data-driven checks of the language packs.
//!
//! Each `tests/data/lines/<lang>.tsv` row is one of:
//!
//! ```text
//! keep<TAB>text                      must come out byte for byte
//! remove<TAB>text                    must be cut completely
//! glued<TAB>before<TAB>marker<TAB>after   marker must go, both sentences must stay
//! ```
//!
//! `\n` inside a cell stands for a line break, `\t` for a tab. Every row is embedded between
//! two long prose paragraphs of the same language, so the context rule sees article text
//! around it.

use std::fmt::Write as _;

/// Least share of `remove` and `glued` rows that must be cut, per language.
const MIN_REMOVE_RATE: &[(&str, f64)] = &[("en", 0.90), ("de", 0.90), ("fr", 0.90), ("es", 0.90)];

const LANGS: &[&str] = &["en", "de", "fr", "es"];

fn paragraphs(lang: &str) -> [&'static str; 3] {
    match lang {
        "en" => [
            "The city council spent most of Tuesday evening arguing about the bus depot on the east side, which has been closed since the spring floods and still needs a new roof, new wiring and a drainage system that the engineers say will take at least two more years to finish.",
            "Farmers in the valley planted later than usual this year because the ground stayed wet well into May, and several of them told the regional office that they expect smaller harvests of wheat and barley unless the autumn turns out to be unusually warm and dry.",
            "The museum reopened its west wing after eighteen months of work, showing the restored ceiling paintings alongside a small room that explains, with sketches and old photographs, how the restorers removed layers of soot and varnish without damaging the original colours.",
        ],
        "de" => [
            "Der Gemeinderat hat am Dienstagabend lange über die Zukunft des alten Hallenbads gestritten, das seit dem Wasserschaden im Frühjahr geschlossen ist und nach Einschätzung der Gutachter ein neues Dach, neue Leitungen und eine komplett erneuerte Lüftungsanlage braucht.",
            "Viele Landwirte im Tal haben in diesem Jahr später gesät als sonst, weil die Böden bis weit in den Mai hinein nass waren, und mehrere von ihnen rechnen nun mit einer deutlich kleineren Ernte bei Weizen und Gerste, falls der Herbst nicht ungewöhnlich warm wird.",
            "Das Stadtmuseum hat seinen Westflügel nach anderthalb Jahren Bauzeit wieder geöffnet und zeigt dort die restaurierten Deckengemälde zusammen mit einem kleinen Raum, in dem Skizzen und alte Fotografien erklären, wie Ruß und Firnis vorsichtig entfernt wurden.",
        ],
        "fr" => [
            "Le conseil municipal a longuement débattu mardi soir de l'avenir de l'ancienne piscine couverte, fermée depuis les inondations du printemps, et qui aurait besoin selon les experts d'une nouvelle toiture, d'un réseau électrique refait et d'un système de ventilation entièrement remplacé.",
            "Dans la vallée, beaucoup d'agriculteurs ont semé plus tard que d'habitude cette année parce que les sols sont restés humides jusqu'à la fin du mois de mai, et plusieurs d'entre eux s'attendent à une récolte de blé et d'orge nettement plus faible que prévu.",
            "Le musée de la ville a rouvert son aile ouest après dix-huit mois de travaux et présente désormais les plafonds peints restaurés, ainsi qu'une petite salle où des croquis et de vieilles photographies expliquent comment la suie et le vernis ont été retirés avec prudence.",
        ],
        "es" => [
            "El pleno del ayuntamiento discutió durante horas el martes por la noche sobre el futuro de la antigua piscina cubierta, cerrada desde las inundaciones de la primavera, que según los técnicos necesita un tejado nuevo, una instalación eléctrica renovada y un sistema de ventilación completo.",
            "Muchos agricultores del valle sembraron este año más tarde de lo habitual porque los campos siguieron encharcados hasta bien entrado mayo, y varios de ellos calculan ahora que la cosecha de trigo y cebada será bastante menor si el otoño no resulta especialmente cálido.",
            "El museo municipal ha reabierto su ala oeste tras año y medio de obras y muestra ahora los techos pintados ya restaurados junto a una pequeña sala en la que bocetos y fotografías antiguas explican cómo se retiraron con cuidado el hollín y el barniz acumulados.",
        ],
        _ => unreachable!(),
    }
}

#[derive(Debug)]
enum Row {
    Keep(String),
    Remove(String),
    Glued(String, String, String),
}

/// The paragraphs before and after the `k`th test line: each line of a table or a list has
/// other neighbours than the one before it.
fn around(paras: &[&'static str; 3], k: usize) -> (&'static str, &'static str) {
    (paras[k % 3], paras[(k + 1) % 3])
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t")
}

fn load(lang: &str) -> Vec<(usize, Row)> {
    let path = format!("{}/tests/data/lines/{lang}.tsv", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let row = match cells.as_slice() {
            ["keep", t] => Row::Keep(unescape(t)),
            ["remove", t] => Row::Remove(unescape(t)),
            ["glued", a, m, b] => Row::Glued(unescape(a), unescape(m), unescape(b)),
            _ => panic!("{path}:{}: bad row {line:?}", i + 1),
        };
        rows.push((i + 1, row));
    }
    rows
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn removals(cleaned: &deboil::Cleaned<'_>, doc: &str) -> String {
    let mut out = String::new();
    for r in cleaned.removed() {
        let _ = writeln!(out, "      cut {:?} <- {}", &doc[r.range()], r.reason);
    }
    if out.is_empty() {
        out.push_str("      (nothing cut)\n");
    }
    out
}

#[test]
fn paragraphs_are_left_alone() {
    let cleaner = deboil::Cleaner::new();
    for lang in LANGS {
        let [a, b, c] = paragraphs(lang);
        let doc = format!("{a}\n{b}\n{c}\n");
        let cleaned = cleaner.clean(&doc);
        assert!(
            cleaned.is_untouched(),
            "{lang} paragraphs cut:\n{}",
            removals(&cleaned, &doc)
        );
    }
}

#[test]
fn line_tables() {
    let cleaner = deboil::Cleaner::new();
    let mut failed = false;
    let mut report = String::new();
    for lang in LANGS {
        let paras = paragraphs(lang);
        let rows = load(lang);
        let (mut keeps, mut kept) = (0usize, 0usize);
        let (mut removes, mut cut) = (0usize, 0usize);
        for (k, (lineno, row)) in rows.iter().enumerate() {
            let (before, after) = around(&paras, k);
            let middle = match row {
                Row::Keep(t) | Row::Remove(t) => t.clone(),
                Row::Glued(a, m, b) => format!("{a}{m}{b}"),
            };
            let doc = format!("{before}\n{middle}\n{after}\n");
            let cleaned = cleaner.clean(&doc);
            let out = cleaned.to_string();
            let ok = match row {
                Row::Keep(t) => {
                    keeps += 1;
                    out.contains(t.as_str())
                }
                Row::Remove(_) => {
                    removes += 1;
                    norm(&out) == norm(&format!("{before} {after}"))
                }
                Row::Glued(a, _, b) => {
                    removes += 1;
                    // Losing a sentence is worse than keeping a marker: it fails on its own.
                    if !(out.contains(a.as_str()) && out.contains(b.as_str())) {
                        failed = true;
                        let _ = writeln!(report, "  {lang}.tsv:{lineno} GLUED SENTENCE LOST: {middle:?}");
                    }
                    norm(&out) == norm(&format!("{before} {a} {b} {after}"))
                }
            };
            match (row, ok) {
                (Row::Keep(_), true) => kept += 1,
                (_, true) => cut += 1,
                (_, false) => {
                    let what = match row {
                        Row::Keep(_) => "KEEP LOST",
                        Row::Remove(_) => "NOT REMOVED",
                        Row::Glued(..) => "GLUED NOT CUT",
                    };
                    let _ = writeln!(report, "  {lang}.tsv:{lineno} {what}: {middle:?}");
                    report.push_str(&removals(&cleaned, &doc));
                }
            }
        }
        let rate = if removes == 0 { 1.0 } else { cut as f64 / removes as f64 };
        let min = MIN_REMOVE_RATE.iter().find(|(l, _)| l == lang).map_or(0.90, |x| x.1);
        println!(
            "{lang}: keep {kept}/{keeps} kept; remove {cut}/{removes} cut = {:.1} % (needs {:.0} %)",
            rate * 100.0,
            min * 100.0
        );
        if kept != keeps || rate < min {
            failed = true;
        }
    }
    println!("{report}");
    assert!(
        !failed,
        "some keep lines were lost or a remove rate is under its threshold (see above)"
    );
}

/// A document of one or two short lines has no context to judge them by: the line model
/// leaves it alone (patterns still apply, and none of these lines holds one).
#[test]
fn short_documents_are_left_alone() {
    let cleaner = deboil::Cleaner::new();
    let lines = [
        "The council met on Monday.",
        "Der Stadtrat tagte am Montag.",
        "Le conseil s'est réuni lundi.",
        "El pleno se reunió el lunes.",
        "Installing on Linux",
        "Fresh basil, 3 bunches",
    ];
    for a in lines {
        let one = format!("{a}\n");
        assert_eq!(cleaner.clean(&one).to_string(), one, "{one:?}");
        for b in lines {
            let two = format!("{a}\n{b}\n");
            assert_eq!(cleaner.clean(&two).to_string(), two, "{two:?}");
        }
    }
}

/// A row of links that extraction put on one line is cut by its patterns, every link being
/// one; a line where the same words are code, measures or a phrase mixing two languages is
/// not. Each line stands between two paragraphs, so only a pattern reason tells the rule
/// fired (the line model may cut short lines on its own).
#[test]
fn rows_of_links_are_cut_by_their_patterns() {
    let cleaner = deboil::Cleaner::new();
    let pattern_cut = |lang: &str, line: &str| {
        let [p1, p2, _] = paragraphs(lang);
        let doc = format!("{p1}\n\n{line}\n\n{p2}\n");
        let at = doc.find(line).unwrap();
        let r = cleaner.clean(&doc);
        let by_pattern = r
            .removed()
            .filter(|x| x.range().start <= at && x.range().end >= at + line.len())
            .any(|x| x.reason.to_string().starts_with("pattern"));
        by_pattern
    };
    let rows = [
        ("en", "Skip to main content Skip to footer"),
        ("en", "Facebook Twitter LinkedIn Email"),
        ("en", "About Careers Contact"),
        ("en", "Sign in Register"),
        ("en", "X (Twitter)"),
        ("en", "X"),
        ("de", "Impressum Datenschutz Kontakt"),
        ("fr", "Mentions légales Contact Plan du site"),
        ("es", "Aviso legal Contacto"),
    ];
    for (lang, line) in rows {
        assert!(pattern_cut(lang, line), "{lang}: {line:?} not cut by its patterns");
    }
    let not_rows = [
        ("en", "print(x)"),
        ("en", "  email: Email;"),
        ("en", "12.3″ x 10.6″ x 6.2″"),
        ("en", "- First responder"),
        // `X` (the network) is a link only when it stands alone.
        ("en", "x: 10"),
        ("en", "X.. ..X........"),
        ("en", "£120.00 x 2"),
    ];
    for (lang, line) in not_rows {
        assert!(!pattern_cut(lang, line), "{lang}: {line:?} cut as a row of links");
    }
}

/// The text of `tests/data/<dir>/<name>.txt`.
fn test_doc(dir: &str, name: &str) -> String {
    let path = format!("{}/tests/data/{dir}/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Cleans `tests/data/<dir>/<lang>.txt` for each language; returns a report of the lines
/// lost (empty when every document came out whole).
fn lost_lines(dir: &str) -> String {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for lang in LANGS {
        let doc = test_doc(dir, lang);
        let cleaned = cleaner.clean(&doc);
        if cleaned.to_string() != doc {
            let _ = writeln!(report, "{dir}/{lang}.txt lost lines:");
            report.push_str(&removals(&cleaned, &doc));
        }
    }
    report
}

/// A bulleted list that prose introduces with a colon is the article's, however short its
/// items: each document in `tests/data/lists/` (prose, "...does a few things well:", items
/// of two to four words, prose) comes out whole.
#[test]
fn colon_lists_are_kept() {
    let report = lost_lines("lists");
    assert!(report.is_empty(), "{report}");
}

/// Short lines between two prose paragraphs (a news story's fact box: "At a glance", "No
/// serious injuries reported") are judged on stronger evidence: each document in
/// `tests/data/islands/` comes out whole.
#[test]
fn short_lines_between_prose_are_kept() {
    let report = lost_lines("islands");
    assert!(report.is_empty(), "{report}");
}

/// A line break that extraction put inside a sentence (at a link or an inline code span)
/// leaves pieces that start lowercase or end without a sentence end; a piece that reads on
/// into prose, or on from it, is part of that paragraph: each document in
/// `tests/data/joined/` (documentation prose broken around option names) comes out whole.
#[test]
fn pieces_of_a_broken_sentence_are_kept() {
    let report = lost_lines("joined");
    assert!(report.is_empty(), "{report}");
}

/// The names of a shop's items, each above its price, are the page's content, not a menu:
/// in each document of `tests/data/priced/` (a category page of cookware), every line right
/// above a price is kept, and so is every price.
#[test]
fn item_names_above_prices_are_kept() {
    let report = lost_lines_where("priced", |line, next| {
        let price = |l: &str| l.contains(['$', '€']) && l.contains(|c: char| c.is_ascii_digit());
        price(line) || next.is_some_and(price)
    });
    assert!(report.is_empty(), "{report}");
}

/// Cleans each document of `tests/data/<dir>/` and reports the lines that `wanted` picks (it
/// sees each line and the next) and the cleaner lost; the page's other lines may go.
fn lost_lines_where(dir: &str, wanted: impl Fn(&str, Option<&str>) -> bool) -> String {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for lang in LANGS {
        let doc = test_doc(dir, lang);
        let kept = cleaner.clean(&doc).to_string();
        let kept: Vec<&str> = kept.lines().collect();
        let lines: Vec<&str> = doc.lines().collect();
        let mut picked = 0;
        for (i, line) in lines.iter().enumerate() {
            if wanted(line, lines.get(i + 1).copied()) {
                picked += 1;
                if !kept.contains(line) {
                    let _ = writeln!(report, "{dir}/{lang}.txt: lost {line:?}");
                }
            }
        }
        assert!(picked > 0, "{dir}/{lang}.txt: no line to check");
    }
    report
}

/// A row of opening hours right under a contact block's address or phone number is the
/// office's, however close it stands to the footer: in each document of `tests/data/hours/`
/// (a town hall's service page), the hours row is kept and the footer still goes.
#[test]
fn hours_under_a_contact_block_are_kept() {
    let labels = ["Sprechzeiten:", "Opening hours:", "Horaires :", "Horario:"];
    let report = lost_lines_where("hours", |line, _| labels.iter().any(|l| line.starts_with(l)));
    assert!(report.is_empty(), "{report}");
    let cleaner = deboil::Cleaner::new();
    for lang in LANGS {
        let doc = test_doc("hours", lang);
        let kept = cleaner.clean(&doc).to_string();
        assert!(!kept.contains("© 2025"), "{lang}: footer kept");
    }
}

/// A list of quantities (an ingredient list: "2 EL Mehl", "1 Lorbeerblatt") is content even
/// with menus, tools and footer links right around it: in each document of
/// `tests/data/quantities/` (a recipe page), every line that opens with an amount is kept.
#[test]
fn lists_of_quantities_are_kept() {
    let report = lost_lines_where("quantities", |line, _| line.starts_with(|c: char| c.is_ascii_digit()));
    assert!(report.is_empty(), "{report}");
    // The page's chrome still goes: the list is no shield for its neighbours.
    let cleaner = deboil::Cleaner::new();
    for lang in LANGS {
        let doc = test_doc("quantities", lang);
        assert!(
            cleaner.clean(&doc).to_string().lines().count() < doc.lines().count(),
            "{lang}: nothing cut"
        );
    }
}

/// An article's title (a heading before its first paragraph) is cut by patterns only; its
/// other headings, of one to three words between two paragraphs or of four and more above
/// one, are judged by the line model on stronger evidence: each document in
/// `tests/data/headings/` comes out whole.
#[test]
fn headings_above_prose_are_kept() {
    let report = lost_lines("headings");
    assert!(report.is_empty(), "{report}");
}

/// A cleaner with no pack but `pack` (pattern-file text), named `t`.
fn only_pack(pack: &str) -> deboil::Cleaner {
    deboil::Cleaner::builder()
        .builtin_packs(false)
        .pack("t", deboil::Patterns::parse(pack).unwrap())
        .build()
        .unwrap()
}

/// The automaton reports leftmost-longest matches without overlaps, so a match turned down
/// for its word bounds ("Was this help" inside "Was this helpful?") would hide a pattern that
/// starts inside it ("this helpful"): the hidden one is looked for and applied.
#[test]
fn a_pattern_inside_a_match_turned_down_still_cuts() {
    let [before, after, _] = paragraphs("en");
    let doc = format!("{before}\nWas this helpful? Tell us below.\n{after}\n");
    let alone = only_pack("feedback phrase this helpful\n");
    let both = only_pack("feedback phrase Was this help\nfeedback phrase this helpful\n");
    for cleaner in [&alone, &both] {
        let out = cleaner.clean(&doc).to_string();
        assert!(!out.contains("helpful"), "{out}");
        assert!(out.contains(before) && out.contains(after));
    }
}

/// A longer pattern turned down does not hide a shorter one that starts where it does: the
/// phrase still cuts its sentence where the `line` pattern that holds it finds more text on
/// the line.
#[test]
fn a_longer_match_turned_down_hides_no_shorter_one() {
    let [before, after, _] = paragraphs("de");
    let doc = format!("{before}\nHat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn.\n{after}\n");
    let cleaner =
        only_pack("feedback line Hat Ihnen dieser Artikel gefallen?\nfeedback phrase Hat Ihnen dieser Artikel\n");
    let out = cleaner.clean(&doc).to_string();
    assert!(!out.contains("Hat Ihnen"), "{out}");
    assert!(
        out.contains("Dann teilen Sie ihn.") && out.contains(before) && out.contains(after),
        "{out}"
    );
}

/// A `line` pattern of several parts takes a line that opens with the first part and ends
/// with the last, and no other.
#[test]
fn a_line_pattern_of_several_parts_takes_a_whole_line() {
    let [before, after, _] = paragraphs("es");
    let cleaner = only_pack("date line Lectura de ... minutos\n");
    for (line, cut) in [
        ("Lectura de 5 minutos", true),
        ("Lectura de cinco minutos.", true),
        ("Lectura de 5 minutos para todos", false),
        ("Lectura de la carta del alcalde, que tardó diez minutos", true),
        (
            "Lectura de la carta del alcalde, que tardó diez minutos en llegar a la plaza",
            false,
        ),
        ("Tiempo de lectura de 5 minutos", false),
    ] {
        let doc = format!("{before}\n{line}\n{after}\n");
        let out = cleaner.clean(&doc).to_string();
        assert_eq!(!out.contains(line), cut, "{line:?}: {out}");
    }
}

/// Labels side by side make up a line of chrome ("Accept Reject"), but the first part of a
/// pattern of several parts is no label by itself: "Weitere" of "Weitere ... Bewertungen
/// lesen" beside the label "Einstellungen" leaves a heading alone.
#[test]
fn the_first_part_of_a_pattern_is_no_label_of_a_chain() {
    let [before, after, _] = paragraphs("de");
    let cleaner =
        only_pack("feedback line Weitere ... Bewertungen lesen\ncookie line Einstellungen\ncookie line Zustimmen\n");
    for (line, cut) in [
        ("Weitere Einstellungen", false),
        ("Einstellungen Zustimmen", true),
        ("Weitere 12 Bewertungen lesen", true),
    ] {
        let doc = format!("{before}\n{line}\n{after}\n");
        let out = cleaner.clean(&doc).to_string();
        assert_eq!(!out.contains(line), cut, "{line:?}: {out}");
    }
}

/// A table whose cells say more than a menu's items keeps its rows, its head among them; lines
/// of short links with the same number of bars are a menu still.
#[test]
fn tables_of_words_are_kept_and_menus_cut() {
    let [before, after, _] = paragraphs("de");
    let table = "Einstellung | Standardwert | Beschreibung\n\
        Zugang automatisch deaktivieren | aus | Schaltet das Gastnetz nach einer festgelegten Zeit ab\n\
        Nur Internetanwendungen erlauben | ein | Erlaubt nur Surfen und E-Mail, blockiert Filesharing\n\
        Gastgeräte dürfen kommunizieren | aus | Trennt die verbundenen Gastgeräte voneinander\n";
    // A cell may hold a word that a pattern turned down ("ja", "nein"): its row is a row still.
    let fields = "Feld | Typ | Pflicht | Beschreibung\n\
        name | Text | ja | Eindeutiger Name der Regel, nur Kleinbuchstaben und Ziffern\n\
        quelle | Text | ja | Die Datenquelle, aus der die Werte gelesen werden\n\
        pause | Dauer | nein | Wie lange nach einer Meldung keine weitere verschickt wird\n";
    let menu = "Startseite | Über uns | Kontakt\nImpressum | Datenschutz | AGB\nPresse | Jobs | Partner\n";
    let cleaner = deboil::Cleaner::new();
    for table in [table, fields] {
        let out = cleaner.clean(&format!("{before}\n{table}{after}\n")).to_string();
        for row in table.lines() {
            assert!(out.contains(row), "{row:?} lost: {out}");
        }
    }
    let out = cleaner.clean(&format!("{before}\n{menu}{after}\n")).to_string();
    for row in menu.lines() {
        assert!(!out.contains(row), "{row:?} kept: {out}");
    }
}

/// A table of events whose rows have their details under them, a paragraph each, is one
/// table: its rows stay, the first and the last alone as much as those in a run.
#[test]
fn table_rows_with_details_under_them_are_kept() {
    let [before, after, _] = paragraphs("de");
    let rows = [
        "Datum | Zeit | Anlass | Ort | Veranstalter",
        "Sa 18.11.2006 | 20.00 Uhr | Unterhaltungsabend | Mehrzweckhalle | Turnverein",
        "Mo 27.11.2006 | 20.00 Uhr | Gemeindeversammlung | Aula Schulhaus | Gemeinderat",
        "So 03.12.2006 | 17.00 Uhr | Adventskonzert | Ref. Kirche | Musikgesellschaft",
    ];
    let details = [
        "",
        "Der Turnverein zeigt sein neues Programm mit Barren, Sprung und Gymnastik, danach ein Lustspiel.\n",
        "Auf der Traktandenliste stehen das Budget, der Steuerfuss und die Sanierung der Wasserleitung.\n",
        "Die Musikgesellschaft und der Kirchenchor spielen gemeinsam, die Kollekte geht an die Berghilfe.\n",
    ];
    let table: String = rows.iter().zip(details).map(|(r, d)| format!("{r}\n{d}")).collect();
    let out = deboil::Cleaner::new()
        .clean(&format!("{before}\n{table}{after}\n"))
        .to_string();
    for row in rows {
        assert!(out.contains(row), "{row:?} lost: {out}");
    }
}

/// The short replies of a thread's posts, between a post's stamp and its row of buttons, stay:
/// the stamps, the members' data and the buttons go.
#[test]
fn short_replies_in_a_thread_are_kept() {
    let thread = "Kaution nach Auszug seit sieben Monaten nicht zurück – was kann ich tun?
Lindgrün_88
Neues Mitglied · Beiträge: 3
#1 · 04.02.2025, 21:17
Ich bin Ende Juni aus meiner Zweizimmerwohnung ausgezogen. Die Übergabe lief ohne Mängel, das Protokoll ist unterschrieben, aber die Kaution von 1.500 Euro habe ich bis heute nicht zurückbekommen.
Danke schon mal für eure Hilfe!
Antworten · Zitieren · Melden
Paragrafenreiter
Moderator · Beiträge: 8.214
#2 · 04.02.2025, 22:03
Wegen einer noch ausstehenden Betriebskostenabrechnung darf der Vermieter nur einen angemessenen Teil der Kaution zurückbehalten, nicht die ganze Summe.
Wie hoch waren denn deine monatlichen Vorauszahlungen?
Antworten · Zitieren · Melden
Lindgrün_88
Neues Mitglied · Beiträge: 4
#3 · 05.02.2025, 18:02
Danke euch, das mache ich so!
Brief geht morgen raus.
Antworten · Zitieren · Melden
";
    let out = deboil::Cleaner::new().clean(thread).to_string();
    for kept in [
        "Danke schon mal für eure Hilfe!",
        "Danke euch, das mache ich so!",
        "Brief geht morgen raus.",
    ] {
        assert!(out.contains(kept), "{kept:?} lost: {out}");
    }
    for cut in ["Zitieren", "#3 · 05.02.2025", "Beiträge: 4"] {
        assert!(!out.contains(cut), "{cut:?} kept: {out}");
    }
}

/// A sentence that a phrase cuts whole is the phrase's: a `line` pattern inside it ("Weiter"
/// in "...helfen gern weiter.") takes neither the line nor the reason.
#[test]
fn a_line_pattern_inside_a_cut_phrase_names_no_cut() {
    let [before, after, _] = paragraphs("de");
    let prompt = "Melden Sie sich für unseren Newsletter an, wir helfen gern weiter.";
    let doc = format!("{before}\n{prompt}\n{after}\n");
    let cleaner = only_pack("newsletter phrase für unseren Newsletter\nwidget line Weiter\n");
    let cleaned = cleaner.clean(&doc);
    let removed: Vec<_> = cleaned.removed().collect();
    assert_eq!(removed.len(), 1, "{removed:?}");
    assert!(doc[removed[0].range()].contains(prompt), "{removed:?}");
    assert_eq!(
        removed[0].reason.pattern(),
        Some("für unseren Newsletter"),
        "{removed:?}"
    );
}

/// Lists of lone lines, written without looking at the packs or the engine: site chrome
/// (`tests/data/<dir>/{lang}_chrome.txt`: skip links, consent, accounts, paywalls, comment,
/// shop and reader tools, error pages, footers) and prose that shares its words
/// (`{lang}_prose.txt`). Each line stands alone between two paragraphs, the hardest place for
/// the line model, which leaves such a line to the patterns and shape rules. The share of
/// chrome lines cut whole must stay above the floor of its language, and the prose kept
/// above 97 %. The test prints the shares.
///
/// `chrome` has been mined for patterns of the kinds it holds, so its shares flatter the
/// packs; `chrome2` and `chrome3` were written later and have never been read for their
/// misses: their shares are the measure.
#[test]
fn lone_chrome_lines() {
    const MIN_CUT: &[(&str, &[(&str, f64)])] = &[
        ("chrome", &[("en", 0.88), ("de", 0.82), ("fr", 0.88), ("es", 0.90)]),
        ("chrome2", &[("en", 0.75), ("de", 0.72), ("fr", 0.80), ("es", 0.73)]),
        ("chrome3", &[("en", 0.85), ("de", 0.82), ("fr", 0.82), ("es", 0.90)]),
    ];
    const MIN_KEPT: f64 = 0.97;
    let cleaner = deboil::Cleaner::new();
    let mut failed = Vec::new();
    for &(dir, floors) in MIN_CUT {
        for &(lang, min_cut) in floors {
            let paras = paragraphs(lang);
            let read = |kind: &str| {
                test_doc(dir, &format!("{lang}_{kind}"))
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            };
            let place = |k: usize, line: &str| {
                let (before, after) = around(&paras, k);
                let out = cleaner.clean(&format!("{before}\n{line}\n{after}\n")).to_string();
                (out, norm(&format!("{before} {after}")))
            };
            let chrome = read("chrome");
            let cut = chrome
                .iter()
                .enumerate()
                .filter(|(k, line)| {
                    let (out, bare) = place(*k, line);
                    norm(&out) == bare
                })
                .count();
            let prose = read("prose");
            let kept = prose
                .iter()
                .enumerate()
                .filter(|(k, line)| place(*k, line).0.contains(line.as_str()))
                .count();
            let (cut_share, kept_share) = (cut as f64 / chrome.len() as f64, kept as f64 / prose.len() as f64);
            println!(
                "{dir} {lang}: chrome cut {cut}/{} = {cut_share:.2} (floor {min_cut}); prose kept {kept}/{} = {kept_share:.2}",
                chrome.len(),
                prose.len()
            );
            if cut_share < min_cut || kept_share < MIN_KEPT {
                failed.push(format!("{dir}/{lang}"));
            }
        }
    }
    assert!(failed.is_empty(), "under a floor: {failed:?} (see the shares above)");
}

/// The text of the document `id` of the labeled set `tests/data/eval/<set>/<lang>.jsonl`.
fn eval_doc(set: &str, lang: &str, id: &str) -> String {
    let path = format!("{}/tests/data/eval/{set}/{lang}.jsonl", env!("CARGO_MANIFEST_DIR"));
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    file.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap_or_else(|e| panic!("{path}: {e}")))
        .find(|d| d["id"] == id)
        .and_then(|d| d["text"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("{path}: no document {id}"))
}

/// A widget glued inside a prose line (a photo credit, a feedback question, a sharing
/// prompt between two of the article's sentences, a post's edit stamp between its last
/// sentence and the poster's signature, a forum's footer after the last post) goes, and the line's sentences stay: the
/// line model, which reads the widget's words with the line's, is asked again about the
/// line without them. Each row: set, language, document, a sentence that must stay, the
/// widget that must go.
#[test]
fn a_widget_glued_inside_prose_costs_no_sentence() {
    let rows = [
        (
            "batch23",
            "fr",
            "batch23-fr-02",
            "À l'arrivée, la plaine de jeux près de l'église est bienvenue.",
            "Photo : Terres de Semois/Julien Collet",
        ),
        (
            "batch18",
            "en",
            "t18-en-02",
            "Use tidepool plan to preview which snapshots would be pruned.",
            "Was this page helpful?",
        ),
        (
            "batch20",
            "de",
            "b20-de-11",
            "Auf der stillgelegten Bahnstrecke zwischen Erlbach und Niederau",
            "Pin mich auf Pinterest!",
        ),
        (
            "batch43",
            "fr",
            "batch43-fr-03",
            "une descente qui se déverse au pied du mur ou un regard bouché suffit à inonder une cave.",
            "Dernière édition par Bertrand_62",
        ),
        // A forum's footer of time zones, glued to the last post.
        (
            "batch49",
            "de",
            "batch49-de-10",
            "Die Messe ist gut gegangen, alle g' sind gekommen. Danke nochmal!",
            "Alle Zeitangaben in WEZ +1.",
        ),
    ];
    let report = stays_and_goes(&rows);
    assert!(report.is_empty(), "{report}");
}

/// Cleans each row's document (set, language, document id, text that must stay, text that
/// must go) and reports the rows that failed.
fn stays_and_goes(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for &(set, lang, id, stays, goes) in rows {
        let doc = eval_doc(set, lang, id);
        assert!(
            doc.contains(stays) && doc.contains(goes),
            "{id}: the row's text is not in the document"
        );
        let out = cleaner.clean(&doc).to_string();
        if !out.contains(stays) {
            let _ = writeln!(report, "{id}: lost {stays:?}");
        }
        if out.contains(goes) {
            let _ = writeln!(report, "{id}: kept {goes:?}");
        }
    }
    report
}

/// A thread's last reply, or a comment list's, stands above the page's footer, which the
/// line model weighs with it; when the replies under the other stamps of its kind stay, it
/// stays too, and its stamp goes. Each row: set, language, document, the reply, its stamp.
#[test]
fn a_last_reply_above_the_footer_stays_with_the_others() {
    let rows = [
        (
            "batch41",
            "de",
            "batch41-de-06",
            "Update: Neuer Bescheid ist da, Pendlerpauschale wurde anerkannt.",
            "22.04.2011, 19:02 #7",
        ),
        (
            "batch36",
            "de",
            "batch36-de-03",
            "Denk auch an Kontrollöffnungen! Im Schattenbahnhof entgleist immer genau dann etwas",
            "« Antwort #3 am: 15. Februar 2011, 07:58:31 »",
        ),
        (
            "batch18",
            "de",
            "t18-de-04",
            "Mit geräuchertem Tofu statt Wurst ausprobiert – klappt prima.",
            "20. Oktober 2024 um 21:48",
        ),
        (
            "batch15",
            "fr",
            "t15-fr-06",
            "Petit retour : plus de soucoupe, arrosage tous les quinze jours",
            "Posté le 2 mars 2024 à 17:20",
        ),
    ];
    let report = stays_and_goes(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A wiki page's title, the short line right above the wiki's tagline ("Aus Tuxwiki"), stays
/// among the tools and tabs around it, and the tagline goes. Each row: set, language,
/// document, a line, whether it must stay.
#[test]
fn a_wiki_pages_title_stays_and_its_tagline_goes() {
    let rows = [
        ("batch43", "de", "batch43-de-10", "Cron", true),
        (
            "batch40",
            "de",
            "batch40-de-09",
            "Digitalumbau Roco 1044 (Analog auf DCC)",
            true,
        ),
        (
            "batch36",
            "de",
            "batch36-de-06",
            "Drucker unter Ubuntu einrichten",
            true,
        ),
        ("batch33", "en", "batch33-en-01", "DCC Decoder Programming", true),
        ("batch36", "de", "batch36-de-06", "Aus LUG Emsland Wiki", false),
        (
            "batch33",
            "en",
            "batch33-en-01",
            "From Ironvale Model Railway Wiki",
            false,
        ),
        (
            "batch45",
            "es",
            "batch45-es-01",
            "De WikiLinuxero, la enciclopedia libre del software libre en español",
            false,
        ),
        // A tagline that names the wiki's society at some length.
        (
            "batch50",
            "fr",
            "batch50-fr-04",
            "Un article de WikiSAGV, le wiki des membres de la Société d'astronomie du Gros-de-Vaud.",
            false,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// Cleans each row's document (set, language, document id, a whole line of it) and reports
/// the rows whose line did not come out whole.
fn lines_stay(rows: &[(&str, &str, &str, &str)]) -> String {
    let rows: Vec<_> = rows
        .iter()
        .map(|&(set, lang, id, line)| (set, lang, id, line, true))
        .collect();
    line_fates(&rows)
}

/// Cleans each row's document (set, language, document id, a whole line of it, whether the
/// line must come out whole) and reports the rows whose line did otherwise.
fn line_fates(rows: &[(&str, &str, &str, &str, bool)]) -> String {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for &(set, lang, id, line, stays) in rows {
        let doc = eval_doc(set, lang, id);
        assert!(doc.lines().any(|l| l.trim() == line), "{id}: no line {line:?}");
        let out = cleaner.clean(&doc).to_string();
        if out.lines().any(|l| l.trim() == line) != stays {
            let _ = writeln!(report, "{id}: {} {line:?}", if stays { "lost" } else { "kept" });
        }
    }
    report
}

/// A related-links head that the line model cut before its late pattern could ("Ähnliche
/// Fragen") still heads its list: the titles under it go. The same words as a tab of a
/// board's menu, among cut lines ("Neue Beiträge"), head nothing: the thread's title below
/// the menu stays. Each row: set, language, document, a line, whether it must stay.
#[test]
fn a_head_the_model_cut_still_heads_its_list() {
    let rows = [
        (
            "batch31",
            "de",
            "batch31-de-11",
            "Arbeitszimmer in der Mietwohnung – welche Kosten zählen?",
            false,
        ),
        (
            "batch24",
            "es",
            "b24-es-03",
            "Adaptador USB wifi no funciona en Linux Mint",
            false,
        ),
        (
            "batch17",
            "de",
            "t17-de-04",
            "Dübel drehen in Porenbeton-Wand einfach durch",
            true,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// The last rows of a table of opening hours, next to the chrome under the table, stay with
/// the rows above them. Each row: set, language, document, a row of hours.
#[test]
fn a_table_of_hours_keeps_its_last_rows() {
    let rows = [
        ("batch42", "de", "batch42-de-11", "Fr: geschlossen, nur mit Termin"),
        ("batch39", "de", "batch39-de-07", "Sa/So und Feiertage 9.00 – 18.00 Uhr"),
        ("batch25", "de", "b25-de-06", "Sonntag und Montag geschlossen"),
    ];
    let report = lines_stay(&rows);
    assert!(report.is_empty(), "{report}");
}

/// Rows of a table written with bars whose cells hold data (lowercase words, dots, commas,
/// brackets) come out whole, though no cell is long; a filter's rows, which name the filter
/// in their first cell, go. Each row: set, language, document, a row of the table.
#[test]
fn rows_of_data_with_bars_are_kept() {
    let rows = [
        (
            "batch26",
            "de",
            "b26-de-05",
            "Internet | grün, blinkend | Verbindung wird aufgebaut",
        ),
        (
            "batch33",
            "de",
            "batch33-de-02",
            "Vodafone | web.vodafone.de | (leer) | (leer)",
        ),
        ("batch12", "fr", "train12-fr-07", "== | égal à | ville == \"Lyon\""),
    ];
    let report = lines_stay(&rows);
    assert!(report.is_empty(), "{report}");
    let doc = eval_doc("batch44", "de", "batch44-de-06");
    let filter = "Ernährung: vegetarisch | vegan | ohne Ei";
    assert!(doc.contains(filter));
    assert!(!deboil::Cleaner::new().clean(&doc).to_string().contains(filter));
}

/// The price of the item a page is about stays under the item's name (or under a line or two
/// of the shop's chrome below the name), where the line model read it with the shop's chrome,
/// or where a tax note's pattern took its line ("69,90 € IVA
/// incluido"). Each row: set, language, document, a line, whether it must stay.
#[test]
fn an_items_price_stays_under_its_name() {
    let rows = [
        ("batch44", "de", "batch44-de-10", "CHF 19.80", true),
        ("batch44x", "de", "batch44x-de-11", "CHF 389.00", true),
        ("batch22", "de", "batch22-de-04", "CHF 34.90", true),
        ("batch17", "de", "t17-de-10", "CHF 149.–", true),
        ("batch60", "es", "batch60-es-04", "69,90 € IVA incluido", true),
        // Under the brand's row and the rating's, both cut.
        ("batch66", "de", "batch66-de-02", "CHF 149.–", true),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// An author's bio under the article's last paragraph goes also when a line below it stands
/// only in name, its cuts having taken all of it ("Do you have a story for us? Get in touch
/// with the newsdesk."). Each row: set, language, document, the bio.
#[test]
fn a_bio_above_a_line_cut_whole_goes() {
    let rows = [(
        "batch29",
        "en",
        "batch29-en-02",
        "Priya Lal has covered rural affairs for the Echo since 2019. She grew up on a dairy farm near \
         Hollowmere and writes about housing, transport and the future of village life. Contact her \
         at priya.lal@wenfordecho.co.uk.",
        false,
    )];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A thread's short reply that the line model cut comes back when the replies under the
/// page's other stamps stand, whatever cut each stamp (a byline's pattern above one reply, the
/// dateline rule above the next), and also where the poster's rows that patterns cut stand
/// between the stamp and the reply. Each row: set, language, document, the reply.
#[test]
fn a_threads_short_reply_stays_under_any_stamp() {
    let rows = [
        ("batch47", "en", "batch47-en-01", "Lime, lime and more lime.", true),
        ("batch43", "en", "batch43-en-04", "Glad it worked.", true),
        // Under a stamp, the poster's name, rank and counts ("Posts: 6,488"), cut by
        // patterns, before the reply.
        (
            "../train",
            "en9",
            "train9-en-04",
            "Good stuff. Leave it another week before bottling so you don't end up with bottle bombs.",
            true,
        ),
        // A row of the poster's profile ("Fuhrpark: Lanz D 2816, Deutz D 6006, Fendt GT 231")
        // between the stamp and the reply.
        (
            "batch50",
            "de",
            "batch50-de-02",
            "Ja. Für 6.500 mit Allrad und Baas-Lader machst du da nichts falsch.",
            true,
        ),
        // A reply that ends with a colon ("Dann würde ich so vorgehen:") is a reply all the
        // same, not a form's label.
        (
            "batch41",
            "de",
            "batch41-de-06",
            "Update: Neuer Bescheid ist da, Pendlerpauschale wurde anerkannt.",
            true,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A one-word answer under a question or a post's stamp ("Ja.", "Sí.") stays, though a
/// feedback widget's pattern reads its word as a button; two such words side by side are the
/// widget's buttons and go. Each thread: a question, then three posts (name, stamp, reply),
/// the second a one-word answer; then rows of read sets: set, language, document, a line,
/// whether it must stay.
#[test]
fn a_one_word_answer_stays() {
    let threads = [
        (
            "Kann man den Teichfilter auch im Winter laufen lassen? Ich habe Angst, dass die Pumpe einfriert, wenn es nachts unter null geht.",
            ["Gartenfreund77\n12.01.2010, 18:22", "Teichfee\n12.01.2010, 19:05", "Moosbart\n13.01.2010, 08:10"],
            ["Ja.", "Nein."],
            "Ja, aber nur wenn die Pumpe tief genug hängt. Bei uns läuft sie seit Jahren durch.",
        ),
        (
            "Is it safe to run the pond filter through the winter? I am worried that the pump might freeze when it gets below zero at night.",
            ["ponddad\nJan 12, 2010, 6:22 pm", "koiqueen\nJan 12, 2010, 7:05 pm", "mossbeard\nJan 13, 2010, 8:10 am"],
            ["Yes.", "No."],
            "Yes, as long as the pump hangs deep enough. Ours has run for years without trouble.",
        ),
        (
            "Peut-on laisser tourner le filtre du bassin tout l'hiver ? J'ai peur que la pompe gèle quand il fait moins de zéro la nuit.",
            ["jardinier44\n12/01/2010, 18:22", "fee_du_bassin\n12/01/2010, 19:05", "barbemousse\n13/01/2010, 08:10"],
            ["Oui.", "Non."],
            "Oui, à condition que la pompe soit assez profonde. Chez nous elle tourne depuis des années.",
        ),
        (
            "¿Se puede dejar el filtro del estanque funcionando todo el invierno? Me da miedo que la bomba se congele cuando baja de cero.",
            ["jardinero77\n12/01/2010, 18:22", "hada_del_estanque\n12/01/2010, 19:05", "barbamusgo\n13/01/2010, 08:10"],
            ["Sí.", "No."],
            "Sí, siempre que la bomba esté bastante honda. En casa funciona desde hace años sin problemas.",
        ),
    ];
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for (question, posts, [yes, no], long) in threads {
        for buttons in [false, true] {
            let answer = if buttons {
                format!("{yes}\n{no}")
            } else {
                yes.to_string()
            };
            let doc = format!(
                "{question}\n{}\n{answer}\n{}\n{long}\n{}\n{long} {long}\n",
                posts[0], posts[1], posts[2],
            );
            let out = cleaner.clean(&doc).to_string();
            let kept = out.lines().any(|l| l.trim() == yes);
            if kept == buttons {
                let _ = writeln!(
                    report,
                    "{yes:?} {} with buttons={buttons}:\n{out}",
                    if kept { "kept" } else { "lost" }
                );
            }
        }
    }
    let rows = [
        // Under a question and a poster's name, no stamp.
        ("batch56", "de", "batch56-de-10", "Nein.", true),
        // Under a post's stamp.
        ("batch54", "es", "batch54-es-02", "Sí.", true),
        // Feedback widgets' buttons under their prompts.
        ("batch41", "de", "batch41-de-12", "Ja", false),
        ("batch26", "es", "b26-es-03", "Sí", false),
        ("batch47", "fr", "batch47-fr-01", "Oui", false),
        ("batch50", "en", "batch50-en-01", "Yes", false),
    ];
    report.push_str(&line_fates(&rows));
    assert!(report.is_empty(), "{report}");
}

/// A row of a service page's contact block that the line model cut next to one it kept comes
/// back, and so do the rows under a contact heading right below the page's text, none of them
/// kept: the address, phone and e-mail close the page right above its footer. A footer's
/// contact rows still go. Each row: set, language, document, a line, whether it must stay.
#[test]
fn a_contact_blocks_rows_stay_together() {
    let rows = [
        ("batch54", "de", "batch54-de-01", "Gewerbering 7", true),
        (
            "batch54",
            "fr",
            "batch54-fr-01",
            "2 place de la Halle, 45290 Villebrune",
            true,
        ),
        (
            "batch54",
            "de",
            "batch54-de-02",
            "Marktgemeindeamt Stainzbach, Hauptplatz 1, 8511 Stainzbach",
            true,
        ),
        (
            "batch51",
            "fr",
            "batch51-fr-04",
            "2750, chemin Sainte-Foy, bureau 310, Québec (Québec) G1V 1V6",
            true,
        ),
        (
            "batch50",
            "en",
            "batch50-en-01",
            "Email: recycling@kilbrackcoco.ie",
            true,
        ),
        ("batch34", "de", "batch34-de-06", "Telefon 056 444 22 10", true),
        // Under a row whose phone follows the office's name and a colon.
        (
            "batch66",
            "de",
            "batch66-de-07",
            "E-Mail: umwelt@hollersdorf.gv.at",
            true,
        ),
        // Under a heading ("Kontakt") right below the page's text, none of the rows kept.
        ("batch55", "de", "batch55-de-08", "Tel. 07254 555 20", true),
        ("batch55", "de", "batch55-de-08", "Marktplatz 7, 4612 Kremsau", true),
        (
            "batch42",
            "fr",
            "batch42-fr-04",
            "Tél. 021 555 34 20 – voirie@villars-sur-broye.ch",
            true,
        ),
        (
            "batch52",
            "de",
            "batch52-de-07",
            "Industriestrasse 21, 5637 Wilerberg",
            true,
        ),
        // Under a heading that the model kept ("Ihre Ansprechpartnerin").
        ("fresh62", "de", "fresh62-de-03", "Telefon 07154 8873-214", true),
        // Footers' contact rows.
        (
            "batch17",
            "de",
            "t17-de-12",
            "Tel. +43 7942 720 11 · office@bildungshaus-leonhard.at",
            false,
        ),
        (
            "batch18",
            "de",
            "t18-de-19",
            "Stadt Wetterbach · Marktplatz 1 · 35619 Wetterbach",
            false,
        ),
        (
            "batch33",
            "de",
            "batch33-de-04",
            "Tel.: 03115/2241 | Fax: 03115/2241-20",
            false,
        ),
        ("batch49", "de", "batch49-de-07", "Telefon 056 555 31 00", false),
        (
            "batch52",
            "es",
            "batch52-es-01",
            "Tel. 978 555 214 · info@rutasierradealcarron.es",
            false,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A list of teasers under a related-links head ends above a fact box of opening hours: the
/// rows ("Samstag: 7.00 bis 16.00 Uhr") read as kickers' titles, and the box's heading as one
/// more title, but both stay; the teaser above them goes. Each row: set, language, document,
/// a line, whether it must stay.
#[test]
fn a_fact_boxs_hours_end_a_list_of_teasers() {
    let rows = [
        ("batch57", "de", "batch57-de-02", "Die neuen Öffnungszeiten", true),
        ("batch57", "de", "batch57-de-02", "Samstag: 7.00 bis 16.00 Uhr", true),
        (
            "batch57",
            "de",
            "batch57-de-02",
            "Sonntag: 8.00 bis 11.00 Uhr (nur Brot und Zeitungen)",
            true,
        ),
        (
            "batch57",
            "de",
            "batch57-de-02",
            "Dorfläden im Thurgau: Jeder dritte kämpft ums Überleben",
            false,
        ),
        // A day's hours with no year are no dateline.
        ("batch58", "de", "batch58-de-02", "Samstag: 7.30–14 Uhr", true),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A share bar's label glued after a paragraph's last sentence takes its buttons glued after
/// it ("…septembre.Partager :FacebookTwitterE-mailImprimerJ'aime"), and the sentence stays.
/// Each row: set, language, document, the sentence, the bar's first button.
#[test]
fn a_share_bars_glued_buttons_go_with_it() {
    let rows = [
        (
            "batch57",
            "fr",
            "batch57-fr-03",
            "Hors saison, j'en fais aussi avec des griottes en bocal bien égouttées, ou avec des mirabelles en septembre.",
            "Facebook",
        ),
        (
            "batch36",
            "en",
            "batch36-en-04",
            "We took just over four hours with a long stop at the weighbridge, and were back at the car before the rain arrived.",
            "Twitter",
        ),
        (
            "batch55",
            "fr",
            "batch55-fr-03",
            "Racontez-moi vos habitudes dans les commentaires !",
            "Facebook",
        ),
    ];
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for (set, lang, id, sentence, button) in rows {
        let doc = eval_doc(set, lang, id);
        let line = doc
            .lines()
            .find(|l| l.contains(sentence))
            .unwrap_or_else(|| panic!("{id}: no {sentence:?}"));
        let out = cleaner.clean(&doc).to_string();
        let kept = out.lines().find(|l| l.contains(sentence));
        match kept {
            None => {
                let _ = writeln!(report, "{id}: lost {sentence:?}");
            }
            Some(k) if k.contains(button) => {
                let _ = writeln!(report, "{id}: kept the bar's buttons in {line:?}");
            }
            Some(_) => {}
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// A search box's prompt (a search verb first, an ellipsis last) goes, also where it stands
/// above the first prose line, where a page's title is spared. Each row: set, language,
/// document, the prompt.
#[test]
fn a_search_boxs_prompt_goes_above_the_first_prose_too() {
    let rows = [
        ("batch18", "de", "t18-de-06", "Durchsuche über 48.000 Fragen …", false),
        ("batch26", "de", "b26-de-10", "Suche in 48.213 Fragen …", false),
        ("batch29", "de", "batch29-de-05", "Suche in diesem Thema …", false),
        ("batch23", "fr", "batch23-fr-03", "Rechercher dans l'aide…", false),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A shop's head of a list of other items, a clause too long for a head of linked stories
/// ("Kunden, die diesen Artikel kauften, kauften auch:"), still heads its list: the items
/// under it go. Each row: set, language, document, an item under the head.
#[test]
fn a_shops_long_head_heads_its_list() {
    let rows = [
        (
            "batch43",
            "de",
            "batch43-de-08",
            "Bit-Set 32-tlg. Titan – 14,95 €",
            false,
        ),
        (
            "batch44",
            "de",
            "batch44-de-11",
            "Bohrhammer 800 W mit SDS-plus, 3 Funktionen – 79,90 €",
            false,
        ),
        (
            "batch40",
            "de",
            "batch40-de-03",
            "UVC-Klärer ClearWater 11 Watt – 64,90 EUR",
            false,
        ),
        (
            "batch34",
            "fr",
            "batch34-fr-02",
            "Ferments lactiques bio, boîte de 6 sachets - 5,50 €",
            false,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A post's last short line, between a kept paragraph and the post's foot, stays when the
/// board's row of buttons reports the post or writes to its poster rather than quoting it.
/// Each row: set, language, document, the line.
#[test]
fn a_posts_last_line_stays_above_its_buttons() {
    let rows = [
        ("batch43", "de", "batch43-de-01", "Danach im warmen Zustand feinjustieren."),
        (
            "batch25",
            "de",
            "b25-de-12",
            "Wer bezahlt eigentlich die Absperrungen und das Personal? Bei der Haushaltslage hätte ich gern mal eine Zahl gesehen.",
        ),
    ];
    let report = lines_stay(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A block's last sentence stays above the chrome that a pattern cut right under it; a
/// question to the reader there opens a pitch and goes. Each row: set, language, document, a
/// line, whether it must stay.
#[test]
fn a_blocks_last_sentence_stays_above_the_chrome() {
    let rows = [
        (
            "batch43",
            "de",
            "batch43-de-06",
            "Der Zugang ist barrierefrei über den Hintereingang am Kirchplatz.",
            true,
        ),
        (
            "batch43",
            "de",
            "batch43-de-05",
            "Führung eines Teams von 22 Mitarbeitenden, Weiterbildung in Führung von Vorteil.",
            true,
        ),
        (
            "batch40",
            "fr",
            "batch40-fr-03",
            "Si rien ne marche, venez à notre permanence du premier samedi du mois, on regardera ensemble.",
            true,
        ),
        (
            "batch39",
            "de",
            "batch39-de-12",
            "Sie haben Fragen oder Hinweise? Schreiben Sie an unsere Lokalredaktion.",
            false,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A category archive's heading that the menus pattern cut comes back: one category's name
/// under the site's menus or path, above the sentence that says what the category holds. A
/// post's label of its category, under the post's title and date, still goes; so does a
/// search form's field. Each row: set, language, document, the line, whether it must stay.
#[test]
fn a_category_archives_heading_stays() {
    let rows = [
        ("batch17", "de", "t17-de-14", "Kategorie: Balkongarten", true),
        ("batch22", "de", "batch22-de-11", "Kategorie: Aufläufe & Gratins", true),
        ("batch32", "de", "batch32-de-05", "Kategorie: Tagestouren", true),
        ("batch49", "de", "batch49-de-04", "Kategorie: Wassermühlen", true),
        ("batch18", "de", "t18-de-01", "Kategorie: Spielberichte KM", false),
        ("batch20", "de", "b20-de-03", "Kategorie: Wettkampf, Nachwuchs", false),
        ("batch20", "de", "b20-de-12", "Kategorie: Alle Kategorien", false),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A list's last item stands above the page's footer, which the line model weighs with it:
/// where a button or a link under each item ("Merken", "In den Warenkorb", "Ver detalle")
/// marks the items off and
/// the model kept the prose of the others, the last item's prose comes back. Each row: set,
/// language, document, the item's prose.
#[test]
fn a_lists_last_item_stays_with_the_others() {
    let rows = [
        (
            "batch49",
            "de",
            "batch49-de-05",
            "Komplett mit Steuerung und Rohrleitung, ausgebaut, Selbstabbau nicht nötig. Nur Abholung.",
            true,
        ),
        (
            "batch19",
            "de",
            "b19-de-23",
            "Programmierung und Inbetriebnahme von SPS-Steuerungen, auch bei Kunden im Ausland.",
            true,
        ),
        (
            "fresh21",
            "de",
            "f21-de-04",
            "Ein Brandstifter hält Helsinki in Atem. Kriminalkommissar Mikko Ranta ermittelt gegen die Zeit und gegen seine eigene Behörde.",
            true,
        ),
        // Under a link the model kept ("Ver detalle"), repeated under each item.
        (
            "batch50",
            "es",
            "batch50-es-01",
            "Expresión corporal, ritmo y juegos con música uruguaya. Hermanos: 20 % de descuento en la segunda cuota.",
            true,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A page's title glued to the last item of its path at the top of the text comes back
/// without the path, which still goes. Each row: set, language, document, the title that
/// must stay, the path that must go.
#[test]
fn a_title_glued_to_its_path_stays() {
    let rows = [
        (
            "batch38",
            "de",
            "batch38-de-05",
            "Backups einrichten und wiederherstellen",
            "Docs › Administration › Datensicherung",
        ),
        (
            "batch38",
            "de",
            "batch38-de-06",
            "Altstoffsammelzentrum Grubenau",
            "Startseite > Bürgerservice > Abfall & Umwelt",
        ),
        (
            "batch45",
            "de",
            "batch45-de-11",
            "Vereine A–Z",
            "Sie sind hier: Freizeit > Vereine",
        ),
    ];
    let report = stays_and_goes(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A related-links head glued to the end of a paragraph with its one title after a colon
/// ("…sonst entstehen Wellen.Siehe auch: Sensenblatt richten") links that title only: the
/// lines under it are the article's, not the head's list. Each row: set, language, document,
/// a line under such a head, whether it must stay.
#[test]
fn a_glued_head_with_its_own_title_heads_no_list() {
    let rows = [
        (
            "batch50",
            "de",
            "batch50-de-11",
            "Zu feste Schläge: Die Schneide reißt ein oder bekommt Haarrisse.",
            true,
        ),
        ("batch42", "de", "batch42-de-02", "Wo der Mangel am größten ist", true),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A newsletter's archive lists its issues under their stamps ("„Brücke“ Nr. 4/2006 –
/// Advent und Weihnachten"): with several on the page, the stamps are the list's titles and
/// stay; an article's one stamp still goes. Each row: set, language, document, the line,
/// whether it must stay.
#[test]
fn an_archives_issues_stay() {
    let rows = [
        (
            "batch51",
            "de",
            "batch51-de-06",
            "„Brücke“ Nr. 4/2006 – Advent und Weihnachten",
            true,
        ),
        (
            "batch51",
            "de",
            "batch51-de-06",
            "„Brücke“ Nr. 3/2005 – Pfarrfest",
            true,
        ),
        (
            "batch21",
            "de",
            "b21-de-02",
            "DIE ZEITLUPE Nr. 47/2024, 14. November 2024",
            false,
        ),
        (
            "batch28",
            "de",
            "batch28-de-09",
            "Ausgabe 5/2024 · Rubrik Europa",
            false,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A thread's last reply keeps its sentence when extraction glued the thread's links after it
/// ("…das Einfache prüfen.Nach obenZurück zu „Motor & Vergaser“"): the links go, the reply
/// stays, as the replies under the other stamps do. Threads written for the test, their
/// stamps, links and last replies in four languages (the same three German posts above each
/// last reply), and read-set documents: (set, language, document, the reply's sentence, what
/// was glued after it).
#[test]
fn a_last_reply_keeps_its_sentence_before_glued_links() {
    let threads = [
        (
            "S51 springt warm schlecht an",
            [
                "von Hotte » Di 15. Sep 2009, 07:58",
                "von Ronny » Mi 16. Sep 2009, 18:37",
                "von Jens » Mi 16. Sep 2009, 19:02",
            ],
            "Nach oben",
            "Na also. Immer erst das Einfache prüfen.",
            "Nach obenZurück zu „Motor & Vergaser“",
        ),
        (
            "Pond pump stops after an hour",
            [
                "by mossbeard » Tue Sep 15, 2009 7:58 am",
                "by koiqueen » Wed Sep 16, 2009 6:37 pm",
                "by ponddad » Wed Sep 16, 2009 7:02 pm",
            ],
            "Back to top",
            "Glad it works now. Always check the simple things first.",
            "Back to top",
        ),
        (
            "La pompe du bassin s'arrête",
            [
                "par jardinier44 » mar. 15 sept. 2009 07:58",
                "par barbemousse » mer. 16 sept. 2009 18:37",
                "par fee » mer. 16 sept. 2009 19:02",
            ],
            "Haut de page",
            "Tant mieux. Il faut toujours vérifier le plus simple d'abord.",
            "Haut de page",
        ),
        (
            "La bomba del estanque se para",
            [
                "por jardinero77 » Mar Sep 15, 2009 7:58 am",
                "por barbamusgo » Mié Sep 16, 2009 6:37 pm",
                "por hada » Mié Sep 16, 2009 7:02 pm",
            ],
            "Volver arriba",
            "Me alegro. Siempre hay que mirar primero lo más sencillo.",
            "Volver arriba",
        ),
    ];
    let bodies = [
        "Seit gestern springt die Maschine warm nur noch nach zehn Tritten an, kalt sofort. Zündung ist neu eingestellt, die Kerze sieht gut aus. Hat jemand eine Idee, woran das liegen kann?",
        "Schau dir mal den Schwimmer an. Wenn das Nadelventil nicht dicht ist, läuft der Vergaser im Stand voll und sie säuft warm ab.",
        "Danke, das war es! Neues Nadelventil rein, und sie springt warm beim ersten Tritt an.",
    ];
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for (title, stamps, top, last, glued) in threads {
        let mut doc = format!("{title}\n");
        for (stamp, body) in stamps.iter().zip(bodies) {
            doc.push_str(&format!("{stamp}\n{body}\n{top}\n"));
        }
        // The last reply, under a fourth stamp like the first.
        doc.push_str(&format!("{}\n{last}{glued}\n", stamps[0]));
        let out = cleaner.clean(&doc).to_string();
        if !out.lines().any(|l| l.trim() == last) {
            let _ = writeln!(report, "{last:?} lost:\n{out}");
        }
        if out.contains(glued) {
            let _ = writeln!(report, "{glued:?} kept:\n{out}");
        }
    }
    let rows = [(
        "batch59",
        "de",
        "batch59-de-03",
        "Na also. Immer erst das Einfache prüfen.",
        "Nach obenZurück zu „Motor & Vergaser“",
    )];
    report.push_str(&sentences_before_glue(&rows, false));
    assert!(report.is_empty(), "{report}");
}

/// Cleans each row's document (set, language, document id, a sentence, what extraction
/// glued after it) and reports the rows whose sentence did not come out as a line of its
/// own, and, with `glue_goes`, those whose glued text stayed.
fn sentences_before_glue(rows: &[(&str, &str, &str, &str, &str)], glue_goes: bool) -> String {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    for &(set, lang, id, sentence, glued) in rows {
        let doc = eval_doc(set, lang, id);
        assert!(
            doc.contains(&format!("{sentence}{glued}")),
            "{id}: no line {sentence:?}"
        );
        let out = cleaner.clean(&doc).to_string();
        if !out.lines().any(|l| l.trim() == sentence) {
            let _ = writeln!(report, "{id}: {sentence:?} lost");
        }
        if glue_goes && out.contains(glued) {
            let _ = writeln!(report, "{id}: {glued:?} kept");
        }
    }
    report
}

/// A thread's reply that the line model cut comes back under its stamp even when a late
/// pattern matches inside it ("Keine Toten mehr!" holds the menu word "mehr"): the late
/// patterns, which judge only the lines the model kept, judge it once it is back. Each row:
/// set, language, document, the reply, whether it must stay.
#[test]
fn a_reply_with_a_menu_word_comes_back_under_its_stamp() {
    let rows = [
        (
            "batch44",
            "de",
            "batch44-de-04",
            "Kurzes Update: Nitrit ist seit drei Tagen nicht mehr nachweisbar. Alle Fische leben noch!",
            true,
        ),
        (
            "batch45",
            "de",
            "batch45-de-03",
            "Kurzes Update: seit zwei Tagen Nitrit nicht mehr nachweisbar. Füttere wieder, aber sparsam. Thema kann zu.",
            true,
        ),
        (
            "batch66",
            "de",
            "batch66-de-09",
            "Kurzes Update: Zwei Wechsel à 10 % gemacht, Wasser vorher laufen lassen. Keine Toten mehr!",
            true,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A related-links head among a menu's items (a menu's pattern cut the line under it:
/// "Actualités" / "Contact") heads no list: the listing's title and its items further down
/// stay. Under a head whose next line is a row that the separators rule cut ("Related
/// categories:" / "Recreation » Outdoors » Camping@ (412)"), the list still goes. Each row:
/// set, language, document, a line, whether it must stay.
#[test]
fn a_menus_item_heads_no_list() {
    let rows = [
        (
            "batch65",
            "fr",
            "batch65-fr-02",
            "Maisons à vendre à Saint-Aubin-des-Vignes et alentours (10 km)",
            true,
        ),
        (
            "batch65",
            "fr",
            "batch65-fr-02",
            "Maison 5 pièces – 118 m² – Saint-Aubin-des-Vignes",
            true,
        ),
        (
            "batch32",
            "en",
            "batch32-en-03",
            "Sites (1-12 of 23) sorted by: Popularity | Alphabetical | Date added",
            false,
        ),
    ];
    let report = line_fates(&rows);
    assert!(report.is_empty(), "{report}");
}

/// A block's last sentence keeps its place when extraction glued the page's chrome to its
/// end and the line model cut the line: the chrome goes, the sentence stays. Read-set
/// documents: (set, language, document, the sentence, the chrome glued after it).
#[test]
fn a_blocks_last_sentence_stays_before_glued_chrome() {
    let rows = [
        (
            "batch59",
            "de",
            "batch59-de-05",
            "Lasst es euch schmecken!",
            "Teilen mit:FacebookTwitterPinterestE-Mail",
        ),
        (
            "batch59",
            "de",
            "batch59-de-09",
            "KV-Mindestgehalt € 2.120,– brutto/Monat.",
            "Job-Alarm: Neue Stellenangebote für diese Suche per E-Mail erhalten",
        ),
        (
            "batch49",
            "de",
            "batch49-de-09",
            "Gruppenführungen auf Anfrage beim Museumsverein.",
            "Newsletter: Jeden Morgen das Wichtigste aus dem Freiamt – jetzt kostenlos abonnieren",
        ),
        (
            "batch43",
            "en",
            "batch43-en-03",
            "Referee: Mark Gillespie. Attendance: 3,412.",
            "Get the latest Hartsbridge Town news straight to your inbox – sign up here",
        ),
        (
            "batch65",
            "en",
            "batch65-en-02",
            "Use utf-8-sig for files that come from Excel.",
            "Share this post: Twitter · LinkedIn · Reddit",
        ),
    ];
    let report = sentences_before_glue(&rows, true);
    assert!(report.is_empty(), "{report}");
}

/// A newsletter box's pitch goes with its heading and its button when patterns cut both
/// ("Newsletter" / "Recevez nos bons plans …" / "Je m'abonne"); the same line with no button
/// under it stays as the line model left it. Each row: set, language, document, a line,
/// whether it must stay.
#[test]
fn a_newsletter_boxs_pitch_goes_with_its_button() {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    let boxes = [
        (
            "Newsletter",
            "Einmal im Monat: die besten Touren und Termine aus dem Tal, direkt in Ihr Postfach.",
            "Abonnieren",
        ),
        (
            "Newsletter",
            "Once a month: the best walks and events in the valley, straight to your inbox.",
            "Subscribe",
        ),
        (
            "Newsletter",
            "Une fois par mois : les meilleures balades et sorties de la vallée dans votre boîte.",
            "Je m'abonne",
        ),
        (
            "Newsletter",
            "Una vez al mes: las mejores rutas y citas del valle, directamente en tu correo.",
            "Suscribirme",
        ),
    ];
    let [a, b, c] = [
        "The valley's hiking season opens on the first of May, when the upper trails are cleared of snow and the huts open their doors.",
        "Guided tours leave the tourist office every Saturday at nine; they last about five hours and cost twenty francs per person.",
        "Dogs are welcome on all trails if kept on a lead, and the bus back to the village runs every hour until seven.",
    ];
    for (head, pitch, button) in boxes {
        let doc = format!("{a}\n{b}\n{head}\n{pitch}\n{button}\n{c}\n");
        let out = cleaner.clean(&doc).to_string();
        if out.contains(pitch) {
            let _ = writeln!(report, "{pitch:?} kept:\n{out}");
        }
        if !(out.contains(a) && out.contains(b) && out.contains(c)) {
            let _ = writeln!(report, "prose lost around {pitch:?}:\n{out}");
        }
    }
    // A sentence of the story between two widgets stays.
    let doc = format!("{a}\nWant more? Sign up for our newsletter.\n{b}\nSubscribe\n{c}\n");
    if !cleaner.clean(&doc).to_string().contains(b) {
        let _ = writeln!(report, "prose between two widgets lost: {b:?}");
    }
    report.push_str(&line_fates(&[(
        "batch60",
        "fr",
        "batch60-fr-01",
        "Recevez nos bons plans et l'agenda de la vallée une fois par mois.",
        false,
    )]));
    assert!(report.is_empty(), "{report}");
}

/// A related-links head that opens the text names the section above the page's title
/// ("Actualités" / "La bibliothèque universitaire des Tanneurs rouvre ses portes …"): the title
/// stays, while the same head under the article still heads its list. Each row: set,
/// language, document, a line, whether it must stay.
#[test]
fn a_section_name_atop_the_text_heads_no_list() {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    let para = "Après un an et demi de chantier, la bibliothèque du campus accueille de nouveau les étudiants, avec deux cents places de travail en plus et des horaires élargis le samedi.";
    let more = "Les collections de droit et d'économie ont rejoint le deuxième étage, et une salle de travail en groupe peut être réservée en ligne.";
    let title = "La bibliothèque du campus rouvre ses portes après dix-huit mois de travaux";
    let teaser = "Le restaurant universitaire change de prestataire à la rentrée";
    let doc = format!("Actualités\n{title}\nPublié le 16 septembre 2013\n{para}\n{more}\nActualités\n{teaser}\n");
    let out = cleaner.clean(&doc).to_string();
    if !out.contains(title) {
        let _ = writeln!(report, "title lost:\n{out}");
    }
    if out.contains(teaser) {
        let _ = writeln!(report, "teaser under the article kept:\n{out}");
    }
    report.push_str(&line_fates(&[(
        "batch62",
        "fr",
        "batch62-fr-03",
        "La bibliothèque universitaire des Tanneurs rouvre ses portes après dix-huit mois de travaux",
        true,
    )]));
    assert!(report.is_empty(), "{report}");
}

/// The dates of a list of events stay, though each reads as a dateline: a weekday's name, a
/// year and a time on the hour or the quarter, two of them or more on the page. A story's
/// stamp alone, one split by a bar, and a thread's stamps at odd minutes still go. Each row:
/// set, language, document, a line, whether it must stay.
#[test]
fn a_list_of_events_keeps_its_dates() {
    let cleaner = deboil::Cleaner::new();
    let mut report = String::new();
    let para = "Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte über die Sanierung der Grundschule.";
    for stamp in [
        "Mittwoch, 12. März 2025, 18.00 Uhr",
        "Domingo 23 de febrero de 2025 | 08:30",
    ] {
        let doc = format!("Haushalt beschlossen\n{stamp}\n{para}\n{para}\n");
        if cleaner.clean(&doc).to_string().contains(stamp) {
            let _ = writeln!(report, "a story's stamp kept: {stamp:?}");
        }
    }
    report.push_str(&line_fates(&[
        (
            "batch49",
            "de",
            "batch49-de-12",
            "Samstag, 5. April 2025, 19.30 Uhr",
            true,
        ),
        ("batch33", "fr", "batch33-fr-02", "Samedi 9 février 2013 – 10 h", true),
        (
            "batch52",
            "fr",
            "batch52-fr-02",
            "Vendredi 18 novembre 2011 – 20 h 30",
            true,
        ),
        (
            "batch61",
            "es",
            "batch61-es-04",
            "Viernes, 13 de noviembre de 2009 - 20:30 h",
            true,
        ),
        // Short weekdays, an odd lunchtime concert at 1:05pm among them.
        ("batch65", "en", "batch65-en-01", "Thu 2 Oct 2025, 7:30pm", true),
    ]));
    // A thread's stamps, two of five on the quarter, stay cut.
    let reply = "Thanks, I will try the new gasket this weekend and report back how it goes.";
    let mut thread = String::from("Oil leak from the rocker cover after a rebuild\n");
    for stamp in [
        "Sat Mar 14, 2009 12:37 pm",
        "Sat Mar 14, 2009 1:00 pm",
        "Sun Mar 15, 2009 9:12 am",
        "Sun Mar 15, 2009 10:30 am",
        "Mon Mar 16, 2009 6:48 pm",
    ] {
        thread.push_str(&format!("{stamp}\n{reply}\n"));
    }
    let out = cleaner.clean(&thread).to_string();
    if out.contains("Mar 14, 2009 1:00 pm") {
        let _ = writeln!(report, "a thread's stamp kept:\n{out}");
    }
    assert!(report.is_empty(), "{report}");
}
