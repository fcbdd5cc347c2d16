//! Fetching from the site's own folder: the small index of regions, then
//! the bundle of the one region the view shows; and a language's catalog.

use pathway_model::bundle::{Bundle, BundleIndex, IndexRegion, INDEX_FILE};
use pathway_model::PathwayGraph;
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
    #[cfg(feature = "preview")]
    let path = match crate::preview::lookup(file) {
        Ok(text) => return Ok(text),
        Err(path) => path,
    };
    #[cfg(not(feature = "preview"))]
    let path = file;
    let window = web_sys::window().ok_or("no browser window")?;
    let response = JsFuture::from(window.fetch_with_str(&path))
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

/// Why a region could not be shown: the message, and the regions the index
/// lists when it could be read, so the page still offers the others.
#[derive(Clone, Debug)]
pub struct LoadFailure {
    /// What went wrong, as a sentence naming the file.
    pub message: String,
    /// Every region of the index; empty when the index itself failed.
    pub regions: Vec<IndexRegion>,
    /// The region that failed.
    pub region: Option<pathway_model::RegionId>,
}

/// Fetches the index of regions; the error names `pathways.json`.
pub async fn fetch_index() -> Result<Vec<IndexRegion>, String> {
    let text = fetch_text(INDEX_FILE).await?;
    BundleIndex::parse(&text).map_err(|e| format!("{INDEX_FILE}: {e}"))
}

/// Fetches and reads one region's bundle in `lang` (or its default language).
pub async fn fetch_graph(region: &IndexRegion, lang: &str) -> Result<PathwayGraph, String> {
    let file = region.file_for(lang);
    Bundle::parse(&fetch_text(&file).await?).map_err(|e| format!("{file}: {e}"))
}

/// Fetches the index and the bundle of the wanted region (the first region
/// when the view names none or one the data lacks) in `lang`, or in the
/// region's default language when it is not published in `lang`. A failure
/// says which file and keeps the index, so the other regions stay reachable.
pub async fn fetch_region(wanted: Option<String>, lang: &str) -> Result<Arc<Loaded>, LoadFailure> {
    let regions = fetch_index().await.map_err(|message| LoadFailure { message, regions: Vec::new(), region: None })?;
    let Some(region) = wanted.and_then(|w| regions.iter().find(|r| r.id.as_str() == w)).or_else(|| regions.first())
    else {
        let message = format!("the data file `{INDEX_FILE}` lists no region");
        return Err(LoadFailure { message, regions, region: None });
    };
    match fetch_graph(region, lang).await {
        Ok(graph) => {
            next_task().await;
            Ok(Arc::new(Loaded { engine: Arc::new(RouteEngine::new(graph)), regions }))
        }
        Err(message) => {
            let region = Some(region.id.clone());
            Err(LoadFailure { message, regions, region })
        }
    }
}

/// The first region other than `loaded` whose data has the job `id`, for a
/// link that names a job of another region. Regions that fail to load are
/// passed over.
pub async fn region_with_job(
    regions: &[IndexRegion],
    loaded: &pathway_model::RegionId,
    id: &str,
    lang: &str,
) -> Option<pathway_model::RegionId> {
    let job = pathway_model::OccupationId(id.to_owned());
    for region in regions.iter().filter(|r| r.id != *loaded) {
        if let Ok(graph) = fetch_graph(region, lang).await {
            if graph.occupation_ix(&job).is_some() {
                return Some(region.id.clone());
            }
        }
    }
    None
}
