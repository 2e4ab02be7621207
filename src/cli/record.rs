//! One JSON Lines record in, one out: the per-record step of `deboil clean --jsonl`, and the
//! record helpers `deboil tokens --jsonl` shares with it.
//!
//! Kept free of the CLI's other dependencies (it needs only `serde_json` and the library) so
//! the fuzz target `jsonl` can build it as it is.

use serde_json::{Map, Value};

/// Where the text is read from and where the results go.
pub struct JsonlOpts<'a> {
    /// Field that holds the text.
    pub field: &'a str,
    /// Field the clean text is written to.
    pub out_field: &'a str,
    /// Field for the removed spans, when they are asked for.
    pub explain: Option<&'a str>,
}

/// Cleans one record and returns the output line (without its newline), or what is wrong
/// with the record.
pub fn clean_record(line: &[u8], opts: &JsonlOpts, cleaner: &deboil::Cleaner) -> Result<Vec<u8>, String> {
    let map = parse_object(line)?;
    let (clean, explain) = {
        let text = text_field(&map, opts.field)?;
        let cleaned = cleaner.clean(text);
        let explain = opts.explain.map(|_| explain_value(text, &cleaned));
        (cleaned.to_string(), explain)
    };
    let mut new_fields = vec![(opts.out_field, Value::String(clean))];
    if let (Some(name), Some(v)) = (opts.explain, explain) {
        new_fields.push((name, v));
    }
    with_fields(line, map, new_fields)
}

/// Parses one input line as a JSON object, or says what is wrong with it.
pub fn parse_object(line: &[u8]) -> Result<Map<String, Value>, String> {
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("malformed JSON: {e}"))?;
    match value {
        Value::Object(map) => Ok(map),
        other => Err(format!("expected a JSON object, found {}", type_name(&other))),
    }
}

/// The string in `field` of a record, or what is wrong with it.
pub fn text_field<'m>(map: &'m Map<String, Value>, field: &str) -> Result<&'m str, String> {
    match map.get(field) {
        Some(Value::String(s)) => Ok(s.as_str()),
        Some(other) => Err(format!("field \"{field}\" is {}, not a string", type_name(other))),
        None => Err(format!("no field \"{field}\"")),
    }
}

/// The output line for record `line` (parsed as `map`) with `new_fields` added: the input
/// bytes as they are with the new fields appended before the closing brace, or, when the
/// record already has one of them, the record written again with those fields replaced in
/// place.
pub fn with_fields(
    line: &[u8],
    mut map: Map<String, Value>,
    new_fields: Vec<(&str, Value)>,
) -> Result<Vec<u8>, String> {
    if new_fields.iter().all(|(k, _)| !map.contains_key(*k)) {
        // Keep the input bytes as they are and append the new fields before the closing brace.
        let body = line.trim_ascii_end();
        let body = body[..body.len() - 1].trim_ascii_end(); // a valid object ends with '}'
        let mut out = Vec::with_capacity(line.len() * 2);
        out.extend_from_slice(body);
        let mut first = map.is_empty();
        for (k, v) in &new_fields {
            if !first {
                out.push(b',');
            }
            first = false;
            serde_json::to_writer(&mut out, k).map_err(|e| e.to_string())?;
            out.push(b':');
            serde_json::to_writer(&mut out, v).map_err(|e| e.to_string())?;
        }
        out.push(b'}');
        Ok(out)
    } else {
        for (k, v) in new_fields {
            map.insert(k.to_string(), v);
        }
        serde_json::to_vec(&map).map_err(|e| e.to_string())
    }
}

/// The `--explain` array for one text.
fn explain_value(text: &str, cleaned: &deboil::Cleaned<'_>) -> Value {
    let spans = cleaned
        .removed()
        .map(|r| {
            let mut m = Map::new();
            m.insert("start".into(), r.start.into());
            m.insert("end".into(), r.end.into());
            m.insert("text".into(), text[r.range()].into());
            m.insert("reason".into(), r.reason.to_string().into());
            m.insert("rule".into(), r.reason.rule().name().into());
            m.insert("category".into(), r.reason.category().name().into());
            m.insert("pattern".into(), r.reason.pattern().map_or(Value::Null, Value::from));
            Value::Object(m)
        })
        .collect();
    Value::Array(spans)
}

/// "a string", "an array", ... for messages.
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
