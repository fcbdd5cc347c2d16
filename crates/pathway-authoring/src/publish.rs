//! Publishing a checked dataset for the site: the index of regions and one
//! bundle per region, each with only the fields the site reads, as the
//! compact JSON that `pathways build` writes.

use crate::languages::in_language;
use pathway_model::bundle::{region_file_in, Bundle, BundleIndex, IndexRegion, BUNDLE_FORMAT};
use pathway_model::ids::{CredentialId, OccupationId, PartnerId, RegionId};
use pathway_model::model::{Dataset, Occupation, Percentiles, Program, Step};

/// The index as compact JSON.
pub fn index_json(index: &BundleIndex) -> String {
    serde_json::to_string(index).expect("an index always serializes")
}

/// A region's bundle as compact JSON.
pub fn bundle_json(bundle: &Bundle) -> String {
    serde_json::to_string(bundle).expect("a dataset always serializes")
}

/// The dataset with only the fields the site shows or the route engine uses,
/// so a region's bundle stays small. Figures and names are never dropped.
pub fn for_site(mut dataset: Dataset) -> Dataset {
    for r in &mut dataset.regions {
        r.oews_area = None;
        r.description = None;
    }
    for o in &mut dataset.occupations {
        o.onet = None;
    }
    for c in &mut dataset.credentials {
        c.issuer = None;
        c.description = None;
        c.external = false;
        c.source = None;
    }
    for p in &mut dataset.programs {
        p.hours = None;
        p.college_credits = None;
        p.source.url = None;
    }
    for p in &mut dataset.partners {
        p.description = None;
    }
    for w in &mut dataset.wages {
        w.hourly = Percentiles { median: w.hourly.median, ..Percentiles::default() };
        w.annual =
            Percentiles { median: w.annual.median, p10: w.annual.p10, p90: w.annual.p90, ..Percentiles::default() };
        w.title = None;
        w.employment = None;
        w.area = None;
    }
    dataset
}

/// A region's bundle in one language, and the file it is written to.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    /// The file name, beside the index.
    pub file: String,
    /// The language of the bundle's text.
    pub language: String,
    /// The bundle.
    pub bundle: Bundle,
}

/// Splits a checked dataset into the index and one bundle per region and
/// language the region declares. Each bundle keeps the region's occupations,
/// programs, partners and wages, the steps between its occupations, and the
/// credentials they name, with every text in its language alone.
pub fn split(dataset: &Dataset) -> (BundleIndex, Vec<Published>) {
    let index = BundleIndex {
        format: BUNDLE_FORMAT,
        regions: dataset
            .regions
            .iter()
            .map(|r| IndexRegion {
                id: r.id.clone(),
                name: r.name.clone(),
                languages: if r.languages.len() > 1 { r.languages.clone() } else { Vec::new() },
            })
            .collect(),
    };
    let bundles = dataset
        .regions
        .iter()
        .flat_map(|region| {
            let here = |r: &Option<RegionId>| r.as_ref().is_none_or(|r| *r == region.id);
            let occupations: Vec<Occupation> =
                dataset.occupations.iter().filter(|o| here(&o.region)).cloned().collect();
            let kept = |id: &OccupationId| occupations.iter().any(|o| o.id == *id);
            let steps: Vec<Step> =
                dataset.steps.iter().filter(|s| kept(&s.to) && s.from.as_ref().is_none_or(kept)).cloned().collect();
            let programs: Vec<Program> = dataset.programs.iter().filter(|p| here(&p.region)).cloned().collect();
            let named: Vec<&CredentialId> = occupations
                .iter()
                .flat_map(|o| &o.requires)
                .chain(steps.iter().flat_map(|s| &s.requires))
                .chain(programs.iter().flat_map(|p| p.requires.iter().chain(&p.awards)))
                .collect();
            let partner_named = |id: &PartnerId| {
                programs
                    .iter()
                    .any(|p| p.provider == *id || p.support_from.contains(id) || p.funding.iter().any(|f| f.by == *id))
            };
            let subset = Dataset {
                regions: vec![region.clone()],
                credentials: dataset.credentials.iter().filter(|c| named.contains(&&c.id)).cloned().collect(),
                partners: dataset
                    .partners
                    .iter()
                    .filter(|p| here(&p.region) || partner_named(&p.id))
                    .cloned()
                    .collect(),
                wages: dataset.wages.iter().filter(|w| here(&w.region)).cloned().collect(),
                occupations,
                programs,
                steps,
            };
            let subset = for_site(subset);
            let default = region.default_language();
            let languages =
                if region.languages.is_empty() { vec![default.to_owned()] } else { region.languages.clone() };
            languages
                .into_iter()
                .map(|lang| Published {
                    file: region_file_in(&region.id, &lang, default),
                    bundle: Bundle {
                        format: BUNDLE_FORMAT,
                        region: region.id.clone(),
                        dataset: in_language(&subset, &lang),
                    },
                    language: lang,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    (index, bundles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathway_model::bundle::BundleError;
    use pathway_model::model::Region;

    fn one_region() -> Dataset {
        Dataset {
            regions: vec![Region {
                id: "here".into(),
                name: "Here".into(),
                languages: Vec::new(),
                oews_area: None,
                description: None,
            }],
            ..Dataset::default()
        }
    }

    #[test]
    fn round_trips_a_small_dataset() {
        let (index, bundles) = split(&one_region());
        assert_eq!(BundleIndex::parse(&index_json(&index)).unwrap(), index.regions);
        assert_eq!(bundles.len(), 1);
        assert_eq!(bundles[0].file, "pathways-here.json");
        let graph = Bundle::parse(&bundle_json(&bundles[0].bundle)).expect("parses");
        assert_eq!(graph.dataset(), &one_region());
    }

    #[test]
    fn example_marks_reach_the_site() {
        let mut data = one_region();
        let more: Dataset = serde_json::from_value(serde_json::json!({
            "regions": [], "programs": [], "partners": [], "wages": [],
            "occupations": [
                {"id": "a", "soc": "31-1131", "title": "A", "region": "here", "entry": true},
                {"id": "b", "soc": "31-1132", "title": "B", "region": "here", "requires": ["c"], "illustrative": true}
            ],
            "credentials": [{"id": "c", "name": "C", "kind": "certificate", "illustrative": true}],
            "steps": [{"from": "a", "to": "b", "note": "Usually", "illustrative": true}, {"to": "a"}]
        }))
        .expect("a dataset");
        data.occupations = more.occupations;
        data.credentials = more.credentials;
        data.steps = more.steps;
        let read = Bundle::parse(&bundle_json(&split(&data).1[0].bundle)).expect("parses");
        let d = read.dataset();
        let marks = |d: &Dataset| {
            (
                d.occupations.iter().map(|o| o.illustrative).collect::<Vec<_>>(),
                d.credentials.iter().map(|c| c.illustrative).collect::<Vec<_>>(),
                d.steps.iter().map(|s| s.illustrative).collect::<Vec<_>>(),
            )
        };
        assert_eq!(marks(d), marks(&data));
        assert!(marks(d).2.contains(&true) && marks(d).2.contains(&false), "both kinds of step are kept");
    }

    #[test]
    fn names_truncation_and_old_formats() {
        let text = bundle_json(&split(&one_region()).1[0].bundle);
        let cut = Bundle::parse(&text[..text.len() / 2]).unwrap_err();
        assert!(matches!(cut, BundleError::Malformed { .. }), "{cut}");
        let old = Bundle::parse(r#"{"format":1,"dataset":{}}"#).unwrap_err();
        assert_eq!(old, BundleError::WrongFormat { found: 1, expected: BUNDLE_FORMAT });
        assert!(old.to_string().contains("rebuild"));
        let newer = BundleIndex::parse(r#"{"format":9,"regions":[]}"#).unwrap_err();
        assert!(newer.to_string().contains("newer"), "{newer}");
        let html = Bundle::parse("<!doctype html><p>Not found</p>").unwrap_err();
        assert!(html.to_string().contains("damaged"));
        let shape = Bundle::parse(r#"{"format":2,"dataset":{"occupations":[{"id":"a"}]}}"#).unwrap_err();
        assert!(shape.to_string().contains("`soc`"), "{shape}");
        let unknown =
            Bundle::parse(r#"{"format":2,"dataset":{"credentials":[{"id":"a","name":"A","kind":"wizard"}]}}"#);
        assert!(unknown.unwrap_err().to_string().contains("wizard"));
    }
}
