//! Integration tests for the `deboil` binary.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_deboil");

/// A fresh directory for one test.
fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run deboil");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

const EN_DOC: &str = "Home | News | Sport\n\
    The storm knocked out power to thousands of homes across the valley on Sunday night.Advertisement\
    Crews from three counties worked through the night to restore it.\n\
    Share on Facebook\n\
    The mayor thanked the volunteers who cleared the fallen trees from the main road.\n";

const EN_CLEAN: &str = "The storm knocked out power to thousands of homes across the valley on Sunday night. \
    Crews from three counties worked through the night to restore it.\n\
    The mayor thanked the volunteers who cleared the fallen trees from the main road.\n";

const DE_DOC: &str =
    "Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr nach einer langen Debatte beschlossen.\n\
    Werbung\n\
    Die Bürger können die Pläne ab Montag im Rathaus einsehen und dort Fragen stellen.\n";

const DE_CLEAN: &str =
    "Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr nach einer langen Debatte beschlossen.\n\
    Die Bürger können die Pläne ab Montag im Rathaus einsehen und dort Fragen stellen.\n";

// ---------------------------------------------------------------- plain text

#[test]
fn clean_plain_from_stdin() {
    let o = run(&["clean"], EN_DOC.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), EN_CLEAN);
    assert_eq!(stderr(&o), "");
}

#[test]
fn clean_plain_files_and_dash_are_concatenated_in_order() {
    let dir = tmp("plain_files");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, EN_DOC).unwrap();
    std::fs::write(&b, DE_DOC).unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let o = run(&["clean", a, "-", b], DE_DOC.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("{EN_CLEAN}{DE_CLEAN}{DE_CLEAN}"));
}

#[test]
fn clean_plain_passes_invalid_utf8_through() {
    let mut doc = b"Share on Facebook\nDer Bericht \xff\xfe wurde am Montag von der Stadtverwaltung ver\xf6ffentlicht und sofort diskutiert.\n".to_vec();
    let o = run(&["clean"], &doc);
    assert!(o.status.success(), "{}", stderr(&o));
    doc.drain(..b"Share on Facebook\n".len());
    assert_eq!(o.stdout, doc);
}

#[test]
fn unreadable_file_is_named() {
    let o = run(&["clean", "/nonexistent/deboil/page.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot read /nonexistent/deboil/page.txt"),
        "{}",
        stderr(&o)
    );
    let o = run(&["clean", "--jsonl", "/nonexistent/deboil/page.jsonl"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot read /nonexistent/deboil/page.jsonl"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_pattern_file_names_its_line() {
    let dir = tmp("bad_patterns");
    let p = dir.join("site.txt");
    std::fs::write(
        &p,
        "# my site\npromo glued Try our crossword today!\nsale line 50% off\n",
    )
    .unwrap();
    let o = run(&["clean", "--patterns", p.to_str().unwrap()], b"text\n");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{}:3: unknown category 'sale'", p.display())),
        "{err}"
    );
    assert_eq!(stdout(&o), "");
}

#[test]
fn user_pattern_pack_is_named_after_the_file() {
    let dir = tmp("user_patterns");
    let p = dir.join("mysite.txt");
    std::fs::write(&p, "promo glued The crossword is on page 12.\n").unwrap();
    let input = "{\"text\":\"Rain is expected all week across the northern valleys.The crossword is on page 12.Schools stay open.\"}\n";
    let o = run(
        &["clean", "--patterns", p.to_str().unwrap(), "--jsonl", "--explain"],
        input.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim_end()).unwrap();
    assert_eq!(
        v["clean"],
        "Rain is expected all week across the northern valleys. Schools stay open."
    );
    assert_eq!(
        v["removed"][0]["reason"],
        "pattern mysite/promo glued \"The crossword is on page 12.\""
    );
    // Turning the pack off again keeps the text.
    let o = run(
        &[
            "clean",
            "--patterns",
            p.to_str().unwrap(),
            "--disable-pack",
            "mysite",
            "--jsonl",
        ],
        input.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim_end()).unwrap();
    assert_eq!(
        v["clean"],
        "Rain is expected all week across the northern valleys.The crossword is on page 12.Schools stay open."
    );
    // An unknown pack is an error.
    let o = run(&["clean", "--disable-pack", "xx"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no pack named 'xx'"), "{}", stderr(&o));
}

#[test]
fn mode_is_accepted_and_checked() {
    for mode in ["recall", "balanced", "precision"] {
        let o = run(&["clean", "--mode", mode], EN_DOC.as_bytes());
        assert!(o.status.success(), "{mode}: {}", stderr(&o));
        assert!(stdout(&o).contains("The mayor thanked the volunteers"));
    }
    let o = run(&["clean", "--mode", "greedy"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn broken_pipe_exits_quietly() {
    let dir = tmp("broken_pipe");
    let path = dir.join("big.txt");
    let para = "The river rose two metres overnight, and the old stone bridge was closed to traffic.\n";
    std::fs::write(&path, para.repeat(100_000)).unwrap();
    let jsonl = dir.join("big.jsonl");
    let line = format!("{{\"text\":{}}}\n", serde_json::to_string(para).unwrap());
    std::fs::write(&jsonl, line.repeat(100_000)).unwrap();
    assert_quiet_when_the_reader_leaves(&["clean", path.to_str().unwrap()]);
    assert_quiet_when_the_reader_leaves(&["clean", "--jsonl", jsonl.to_str().unwrap()]);
}

/// Runs deboil with `args`, reads 100 bytes of its output and closes the pipe: deboil must
/// exit 0 without a word on stderr.
fn assert_quiet_when_the_reader_leaves(args: &[&str]) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut head = [0u8; 100];
    out.read_exact(&mut head).unwrap();
    drop(out);
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{args:?}: {status:?} {err}");
    assert_eq!(err, "", "{args:?}");
}

// ---------------------------------------------------------------- JSON Lines

fn record(i: usize) -> String {
    let text = match i % 4 {
        0 => EN_DOC.to_string(),
        1 => DE_DOC.to_string(),
        2 => format!("Le conseil municipal a voté le budget numéro {i} mardi soir après un long débat.Publicité\nLes habitants peuvent consulter les plans à la mairie.\n"),
        _ => format!("El ayuntamiento aprobó el presupuesto {i} el martes por la noche.\nCompartir\n"),
    };
    let text = serde_json::to_string(&text).unwrap();
    // Odd spacing, a float with a trailing zero and nested values must come back unchanged.
    format!("{{\"id\": {i}, \"score\":1.10, \"text\":{text}, \"meta\":{{\"tags\":[\"a\",\"b\"],\"n\":null}} , \"z\":\"\\u00e9\" }}")
}

#[test]
fn jsonl_keeps_every_field_and_the_order_whatever_the_thread_count() {
    let dir = tmp("jsonl_order");
    let path = dir.join("in.jsonl");
    let lines: Vec<String> = (0..1000).map(record).collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let p = path.to_str().unwrap();
    let one = run(&["clean", "--jsonl", "-j", "1", p], b"");
    let four = run(&["clean", "--jsonl", "-j", "4", p], b"");
    assert!(one.status.success(), "{}", stderr(&one));
    assert!(four.status.success(), "{}", stderr(&four));
    assert_eq!(one.stdout, four.stdout);
    let out = stdout(&four);
    let out_lines: Vec<&str> = out.lines().collect();
    assert_eq!(out_lines.len(), 1000);
    for (i, (inp, outp)) in lines.iter().zip(&out_lines).enumerate() {
        // Input fields byte for byte, then the new field.
        let body = inp.trim_end().strip_suffix('}').unwrap().trim_end();
        assert!(outp.starts_with(body), "line {}: {outp}", i + 1);
        let v: serde_json::Value = serde_json::from_str(outp).unwrap();
        assert_eq!(v["id"], i);
        let clean = v["clean"].as_str().unwrap();
        match i % 4 {
            0 => assert_eq!(clean, EN_CLEAN),
            1 => assert_eq!(clean, DE_CLEAN),
            2 => assert!(!clean.contains("Publicité") && clean.contains(&format!("numéro {i} mardi"))),
            _ => assert_eq!(
                clean,
                format!("El ayuntamiento aprobó el presupuesto {i} el martes por la noche.\n")
            ),
        }
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id", "score", "text", "meta", "z", "clean"]);
    }
    // Reading the same file from stdin gives the same bytes.
    let from_stdin = run(&["clean", "--jsonl", "-j", "2"], &std::fs::read(&path).unwrap());
    assert_eq!(from_stdin.stdout, one.stdout);
}

#[test]
fn jsonl_bad_line_is_an_error_with_its_line_number() {
    let input = format!(
        "{}\n\n{}\n{{\"text\": \"unterminated\n{}\n",
        record(0),
        record(1),
        record(2)
    );
    let o = run(&["clean", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("deboil: error: <stdin>:4: malformed JSON:"), "{err}");
    // The records before the bad line were written.
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn jsonl_file_errors_name_the_file() {
    let dir = tmp("jsonl_file_errors");
    let path = dir.join("crawl.jsonl");
    std::fs::write(&path, format!("{}\n[1, 2]\n", record(0))).unwrap();
    let o = run(&["clean", "--jsonl", path.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "deboil: error: {}:2: expected a JSON object, found an array\n",
            path.display()
        )
    );
}

#[test]
fn jsonl_missing_or_wrong_field() {
    // Prose (7+ words ending a sentence), which the line model never scores: the test is
    // about the field, not the model.
    let input = "{\"body\": \"Der Stadtrat tagte am Montag bis spät in die Nacht.\"}\n";
    let o = run(&["clean", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), "deboil: error: <stdin>:1: no field \"text\"\n");

    let o = run(&["clean", "--jsonl", "--field", "body"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "{\"body\": \"Der Stadtrat tagte am Montag bis spät in die Nacht.\",\
         \"clean\":\"Der Stadtrat tagte am Montag bis spät in die Nacht.\"}\n"
    );

    let o = run(&["clean", "--jsonl"], b"{\"text\": [\"a\"]}\n");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "deboil: error: <stdin>:1: field \"text\" is an array, not a string\n"
    );
}

#[test]
fn jsonl_skip_bad_counts_skipped_lines() {
    let input = format!(
        "{}\nnot json\n{{\"title\": \"sans texte\"}}\n\n   \n{}\n{{\"text\": 42}}\n{}\n",
        record(0),
        record(1),
        record(2)
    );
    let o = run(&["clean", "--jsonl", "--skip-bad"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 3);
    let err = stderr(&o);
    assert!(err.contains("deboil: skipping <stdin>:2: malformed JSON"), "{err}");
    assert!(err.contains("deboil: skipping <stdin>:3: no field \"text\""), "{err}");
    assert!(
        err.contains("deboil: skipping <stdin>:7: field \"text\" is a number, not a string"),
        "{err}"
    );
    assert!(err.ends_with("deboil: skipped 3 bad lines; wrote 3 records\n"), "{err}");
}

#[test]
fn jsonl_empty_lines_are_skipped_silently() {
    let input = format!("\n{}\r\n\n  \n{}\n\n", record(0), record(1));
    let o = run(&["clean", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn plain_explain_lists_removed_spans_on_stderr() {
    let o = run(&["clean", "--explain"], EN_DOC.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    // Stdout is the clean text alone, as without --explain.
    assert_eq!(stdout(&o), EN_CLEAN);
    let report = stderr(&o);
    let mut last_end = 0;
    let mut spans = 0;
    for line in report.lines() {
        // `<stdin>:START-END: REASON: "TEXT"`
        let rest = line.strip_prefix("<stdin>:").unwrap_or_else(|| panic!("{line}"));
        let (range, rest) = rest.split_once(": ").unwrap();
        let (s, e) = range.split_once('-').unwrap();
        let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
        assert!(s >= last_end && e > s, "{line}");
        let quoted = format!("{:?}", &EN_DOC[s..e]);
        assert!(rest.ends_with(&quoted), "{line} does not end with {quoted}");
        last_end = e;
        spans += 1;
    }
    assert!(
        spans > 0 && report.contains("pattern en/ad glued \"Advertisement\""),
        "{report}"
    );
    // Without --explain, nothing goes to stderr.
    let o = run(&["clean"], EN_DOC.as_bytes());
    assert!(stderr(&o).is_empty());
}

#[test]
fn jsonl_explain_gives_byte_offsets_into_the_field() {
    let input = format!("{{\"text\": {}}}\n", serde_json::to_string(EN_DOC).unwrap());
    let o = run(
        &["clean", "--jsonl", "--explain", "--out-field", "body"],
        input.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim_end()).unwrap();
    assert_eq!(v["body"], EN_CLEAN);
    let removed = v["removed"].as_array().unwrap();
    assert!(!removed.is_empty());
    let mut last_end = 0;
    for r in removed {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert!(s >= last_end && e > s);
        assert_eq!(r["text"], EN_DOC[s..e]);
        for key in ["reason", "rule", "category"] {
            assert!(r[key].is_string(), "{key} in {r}");
        }
        last_end = e;
    }
    let ad = removed
        .iter()
        .find(|r| r["text"] == "Advertisement")
        .expect("the ad marker is removed");
    assert_eq!(ad["reason"], "pattern en/ad glued \"Advertisement\"");
    assert_eq!(ad["rule"], "pattern");
    assert_eq!(ad["category"], "ad");
    assert_eq!(ad["pattern"], "Advertisement");
    let keys: Vec<&String> = ad.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["start", "end", "text", "reason", "rule", "category", "pattern"]);
}

#[test]
fn jsonl_existing_out_field_is_replaced_in_place() {
    let input = "{\"clean\": \"old\", \"text\": \"Werbung\\nDie Bürger können die Pläne ab Montag im Rathaus einsehen und dort Fragen stellen.\\n\", \"n\": 1}\n";
    let o = run(&["clean", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim_end()).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["clean", "text", "n"]);
    assert_eq!(
        v["clean"],
        "Die Bürger können die Pläne ab Montag im Rathaus einsehen und dort Fragen stellen.\n"
    );
}

#[test]
fn jsonl_only_options_need_jsonl() {
    let o = run(&["clean", "--skip-bad"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--jsonl"), "{}", stderr(&o));
}

// ---------------------------------------------------------------- eval

/// Four labeled docs whose counts are worked out by hand below.
fn tiny_eval_file(dir: &Path) -> PathBuf {
    let docs = [
        // en: keep 3 present + 1 lost (the glued ad is cut, so "night.Advertisement" is gone);
        // drop: 2 removed (tn), "cleared the fallen trees" stays (fp).
        serde_json::json!({"id": "en-1", "lang": "en", "page_type": "article", "task": "extracted", "text": EN_DOC,
            "keep": ["knocked out power to thousands of homes", "worked through the night to restore it",
                     "on Sunday night.Advertisement", "The mayor thanked the volunteers"],
            "drop": ["Share on Facebook", "Home | News | Sport", "cleared the fallen trees"]}),
        // de: U+001F is whitespace for Python's str.split(), so "ab Montag im Rathaus" matches;
        // the double space in a keep snippet is normalized too. tp 2, no drops.
        serde_json::json!({"id": "de-1", "lang": "de", "page_type": "article",
            "text": DE_DOC.replace("ab Montag", "ab\u{1f}Montag"),
            "keep": ["den neuen  Haushalt", "ab Montag im Rathaus einsehen"], "drop": []}),
        // fr: tp 2; the glued "Publicité" is cut (tn) and a drop absent from the text (tn).
        serde_json::json!({"id": "fr-1", "lang": "fr", "page_type": "product", "task": "page",
            "text": "Le conseil municipal a voté le nouveau budget mardi soir après un long débat.Publicité\nLes habitants peuvent consulter les plans à la mairie dès lundi prochain.\n",
            "keep": ["voté le nouveau budget", "à la mairie"], "drop": ["Publicité", "Ce texte n'apparaît nulle part"]}),
        // es: tp 1, fn 1 (a keep snippet absent from the text); the rights notice is cut (tn).
        serde_json::json!({"id": "es-1", "lang": "es", "page_type": "product",
            "text": "El ayuntamiento aprobó el nuevo presupuesto el martes por la noche tras un largo debate.\nLos vecinos pueden consultar los planos en la biblioteca municipal desde el lunes.\nTodos los derechos reservados\n",
            "keep": ["aprobó el nuevo presupuesto", "una frase que no aparece"], "drop": ["Todos los derechos reservados"]}),
    ];
    let path = dir.join("tiny.jsonl");
    let text: String = docs.iter().map(|d| format!("{d}\n\n")).collect();
    std::fs::write(&path, text).unwrap();
    path
}

// Totals: tp 3+2+2+1 = 8, fn 1+0+0+1 = 2, fp 1, tn 2+0+2+1 = 5.
// P = 8/9 = 0.889, R = 8/10 = 0.800, F1 = 16/19 = 0.842, BR = 5/6 = 0.833.
// en: tp 3 fn 1 fp 1 tn 2 -> 0.750 0.750 0.750 0.667.
// other (de, fr, es): tp 5 fn 1 fp 0 tn 3 -> 1.000 0.833 0.909 1.000.
// article (en, de): tp 5 fn 1 fp 1 tn 2 -> 0.833 0.833 0.833 0.667.
// product (fr, es): tp 3 fn 1 fp 0 tn 3 -> 1.000 0.750 0.857 1.000.
// task extracted (en): as en; task page (fr): tp 2 tn 2 -> 1.000 all; de and es have no task.
#[test]
fn eval_table_matches_hand_counts() {
    let dir = tmp("eval_table");
    let path = tiny_eval_file(&dir);
    let o = run(&["eval", path.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let expected = format!(
        "{}
  subset               docs    keep    drop       P       R      F1      BR
  all                     4      10       6   0.889   0.800   0.842   0.833
  en                      1       4       3   0.750   0.750   0.750   0.667
  other                   3       6       3   1.000   0.833   0.909   1.000
  lang=de                 1       2       0   1.000   1.000   1.000       -
  lang=en                 1       4       3   0.750   0.750   0.750   0.667
  lang=es                 1       2       1   1.000   0.500   0.667   1.000
  lang=fr                 1       2       2   1.000   1.000   1.000   1.000
  page_type=article       2       6       3   0.833   0.833   0.833   0.667
  page_type=product       2       4       3   1.000   0.750   0.857   1.000
  task=extracted          1       4       3   0.750   0.750   0.750   0.667
  task=page               1       2       2   1.000   1.000   1.000   1.000
",
        path.display()
    );
    assert_eq!(stdout(&o), expected);
}

#[test]
fn eval_json_has_the_same_numbers() {
    let dir = tmp("eval_json");
    let path = tiny_eval_file(&dir);
    let o = run(&["eval", "--json", "-j", "3", path.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let f = &v["files"][0];
    assert_eq!(f["file"], path.to_str().unwrap());
    let all = &f["all"];
    for (k, n) in [
        ("docs", 4),
        ("keep", 10),
        ("drop", 6),
        ("tp", 8),
        ("fn", 2),
        ("fp", 1),
        ("tn", 5),
    ] {
        assert_eq!(all[k], n, "{k}");
    }
    assert_eq!(all["precision"], 8.0 / 9.0);
    assert_eq!(all["recall"], 0.8);
    assert!((all["f1"].as_f64().unwrap() - 16.0 / 19.0).abs() < 1e-12);
    assert_eq!(all["br"], 5.0 / 6.0);
    assert_eq!(f["en"]["tp"], 3);
    assert_eq!(f["other"]["tn"], 3);
    assert_eq!(f["lang"]["de"]["br"], serde_json::Value::Null);
    assert_eq!(f["page_type"]["product"]["fn"], 1);
    assert_eq!(f["task"]["page"]["tn"], 2);
    assert_eq!(
        f["task"].as_object().unwrap().len(),
        2,
        "docs without a task are in no task row"
    );
}

#[test]
fn eval_errors_explain_the_misses() {
    let dir = tmp("eval_errors");
    let path = tiny_eval_file(&dir);
    let o = run(&["eval", "--errors", "5", path.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let tail = out.split_once("\n\n").expect("an errors section").1;
    assert_eq!(
        tail,
        "  keep snippets missing from the output (2 longest of 2):
    en-1 (line 1): \"on Sunday night.Advertisement\"
      removed by pattern en/ad glued \"Advertisement\": \"Advertisement\"
    es-1 (line 7): \"una frase que no aparece\"
      removed by -: \"(snippet not found in the input text)\"
  drop snippets still in the output (1 longest of 1):
    en-1 (line 1): \"cleared the fallen trees\"
      in output line: \"The mayor thanked the volunteers who cleared the fallen trees from the main road.\"
"
    );
}

#[test]
fn eval_by_reason_counts_what_each_reason_cost_and_removed() {
    let dir = tmp("eval_by_reason");
    let path = tiny_eval_file(&dir);
    let o = run(&["eval", "--by-reason", "--json", path.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let reasons = v["files"][0]["reasons"].as_object().expect("a reasons object");
    let sum = |key: &str| reasons.values().map(|t| t[key].as_u64().unwrap()).sum::<u64>();
    // Of the 2 lost keep snippets one is not in the input (no reason); of the 5 drop
    // snippets missing from the output one is not in the input either.
    assert_eq!(sum("lost_keep"), 1);
    assert_eq!(sum("removed_drop"), 4);
    assert_eq!(
        reasons["pattern en/ad glued \"Advertisement\""]["lost_keep"], 1,
        "{reasons:?}"
    );
    // The table: a header, then one row per reason, the costliest first.
    let o = run(&["eval", "--by-reason", path.to_str().unwrap()], b"");
    let out = stdout(&o);
    let table = out.split_once("removed by reason").expect("a reasons table").1;
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(rows.len(), reasons.len(), "{table}");
    assert!(rows[0].ends_with("pattern en/ad glued \"Advertisement\""), "{table}");
}

#[test]
fn eval_floors_fail_when_set_above_the_result() {
    let dir = tmp("eval_floors");
    let path = tiny_eval_file(&dir);
    let p = path.to_str().unwrap();
    let o = run(&["eval", p, "--min-recall", "0.8", "--min-br", "0.8"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["eval", p, "--min-recall", "0.81"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!("deboil: {p}: recall 0.8000 (8/10) is below --min-recall 0.81\n")
    );
    let o = run(&["eval", p, "--min-recall", "0.5", "--min-br", "0.9"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!("deboil: {p}: BR 0.8333 (5/6) is below --min-br 0.9\n")
    );
    let o = run(&["eval", p, "--min-br", "1.5"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn eval_malformed_file_is_an_error() {
    let dir = tmp("eval_malformed");
    let path = dir.join("bad.jsonl");
    let good = serde_json::json!({"id": "x", "text": "Ein Satz.", "keep": ["Ein Satz."], "drop": []});
    std::fs::write(
        &path,
        format!("{good}\n{{\"id\": \"y\", \"text\": \"Ein Satz.\", \"keep\": \"Ein Satz.\", \"drop\": []}}\n"),
    )
    .unwrap();
    let o = run(&["eval", path.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "deboil: error: {}:2: field \"keep\" is a string, not an array of strings\n",
            path.display()
        )
    );
    std::fs::write(&path, format!("{good}\n{good}\n{{\"id\"\n")).unwrap();
    let o = run(&["eval", path.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with(&format!("deboil: error: {}:3: malformed JSON", path.display())),
        "{}",
        stderr(&o)
    );
}

// ---------------------------------------------------------------- help

#[test]
fn help_describes_the_commands() {
    let o = run(&["--help"], b"");
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("clean") && out.contains("eval"), "{out}");
    let o = run(&["clean", "--help"], b"");
    let out = stdout(&o);
    for s in [
        "--jsonl",
        "--skip-bad",
        "--explain",
        "--patterns",
        "Empty lines are skipped",
        "Exit status",
    ] {
        assert!(out.contains(s), "{s} missing from clean --help");
    }
    let o = run(&["eval", "--help"], b"");
    let out = stdout(&o);
    for s in ["--min-recall", "--min-br", "--errors", "BR = tn/(tn+fp)", "str.split()"] {
        assert!(out.contains(s), "{s} missing from eval --help");
    }
}

// ---------------------------------------------------------------- tokens

/// A text with the cases that matter to `tokens`: CRLF, a tab, non-ASCII words, emoji,
/// numbers, a URL, an e-mail address, a handle, a hashtag and user terms.
const TOK_DOC: &str = "Mali's capital, Bamako: 170 people.\r\n\
    Grüße aus Köln — «ça va?» 👍🏽 東京 3.5% U.S. troops\tC++ code\n\
    See https://example.com/a_(b)?q=1. Mail jane.doe@example.org or @jane_doe #news2024\n\
    \n\
    last line without a break";

/// `\n`, `\r`, `\t`, `\\`, `\u{..}` and `\x..` undone.
fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next().unwrap() {
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            '\\' => out.push(b'\\'),
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(u8::from_str_radix(&hex, 16).unwrap());
            }
            'u' => {
                assert_eq!(chars.next(), Some('{'));
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let c = char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap();
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            other => panic!("unknown escape \\{other}"),
        }
    }
    out
}

fn protecting() -> deboil::Tokenizer {
    deboil::Tokenizer::builder()
        .protect(["C++", "U.S."])
        .urls(true)
        .emails(true)
        .handles(true)
        .hashtags(true)
        .build()
}

#[test]
fn tokens_writes_the_words_of_each_input_in_order() {
    let dir = tmp("tokens_words");
    let a = dir.join("a.txt");
    std::fs::write(&a, TOK_DOC).unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_d06dd05617b8cbae.txt");
    let seed_text = std::fs::read_to_string(&seed).unwrap();
    let o = run(
        &["tokens", a.to_str().unwrap(), "-", seed.to_str().unwrap()],
        DE_DOC.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let want: Vec<&str> = [TOK_DOC, DE_DOC, seed_text.as_str()]
        .iter()
        .flat_map(|t| deboil::words(t))
        .collect();
    let out = stdout(&o);
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got, want);
    assert!(got.contains(&"Mali's") && got.contains(&"3.5") && got.contains(&"U.S"));
}

#[test]
fn tokens_protects_web_tokens_and_user_terms() {
    let dir = tmp("tokens_protect");
    let terms = dir.join("terms.txt");
    std::fs::write(&terms, "C++\r\n\nU.S.\n").unwrap();
    let o = run(
        &["tokens", "--web", "--protect", terms.to_str().unwrap()],
        TOK_DOC.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let tok = protecting();
    let want: Vec<&str> = tok.words(TOK_DOC).collect();
    let out = stdout(&o);
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got, want);
    for w in [
        "https://example.com/a_(b)?q=1",
        "jane.doe@example.org",
        "@jane_doe",
        "#news2024",
        "C++",
        "U.S.",
    ] {
        assert!(got.contains(&w), "{w} not kept whole: {got:?}");
    }
    // Only the kinds asked for.
    let o = run(&["tokens", "--hashtags"], TOK_DOC.as_bytes());
    let got: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
    assert!(got.contains(&"#news2024".to_owned()) && !got.contains(&"@jane_doe".to_owned()));
    // An unreadable term file is an error.
    let o = run(&["tokens", "--protect", "/nonexistent/deboil/terms.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot read /nonexistent/deboil/terms.txt"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn tokens_all_gives_offsets_kinds_and_text_that_rebuild_the_input() {
    // Invalid UTF-8 and control characters too: the bytes API's policy, one line per token.
    let mut doc = TOK_DOC.as_bytes().to_vec();
    doc.extend_from_slice(b"\nbad \xff\xfe bytes\x01\x7f and a \\ backslash\n");
    let o = run(&["tokens", "--all", "--web"], &doc);
    assert!(o.status.success(), "{}", stderr(&o));
    let want = web_tokenizer().tokenize_bytes_with_kinds(&bytes::Bytes::from(doc.clone()));
    let out = stdout(&o);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), want.len());
    let mut pos = 0;
    let mut rebuilt = Vec::new();
    for (row, (bytes, kind)) in rows.iter().zip(&want) {
        let cols: Vec<&str> = row.splitn(4, '\t').collect();
        assert_eq!(cols.len(), 4, "{row:?}");
        let (s, e): (usize, usize) = (cols[0].parse().unwrap(), cols[1].parse().unwrap());
        assert_eq!(s, pos, "{row:?}");
        assert_eq!(&doc[s..e], &bytes[..], "{row:?}");
        assert_eq!(cols[2], kind.name(), "{row:?}");
        assert_eq!(unescape(cols[3]), &bytes[..], "{row:?}");
        rebuilt.extend_from_slice(&unescape(cols[3]));
        pos = e;
    }
    assert_eq!(rebuilt, doc);
    assert!(out.contains("\twhitespace\t\\r\\n\n"), "CRLF is one escaped token");
    assert!(
        out.contains("\tother\t\\xff\n"),
        "an invalid byte is a token of its own"
    );
    assert!(out.contains("\t\\u{1}"), "control characters are escaped");
}

#[test]
fn tokens_count_is_a_table_per_input_with_a_total() {
    let dir = tmp("tokens_count");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, TOK_DOC).unwrap();
    std::fs::write(&b, EN_DOC).unwrap();
    let o = run(&["tokens", "--count", a.to_str().unwrap(), b.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    let kinds = [
        "word",
        "number",
        "whitespace",
        "punctuation",
        "symbol",
        "emoji",
        "url",
        "email",
        "handle",
        "hashtag",
        "protected",
        "other",
    ];
    let mut header = vec!["input", "words", "tokens"];
    header.extend(kinds);
    assert_eq!(rows[0], header);
    assert_eq!(rows.len(), 4);
    let mut total = vec![0u64; header.len() - 1];
    for (row, (name, text)) in rows[1..3].iter().zip([(&a, TOK_DOC), (&b, EN_DOC)]) {
        assert_eq!(row[0], name.to_str().unwrap());
        let tokens: Vec<_> = deboil::tokenize(text).collect();
        let mut want = vec![deboil::words(text).count() as u64, tokens.len() as u64];
        for k in kinds {
            want.push(tokens.iter().filter(|t| t.kind.name() == k).count() as u64);
        }
        let got: Vec<u64> = row[1..].iter().map(|x| x.parse().unwrap()).collect();
        assert_eq!(got, want, "{}", row[0]);
        for (t, n) in total.iter_mut().zip(&got) {
            *t += n;
        }
    }
    assert_eq!(rows[3][0], "total");
    let got: Vec<u64> = rows[3][1..].iter().map(|x| x.parse().unwrap()).collect();
    assert_eq!(got, total);
    // One input: no total row; protected tokens count as words.
    let o = run(&["tokens", "--count", "--web"], TOK_DOC.as_bytes());
    let out = stdout(&o);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 2);
    let cols: Vec<&str> = rows[1].split('\t').collect();
    assert_eq!(cols[0], "<stdin>");
    assert_eq!(cols[1], web_tokenizer().words(TOK_DOC).count().to_string());
}

/// The tokenizer of `--web`.
fn web_tokenizer() -> deboil::Tokenizer {
    deboil::Tokenizer::builder()
        .urls(true)
        .emails(true)
        .handles(true)
        .hashtags(true)
        .build()
}

fn tok_record(i: usize) -> String {
    let text = match i % 3 {
        0 => TOK_DOC.to_string(),
        1 => format!("Record {i}: Grüße, 👋🏽 and 1,200.5 € — t'as vu?"),
        _ => format!("{EN_DOC}#{i} @user{i}"),
    };
    format!(
        "{{\"id\": {i}, \"text\":{}, \"meta\":{{\"n\":null}} }}",
        serde_json::to_string(&text).unwrap()
    )
}

#[test]
fn tokens_jsonl_adds_the_words_in_input_order_whatever_the_thread_count() {
    let dir = tmp("tokens_jsonl");
    let path = dir.join("in.jsonl");
    let lines: Vec<String> = (0..700).map(tok_record).collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let p = path.to_str().unwrap();
    let one = run(&["tokens", "--jsonl", "-j", "1", p], b"");
    let four = run(&["tokens", "--jsonl", "-j", "4", p], b"");
    assert!(one.status.success(), "{}", stderr(&one));
    assert_eq!(one.stdout, four.stdout);
    let out = stdout(&four);
    let out_lines: Vec<&str> = out.lines().collect();
    assert_eq!(out_lines.len(), lines.len());
    for (i, (inp, outp)) in lines.iter().zip(&out_lines).enumerate() {
        let body = inp.trim_end().strip_suffix('}').unwrap().trim_end();
        assert!(outp.starts_with(body), "input fields kept byte for byte: {outp}");
        let v: serde_json::Value = serde_json::from_str(outp).unwrap();
        assert_eq!(v["id"], i);
        let text = v["text"].as_str().unwrap();
        let want: Vec<&str> = deboil::words(text).collect();
        let got: Vec<&str> = v["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap())
            .collect();
        assert_eq!(got, want, "record {i}");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id", "text", "meta", "tokens"]);
    }
}

#[test]
fn tokens_jsonl_all_and_count() {
    let input: String = (0..6).map(|i| tok_record(i) + "\n").collect();
    let o = run(
        &["tokens", "--jsonl", "--all", "--out-field", "toks", "--web"],
        input.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let tok = web_tokenizer();
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let want: Vec<_> = tok.tokenize(text).collect();
        let got = v["toks"].as_array().unwrap();
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g["start"], w.start);
            assert_eq!(g["end"], w.end());
            assert_eq!(g["kind"], w.kind.name());
            assert_eq!(g["text"], w.text);
            assert_eq!(&text[w.range()], w.text);
        }
    }
    let o = run(&["tokens", "--jsonl", "--count"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let c = &v["counts"];
        let tokens: Vec<_> = deboil::tokenize(text).collect();
        assert_eq!(c["words"], deboil::words(text).count());
        assert_eq!(c["tokens"], tokens.len());
        for kind in [
            "word",
            "number",
            "whitespace",
            "punctuation",
            "emoji",
            "symbol",
            "other",
        ] {
            assert_eq!(
                c[kind],
                tokens.iter().filter(|t| t.kind.name() == kind).count(),
                "{kind}"
            );
        }
        assert_eq!(c["url"], 0);
    }
}

#[test]
fn tokens_jsonl_bad_records() {
    let input = format!(
        "{}\n\n{{\"body\": \"x\"}}\n{}\n[1]\n{{\"text\": 7}}\n{}\n",
        tok_record(0),
        tok_record(1),
        tok_record(2)
    );
    let o = run(&["tokens", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), "deboil: error: <stdin>:3: no field \"text\"\n");
    assert_eq!(stdout(&o).lines().count(), 1, "records before the bad one are written");
    let o = run(&["tokens", "--jsonl", "--skip-bad"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<u64> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, [0, 1, 2]);
    let err = stderr(&o);
    assert!(
        err.contains("skipping <stdin>:5: expected a JSON object, found an array"),
        "{err}"
    );
    assert!(
        err.contains("skipping <stdin>:6: field \"text\" is a number, not a string"),
        "{err}"
    );
    assert!(err.ends_with("deboil: skipped 3 bad lines; wrote 3 records\n"), "{err}");
    // JSON Lines options need --jsonl; --all and --count exclude each other.
    for args in [
        &["tokens", "--skip-bad"][..],
        &["tokens", "-j", "2"],
        &["tokens", "--all", "--count"],
    ] {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn tokens_help_has_examples() {
    let o = run(&["tokens", "--help"], b"");
    let out = stdout(&o);
    for s in [
        "--jsonl",
        "--count",
        "--all",
        "--web",
        "--protect",
        "--skip-bad",
        "Examples:",
        "Exit status",
    ] {
        assert!(out.contains(s), "{s} missing from tokens --help");
    }
    let o = run(&["--help"], b"");
    assert!(stdout(&o).contains("tokens"));
}

#[test]
fn tokens_broken_pipe_exits_quietly() {
    let dir = tmp("tokens_broken_pipe");
    let path = dir.join("big.txt");
    std::fs::write(&path, TOK_DOC.repeat(20_000)).unwrap();
    assert_quiet_when_the_reader_leaves(&["tokens", "--all", path.to_str().unwrap()]);
}

// ---------------------------------------------------------------- nothing lost, hostile input

/// Good, bad and huge records, through one thread and two: with --skip-bad every good record
/// comes out once, in order, and the skipped count is the number of bad ones; without it, the
/// first bad record stops the run with its line number, after every good record before it.
#[test]
fn jsonl_nothing_lost_with_good_bad_and_huge_records() {
    let dir = tmp("jsonl_nothing_lost");
    let path = dir.join("mixed.jsonl");
    let huge_text = EN_DOC.repeat((10 << 20) / EN_DOC.len());
    let bad = [
        "not json".to_string(),
        "{\"text\": 42}".to_string(),
        "{\"body\": \"no text field\"}".to_string(),
        "[\"an\", \"array\"]".to_string(),
        "{\"text\": \"unterminated".to_string(),
        "{\"text\": \"bad utf-8 \u{fffd}\"}".replace('\u{fffd}', "\u{0}"),
    ];
    let mut lines: Vec<Vec<u8>> = Vec::new();
    let mut good_ids = Vec::new();
    let mut bad_lines = Vec::new();
    for i in 0..600 {
        if i % 97 == 5 {
            lines.push(bad[(i / 97) % bad.len()].clone().into_bytes());
            bad_lines.push(lines.len());
        } else if i == 300 {
            lines.push(b"{\"id\": 300, \"text\": \"invalid \xff\xfe bytes\"}".to_vec());
            bad_lines.push(lines.len());
        } else if i % 250 == 7 {
            let text = serde_json::to_string(&huge_text).unwrap();
            lines.push(format!("{{\"id\": {i}, \"text\": {text}}}").into_bytes());
            good_ids.push(i);
        } else {
            lines.push(record(i).into_bytes());
            good_ids.push(i);
        }
        if i % 50 == 0 {
            lines.push(Vec::new()); // blank lines are not records
        }
    }
    std::fs::write(&path, lines.join(&b"\n"[..])).unwrap();
    let p = path.to_str().unwrap();
    let mut outputs = Vec::new();
    for jobs in ["1", "2"] {
        let o = run(&["clean", "--jsonl", "--skip-bad", "-j", jobs, p], b"");
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        let ids: Vec<usize> = out
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                    .as_u64()
                    .unwrap() as usize
            })
            .collect();
        assert_eq!(ids, good_ids, "-j {jobs}: records lost, added or reordered");
        let err = stderr(&o);
        let n = bad_lines.len();
        assert!(
            err.ends_with(&format!(
                "deboil: skipped {n} bad lines; wrote {} records\n",
                good_ids.len()
            )),
            "-j {jobs}: {err}"
        );
        outputs.push(o.stdout);
    }
    assert_eq!(outputs[0], outputs[1], "output depends on -j");
    // Without --skip-bad: the first bad record is an error that names it.
    for jobs in ["1", "2"] {
        let o = run(&["clean", "--jsonl", "-j", jobs, p], b"");
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(
            err.starts_with(&format!("deboil: error: {p}:{}: ", bad_lines[0])),
            "{err}"
        );
        let before = good_ids.iter().filter(|&&i| i < 5).count();
        assert_eq!(stdout(&o).lines().count(), before);
    }
}

/// The clean output of web-like records does not depend on the thread count.
#[test]
fn jsonl_output_is_the_same_for_any_thread_count() {
    let dir = tmp("jsonl_threads");
    let path = dir.join("web.jsonl");
    let pieces = [
        "Home | News | Sport",
        "The river rose two metres overnight and the old bridge was closed to traffic.",
        "Advertisement",
        "Die Stadt hat am Montag beschlossen, den Park im Sommer länger zu öffnen.Anzeige",
        "© 2024 Example Media",
        "Le conseil municipal a voté la rénovation de la bibliothèque du quartier.",
        "Compartir en Facebook",
        "3 comments",
    ];
    let mut x: u32 = 12345;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x as usize
    };
    let lines: Vec<String> = (0..2000)
        .map(|i| {
            let n = 1 + next() % 12;
            let text: Vec<&str> = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            let text = serde_json::to_string(&text.join(if next() % 3 == 0 { "" } else { "\n" })).unwrap();
            format!("{{\"id\":{i},\"text\":{text}}}")
        })
        .collect();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let p = path.to_str().unwrap();
    let one = run(&["clean", "--jsonl", "--explain", "-j", "1", p], b"");
    assert!(one.status.success(), "{}", stderr(&one));
    assert_eq!(stdout(&one).lines().count(), 2000);
    for jobs in ["2", "3", "8"] {
        let o = run(&["clean", "--jsonl", "--explain", "-j", jobs, p], b"");
        assert_eq!(o.stdout, one.stdout, "-j {jobs} differs from -j 1");
    }
}

/// Hostile inputs through the CLI: exit 0 and time per MB within a small factor of ordinary
/// text (measured in the same test, so a slow machine slows both).
#[test]
fn hostile_inputs_through_the_cli() {
    let dir = tmp("hostile");
    let n = 4 << 20;
    let cases = common::hostile_inputs(EN_DOC.as_bytes(), n);
    let mut per_mb = Vec::new();
    for (name, data) in &cases {
        let path = dir.join(name);
        std::fs::write(&path, data).unwrap();
        let t = std::time::Instant::now();
        let o = run(&["clean", path.to_str().unwrap()], b"");
        let secs = t.elapsed().as_secs_f64();
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(o.stdout.len() <= data.len() + data.len() / 2, "{name}: output grew");
        per_mb.push((name, secs / (data.len() as f64 / 1e6)));
    }
    let base = per_mb[0].1.max(1e-3);
    for (name, t) in &per_mb[1..] {
        assert!(
            *t <= 10.0 * base,
            "{name}: {t:.4} s/MB against {base:.4} s/MB for ordinary text"
        );
    }
    // A JSON Lines record that is not an object of text is an error that says so, not a panic.
    let o = run(&["clean", "--jsonl"], &vec![0u8; 1 << 20]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<stdin>:1: malformed JSON"), "{}", stderr(&o));
}
