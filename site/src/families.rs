//! Kinds of work: the 23 major groups of the 2018 Standard Occupational
//! Classification (SOC), by which the start picker groups a large region's
//! jobs and the map of a large region shows one kind at a time. A family is
//! an index into the catalog's `job_families` list, whose last entry, "other
//! jobs", holds a code that names no group.

/// The major groups' two-digit codes, in the order of the catalog's
/// `job_families`.
const CODES: [&str; 23] = [
    "11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33", "35", "37", "39", "41", "43", "45", "47",
    "49", "51", "53", "55",
];

/// How many families there are: the major groups and "other jobs".
pub const FAMILIES: usize = CODES.len() + 1;

/// The family of a SOC code (`29-1141` is in 29, health care practitioners).
pub fn family_of(soc: &str) -> usize {
    soc.get(..2).and_then(index_of_code).unwrap_or(CODES.len())
}

/// The family of a major group's two-digit code, as a link gives it.
pub fn index_of_code(code: &str) -> Option<usize> {
    CODES.iter().position(|c| *c == code)
}

/// A family's two-digit code, for the link; `None` for "other jobs".
pub fn code_of(family: usize) -> Option<&'static str> {
    CODES.get(family).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_follow_the_soc_major_groups() {
        assert_eq!(family_of("11-1011"), 0);
        assert_eq!(family_of("29-1141"), 9);
        assert_eq!(family_of("55-1011"), 22);
        assert_eq!(family_of("53-7062"), 21);
        assert_eq!(family_of("12-3456"), 23);
        assert_eq!(family_of(""), 23);
        assert_eq!(family_of("x"), 23);
        assert_eq!(code_of(9), Some("29"));
        assert_eq!(code_of(23), None);
        assert_eq!(index_of_code("31"), Some(10));
        assert_eq!(index_of_code("32"), None);
    }
}
