//! CTDL in and out (`pathway-ctdl`): every shipped dataset goes out as CTDL
//! JSON-LD and comes back as pathway files that check clean and say the same
//! thing, field by field; the export keeps to a JSON Schema written from
//! CTDL's published terms (`tests/data/ctdl-pathway.schema.json`) and to the
//! ranges of its references; the import reads the `ceasn:` and `ceterms:`
//! forms, a graph in the registry's own style, and names the node, the
//! property and what was expected for every malformed graph, never panicking.

use pathway_authoring::languages::{each_text, languages_of};
use pathway_authoring::load::RawFile;
use pathway_authoring::{check_files, CheckReport};
use pathway_ctdl::export::export;
use pathway_ctdl::import::{import, ImportErrors};
use pathway_model::model::Text;
use pathway_model::{Dataset, PathwayGraph};
use pathways_integration_tests::{pathways_binary, read_yaml_dir, repo_root};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::process::Command;

/// Every shipped dataset, as the folders it is read from: the whole
/// `pathways/` folder, each partnership with the shared credentials (and
/// Portland's region), and the hostile but valid corpus.
const DATASETS: [&[&str]; 7] = [
    &["pathways"],
    &["pathways/baltimore-hospitals", "pathways/common"],
    &["pathways/philadelphia-behavioral-health", "pathways/common"],
    &["pathways/denver-youth-apprenticeship", "pathways/common"],
    &["pathways/portland-community-care", "pathways/common", "pathways/portland-region"],
    &["pathways/portland-manufacturing", "pathways/common", "pathways/portland-region"],
    &["tests/corpus/hostile-valid"],
];

fn load(folders: &[&str]) -> Dataset {
    let files: Vec<RawFile> = folders.iter().flat_map(|f| read_yaml_dir(&repo_root().join(f))).collect();
    clean(check_files(&files), &folders.join(" + "))
}

fn clean(report: CheckReport, what: &str) -> Dataset {
    let errors: Vec<String> = report.diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{what} has errors:\n{}", errors.join("\n"));
    report.dataset.expect("no errors, so a dataset")
}

/// The pathway files an import wrote, checked as `pathways check` would.
fn reimport(graph: &Value) -> (Dataset, usize) {
    let files = import(&graph.to_string(), "test.json").unwrap_or_else(|e| panic!("the export imports:\n{e}"));
    let raw: Vec<RawFile> =
        files.iter().map(|f| RawFile { path: f.path.clone(), bytes: f.text.clone().into_bytes() }).collect();
    let report = check_files(&raw);
    let warnings = report.diagnostics.counts().1;
    (clean(report, "the imported files"), warnings)
}

/// The dataset with every text as a sorted map from language to text, a plain
/// string counted as its region's default language: how a text is written
/// (plain or as a map, in which order) says nothing more.
fn canonical(mut d: Dataset) -> Dataset {
    let defaults: Vec<(String, String)> =
        d.regions.iter().map(|r| (r.id.to_string(), r.default_language().to_owned())).collect();
    let shared = languages_of(&d, None).swap_remove(0);
    each_text(&mut d, |site, text| {
        let default = site
            .region
            .as_ref()
            .and_then(|id| defaults.iter().find(|(r, _)| r == id.as_str()))
            .map_or(shared.as_str(), |(_, l)| l.as_str());
        let entries: BTreeMap<String, String> =
            text.iter().map(|(l, t)| (l.unwrap_or(default).to_owned(), t.to_owned())).collect();
        *text = entries.into_iter().collect::<Text>();
    });
    d
}

/// Entries of one section (a JSON list) by key, for comparing field by field.
fn keyed(items: Value, key: impl Fn(&Value) -> String) -> BTreeMap<String, Value> {
    items.as_array().into_iter().flatten().map(|x| (key(x), x.clone())).collect()
}

/// A section of a dataset as JSON.
fn section(d: &Dataset, name: &str) -> Value {
    serde_json::to_value(d).expect("a dataset serializes")[name].take()
}

fn by_id(x: &Value) -> String {
    x["id"].as_str().unwrap_or_default().to_owned()
}

/// Every difference between two sections: entries only on one side, and each
/// field that differs, named.
fn differences(section: &str, before: &BTreeMap<String, Value>, after: &BTreeMap<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    for (key, a) in before {
        let Some(b) = after.get(key) else {
            out.push(format!("{section} `{key}` is missing after the round trip"));
            continue;
        };
        let fields: std::collections::BTreeSet<&String> =
            a.as_object().into_iter().chain(b.as_object()).flat_map(|o| o.keys()).collect();
        for field in fields {
            if a.get(field) != b.get(field) {
                out.push(format!(
                    "{section} `{key}`, field `{field}`: before {}, after {}",
                    a.get(field).unwrap_or(&Value::Null),
                    b.get(field).unwrap_or(&Value::Null)
                ));
            }
        }
    }
    out.extend(
        after
            .keys()
            .filter(|k| !before.contains_key(*k))
            .map(|k| format!("{section} `{k}` is new after the round trip")),
    );
    out
}

fn compare(before: Dataset, after: Dataset) -> Vec<String> {
    let (a, b) = (canonical(before), canonical(after));
    let step = |s: &Value| format!("{} -> {}", s["from"].as_str().unwrap_or("(no job)"), s["to"]);
    let wage = |w: &Value| format!("{} in {}", w["soc"], w["region"]);
    let mut out = Vec::new();
    for (name, key) in [
        ("regions", &by_id as &dyn Fn(&Value) -> String),
        ("occupations", &by_id),
        ("credentials", &by_id),
        ("programs", &by_id),
        ("steps", &step),
        ("partners", &by_id),
        ("wages", &wage),
    ] {
        out.extend(differences(name, &keyed(section(&a, name), key), &keyed(section(&b, name), key)));
    }
    // The ladders are the same graph, in the same order where order carries meaning.
    let order = |d: &Dataset| {
        (
            d.occupations.iter().map(|o| o.id.to_string()).collect::<Vec<_>>(),
            d.programs.iter().map(|p| p.id.to_string()).collect::<Vec<_>>(),
        )
    };
    if order(&a) != order(&b) {
        out.push("occupations or programs come back in another order".to_owned());
    }
    out
}

#[test]
fn every_shipped_dataset_round_trips_field_by_field() {
    for folders in DATASETS {
        let before = load(folders);
        let warnings_before =
            check_files(&folders.iter().flat_map(|f| read_yaml_dir(&repo_root().join(f))).collect::<Vec<_>>())
                .diagnostics
                .counts()
                .1;
        let graph = export(&before);
        let (after, warnings_after) = reimport(&graph);
        assert!(!before.occupations.is_empty() && !before.steps.is_empty(), "{folders:?} has a ladder");
        let problems = compare(before.clone(), after.clone());
        assert!(problems.is_empty(), "{folders:?}:\n{}", problems.join("\n"));
        assert_eq!(warnings_after, warnings_before, "{folders:?}: the imported files warn as the originals do");
        // Exporting what came back gives the same document again.
        assert_eq!(export(&after), graph, "{folders:?}: export, import, export is a fixed point");
        PathwayGraph::build(after).unwrap_or_else(|e| panic!("{folders:?}: the imported data builds a graph: {e}"));
    }
}

/// The export's nodes by `@id`.
fn nodes(graph: &Value) -> BTreeMap<String, &Value> {
    graph["@graph"]
        .as_array()
        .expect("@graph")
        .iter()
        .map(|n| (n["@id"].as_str().expect("@id").to_owned(), n))
        .collect()
}

fn strings(value: &Value) -> Vec<&str> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

#[test]
fn the_export_keeps_to_the_schema_written_from_ctdl_and_to_its_ranges() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/data/ctdl-pathway.schema.json")).expect("schema file"),
    )
    .expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    for folders in DATASETS {
        let graph = export(&load(folders));
        let errors: Vec<String> =
            validator.iter_errors(&graph).take(10).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{folders:?}:\n{}", errors.join("\n"));
        // References: each names a node of the graph whose class is in the property's range.
        let by_id = nodes(&graph);
        let ranges = schema["x-ranges"].as_object().expect("x-ranges");
        let mut checked = 0;
        let mut check = |owner: &str, node: &Value| {
            for (property, range) in ranges {
                for target in strings(&node[property.as_str()]) {
                    let class = by_id.get(target).map(|t| t["@type"].as_str().unwrap_or_default());
                    assert!(
                        class.is_some_and(|c| strings(range).contains(&c)),
                        "{folders:?}: {owner} `{property}` names `{target}` of class {class:?}, outside {range}"
                    );
                    checked += 1;
                }
            }
        };
        for (id, node) in &by_id {
            check(id, node);
            for condition in node["ceterms:hasCondition"].as_array().into_iter().flatten() {
                check(id, condition);
            }
        }
        assert!(checked > by_id.len(), "{folders:?}: references were checked ({checked})");
    }
    // The schema refuses what CTDL does not allow, so passing it means something.
    let mut bad = export(&load(DATASETS[1]));
    bad["@graph"][1]["ceterms:credentialType"] = json!("ceterms:NotAClass");
    bad["@graph"][2]["ceterms:unknownTerm"] = json!(1);
    bad["@graph"][0]["ceterms:ctid"] = json!("b55f88e3-dfd4-430b-ab47-3e5f9986e1e4");
    assert!(validator.iter_errors(&bad).count() >= 3, "the schema catches a wrong class, term and CTID");
}

#[test]
fn the_graph_says_in_ctdl_what_the_ladders_say() {
    let d = load(DATASETS[0]);
    let graph = export(&d);
    let by_id = nodes(&graph);
    let node = |kind: &str, id: &str| by_id[&format!("_:{kind}:{id}")];
    for r in &d.regions {
        let p = node("region", r.id.as_str());
        assert_eq!(p["@type"], "ceterms:Pathway");
        assert!(!strings(&p["ceterms:hasDestinationComponent"]).is_empty(), "{}: a destination", r.id);
        let parts = strings(&p["ceterms:hasPart"]);
        for o in d.occupations.iter().filter(|o| o.region.as_ref() == Some(&r.id)) {
            assert!(parts.contains(&format!("_:occupation:{}", o.id).as_str()), "{} in {}", o.id, r.id);
        }
    }
    for o in &d.occupations {
        let job = node("occupation", o.id.as_str());
        assert_eq!(job["@type"], "ceterms:JobComponent");
        assert_eq!(job["ceterms:occupationType"][0]["ceterms:codedNotation"], o.soc.as_str());
    }
    for s in &d.steps {
        let to = node("occupation", s.to.as_str());
        if let Some(from) = &s.from {
            let below = format!("_:occupation:{from}");
            assert!(strings(&to["ceasn:hasChild"]).contains(&below.as_str()), "{} has {from} below it", s.to);
        }
        // Each step is a condition on the rung it reaches, needing all of its
        // targets: the rung below, then the credentials the step requires.
        let mut targets: Vec<String> = s.from.iter().map(|f| format!("_:occupation:{f}")).collect();
        targets.extend(s.requires.iter().map(|c| format!("_:credential:{c}")));
        let conditions = to["ceterms:hasCondition"].as_array().expect("conditions");
        let step = conditions
            .iter()
            .filter(|c| c["pathways:step"] == true)
            .find(|c| strings(&c["ceterms:targetComponent"]) == targets)
            .unwrap_or_else(|| panic!("a step condition on {} for {targets:?}", s.to));
        assert_eq!(step["ceterms:requiredNumber"].as_u64(), Some(targets.len() as u64));
    }
    for p in &d.programs {
        let n = node("program", p.id.as_str());
        let class = if p.kind.is_work_based() {
            "ceterms:WorkExperienceComponent"
        } else if p.kind.is_bridge() {
            "ceterms:BasicComponent"
        } else {
            "ceterms:CourseComponent"
        };
        assert_eq!(n["@type"], class, "{}", p.id);
        for c in &p.awards {
            let credential = node("credential", c.as_str());
            assert!(strings(&credential["ceasn:hasChild"]).contains(&format!("_:program:{}", p.id).as_str()));
        }
    }
    for c in &d.credentials {
        let credential_type = node("credential", c.id.as_str())["ceterms:credentialType"].as_str();
        assert!(credential_type.is_some_and(|t| t.starts_with("ceterms:")), "{}", c.id);
    }
}

/// Renames a property everywhere in a graph, nested conditions included.
fn rename(value: &mut Value, from: &str, to: &str) {
    match value {
        Value::Object(map) => {
            if let Some(v) = map.remove(from) {
                map.insert(to.to_owned(), v);
            }
            map.values_mut().for_each(|v| rename(v, from, to));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename(v, from, to)),
        _ => {}
    }
}

#[test]
fn the_ceterms_and_ceasn_forms_read_alike() {
    let before = load(DATASETS[4]);
    let mut graph = export(&before);
    rename(&mut graph, "ceasn:hasChild", "ceterms:hasChild");
    rename(&mut graph, "ceterms:isPartOf", "ceasn:isPartOf");
    // Membership then comes from the components' side alone.
    for node in graph["@graph"].as_array_mut().expect("@graph") {
        if let Some(map) = node.as_object_mut() {
            map.remove("ceterms:hasPart");
        }
    }
    let (after, _) = reimport(&graph);
    let problems = compare(before, after);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_graph_in_the_registrys_style_imports_its_jobs_credentials_and_steps() {
    // Registry IRIs, O*NET codes, a rung below named by `ceasn:isChildOf` with
    // no step condition, and none of the extension terms.
    let graph = json!({
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@graph": [
            { "@id": "https://example.org/ce-p", "@type": "ceterms:Pathway", "ceterms:name": { "en-US": "Example care ladder" },
              "ceterms:hasDestinationComponent": ["https://example.org/ce-rn"],
              "ceterms:hasPart": ["https://example.org/ce-rn", "https://example.org/ce-cna", "https://example.org/ce-lic"] },
            { "@id": "https://example.org/ce-rn", "@type": "ceterms:JobComponent", "ceterms:name": { "en-US": "Registered Nurse" },
              "ceterms:occupationType": [{ "@type": "ceterms:CredentialAlignmentObject", "ceterms:codedNotation": "29-1141.00" }],
              "ceasn:hasChild": ["https://example.org/ce-lic"],
              "ceterms:hasCondition": [{ "@type": "ceterms:ComponentCondition", "ceterms:requiredNumber": 1, "ceterms:targetComponent": ["https://example.org/ce-lic"] }] },
            { "@id": "https://example.org/ce-cna", "@type": "ceterms:JobComponent", "ceterms:name": { "en-US": "Nursing Assistant" },
              "ceterms:occupationType": [{ "@type": "ceterms:CredentialAlignmentObject", "ceterms:codedNotation": "31-1131" }],
              "ceasn:isChildOf": ["https://example.org/ce-rn"] },
            { "@id": "https://example.org/ce-lic", "@type": "ceterms:CredentialComponent", "ceterms:name": { "en-US": "RN License" },
              "ceterms:credentialType": "ceterms:License" }
        ]
    });
    let files = import(&graph.to_string(), "registry.json").unwrap_or_else(|e| panic!("{e}"));
    let raw: Vec<RawFile> =
        files.iter().map(|f| RawFile { path: f.path.clone(), bytes: f.text.clone().into_bytes() }).collect();
    let d = clean(check_files(&raw), "the registry-style import");
    let ids: Vec<&str> = d.occupations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["registered-nurse", "nursing-assistant"]);
    assert_eq!(d.occupations[0].soc, "29-1141");
    assert_eq!(d.occupations[0].onet.as_deref(), Some("29-1141.00"));
    assert_eq!(d.occupations[0].requires.iter().map(|c| c.as_str()).collect::<Vec<_>>(), ["rn-license"]);
    assert_eq!(d.steps.len(), 1);
    assert_eq!(d.steps[0].from.as_ref().map(|f| f.as_str()), Some("nursing-assistant"));
    assert_eq!(d.credentials[0].kind, pathway_model::model::CredentialKind::License);
    assert_eq!(d.regions[0].name.as_str(), "Example care ladder");
    // The registry's `en-US` is the region's English, so no text warns of a missing language.
    assert!(!d.occupations[0].title.is_translated() && d.occupations[0].title.iter().all(|(lang, _)| lang.is_none()));
    let warnings: Vec<String> = check_files(&raw).diagnostics.iter().map(ToString::to_string).collect();
    assert!(!warnings.iter().any(|w| w.contains("en-US")), "{warnings:?}");
}

/// The problems an import reports, as text.
fn import_errors(graph: &str) -> Vec<String> {
    match import(graph, "bad.json") {
        Ok(files) => panic!("expected problems, got {} files", files.len()),
        Err(ImportErrors(errors)) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// A small valid graph to break in one place at a time.
fn small() -> Value {
    export(&load(DATASETS[5]))
}

/// Removes a property from the first node of a class.
fn drop_property(graph: &mut Value, class: &str, property: &str) {
    first_of(graph, class).as_object_mut().expect("a node").remove(property);
}

/// The first node of a class in the graph.
fn first_of<'a>(graph: &'a mut Value, class: &str) -> &'a mut Value {
    graph["@graph"]
        .as_array_mut()
        .expect("@graph")
        .iter_mut()
        .find(|n| n["@type"] == class)
        .expect("a node of the class")
}

#[test]
fn malformed_graphs_get_every_problem_with_node_property_and_expectation() {
    assert!(import_errors("{not json")[0].contains("not JSON"));
    assert!(import_errors("{\"@graph\": 3}")[0].contains("`@context` and an `@graph` list"));
    let empty = json!({ "@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [] });
    assert!(import_errors(&empty.to_string())[0].contains("no ceterms:Pathway in the graph"));

    let mut g = small();
    g["@context"] = json!("https://schema.org/");
    assert!(import_errors(&g.to_string()).iter().any(|e| e.contains("`@context`") && e.contains("credreg.net")));

    let cases: Vec<(&str, Box<dyn Fn(&mut Value)>, &str, &str)> = vec![
        (
            "an unknown class",
            Box::new(|g| first_of(g, "ceterms:JobComponent")["@type"] = json!("ceterms:AssessmentComponent")),
            "`@type`",
            "the pathway format reads",
        ),
        (
            "no SOC code",
            Box::new(|g| drop_property(g, "ceterms:JobComponent", "ceterms:occupationType")),
            "`ceterms:occupationType`",
            "SOC code such as 31-1131",
        ),
        (
            "a dangling reference",
            Box::new(|g| first_of(g, "ceterms:JobComponent")["ceasn:hasChild"] = json!(["_:occupation:nowhere"])),
            "`ceasn:hasChild`",
            "names `_:occupation:nowhere`, which is not a node",
        ),
        (
            "a number for a reference",
            Box::new(|g| first_of(g, "ceterms:CredentialComponent")["ceterms:isPartOf"] = json!([7])),
            "`ceterms:isPartOf`",
            "expected a node id",
        ),
        (
            "one of two required",
            Box::new(|g| {
                let job = first_of(g, "ceterms:CourseComponent");
                job["ceterms:hasCondition"] = json!([{ "@type": "ceterms:ComponentCondition", "ceterms:requiredNumber": 1,
                "ceterms:targetComponent": ["_:credential:hs-diploma-or-ged", "_:credential:english-intermediate"] }]);
            }),
            "`ceterms:requiredNumber`",
            "1 of 2 targets",
        ),
        (
            "a program without its provider",
            Box::new(|g| drop_property(g, "ceterms:CourseComponent", "pathways:provider")),
            "`pathways:provider`",
            "missing: the pathway format needs the id of the partner",
        ),
        (
            "a job in no pathway",
            Box::new(|g| {
                drop_property(g, "ceterms:JobComponent", "ceterms:isPartOf");
                drop_property(g, "ceterms:Pathway", "ceterms:hasPart");
                drop_property(g, "ceterms:Pathway", "ceterms:hasDestinationComponent");
            }),
            "`ceterms:isPartOf`",
            "part of no ceterms:Pathway",
        ),
        (
            "a text that is a number",
            Box::new(|g| first_of(g, "ceterms:CredentialComponent")["ceterms:name"] = json!(5)),
            "`ceterms:name`",
            "expected a text by language",
        ),
        (
            "a wrong schedule",
            Box::new(|g| first_of(g, "ceterms:CourseComponent")["pathways:schedule"] = json!(["nights"])),
            "`pathways:schedule`",
            "found `nights`; expected day, evening, weekend or online",
        ),
        (
            "a wrong funding shape",
            Box::new(|g| first_of(g, "ceterms:CourseComponent")["pathways:funding"] = json!([{"by": 3}])),
            "`pathways:funding`",
            "as in the pathway files",
        ),
        (
            "a wage of a region with no pathway",
            Box::new(|g| first_of(g, "ceterms:Pathway")["pathways:wages"][0]["region"] = json!("nowhere")),
            "`pathways:wages`",
            "names region `nowhere`, which no ceterms:Pathway",
        ),
        (
            "a node with no @id",
            Box::new(|g| drop_property(g, "ceterms:CredentialComponent", "@id")),
            "`@id`",
            "every node needs an `@id`",
        ),
    ];
    for (what, break_it, property, expected) in cases {
        let mut g = small();
        break_it(&mut g);
        let errors = import_errors(&g.to_string());
        assert!(
            errors.iter().any(|e| e.starts_with("node `") && e.contains(property) && e.contains(expected)),
            "{what}: expected a problem with {property} saying {expected:?}, got:\n{}",
            errors.join("\n")
        );
    }

    // Every problem at once: two broken nodes give two problems.
    let mut g = small();
    drop_property(&mut g, "ceterms:CourseComponent", "pathways:months");
    first_of(&mut g, "ceterms:CredentialComponent")["ceterms:credentialType"] = json!("ceterms:Badge");
    let errors = import_errors(&g.to_string());
    assert!(
        errors.iter().any(|e| e.contains("pathways:months")) && errors.iter().any(|e| e.contains("ceterms:Badge")),
        "{errors:?}"
    );
}

#[test]
fn damaged_graphs_never_panic() {
    let graph = small();
    let count = graph["@graph"].as_array().map_or(0, Vec::len);
    let mut runs = 0;
    for i in (0..count).step_by(3) {
        let keys: Vec<String> = graph["@graph"][i].as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
        for key in keys {
            for damage in [Value::Null, json!(42), json!("x"), json!([{}]), json!({"@id": 1})] {
                let mut g = graph.clone();
                g["@graph"][i][key.as_str()] = damage;
                // Either outcome is fine; what is tested is that there is one.
                let _ = import(&g.to_string(), "damaged.json");
                runs += 1;
            }
        }
    }
    assert!(runs > 100, "{runs} damaged graphs were read");
}

#[test]
fn the_cli_exports_and_imports_ctdl() {
    let out = std::env::temp_dir().join(format!("pathways-ctdl-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("temp folder");
    let run = |args: &[&std::ffi::OsStr]| {
        Command::new(pathways_binary()).args(args).current_dir(repo_root()).output().expect("runs")
    };
    let os = |s: &'static str| std::ffi::OsStr::new(s);
    // The folder alone lacks the shared credentials and the region, so check refuses it.
    let exported = run(&[os("export"), os("pathways/portland-manufacturing"), os("--format"), os("ctdl")]);
    assert!(!exported.status.success(), "a folder that does not check is not exported");
    let exported = run(&[os("export"), os("pathways"), os("--format"), os("ctdl")]);
    assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));
    let graph: Value = serde_json::from_slice(&exported.stdout).expect("JSON-LD on stdout");
    assert_eq!(graph["@context"][0], "https://credreg.net/ctdl/schema/context/json");
    let file = out.join("graph.json");
    std::fs::write(&file, &exported.stdout).expect("written");
    let import_into =
        |target: &std::path::Path| run(&[os("import"), os("ctdl"), file.as_os_str(), os("-o"), target.as_os_str()]);
    let target = out.join("imported");
    let imported = import_into(&target);
    let stderr = String::from_utf8_lossy(&imported.stderr);
    assert!(imported.status.success(), "{stderr}");
    assert!(stderr.contains("ok: 0 errors"), "the import checks what it wrote: {stderr}");
    assert!(target.join("credentials.yaml").is_file() && target.join("baltimore/steps.yaml").is_file());
    // A second import into the same folder would overwrite the first: refused.
    let again = import_into(&target);
    assert!(!again.status.success() && String::from_utf8_lossy(&again.stderr).contains("is not empty"));
    // A malformed graph writes nothing and names the problem.
    let broken =
        r#"{"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [{"@type": "ceterms:Pathway"}]}"#;
    std::fs::write(&file, broken).expect("written");
    let bad_target = out.join("bad");
    let bad = import_into(&bad_target);
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(!bad.status.success() && stderr.contains("every node needs an `@id`") && !bad_target.exists(), "{stderr}");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn the_national_synthetic_graph_round_trips_in_time_in_proportion_to_its_size() {
    // 1,016 occupations, 5,080 programs: a partnership's data many times over.
    let before = pathway_synth::national_dataset(&pathway_synth::SynthConfig::default());
    let started = std::time::Instant::now();
    let graph = export(&before);
    let exported = started.elapsed();
    let text = graph.to_string();
    let started = std::time::Instant::now();
    let files = import(&text, "national.json").unwrap_or_else(|e| panic!("{e}"));
    let imported = started.elapsed();
    let raw: Vec<RawFile> =
        files.iter().map(|f| RawFile { path: f.path.clone(), bytes: f.text.clone().into_bytes() }).collect();
    let after = clean(check_files(&raw), "the national import");
    let problems = compare(before, after);
    assert!(problems.is_empty(), "{}", problems.iter().take(20).cloned().collect::<Vec<_>>().join("\n"));
    println!("national graph: {} bytes of CTDL, export {exported:?}, import {imported:?}", text.len());
    // Generous bounds for a debug build on a slow machine; a pass over all
    // pairs of nodes would take minutes.
    assert!(exported.as_secs() < 20 && imported.as_secs() < 20, "export {exported:?}, import {imported:?}");
}

/// The fields of each entry the CTDL export writes one by one (partners and
/// wages go whole, as the pathway files write them, so every field of theirs
/// is carried already).
const CARRIED: [(&str, &[&str]); 5] = [
    ("Region", &["id", "name", "description", "languages", "oews_area"]),
    (
        "Occupation",
        &[
            "id",
            "soc",
            "onet",
            "title",
            "description",
            "keywords",
            "region",
            "entry",
            "requires",
            "pay",
            "illustrative",
        ],
    ),
    ("Credential", &["id", "name", "kind", "issuer", "description", "external", "source", "illustrative"]),
    (
        "Program",
        &[
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
            "eligible",
            "wage_schedule",
            "source",
            "illustrative",
        ],
    ),
    ("Step", &["from", "to", "requires", "experience_months", "note", "pay", "illustrative", "no_wage_change"]),
];

#[test]
fn the_ctdl_mapping_knows_every_field_of_the_pathway_files() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("pathways/pathways.schema.json")).expect("schema"),
    )
    .expect("JSON");
    let defs = schema.get("$defs").or_else(|| schema.get("definitions")).expect("definitions");
    for (entry, carried) in CARRIED {
        let fields: std::collections::BTreeSet<&str> =
            defs[entry]["properties"].as_object().expect("properties").keys().map(String::as_str).collect();
        let known: std::collections::BTreeSet<&str> = carried.iter().copied().collect();
        let new: Vec<_> = fields.difference(&known).collect();
        assert!(
            new.is_empty(),
            "{entry} has fields the CTDL export does not write: {new:?}; give each a CTDL property or a `pathways:` \
             term in crates/pathway-ctdl (export.rs and import/entries.rs), list it in pathways/README.md, and add it here"
        );
        let gone: Vec<_> = known.difference(&fields).collect();
        assert!(gone.is_empty(), "{entry} no longer has {gone:?}; take it out of the CTDL mapping and this list");
    }
}
