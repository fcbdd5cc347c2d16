//! Publishing a checked dataset for the site: the index of regions and one
//! bundle per region, each with only the fields the site reads, as the
//! compact JSON that `pathways build` writes.

use crate::languages::in_language;
use pathway_model::bundle::{
    jobs_file_in, region_file_in, Bundle, BundleIndex, IndexRegion, Job, JobList, BUNDLE_FORMAT, INDEX_FILE,
};
use pathway_model::ids::{CredentialId, OccupationId, PartnerId, RegionId};
use pathway_model::model::{Dataset, Occupation, Percentiles, Program, Step};
use pathway_model::PathwayGraph;

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
    /// The region's job list in the same language, and its file name;
    /// `None` only when the bundle's graph cannot be built, and then the
    /// index says the region has no job lists.
    pub jobs: Option<(String, JobList)>,
}

/// Every file `pathways build` writes, as (file name, compact JSON): the
/// index, then each region's bundle and job list in each language.
pub fn published_files(index: &BundleIndex, bundles: &[Published]) -> Vec<(String, String)> {
    let mut out = vec![(INDEX_FILE.to_owned(), index_json(index))];
    for published in bundles {
        out.push((published.file.clone(), bundle_json(&published.bundle)));
        if let Some((file, jobs)) = &published.jobs {
            out.push((file.clone(), serde_json::to_string(jobs).expect("a job list always serializes")));
        }
    }
    out
}

/// Splits a checked dataset into the index and one bundle per region and
/// language the region declares. Each bundle keeps the region's occupations,
/// programs, partners and wages, the steps between its occupations, and the
/// credentials they name, with every text in its language alone.
pub fn split(dataset: &Dataset) -> (BundleIndex, Vec<Published>) {
    let bundles: Vec<Published> = dataset
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
                .map(|lang| {
                    let dataset = in_language(&subset, &lang);
                    let jobs = PathwayGraph::build(dataset.clone()).ok().map(|graph| {
                        let list =
                            JobList { format: BUNDLE_FORMAT, region: region.id.clone(), jobs: Job::all_of(&graph) };
                        (jobs_file_in(&region.id, &lang, default), list)
                    });
                    Published {
                        file: region_file_in(&region.id, &lang, default),
                        bundle: Bundle { format: BUNDLE_FORMAT, region: region.id.clone(), dataset },
                        language: lang,
                        jobs,
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let index = BundleIndex {
        format: BUNDLE_FORMAT,
        regions: dataset
            .regions
            .iter()
            .map(|r| IndexRegion {
                id: r.id.clone(),
                name: r.name.clone(),
                languages: if r.languages.len() > 1 { r.languages.clone() } else { Vec::new() },
                jobs: bundles.iter().filter(|p| p.bundle.region == r.id).all(|p| p.jobs.is_some()),
            })
            .collect(),
    };
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
    fn each_bundle_has_its_job_list_and_the_index_says_so() {
        let mut data = one_region();
        let more: Dataset = serde_json::from_value(serde_json::json!({
            "regions": [], "programs": [], "partners": [], "credentials": [], "steps": [],
            "occupations": [
                {"id": "a", "soc": "31-1131", "title": "Aide", "region": "here", "entry": true, "keywords": ["care"],
                 "description": "Helps patients"},
                {"id": "b", "soc": "29-2061", "title": "Nurse", "region": "here"}
            ],
            "wages": [{"soc": "31-1131", "region": "here", "hourly": {"median": 18.0}, "annual": {"median": 37440.0},
                       "source": "BLS OEWS", "year": 2024}]
        }))
        .expect("a dataset");
        data.occupations = more.occupations;
        data.wages = more.wages;
        let (index, bundles) = split(&data);
        assert!(index.regions[0].jobs);
        let files = published_files(&index, &bundles);
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["pathways.json", "pathways-here.json", "pathways-here.jobs.json"]);
        let jobs = JobList::parse(&files[2].1).expect("parses");
        assert_eq!(jobs.len(), 2);
        assert_eq!((jobs[0].title.as_str(), jobs[0].entry, jobs[0].wage), ("Aide", true, Some(37440.0)));
        assert_eq!(jobs[0].words, "care Helps patients");
        assert_eq!((jobs[1].entry, jobs[1].wage, jobs[1].words.as_str()), (false, None, ""));
        assert_eq!(
            BundleIndex::parse(&files[0].1).unwrap()[0].jobs_file_for("en").as_deref(),
            Some("pathways-here.jobs.json")
        );
        // An index written before job lists has none: the site reads the bundle.
        let old = BundleIndex::parse(r#"{"format":3,"regions":[{"id":"x","name":"X"}]}"#).unwrap();
        assert_eq!(old[0].jobs_file_for("en"), None);
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
