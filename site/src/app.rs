//! The page: heading, the explorer over the loaded data (or a readable
//! message when it cannot load), and the credits.

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
        <header class="masthead no-print">
            <h1>{t.title}</h1>
            <p class="tagline">{t.tagline}</p>
            <p class="privacy">{t.privacy}</p>
        </header>
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
