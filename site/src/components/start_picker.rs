//! "Where are you now?": find a job by everyday words, or say "no job yet".

use crate::families::{family_of, FAMILIES};
use crate::focus::focus_after_render;
use crate::format::dollars;
use crate::format::{folded, has_words, typed_words};
use crate::i18n::{fill, strings};
use crate::view_state::{Start, ViewState};
use leptos::prelude::*;
use pathway_model::bundle::Job;
use pathway_model::sorting::sort_stable_by;
use std::sync::Arc;

/// A region with more jobs than this lists them by family, collapsed; fewer
/// read best as one list.
const GROUP_ABOVE: usize = 20;
/// Search results drawn at once; typing more words narrows the rest.
const SHOWN_MATCHES: usize = 30;

/// One job a person can pick as where they are now.
#[derive(Clone, Debug, PartialEq)]
struct Choice {
    id: String,
    title: String,
    entry: bool,
    wage: Option<f64>,
    /// Title, keywords and description, folded, for matching typed words.
    haystack: String,
    /// The job's family: its SOC major group, as an index of the catalog's
    /// `job_families`.
    family: usize,
}

fn choices(jobs: &[Job]) -> Vec<Choice> {
    let mut out: Vec<Choice> = jobs
        .iter()
        .map(|job| Choice {
            id: job.id.to_string(),
            title: job.title.clone(),
            entry: job.entry,
            wage: job.wage,
            haystack: folded(&format!("{} {}", job.title, job.words)),
            family: family_of(&job.soc),
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

fn matches(choice: &Choice, words: &[String]) -> bool {
    has_words(&choice.haystack, words)
}

/// The jobs of each family present, families in the catalog's order and
/// jobs by name within each, as indexes into `all`.
fn families(all: &[Choice]) -> Vec<(usize, Vec<usize>)> {
    let mut by_name: Vec<(String, usize)> = all.iter().enumerate().map(|(i, c)| (folded(&c.title), i)).collect();
    sort_stable_by(&mut by_name, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
    for family in 0..FAMILIES {
        let jobs: Vec<usize> = by_name.iter().map(|&(_, i)| i).filter(|&i| all[i].family == family).collect();
        if !jobs.is_empty() {
            out.push((family, jobs));
        }
    }
    out
}

/// Picks where the person starts; once picked, says so with a way to change it.
#[component]
pub fn StartPicker(
    /// The region's jobs.
    jobs: Arc<Vec<Job>>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let typed = RwSignal::new(String::new());
    // The region's jobs do not change while the picker is shown.
    let all = StoredValue::new(choices(&jobs));
    // The jobs the typed words find, in the list's order; none before a word is typed.
    let found_jobs = Memo::new(move |_| {
        let typed = typed.get();
        if typed.trim().is_empty() {
            return Vec::new();
        }
        let words = typed_words(&typed);
        all.with_value(|all| (0..all.len()).filter(|&i| matches(&all[i], &words)).collect::<Vec<usize>>())
    });
    // What a search found, said once politely; the lists themselves are not
    // live regions, so clearing the search never reads a thousand jobs aloud.
    let found = move || {
        if typed.with(|t| t.trim().is_empty()) {
            return String::new();
        }
        match found_jobs.with(Vec::len) {
            0 => t.no_matches.to_owned(),
            1 => t.jobs_match_one.to_owned(),
            n => fill(t.jobs_match_many, &[("count", &n.to_string())]),
        }
    };
    let picked_title = move || {
        state.with(|s| match &s.start {
            Some(Start::NoJob) => Some(t.no_job_yet.to_owned()),
            Some(Start::Occupation(id)) => {
                Some(jobs.iter().find(|job| job.id.0 == *id).map_or(id.clone(), |job| job.title.clone()))
            }
            None => None,
        })
    };
    let pick = move |start: Start| {
        state.update(|s| {
            let next = ViewState { start: Some(start), target: None, ..s.clone() };
            *s = next.with_new_question();
        });
    };
    // The buttons for some of the jobs, in the order given; `tagged` marks
    // the starting jobs among them, which a list of starting jobs needs not.
    let buttons = move |indexes: Vec<usize>, tagged: bool| {
        all.with_value(|all| {
            indexes
                .into_iter()
                .map(|i| {
                    let choice = &all[i];
                    let id = choice.id.clone();
                    let wage = choice.wage.map(|w| format!("{} {}", dollars(w), t.per_year));
                    view! {
                        <li>
                            <button type="button" class="choice" on:click=move |_| pick(Start::Occupation(id.clone()))>
                                <span class="choice-title">{choice.title.clone()}</span>
                                {(tagged && choice.entry).then(|| view! { <span class="tag">{t.entry_role}</span> })}
                                {wage.map(|w| view! { <span class="choice-wage">{w}</span> })}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let no_job = move || {
        view! {
            <li>
                <button type="button" class="choice" on:click=move |_| pick(Start::NoJob)>
                    <span class="choice-title">{t.no_job_yet}</span>
                </button>
            </li>
        }
    };
    // Without typed words: every job in one list, or, in a large region,
    // the starting jobs and then each family, collapsed, drawn when opened.
    let browse = move || {
        let count = all.with_value(Vec::len);
        if count <= GROUP_ABOVE {
            return view! { <ul class="choices" aria-label=t.where_now>{no_job()}{buttons((0..count).collect(), true)}</ul> }
                .into_any();
        }
        let starting: Vec<usize> = all.with_value(|all| (0..all.len()).filter(|&i| all[i].entry).collect());
        let families = all.with_value(|all| families(all));
        // The starting jobs, the likeliest picks, come open when they are few.
        let open_start = starting.len() <= GROUP_ABOVE;
        let groups = std::iter::once((t.starting_jobs.to_owned(), starting, open_start, false))
            .chain(families.into_iter().map(|(f, jobs)| (t.job_families[f].to_owned(), jobs, false, true)))
            .filter(|(_, jobs, _, _)| !jobs.is_empty())
            .map(|(name, jobs, open, tagged)| {
                let opened = RwSignal::new(open);
                let summary = format!("{name} ({})", jobs.len());
                view! {
                    <details class="job-family" open=open on:toggle=move |_| opened.set(true)>
                        <summary>{summary}</summary>
                        {move || opened.get().then(|| view! {
                            <ul class="choices" aria-label=name.clone()>{buttons(jobs.clone(), tagged)}</ul>
                        })}
                    </details>
                }
            })
            .collect_view();
        view! {
            <ul class="choices" aria-label=t.where_now>{no_job()}</ul>
            <p class="hint">{t.browse_families}</p>
            {groups}
        }
        .into_any()
    };
    // With typed words: the first matches, and how to narrow the rest.
    let results = move || {
        let found = found_jobs.get();
        let more = (found.len() > SHOWN_MATCHES).then(|| {
            let (shown, count) = (SHOWN_MATCHES.to_string(), found.len().to_string());
            view! { <p class="hint">{fill(t.jobs_match_more, &[("shown", &shown), ("count", &count)])}</p> }
        });
        view! {
            <ul class="choices" aria-label=t.where_now>{no_job()}{buttons(found.into_iter().take(SHOWN_MATCHES).collect(), true)}</ul>
            {more}
        }
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
                    {move || if typed.with(|t| t.trim().is_empty()) { browse().into_any() } else { results().into_any() }}
                    {move || (!typed.with(|t| t.trim().is_empty()) && found_jobs.with(Vec::is_empty))
                        .then(|| view! { <p class="hint">{t.no_matches}</p> })}
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
            family: 0,
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
    fn families_keep_the_catalog_s_order_and_jobs_by_name() {
        let c = |title: &str, soc: &str| Choice {
            id: title.into(),
            title: title.into(),
            entry: false,
            wage: None,
            haystack: String::new(),
            family: family_of(soc),
        };
        let all = vec![
            c("Pharmacy aide", "31-9095"),
            c("Cook", "35-2014"),
            c("Éclair baker", "31-0000"),
            c("Dietary aide", "35-2021"),
        ];
        assert_eq!(families(&all), vec![(10, vec![2, 0]), (12, vec![1, 3])]);
    }

    #[test]
    fn every_typed_word_must_match() {
        let c = Choice {
            id: "evs-aide".into(),
            title: "Environmental services aide".into(),
            entry: true,
            wage: None,
            haystack: "environmental services aide housekeeping cleaning".into(),
            family: 18,
        };
        assert!(matches(&c, &typed_words("Housekeeping")));
        assert!(matches(&c, &typed_words("  clean  aide ")));
        assert!(!matches(&c, &typed_words("kitchen")));
        assert!(matches(&c, &typed_words("")));
        let spanish = Choice { haystack: folded("técnico de farmacia enfermería"), ..c };
        assert!(matches(&spanish, &typed_words("Tecnico")));
        assert!(matches(&spanish, &typed_words("ENFERMERIA")));
        assert!(matches(&spanish, &typed_words("técnico")));
    }
}
