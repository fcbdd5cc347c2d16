//! The whole map of every shipped region, laid out from the bundle the site
//! loads: every occupation placed once, no boxes overlapping, few crossings.
//! It prints each region's crossings (BENCHMARKS.md records them) and the
//! time a national-scale region takes to lay out.

use pathway_authoring::check_files;
use pathway_authoring::publish::{bundle_json, split};
use pathway_map::{layout, MapLayout, NODE_HEIGHT, NODE_WIDTH};
use pathway_model::bundle::{region_file, Bundle};
use pathway_model::PathwayGraph;
use pathways_integration_tests::{read_yaml_dir, repo_root};
use std::time::Instant;

/// Each region's graph, read from its default-language bundle as the site reads it.
fn region_graphs() -> Vec<(String, PathwayGraph)> {
    let checked = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let dataset = checked.dataset.expect("the committed data checks clean");
    let (_, bundles) = split(&dataset);
    bundles
        .iter()
        .filter(|p| p.file == region_file(&p.bundle.region))
        .map(|p| {
            let graph = Bundle::parse(&bundle_json(&p.bundle)).unwrap_or_else(|e| panic!("{}: {e}", p.file));
            (p.bundle.region.to_string(), graph)
        })
        .collect()
}

/// The map's promises that hold for any graph.
fn check_map(name: &str, graph: &PathwayGraph, map: &MapLayout) {
    assert_eq!(map.nodes.len(), graph.occupations().count(), "{name}: every occupation placed once");
    for (k, a) in map.nodes.iter().enumerate() {
        assert_eq!(a.occupation.index(), k, "{name}");
        for b in &map.nodes[k + 1..] {
            let apart = a.x + NODE_WIDTH <= b.x
                || b.x + NODE_WIDTH <= a.x
                || a.y + NODE_HEIGHT <= b.y
                || b.y + NODE_HEIGHT <= a.y;
            assert!(
                apart,
                "{name}: {} and {} overlap",
                graph.occupation(a.occupation).id,
                graph.occupation(b.occupation).id
            );
        }
        // A better-paid occupation is never drawn below a worse-paid one.
        for b in &map.nodes {
            if let (Some(x), Some(y)) = (a.wage, b.wage) {
                assert!(x <= y || a.row <= b.row, "{name}: rows out of wage order");
            }
        }
    }
}

/// A line of the table the tests print: name, occupations, arrows,
/// junctions, rows, crossings in the data's order and after ordering, size.
fn table_row(name: &str, map: &MapLayout) -> String {
    format!(
        "{name} | {} | {} | {} | {} | {} | {} | {}x{}",
        map.nodes.len(),
        map.edges.len(),
        map.junctions.len(),
        map.rows.len(),
        map.crossings_in_data_order,
        map.crossings,
        map.width,
        map.height
    )
}

#[test]
fn every_shipped_region_has_a_map_with_few_crossings() {
    let graphs = region_graphs();
    assert!(graphs.len() >= 4, "one map per region");
    println!("region | occupations | arrows | junctions | rows | crossings in data order | crossings | size");
    for (name, graph) in &graphs {
        let map = layout(graph);
        check_map(name, graph, &map);
        assert_eq!(map, layout(graph), "{name}: the same data gives the same map");
        println!("{}", table_row(name, &map));
        // Low: the sweeps and sifting undo at least two thirds of the
        // crossings of the data's own order, or leave two at most.
        assert!(
            map.crossings <= 2 || map.crossings * 3 <= map.crossings_in_data_order,
            "{name}: {} crossings, {} in the data's order",
            map.crossings,
            map.crossings_in_data_order
        );
        assert!(!map.edges.is_empty(), "{name}: a map with steps");
        assert!(map.nodes.iter().any(|n| n.entry), "{name}: entry roles marked");
    }
}

#[test]
fn a_national_scale_region_lays_out_promptly() {
    let dataset = pathway_synth::national_dataset(&pathway_synth::SynthConfig::default());
    let graph = PathwayGraph::build(dataset).expect("the synthetic data links up");
    let started = Instant::now();
    let map = layout(&graph);
    let took = started.elapsed();
    check_map("national", &graph, &map);
    println!("{} | laid out in {took:?}", table_row("national", &map));
    assert!(map.nodes.len() > 1_000);
}
