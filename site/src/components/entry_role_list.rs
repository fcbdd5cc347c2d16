//! The entry roles of every region, with their median hourly wage.

use crate::i18n::strings;
use leptos::prelude::*;
use pathway_core::PathwayGraph;
use std::rc::Rc;

/// Lists the occupations a person can start in without a credential.
#[component]
pub fn EntryRoleList(
    /// The loaded pathway graph.
    graph: Rc<PathwayGraph>,
) -> impl IntoView {
    let t = strings();
    let regions = graph.regions().to_vec();
    let sections = regions
        .into_iter()
        .map(|region| {
            let roles: Vec<_> = graph
                .occupations()
                .filter(|&ix| {
                    let o = graph.occupation(ix);
                    o.entry && o.region.as_ref() == Some(&region.id)
                })
                .map(|ix| {
                    let o = graph.occupation(ix);
                    let wage = graph
                        .wage(ix)
                        .and_then(|w| w.hourly.median)
                        .map(|m| format!("${m:.2} {}", t.median_hourly))
                        .unwrap_or_else(|| t.no_wage.to_owned());
                    view! {
                        <li class="entry-role">
                            <span class="role-title">{o.title.clone()}</span>
                            <span class="role-wage">{wage}</span>
                        </li>
                    }
                })
                .collect();
            let empty = roles.is_empty().then(|| view! { <p>{t.no_entry_roles}</p> });
            view! {
                <section class="region" aria-labelledby=format!("region-{}", region.id)>
                    <h2 id=format!("region-{}", region.id)>{region.name.clone()}</h2>
                    <h3>{t.entry_roles}</h3>
                    {empty}
                    <ul class="entry-roles">{roles}</ul>
                </section>
            }
        })
        .collect_view();
    view! { <div class="regions">{sections}</div> }
}
