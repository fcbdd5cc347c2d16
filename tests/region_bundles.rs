//! The per-region bundles the site loads answer exactly as the whole dataset
//! does: for every region, every start and a few situations, the routes read
//! from that region's bundle equal those computed on the full graph.

use pathway_authoring::check_files;
use pathway_authoring::publish::{bundle_json, index_json, split};
use pathway_model::bundle::{region_file, Bundle, BundleIndex};
use pathway_model::model::CredentialKind;
use pathway_model::PathwayGraph;
use pathway_routes::{report, Constraints, RouteEngine, RouteQuery, StudyTimes};
use pathways_integration_tests::{read_yaml_dir, repo_root};

#[test]
fn every_region_bundle_gives_the_routes_of_the_whole_dataset() {
    let checked = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let dataset = checked.dataset.expect("the committed data checks clean");
    let full = RouteEngine::new(PathwayGraph::build(dataset.clone()).expect("links up"));
    let (index, bundles) = split(&dataset);
    let listed = BundleIndex::parse(&index_json(&index)).expect("the index reads back");
    assert_eq!(listed.len(), dataset.regions.len());
    assert_eq!(bundles.len(), dataset.regions.iter().map(|r| r.languages.len().max(1)).sum::<usize>());
    let basics: Vec<_> = dataset
        .credentials
        .iter()
        .filter(|c| matches!(c.kind, CredentialKind::Diploma | CredentialKind::EnglishLevel))
        .map(|c| c.id.clone())
        .collect();
    let situations = [
        (basics.clone(), Constraints::default()),
        (Vec::new(), Constraints::default()),
        (
            basics,
            Constraints { study_times: StudyTimes::OutsideWorkHours, keep_earning: true, ..Constraints::default() },
        ),
    ];
    let mut compared = 0;
    // Bundles in the default language answer exactly as the whole dataset;
    // those in other languages differ only in their words.
    let defaults: Vec<_> = bundles.iter().filter(|p| p.file == region_file(&p.bundle.region)).collect();
    assert_eq!(defaults.len(), listed.len());
    for (region, published) in listed.iter().zip(defaults) {
        assert_eq!(region.id, published.bundle.region);
        let text = bundle_json(&published.bundle);
        let part_engine =
            RouteEngine::new(Bundle::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", region_file(&region.id))));
        let graph = part_engine.graph();
        let starts = std::iter::once(None).chain(graph.occupations().map(|ix| Some(graph.occupation(ix).id.clone())));
        for start in starts {
            for (holds, constraints) in &situations {
                let query = RouteQuery {
                    start: start.clone(),
                    region: Some(region.id.clone()),
                    holds: holds.clone(),
                    constraints: constraints.clone(),
                    ..RouteQuery::default()
                };
                let whole = full.find_routes(&query).map(|set| report(full.graph(), &set));
                let part = part_engine.find_routes(&query).map(|set| report(graph, &set));
                assert_eq!(part, whole, "{} from {start:?}", region.id);
                compared += 1;
            }
        }
    }
    assert!(compared > 200, "only {compared} queries compared");
}

#[test]
fn every_language_bundle_has_the_same_entries_in_its_own_words() {
    let checked = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let dataset = checked.dataset.expect("the committed data checks clean");
    let (_, bundles) = split(&dataset);
    let ids = |d: &pathway_model::Dataset| {
        (
            d.occupations.iter().map(|o| o.id.clone()).collect::<Vec<_>>(),
            d.programs.iter().map(|p| (p.id.clone(), p.cost, p.months)).collect::<Vec<_>>(),
            d.steps.len(),
            d.credentials.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        )
    };
    let mut compared = 0;
    for published in bundles.iter().filter(|p| p.file != region_file(&p.bundle.region)) {
        let default = bundles
            .iter()
            .find(|p| p.file == region_file(&published.bundle.region))
            .expect("every region has a bundle in its default language");
        let (here, there) = (&published.bundle.dataset, &default.bundle.dataset);
        assert_eq!(ids(here), ids(there), "{}", published.file);
        let translated = here.occupations.iter().zip(&there.occupations).filter(|(a, b)| a.title != b.title).count();
        assert!(translated * 2 > here.occupations.len(), "{}: only {translated} titles translated", published.file);
        Bundle::parse(&bundle_json(&published.bundle)).unwrap_or_else(|e| panic!("{}: {e}", published.file));
        compared += 1;
    }
    assert!(compared >= 4, "only {compared} bundles in other languages");
}
