//! "Where are you now?": find a job by everyday words, or say "no job yet".

use crate::focus::focus_after_render;
use crate::format::dollars;
use crate::format::folded;
use crate::i18n::{fill, strings};
use crate::view_state::{Start, ViewState};
use leptos::prelude::*;
use pathway_model::sorting::sort_stable_by;
use pathway_model::PathwayGraph;
use std::sync::Arc;

/// One job a person can pick as where they are now.
#[derive(Clone, Debug, PartialEq)]
struct Choice {
    id: String,
    title: String,
    entry: bool,
    wage: Option<f64>,
    /// Title, keywords and description, lowercased, for matching typed words.
    haystack: String,
}

fn choices(graph: &PathwayGraph, state: &ViewState) -> Vec<Choice> {
    let region = state.region_in(graph).cloned();
    let mut out: Vec<Choice> = graph
        .occupations()
        .filter(|&ix| region.is_none() || graph.occupation(ix).region == region)
        .map(|ix| {
            let o = graph.occupation(ix);
            let haystack =
                format!("{} {} {}", o.title, o.keywords.join(" "), o.description.as_deref().unwrap_or_default());
            let haystack = folded(&haystack);
            Choice {
                id: o.id.to_string(),
                title: o.title.to_string(),
                entry: o.entry,
                wage: graph.wage(ix).and_then(|w| w.annual.median),
                haystack,
            }
        })
        .collect();
    order(&mut out);
    out
}

/// Starting jobs first, then by wage, so the likeliest picks lead; the
/// core's sort keeps the wasm free of the library's, which would bring
/// several kilobytes of code.
fn order(out: &mut Vec<Choice>) {
    sort_stable_by(out, |a, b| b.entry.cmp(&a.entry).then(a.wage.unwrap_or(0.0).total_cmp(&b.wage.unwrap_or(0.0))));
}

fn matches(choice: &Choice, typed: &str) -> bool {
    folded(typed).split_whitespace().all(|word| choice.haystack.contains(word))
}

/// Picks where the person starts; once picked, says so with a way to change it.
#[component]
pub fn StartPicker(
    /// The loaded pathway graph.
    graph: Arc<PathwayGraph>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let typed = RwSignal::new(String::new());
    let g = graph.clone();
    let all = Memo::new(move |_| state.with(|s| choices(&g, s)));
    let shown = Memo::new(move |_| {
        let typed = typed.get();
        all.with(|all| all.iter().filter(|c| matches(c, &typed)).count())
    });
    let none_shown = Memo::new(move |_| shown.get() == 0);
    // What a search found, said once politely; the list itself is not a live
    // region, so clearing the search never reads a thousand jobs aloud.
    let found = move || {
        if typed.with(|t| t.trim().is_empty()) {
            return String::new();
        }
        match shown.get() {
            0 => t.no_matches.to_owned(),
            1 => t.jobs_match_one.to_owned(),
            n => fill(t.jobs_match_many, &[("count", &n.to_string())]),
        }
    };
    let g = graph.clone();
    let picked_title = move || {
        state.with(|s| match &s.start {
            Some(Start::NoJob) => Some(t.no_job_yet.to_owned()),
            Some(Start::Occupation(id)) => Some(
                g.occupation_ix(&pathway_model::OccupationId(id.clone()))
                    .map_or(id.clone(), |ix| g.occupation(ix).title.to_string()),
            ),
            None => None,
        })
    };
    let pick = move |start: Start| {
        state.update(|s| {
            let next = ViewState { start: Some(start), target: None, ..s.clone() };
            *s = next.with_new_question();
        });
    };
    view! {
        <div class="start-picker">
            {move || match picked_title() {
                Some(title) => view! {
                    <p class="picked">
                        <span class="picked-label">{t.starting_from}": "</span>
                        <strong class="picked-title">{title}</strong>
                        " "
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| {
                                state.update(|s| *s = ViewState { region: s.region.clone(), lang: s.lang, embed: s.embed, ..ViewState::default() });
                                // The button goes with the choice; the search takes its place.
                                focus_after_render("#job-search".to_owned(), None);
                            }
                        >
                            {t.change_start}
                        </button>
                    </p>
                }
                .into_any(),
                None => view! {
                    <h2 id="start-heading">{t.where_now}</h2>
                    <p class="field">
                        <label for="job-search">{t.search_label}</label>
                        <input
                            id="job-search"
                            type="search"
                            autocomplete="off"
                            aria-describedby="job-search-hint"
                            prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev))
                        />
                        <span id="job-search-hint" class="hint">{t.search_hint}</span>
                    </p>
                    <p class="visually-hidden" role="status">{found}</p>
                    <ul class="choices" aria-label=t.where_now>
                        <li>
                            <button type="button" class="choice" on:click=move |_| pick(Start::NoJob)>
                                <span class="choice-title">{t.no_job_yet}</span>
                            </button>
                        </li>
                        // Every choice is drawn once and hidden when the typed words
                        // miss it: no list diffing in the wasm, and the live region
                        // announces only choices that come back into view.
                        {move || {
                            all.get()
                                .into_iter()
                                .map(|choice| {
                                    let id = choice.id.clone();
                                    let wage = choice.wage.map(|w| format!("{} {}", dollars(w), t.per_year));
                                    let title = choice.title.clone();
                                    let entry = choice.entry;
                                    view! {
                                        <li hidden=move || !matches(&choice, &typed.get())>
                                            <button
                                                type="button"
                                                class="choice"
                                                on:click=move |_| pick(Start::Occupation(id.clone()))
                                            >
                                                <span class="choice-title">{title}</span>
                                                {entry.then(|| view! { <span class="tag">{t.entry_role}</span> })}
                                                {wage.map(|w| view! { <span class="choice-wage">{w}</span> })}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    {move || none_shown.get().then(|| view! { <p class="hint">{t.no_matches}</p> })}
                }
                .into_any(),
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starting_jobs_lead_then_lower_wages_and_ties_keep_their_order() {
        let c = |id: &str, entry: bool, wage: Option<f64>| Choice {
            id: id.into(),
            title: String::new(),
            entry,
            wage,
            haystack: String::new(),
        };
        let mut all = vec![
            c("a", false, Some(50.0)),
            c("b", true, Some(30.0)),
            c("c", false, None),
            c("d", true, Some(20.0)),
            c("e", false, Some(50.0)),
            c("f", true, Some(30.0)),
        ];
        order(&mut all);
        let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["d", "b", "f", "c", "a", "e"]);
    }

    #[test]
    fn every_typed_word_must_match() {
        let c = Choice {
            id: "evs-aide".into(),
            title: "Environmental services aide".into(),
            entry: true,
            wage: None,
            haystack: "environmental services aide housekeeping cleaning".into(),
        };
        assert!(matches(&c, "Housekeeping"));
        assert!(matches(&c, "  clean  aide "));
        assert!(!matches(&c, "kitchen"));
        assert!(matches(&c, ""));
        let spanish = Choice { haystack: folded("técnico de farmacia enfermería"), ..c };
        assert!(matches(&spanish, "Tecnico"));
        assert!(matches(&spanish, "ENFERMERIA"));
        assert!(matches(&spanish, "técnico"));
    }
}
