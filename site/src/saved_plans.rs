//! Plans a person chose to keep, held in this browser's local storage and
//! nowhere else. A saved plan is only a view's link and a label for it: the
//! routes themselves are worked out again from the data when it is opened, so
//! a plan saved before the data changed shows today's figures.
//!
//! The stored text is one plan per line, `query<TAB>label`, which needs no
//! JSON reader in the WebAssembly and survives hand editing in the browser's
//! developer tools.

/// The local storage key the plans live under.
pub const STORAGE_KEY: &str = "pathways.saved-plans";

/// The most plans kept; saving one more is refused until one is deleted,
/// so no plan is ever forgotten without the person choosing it.
pub const MAX_SAVED_PLANS: usize = 20;

/// One saved plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedPlan {
    /// The view's query string, starting with `?`.
    pub query: String,
    /// What the person reads in the list, such as "Housekeeper → Registered nurse".
    pub label: String,
}

/// Every saved plan, newest first, and the stored lines that are not plans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedPlans {
    /// The plans, newest first.
    pub plans: Vec<SavedPlan>,
    /// Stored lines this build does not read as plans (damaged, or written
    /// by another version); written back as they were, never dropped.
    pub unreadable: Vec<String>,
}

/// Why a plan was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanRefusal {
    /// The browser keeps no site data (private browsing, blocked storage) or its storage is full.
    Unavailable,
    /// The list already holds [`MAX_SAVED_PLANS`] plans.
    Full,
}

/// Tabs and line breaks would split a stored line, so labels lose them.
fn one_line(label: &str) -> String {
    label.split(['\t', '\n', '\r']).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}

impl SavedPlans {
    /// Reads the stored text. Lines that are not a plan are kept aside rather
    /// than failing the whole list, so one damaged entry never hides the others.
    pub fn parse(text: &str) -> Self {
        let mut out = Self::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            match line.split_once('\t') {
                Some((query, label)) if query.starts_with('?') && !label.trim().is_empty() => {
                    out.plans.push(SavedPlan { query: query.to_owned(), label: label.to_owned() })
                }
                _ => out.unreadable.push(line.to_owned()),
            }
        }
        out
    }

    /// The text to store: the plans, then the lines kept unread.
    pub fn to_text(&self) -> String {
        let plans = self.plans.iter().map(|p| format!("{}\t{}\n", p.query, one_line(&p.label)));
        plans.chain(self.unreadable.iter().map(|l| format!("{l}\n"))).collect()
    }

    /// Keeps a plan at the top of the list. Saving a view already saved moves it
    /// to the top with its new label instead of listing it twice; a full list
    /// refuses a new plan rather than forget an old one.
    pub fn save(mut self, query: &str, label: &str) -> Result<Self, PlanRefusal> {
        let before = self.plans.len();
        self.plans.retain(|p| p.query != query);
        if self.plans.len() == before && before >= MAX_SAVED_PLANS {
            return Err(PlanRefusal::Full);
        }
        self.plans.insert(0, SavedPlan { query: query.to_owned(), label: one_line(label) });
        Ok(self)
    }

    /// Forgets exactly this plan: the first with its link and label.
    pub fn delete(mut self, plan: &SavedPlan) -> Self {
        if let Some(at) = self.plans.iter().position(|p| p == plan) {
            self.plans.remove(at);
        }
        self
    }

    /// Whether this view is saved.
    pub fn contains(&self, query: &str) -> bool {
        self.plans.iter().any(|p| p.query == query)
    }
}

fn local_storage() -> Result<web_sys::Storage, PlanRefusal> {
    // Private browsing and blocked site data make this fail or give nothing.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(PlanRefusal::Unavailable)
}

/// The plans this browser holds; none when storage is blocked.
pub fn load() -> SavedPlans {
    local_storage()
        .ok()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|text| SavedPlans::parse(&text))
        .unwrap_or_default()
}

/// Changes the stored plans: reads what the browser holds now (another tab
/// may have saved since this page last read it), applies `change`, and
/// writes the result back. An empty store removes the key, so deleting the
/// last plan leaves nothing of this site in the browser.
pub fn update(change: impl FnOnce(SavedPlans) -> Result<SavedPlans, PlanRefusal>) -> Result<SavedPlans, PlanRefusal> {
    let storage = local_storage()?;
    let now = storage.get_item(STORAGE_KEY).map_err(|_| PlanRefusal::Unavailable)?;
    let next = change(now.as_deref().map(SavedPlans::parse).unwrap_or_default())?;
    let written = if next.plans.is_empty() && next.unreadable.is_empty() {
        storage.remove_item(STORAGE_KEY)
    } else {
        // A full quota throws here; the person is told the plan was not kept.
        storage.set_item(STORAGE_KEY, &next.to_text())
    };
    written.map_err(|_| PlanRefusal::Unavailable)?;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(plans: &[(&str, &str)]) -> SavedPlans {
        plans.iter().fold(SavedPlans::default(), |p, (q, l)| p.save(q, l).expect("room"))
    }

    #[test]
    fn round_trips_and_keeps_newest_first() {
        let plans = saved(&[("?from=evs-aide", "EVS aide → RN"), ("?from=none", "No job → CNA")]);
        assert_eq!(plans.plans[0].query, "?from=none");
        assert_eq!(SavedPlans::parse(&plans.to_text()), plans);
    }

    #[test]
    fn saving_again_moves_to_top_without_duplicates() {
        let plans = saved(&[("?a=1", "A"), ("?b=1", "B"), ("?a=1", "A again")]);
        assert_eq!(plans.plans.len(), 2);
        assert_eq!(plans.plans[0], SavedPlan { query: "?a=1".into(), label: "A again".into() });
        assert!(plans.contains("?b=1"));
    }

    #[test]
    fn delete_forgets_exactly_the_plan_chosen() {
        let text = "?a=1\tFirst\n?a=1\tSecond\n?b=1\tB\n";
        let plans = SavedPlans::parse(text);
        let second = plans.plans[1].clone();
        let left = plans.delete(&second);
        let labels: Vec<&str> = left.plans.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["First", "B"]);
    }

    #[test]
    fn labels_with_tabs_and_newlines_stay_on_one_line() {
        let plans = saved(&[("?a=1", "Line\tone\nline two")]);
        assert_eq!(plans.plans[0].label, "Line one line two");
        assert_eq!(SavedPlans::parse(&plans.to_text()), plans);
    }

    #[test]
    fn lines_that_are_not_plans_are_kept_and_written_back() {
        let text = "?a=1\tA\ngarbage\nno-question\tX\n?b=1\t   \n?c=1\tC\n";
        let plans = SavedPlans::parse(text);
        let queries: Vec<&str> = plans.plans.iter().map(|p| p.query.as_str()).collect();
        assert_eq!(queries, ["?a=1", "?c=1"]);
        assert_eq!(plans.unreadable, ["garbage", "no-question\tX", "?b=1\t   "]);
        let after = plans.save("?d=1", "D").expect("room");
        for line in ["garbage", "no-question\tX"] {
            assert!(after.to_text().contains(line), "{line} lost");
        }
    }

    #[test]
    fn a_full_list_refuses_a_new_plan_and_loses_nothing() {
        let many: Vec<(String, &str)> = (0..MAX_SAVED_PLANS + 5).map(|i| (format!("?n={i}"), "plan")).collect();
        let text: String = many.iter().map(|(q, l)| format!("{q}\t{l}\n")).collect();
        let plans = SavedPlans::parse(&text);
        assert_eq!(plans.plans.len(), MAX_SAVED_PLANS + 5, "a longer list read from storage is kept whole");
        assert_eq!(plans.clone().save("?new=1", "New"), Err(PlanRefusal::Full));
        assert!(plans.clone().save("?n=3", "Renamed").is_ok(), "a plan already saved can still be saved again");
    }
}
