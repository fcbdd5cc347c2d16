//! One test per rule of `load.rs` and `validate/`, each built from a small YAML
//! text and run through [`crate::check_files`] exactly as `pathways check` runs
//! it. Every test asserts the message an author reads and the line it points at.
//!
//! Most tests add a file `t.yaml` to a small clean dataset, `base.yaml` (see
//! [`BASE`]), so that only the rule under test fires. The YAML texts start on
//! the line of their opening quote, so line 1 is the first line shown.

use crate::load::{RawFile, MAX_FILE_BYTES};
use crate::{check_files, CheckReport, Diagnostic, Severity};

/// A small clean dataset: one region, two occupations on one ladder with their
/// wages, two credentials, one program and its provider.
const BASE: &str = r#"regions:
  - id: balt
    name: Baltimore
region: balt
occupations:
  - id: aide
    soc: 31-1131
    title: Nursing aide
    entry: true
  - id: lpn
    soc: 29-2061
    title: Licensed practical nurse
    requires: [lpn-license]
credentials:
  - id: lpn-license
    name: LPN license
    kind: license
  - id: ged
    name: GED
    kind: diploma
    external: true
programs:
  - id: lpn-program
    name: LPN program
    kind: college
    provider: ccbc
    months: 12
    cost: 5000
    schedule: [day]
    requires: [ged]
    awards: [lpn-license]
    source:
      citation: CCBC catalog
      date: "2025-01"
steps:
  - to: aide
  - from: aide
    to: lpn
partners:
  - id: ccbc
    name: Community College of Baltimore County
    roles: [education-provider]
wages:
  - soc: 31-1131
    hourly: {median: 18.5}
    source: BLS OEWS May 2024
    year: 2024
  - soc: 29-2061
    hourly: {median: 31}
    source: BLS OEWS May 2024
    year: 2024
"#;

fn raw(path: &str, bytes: &[u8]) -> RawFile {
    RawFile { path: path.to_owned(), bytes: bytes.to_vec() }
}

fn check(files: &[(&str, &str)]) -> CheckReport {
    let raw: Vec<RawFile> = files.iter().map(|(p, t)| raw(p, t.as_bytes())).collect();
    check_files(&raw)
}

/// Every diagnostic of `base.yaml` plus `t.yaml`.
fn with_base(t: &str) -> Vec<Diagnostic> {
    check(&[("base.yaml", BASE), ("t.yaml", t)]).diagnostics.0
}

fn dump(all: &[Diagnostic]) -> String {
    all.iter().map(|d| format!("  {d}\n")).collect()
}

/// The one diagnostic whose message contains `needle`.
#[track_caller]
fn find<'a>(all: &'a [Diagnostic], needle: &str) -> &'a Diagnostic {
    let found: Vec<&Diagnostic> = all.iter().filter(|d| d.message.contains(needle)).collect();
    match found.as_slice() {
        [one] => one,
        _ => panic!("expected one diagnostic containing {needle:?}, found {}:\n{}", found.len(), dump(all)),
    }
}

/// The one diagnostic containing `needle`, which must be an error at `file:line`.
#[track_caller]
fn error_at<'a>(all: &'a [Diagnostic], needle: &str, file: &str, line: usize) -> &'a Diagnostic {
    at(all, needle, Severity::Error, file, Some(line))
}

/// The one diagnostic containing `needle`, which must be a warning at `file:line`.
#[track_caller]
fn warning_at<'a>(all: &'a [Diagnostic], needle: &str, file: &str, line: usize) -> &'a Diagnostic {
    at(all, needle, Severity::Warning, file, Some(line))
}

#[track_caller]
fn at<'a>(all: &'a [Diagnostic], needle: &str, severity: Severity, file: &str, line: Option<usize>) -> &'a Diagnostic {
    let d = find(all, needle);
    assert_eq!(d.severity, severity, "{d}");
    assert_eq!((d.location.file.as_str(), d.location.line), (file, line), "wrong place for:\n{d}\nall:\n{}", dump(all));
    d
}

#[track_caller]
fn help(d: &Diagnostic) -> &str {
    d.help.as_deref().unwrap_or_else(|| panic!("no help on {d}"))
}

/// A program in `t.yaml` with `months` on line 7, `cost` on line 8 and `extra`
/// lines from line 14 on.
fn program(months: &str, cost: &str, extra: &str) -> String {
    format!(
        "region: balt
programs:
  - id: x
    name: X
    kind: college
    provider: ccbc
    months: {months}
    cost: {cost}
    schedule: [evening]
    awards: [lpn-license]
    source:
      citation: Catalog
      date: \"2025\"
{extra}"
    )
}

// ---------------------------------------------------------------- the base

#[test]
fn the_base_dataset_is_clean() {
    let report = check(&[("base.yaml", BASE)]);
    assert!(report.diagnostics.0.is_empty(), "{}", dump(&report.diagnostics.0));
    assert!(report.dataset.is_some());
}

#[test]
fn warnings_alone_keep_the_dataset_and_errors_drop_it() {
    let warned = check(&[
        ("base.yaml", BASE),
        ("t.yaml", "region: balt\noccupations:\n  - {id: rn, soc: 29-1141, title: RN}\n"),
    ]);
    assert!(!warned.diagnostics.0.is_empty() && !warned.diagnostics.has_errors());
    assert!(warned.dataset.is_some());
    let failed = check(&[
        ("base.yaml", BASE),
        ("t.yaml", "region: nowhere\noccupations:\n  - {id: rn, soc: 29-1141, title: RN}\n"),
    ]);
    assert!(failed.diagnostics.has_errors());
    assert!(failed.dataset.is_none());
}

// ---------------------------------------------------------------- ids

#[test]
fn occupation_id_with_uppercase_and_underscore() {
    let all = with_base("region: balt\noccupations:\n  - id: Nursing_Aide\n    soc: 31-1131\n    title: Aide\n");
    let d = error_at(&all, "occupation id `Nursing_Aide` is not valid", "t.yaml", 3);
    assert!(d.message.ends_with("the id contains 'N'; ids use only lowercase a-z, 0-9 and '-'"), "{d}");
    assert_eq!(d.location.column, Some(5), "points at `id:`");
    assert_eq!(d.source_line.as_deref(), Some("  - id: Nursing_Aide"));
}

#[test]
fn credential_id_with_a_space() {
    let all = with_base("credentials:\n  - id: cna cert\n    name: CNA\n    kind: certification\n");
    let d = error_at(&all, "credential id `cna cert` is not valid", "t.yaml", 2);
    assert!(d.message.contains("the id contains ' '"), "{d}");
}

#[test]
fn program_id_ending_in_a_hyphen() {
    let t = program("12", "100", "").replace("id: x", "id: lpn-");
    let all = with_base(&t);
    error_at(&all, "program id `lpn-` is not valid: the id starts or ends with '-'", "t.yaml", 3);
}

#[test]
fn partner_id_empty() {
    let all = with_base("partners:\n  - id: \"\"\n    name: Someone\n    roles: [funder]\n");
    error_at(&all, "partner id `` is not valid: the id is empty", "t.yaml", 2);
}

#[test]
fn region_id_too_long() {
    let long = "a".repeat(65);
    let all = with_base(&format!("regions:\n  - id: {long}\n    name: Long\n"));
    error_at(
        &all,
        &format!("region id `{long}` is not valid: the id is 65 characters long; ids are at most 64"),
        "t.yaml",
        2,
    );
}

#[test]
fn non_ascii_confusables_are_named_with_their_code_point() {
    // Cyrillic а (U+0430) in an occupation id, Greek ο (U+03BF) in a credential id.
    let t = "region: balt
occupations:
  - id: nursing-\u{430}ide
    soc: 31-1131
    title: Aide
credentials:
  - id: ged-pr\u{3bf}gram
    name: GED
    kind: diploma
";
    let all = with_base(t);
    let d = error_at(&all, "occupation id `nursing-\u{430}ide` is not valid", "t.yaml", 3);
    assert!(
        d.message.contains("the non-ASCII character '\u{430}' (U+0430), which can look like a plain letter"),
        "{d}"
    );
    let d = error_at(&all, "credential id `ged-pr\u{3bf}gram` is not valid", "t.yaml", 7);
    assert!(d.message.contains("(U+03BF)"), "{d}");
}

#[test]
fn a_confusable_in_a_reference_is_named() {
    // Cyrillic а (U+0430) for the first letter of `aide`: one letter away, so
    // the help suggests `aide` and names the look-alike letter.
    let all = with_base("steps:\n  - from: aide\n    to: lpn\n  - to: \u{430}ide\n");
    let d = error_at(&all, "`to` names unknown occupation `\u{430}ide`", "t.yaml", 4);
    assert_eq!(
        help(d),
        "did you mean `aide`? (`\u{430}ide`: the id contains the non-ASCII character '\u{430}' (U+0430), which can look like a plain letter; ids use only a-z, 0-9 and '-')"
    );
    // Cyrillic е (U+0435) at the end of `lpn-license`: close enough to suggest.
    let t = program("12", "100", "").replace("awards: [lpn-license]", "awards: [lpn-licens\u{435}]");
    let all = with_base(&t);
    let d = error_at(&all, "`awards` names unknown credential `lpn-licens\u{435}`", "t.yaml", 10);
    assert!(
        help(d)
            .starts_with("did you mean `lpn-license`? (`lpn-licens\u{435}`: the id contains the non-ASCII character"),
        "{d}"
    );
    assert!(help(d).contains("(U+0435)"), "{d}");
    // The other way round: the defined id has the look-alike, the reference is plain.
    let t = "region: balt\noccupations:\n  - id: nursing-\u{430}ide\n    soc: 31-1131\n    title: Aide\n    entry: true\nsteps:\n  - to: nursing-aide\n";
    let all = with_base(t);
    let d = error_at(&all, "`to` names unknown occupation `nursing-aide`", "t.yaml", 8);
    assert!(help(d).starts_with("did you mean `nursing-\u{430}ide`? (`nursing-\u{430}ide`: the id contains the non-ASCII character '\u{430}' (U+0430)"), "{d}");
}

#[test]
fn duplicate_ids_across_two_files_point_at_the_first_definition() {
    let t = "region: balt
occupations:
  - id: aide
    soc: 31-1131
    title: Another aide
    entry: true
";
    let all = with_base(t);
    let d = error_at(&all, "duplicate occupation id `aide`", "t.yaml", 3);
    assert_eq!(help(d), "`aide` is first defined at base.yaml:6:5; each id must be unique across all files");
}

#[test]
fn duplicate_ids_of_every_kind() {
    let t = "regions:
  - id: balt
    name: Baltimore again
region: balt
credentials:
  - id: ged
    name: GED again
    kind: diploma
partners:
  - id: ccbc
    name: CCBC again
    roles: [employer]
";
    let mut t = t.to_owned();
    t.push_str(&program("12", "100", "").replace("region: balt\n", "").replace("id: x", "id: lpn-program"));
    let all = with_base(&t);
    let d = error_at(&all, "duplicate region id `balt`", "t.yaml", 2);
    assert!(help(d).starts_with("`balt` is first defined at base.yaml:2:5"), "{d}");
    let d = error_at(&all, "duplicate credential id `ged`", "t.yaml", 6);
    assert!(help(d).starts_with("`ged` is first defined at base.yaml:18:5"), "{d}");
    let d = error_at(&all, "duplicate partner id `ccbc`", "t.yaml", 10);
    assert!(help(d).starts_with("`ccbc` is first defined at base.yaml:40:5"), "{d}");
    let d = error_at(&all, "duplicate program id `lpn-program`", "t.yaml", 14);
    assert!(help(d).starts_with("`lpn-program` is first defined at base.yaml:23:5"), "{d}");
}

#[test]
fn duplicate_ids_within_one_file() {
    let t = "credentials:
  - id: cna
    name: CNA
    kind: certification
  - id: cna
    name: CNA again
    kind: certification
";
    let all = with_base(t);
    let d = error_at(&all, "duplicate credential id `cna`", "t.yaml", 5);
    assert!(help(d).starts_with("`cna` is first defined at t.yaml:2:5"), "{d}");
}

// ---------------------------------------------------------------- references

#[test]
fn unknown_credential_with_did_you_mean() {
    let t = program("12", "100", "").replace("awards: [lpn-license]", "awards: [lpn-licence]");
    let all = with_base(&t);
    let d = error_at(&all, "program `x`: `awards` names unknown credential `lpn-licence`", "t.yaml", 10);
    assert_eq!(help(d), "did you mean `lpn-license`?");
    assert_eq!(d.location.column, Some(5));
    assert_eq!(d.source_line.as_deref(), Some("    awards: [lpn-licence]"));
}

#[test]
fn unknown_references_in_every_field() {
    let t = "region: balt
occupations:
  - id: cna
    soc: 31-1131
    title: CNA
    region: chesapeake
    requires: [cna-certifcation]
programs:
  - id: x
    name: X
    kind: college
    provider: ccbcc
    region: balt
    months: 1
    cost: 0
    schedule: [day]
    requires: [gde]
    awards: [lpn-license]
    funding:
      - {by: welding-fund, kind: grant}
    support_from: [ccbc, bus-company]
    source: {citation: c, date: \"2025\"}
steps:
  - from: aid
    to: lpnn
    requires: [zzz]
partners:
  - id: fund
    name: Fund
    roles: [funder]
    region: balto
wages:
  - soc: 29-1141
    region: phila
    hourly: {median: 40}
    source: BLS
    year: 2024
";
    let all = with_base(t);
    let d = error_at(&all, "occupation `cna`: `region` names unknown region `chesapeake`", "t.yaml", 6);
    assert_eq!(help(d), "define the region or use one of the existing ids");
    error_at(&all, "occupation `cna`: `requires` names unknown credential `cna-certifcation`", "t.yaml", 7);
    let d = error_at(&all, "program `x`: `provider` names unknown partner `ccbcc`", "t.yaml", 12);
    assert_eq!(help(d), "did you mean `ccbc`?");
    // Two letters swapped in a short id.
    let d = error_at(&all, "program `x`: `requires` names unknown credential `gde`", "t.yaml", 17);
    assert_eq!(help(d), "did you mean `ged`?");
    error_at(&all, "program `x`: `funding` names unknown partner `welding-fund`", "t.yaml", 19);
    error_at(&all, "program `x`: `support_from` names unknown partner `bus-company`", "t.yaml", 21);
    let d = error_at(&all, "step `aid` → `lpnn`: `from` names unknown occupation `aid`", "t.yaml", 24);
    assert_eq!(help(d), "did you mean `aide`?");
    let d = error_at(&all, "step `aid` → `lpnn`: `to` names unknown occupation `lpnn`", "t.yaml", 25);
    assert_eq!(help(d), "did you mean `lpn`?");
    error_at(&all, "step `aid` → `lpnn`: `requires` names unknown credential `zzz`", "t.yaml", 26);
    let d = error_at(&all, "partner `fund`: `region` names unknown region `balto`", "t.yaml", 31);
    assert_eq!(help(d), "did you mean `balt`?");
    error_at(&all, "wage for `29-1141`: `region` names unknown region `phila`", "t.yaml", 34);
}

#[test]
fn unknown_reference_when_nothing_of_that_kind_exists() {
    let t = "regions:
  - id: r
    name: R
region: r
occupations:
  - id: a
    soc: 31-1131
    title: A
    entry: true
    requires: [license]
";
    let all = check(&[("t.yaml", t)]).diagnostics.0;
    let d = error_at(&all, "occupation `a`: `requires` names unknown credential `license`", "t.yaml", 10);
    assert_eq!(help(d), "no credential is defined yet; add it under `credentials:`");
}

#[test]
fn missing_region() {
    let t = "occupations:
  - id: rn
    soc: 29-1141
    title: RN
wages:
  - soc: 29-1141
    hourly: {median: 40}
    source: BLS
    year: 2024
";
    let all = with_base(t);
    let d = error_at(&all, "occupation `rn` has no region", "t.yaml", 2);
    assert_eq!(help(d), "add `region: <region id>` at the top of the file or to the occupation");
    error_at(&all, "wage for `29-1141` has no region", "t.yaml", 6);
}

#[test]
fn the_file_region_fills_in_for_entries() {
    let t =
        "region: balt\noccupations:\n  - id: rn\n    soc: 29-2061\n    title: RN\nsteps:\n  - from: lpn\n    to: rn\n";
    let all = with_base(t);
    assert!(all.is_empty(), "{}", dump(&all));
}

// ---------------------------------------------------------------- programs

#[test]
fn program_awarding_nothing() {
    let all = with_base(&program("12", "100", "").replace("awards: [lpn-license]", "awards: []"));
    let d = error_at(&all, "program `x` awards no credential", "t.yaml", 10);
    assert_eq!(help(d), "routes use a program for what it awards; list at least one credential");
}

#[test]
fn program_requiring_what_it_awards() {
    let all = with_base(&program("12", "100", "    requires: [ged, lpn-license]\n"));
    error_at(&all, "program `x` requires `lpn-license`, which it also awards", "t.yaml", 14);
    assert!(!all.iter().any(|d| d.message.contains("prerequisite cycle")), "{}", dump(&all));
}

#[test]
fn program_without_schedule() {
    let all = with_base(&program("12", "100", "").replace("schedule: [evening]", "schedule: []"));
    let d = error_at(&all, "program `x` has no schedule", "t.yaml", 9);
    assert_eq!(help(d), "list when it meets: day, evening, weekend or online");
}

#[test]
fn partner_without_roles() {
    let all = with_base("partners:\n  - id: helper\n    name: Helper\n    roles: []\n");
    error_at(&all, "partner `helper` has no role", "t.yaml", 4);
}

// ---------------------------------------------------------------- figures

#[test]
fn months_out_of_range() {
    for (months, shown) in [("0", "0"), ("-3", "-3"), ("121", "121"), (".nan", "NaN"), (".inf", "inf")] {
        let all = with_base(&program(months, "100", ""));
        let d = error_at(&all, &format!("program `x`: `months` is {shown}, which is not plausible"), "t.yaml", 7);
        assert_eq!(help(d), "months must be above 0 up to 120 months");
    }
    assert!(with_base(&program("120", "100", "")).is_empty());
}

#[test]
fn cost_out_of_range() {
    for (cost, shown) in [("-1", "-1"), ("500001", "500,001"), (".nan", "NaN"), ("1e12", "1,000,000,000,000")] {
        let all = with_base(&program("12", cost, ""));
        let d = error_at(&all, &format!("program `x`: `cost` is {shown}, which is not plausible"), "t.yaml", 8);
        assert_eq!(help(d), "cost must be from 0 up to 500,000 dollars");
    }
    assert!(with_base(&program("12", "0", "")).is_empty(), "a free program is fine");
}

#[test]
fn hours_credits_and_funding_out_of_range() {
    let extra = "    hours: 0
    college_credits: 241
    funding:
      - by: ccbc
        kind: grant
        covers: -50
";
    let all = with_base(&program("12", "100", extra));
    let d = error_at(&all, "program `x`: `hours` is 0, which is not plausible", "t.yaml", 14);
    assert_eq!(help(d), "hours must be above 0 up to 20,000 hours");
    error_at(&all, "program `x`: `college_credits` is 241, which is not plausible", "t.yaml", 15);
    error_at(&all, "program `x`: `covers` is -50, which is not plausible", "t.yaml", 19);
    let all = with_base(&program("12", "100", "    hours: 20001\n"));
    error_at(&all, "program `x`: `hours` is 20,001, which is not plausible", "t.yaml", 14);
}

#[test]
fn program_source_date_and_citation() {
    let t = program("12", "100", "")
        .replace("date: \"2025\"", "date: May 2025")
        .replace("citation: Catalog", "citation: \"  \"");
    let all = with_base(&t);
    error_at(&all, "program `x`: source date `May 2025` is not YYYY, YYYY-MM or YYYY-MM-DD", "t.yaml", 13);
    error_at(&all, "program `x`: the source has an empty citation", "t.yaml", 12);
}

#[test]
fn experience_out_of_range() {
    for (months, shown) in [("-1", "-1"), ("121", "121"), (".nan", "NaN")] {
        let t = format!(
            "steps:\n  - from: aide\n    to: lpn\n    note: Internal posting\n    experience_months: {months}\n"
        );
        let all = with_base(&t);
        let d = error_at(
            &all,
            &format!("step `aide` → `lpn`: `experience_months` is {shown}, which is not plausible"),
            "t.yaml",
            5,
        );
        assert_eq!(help(d), "experience_months must be from 0 up to 120 months");
    }
}

// ---------------------------------------------------------------- occupations

#[test]
fn entry_role_requiring_a_credential() {
    let t = "region: balt
occupations:
  - id: lpn-2
    soc: 29-2061
    title: LPN
    requires: [lpn-license, ged]
    entry: true
";
    let all = with_base(t);
    let d = error_at(&all, "occupation `lpn-2` is marked as an entry role but requires lpn-license, ged", "t.yaml", 7);
    assert!(help(d).starts_with("an entry role is one a person can start in without a credential"), "{d}");
}

#[test]
fn bad_soc_code() {
    for soc in ["31-113A", "\"311131\"", "31-11311", "31_1131"] {
        let t = format!("region: balt\noccupations:\n  - id: cna\n    title: CNA\n    soc: {soc}\n");
        let all = with_base(&t);
        let shown = soc.trim_matches('"');
        error_at(&all, &format!("occupation `cna`: `{shown}` is not a SOC code like 31-1131"), "t.yaml", 5);
    }
}

// ---------------------------------------------------------------- wages

#[test]
fn wage_without_source() {
    for source in ["", "    source: \"\"\n", "    source: \"   \"\n"] {
        let t = format!("region: balt\nwages:\n  - soc: 29-1141\n    hourly: {{median: 40}}\n    year: 2024\n{source}");
        let all = with_base(&t);
        let d = error_at(&all, "wage for `29-1141` has no source", "t.yaml", 3);
        assert!(help(d).contains("`source: BLS OEWS May 2025`"), "{d}");
    }
}

#[test]
fn wage_without_year_or_with_an_implausible_one() {
    let all = with_base("region: balt\nwages:\n  - soc: 29-1141\n    hourly: {median: 40}\n    source: BLS\n");
    let d = error_at(&all, "wage for `29-1141` has no year", "t.yaml", 3);
    assert_eq!(help(d), "add the reference year of the figures, such as `year: 2025`");
    let all = with_base(
        "region: balt\nwages:\n  - soc: 29-1141\n    hourly: {median: 40}\n    source: BLS\n    year: 1889\n",
    );
    error_at(&all, "wage for `29-1141`: year 1889 is not plausible", "t.yaml", 6);
}

#[test]
fn wage_without_a_median() {
    let all =
        with_base("region: balt\nwages:\n  - soc: 29-1141\n    hourly: {p10: 30}\n    source: BLS\n    year: 2024\n");
    error_at(&all, "wage for `29-1141` has neither an hourly nor an annual median", "t.yaml", 3);
}

#[test]
fn implausible_wages() {
    let t = "region: balt
wages:
  - soc: 29-1141
    source: BLS
    year: 2024
    hourly:
      median: 0
    annual:
      median: 80000
      p90: 1e12
";
    let all = with_base(t);
    let d = error_at(&all, "wage for `29-1141`: hourly median is 0, which is not plausible", "t.yaml", 6);
    assert_eq!(help(d), "hourly wages must be above 0 and at most 1,000");
    let d = error_at(&all, "wage for `29-1141`: annual p90 is 1,000,000,000,000, which is not plausible", "t.yaml", 8);
    assert_eq!(help(d), "annual wages must be above 0 and at most 2,000,000");
    let all = with_base("region: balt\nwages:\n  - soc: 29-1141\n    hourly: {median: .nan, p90: -4}\n    source: BLS\n    year: 2024\n");
    error_at(&all, "hourly median is NaN, which is not plausible", "t.yaml", 4);
    error_at(&all, "hourly p90 is -4, which is not plausible", "t.yaml", 4);
}

#[test]
fn percentiles_out_of_order() {
    let all = with_base("region: balt\nwages:\n  - soc: 29-1141\n    source: BLS\n    year: 2024\n    hourly: {p10: 20, p25: 25, median: 15, p90: 50}\n");
    error_at(&all, "wage for `29-1141`: hourly median (15) is below p25 (25)", "t.yaml", 6);
    assert!(!all.iter().any(|d| d.message.contains("p90")), "{}", dump(&all));
}

#[test]
fn duplicate_wages() {
    let t = "region: balt
wages:
  - soc: 29-1141
    hourly: {median: 40}
    source: BLS
    year: 2024
  - soc: 29-1141
    hourly: {median: 41}
    source: BLS
    year: 2025
  - soc: 31-1131
    hourly: {median: 19}
    source: BLS
    year: 2024
";
    let all = with_base(t);
    let d = error_at(&all, "wage for `29-1141` in region `balt` is given twice", "t.yaml", 7);
    assert_eq!(help(d), "the first is at t.yaml:3:5");
    let d = error_at(&all, "wage for `31-1131` in region `balt` is given twice", "t.yaml", 11);
    assert_eq!(help(d), "the first is at base.yaml:44:5");
}

#[test]
fn missing_wage_warning() {
    let all = with_base(
        "region: balt\noccupations:\n  - id: rn\n    title: RN\n    soc: 29-1141\nsteps:\n  - from: lpn\n    to: rn\n",
    );
    warning_at(&all, "occupation `rn` has no wage for SOC 29-1141 in region `balt`", "t.yaml", 5);
    assert_eq!(all.len(), 1, "{}", dump(&all));
}

#[test]
fn credential_lists_are_bounded() {
    let n = pathway_model::limits::MAX_LIST + 1;
    let mut t = "region: balt\ncredentials:\n".to_owned();
    for i in 0..n {
        t.push_str(&format!("  - {{id: c-{i}, name: N, kind: certificate}}\n"));
    }
    let all: Vec<String> = (0..n).map(|i| format!("c-{i}")).collect();
    t.push_str(
        &program("1", "0", "")
            .replace("region: balt\n", "")
            .replace("awards: [lpn-license]", &format!("awards: [{}]", all.join(", "))),
    );
    // Two header lines and the credentials, then `programs:` and the program's eighth line.
    let awards_line = 2 + n + 1 + 8;
    let all = with_base(&t);
    let d =
        error_at(&all, "program `x`: `awards` names 51 credentials; a list may name at most 50", "t.yaml", awards_line);
    assert!(help(d).starts_with("name only the credentials this entry itself needs or gives"), "{d}");
}

// ---------------------------------------------------------------- free text

#[test]
fn markup_in_text_is_plain_text() {
    let all = with_base("partners:\n  - id: helper\n    name: \"<script>alert(1)</script>\"\n    roles: [funder]\n");
    assert!(all.iter().all(|d| !d.is_error()), "{}", dump(&all));
}

#[test]
fn enormous_text_is_refused_at_its_field() {
    let long = "x".repeat(crate::validate::MAX_TEXT_CHARS + 1);
    let t = format!("partners:\n  - id: helper\n    roles: [funder]\n    description: {long}\n    name: Helper\n");
    let all = with_base(&t);
    let d = error_at(
        &all,
        "partner `helper`: `description` is 5,001 characters long; a text field may be at most 5,000",
        "t.yaml",
        4,
    );
    assert!(d.source_line.as_deref().is_some_and(|l| l.chars().count() < 210), "the shown line is cut");
    let exact =
        format!("partners:\n  - id: helper\n    roles: [funder]\n    description: {}\n    name: Helper\n", &long[1..]);
    assert!(with_base(&exact).iter().all(|d| !d.is_error()));
}

#[test]
fn control_characters_and_direction_overrides_in_text_are_named() {
    let t = "partners:\n  - id: helper\n    roles: [funder]\n    name: \"Help\\e[2J\"\n    description: \"abc\\u202Edef\"\n";
    let all = with_base(t);
    let d = error_at(&all, "partner `helper`: `name` contains the control character U+001B", "t.yaml", 4);
    assert!(help(d).starts_with("delete it: it is not a printable character"), "{d}");
    let d = error_at(
        &all,
        "partner `helper`: `description` contains the invisible character U+202E (right-to-left override)",
        "t.yaml",
        5,
    );
    assert!(help(d).contains("right-to-left text such as Arabic or Hebrew shows correctly without it"), "{d}");
    // Right-to-left text, joiners and combining marks are ordinary text.
    let fine =
        "partners:\n  - id: helper\n    roles: [funder]\n    name: \"مساعد تمريض \u{200d}👩\u{200d}⚕️ e\u{301}\"\n";
    assert!(with_base(fine).iter().all(|d| !d.is_error()));
}

#[test]
fn a_source_url_must_be_a_web_address() {
    let all = with_base(
        &program("12", "100", "").replace("date: \"2025\"", "date: \"2025\"\n      url: \"javascript:alert(1)\""),
    );
    let d = error_at(&all, "program `x`: source url `javascript:alert(1)` is not a web address", "t.yaml", 14);
    assert!(help(d).contains("https://"), "{d}");
}

// ---------------------------------------------------------------- cycles and steps

#[test]
fn prerequisite_cycle_between_two_programs() {
    let t = "region: balt
credentials:
  - {id: c-a, name: A, kind: certificate}
  - {id: c-b, name: B, kind: certificate}
programs:
  - id: p-a
    name: A
    kind: college
    provider: ccbc
    months: 1
    cost: 0
    schedule: [day]
    requires: [c-a]
    awards: [c-b]
    source: {citation: c, date: \"2025\"}
  - id: p-b
    name: B
    kind: college
    provider: ccbc
    months: 1
    cost: 0
    schedule: [day]
    requires: [c-b]
    awards: [c-a]
    source: {citation: c, date: \"2025\"}
";
    let all = with_base(t);
    let d = error_at(
        &all,
        "prerequisite cycle: credentials `c-a`, `c-b` each need another of them first (programs `p-a`, `p-b`)",
        "t.yaml",
        13,
    );
    assert_eq!(help(d), "one of these programs must not require what the others award");
}

#[test]
fn prerequisite_cycle_through_three_programs_names_only_the_programs_in_it() {
    let program = |id: &str, requires: &str, awards: &str| {
        format!("  - {{id: {id}, name: N, kind: college, provider: ccbc, months: 1, cost: 0, schedule: [day], requires: [{requires}], awards: [{awards}], source: {{citation: c, date: \"2025\"}}}}\n")
    };
    let mut t = "region: balt\ncredentials:\n".to_owned();
    for c in ["c1", "c2", "c3"] {
        t.push_str(&format!("  - {{id: {c}, name: N, kind: certificate}}\n"));
    }
    t.push_str("programs:\n");
    t.push_str(&program("p3", "c3", "c1")); // line 7
    t.push_str(&program("p1", "c1", "c2"));
    t.push_str(&program("p2", "c2", "c3"));
    t.push_str(&program("side", "c2", "c2, lpn-license")); // in no cycle of two or more credentials
    let all = with_base(&t);
    error_at(
        &all,
        "prerequisite cycle: credentials `c1`, `c2`, `c3` each need another of them first (programs `p3`, `p1`, `p2`)",
        "t.yaml",
        7,
    );
}

/// A chain of prerequisites thousands of programs long is checked without
/// recursion: a recursive cycle search overflowed the stack on such a chain.
#[test]
fn a_long_prerequisite_chain_with_a_cycle_at_its_far_end() {
    let n = 6_000;
    let mut t = "region: balt\ncredentials:\n".to_owned();
    for i in 0..n {
        t.push_str(&format!("  - {{id: c-{i}, name: N, kind: certificate}}\n"));
    }
    t.push_str("programs:\n");
    // Program `p-i` requires `c-(i-1)` and awards `c-i`; the next-to-last one
    // requires the last credential instead, closing a cycle of two.
    let first_program_line = n + 4;
    for i in 1..n {
        let requires = if i == n - 2 { format!("c-{}", n - 1) } else { format!("c-{}", i - 1) };
        t.push_str(&format!(
            "  - {{id: p-{i}, name: N, kind: college, provider: ccbc, months: 1, cost: 0, schedule: [day], requires: [{requires}], awards: [c-{i}], source: {{citation: c, date: \"2025\"}}}}\n"
        ));
    }
    let all = with_base(&t);
    error_at(
        &all,
        &format!(
            "prerequisite cycle: credentials `c-{}`, `c-{}` each need another of them first (programs `p-{}`, `p-{}`)",
            n - 2,
            n - 1,
            n - 2,
            n - 1
        ),
        "t.yaml",
        first_program_line + n - 3,
    );
}

/// A chain of `n` programs `q-1` … `q-n`, each needing the credential the one
/// before awards, and occupation `far` requiring the last credential.
fn chain_of(n: usize, steps: &str) -> String {
    let mut t = "region: balt\ncredentials:\n".to_owned();
    for i in 1..=n {
        t.push_str(&format!("  - {{id: k-{i}, name: N, kind: certificate}}\n"));
    }
    t.push_str("programs:\n");
    for i in 1..=n {
        let requires = if i == 1 { String::new() } else { format!(", requires: [k-{}]", i - 1) };
        t.push_str(&format!(
            "  - {{id: q-{i}, name: N, kind: college, provider: ccbc, months: 1, cost: 0, schedule: [day]{requires}, awards: [k-{i}], source: {{citation: c, date: \"2025\"}}}}\n"
        ));
    }
    t.push_str(&format!("occupations:\n  - {{id: far, soc: 31-1131, title: Far, requires: [k-{n}]}}\n  - {{id: mid, soc: 31-1131, title: Mid, requires: [k-5]}}\n"));
    t.push_str(steps);
    t
}

#[test]
fn a_step_needing_more_programs_than_a_rung_takes_is_named() {
    let max = pathway_model::limits::MAX_PLAN_PROGRAMS;
    let t = chain_of(
        max + 1,
        "steps:\n  - from: aide\n    to: far\n  - from: aide\n    to: mid\n  - from: mid\n    to: far\n",
    );
    let all = with_base(&t);
    // Two header lines and the credentials, `programs:` and the programs,
    // `occupations:` and its two, `steps:`, then the first step's `to:` line.
    let n = max + 1;
    let line = (2 + n) + (1 + n) + (1 + 2) + 1 + 2;
    let d = warning_at(&all, &format!("step `aide` → `far`: earning `k-{}` takes a chain of more than {max} programs, the most a route takes for one step", max + 1), "t.yaml", line);
    assert!(help(d).starts_with("no route uses this step unless the person already holds part of the chain"), "{d}");
    // From `mid`, which requires `k-5`, the chain is six programs long; to `mid` from `aide`, five.
    assert_eq!(all.iter().filter(|d| d.message.contains("takes a chain of more than")).count(), 1, "{}", dump(&all));
    // A chain exactly as long as a rung allows is fine.
    let all = with_base(&chain_of(max, "steps:\n  - from: aide\n    to: far\n"));
    assert!(!all.iter().any(|d| d.message.contains("takes a chain")), "{}", dump(&all));
}

#[test]
fn step_to_itself() {
    let all = with_base("steps:\n  - from: lpn\n    to: lpn\n");
    error_at(&all, "step `lpn` → `lpn` leads back to the same occupation", "t.yaml", 3);
}

#[test]
fn step_across_regions() {
    let t = "regions:
  - id: phl
    name: Philadelphia
region: phl
occupations:
  - id: phl-lpn
    soc: 29-2061
    title: LPN
wages:
  - soc: 29-2061
    hourly: {median: 30}
    source: BLS
    year: 2024
steps:
  - from: aide
    to: phl-lpn
";
    let all = with_base(t);
    error_at(&all, "step `aide` → `phl-lpn` joins occupations in different regions", "t.yaml", 16);
}

// ---------------------------------------------------------------- warnings and the whole dataset

#[test]
fn unused_program_warning() {
    let t = "region: balt
credentials:
  - id: phlebotomy
    name: Phlebotomy certificate
    kind: certificate
programs:
  - id: phleb
    name: Phlebotomy
    kind: college
    provider: ccbc
    months: 3
    cost: 900
    schedule: [evening]
    awards: [phlebotomy]
    source: {citation: c, date: \"2025-03-01\"}
";
    let all = with_base(t);
    warning_at(
        &all,
        "program `phleb` is never on a route: no occupation, step or program needs what it awards",
        "t.yaml",
        14,
    );
    assert_eq!(all.len(), 1, "{}", dump(&all));
}

#[test]
fn isolated_occupation_warning() {
    let t = "region: balt
occupations:
  - id: clerk
    soc: 43-4171
    title: Unit clerk
  - id: tech
    soc: 29-2052
    title: Pharmacy technician
steps:
  - from: tech
    to: aide
";
    let all = with_base(t);
    warning_at(&all, "occupation `clerk` is on no ladder: no step leads to it or out of it", "t.yaml", 3);
    warning_at(&all, "occupation `tech` is not an entry role and no step leads to it", "t.yaml", 6);
}

#[test]
fn dataset_without_occupations() {
    let all =
        check(&[("only-credentials.yaml", "credentials:\n  - {id: ged, name: GED, kind: diploma}\n")]).diagnostics.0;
    let d = at(&all, "the dataset defines no occupations", Severity::Error, "only-credentials.yaml", None);
    assert_eq!(d.location.column, None);
}

#[test]
fn no_files_at_all() {
    let all = check(&[]).diagnostics.0;
    at(&all, "no pathway files (*.yaml) were found", Severity::Error, ".", None);
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let bad_data = ("b.yaml", "region: balt\noccupations:\n  - {id: X, soc: x1, title: t}\n  - {id: y, soc: 31-1131, title: t, requires: [nothing]}\n");
    let all = check(&[("base.yaml", BASE), bad_data]).diagnostics.0;
    for wanted in ["`X` is not valid", "unknown credential `nothing`"] {
        assert!(
            all.iter().any(|d| d.location.file == "b.yaml" && d.message.contains(wanted)),
            "{wanted}: {}",
            dump(&all)
        );
    }
    // Sorted by file, then line.
    let places: Vec<(&str, Option<usize>)> = all.iter().map(|d| (d.location.file.as_str(), d.location.line)).collect();
    let mut sorted = places.clone();
    sorted.sort();
    assert_eq!(places, sorted);
}

#[test]
fn a_file_that_does_not_parse_brings_no_follow_on_errors() {
    // With the occupations file broken, checking the rest would blame base.yaml
    // and the steps for occupations that are only missing because of it.
    let broken = ("a.yaml", "region: balt\noccupations:\n\t- id: tech\n");
    let steps = ("s.yaml", "region: balt\nsteps:\n  - from: aide\n    to: tech\n");
    let all = check(&[("base.yaml", BASE), broken, steps]).diagnostics.0;
    assert_eq!(all.len(), 1, "{}", dump(&all));
    error_at(&all, "a tab indents this line", "a.yaml", 3);
}

// ---------------------------------------------------------------- load.rs: reading the files

fn load_errors(path: &str, bytes: &[u8]) -> Vec<Diagnostic> {
    let all = check_files(&[raw(path, bytes)]).diagnostics.0;
    assert!(all.iter().any(Diagnostic::is_error), "expected an error for {path}");
    all
}

#[test]
fn syntax_error_has_line_and_column() {
    let all =
        load_errors("s.yaml", b"region: balt\noccupations:\n  - id: a\n    title: \"unclosed\n    soc: 31-1131\n");
    let d = error_at(&all, "found unexpected end of stream", "s.yaml", 6);
    assert_eq!(d.location.column, Some(1));
    let all = load_errors("s.yaml", b"region: balt\noccupations:\n  - id: a\n    keywords: [aide, helper\nsteps: []\n");
    let d = error_at(&all, "did not find expected ',' or ']'", "s.yaml", 5);
    assert!(!d.message.contains(" at line "), "the location is shown in front, not repeated: {d}");
}

#[test]
fn tabs_for_indentation() {
    let all = load_errors("tabs.yaml", b"region: balt\noccupations:\n\t- id: a\n");
    let d = error_at(&all, "a tab indents this line; YAML indents with spaces only", "tabs.yaml", 3);
    assert!(help(d).contains("replace the tab with spaces"), "{d}");
    assert_eq!(d.location.column, Some(1));
    assert_eq!(d.source_line.as_deref(), Some("\t- id: a"));
}

#[test]
fn wrong_types() {
    let all = load_errors("w.yaml", b"region: balt\nprograms:\n  - id: x\n    months: twelve\n");
    error_at(&all, "programs[0].months: invalid type: string \"twelve\", expected a number", "w.yaml", 4);
    let all = load_errors("w.yaml", b"region: balt\nprograms:\n  - id: x\n    cost: 1_200\n");
    let d = error_at(&all, "programs[0].cost: invalid type: string \"1_200\", expected a number", "w.yaml", 4);
    assert!(help(d).contains("no commas, underscores, units or $"), "{d}");
    let all = load_errors("w.yaml", b"region: balt\nprograms:\n  - id: x\n    schedule: evening\n");
    error_at(
        &all,
        "programs[0].schedule: invalid type: string \"evening\", expected a list, such as [a, b]",
        "w.yaml",
        4,
    );
    let all =
        load_errors("w.yaml", b"region: balt\noccupations:\n  - id: a\n    soc: 31-1131\n    title: [Aide, Helper]\n");
    error_at(&all, "occupations[0].title: invalid type: a list, expected a text, or a map from language", "w.yaml", 5);
    let all = load_errors(
        "w.yaml",
        b"region: balt\noccupations:\n  - id: a\n    soc: 31-1131\n    title:\n      en: Aide\n      Spanish: Auxiliar\n",
    );
    let d = error_at(&all, "`Spanish` is not a language code; use a code such as `en` or `es`", "w.yaml", 6);
    assert!(d.message.starts_with("occupations[0].title"), "{d}");
}

#[test]
fn unknown_field_lists_the_allowed_ones() {
    let all = load_errors("u.yaml", b"region: balt\noccupations:\n  - id: a\n    titel: Aide\n");
    let d = error_at(&all, "occupations[0]: unknown field `titel`", "u.yaml", 4);
    assert!(help(d).starts_with("the allowed names are one of `id`, `soc`, `onet`, `title`"), "{d}");
    let all = load_errors("u.yaml", b"region: balt\noccupation:\n  - id: a\n");
    let d = error_at(&all, "unknown field `occupation`", "u.yaml", 2);
    assert!(!d.message.contains("PathwayFile"), "{d}");
    assert!(help(d).contains("`occupations`"), "{d}");
}

#[test]
fn missing_required_field() {
    let all = load_errors("m.yaml", b"region: balt\noccupations:\n  - id: a\n    title: Aide\n");
    error_at(&all, "occupations[0]: missing field `soc`", "m.yaml", 3);
}

#[test]
fn unknown_enum_variant_lists_the_allowed_ones() {
    let all = load_errors("v.yaml", b"credentials:\n  - id: cna\n    name: CNA\n    kind: certifcation\n");
    let d = error_at(&all, "credentials[0].kind: unknown variant `certifcation`", "v.yaml", 4);
    assert!(help(d).contains("`certification`"), "{d}");
}

#[test]
fn empty_and_comment_only_files() {
    for text in ["", "\n\n", "# a comment\n# another\n", "---\n# only a separator\n", "\u{feff}"] {
        let all = load_errors("e.yaml", text.as_bytes());
        let d = at(&all, "the file is empty", Severity::Error, "e.yaml", None);
        assert!(help(d).contains("delete the file if it is not needed"), "{d}");
    }
}

#[test]
fn not_utf8_points_at_the_first_bad_byte() {
    let all = load_errors("latin1.yaml", b"region: balt\noccupations:\n  - id: a\n    title: Caf\xe9 worker\n");
    let d = error_at(&all, "the file is not UTF-8 text (byte 0xE9)", "latin1.yaml", 4);
    assert_eq!(d.location.column, Some(15));
    assert!(help(d).contains("save the file as UTF-8"), "{d}");
}

#[test]
fn nul_bytes_are_refused() {
    let all = load_errors("nul.yaml", b"region: balt\n\nocc\0upations: []\n");
    error_at(&all, "the file contains a NUL byte; it is not a text file", "nul.yaml", 3);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{BASE}");
    let all = check_files(&[raw("bom.yaml", text.as_bytes())]).diagnostics.0;
    assert!(all.is_empty(), "{}", dump(&all));
}

#[test]
fn oversized_file() {
    let big = vec![b'#'; 5 * 1024 * 1024];
    let all = load_errors("big.yaml", &big);
    let d = at(&all, "the file is 5.0 MB; a pathway file may be at most 2 MB", Severity::Error, "big.yaml", None);
    assert_eq!(help(d), "split the data into several smaller files in the same folder");
    let just_fits = format!("{BASE}{}", "#".repeat(MAX_FILE_BYTES - BASE.len()));
    assert!(check_files(&[raw("fits.yaml", just_fits.as_bytes())]).diagnostics.0.is_empty());
}

#[test]
fn several_documents_in_one_file() {
    let all = load_errors("docs.yaml", b"region: balt\n---\nregion: balt\n");
    let d = at(&all, "more than one document is not supported", Severity::Error, "docs.yaml", None);
    assert!(help(d).starts_with("remove the `---` separators"), "{d}");
}

#[test]
fn deep_flow_nesting_is_refused_before_parsing() {
    // Thousands of levels would take the YAML scanner minutes (it is quadratic in depth).
    let n = 100_000;
    let text = format!("region: balt\noccupations:\n  - {}1{}\n", "{a: ".repeat(n), "}".repeat(n));
    let started = std::time::Instant::now();
    let all = load_errors("deep.yaml", text.as_bytes());
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
    let d = error_at(&all, "the file nests `[` or `{` more than 64 levels deep", "deep.yaml", 3);
    assert_eq!(d.location.column, Some(5 + 4 * 64), "at the 65th `{{`");
    // Brackets in quoted strings and comments do not count; the nesting limit
    // leaves room for any real pathway file.
    let quoted = format!(
        "region: balt  # {0}\noccupations:\n  - {{id: a, soc: 31-1131, title: \"{0}\", description: '{0}', keywords: [[[x]]]}}\n",
        "[".repeat(100)
    );
    let all = check_files(&[raw("q.yaml", quoted.as_bytes())]).diagnostics.0;
    assert!(!all.iter().any(|d| d.message.contains("levels deep")), "{}", dump(&all));
}

#[test]
fn alias_bombs_are_refused() {
    // 300 aliases of a 300-alias list: 90,000 expansions from a 3 KB file.
    let mut text = String::from(
        "region: balt\noccupations:\n  - &o\n    id: lol\n    soc: 31-1131\n    title: &s lol\n    keywords: &k [",
    );
    text.push_str(&vec!["*s"; 300].join(", "));
    text.push_str("]\n");
    for _ in 0..300 {
        text.push_str("  - *o\n");
    }
    let all = load_errors("bomb.yaml", text.as_bytes());
    let d = at(&all, "repetition limit exceeded", Severity::Error, "bomb.yaml", None);
    assert!(help(d).contains("anchors"), "{d}");
}

#[test]
fn diagnostics_render_as_file_line_column() {
    let all = with_base("steps:\n  - from: lpn\n    to: lpn\n");
    let d = find(&all, "leads back");
    let text = d.to_string();
    assert!(text.starts_with("t.yaml:3:5: error: step `lpn` → `lpn` leads back"), "{text}");
    assert!(text.contains("3 |     to: lpn"), "{text}");
}

#[test]
fn big_files_with_many_problems_check_in_seconds() {
    // 20,000 one-line occupations, most with a warning, and 2,000 unknown references
    // among 2,000 credentials: placing each problem must not rescan the file, and
    // suggestions must not compare every reference with every id.
    let mut t = String::from("region: balt\noccupations:\n");
    for i in 0..20_000 {
        t.push_str(&format!("  - {{id: o{i}, soc: 31-1131, title: O}}\n"));
    }
    t.push_str("credentials:\n");
    for i in 0..2_000 {
        t.push_str(&format!("  - {{id: cred-{i}, name: C, kind: license}}\n"));
    }
    t.push_str("steps:\n");
    for i in 0..2_000 {
        t.push_str(&format!("  - {{to: o{i}, requires: [cred-{i}x]}}\n"));
    }
    let started = std::time::Instant::now();
    let all = with_base(&t);
    assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
    let d = warning_at(&all, "occupation `o19999` is on no ladder", "t.yaml", 20_002);
    assert_eq!(d.source_line.as_deref(), Some("  - {id: o19999, soc: 31-1131, title: O}"));
    let d = error_at(&all, "`requires` names unknown credential `cred-1999x`", "t.yaml", 24_004);
    assert!(help(d).starts_with("did you mean") || help(d).starts_with("define the credential"), "{d}");
    assert_eq!(all.iter().filter(|d| d.message.contains("names unknown credential")).count(), 2_000);
}

#[test]
fn texts_missing_a_declared_language_are_named_per_entry_and_field() {
    let files = [(
        "l.yaml",
        "regions:\n  - id: two\n    name: {en: Two, es: Dos}\n    languages: [en, es]\noccupations:\n  - id: aide\n    soc: 31-1131\n    region: two\n    title: Aide\n    description:\n      en: Helps.\n      es: Ayuda.\n      fr: Aide.\n    entry: true\n",
    )];
    let all = check(&files).diagnostics.0;
    let d = warning_at(
        &all,
        "occupation `aide`: `title` has no text in `es`; the region's languages are en, es",
        "l.yaml",
        9,
    );
    assert!(help(d).contains("title: {en: ..., es: ...}"), "{d}");
    let d = warning_at(
        &all,
        "`description` is given in `fr`, which is not one of the region's languages (en, es)",
        "l.yaml",
        10,
    );
    assert!(help(d).contains("add `fr` to the region's `languages`"), "{d}");
    assert!(!dump(&all).contains("region `two`: `name`"), "a complete text is not named:\n{}", dump(&all));
}

#[test]
fn declared_languages_must_be_codes_listed_once() {
    let all =
        check(&[("l.yaml", "regions:\n  - id: two\n    name: Two\n    languages: [en, Spanish, en]\n")]).diagnostics.0;
    error_at(&all, "region `two`: `Spanish` is not a language code", "l.yaml", 4);
    error_at(&all, "region `two`: the language `en` is listed twice", "l.yaml", 4);
}

#[test]
fn every_language_of_a_text_is_checked_for_hidden_characters() {
    let files =
        [("l.yaml", "regions:\n  - id: two\n    name: {en: Two, es: \"Dos\\u202E\"}\n    languages: [en, es]\n")];
    let all = check(&files).diagnostics.0;
    error_at(&all, "region `two`: `name` contains", "l.yaml", 3);
}

#[test]
fn a_requirement_nothing_awards_is_named_unless_people_bring_it() {
    let t = "region: balt\ncredentials:\n  - id: licence\n    name: Driver's license\n    kind: license\noccupations:\n  - id: driver\n    soc: 53-3033\n    title: Driver\n    requires: [licence]\nsteps:\n  - from: aide\n    to: driver\n";
    let all = with_base(t);
    let d = warning_at(
        &all,
        "occupation `driver` requires credential `licence`, which no program in the data awards",
        "t.yaml",
        10,
    );
    assert!(help(d).contains("mark the credential `external: true`"), "{d}");
    let brought = t.replace("    kind: license\n", "    kind: license\n    external: true\n");
    assert!(!dump(&with_base(&brought)).contains("no program in the data awards"), "{}", dump(&with_base(&brought)));
}

#[test]
fn a_step_to_lower_pay_names_both_wages() {
    let t = "region: balt\nsteps:\n  - from: lpn\n    to: aide\n";
    let all = with_base(t);
    warning_at(&all, "step `lpn` → `aide` leads to lower pay: $64,480 a year in `lpn`, $38,480 in `aide`", "t.yaml", 3);
}
