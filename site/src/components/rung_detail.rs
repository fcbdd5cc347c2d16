//! What one rung takes: the credential, each program with its provider, time,
//! cost, funding, schedule, pay and support, and the source of every figure.

use crate::focus::focus_after_render;
use crate::format::{annual, cents, dollars, months, step, tenths};
use crate::i18n::{fill, funding, program_kind, schedule, strings, support, who};
use crate::view_state::ViewState;
use leptos::html;
use leptos::prelude::*;
use pathway_routes::{ProgramReport, RouteReport, WageSource};

fn join(words: Vec<String>) -> String {
    if words.is_empty() {
        strings().none_listed.to_owned()
    } else {
        words.join(", ")
    }
}

/// One program on the rung. A plain function rather than a component: the
/// rung's cards are type-erased once, as a list, so a component's wrapper
/// and erased view for each card would only add to the wasm.
fn program_card(p: ProgramReport) -> impl IntoView {
    let t = strings();
    let cost = if p.cost < p.full_cost {
        format!("{} ({} {})", dollars(p.cost), t.full_cost, dollars(p.full_cost))
    } else {
        dollars(p.cost)
    };
    let funders = p
        .funding
        .iter()
        .map(|f| {
            let status = match &f.unmet {
                None => t.funding_applies.to_owned(),
                Some(unmet) => fill(t.funding_not_for_you, &[("who", &who(unmet, &f.unmet_partners))]),
            };
            view! { <li class:funding-applies=f.applies>{format!("{} ({}): {status}", f.name, funding(f.kind))}</li> }
        })
        .collect_view();
    let no_funding = p.funding.is_empty();
    let pay = match p.pay_while_learning {
        Some((first, last)) => fill(t.pay_schedule, &[("first", &dollars(first)), ("last", &dollars(last))]),
        None if p.paid => t.paid_while_learning.to_owned(),
        None => t.not_paid.to_owned(),
    };
    let schedule_words = join(p.schedule.iter().map(|s| schedule(*s).to_owned()).collect());
    let help = join(p.support_services.iter().map(|s| support(*s).to_owned()).collect());
    view! {
        <section class="program" class:bridge=p.for_prerequisite>
            <h4>{p.name.clone()}</h4>
            <p class="program-kind">
                {program_kind(p.kind)}
                {p.for_prerequisite.then(|| view! { <span class="tag">{t.bridge}</span> })}
            </p>
            <dl>
                <dt>{t.provider}</dt><dd>{p.provider.clone()}</dd>
                <dt>{t.length}</dt><dd>{months(p.months)}</dd>
                <dt>{t.cost_to_you}</dt><dd>{cost}</dd>
                <dt>{t.funding}</dt>
                <dd>{if no_funding { view! { {t.none_listed} }.into_any() } else { view! { <ul class="funding-list">{funders}</ul> }.into_any() }}</dd>
                <dt>{t.schedule}</dt><dd>{schedule_words}</dd>
                <dt>{t.pay}</dt><dd>{pay}</dd>
                <dt>{t.support}</dt><dd>{help}</dd>
            </dl>
            <p class="source">
                {format!("{}: {} ({})", t.sources, p.source, p.source_date)}
                {p.illustrative.then(|| view! { <br /><em>{t.illustrative}</em> })}
            </p>
        </section>
    }
}

/// The details of the opened rung of the chosen route.
#[component]
pub fn RungDetail(
    /// The chosen route and its index.
    selected: Memo<Option<(usize, RouteReport)>>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let heading = NodeRef::<html::H3>::new();
    // Focus moves to the details when a person opens them, so keyboard and
    // screen-reader users land on what they asked for; nothing else (a box
    // ticked, a page of routes shown, a link opened) moves it.
    let opened = Memo::new(move |_| state.with(|s| s.rung.map(|k| (s.route.unwrap_or(0), k))));
    Effect::new(move |before: Option<Option<(usize, usize)>>| {
        let now = opened.get();
        if before.is_some_and(|b| b != now) && now.is_some() {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
        now
    });
    // Closing gives the focus back to the button that opened the details.
    let close = move |_| {
        if let Some((route, rung)) = opened.get_untracked() {
            focus_after_render(format!("#rung-{route}-{rung}"), None);
        }
        state.update(|s| s.rung = None);
    };
    move || {
        let k = state.with(|s| s.rung)?;
        let rung = selected.with(|s| s.as_ref().and_then(|(_, route)| route.rungs.get(k).cloned()))?;
        let credentials = join(rung.credentials.iter().map(|(_, name)| name.clone()).collect());
        let wage_line = format!(
            "{}{}{}",
            annual(rung.wage),
            rung.hourly_wage.map(|h| format!(" ({} {})", cents(h), t.per_hour)).unwrap_or_default(),
            rung.wage_step.map(|s| format!(", {}", step(s))).unwrap_or_default()
        );
        let wage_source = rung.wage_source.clone().map(|s| {
            format!(
                "{}: {s}{}{}",
                t.wage_source,
                rung.wage_year.map(|y| format!(", {y}")).unwrap_or_default(),
                if rung.wage_national_fallback { format!(" ({})", t.national_fallback) } else { String::new() }
            )
        });
        let range =
            rung.bls_range.map(|(low, high)| fill(t.wage_range, &[("low", &dollars(low)), ("high", &dollars(high))]));
        let authored = matches!(rung.wage_basis, WageSource::StepPay | WageSource::OccupationPay)
            .then(|| rung.bls_wage.map(dollars))
            .flatten();
        let timeline = fill(t.timeline, &[("start", &tenths(rung.start_month)), ("end", &tenths(rung.end_month))]);
        let experience = (rung.experience_months > 0.0)
            .then(|| view! { <p>{format!("{} {}", tenths(rung.experience_months), t.experience_first)}</p> });
        let programs = if rung.programs.is_empty() {
            view! { <p>{t.hired_directly}</p> }.into_any()
        } else {
            rung.programs.into_iter().map(program_card).collect_view().into_any()
        };
        Some(view! {
            <section class="rung-detail no-print" aria-labelledby="rung-detail-heading">
                <h3 id="rung-detail-heading" tabindex="-1" node_ref=heading>
                    {format!("{}: {}", t.rung_details, rung.title)}
                </h3>
                <p class="rung-wage">{wage_line}</p>
                {rung.same_bls_code.then(|| view! { <p class="note">{t.same_bls_code}</p> })}
                {authored.map(|w| view! { <p class="note">{fill(t.bls_beside_pay, &[("wage", &w)])}</p> })}
                <p>{timeline}</p>
                {range.map(|r| view! { <p>{r}</p> })}
                {wage_source.map(|s| view! { <p class="source">{s}</p> })}
                {rung.note.map(|n| view! {
                    <p class="note">{n}{rung.note_illustrative.then(|| view! { " "<em>{t.note_example}</em> })}</p>
                })}
                <p><strong>{t.credential_needed}": "</strong>{credentials}</p>
                {experience}
                {programs}
                <button type="button" class="small-button" on:click=close>
                    {t.close_details}
                </button>
            </section>
        })
    }
}
