//! Registers the service worker (`sw.js`, beside index.html) that keeps the
//! site working offline after a first visit. Browsers without service workers,
//! or pages not served over HTTPS or localhost, simply go without.

/// Asks the browser to install the site's service worker from `script`
/// (relative to the page), scoped to the folder the script is in.
pub fn register_service_worker(script: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if supported && window.is_secure_context() {
        // The promise is left to settle on its own: failing to register only means no offline copy.
        let _ = navigator.service_worker().register(script);
    }
}
