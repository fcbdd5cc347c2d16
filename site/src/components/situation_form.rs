//! "What is true for you?": what the person lacks, when they can study, what
//! they can spend, what they already hold and where they want to go. Every
//! change recomputes the routes at once.

use crate::i18n::strings;
use crate::view_state::{Start, ViewState};
use leptos::prelude::*;
use pathway_model::model::{CredentialKind, PartnerRole};
use pathway_model::{OccupationId, PathwayGraph, RegionId};
use std::sync::Arc;

const MONTH_LIMITS: [u32; 5] = [3, 6, 12, 24, 36];
const COST_LIMITS: [u32; 6] = [0, 250, 500, 1000, 2500, 5000];
const MONTHS_IN_JOB: [u32; 6] = [3, 6, 12, 24, 36, 60];
const AGES: [u32; 14] = [14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 30, 40, 55];

/// One yes/no fact about the person, bound to a field of the view state.
#[component]
fn Fact(
    /// The input's id.
    id: &'static str,
    /// What the box says.
    label: &'static str,
    /// Reads the fact from the state.
    get: fn(&ViewState) -> bool,
    /// Writes the fact into the state.
    set: fn(&mut ViewState, bool),
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    view! {
        <p class="check">
            <input
                type="checkbox"
                id=id
                prop:checked=move || state.with(get)
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

/// A select of figures with a "not set" choice first, bound to a field of
/// the view state.
#[component]
fn Limit(
    /// The select's id.
    id: &'static str,
    /// The label.
    label: &'static str,
    /// What the first choice, no figure, says.
    unset: &'static str,
    /// The values offered.
    values: &'static [u32],
    /// How a value reads.
    show: fn(u32) -> String,
    /// Reads the limit from the state.
    get: fn(&ViewState) -> Option<u32>,
    /// Writes the limit into the state.
    set: fn(&mut ViewState, Option<u32>),
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let options = values
        .iter()
        .map(|&v| {
            let selected = move || state.with(get) == Some(v);
            view! { <option value=v.to_string() selected=selected>{show(v)}</option> }
        })
        .collect_view();
    view! {
        <p class="field">
            <label for=id>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    let value = event_target_value(&ev).parse().ok();
                    state.update(|s| {
                        set(s, value);
                        *s = s.clone().with_new_question();
                    });
                }
            >
                <option value="" selected=move || state.with(get).is_none()>{unset}</option>
                {options}
            </select>
        </p>
    }
}

/// A select of the region's partners of one role (employers, unions),
/// bound to a field of the view state.
#[component]
fn PartnerChoice(
    /// The select's id.
    id: &'static str,
    /// The label.
    label: &'static str,
    /// What the first choice, none of them, says.
    unset: &'static str,
    /// The partners offered, as (id, name).
    partners: Vec<(String, String)>,
    /// Reads the choice from the state.
    get: fn(&ViewState) -> Option<String>,
    /// Writes the choice into the state.
    set: fn(&mut ViewState, Option<String>),
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let options = partners
        .into_iter()
        .map(|(value, name)| {
            let chosen = value.clone();
            let selected = move || state.with(get).as_deref() == Some(chosen.as_str());
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
                        set(s, (!value.is_empty()).then_some(value));
                        *s = s.clone().with_new_question();
                    });
                }
            >
                <option value="" selected=move || state.with(get).is_none()>{unset}</option>
                {options}
            </select>
        </p>
    }
}

/// The region's partners with `role`, as (id, name), in data order.
fn partners_with(graph: &PathwayGraph, region: &Option<RegionId>, role: PartnerRole) -> Vec<(String, String)> {
    graph
        .dataset()
        .partners
        .iter()
        .filter(|p| p.roles.contains(&role) && (region.is_none() || p.region.is_none() || p.region == *region))
        .map(|p| (p.id.to_string(), p.name.clone()))
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
    let region = state.with_untracked(|s| s.region_in(&graph).cloned());
    let in_region = |r: &Option<RegionId>| region.is_none() || *r == region;
    // Credentials worth asking about: those some rung or program in the region needs.
    // Only looked up, so neither sorted nor deduplicated (a sort would add its code to the wasm).
    let needed: Vec<&pathway_model::CredentialId> = graph
        .dataset()
        .occupations
        .iter()
        .filter(|o| in_region(&o.region))
        .flat_map(|o| o.requires.iter())
        .chain(graph.dataset().programs.iter().filter(|p| in_region(&p.region)).flat_map(|p| p.requires.iter()))
        .collect();
    let held_options = graph
        .dataset()
        .credentials
        .iter()
        .filter(|c| !matches!(c.kind, CredentialKind::Diploma | CredentialKind::EnglishLevel))
        .filter(|c| needed.contains(&&c.id))
        .map(|c| {
            let id = c.id.to_string();
            let input_id = format!("holds-{id}");
            let for_id = input_id.clone();
            let checked_id = id.clone();
            view! {
                <p class="check">
                    <input
                        type="checkbox"
                        id=input_id
                        prop:checked=move || state.with(|s| s.holds.contains(&checked_id))
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
                    <label for=for_id>{c.name.clone()}</label>
                </p>
            }
        })
        .collect_view();
    let start = state.with_untracked(|s| s.start.clone());
    let targets = graph
        .occupations()
        .filter(|&ix| {
            let o = graph.occupation(ix);
            in_region(&o.region) && !o.entry && start != Some(Start::Occupation(o.id.to_string()))
        })
        .map(|ix| {
            let o = graph.occupation(ix);
            let id = o.id.to_string();
            let value = id.clone();
            let selected = move || state.with(|s| s.target.as_deref() == Some(id.as_str()));
            view! { <option value=value selected=selected>{o.title.clone()}</option> }
        })
        .collect_view();
    let employers = partners_with(&graph, &region, PartnerRole::Employer);
    let unions = partners_with(&graph, &region, PartnerRole::UnionFund);
    let g = graph.clone();
    let has_job = matches!(start, Some(Start::Occupation(_)));
    view! {
        <form class="situation" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{t.situation}</legend>
                <p class="hint">{t.situation_hint}</p>
                {has_job.then(|| view! {
                    <Limit
                        id="months-in-job"
                        label=t.months_in_job
                        unset=t.months_in_job_unset
                        values=&MONTHS_IN_JOB
                        show=|v| format!("{v} {}", strings().months_unit)
                        get=|s| s.months_in_job
                        set=|s, v| s.months_in_job = v
                        state=state
                    />
                })}
                <Fact id="no-diploma" label=t.no_diploma get=|s| s.no_diploma set=|s, v| s.no_diploma = v state=state />
                <Fact id="learning-english" label=t.learning_english get=|s| s.learning_english set=|s, v| s.learning_english = v state=state />
                <Fact id="evenings" label=t.evenings get=|s| s.evenings set=|s, v| s.evenings = v state=state />
                <Fact id="keep-earning" label=t.keep_earning get=|s| s.keep_earning set=|s, v| s.keep_earning = v state=state />
                <Fact id="no-car" label=t.no_car get=|s| s.no_car set=|s, v| s.no_car = v state=state />
                <Limit
                    id="max-months"
                    label=t.max_months
                    unset=t.no_limit
                    values=&MONTH_LIMITS
                    show=|v| format!("{v} {}", strings().months_unit)
                    get=|s| s.max_months
                    set=|s, v| s.max_months = v
                    state=state
                />
                <Limit
                    id="max-cost"
                    label=t.max_cost
                    unset=t.no_limit
                    values=&COST_LIMITS
                    show=|v| crate::format::dollars(f64::from(v))
                    get=|s| s.max_cost
                    set=|s, v| s.max_cost = v
                    state=state
                />
            </fieldset>
            <details class="held">
                <summary>{t.already_hold}</summary>
                {held_options}
            </details>
            <details class="held" open=move || state.with(|s| s.employer.is_some() || s.union.is_some() || s.income_eligible || s.age.is_some() || s.in_high_school)>
                <summary>{t.who_pays_heading}</summary>
                <p class="hint">{t.who_pays_hint}</p>
                {(!employers.is_empty()).then(|| view! {
                    <PartnerChoice
                        id="employer"
                        label=t.employer_label
                        unset=t.employer_unset
                        partners=employers
                        get=|s| s.employer.clone()
                        set=|s, v| s.employer = v
                        state=state
                    />
                })}
                {(!unions.is_empty()).then(|| view! {
                    <PartnerChoice
                        id="union"
                        label=t.union_label
                        unset=t.union_unset
                        partners=unions
                        get=|s| s.union.clone()
                        set=|s, v| s.union = v
                        state=state
                    />
                })}
                <Fact id="income-eligible" label=t.income_eligible get=|s| s.income_eligible set=|s, v| s.income_eligible = v state=state />
                <Fact id="in-high-school" label=t.in_high_school get=|s| s.in_high_school set=|s, v| s.in_high_school = v state=state />
                <Limit
                    id="age"
                    label=t.age_label
                    unset=t.age_unset
                    values=&AGES
                    show=|v| v.to_string()
                    get=|s| s.age
                    set=|s, v| s.age = v
                    state=state
                />
            </details>
            <p class="field">
                <label for="target">{t.target_label}</label>
                <select
                    id="target"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let target = (!value.is_empty() && g.occupation_ix(&OccupationId(value.clone())).is_some()).then_some(value);
                        state.update(|s| {
                            s.target = target;
                            *s = s.clone().with_new_question();
                        });
                    }
                >
                    <option value="" selected=move || state.with(|s| s.target.is_none())>{t.any_target}</option>
                    {targets}
                </select>
            </p>
        </form>
    }
}
