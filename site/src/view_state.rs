//! The view's whole state, as it lives in the URL query string: every view is
//! a link that restores exactly that view. A plain struct with methods; the
//! components read it and write it back through the app's one signal.

use crate::i18n::Lang;
use pathway_model::eligibility::Person;
use pathway_model::model::CredentialKind;
use pathway_model::{CredentialId, OccupationId, PartnerId, PathwayGraph, RegionId};
use pathway_routes::{Constraints, RouteQuery, StudyTimes};

/// Where the person starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// No job yet.
    NoJob,
    /// The occupation they hold now, by id.
    Occupation(String),
}

/// Everything the page shows, as a value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The region id, when the data has several.
    pub region: Option<String>,
    /// Where the person starts; `None` until they pick.
    pub start: Option<Start>,
    /// The occupation id they aim for.
    pub target: Option<String>,
    /// They have no high-school diploma or GED yet.
    pub no_diploma: bool,
    /// They are still learning English.
    pub learning_english: bool,
    /// Other credential ids they hold.
    pub holds: Vec<String>,
    /// They can study only evenings, weekends or online.
    pub evenings: bool,
    /// They must keep earning while they train.
    pub keep_earning: bool,
    /// They have no car.
    pub no_car: bool,
    /// The page's language, once chosen (by the link, the switch, or the
    /// browser's language on a first visit).
    pub lang: Option<Lang>,
    /// How many months they have worked in their current job, when said.
    pub months_in_job: Option<u32>,
    /// The partner id of their employer, when said.
    pub employer: Option<String>,
    /// The partner id of the union or training fund they belong to, when said.
    pub union: Option<String>,
    /// They qualify for public workforce training funds.
    pub income_eligible: bool,
    /// Their age, when said.
    pub age: Option<u32>,
    /// They are enrolled in high school.
    pub in_high_school: bool,
    /// They have the lived experience peer programs ask for.
    pub lived_experience: bool,
    /// The page is shown inside a partner's own page: no masthead or
    /// credits, and a link that opens the full site in a new tab.
    pub embed: bool,
    /// The most months the route may take.
    pub max_months: Option<u32>,
    /// The most the route may cost them, in dollars.
    pub max_cost: Option<u32>,
    /// The route shown in the ladder, by index.
    pub route: Option<usize>,
    /// The rung of that route whose details are open, by index.
    pub rung: Option<usize>,
    /// The routes being compared, by index.
    pub compare: Vec<usize>,
    /// How many routes the list shows, when more than one page's worth.
    pub shown: Option<usize>,
    /// The page shows the whole map of the region rather than the routes.
    pub map: bool,
    /// The kind of work the map of a large region shows, as the index of its
    /// SOC major group (see `crate::families`).
    pub family: Option<usize>,
}

/// How many routes the list shows at first, and adds on each request for more.
/// A dataset can give thousands of routes; drawing them all at once would
/// freeze a cheap phone, and nobody reads past the first few dozen.
pub const ROUTES_PER_PAGE: usize = 10;

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn list(value: &str) -> Vec<String> {
    value.split(',').filter(|s| !s.is_empty() && s.len() <= MAX_ID_LEN).map(str::to_owned).collect()
}

/// The longest id a pathway file may use; a longer value in the address
/// names nothing in the data, and is ignored rather than drawn.
const MAX_ID_LEN: usize = 64;

/// True for a value that can be an id: not empty, not longer than any id.
fn id_like(value: &str) -> bool {
    !value.is_empty() && value.len() <= MAX_ID_LEN
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Unknown keys and
    /// malformed values are ignored, so an old or hand-edited link still opens.
    pub fn from_query(query: &str) -> Self {
        let mut state = Self::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let flag = value == "1";
            match key {
                "region" if id_like(&value) => state.region = Some(value),
                "from" if value == "none" => state.start = Some(Start::NoJob),
                "from" if id_like(&value) => state.start = Some(Start::Occupation(value)),
                "to" if id_like(&value) => state.target = Some(value),
                "nodiploma" => state.no_diploma = flag,
                "learning-english" => state.learning_english = flag,
                "holds" => state.holds = list(&value),
                "evenings" => state.evenings = flag,
                "keep-earning" => state.keep_earning = flag,
                "no-car" => state.no_car = flag,
                "lang" => state.lang = Lang::from_code(&value),
                "months-in-job" => state.months_in_job = value.parse().ok(),
                "employer" if id_like(&value) => state.employer = Some(value),
                "union" if id_like(&value) => state.union = Some(value),
                "income-eligible" => state.income_eligible = flag,
                "age" => state.age = value.parse().ok().filter(|&a| a <= 120),
                "in-high-school" => state.in_high_school = flag,
                "lived-experience" => state.lived_experience = flag,
                "embed" => state.embed = flag,
                "view" => state.map = value == "map",
                "family" => state.family = crate::families::index_of_code(&value),
                "max-months" => state.max_months = value.parse().ok(),
                "max-cost" => state.max_cost = value.parse().ok(),
                "route" => state.route = value.parse().ok(),
                "rung" => state.rung = value.parse().ok(),
                "shown" => state.shown = value.parse().ok().filter(|&n| n > ROUTES_PER_PAGE),
                "compare" => {
                    // Each route once, at most three.
                    state.compare.clear();
                    for route in list(&value).iter().filter_map(|v| v.parse().ok()) {
                        if !state.compare.contains(&route) && state.compare.len() < 3 {
                            state.compare.push(route);
                        }
                    }
                }
                _ => {}
            }
        }
        state
    }

    /// The query string for this state, starting with `?`, or empty for the start page.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        let mut put = |key: &str, value: String| pairs.push(format!("{key}={}", encode(&value)));
        if let Some(lang) = self.lang {
            put("lang", lang.code().to_owned());
        }
        if let Some(region) = &self.region {
            put("region", region.clone());
        }
        match &self.start {
            Some(Start::NoJob) => put("from", "none".into()),
            Some(Start::Occupation(id)) => put("from", id.clone()),
            None => {}
        }
        if let Some(to) = &self.target {
            put("to", to.clone());
        }
        for (key, on) in [
            ("nodiploma", self.no_diploma),
            ("learning-english", self.learning_english),
            ("evenings", self.evenings),
            ("keep-earning", self.keep_earning),
            ("no-car", self.no_car),
            ("income-eligible", self.income_eligible),
            ("in-high-school", self.in_high_school),
            ("lived-experience", self.lived_experience),
            ("embed", self.embed),
        ] {
            if on {
                put(key, "1".into());
            }
        }
        if !self.holds.is_empty() {
            put("holds", self.holds.join(","));
        }
        if let Some(m) = self.months_in_job {
            put("months-in-job", m.to_string());
        }
        if let Some(e) = &self.employer {
            put("employer", e.clone());
        }
        if let Some(u) = &self.union {
            put("union", u.clone());
        }
        if let Some(a) = self.age {
            put("age", a.to_string());
        }
        if let Some(m) = self.max_months {
            put("max-months", m.to_string());
        }
        if let Some(c) = self.max_cost {
            put("max-cost", c.to_string());
        }
        if let Some(r) = self.route {
            put("route", r.to_string());
        }
        if let Some(r) = self.rung {
            put("rung", r.to_string());
        }
        if !self.compare.is_empty() {
            let list: Vec<String> = self.compare.iter().map(usize::to_string).collect();
            put("compare", list.join(","));
        }
        if let Some(n) = self.shown {
            put("shown", n.to_string());
        }
        if self.map {
            put("view", "map".into());
        }
        if let Some(code) = self.family.and_then(crate::families::code_of) {
            put("family", code.to_owned());
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// The region in effect: the chosen one when the data has it, else the first.
    pub fn region_in<'g>(&self, graph: &'g PathwayGraph) -> Option<&'g RegionId> {
        let regions = graph.regions();
        self.region
            .as_deref()
            .and_then(|r| regions.iter().find(|x| x.id.as_str() == r))
            .or_else(|| regions.first())
            .map(|r| &r.id)
    }

    /// The route query this view asks, or `None` until a start is picked.
    pub fn route_query(&self, graph: &PathwayGraph) -> Option<RouteQuery> {
        let start = match self.start.as_ref()? {
            Start::NoJob => None,
            Start::Occupation(id) => Some(OccupationId(id.clone())),
        };
        let mut holds: Vec<CredentialId> = self
            .holds
            .iter()
            .filter(|id| graph.credential_ix(&CredentialId((*id).clone())).is_some())
            .map(|id| CredentialId(id.clone()))
            .collect();
        for credential in &graph.dataset().credentials {
            let assumed = match credential.kind {
                CredentialKind::Diploma => !self.no_diploma,
                CredentialKind::EnglishLevel => !self.learning_english,
                _ => false,
            };
            if assumed && !holds.contains(&credential.id) {
                holds.push(credential.id.clone());
            }
        }
        let target = self.target.as_ref().map(|t| OccupationId(t.clone())).filter(|t| graph.occupation_ix(t).is_some());
        // A partner the data does not have (an old or hand-edited link) is left out.
        let partner =
            |id: &Option<String>| id.as_ref().map(|p| PartnerId(p.clone())).filter(|p| graph.partner_ix(p).is_some());
        Some(RouteQuery {
            start: start.filter(|s| graph.occupation_ix(s).is_some()),
            region: self.region_in(graph).cloned(),
            holds,
            experience_months: self.months_in_job.map_or(0.0, f64::from),
            target,
            person: Person {
                employer: partner(&self.employer),
                months_with_employer: self.months_in_job.map_or(0.0, f64::from),
                member_of: partner(&self.union).into_iter().collect(),
                income_eligible: self.income_eligible,
                age: self.age,
                in_high_school: self.in_high_school,
                lived_experience: self.lived_experience,
            },
            constraints: Constraints {
                study_times: if self.evenings { StudyTimes::OutsideWorkHours } else { StudyTimes::Any },
                max_months: self.max_months.map(f64::from),
                max_cost: self.max_cost.map(f64::from),
                keep_earning: self.keep_earning,
                no_car: self.no_car,
            },
        })
    }

    /// The same situation with the route choice and details cleared, for when
    /// the question changes and old route numbers no longer mean the same routes.
    pub fn with_new_question(mut self) -> Self {
        self.route = None;
        self.rung = None;
        self.compare.clear();
        self.shown = None;
        self
    }

    /// How many routes of `total` the list shows: a page, or more when asked,
    /// and always enough to include the route in the ladder.
    pub fn routes_listed(&self, total: usize) -> usize {
        let wanted = self.shown.unwrap_or(ROUTES_PER_PAGE).max(self.route.map_or(0, |r| r + 1));
        wanted.min(total)
    }

    /// Lists one more page of routes.
    pub fn show_more_routes(mut self, total: usize) -> Self {
        let next = self.routes_listed(total) + ROUTES_PER_PAGE;
        self.shown = Some(next.min(total).max(ROUTES_PER_PAGE + 1));
        self
    }

    /// The view without the target, credentials, employer or union it names
    /// that `graph` does not have (an old link, a hand-edited one), so the
    /// address says only what the page shows.
    pub fn known_to(mut self, graph: &PathwayGraph) -> Self {
        let job = |id: &String| graph.occupation_ix(&OccupationId(id.clone())).is_some();
        let partner = |id: &String| graph.partner_ix(&PartnerId(id.clone())).is_some();
        self.target = self.target.filter(job);
        self.holds.retain(|id| graph.credential_ix(&CredentialId(id.clone())).is_some());
        self.employer = self.employer.filter(partner);
        self.union = self.union.filter(partner);
        self
    }

    /// The view with its route, rung, comparison and page bounded to the
    /// routes found, given each route's number of rungs: a link naming route
    /// 999 or comparing routes that do not exist keeps only what exists.
    pub fn bounded_to(mut self, rungs_per_route: &[usize]) -> Self {
        let found = rungs_per_route.len();
        if self.route.is_some_and(|r| r >= found) {
            self.route = None;
        }
        let rungs = rungs_per_route.get(self.route.unwrap_or(0)).copied().unwrap_or(0);
        if self.rung.is_some_and(|k| k >= rungs) {
            self.rung = None;
        }
        self.compare.retain(|&r| r < found);
        if self.shown.is_some_and(|n| n > found) {
            self.shown = (found > ROUTES_PER_PAGE).then_some(found);
        }
        self
    }

    /// Whether the view goes past the first one (choosing a region and a
    /// job): it has a job or the map, so it needs the region's whole bundle
    /// and the journey's code.
    pub fn needs_journey(&self) -> bool {
        self.start.is_some() || self.map
    }

    /// The view after choosing the occupation `id` on the map: it becomes
    /// where the person starts when they have not said, else their target,
    /// and the page shows the routes for it.
    pub fn chosen_on_map(&self, id: &str) -> Self {
        let mut next = self.clone().with_new_question();
        match next.start {
            None => next.start = Some(Start::Occupation(id.to_owned())),
            Some(_) => next.target = Some(id.to_owned()),
        }
        next.map = false;
        next
    }

    /// Adds a route to the comparison, or removes it; at most three are kept.
    pub fn toggle_compare(mut self, route: usize) -> Self {
        if let Some(at) = self.compare.iter().position(|&r| r == route) {
            self.compare.remove(at);
        } else if self.compare.len() < 3 {
            self.compare.push(route);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_from_a_link_are_bounded_to_the_routes_found() {
        let asked = ViewState::from_query("?from=a&route=999999999&rung=3&compare=0,97,98&shown=500");
        let bounded = asked.bounded_to(&[2, 4, 1]);
        assert_eq!((bounded.route, bounded.rung), (None, None));
        assert_eq!(bounded.compare, [0]);
        assert_eq!(bounded.shown, None);
        let fine = ViewState::from_query("?from=a&route=1&rung=3&compare=2,0");
        assert_eq!(fine.clone().bounded_to(&[2, 4, 1]), fine);
        let rung_too_far = ViewState::from_query("?from=a&route=2&rung=1").bounded_to(&[2, 4, 1]);
        assert_eq!((rung_too_far.route, rung_too_far.rung), (Some(2), None));
        let many: Vec<usize> = vec![1; ROUTES_PER_PAGE + 5];
        assert_eq!(ViewState::from_query("?from=a&shown=900").bounded_to(&many).shown, Some(ROUTES_PER_PAGE + 5));
    }

    #[test]
    fn round_trips_every_field() {
        let state = ViewState {
            region: Some("baltimore".into()),
            start: Some(Start::Occupation("evs-aide".into())),
            target: Some("rn".into()),
            no_diploma: true,
            learning_english: true,
            holds: vec!["cna-gna".into(), "cmt".into()],
            evenings: true,
            keep_earning: true,
            no_car: true,
            lang: Some(Lang::Es),
            months_in_job: Some(6),
            employer: Some("baltimore-hospitals".into()),
            union: Some("fund".into()),
            income_eligible: true,
            age: Some(30),
            in_high_school: true,
            lived_experience: true,
            embed: true,
            max_months: Some(12),
            max_cost: Some(500),
            route: Some(2),
            rung: Some(1),
            compare: vec![0, 2],
            shown: Some(40),
            map: true,
            family: Some(crate::families::index_of_code("29").expect("a SOC major group")),
        };
        assert_eq!(ViewState::from_query(&state.to_query()), state);
        let none = ViewState { start: Some(Start::NoJob), ..ViewState::default() };
        assert_eq!(none.to_query(), "?from=none");
        assert_eq!(ViewState::from_query("?from=none"), none);
    }

    #[test]
    fn ignores_junk_and_decodes_escapes() {
        let state = ViewState::from_query("?from=evs%2Daide&max-months=abc&bogus=1&compare=1,x,2,3,4&%zz");
        assert_eq!(state.start, Some(Start::Occupation("evs-aide".into())));
        assert_eq!(state.max_months, None);
        assert_eq!(state.compare, vec![1, 2, 3]);
        assert_eq!(ViewState::from_query(""), ViewState::default());
        assert_eq!(decode("a%"), "a%");
    }

    #[test]
    fn values_from_the_address_are_bounded() {
        let long = "a".repeat(100_000);
        let state = ViewState::from_query(&format!(
            "?from={long}&to={long}&region={long}&holds={long},cna&compare=0,0,2,0,5,7"
        ));
        assert_eq!(state.start, None);
        assert_eq!(state.target, None);
        assert_eq!(state.region, None);
        assert_eq!(state.holds, ["cna"]);
        assert_eq!(state.compare, [0, 2, 5]);
    }

    #[test]
    fn lists_a_page_of_routes_and_more_on_request() {
        let state = ViewState::default();
        assert_eq!(state.routes_listed(5), 5);
        assert_eq!(state.routes_listed(1000), ROUTES_PER_PAGE);
        let more = state.show_more_routes(1000);
        assert_eq!(more.routes_listed(1000), 2 * ROUTES_PER_PAGE);
        assert_eq!(ViewState::from_query(&more.to_query()), more);
        // The route in the ladder is always listed, even past the page.
        let deep = ViewState { route: Some(57), ..ViewState::default() };
        assert_eq!(deep.routes_listed(1000), 58);
        // A new question starts again from one page.
        assert_eq!(more.with_new_question().routes_listed(1000), ROUTES_PER_PAGE);
        // A link asking for less than a page, or for nonsense, lists one page.
        assert_eq!(ViewState::from_query("?shown=3").shown, None);
        assert_eq!(ViewState::from_query("?shown=x").shown, None);
    }

    #[test]
    fn choosing_on_the_map_sets_the_start_first_then_the_target() {
        let map = ViewState::from_query("?view=map&route=2");
        assert!(map.map);
        assert!(map.needs_journey());
        assert!(!ViewState::from_query("?region=denver&lang=es").needs_journey());
        assert!(ViewState::from_query("?from=none").needs_journey());
        let started = map.chosen_on_map("cna");
        assert_eq!(
            (started.start.clone(), started.target.clone(), started.map),
            (Some(Start::Occupation("cna".into())), None, false)
        );
        let aimed = ViewState { map: true, ..started }.chosen_on_map("rn");
        assert_eq!(aimed.start, Some(Start::Occupation("cna".into())));
        assert_eq!((aimed.target.as_deref(), aimed.route, aimed.map), (Some("rn"), None, false));
        assert!(!ViewState::from_query("?view=routes").map);
    }

    #[test]
    fn comparison_holds_at_most_three() {
        let s = ViewState::default().toggle_compare(0).toggle_compare(1).toggle_compare(2).toggle_compare(3);
        assert_eq!(s.compare, vec![0, 1, 2]);
        assert_eq!(s.toggle_compare(1).compare, vec![0, 2]);
    }
}
