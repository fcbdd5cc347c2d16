//! Keeping this page offline from its first visit. The site's service
//! worker keeps a copy of every file it serves, but on a first visit the
//! page's own files were fetched before the worker was in charge; once it
//! takes charge, they are asked for again, through it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Registers the site's service worker and, when it first takes charge of
/// this page, fetches the page's files again so the worker keeps them.
pub fn keep_this_page_offline() {
    pathway_site::keep_offline("../sw.js");
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if !supported || !window.is_secure_context() {
        return;
    }
    let workers = navigator.service_worker();
    if workers.controller().is_some() {
        return;
    }
    let refetch = Closure::once(move || {
        let Some(window) = web_sys::window() else { return };
        let page = window.location().pathname().unwrap_or_default();
        let resources = window.performance().map(|p| p.get_entries_by_type("resource")).unwrap_or_default();
        let urls = resources.iter().filter_map(|e| e.dyn_into::<web_sys::PerformanceEntry>().ok()).map(|e| e.name());
        for url in std::iter::once(page).chain(urls) {
            let _ = window.fetch_with_str(&url);
        }
    });
    workers.set_oncontrollerchange(Some(refetch.as_ref().unchecked_ref()));
    refetch.forget();
}
