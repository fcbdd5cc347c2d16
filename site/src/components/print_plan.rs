//! The chosen route as a one-page plan for print: a checklist of every step
//! and the link that opens this view again.

use crate::format::{annual, dollars, months};
use crate::i18n::strings;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::{monthly_income, RouteReport};

/// The print button and the print-only plan.
#[component]
pub fn PrintPlan(
    /// The chosen route and its index.
    selected: Memo<Option<(usize, RouteReport)>>,
    /// The view state, whose query string is the plan's link.
    state: RwSignal<ViewState>,
    /// Where the person starts, by title and yearly wage, for the money month by month.
    start: Memo<Option<(String, Option<f64>)>>,
) -> impl IntoView {
    let t = strings();
    move || {
        let (_, route) = selected.get()?;
        let location = window().location();
        let link = format!(
            "{}{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            state.with(ViewState::to_query)
        );
        let wage = start.with(|s| s.as_ref().and_then(|(_, w)| *w));
        let series = monthly_income(&route, wage);
        let (five_years, payback) = super::income_chart::summary(t, &series);
        let mut money = crate::markup::Markup::default();
        super::income_chart::table(&mut money, t, &series, wage.is_some());
        let money = money.finish();
        let steps = route
            .rungs
            .iter()
            .map(|rung| {
                let programs = rung
                    .programs
                    .iter()
                    .map(|p| {
                        view! {
                            <li>
                                "☐ "
                                {format!("{} ({}): {}, {} {}", p.name, p.provider, months(p.months), dollars(p.cost), t.to_you)}
                            </li>
                        }
                    })
                    .collect_view();
                let experience = (rung.experience_months > 0.0)
                    .then(|| view! { <li>"☐ "{format!("{} {}", months(rung.experience_months), t.experience_first_plan)}</li> });
                view! {
                    <li>
                        <strong>{rung.title.clone()}</strong>
                        {format!(" — {}", annual(rung.wage))}
                        <ul class="plan-programs">{experience}{programs}</ul>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <p class="no-print">
                <button type="button" class="small-button" on:click=move |_| { let _ = window().print(); }>
                    {t.print_plan}
                </button>
            </p>
            <section class="print-plan print-only">
                <h2>{format!("{}: {}", t.plan_heading, super::route_list::destination(&route))}</h2>
                <p>{super::route_list::summary(&route)}</p>
                <ol>{steps}</ol>
                <h3>{t.income_heading}</h3>
                <p>{five_years}" "{payback}</p>
                <div inner_html=money></div>
                <p class="source">{t.income_note}</p>
                <p class="plan-link">{t.plan_link}" "<span>{link}</span></p>
                <p class="source">{t.wage_credit}" "{t.data_note}</p>
            </section>
        })
    }
}
