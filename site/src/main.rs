//! The career pathway explorer: a single-page site that loads the compiled
//! pathway bundle and shows the routes upward from where a person is. All
//! route work happens in `pathway-routes` over `pathway-model`'s graph,
//! compiled into this WebAssembly; the components only render what it
//! computes, and `i18n` words its typed answers.

#![forbid(unsafe_code)]

mod app;
mod bundle_fetch;
mod components;
mod focus;
mod format;
mod i18n;
mod markup;
mod offline;
mod saved_plans;
mod url_sync;
mod view_state;

fn main() {
    use wasm_bindgen::JsCast;
    let root = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| leptos::prelude::document().body().expect("a page has a body"));
    // The static "loading" line (and boot.js's fallback message) give way to the app.
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
    offline::register_service_worker();
}
