//! Languages. A region's `languages` must be language codes, each once; a
//! text must be given in every language its region declares and in no
//! other, so the site never shows a visitor a page half in one language.

use super::{step_owner, Validator};
use crate::languages::{languages_of, TextSite};
use crate::origins::Section;
use pathway_model::ids::RegionId;
use pathway_model::text::is_language_code;
use std::collections::HashMap;

impl<'a> Validator<'a> {
    /// Each region's declared languages, then every text against them.
    pub(super) fn languages(&mut self) {
        let d = self.data;
        for (i, r) in d.regions.iter().enumerate() {
            for (n, lang) in r.languages.iter().enumerate() {
                if !is_language_code(lang) {
                    self.error(
                        Section::Regions,
                        i,
                        Some("languages"),
                        format!("region `{}`: `{lang}` is not a language code", r.id),
                    )
                    .help = Some("use two-letter codes such as `en` for English and `es` for Spanish".to_owned());
                } else if r.languages[..n].contains(lang) {
                    self.error(
                        Section::Regions,
                        i,
                        Some("languages"),
                        format!("region `{}`: the language `{lang}` is listed twice", r.id),
                    )
                    .help = Some("list each language once, the default first".to_owned());
                }
            }
        }
        /// What a text lacks or has too many of, against its region's languages.
        enum Gap {
            Missing(Vec<String>),
            Extra(String),
        }
        // Each region's languages, worked out once rather than for every text.
        let mut declared_by: HashMap<Option<&RegionId>, Vec<String>> = HashMap::new();
        let mut found: Vec<(TextSite, Gap, String)> = Vec::new();
        for (site, text) in &self.texts {
            let declared =
                declared_by.entry(site.region.as_ref()).or_insert_with(|| languages_of(d, site.region.as_ref()));
            let given: Vec<Option<&str>> = text.iter().map(|(lang, _)| lang).collect();
            // A plain string counts as the default language, the first declared.
            let has =
                |lang: &str| given.iter().any(|g| g.is_none_or(|g| g == lang) && (g.is_some() || lang == declared[0]));
            let missing: Vec<String> = declared.iter().filter(|l| !has(l)).cloned().collect();
            if !missing.is_empty() {
                found.push((site.clone(), Gap::Missing(missing), declared.join(", ")));
            }
            for lang in given.iter().flatten().filter(|g| !declared.iter().any(|l| l == *g)) {
                found.push((site.clone(), Gap::Extra((*lang).to_owned()), declared.join(", ")));
            }
        }
        for (site, gap, declared) in found {
            let owner = self.owner(site.section, site.index);
            let field = site.field;
            match gap {
                Gap::Extra(extra) => {
                    let message = format!(
                        "{owner}: `{field}` is given in `{extra}`, which is not one of the region's languages ({declared})"
                    );
                    self.warning(site.section, site.index, Some(field), message);
                    if let Some(d) = self.out.0.last_mut() {
                        d.help = Some(format!(
                            "add `{extra}` to the region's `languages` so the site offers it, or remove the `{extra}:` line"
                        ));
                    }
                }
                Gap::Missing(langs) => {
                    let list = langs.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ");
                    let message =
                        format!("{owner}: `{field}` has no text in {list}; the region's languages are {declared}");
                    self.warning(site.section, site.index, Some(field), message);
                    if let Some(d) = self.out.0.last_mut() {
                        d.help = Some(format!(
                            "write it as a map, one line per language, such as `{field}: {{{}}}`; until then the site shows the default language's text",
                            declared.split(", ").map(|l| format!("{l}: ...")).collect::<Vec<_>>().join(", ")
                        ));
                    }
                }
            }
        }
    }

    /// How messages name entry `index` of `section`.
    pub(super) fn owner(&self, section: Section, index: usize) -> String {
        let d = self.data;
        match section {
            Section::Regions => format!("region `{}`", d.regions[index].id),
            Section::Occupations => format!("occupation `{}`", d.occupations[index].id),
            Section::Credentials => format!("credential `{}`", d.credentials[index].id),
            Section::Programs => format!("program `{}`", d.programs[index].id),
            Section::Steps => step_owner(&d.steps[index]),
            Section::Partners => format!("partner `{}`", d.partners[index].id),
            Section::Wages => format!("wage for `{}`", d.wages[index].soc),
        }
    }
}
