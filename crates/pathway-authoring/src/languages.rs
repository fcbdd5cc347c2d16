//! The languages a dataset is written in. A region declares its languages
//! (`languages: [en, es]`, the default first); every text field may be a
//! plain string, in the default language, or a map from language to text.
//!
//! [`each_text`] is the one list of the model's text fields: settling texts
//! on their region's default language, checking them, and resolving a bundle
//! for one language all walk it, so a new text field is added in one place.

use crate::origins::Section;
use pathway_model::ids::RegionId;
use pathway_model::model::{Dataset, Text};
use pathway_model::pay::PayRate;
use pathway_model::text::DEFAULT_LANGUAGE;

/// Where a text field is: its entry, its field's name, and the region whose
/// languages apply (none for credentials, which every region shares).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextSite {
    /// The section of the entry.
    pub section: Section,
    /// The entry's position in its section.
    pub index: usize,
    /// The field's name as written in the file.
    pub field: &'static str,
    /// The region the entry belongs to.
    pub region: Option<RegionId>,
    /// True for a name a person may meet in either language: a credential's,
    /// or a named (not illustrative) organisation's. A page in another
    /// language shows both.
    pub proper_name: bool,
}

/// Calls `visit` with every text field of the dataset, in section and entry order.
pub fn each_text(d: &mut Dataset, visit: impl FnMut(&TextSite, &mut Text)) {
    let mut w = Walk { visit };
    for (i, r) in d.regions.iter_mut().enumerate() {
        let region = Some(r.id.clone());
        w.at(Section::Regions, i, "name", &region, &mut r.name);
        if let Some(text) = &mut r.description {
            w.at(Section::Regions, i, "description", &region, text);
        }
    }
    let region_of: Vec<(pathway_model::OccupationId, Option<RegionId>)> =
        d.occupations.iter().map(|o| (o.id.clone(), o.region.clone())).collect();
    for (i, o) in d.occupations.iter_mut().enumerate() {
        w.at(Section::Occupations, i, "title", &o.region, &mut o.title);
        if let Some(text) = &mut o.description {
            w.at(Section::Occupations, i, "description", &o.region, text);
        }
        if let Some(PayRate { source, .. }) = &mut o.pay {
            w.at(Section::Occupations, i, "citation", &o.region, &mut source.citation);
        }
    }
    for (i, c) in d.credentials.iter_mut().enumerate() {
        w.named(Section::Credentials, i, &None, true, &mut c.name);
        for (field, text) in [("issuer", &mut c.issuer), ("description", &mut c.description)] {
            if let Some(text) = text {
                w.at(Section::Credentials, i, field, &None, text);
            }
        }
        if let Some(source) = &mut c.source {
            w.at(Section::Credentials, i, "citation", &None, &mut source.citation);
        }
    }
    for (i, p) in d.programs.iter_mut().enumerate() {
        w.at(Section::Programs, i, "name", &p.region, &mut p.name);
        for f in &mut p.funding {
            if let Some(text) = &mut f.eligibility {
                w.at(Section::Programs, i, "eligibility", &p.region, text);
            }
        }
        w.at(Section::Programs, i, "citation", &p.region, &mut p.source.citation);
    }
    for (i, s) in d.steps.iter_mut().enumerate() {
        let region = region_of.iter().find(|(id, _)| *id == s.to).and_then(|(_, r)| r.clone());
        if let Some(text) = &mut s.note {
            w.at(Section::Steps, i, "note", &region, text);
        }
        if let Some(PayRate { source, .. }) = &mut s.pay {
            w.at(Section::Steps, i, "citation", &region, &mut source.citation);
        }
    }
    for (i, p) in d.partners.iter_mut().enumerate() {
        w.named(Section::Partners, i, &p.region, !p.illustrative, &mut p.name);
        if let Some(text) = &mut p.description {
            w.at(Section::Partners, i, "description", &p.region, text);
        }
    }
}

/// Every text field of the dataset with where it is, in the walk's order:
/// the dataset is copied once, since the walk itself needs it mutably.
pub fn text_fields(d: &Dataset) -> Vec<(TextSite, Text)> {
    let mut copy = d.clone();
    let mut out = Vec::new();
    each_text(&mut copy, |site, text| out.push((site.clone(), std::mem::take(text))));
    out
}

/// The walk's visitor and where it is.
struct Walk<F> {
    visit: F,
}

impl<F: FnMut(&TextSite, &mut Text)> Walk<F> {
    fn at(&mut self, section: Section, index: usize, field: &'static str, region: &Option<RegionId>, text: &mut Text) {
        (self.visit)(&TextSite { section, index, field, region: region.clone(), proper_name: false }, text);
    }

    /// An entry's `name`, which may be a proper name.
    fn named(&mut self, section: Section, index: usize, region: &Option<RegionId>, proper: bool, text: &mut Text) {
        (self.visit)(&TextSite { section, index, field: "name", region: region.clone(), proper_name: proper }, text);
    }
}

/// The languages that apply to a text of `region`: the region's own, or, for
/// text every region shares, the union of every region's, the first region's
/// default first. Never empty.
pub fn languages_of(d: &Dataset, region: Option<&RegionId>) -> Vec<String> {
    let declared = |r: &pathway_model::model::Region| -> Vec<String> {
        if r.languages.is_empty() {
            vec![DEFAULT_LANGUAGE.to_owned()]
        } else {
            r.languages.clone()
        }
    };
    let mut out: Vec<String> = Vec::new();
    for r in d.regions.iter().filter(|r| region.is_none_or(|id| r.id == *id)) {
        for lang in declared(r) {
            if !out.contains(&lang) {
                out.push(lang);
            }
        }
    }
    if out.is_empty() {
        out.push(DEFAULT_LANGUAGE.to_owned());
    }
    out
}

/// Calls `visit` with every text field and the default language of its
/// region (for text every region shares, the first region's).
fn each_text_with_default(d: &mut Dataset, mut visit: impl FnMut(&TextSite, &str, &mut Text)) {
    let defaults: Vec<(RegionId, String)> =
        d.regions.iter().map(|r| (r.id.clone(), r.default_language().to_owned())).collect();
    let shared = languages_of(d, None).swap_remove(0);
    each_text(d, |site, text| {
        let default = site
            .region
            .as_ref()
            .and_then(|id| defaults.iter().find(|(r, _)| r == id))
            .map_or(shared.as_str(), |(_, lang)| lang.as_str());
        visit(site, default, text);
    });
}

/// Puts each text's default language first, so code that reads a text as a
/// `str` (the CLI, messages, the export's plain fields) reads the default.
pub fn settle(d: &mut Dataset) {
    each_text_with_default(d, |_, default, text| text.settle(default));
}

/// The dataset with every text in `lang` alone, falling back to the default
/// language where a text lacks it. Names of credentials and organisations
/// keep the default-language name beside the translation, so a person can
/// match them to the name on a certificate or a sign.
pub fn in_language(d: &Dataset, lang: &str) -> Dataset {
    let mut out = d.clone();
    each_text_with_default(&mut out, |site, default, text| {
        *text = if site.proper_name { text.resolve_with_original(lang, default) } else { text.resolve(lang, default) };
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{load_files, RawFile};

    fn load(yaml: &str) -> Dataset {
        let loaded = load_files(&[RawFile { path: "a.yaml".into(), bytes: yaml.as_bytes().to_vec() }]);
        assert!(loaded.diagnostics.0.is_empty(), "{:?}", loaded.diagnostics);
        loaded.dataset
    }

    const TRANSLATED: &str = "
regions:
  - id: here
    name: {es: Aquí, en: Here}
    languages: [en, es]
credentials:
  - id: cna
    name: {en: Certified nursing assistant, es: Asistente de enfermería certificado}
    kind: certification
occupations:
  - id: aide
    soc: 31-1131
    region: here
    title: {en: Aide, es: Auxiliar}
    description: Plain English only.
partners:
  - {id: fund, name: {en: Training Fund, es: Fondo de Capacitación}, roles: [funder], region: here}
  - {id: employers, name: {en: Area employers, es: Empleadores de la zona}, roles: [employer], region: here, illustrative: true}
";

    #[test]
    fn settles_and_resolves_each_language() {
        let d = load(TRANSLATED);
        assert_eq!(d.regions[0].name.as_str(), "Here");
        let es = in_language(&d, "es");
        assert_eq!(es.regions[0].name.as_str(), "Aquí");
        assert_eq!(es.occupations[0].title.as_str(), "Auxiliar");
        assert_eq!(es.occupations[0].description.as_deref(), Some("Plain English only."));
        assert_eq!(
            es.credentials[0].name.as_str(),
            "Asistente de enfermería certificado (Certified nursing assistant)"
        );
        assert_eq!(es.partners[0].name.as_str(), "Fondo de Capacitación (Training Fund)", "a named organisation");
        assert_eq!(es.partners[1].name.as_str(), "Empleadores de la zona", "a description, not a name");
        let en = in_language(&d, "en");
        assert_eq!(en.credentials[0].name.as_str(), "Certified nursing assistant");
        assert!(!en.regions[0].name.is_translated());
    }

    /// Every text field of the model, as `Type.field` in the JSON Schema.
    const TEXT_FIELDS: [&str; 11] = [
        "Credential.description",
        "Credential.issuer",
        "Credential.name",
        "Funding.eligibility",
        "Occupation.description",
        "Occupation.title",
        "Partner.description",
        "Partner.name",
        "Program.name",
        "Region.description",
        "Region.name",
    ];

    #[test]
    fn the_schema_has_no_text_field_the_walk_does_not_know() {
        let schema: serde_json::Value = serde_json::from_str(&crate::schema::pathway_file_schema()).expect("json");
        let mut found = Vec::new();
        for (name, def) in schema["$defs"].as_object().expect("defs") {
            for (field, property) in def["properties"].as_object().into_iter().flatten() {
                if property.to_string().contains("#/$defs/Text") {
                    found.push(format!("{name}.{field}"));
                }
            }
        }
        found.sort();
        // `Source.citation` is walked wherever a source is: programs, pay rates.
        assert_eq!(found, [&TEXT_FIELDS[..], &["Source.citation", "Step.note"]].concat());
    }

    #[test]
    fn every_text_field_is_visited() {
        let yaml = "
regions:
  - {id: here, name: N, description: D, languages: [en, es]}
occupations:
  - id: aide
    soc: 31-1131
    region: here
    title: T
    description: D
    pay: {hourly: 20, source: {citation: C, date: '2025'}}
credentials:
  - {id: cna, name: N, kind: certification, issuer: I, description: D}
programs:
  - id: p
    name: N
    kind: college
    region: here
    provider: x
    months: 1
    cost: 0
    awards: [cna]
    schedule: [evening]
    funding: [{by: x, kind: grant, eligibility: E}]
    source: {citation: C, date: '2025'}
steps:
  - {to: aide, note: N, pay: {hourly: 21, source: {citation: C, date: '2025'}}}
partners:
  - {id: x, name: N, roles: [employer], region: here, description: D}
";
        let mut d = load(yaml);
        let mut seen = Vec::new();
        each_text(&mut d, |site, _| seen.push(format!("{:?}.{}", site.section, site.field)));
        assert_eq!(
            seen,
            [
                "Regions.name",
                "Regions.description",
                "Occupations.title",
                "Occupations.description",
                "Occupations.citation",
                "Credentials.name",
                "Credentials.issuer",
                "Credentials.description",
                "Programs.name",
                "Programs.eligibility",
                "Programs.citation",
                "Steps.note",
                "Steps.citation",
                "Partners.name",
                "Partners.description",
            ]
        );
    }
}
