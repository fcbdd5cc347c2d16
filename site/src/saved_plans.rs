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

/// The most plans kept; saving one more forgets the oldest.
pub const MAX_SAVED_PLANS: usize = 20;

/// One saved plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedPlan {
    /// The view's query string, starting with `?`.
    pub query: String,
    /// What the person reads in the list, such as "Housekeeper → Registered nurse".
    pub label: String,
}

/// Every saved plan, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedPlans {
    /// The plans, newest first.
    pub plans: Vec<SavedPlan>,
}

/// Tabs and line breaks would split a stored line, so labels lose them.
fn one_line(label: &str) -> String {
    label.split(['\t', '\n', '\r']).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}

impl SavedPlans {
    /// Reads the stored text. Lines that are not a plan are dropped rather than
    /// failing the whole list, so one damaged entry never hides the others.
    pub fn parse(text: &str) -> Self {
        let plans = text
            .lines()
            .filter_map(|line| {
                let (query, label) = line.split_once('\t')?;
                (query.starts_with('?') && !label.trim().is_empty())
                    .then(|| SavedPlan { query: query.to_owned(), label: label.to_owned() })
            })
            .take(MAX_SAVED_PLANS)
            .collect();
        Self { plans }
    }

    /// The text to store.
    pub fn to_text(&self) -> String {
        self.plans.iter().map(|p| format!("{}\t{}\n", p.query, one_line(&p.label))).collect()
    }

    /// Keeps a plan at the top of the list. Saving a view already saved moves it
    /// to the top with its new label instead of listing it twice.
    pub fn save(mut self, query: &str, label: &str) -> Self {
        self.plans.retain(|p| p.query != query);
        self.plans.insert(0, SavedPlan { query: query.to_owned(), label: one_line(label) });
        self.plans.truncate(MAX_SAVED_PLANS);
        self
    }

    /// Forgets the plan with this query.
    pub fn delete(mut self, query: &str) -> Self {
        self.plans.retain(|p| p.query != query);
        self
    }

    /// Whether this view is saved.
    pub fn contains(&self, query: &str) -> bool {
        self.plans.iter().any(|p| p.query == query)
    }
}

/// Why the browser would not keep a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageUnavailable;

fn local_storage() -> Result<web_sys::Storage, StorageUnavailable> {
    // Private browsing and blocked site data make this fail or give nothing.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(StorageUnavailable)
}

/// The plans this browser holds; none when storage is blocked.
pub fn load() -> SavedPlans {
    local_storage()
        .ok()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|text| SavedPlans::parse(&text))
        .unwrap_or_default()
}

/// Writes the plans back; an empty list removes the key, so deleting the last
/// plan leaves nothing of this site in the browser.
pub fn store(plans: &SavedPlans) -> Result<(), StorageUnavailable> {
    let storage = local_storage()?;
    if plans.plans.is_empty() {
        storage.remove_item(STORAGE_KEY).map_err(|_| StorageUnavailable)
    } else {
        // A full quota throws here; the person is told the plan was not kept.
        storage.set_item(STORAGE_KEY, &plans.to_text()).map_err(|_| StorageUnavailable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_newest_first() {
        let plans = SavedPlans::default().save("?from=evs-aide", "EVS aide → RN").save("?from=none", "No job → CNA");
        assert_eq!(plans.plans[0].query, "?from=none");
        assert_eq!(SavedPlans::parse(&plans.to_text()), plans);
    }

    #[test]
    fn saving_again_moves_to_top_without_duplicates() {
        let plans = SavedPlans::default().save("?a=1", "A").save("?b=1", "B").save("?a=1", "A again");
        assert_eq!(plans.plans.len(), 2);
        assert_eq!(plans.plans[0], SavedPlan { query: "?a=1".into(), label: "A again".into() });
        assert!(plans.contains("?b=1"));
    }

    #[test]
    fn delete_forgets_only_that_plan() {
        let plans = SavedPlans::default().save("?a=1", "A").save("?b=1", "B").delete("?a=1");
        assert_eq!(plans.plans.len(), 1);
        assert!(!plans.contains("?a=1"));
    }

    #[test]
    fn labels_with_tabs_and_newlines_stay_on_one_line() {
        let plans = SavedPlans::default().save("?a=1", "Line\tone\nline two");
        assert_eq!(plans.plans[0].label, "Line one line two");
        assert_eq!(SavedPlans::parse(&plans.to_text()), plans);
    }

    #[test]
    fn damaged_lines_are_dropped_and_the_rest_kept() {
        let text = "?a=1\tA\ngarbage\nno-question\tX\n?b=1\t   \n?c=1\tC\n";
        let plans = SavedPlans::parse(text);
        let queries: Vec<&str> = plans.plans.iter().map(|p| p.query.as_str()).collect();
        assert_eq!(queries, ["?a=1", "?c=1"]);
    }

    #[test]
    fn keeps_at_most_the_limit() {
        let plans = (0..MAX_SAVED_PLANS + 5).fold(SavedPlans::default(), |p, i| p.save(&format!("?n={i}"), "plan"));
        assert_eq!(plans.plans.len(), MAX_SAVED_PLANS);
        assert_eq!(plans.plans[0].query, format!("?n={}", MAX_SAVED_PLANS + 4));
    }
}
