//! An imported dataset as pathway files laid out as an author would: the
//! credentials every region shares in one file, a folder per region with a
//! file per section, and the programs and partners no region owns in
//! `shared.yaml`.

use crate::import::ImportedFile;
use pathway_model::ids::RegionId;
use pathway_model::model::{Dataset, PathwayFile};

/// The files of `d`, in the order they are listed above.
pub(crate) fn files(d: &Dataset, source: &str) -> Vec<ImportedFile> {
    let mut out = Vec::new();
    let header = format!(
        "# Written by `pathways import ctdl` from {}.\n",
        source.replace(['\n', '\r'], " ")
    );
    let mut push = |path: String, file: &PathwayFile| {
        if *file != PathwayFile::default() {
            let yaml = serde_yaml::to_string(file).unwrap_or_default();
            out.push(ImportedFile { path, text: format!("{header}{yaml}") });
        }
    };
    push("credentials.yaml".into(), &PathwayFile { credentials: d.credentials.clone(), ..Default::default() });
    for r in &d.regions {
        let here = Some(&r.id);
        // Entries take their region from the file's `region:` line.
        let local = |region: &Option<RegionId>| region.as_ref() == here;
        let folder = r.id.as_str();
        let file = |f: PathwayFile| PathwayFile { region: Some(r.id.clone()), ..f };
        push(
            format!("{folder}/region.yaml"),
            &file(PathwayFile {
                regions: vec![r.clone()],
                partners: d.partners.iter().filter(|p| local(&p.region)).cloned().map(|p| pathway_model::model::Partner { region: None, ..p }).collect(),
                ..Default::default()
            }),
        );
        let occupations: Vec<_> = d.occupations.iter().filter(|o| local(&o.region)).cloned().collect();
        let ids: Vec<_> = occupations.iter().map(|o| o.id.clone()).collect();
        push(
            format!("{folder}/occupations.yaml"),
            &file(PathwayFile {
                occupations: occupations.into_iter().map(|o| pathway_model::model::Occupation { region: None, ..o }).collect(),
                ..Default::default()
            }),
        );
        push(
            format!("{folder}/programs.yaml"),
            &file(PathwayFile {
                programs: d.programs.iter().filter(|p| local(&p.region)).cloned().map(|p| pathway_model::model::Program { region: None, ..p }).collect(),
                ..Default::default()
            }),
        );
        push(
            format!("{folder}/steps.yaml"),
            &file(PathwayFile { steps: d.steps.iter().filter(|s| ids.contains(&s.to)).cloned().collect(), ..Default::default() }),
        );
        push(
            format!("{folder}/wages.yaml"),
            &file(PathwayFile {
                wages: d.wages.iter().filter(|w| local(&w.region)).cloned().map(|w| pathway_model::model::Wage { region: None, ..w }).collect(),
                ..Default::default()
            }),
        );
    }
    push(
        "shared.yaml".into(),
        &PathwayFile {
            programs: d.programs.iter().filter(|p| p.region.is_none()).cloned().collect(),
            partners: d.partners.iter().filter(|p| p.region.is_none()).cloned().collect(),
            ..Default::default()
        },
    );
    out
}
