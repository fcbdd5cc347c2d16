//! The career pathway explorer: a single-page site that loads the compiled
//! pathway bundle and lets people explore the routes upward from where they are.
//! All route work happens in `pathway-core`, compiled into this WebAssembly.

#![forbid(unsafe_code)]

mod app;
mod bundle_fetch;
mod components;
mod i18n;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
