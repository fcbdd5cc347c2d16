//! Property tests of reading and checking: no input, however broken, makes
//! `check_files` panic; every problem names a file it was given; and checking
//! the same files twice gives the same diagnostics.

use pathway_authoring::load::RawFile;
use pathway_authoring::{check_files, CheckReport};
use proptest::collection::vec;
use proptest::prelude::*;

/// Checks `files`, asserting the properties every check must have.
fn check_and_verify(files: &[RawFile]) -> Result<CheckReport, TestCaseError> {
    let report = check_files(files);
    let again = check_files(files);
    prop_assert_eq!(&report.diagnostics, &again.diagnostics, "checking twice gave different diagnostics");
    prop_assert_eq!(report.dataset.is_some(), !report.diagnostics.has_errors());
    for d in report.diagnostics.iter() {
        prop_assert!(!d.location.file.is_empty(), "a diagnostic with no file: {}", d);
        if files.is_empty() {
            continue;
        }
        let file = files.iter().find(|f| f.path == d.location.file);
        prop_assert!(file.is_some(), "diagnostic for a file that was not given: {}", d);
        if let (Some(file), Some(line)) = (file, d.location.line) {
            let lines = yaml_lines(&file.bytes);
            prop_assert!(line >= 1 && line <= lines + 1, "line {} is outside the file's {} lines: {}", line, lines, d);
        }
        let _ = d.to_string();
    }
    Ok(report)
}

/// How many lines YAML sees in `bytes`: a lone carriage return ends a line too.
fn yaml_lines(bytes: &[u8]) -> usize {
    let breaks = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    breaks + 1
}

// ---------------------------------------------------------------- arbitrary bytes

fn raw(path: &str, bytes: Vec<u8>) -> RawFile {
    RawFile { path: path.to_owned(), bytes }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..4096)) {
        check_and_verify(&[raw("bytes.yaml", bytes)])?;
    }

    #[test]
    fn arbitrary_yaml_like_text_never_panics(text in "[a-z0-9_:{}\\[\\],#&*!|>'\"@%`? .\n\t\r-]{0,3000}") {
        check_and_verify(&[raw("text.yaml", text.into_bytes())])?;
    }

    #[test]
    fn section_keys_with_garbage_never_panic(
        key in prop::sample::select(SECTIONS.to_vec()),
        body in "[a-z0-9:{}\\[\\], \n-]{0,400}",
    ) {
        check_and_verify(&[raw("s.yaml", format!("{key}:\n  - {body}").into_bytes())])?;
    }
}

// ---------------------------------------------------------------- well-formed YAML with wrong data

/// A YAML value.
#[derive(Clone, Debug)]
enum V {
    Str(String),
    Num(f64),
    Int(i64),
    Bool(bool),
    Null,
    List(Vec<V>),
    Map(Vec<(String, V)>),
}

const SECTIONS: [&str; 8] =
    ["region", "regions", "occupations", "credentials", "programs", "steps", "partners", "wages"];

/// The fields of each section's entries, with a misspelt one and one from another section.
fn fields_of(section: &str) -> &'static [&'static str] {
    match section {
        "regions" => &["id", "name", "oews_area", "description", "nmae"],
        "occupations" => {
            &["id", "soc", "onet", "title", "description", "keywords", "region", "entry", "requires", "months"]
        }
        "credentials" => &["id", "name", "kind", "issuer", "description", "titel"],
        "programs" => &[
            "id",
            "name",
            "kind",
            "provider",
            "region",
            "months",
            "hours",
            "cost",
            "funding",
            "schedule",
            "paid",
            "requires",
            "awards",
            "college_credits",
            "support_from",
            "source",
            "illustrative",
            "soc",
        ],
        "steps" => &["from", "to", "requires", "experience_months", "note", "id"],
        "partners" => &["id", "name", "roles", "services", "region", "description", "illustrative", "kind"],
        _ => &[
            "soc",
            "region",
            "title",
            "hourly",
            "annual",
            "employment",
            "source",
            "year",
            "area",
            "national_fallback",
            "median",
        ],
    }
}

/// Ids from a small pool, so references often resolve, with every kind of bad id.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "aide", "lpn", "cna", "ged", "balt", "phl", "ccbc", "fund", "lpn-license", "x", "y",
        ])
        .prop_map(str::to_owned),
        1 => prop::sample::select(vec![
            "", "cn\u{430}", "\u{430}ide", "UPPER", "with space", "-dash", "dash-", "日本語", "stra\u{df}e", "e\u{301}",
            "a\u{200b}b", "\u{1f600}", "id:colon", "#hash", "null", "~", "0", "1e3", ".nan", "yes",
        ])
        .prop_map(str::to_owned),
        1 => "[a-z0-9-]{1,8}",
        1 => "\\PC{0,12}",
        1 => (65usize..80).prop_map(|n| "a".repeat(n)),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::sample::select(vec![
            0.0,
            -0.0,
            -1.0,
            0.5,
            1.0,
            12.0,
            120.0,
            121.0,
            240.0,
            500_000.0,
            500_001.0,
            1e12,
            -1e12,
            1e300,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
        ]),
        -1e6f64..1e6,
        any::<f64>(),
    ]
}

fn scalar() -> impl Strategy<Value = V> {
    prop_oneof![
        3 => id().prop_map(V::Str),
        2 => number().prop_map(V::Num),
        1 => any::<i64>().prop_map(V::Int),
        1 => any::<bool>().prop_map(V::Bool),
        1 => Just(V::Null),
        1 => "\\PC{0,30}".prop_map(V::Str),
        1 => "<script>[a-z()'\"]{0,10}</script>".prop_map(V::Str),
    ]
}

/// Any value: mostly scalars, sometimes small lists and maps of them.
fn any_value() -> impl Strategy<Value = V> {
    scalar().prop_recursive(3, 16, 4, |inner| {
        prop_oneof![vec(inner.clone(), 0..4).prop_map(V::List), vec(("[a-z_]{1,8}", inner), 0..3).prop_map(V::Map),]
    })
}

fn names(pool: &[&'static str]) -> impl Strategy<Value = V> {
    prop::sample::select(pool.to_vec()).prop_map(|s| V::Str(s.to_owned()))
}

const KINDS: [&str; 16] = [
    "diploma",
    "certificate",
    "license",
    "english-level",
    "college",
    "esl",
    "ged-preparation",
    "on-the-job",
    "union-fund",
    "employer",
    "grant",
    "employer-tuition",
    "public-workforce",
    "bootcamp",
    "College",
    "",
];
const SCHEDULES: [&str; 6] = ["day", "evening", "weekend", "online", "nights", ""];
const ROLES: [&str; 5] = ["employer", "education-provider", "funder", "intermediary", "boss"];
const SERVICES: [&str; 4] = ["child-care", "transportation", "coaching", "free-lunch"];

/// A value for `field`: usually of the right shape, sometimes anything at all.
fn field_value(field: &'static str) -> BoxedStrategy<V> {
    let right: BoxedStrategy<V> = match field {
        "id" | "from" | "to" | "provider" | "region" => id().prop_map(V::Str).boxed(),
        "requires" | "awards" | "support_from" | "keywords" => {
            vec(id().prop_map(V::Str), 0..4).prop_map(V::List).boxed()
        }
        "months" | "hours" | "cost" | "college_credits" | "experience_months" | "employment" | "covers" => {
            number().prop_map(V::Num).boxed()
        }
        "year" => prop_oneof![Just(V::Int(2024)), (-5i64..70_000).prop_map(V::Int)].boxed(),
        "entry" | "paid" | "illustrative" | "national_fallback" => any::<bool>().prop_map(V::Bool).boxed(),
        "kind" => names(&KINDS).boxed(),
        "schedule" => vec(names(&SCHEDULES), 0..3).prop_map(V::List).boxed(),
        "roles" => vec(names(&ROLES), 0..3).prop_map(V::List).boxed(),
        "services" => vec(names(&SERVICES), 0..3).prop_map(V::List).boxed(),
        "soc" => prop_oneof![
            names(&["31-1131", "29-2061", "29-1141", "311131", "31-113a"]),
            "[0-9]{2}-[0-9]{4}".prop_map(V::Str)
        ]
        .boxed(),
        "hourly" | "annual" => {
            vec((names(&["p10", "p25", "median", "p75", "p90", "p50"]), number().prop_map(V::Num)), 0..5)
                .prop_map(|pairs| V::Map(pairs.into_iter().map(|(k, v)| (string_of(&k), v)).collect()))
                .boxed()
        }
        "funding" => vec(
            (id(), names(&KINDS), number()).prop_map(|(by, kind, covers)| {
                V::Map(vec![("by".into(), V::Str(by)), ("kind".into(), kind), ("covers".into(), V::Num(covers))])
            }),
            0..3,
        )
        .prop_map(V::List)
        .boxed(),
        "source" => prop_oneof![
            (scalar(), names(&["2025", "2025-05", "2025-13", "May 2025", ""]))
                .prop_map(|(citation, date)| V::Map(vec![("citation".into(), citation), ("date".into(), date)])),
            "[A-Za-z ]{0,20}".prop_map(V::Str),
        ]
        .boxed(),
        _ => scalar().boxed(),
    };
    prop_oneof![8 => right, 1 => any_value()].boxed()
}

fn string_of(v: &V) -> String {
    match v {
        V::Str(s) => s.clone(),
        _ => String::new(),
    }
}

/// One entry of a section: a subset of its fields in random order.
fn entry(section: &'static str) -> impl Strategy<Value = V> {
    let fields = fields_of(section);
    prop::sample::subsequence(fields.to_vec(), 0..=fields.len())
        .prop_shuffle()
        .prop_flat_map(|chosen| {
            let values: Vec<BoxedStrategy<(String, V)>> =
                chosen.into_iter().map(|f| field_value(f).prop_map(move |v| (f.to_owned(), v)).boxed()).collect();
            values
        })
        .prop_map(V::Map)
}

/// A whole pathway document: some of the sections, in any order, sometimes one
/// that does not exist, each a list of entries (or, rarely, something else).
fn document() -> impl Strategy<Value = Vec<(String, V)>> {
    let sections = prop::sample::subsequence(SECTIONS.to_vec(), 0..=SECTIONS.len()).prop_shuffle();
    (sections, prop::option::weighted(0.1, prop::sample::select(vec!["occupation", "programmes", "region", "notes"])))
        .prop_flat_map(|(sections, extra)| {
            let mut keys: Vec<&'static str> = sections;
            keys.extend(extra);
            let parts: Vec<BoxedStrategy<(String, V)>> = keys
                .into_iter()
                .map(|key| {
                    let value = match key {
                        "region" => prop_oneof![4 => id().prop_map(V::Str), 1 => any_value()].boxed(),
                        s if SECTIONS.contains(&s) => {
                            prop_oneof![9 => vec(entry(s), 0..4).prop_map(V::List), 1 => any_value()].boxed()
                        }
                        _ => any_value().boxed(),
                    };
                    value.prop_map(move |v| (key.to_owned(), v)).boxed()
                })
                .collect();
            parts
        })
}

// ---------------------------------------------------------------- writing YAML

fn scalar_text(v: &V) -> String {
    match v {
        V::Str(s) if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => s.clone(),
        V::Str(s) => serde_json::to_string(s).expect("a string serializes"),
        V::Num(x) if x.is_nan() => ".nan".into(),
        V::Num(x) if x.is_infinite() => if *x > 0.0 { ".inf" } else { "-.inf" }.into(),
        V::Num(x) => format!("{x:?}"),
        V::Int(i) => i.to_string(),
        V::Bool(b) => b.to_string(),
        V::Null => "~".into(),
        V::List(_) | V::Map(_) => flow(v),
    }
}

fn flow(v: &V) -> String {
    match v {
        V::List(items) => format!("[{}]", items.iter().map(flow).collect::<Vec<_>>().join(", ")),
        V::Map(entries) => {
            format!("{{{}}}", entries.iter().map(|(k, v)| format!("{k}: {}", flow(v))).collect::<Vec<_>>().join(", "))
        }
        _ => scalar_text(v),
    }
}

/// Block-style YAML, the way people write pathway files; `flowing` writes some
/// entries as `- {…}` instead.
fn block(entries: &[(String, V)], indent: usize, flowing: bool, out: &mut String) {
    for (k, v) in entries {
        out.push_str(&" ".repeat(indent));
        out.push_str(k);
        out.push(':');
        after_key(v, indent, flowing, out);
    }
}

fn after_key(v: &V, indent: usize, flowing: bool, out: &mut String) {
    match v {
        V::List(items) if !items.is_empty() => {
            out.push('\n');
            for item in items {
                list_item(item, indent + 2, flowing, out);
            }
        }
        V::Map(entries) if !entries.is_empty() => {
            out.push('\n');
            block(entries, indent + 2, flowing, out);
        }
        _ => {
            out.push(' ');
            out.push_str(&scalar_text(v));
            out.push('\n');
        }
    }
}

fn list_item(v: &V, indent: usize, flowing: bool, out: &mut String) {
    out.push_str(&" ".repeat(indent));
    out.push_str("- ");
    match v {
        V::Map(entries) if !entries.is_empty() && !flowing => {
            for (n, (k, v)) in entries.iter().enumerate() {
                if n > 0 {
                    out.push_str(&" ".repeat(indent + 2));
                }
                out.push_str(k);
                out.push(':');
                after_key(v, indent + 2, flowing, out);
            }
        }
        _ => {
            out.push_str(&flow(v));
            out.push('\n');
        }
    }
}

fn yaml(doc: &[(String, V)], flowing: bool) -> String {
    let mut out = String::from("# generated\n");
    block(doc, 0, flowing, &mut out);
    out
}

const PATHS: [&str; 3] = ["a.yaml", "b.yaml", "sub/c.yaml"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn well_formed_but_wrong_documents_never_panic(
        docs in vec((document(), any::<bool>()), 1..=3),
    ) {
        let files: Vec<RawFile> = docs
            .iter()
            .zip(PATHS)
            .map(|((doc, flowing), path)| raw(path, yaml(doc, *flowing).into_bytes()))
            .collect();
        check_and_verify(&files)?;
    }

    #[test]
    fn documents_with_one_byte_changed_never_panic(
        doc in document(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = yaml(&doc, false).into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        check_and_verify(&[raw("a.yaml", bytes)])?;
    }
}

/// The generator does reach the checker: over a fixed run, some documents parse
/// and are validated, so the properties above are not only about syntax errors.
#[test]
fn generated_documents_often_parse() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = document();
    let (mut parsed, mut validated_errors) = (0, 0);
    for _ in 0..200 {
        let doc = strategy.new_tree(&mut runner).expect("a document").current();
        let report = check_files(&[raw("a.yaml", yaml(&doc, false).into_bytes())]);
        let syntax = report.diagnostics.iter().any(|d| {
            d.message.contains("invalid type")
                || (d.message.contains("unknown") && d.message.contains("expected"))
                || d.message.contains("missing field")
                || d.message.contains("duplicate field")
                || d.message.contains("invalid value")
        });
        if !syntax {
            parsed += 1;
            if report.diagnostics.has_errors() {
                validated_errors += 1;
            }
        }
    }
    assert!(parsed >= 10, "only {parsed} of 200 generated documents parsed");
    assert!(validated_errors >= 5, "only {validated_errors} generated documents reached validation errors");
}
