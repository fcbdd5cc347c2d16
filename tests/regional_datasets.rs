//! The five regional partnerships each carry a real ladder: enough
//! occupations, credentials and programs (bridges and work-based learning
//! among them), partners with roles and support services, and a climb of
//! three rungs or more from an entry role.

use pathway_authoring::load::load_files;
use pathway_authoring::origins::Section;
use pathway_model::{CredentialId, PathwayGraph};
use pathway_routes::{RouteEngine, RouteQuery};
use pathways_integration_tests::{read_yaml_dir, repo_root};
use std::collections::BTreeSet;

/// Each partnership's folder and the fewest occupations its lattice may have:
/// Baltimore's hospital map reaches the clerical, records, therapy, security,
/// food service and supervisory rungs real hospital career maps show, and each
/// other lattice reaches the front office, support and supervisory rungs of its
/// industry beside its core ladder (issue 17).
const DATASETS: [(&str, usize); 5] = [
    ("baltimore-hospitals", 40),
    ("philadelphia-behavioral-health", 20),
    ("portland-community-care", 20),
    ("portland-manufacturing", 20),
    ("denver-youth-apprenticeship", 20),
];

/// The folder an entry was written in.
fn folder(origins: &pathway_authoring::origins::Origins, section: Section, index: usize) -> String {
    let (location, _) = origins.locate(section, index, None);
    location.file.split('/').rev().nth(1).unwrap_or_default().to_owned()
}

#[test]
fn every_partnership_has_a_full_ladder() {
    let loaded = load_files(&read_yaml_dir(&repo_root().join("pathways")));
    assert!(loaded.diagnostics.0.is_empty(), "{:?}", loaded.diagnostics);
    let d = &loaded.dataset;
    let o = &loaded.origins;
    let engine = RouteEngine::new(PathwayGraph::build(d.clone()).expect("links up"));
    let mut problems = Vec::new();
    for (dataset, least_occupations) in DATASETS {
        let occupations: Vec<usize> =
            (0..d.occupations.len()).filter(|&i| folder(o, Section::Occupations, i) == dataset).collect();
        let programs: Vec<usize> =
            (0..d.programs.len()).filter(|&i| folder(o, Section::Programs, i) == dataset).collect();
        let credentials = (0..d.credentials.len()).filter(|&i| folder(o, Section::Credentials, i) == dataset).count();
        // A partnership's partners: those its files define and those its programs name.
        let named: BTreeSet<&str> = programs
            .iter()
            .flat_map(|&i| {
                let p = &d.programs[i];
                std::iter::once(p.provider.as_str())
                    .chain(p.funding.iter().map(|f| f.by.as_str()))
                    .chain(p.support_from.iter().map(|s| s.as_str()))
            })
            .collect();
        let partners: Vec<usize> = (0..d.partners.len())
            .filter(|&i| folder(o, Section::Partners, i) == dataset || named.contains(d.partners[i].id.as_str()))
            .collect();
        let bridges = programs.iter().filter(|&&i| d.programs[i].kind.is_bridge()).count();
        let work_based = programs.iter().filter(|&&i| d.programs[i].kind.is_work_based()).count();
        let roles: BTreeSet<_> = partners.iter().flat_map(|&i| d.partners[i].roles.iter().copied()).collect();
        let services: BTreeSet<_> = partners.iter().flat_map(|&i| d.partners[i].services.iter().copied()).collect();
        for (what, have, need) in [
            ("occupations", occupations.len(), least_occupations),
            ("credentials", credentials, 10),
            ("programs", programs.len(), 12),
            ("bridge programs", bridges, 2),
            ("work-based programs", work_based, 2),
            ("partner roles", roles.len(), 4),
            ("support services", services.len(), 2),
        ] {
            if have < need {
                problems.push(format!("{dataset}: {have} {what}, needs {need}"));
            }
        }
        let longest = occupations
            .iter()
            .filter(|&&i| d.occupations[i].entry)
            .filter_map(|&i| {
                let query = RouteQuery {
                    start: Some(d.occupations[i].id.clone()),
                    holds: vec![CredentialId("hs-diploma-or-ged".into()), CredentialId("english-intermediate".into())],
                    ..RouteQuery::default()
                };
                engine.find_routes(&query).ok()
            })
            .flat_map(|set| set.routes.into_iter().map(|r| r.rungs.len()))
            .max()
            .unwrap_or(0);
        if longest < 3 {
            problems.push(format!("{dataset}: the longest route from an entry role has {longest} rungs, needs 3"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_export_lists_every_region_with_sourced_wages() {
    let report = pathway_authoring::check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let engine = RouteEngine::new(PathwayGraph::build(report.dataset.expect("checks clean")).expect("links up"));
    let graph = engine.graph();
    let export = serde_json::to_value(pathway_authoring::export::json_export(&graph)).expect("serializes");
    let regions: BTreeSet<&str> =
        export["regions"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(regions, BTreeSet::from(["baltimore", "denver", "philadelphia", "portland"]));
    for occupation in export["occupations"].as_array().unwrap() {
        let wages = &occupation["wages"];
        assert!(wages["source"].as_str().is_some_and(|s| s.contains("OEWS")), "{}", occupation["id"]);
        assert_eq!(wages["year"], 2025, "{}", occupation["id"]);
    }
    assert!(export["attribution"][0].as_str().unwrap().contains("CC BY 4.0"));
}

#[test]
fn a_programs_services_are_offered_as_listed() {
    use pathway_model::model::SupportService;
    let loaded = load_files(&read_yaml_dir(&repo_root().join("pathways")));
    let graph = PathwayGraph::build(loaded.dataset).expect("links up");
    let services = [
        SupportService::ChildCare,
        SupportService::Transportation,
        SupportService::ToolsAndUniforms,
        SupportService::CaseManagement,
        SupportService::Tutoring,
        SupportService::Coaching,
    ];
    let mut offered = 0;
    for program in graph.programs() {
        let listed = graph.support_services(program);
        for service in services {
            assert_eq!(graph.offers_service(program, service), listed.contains(&service), "{program:?} {service:?}");
        }
        offered += listed.len();
    }
    assert!(offered > 0, "the shipped programs offer some support services");
}
