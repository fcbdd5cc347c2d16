//! "What is true for you?": what the person lacks, when they can study, what
//! they can spend, what they already hold and where they want to go. Every
//! change recomputes the routes at once.

use super::{ListSearch, SEARCH_ABOVE};
use crate::format::{folded, has_words, typed_words};
use crate::i18n::{fill, strings};
use crate::tasks::next_task;
use crate::view_state::{Start, ViewState};
use leptos::prelude::*;
use pathway_model::model::{CredentialKind, PartnerRole};
use pathway_model::{OccupationId, PathwayGraph, RegionId};
use std::sync::Arc;

const MONTH_LIMITS: [u32; 5] = [3, 6, 12, 24, 36];
const COST_LIMITS: [u32; 6] = [0, 250, 500, 1000, 2500, 5000];
const MONTHS_IN_JOB: [u32; 6] = [3, 6, 12, 24, 36, 60];
const AGES: [u32; 14] = [14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 30, 40, 55];

/// The most goals the menu offers at once. A region of a thousand jobs would
/// make a menu nobody can scroll on a phone, and drawing it would hold up
/// the page; the search above the menu finds the rest.
const MENU_AT_MOST: usize = 50;

/// The goals the menu offers for the typed `words`: the positions in `goals`
/// (sorted by name) of the first [`MENU_AT_MOST`] that match, and the one
/// `chosen` wherever it is, in order; and how many match in all.
fn menu_of(goals: &[(String, String, String)], words: &[String], chosen: Option<&str>) -> (Vec<usize>, usize) {
    let mut matched = 0;
    let mut shown = Vec::new();
    for (i, (folded, id, _)) in goals.iter().enumerate() {
        let matches = has_words(folded, words);
        matched += usize::from(matches);
        if (matches && matched <= MENU_AT_MOST) || chosen == Some(id.as_str()) {
            shown.push(i);
        }
    }
    (shown, matched)
}

/// The view state the form writes, and the person's question alone (the
/// state without the route, step, comparison and page shown), which every
/// box and menu reads: choosing a route changes the state but not the
/// question, so the form's hundreds of boxes in a large region are not
/// visited again on every click.
#[derive(Clone, Copy)]
struct Form {
    state: RwSignal<ViewState>,
    asked: Memo<ViewState>,
}

/// A checkbox with the input's `id` and what the box says, `label`, for one
/// yes/no fact about the person, read by `get` from the view `state` (kept
/// in the URL) and written into it by `set`. A plain function rather than a
/// component: under `erase_components` each component brings its own
/// wrapper and type-erased view to the wasm, while every box this function
/// draws shares one view type.
fn fact(
    id: &'static str,
    label: &'static str,
    get: fn(&ViewState) -> bool,
    set: fn(&mut ViewState, bool),
    state: Form,
) -> impl IntoView {
    let Form { state, asked } = state;
    // A memo of this box's fact, so a click elsewhere in the form leaves it be.
    let checked = Memo::new(move |_| asked.with(get));
    view! {
        <p class="check">
            <input
                type="checkbox"
                id=id
                prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.update(|s| {
                        set(s, on);
                        *s = s.clone().with_new_question();
                    });
                }
            />
            <label for=id>{label}</label>
        </p>
    }
}

/// A select with the id `id` and the label `label`: first `unset`, for no
/// choice, then `choices` as (value, what it reads). `get` reads the chosen
/// value from the view `state` (kept in the URL) and `set` writes it, as
/// text, empty for `unset`. The figures (limits, months in the job, age) and
/// the partners (employer, union) all use it, so the wasm holds one select;
/// it is a plain function for the reason [`fact`] gives.
fn choice(
    id: &'static str,
    label: &'static str,
    unset: &'static str,
    choices: Vec<(String, String)>,
    get: fn(&ViewState) -> Option<String>,
    set: fn(&mut ViewState, String),
    state: Form,
) -> impl IntoView {
    let Form { state, asked } = state;
    // A memo of this select's value: a click elsewhere in the form changes
    // the question, and without it each of a state's hundreds of employers
    // would read the question again and have its `selected` written anew.
    let current = Memo::new(move |_| asked.with(get));
    let options = choices
        .into_iter()
        .map(|(value, name)| {
            let chosen = value.clone();
            let selected = move || current.with(|c| c.as_deref() == Some(chosen.as_str()));
            view! { <option value=value selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <p class="field">
            <label for=id>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    state.update(|s| {
                        set(s, value);
                        *s = s.clone().with_new_question();
                    });
                }
            >
                <option value="" selected=move || current.with(Option::is_none)>{unset}</option>
                {options}
            </select>
        </p>
    }
}

/// The choices of a select of figures: each value, and how it reads. A
/// figure in effect that the menu does not offer (from a link, say) is
/// offered too, in its place, so the menu shows what is applied and it can
/// be cleared in one step.
fn figures(values: &[u32], applied: Option<u32>, show: fn(u32) -> String) -> Vec<(String, String)> {
    let mut all = values.to_vec();
    if let Some(a) = applied.filter(|a| !values.contains(a)) {
        let at = all.iter().position(|&v| v > a).unwrap_or(all.len());
        all.insert(at, a);
    }
    all.into_iter().map(|v| (v.to_string(), show(v))).collect()
}

/// The region's partners with `role`, as (id, name), in data order.
fn partners_with(graph: &PathwayGraph, region: &Option<RegionId>, role: PartnerRole) -> Vec<(String, String)> {
    graph
        .dataset()
        .partners
        .iter()
        .filter(|p| p.roles.contains(&role) && (region.is_none() || p.region.is_none() || p.region == *region))
        .map(|p| (p.id.to_string(), p.name.to_string()))
        .collect()
}

/// The person's situation and limits.
#[component]
pub fn SituationForm(
    /// The loaded pathway graph.
    graph: Arc<PathwayGraph>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let asked = Memo::new(move |_| state.with(|s| s.clone().with_new_question()));
    let form = Form { state, asked };
    // What the long lists show as chosen, as memos of their own: a box ticked
    // elsewhere in the form leaves a region's hundreds of credentials and
    // goals as they are, instead of visiting each of them.
    let held_now = Memo::new(move |_| asked.with(|s| s.holds.clone()));
    let region = state.with_untracked(|s| s.region_in(&graph).cloned());
    let in_region = |r: &Option<RegionId>| region.is_none() || *r == region;
    // Credentials worth asking about: those some rung or program in the region
    // needs, marked by their place in the data (a credential's graph index),
    // so a region of thousands of requirements is read once.
    let mut needed = vec![false; graph.dataset().credentials.len()];
    let requires = graph.dataset().occupations.iter().filter(|o| in_region(&o.region)).flat_map(|o| o.requires.iter());
    let requires = requires
        .chain(graph.dataset().programs.iter().filter(|p| in_region(&p.region)).flat_map(|p| p.requires.iter()));
    for id in requires {
        if let Some(ix) = graph.credential_ix(id) {
            needed[ix.index()] = true;
        }
    }
    let held: Vec<usize> = graph
        .dataset()
        .credentials
        .iter()
        .enumerate()
        .filter(|&(i, c)| needed[i] && !matches!(c.kind, CredentialKind::Diploma | CredentialKind::EnglishLevel))
        .map(|(i, _)| i)
        .collect();
    // The boxes are drawn when the list is first opened, and sorted by name
    // then: a large region has hundreds, and the routes should not wait for
    // them. A long list gets a search; a box already ticked stays in sight
    // whatever is typed.
    let held_opened = RwSignal::new(false);
    let held_typed = RwSignal::new(String::new());
    let held_search = (held.len() > SEARCH_ABOVE)
        .then(|| view! { <ListSearch id="held-search" label=t.held_search typed=held_typed /> });
    let held_graph = graph.clone();
    let held = Memo::new(move |_| {
        held_opened.get().then(|| {
            let credentials = &held_graph.dataset().credentials;
            let mut named: Vec<(String, String, String)> = held
                .iter()
                .map(|&i| {
                    (folded(&credentials[i].name), credentials[i].id.to_string(), credentials[i].name.to_string())
                })
                .collect();
            pathway_model::sorting::sort_stable_by(&mut named, |a, b| a.0.cmp(&b.0));
            Arc::new(named)
        })
    });
    let held_options = move || {
        held.get().map(|held| {
            let words = held_typed.with(|typed| typed_words(typed));
            let ticked = asked.with_untracked(|s| s.holds.clone());
            held.iter()
                .filter(|(folded, id, _)| has_words(folded, &words) || ticked.contains(id))
                .map(|(_, id, name)| {
                    let id = id.clone();
                    let input_id = format!("holds-{id}");
                    let for_id = input_id.clone();
                    let checked_id = id.clone();
                    view! {
                        <p class="check">
                            <input
                                type="checkbox"
                                id=input_id
                                prop:checked=move || held_now.with(|h| h.contains(&checked_id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let id = id.clone();
                                    state.update(|s| {
                                        s.holds.retain(|h| *h != id);
                                        if on {
                                            s.holds.push(id);
                                        }
                                        *s = s.clone().with_new_question();
                                    });
                                }
                            />
                            <label for=for_id>{name.clone()}</label>
                        </p>
                    }
                })
                .collect_view()
        })
    };
    let start = state.with_untracked(|s| s.start.clone());
    // The form is drawn in three tasks, so the browser paints and answers
    // input between them: the situation and the credentials held, then who
    // pays, then the goals. A large region's employers and goals do not
    // hold up the questions everybody answers.
    let stage = RwSignal::new(0u8);
    leptos::task::spawn_local(async move {
        next_task().await;
        stage.try_set(1);
        next_task().await;
        stage.try_set(2);
    });
    let funding_shown = Memo::new(move |_| stage.get() >= 1);
    let goals_shown = Memo::new(move |_| stage.get() >= 2);
    let (funding_graph, funding_region) = (graph.clone(), region.clone());
    let has_job = matches!(start, Some(Start::Occupation(_)));
    view! {
        <form class="situation" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{t.situation}</legend>
                <p class="hint">{t.situation_hint}</p>
                {has_job.then(|| choice(
                    "months-in-job",
                    t.months_in_job,
                    t.months_in_job_unset,
                    figures(&MONTHS_IN_JOB, state.with_untracked(|s| s.months_in_job), |v| format!("{v} {}", strings().months_unit)),
                    |s| s.months_in_job.map(|v| v.to_string()),
                    |s, v| s.months_in_job = v.parse().ok(),
                    form,
                ))}
                {fact("no-diploma", t.no_diploma, |s| s.no_diploma, |s, v| s.no_diploma = v, form)}
                {fact("learning-english", t.learning_english, |s| s.learning_english, |s, v| s.learning_english = v, form)}
                {fact("evenings", t.evenings, |s| s.evenings, |s, v| s.evenings = v, form)}
                {fact("keep-earning", t.keep_earning, |s| s.keep_earning, |s, v| s.keep_earning = v, form)}
                {fact("no-car", t.no_car, |s| s.no_car, |s, v| s.no_car = v, form)}
                {choice(
                    "max-months",
                    t.max_months,
                    t.no_limit,
                    figures(&MONTH_LIMITS, state.with_untracked(|s| s.max_months), |v| format!("{v} {}", strings().months_unit)),
                    |s| s.max_months.map(|v| v.to_string()),
                    |s, v| s.max_months = v.parse().ok(),
                    form,
                )}
                {choice(
                    "max-cost",
                    t.max_cost,
                    t.no_limit,
                    figures(&COST_LIMITS, state.with_untracked(|s| s.max_cost), |v| crate::format::dollars(f64::from(v))),
                    |s| s.max_cost.map(|v| v.to_string()),
                    |s, v| s.max_cost = v.parse().ok(),
                    form,
                )}
            </fieldset>
            <details class="held" on:toggle=move |_| if !held_opened.get_untracked() { held_opened.set(true) }>
                <summary>{t.already_hold}</summary>
                {held_search}
                {held_options}
            </details>
            {move || funding_shown.get().then(|| funding_questions(&funding_graph, &funding_region, form))}
            {move || goals_shown.get().then(|| goal_menu(graph.clone(), region.clone(), form))}
        </form>
    }
}

/// "Who pays?": the employer, the union, and what funding asks about the
/// person, open when one of them is answered.
fn funding_questions(graph: &PathwayGraph, region: &Option<RegionId>, form: Form) -> impl IntoView {
    let t = strings();
    let Form { state, asked } = form;
    let funding_open = Memo::new(move |_| {
        asked.with(|s| {
            s.employer.is_some()
                || s.union.is_some()
                || s.income_eligible
                || s.age.is_some()
                || s.in_high_school
                || s.lived_experience
        })
    });
    let employers = partners_with(graph, region, PartnerRole::Employer);
    let unions = partners_with(graph, region, PartnerRole::UnionFund);
    view! {
        <details class="held" open=funding_open>
            <summary>{t.who_pays_heading}</summary>
            <p class="hint">{t.who_pays_hint}</p>
            {(!employers.is_empty()).then(|| choice(
                "employer",
                t.employer_label,
                t.employer_unset,
                employers,
                |s| s.employer.clone(),
                |s, v| s.employer = (!v.is_empty()).then_some(v),
                form,
            ))}
            {(!unions.is_empty()).then(|| choice(
                "union",
                t.union_label,
                t.union_unset,
                unions,
                |s| s.union.clone(),
                |s, v| s.union = (!v.is_empty()).then_some(v),
                form,
            ))}
            {fact("income-eligible", t.income_eligible, |s| s.income_eligible, |s, v| s.income_eligible = v, form)}
            {fact("in-high-school", t.in_high_school, |s| s.in_high_school, |s, v| s.in_high_school = v, form)}
            {fact("lived-experience", t.lived_experience, |s| s.lived_experience, |s, v| s.lived_experience = v, form)}
            {choice(
                "age",
                t.age_label,
                t.age_unset,
                figures(&AGES, state.with_untracked(|s| s.age), |v| v.to_string()),
                |s| s.age.map(|v| v.to_string()),
                |s, v| s.age = v.parse().ok(),
                form,
            )}
        </details>
    }
}

/// "Where do you want to go?": the region's goals by name, so a long list
/// is read like an index, with a search above a long menu.
fn goal_menu(graph: Arc<PathwayGraph>, region: Option<RegionId>, form: Form) -> impl IntoView {
    let t = strings();
    let Form { state, asked } = form;
    let target_now = Memo::new(move |_| asked.with(|s| s.target.clone()));
    let in_region = |r: &Option<RegionId>| region.is_none() || *r == region;
    let start = state.with_untracked(|s| s.start.clone());
    // Goals by name, so a long list is read like an index.
    let goals: Vec<_> = graph
        .occupations()
        .filter(|&ix| {
            let o = graph.occupation(ix);
            in_region(&o.region) && !o.entry && start != Some(Start::Occupation(o.id.to_string()))
        })
        .collect();
    let mut goals: Vec<(String, String, String)> = goals
        .into_iter()
        .map(|ix| {
            let o = graph.occupation(ix);
            (folded(&o.title), o.id.to_string(), o.title.to_string())
        })
        .collect();
    pathway_model::sorting::sort_stable_by(&mut goals, |a, b| a.0.cmp(&b.0));
    // A long menu gets a search that narrows it; the goal chosen stays in it.
    let target_typed = RwSignal::new(String::new());
    let target_search = (goals.len() > SEARCH_ABOVE)
        .then(|| view! { <ListSearch id="target-search" label=t.target_search typed=target_typed /> });
    let goals = Arc::new(goals);
    let menu = {
        let goals = goals.clone();
        Memo::new(move |_| {
            let words = target_typed.with(|typed| typed_words(typed));
            asked.with_untracked(|s| menu_of(&goals, &words, s.target.as_deref()))
        })
    };
    let targets = move || {
        menu.with(|(shown, _)| {
            shown
                .iter()
                .map(|&i| {
                    let (_, id, title) = &goals[i];
                    let (id, value) = (id.clone(), id.clone());
                    let selected = move || target_now.with(|t| t.as_deref() == Some(id.as_str()));
                    view! { <option value=value selected=selected>{title.clone()}</option> }
                })
                .collect_view()
        })
    };
    let cut = Memo::new(move |_| menu.with(|(_, matched)| (*matched > MENU_AT_MOST).then_some(*matched)));
    let cut_note = move || {
        cut.get().map(|count| {
            let (shown, count) = (MENU_AT_MOST.to_string(), count.to_string());
            view! { <p class="hint" id="target-more">{fill(t.targets_more, &[("shown", &shown), ("count", &count)])}</p> }
        })
    };
    let g = graph;
    view! {
        {target_search}
        <p class="field">
            <label for="target">{t.target_label}</label>
            <select
                id="target"
                aria-describedby=move || cut.get().map(|_| "target-more")
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let target = (!value.is_empty() && g.occupation_ix(&OccupationId(value.clone())).is_some()).then_some(value);
                    state.update(|s| {
                        s.target = target;
                        *s = s.clone().with_new_question();
                    });
                }
            >
                <option value="" selected=move || target_now.with(Option::is_none)>{t.any_target}</option>
                {targets}
            </select>
        </p>
        {cut_note}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_offers_the_first_goals_that_match_and_the_one_chosen() {
        let goals: Vec<(String, String, String)> =
            (0..120).map(|i| (format!("job {i:03}"), format!("id-{i}"), format!("Job {i}"))).collect();
        let (shown, matched) = menu_of(&goals, &[], None);
        assert_eq!((shown.len(), matched), (MENU_AT_MOST, 120));
        assert_eq!(shown, (0..MENU_AT_MOST).collect::<Vec<_>>());
        let (shown, matched) = menu_of(&goals, &[], Some("id-99"));
        assert_eq!((shown.len(), matched, shown.last()), (MENU_AT_MOST + 1, 120, Some(&99)));
        let (shown, matched) = menu_of(&goals, &["011".to_owned()], Some("id-5"));
        assert_eq!((shown, matched), (vec![5, 11], 1));
    }

    #[test]
    fn a_figure_in_effect_that_the_menu_lacks_is_offered_in_its_place() {
        let show = |v: u32| v.to_string();
        let values: Vec<String> = figures(&[3, 6, 12], Some(7), show).into_iter().map(|(v, _)| v).collect();
        assert_eq!(values, ["3", "6", "7", "12"]);
        let values: Vec<String> = figures(&[3, 6, 12], Some(99), show).into_iter().map(|(v, _)| v).collect();
        assert_eq!(values, ["3", "6", "12", "99"]);
        assert_eq!(figures(&[3, 6], Some(6), show).len(), 2);
        assert_eq!(figures(&[3, 6], None, show).len(), 2);
    }
}
