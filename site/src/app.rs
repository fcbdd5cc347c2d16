//! The page: heading, the loaded data (or a readable message), and credits.

use crate::bundle_fetch::fetch_bundle;
use crate::components::{EntryRoleList, LoadError};
use crate::i18n::strings;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let t = strings();
    let bundle = LocalResource::new(fetch_bundle);
    view! {
        <header class="masthead">
            <h1>{t.title}</h1>
            <p class="tagline">{t.tagline}</p>
        </header>
        <main id="main">
            <Suspense fallback=move || view! { <p role="status">{t.loading}</p> }>
                {move || {
                    bundle
                        .get()
                        .map(|loaded| match loaded {
                            Ok(graph) => view! { <EntryRoleList graph=graph /> }.into_any(),
                            Err(message) => view! { <LoadError message=message /> }.into_any(),
                        })
                }}
            </Suspense>
        </main>
        <footer class="credits">
            <p>{t.wage_credit}</p>
            <p>{t.onet_credit}</p>
        </footer>
    }
}
