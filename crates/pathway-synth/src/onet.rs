//! The real O*NET occupation list (codes and titles) the generator builds on,
//! the names of the SOC 2018 major groups its ladders are grouped by, and the
//! real national median wages it ranks occupations by.
//!
//! The list is O*NET 29.2 Database by the U.S. Department of Labor, Employment
//! and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.

/// The committed, trimmed O*NET 29.2 "Occupation Data" file: a comment header,
/// then one `code<TAB>title` line per occupation.
const ONET_TSV: &str = include_str!("../data/onet-occupations.tsv");

/// National annual median wages by SOC code, from BLS OEWS May 2025 (public
/// domain): a comment header, then one `soc<TAB>dollars` line per occupation.
const OEWS_MEDIANS_TSV: &str = include_str!("../data/oews-national-medians.tsv");

/// The credit line the O*NET license asks for wherever these titles are shown.
pub const ONET_ATTRIBUTION: &str = "O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license";

/// One O*NET occupation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnetOccupation {
    /// The O*NET-SOC 2019 code, such as `29-1141.01`.
    pub code: &'static str,
    /// The O*NET title, such as "Acute Care Nurses".
    pub title: &'static str,
}

impl OnetOccupation {
    /// The SOC 2018 code BLS publishes wages under: the first 7 characters of the O*NET code.
    pub fn soc(&self) -> &'static str {
        &self.code[..7]
    }

    /// The SOC major group, such as `29`.
    pub fn major_group(&self) -> &'static str {
        &self.code[..2]
    }
}

/// Every occupation of the committed list, in code order.
pub fn occupations() -> Vec<OnetOccupation> {
    ONET_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (code, title) = l.split_once('\t').expect("each O*NET line is code<TAB>title");
            OnetOccupation { code: code.trim(), title: title.trim() }
        })
        .collect()
}

/// The real national annual median wage of each SOC code that has one (BLS
/// OEWS May 2025). The generator ranks occupations by it; it does not copy it.
pub fn national_medians() -> std::collections::HashMap<&'static str, f64> {
    OEWS_MEDIANS_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (soc, wage) = l.split_once('\t')?;
            Some((soc.trim(), wage.trim().parse().ok()?))
        })
        .collect()
}

/// The SOC 2018 major groups: code and name.
pub const MAJOR_GROUPS: [(&str, &str); 23] = [
    ("11", "Management"),
    ("13", "Business and Financial Operations"),
    ("15", "Computer and Mathematical"),
    ("17", "Architecture and Engineering"),
    ("19", "Life, Physical, and Social Science"),
    ("21", "Community and Social Service"),
    ("23", "Legal"),
    ("25", "Educational Instruction and Library"),
    ("27", "Arts, Design, Entertainment, Sports, and Media"),
    ("29", "Healthcare Practitioners and Technical"),
    ("31", "Healthcare Support"),
    ("33", "Protective Service"),
    ("35", "Food Preparation and Serving Related"),
    ("37", "Building and Grounds Cleaning and Maintenance"),
    ("39", "Personal Care and Service"),
    ("41", "Sales and Related"),
    ("43", "Office and Administrative Support"),
    ("45", "Farming, Fishing, and Forestry"),
    ("47", "Construction and Extraction"),
    ("49", "Installation, Maintenance, and Repair"),
    ("51", "Production"),
    ("53", "Transportation and Material Moving"),
    ("55", "Military Specific"),
];

/// The position of a major group in [`MAJOR_GROUPS`].
pub fn group_index(code: &str) -> Option<usize> {
    MAJOR_GROUPS.iter().position(|(c, _)| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_whole_and_grouped() {
        let list = occupations();
        assert_eq!(list.len(), 1016);
        assert!(
            list.iter().all(|o| o.code.len() == 10 && group_index(o.major_group()).is_some()),
            "every code is NN-NNNN.NN in a known group"
        );
        assert!(ONET_TSV.starts_with(&format!("# {ONET_ATTRIBUTION}.")));
        assert_eq!(national_medians().len(), 830);
    }
}
