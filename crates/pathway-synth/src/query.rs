//! The queries the benchmarks time, shared so the native and the WebAssembly
//! benchmarks ask exactly the same thing.

use pathway_model::OccupationId;
use pathway_routes::{Constraints, RouteQuery, StudyTimes};

/// One benchmark query from an entry role, holding nothing, with no target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BenchQuery {
    /// Every Pareto route, no constraints: the query.
    Free,
    /// Evenings, weekends or online only, and at most 24 months in all.
    EveningsWithin24Months,
    /// At most this many months in all, nothing else: shows how the time
    /// grows with the length of the routes the search must explore.
    WithinMonths(u32),
}

impl BenchQuery {
    /// A short label for tables.
    pub fn label(self) -> String {
        match self {
            Self::Free => "none".to_owned(),
            Self::EveningsWithin24Months => "evenings, ≤24 months".to_owned(),
            Self::WithinMonths(m) => format!("≤{m} months"),
        }
    }

    /// A token for command lines: `free`, `evenings24`, `months:36`.
    pub fn token(self) -> String {
        match self {
            Self::Free => "free".to_owned(),
            Self::EveningsWithin24Months => "evenings24".to_owned(),
            Self::WithinMonths(m) => format!("months:{m}"),
        }
    }

    /// The query a [`BenchQuery::token`] names.
    pub fn from_token(token: &str) -> Option<Self> {
        match token {
            "free" => Some(Self::Free),
            "evenings24" => Some(Self::EveningsWithin24Months),
            _ => token.strip_prefix("months:")?.parse().ok().map(Self::WithinMonths),
        }
    }

    /// The route query from `entry`.
    pub fn route_query(self, entry: &OccupationId) -> RouteQuery {
        let constraints = match self {
            Self::Free => Constraints::default(),
            Self::EveningsWithin24Months => Constraints {
                study_times: StudyTimes::OutsideWorkHours,
                max_months: Some(24.0),
                ..Constraints::default()
            },
            Self::WithinMonths(m) => Constraints { max_months: Some(f64::from(m)), ..Constraints::default() },
        };
        RouteQuery { start: Some(entry.clone()), constraints, ..RouteQuery::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        for q in [BenchQuery::Free, BenchQuery::EveningsWithin24Months, BenchQuery::WithinMonths(36)] {
            assert_eq!(BenchQuery::from_token(&q.token()), Some(q));
        }
        assert_eq!(BenchQuery::from_token("months:x"), None);
    }
}
