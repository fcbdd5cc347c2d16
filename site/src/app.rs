//! The page below its static masthead (which index.html carries, so the first
//! paint needs no WebAssembly): the explorer over the loaded data, or a
//! readable message when it cannot load, and the credits.

use crate::bundle_fetch::fetch_bundle;
use crate::components::{Explorer, LoadError};
use crate::i18n::strings;
use crate::url_sync::url_state;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let t = strings();
    let bundle = LocalResource::new(fetch_bundle);
    let state = url_state();
    view! {
        <main id="main">
            <Suspense fallback=move || view! { <p role="status">{t.loading}</p> }>
                {move || {
                    bundle
                        .get()
                        .map(|loaded| match loaded {
                            Ok(graph) => view! { <Explorer graph=graph state=state /> }.into_any(),
                            Err(message) => view! { <LoadError message=message /> }.into_any(),
                        })
                }}
            </Suspense>
        </main>
        <footer class="credits no-print">
            <p>{t.wage_credit}</p>
            <p>{t.onet_credit}</p>
            <p>{t.data_note}</p>
        </footer>
    }
}
