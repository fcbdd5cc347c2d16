//! The region picker, shown when the data covers more than one region.

use crate::i18n::strings;
use crate::view_state::ViewState;
use leptos::html;
use leptos::prelude::*;
use pathway_model::bundle::IndexRegion;
use pathway_model::RegionId;

/// Set when the picker changes the region. The new region's data replaces the
/// page, picker included, so the new picker takes the focus back.
#[derive(Clone, Copy)]
pub struct RegionFocus(pub StoredValue<bool>);

/// A select of the data's regions; wages and programs follow the choice.
#[component]
pub fn RegionPicker(
    /// The region shown, or the one that failed to load.
    current: Option<RegionId>,
    /// Every region the data covers.
    regions: Vec<IndexRegion>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let lang = state.with_untracked(|s| s.lang.unwrap_or_default());
    let refocus = use_context::<RegionFocus>();
    let select = NodeRef::<html::Select>::new();
    Effect::new(move |_| {
        if let (Some(el), Some(RegionFocus(flag))) = (select.get(), refocus) {
            if flag.get_value() {
                flag.set_value(false);
                let _ = el.focus();
            }
        }
    });
    (regions.len() > 1).then(|| {
        let options = regions
            .into_iter()
            .map(|r| {
                let selected = current.as_ref() == Some(&r.id);
                let name = r.name_in(lang.code()).to_owned();
                view! { <option value=r.id.to_string() selected=selected>{name}</option> }
            })
            .collect_view();
        view! {
            <p class="field">
                <label for="region">{t.region_label}</label>
                <select
                    id="region"
                    node_ref=select
                    on:change=move |ev| {
                        let region = event_target_value(&ev);
                        if let Some(RegionFocus(flag)) = refocus {
                            flag.set_value(true);
                        }
                        state.update(|s| {
                            // A new region starts a new question, in the same language and view.
                            *s = ViewState { region: Some(region), lang: s.lang, map: s.map, ..ViewState::default() };
                        });
                    }
                >
                    {options}
                </select>
            </p>
        }
    })
}
