//! The page between its static masthead and credits (which index.html
//! carries, so the first paint needs no WebAssembly): the explorer over the
//! region the view shows, or a readable message when its data cannot load.

use crate::bundle_fetch::{fetch_region, Loaded};
use crate::components::{Explorer, LoadError, RegionFocus};
use crate::i18n::strings;
use crate::url_sync::url_state;
use leptos::prelude::*;
use std::sync::Arc;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let t = strings();
    let state = url_state();
    // Only a change of region fetches data; every other change is computed here.
    let region = Memo::new(move |_| state.with(|s| s.region.clone()));
    // A signal filled by a spawned fetch rather than a LocalResource: the
    // resource's async machinery (locks, listeners, transitions) cost the
    // wasm several kilobytes. As with the resource, the page keeps showing
    // the old region until the new one has loaded, and only the answer for
    // the latest region asked for is kept.
    let data = RwSignal::new(None::<Result<Arc<Loaded>, String>>);
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        let wanted = region.get();
        let ticket = latest.get_value().wrapping_add(1);
        latest.set_value(ticket);
        leptos::task::spawn_local(async move {
            let loaded = fetch_region(wanted).await;
            if latest.get_value() == ticket {
                data.set(Some(loaded));
            }
        });
    });
    provide_context(RegionFocus(StoredValue::new(false)));
    view! {
        <main id="main">
            // A plain match rather than <Suspense>: one loading state needs no
            // boundary, and the boundary's machinery would add to the wasm.
            {move || match data.get() {
                None => view! { <p role="status">{t.loading}</p> }.into_any(),
                Some(Ok(loaded)) => view! {
                    <Explorer engine=loaded.engine.clone() regions=loaded.regions.clone() state=state />
                }
                .into_any(),
                Some(Err(message)) => view! { <LoadError message=message /> }.into_any(),
            }}
        </main>
    }
}
