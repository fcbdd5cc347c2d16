//! Fetching the compiled pathway bundle from the site's own folder.

use pathway_core::bundle::Bundle;
use pathway_core::PathwayGraph;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bundle's file name, beside index.html, so the site works from any folder.
pub const BUNDLE_FILE: &str = "pathways.json";

/// Fetches and reads the bundle; the error is a sentence a person can act on.
pub async fn fetch_bundle() -> Result<Arc<PathwayGraph>, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let response = JsFuture::from(window.fetch_with_str(BUNDLE_FILE))
        .await
        .map_err(|_| format!("the data file `{BUNDLE_FILE}` could not be fetched (network error)"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "unexpected fetch result".to_owned())?;
    if !response.ok() {
        return Err(format!("the data file `{BUNDLE_FILE}` is missing (HTTP {})", response.status()));
    }
    let text = response.text().map_err(|_| "the data file could not be read".to_owned())?;
    let text = JsFuture::from(text).await.map_err(|_| "the data file could not be read".to_owned())?;
    let text = text.as_string().ok_or("the data file is not text")?;
    Bundle::parse(&text).map(Arc::new).map_err(|e| e.to_string())
}
