//! Synthetic national-scale pathway datasets for benchmarks.
//!
//! [`national_dataset`] builds a deterministic, ladder-shaped [`Dataset`] on the
//! real O*NET occupation list: 1,016 occupations, 5,080 programs and about
//! 21,600 graph edges with [`SynthConfig::default`], and larger or smaller
//! graphs for studying how the route engine scales ([`benchmark_scales`]).
//! Titles are real; levels (ranked by real national median wages),
//! credentials, programs, partners, steps and wages are invented, and every
//! wage says so ("synthetic benchmark data", 2025).
//!
//! The occupation titles are from the O*NET 29.2 Database by the U.S.
//! Department of Labor, Employment and Training Administration (USDOL/ETA),
//! used under the CC BY 4.0 license.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod entry;
pub mod generate;
pub mod onet;
pub mod query;
pub mod rng;

pub use entry::{bench_entry_role, busiest_entry_role, widest_entry_roles, EntryPick, BENCH_ENTRY_CANDIDATES};
pub use generate::national_dataset;
pub use query::BenchQuery;

use pathway_model::Dataset;

/// How big a dataset to generate, and from which seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SynthConfig {
    /// Occupations. Up to the 1,016 of the O*NET list they are spread evenly
    /// over it; beyond, the list is reused with " (track 2)", " (track 3)" ... titles,
    /// each copy of a SOC major group forming its own ladder.
    pub occupations: usize,
    /// Programs per occupation, on average, over the whole dataset.
    pub programs_per_occupation: usize,
    /// Advancement steps per occupation, on average.
    pub steps_per_occupation: usize,
    /// The seed; the same config always gives the same dataset.
    pub seed: u64,
}

/// The seed of the default configuration.
pub const DEFAULT_SEED: u64 = 0x00C0_FFEE_2025;

impl Default for SynthConfig {
    /// The national-scale benchmark graph: every O*NET occupation (1,016),
    /// 5,080 programs and about 21,600 graph edges (7,342 nodes).
    fn default() -> Self {
        Self { occupations: 1_016, programs_per_occupation: 5, steps_per_occupation: 3, seed: DEFAULT_SEED }
    }
}

impl SynthConfig {
    /// The default configuration with `occupations` occupations.
    pub fn with_occupations(occupations: usize) -> Self {
        Self { occupations, ..Self::default() }
    }

    /// The default configuration resized so its graph has about `nodes` nodes
    /// ([`node_count`]), within about 1%.
    pub fn for_nodes(nodes: usize) -> Self {
        let base = Self::default();
        let mut occupations = (nodes * base.occupations / node_count(&national_dataset(&base)).max(1)).max(1);
        for _ in 0..4 {
            let have = node_count(&national_dataset(&Self::with_occupations(occupations)));
            if have.abs_diff(nodes) * 200 <= nodes {
                break;
            }
            occupations = ((occupations as f64 * nodes as f64 / have as f64).round() as usize).max(1);
        }
        Self::with_occupations(occupations)
    }
}

/// The nodes the pathway graph of `dataset` will have: "no job yet", and one per
/// occupation, credential, program and partner (as `PathwayGraph::graph().node_count()`).
pub fn node_count(dataset: &Dataset) -> usize {
    1 + dataset.occupations.len() + dataset.credentials.len() + dataset.programs.len() + dataset.partners.len()
}

/// One size of the scaling benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    /// A short name, such as "1k nodes".
    pub name: &'static str,
    /// The configuration that gives it.
    pub config: SynthConfig,
}

/// The sizes the benchmarks measure: graphs of about 1,000, 5,000 and 20,000
/// nodes, and the national graph of [`SynthConfig::default`] (1,016 occupations,
/// 7,342 nodes) between the last two, in order of size.
pub fn benchmark_scales() -> Vec<Scale> {
    vec![
        Scale { name: "1k nodes", config: SynthConfig::for_nodes(1_000) },
        Scale { name: "5k nodes", config: SynthConfig::for_nodes(5_000) },
        Scale { name: "national", config: SynthConfig::default() },
        Scale { name: "20k nodes", config: SynthConfig::for_nodes(20_000) },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathway_authoring::origins::Origins;
    use pathway_model::PathwayGraph;

    #[test]
    fn the_default_graph_builds_at_the_intended_size() {
        let dataset = national_dataset(&SynthConfig::default());
        let graph = PathwayGraph::build(dataset.clone()).expect("the synthetic dataset builds");
        let g = graph.graph();
        assert_eq!(dataset.occupations.len(), 1_016);
        assert!((4_750..=5_250).contains(&dataset.programs.len()), "{} programs", dataset.programs.len());
        assert!((18_000..=22_000).contains(&g.edge_count()), "{} edges", g.edge_count());
        assert_eq!(g.node_count(), node_count(&dataset));
        assert!(dataset.occupations.iter().filter(|o| o.entry).count() > 150, "a quarter or so are entry roles");
        assert!(dataset
            .wages
            .iter()
            .all(|w| w.source.as_deref() == Some(generate::WAGE_SOURCE) && w.year == Some(2025)));
    }

    #[test]
    fn the_default_dataset_passes_validation_without_errors() {
        let dataset = national_dataset(&SynthConfig::default());
        let diagnostics = pathway_authoring::validate::validate(&dataset, &Origins::default());
        let errors: Vec<_> =
            diagnostics.0.iter().filter(|d| d.severity == pathway_authoring::Severity::Error).collect();
        assert!(errors.is_empty(), "{} errors, first: {:?}", errors.len(), errors.first());
    }

    #[test]
    fn the_same_seed_gives_the_same_dataset() {
        let config = SynthConfig::default();
        assert_eq!(national_dataset(&config), national_dataset(&config));
        assert_ne!(national_dataset(&config), national_dataset(&SynthConfig { seed: 1, ..config }));
    }

    #[test]
    fn scales_hit_their_node_counts_and_build() {
        for (scale, nodes) in benchmark_scales().iter().zip([1_000, 5_000, 0, 20_000]) {
            let dataset = national_dataset(&scale.config);
            let have = node_count(&dataset);
            if nodes > 0 {
                assert!(have.abs_diff(nodes) * 50 <= nodes, "{}: {have} nodes", scale.name);
            }
            PathwayGraph::build(dataset).unwrap_or_else(|e| panic!("{}: {e}", scale.name));
        }
    }
}
