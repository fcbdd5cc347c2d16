//! The chosen route as a one-page plan for print: a checklist of every step
//! and the link that opens this view again.

use crate::format::{annual, dollars, months};
use crate::i18n::{strings, Strings};
use crate::markup::Markup;
use crate::tasks::after_paint;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::{monthly_income, RouteReport};

/// The print button and the print-only plan. An effect writes the plan
/// into its section once the page has painted a change, since nobody sees it
/// on screen: a click on the form redraws the routes without waiting for
/// it. Printing writes it first if it is behind.
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
    let section = NodeRef::<leptos::html::Section>::new();
    // True while a change waits to be written.
    let behind = StoredValue::new(false);
    // Writes the plan if it is behind; false while its section is not in
    // the page yet.
    let write = move || {
        if behind.try_get_value() != Some(true) {
            return true;
        }
        let Some(section) = section.get_untracked() else {
            return false;
        };
        behind.set_value(false);
        let location = window().location();
        let link = format!(
            "{}{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            state.with_untracked(ViewState::to_query)
        );
        let wage = start.with_untracked(|s| s.as_ref().and_then(|(_, w)| *w));
        // The route is read where the memo holds it, not copied.
        let markup = selected.with_untracked(|s| s.as_ref().map(|(_, route)| plan_markup(t, route, wage, &link)));
        section.set_inner_html(&markup.unwrap_or_default());
        true
    };
    Effect::new(move |_| {
        selected.track();
        start.track();
        state.track();
        if !behind.get_value() {
            behind.set_value(true);
            leptos::task::spawn_local(async move {
                after_paint().await;
                while !write() {
                    after_paint().await;
                }
            });
        }
    });
    let listener = window_event_listener(leptos::ev::beforeprint, move |_| {
        write();
    });
    on_cleanup(move || listener.remove());
    view! {
        <p class="no-print">
            <button
                type="button"
                class="small-button"
                on:click=move |_| {
                    write();
                    let _ = window().print();
                }
            >
                {t.print_plan}
            </button>
        </p>
        <section class="print-plan print-only" node_ref=section></section>
    }
}

/// The printed plan of `route` as markup: every rung's checklist, the money
/// month by month, and `link`, which opens the view again.
fn plan_markup(t: &Strings, route: &RouteReport, wage: Option<f64>, link: &str) -> String {
    let series = monthly_income(route, wage);
    let (five_years, payback) = super::income_chart::summary(t, &series);
    // The plan shows only on paper and has no control in it, so it is
    // written as markup and set in one go.
    let mut plan = Markup::default();
    plan.leaf("h2", &[], &format!("{}: {}", t.plan_heading, super::route_list::destination(route)))
        .leaf("p", &[], &super::route_list::summary(route))
        .open("ol", &[]);
    for rung in &route.rungs {
        plan.open("li", &[])
            .leaf("strong", &[], &rung.title)
            .text(&format!(" — {}", annual(rung.wage)))
            .open("ul", &[("class", "plan-programs")]);
        if rung.experience_months > 0.0 {
            plan.leaf("li", &[], &format!("☐ {} {}", months(rung.experience_months), t.experience_first_plan));
        }
        for p in &rung.programs {
            let line = format!("☐ {} ({}): {}, {} {}", p.name, p.provider, months(p.months), dollars(p.cost), t.to_you);
            plan.leaf("li", &[], &line);
        }
        plan.close("ul").close("li");
    }
    plan.close("ol").leaf("h3", &[], t.income_heading).leaf("p", &[], &format!("{five_years} {payback}"));
    plan.open("div", &[]);
    super::income_chart::table(&mut plan, t, &series, wage.is_some());
    plan.close("div")
        .leaf("p", &[("class", "source")], t.income_note)
        .open("p", &[("class", "plan-link")])
        .text(t.plan_link)
        .text(" ")
        .leaf("span", &[], link)
        .close("p")
        .leaf("p", &[("class", "source")], &format!("{} {}", t.wage_credit, t.data_note));
    plan.finish()
}
