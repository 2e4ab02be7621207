//! Unicode's WordBreakTest.txt (vendored in tests/data, Unicode license, header kept), run
//! through `deboil::tokenize`, the general path alone, and `deboil::words`.

use deboil::Tokenizer;

struct Case {
    line: usize,
    source: String,
    text: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let data = include_str!("data/WordBreakTest.txt");
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let body = line.split('#').next().unwrap().trim();
        if body.is_empty() {
            continue;
        }
        let mut text = String::new();
        let mut expected = Vec::new();
        let mut cur = String::new();
        for field in body.split_whitespace() {
            match field {
                "÷" => {
                    if !cur.is_empty() {
                        expected.push(std::mem::take(&mut cur));
                    }
                }
                "×" => {}
                hex => {
                    let c = char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap();
                    cur.push(c);
                    text.push(c);
                }
            }
        }
        assert!(cur.is_empty(), "line {} does not end with ÷", n + 1);
        out.push(Case {
            line: n + 1,
            source: body.to_owned(),
            text,
            expected,
        });
    }
    out
}

fn report(failures: &[String], total: usize, what: &str) {
    println!("{what}: {}/{total} WordBreakTest cases pass", total - failures.len());
    if !failures.is_empty() {
        for f in failures.iter().take(30) {
            println!("{f}");
        }
        panic!("{} of {total} WordBreakTest cases fail ({what})", failures.len());
    }
}

fn check(what: &str, seg: impl Fn(&str) -> Vec<String>) {
    let cases = cases();
    assert!(cases.len() > 1800, "only {} cases parsed", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let got = seg(&case.text);
        if got != case.expected {
            failures.push(format!(
                "line {}\n  given:    {}\n  expected: {:?}\n  got:      {:?}",
                case.line, case.source, case.expected, got
            ));
        }
    }
    report(&failures, cases.len(), what);
}

#[test]
fn unicode_version_is_15() {
    assert_eq!(Tokenizer::__unicode_version(), (15, 0, 0));
    assert!(include_str!("data/WordBreakTest.txt").starts_with("# WordBreakTest-15.0.0.txt"));
}

#[test]
fn word_break_test_tokenize() {
    check("tokenize", |s| deboil::tokenize(s).map(|t| t.text.to_owned()).collect());
}

#[test]
fn word_break_test_general_path() {
    check("general path", |s| {
        Tokenizer::__general_path_tokens(s)
            .into_iter()
            .map(|t| t.text.to_owned())
            .collect()
    });
}

#[test]
fn word_break_test_tokenizer_default() {
    let tok = Tokenizer::default();
    check("Tokenizer::default", |s| {
        tok.tokenize(s).map(|t| t.text.to_owned()).collect()
    });
}

#[test]
fn word_break_test_words() {
    let cases = cases();
    let mut failures = Vec::new();
    for case in &cases {
        let expected: Vec<&str> = case
            .expected
            .iter()
            .map(String::as_str)
            .filter(|s| s.chars().any(Tokenizer::__is_alphanumeric))
            .collect();
        let got: Vec<&str> = deboil::words(&case.text).collect();
        if got != expected {
            failures.push(format!(
                "line {}\n  given:    {}\n  expected: {:?}\n  got:      {:?}",
                case.line, case.source, expected, got
            ));
        }
    }
    report(&failures, cases.len(), "words");
}

/// Every case also embedded in ASCII context, where the fast path runs up to the case.
#[test]
fn word_break_test_in_ascii_context() {
    let cases = cases();
    let mut failures = Vec::new();
    for case in &cases {
        let text = format!("Hi, {} 42", case.text);
        let got: Vec<String> = deboil::tokenize(&text).map(|t| t.text.to_owned()).collect();
        let general: Vec<String> = Tokenizer::__general_path_tokens(&text)
            .into_iter()
            .map(|t| t.text.to_owned())
            .collect();
        if got != general {
            failures.push(format!(
                "line {}\n  given:    {}\n  general:  {:?}\n  got:      {:?}",
                case.line, case.source, general, got
            ));
        }
    }
    report(&failures, cases.len(), "fast path == general path in ASCII context");
}
