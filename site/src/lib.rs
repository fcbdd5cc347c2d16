//! The career pathway explorer: a single-page site that loads the compiled
//! pathway bundle and shows the routes upward from where a person is. All
//! route work happens in `pathway-routes` over `pathway-model`'s graph,
//! compiled into this WebAssembly; the components only render what it
//! computes, and `i18n` words its typed answers.
//!
//! The visitor's page is the binary (`main.rs`); the author page uses the
//! same library to preview a region from files that never left the browser
//! (the `preview` feature).

// The one exception is the code `wasm_split` writes where the visitor's
// build splits its WebAssembly (`components::journey`).
#![deny(unsafe_code)]

mod app;
pub mod bundle_fetch;
mod components;
mod families;
mod focus;
mod format;
mod i18n;
mod markup;
mod offline;
#[cfg(feature = "preview")]
pub mod preview;
mod routes;
mod saved_plans;
mod split;
mod tasks;
mod url_sync;
mod view_state;

/// Draws the explorer into the page's `#app` element (or its body), in place
/// of the static loading line.
pub fn mount_explorer() {
    use wasm_bindgen::JsCast;
    let root = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| leptos::prelude::document().body().expect("a page has a body"));
    // The static "loading" line (and boot.js's fallback message) give way to the app.
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}

/// An explorer drawn into an element; dropping it removes it.
#[cfg(feature = "preview")]
pub struct Mounted(#[allow(dead_code)] Box<dyn std::any::Any>);

/// Draws a new explorer into `root`, reading its data as it starts (see
/// [`preview::set_files`]).
#[cfg(feature = "preview")]
pub fn mount_explorer_into(root: web_sys::HtmlElement) -> Mounted {
    Mounted(Box::new(leptos::mount::mount_to(root, app::App)))
}

/// Registers the site's service worker, found at `script` relative to the
/// page, so the site keeps working offline.
pub fn keep_offline(script: &str) {
    offline::register_service_worker(script);
}
