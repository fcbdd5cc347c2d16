//! An imported dataset as pathway files laid out as an author would: the
//! credentials every region shares in one file, a folder per region with a
//! file per section, and the programs and partners no region owns in
//! `shared.yaml`.

use pathway_model::ids::RegionId;
use pathway_model::model::{Dataset, PathwayFile};

/// One pathway file to write: its path inside the output folder and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedFile {
    /// The path, relative to the output folder, with `/` between folders.
    pub path: String,
    /// The file's YAML text.
    pub text: String,
}

/// The files of `d`, in the order they are listed above, or why one could
/// not be written as YAML.
pub(crate) fn files(d: &Dataset, source: &str) -> Result<Vec<ImportedFile>, String> {
    let mut out = Vec::new();
    let mut failure = None;
    let header = format!("# Written by `pathways import ctdl` from {}.\n", source.replace(['\n', '\r'], " "));
    let mut push = |path: String, file: &PathwayFile| {
        if *file != PathwayFile::default() {
            match serde_yaml::to_string(file) {
                Ok(yaml) => out.push(ImportedFile { path, text: format!("{header}{yaml}") }),
                Err(e) => failure = Some(format!("`{path}` cannot be written as YAML: {e}")),
            }
        }
    };
    push("credentials.yaml".into(), &PathwayFile { credentials: d.credentials.clone(), ..Default::default() });
    for r in &d.regions {
        let folder = r.id.as_str();
        let file = |f: PathwayFile| PathwayFile { region: Some(r.id.clone()), ..f };
        let occupations = local(&d.occupations, &r.id, |o| &mut o.region);
        let ids: Vec<_> = occupations.iter().map(|o| o.id.clone()).collect();
        let steps = d.steps.iter().filter(|s| ids.contains(&s.to)).cloned().collect();
        let partners = local(&d.partners, &r.id, |p| &mut p.region);
        push(
            format!("{folder}/region.yaml"),
            &file(PathwayFile { regions: vec![r.clone()], partners, ..Default::default() }),
        );
        push(format!("{folder}/occupations.yaml"), &file(PathwayFile { occupations, ..Default::default() }));
        let programs = local(&d.programs, &r.id, |p| &mut p.region);
        push(format!("{folder}/programs.yaml"), &file(PathwayFile { programs, ..Default::default() }));
        push(format!("{folder}/steps.yaml"), &file(PathwayFile { steps, ..Default::default() }));
        let wages = local(&d.wages, &r.id, |w| &mut w.region);
        push(format!("{folder}/wages.yaml"), &file(PathwayFile { wages, ..Default::default() }));
    }
    push(
        "shared.yaml".into(),
        &PathwayFile {
            programs: d.programs.iter().filter(|p| p.region.is_none()).cloned().collect(),
            partners: d.partners.iter().filter(|p| p.region.is_none()).cloned().collect(),
            ..Default::default()
        },
    );
    match failure {
        Some(problem) => Err(problem),
        None => Ok(out),
    }
}

/// The entries of `region`, each without its own `region:`, which the file's
/// `region:` line gives back.
fn local<T: Clone>(items: &[T], region: &RegionId, field: impl Fn(&mut T) -> &mut Option<RegionId>) -> Vec<T> {
    let mut out: Vec<T> = items.to_vec();
    out.retain_mut(|x| {
        let here = field(x).as_ref() == Some(region);
        *field(x) = None;
        here
    });
    out
}
