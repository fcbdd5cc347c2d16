//! The per-region bundles the site loads answer exactly as the whole dataset
//! does: for every region, every start and a few situations, the routes read
//! from that region's bundle equal those computed on the full graph.

use pathway_core::bundle::{self, Bundle, BundleIndex};
use pathway_core::model::CredentialKind;
use pathway_core::routes::{find_routes, report, Constraints, RouteQuery, StudyTimes};
use pathway_core::{check_files, PathwayGraph};
use pathways_integration_tests::{read_yaml_dir, repo_root};

#[test]
fn every_region_bundle_gives_the_routes_of_the_whole_dataset() {
    let checked = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let dataset = checked.dataset.expect("the committed data checks clean");
    let full = PathwayGraph::build(dataset.clone()).expect("links up");
    let (index, bundles) = bundle::split(&dataset);
    let listed = BundleIndex::parse(&index.to_json()).expect("the index reads back");
    assert_eq!(listed.len(), dataset.regions.len());
    assert_eq!(bundles.len(), dataset.regions.len());
    let basics: Vec<_> = dataset
        .credentials
        .iter()
        .filter(|c| matches!(c.kind, CredentialKind::Diploma | CredentialKind::EnglishLevel))
        .map(|c| c.id.clone())
        .collect();
    let situations = [
        (basics.clone(), Constraints::default()),
        (Vec::new(), Constraints::default()),
        (basics, Constraints { study_times: StudyTimes::OutsideWorkHours, keep_earning: true, ..Constraints::default() }),
    ];
    let mut compared = 0;
    for (region, bundle) in listed.iter().zip(&bundles) {
        assert_eq!(region.id, bundle.region);
        let text = bundle.to_json();
        let graph = Bundle::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", bundle::region_file(&region.id)));
        let starts = std::iter::once(None).chain(
            graph.occupations().map(|ix| Some(graph.occupation(ix).id.clone())),
        );
        for start in starts {
            for (holds, constraints) in &situations {
                let query = RouteQuery {
                    start: start.clone(),
                    region: Some(region.id.clone()),
                    holds: holds.clone(),
                    constraints: constraints.clone(),
                    ..RouteQuery::default()
                };
                let whole = find_routes(&full, &query).map(|set| report(&full, &set));
                let part = find_routes(&graph, &query).map(|set| report(&graph, &set));
                assert_eq!(part, whole, "{} from {start:?}", region.id);
                compared += 1;
            }
        }
    }
    assert!(compared > 200, "only {compared} queries compared");
}
