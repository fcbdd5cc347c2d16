//! The page between its static masthead and credits (which index.html
//! carries, so the first paint needs no WebAssembly): the explorer over the
//! region the view shows, or a readable message when its data cannot load.

use crate::bundle_fetch::fetch_region;
use crate::components::{Explorer, LoadError, RegionFocus};
use crate::i18n::strings;
use crate::url_sync::url_state;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let t = strings();
    let state = url_state();
    // Only a change of region fetches data; every other change is computed here.
    let region = Memo::new(move |_| state.with(|s| s.region.clone()));
    let data = LocalResource::new(move || fetch_region(region.get()));
    provide_context(RegionFocus(StoredValue::new(false)));
    view! {
        <main id="main">
            // A plain match rather than <Suspense>: one resource needs no
            // boundary, and the boundary's machinery would add to the wasm.
            {move || match data.get() {
                None => view! { <p role="status">{t.loading}</p> }.into_any(),
                Some(Ok(loaded)) => view! {
                    <Explorer graph=loaded.graph.clone() regions=loaded.regions.clone() state=state />
                }
                .into_any(),
                Some(Err(message)) => view! { <LoadError message=message /> }.into_any(),
            }}
        </main>
    }
}
