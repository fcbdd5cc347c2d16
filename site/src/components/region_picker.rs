//! The region picker, shown when the data covers more than one region.

use crate::i18n::strings;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_core::PathwayGraph;
use std::sync::Arc;

/// A select of the data's regions; wages and programs follow the choice.
#[component]
pub fn RegionPicker(
    /// The loaded pathway graph.
    graph: Arc<PathwayGraph>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let regions: Vec<(String, String)> =
        graph.regions().iter().map(|r| (r.id.to_string(), r.name.clone())).collect();
    let g = graph.clone();
    let current = Memo::new(move |_| state.with(|s| s.region_in(&g).map(|r| r.to_string()).unwrap_or_default()));
    (regions.len() > 1).then(|| {
        let options = regions
            .into_iter()
            .map(|(id, name)| {
                let value = id.clone();
                let selected = move || current.with(|c| *c == id);
                view! { <option value=value selected=selected>{name}</option> }
            })
            .collect_view();
        view! {
            <p class="field">
                <label for="region">{t.region_label}</label>
                <select
                    id="region"
                    on:change=move |ev| {
                        let region = event_target_value(&ev);
                        state.update(|s| {
                            *s = ViewState { region: Some(region), ..ViewState::default() };
                        });
                    }
                >
                    {options}
                </select>
            </p>
        }
    })
}
