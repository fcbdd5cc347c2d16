//! Fetching from the site's own folder: the small index of regions, then
//! the bundle of the one region the view shows; and a language's catalog.

use pathway_model::bundle::{Bundle, BundleIndex, IndexRegion, INDEX_FILE};
use pathway_routes::RouteEngine;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The data one view needs.
pub struct Loaded {
    /// Every region the data covers, for the region picker.
    pub regions: Vec<IndexRegion>,
    /// The route engine over the graph of the region shown.
    pub engine: Arc<RouteEngine>,
}

/// Fetches one file beside index.html as text; the error is a sentence.
pub async fn fetch_text(file: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let response = JsFuture::from(window.fetch_with_str(file))
        .await
        .map_err(|_| format!("the data file `{file}` could not be fetched (network error)"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "unexpected fetch result".to_owned())?;
    if !response.ok() {
        return Err(format!("the data file `{file}` is missing (HTTP {})", response.status()));
    }
    let unreadable = || format!("the data file `{file}` could not be read");
    let text = JsFuture::from(response.text().map_err(|_| unreadable())?).await.map_err(|_| unreadable())?;
    text.as_string().ok_or_else(unreadable)
}

/// Waits for the browser's next task, so reading the data and drawing the
/// page it fills are two shorter tasks, not one long one that blocks input.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Fetches the index and the bundle of the wanted region (the first region
/// when the view names none or one the data lacks) in `lang`, or in the
/// region's default language when it is not published in `lang`; the error is
/// a sentence a person can act on.
pub async fn fetch_region(wanted: Option<String>, lang: &str) -> Result<Arc<Loaded>, String> {
    let regions = BundleIndex::parse(&fetch_text(INDEX_FILE).await?).map_err(|e| e.to_string())?;
    let region = wanted
        .and_then(|w| regions.iter().find(|r| r.id.as_str() == w))
        .or_else(|| regions.first())
        .ok_or_else(|| format!("the data file `{INDEX_FILE}` lists no region"))?;
    let file = region.file_for(lang);
    let graph = Bundle::parse(&fetch_text(&file).await?).map_err(|e| format!("{file}: {e}"))?;
    next_task().await;
    Ok(Arc::new(Loaded { engine: Arc::new(RouteEngine::new(graph)), regions }))
}
