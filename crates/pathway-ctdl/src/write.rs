//! An imported dataset as pathway files laid out as an author would: the
//! credentials every region shares in one file, a folder per region with a
//! file per section, and the programs and partners no region owns in
//! `shared.yaml`.

use pathway_authoring::load::MAX_FILE_BYTES;
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
        if *file == PathwayFile::default() {
            return;
        }
        match fit(file.clone(), header.len()) {
            Ok(parts) if parts.len() == 1 => out.extend(
                parts.into_iter().map(|yaml| ImportedFile { path: path.clone(), text: format!("{header}{yaml}") }),
            ),
            Ok(parts) => {
                // `check` takes files of at most 2 MB, so a larger section is
                // written as numbered parts in the same folder.
                let stem = path.trim_end_matches(".yaml");
                for (i, yaml) in parts.into_iter().enumerate() {
                    out.push(ImportedFile { path: format!("{stem}-{}.yaml", i + 1), text: format!("{header}{yaml}") });
                }
            }
            Err(e) => failure = Some(format!("`{path}` cannot be written as YAML: {e}")),
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

/// A file's YAML, in as many parts as keep each within the size `check`
/// accepts (with `reserved` bytes for the header): halves, halved again.
fn fit(file: PathwayFile, reserved: usize) -> Result<Vec<String>, serde_yaml::Error> {
    let yaml = serde_yaml::to_string(&file)?;
    let entries = file.occupations.len()
        + file.credentials.len()
        + file.programs.len()
        + file.steps.len()
        + file.partners.len()
        + file.wages.len();
    if yaml.len() + reserved <= MAX_FILE_BYTES || entries < 2 {
        return Ok(vec![yaml]);
    }
    let (first, second) = halves(file);
    let mut parts = fit(first, reserved)?;
    parts.extend(fit(second, reserved)?);
    Ok(parts)
}

/// A file split in two: the first half of each section in one, the rest in
/// the other, both with the file's `region:`.
fn halves(mut file: PathwayFile) -> (PathwayFile, PathwayFile) {
    fn split<T>(list: &mut Vec<T>) -> Vec<T> {
        list.split_off(list.len() / 2)
    }
    let second = PathwayFile {
        region: file.region.clone(),
        regions: Vec::new(),
        occupations: split(&mut file.occupations),
        credentials: split(&mut file.credentials),
        programs: split(&mut file.programs),
        steps: split(&mut file.steps),
        partners: split(&mut file.partners),
        wages: split(&mut file.wages),
    };
    (file, second)
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
