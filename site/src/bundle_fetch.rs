//! Fetching from the site's own folder: the small index of regions, then
//! the job list of the one region the view shows (and its whole bundle once
//! the view has a job and the first view is painted); and a language's
//! catalog.

use crate::tasks::next_task;
use futures::future::{LocalBoxFuture, Shared};
use futures::FutureExt;
use pathway_model::bundle::{Bundle, BundleIndex, IndexRegion, Job, JobList, INDEX_FILE};
use pathway_model::PathwayGraph;
use pathway_routes::RouteEngine;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The data the first view needs.
pub struct Loaded {
    /// Every region the data covers, for the region picker.
    pub regions: Vec<IndexRegion>,
    /// The region shown.
    pub region: IndexRegion,
    /// Its jobs, for the start picker.
    pub jobs: Arc<Vec<Job>>,
    /// The route engine over the region's graph, when its bundle was read
    /// already because the region publishes no job list. Otherwise
    /// [`fetch_engine`] reads it when needed.
    pub engine: Option<Arc<RouteEngine>>,
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

/// Fetches and reads one region's bundle in `lang` (or its default
/// language): its text, its JSON, its dataset and its graph in four tasks, since a
/// state's bundle takes long enough to read that one task would hold up the
/// page.
pub async fn fetch_graph(region: &IndexRegion, lang: &str) -> Result<PathwayGraph, String> {
    let file = region.file_for(lang);
    let text = fetch_text(&file).await?;
    next_task().await;
    let json = Bundle::json(&text).map_err(|e| format!("{file}: {e}"))?;
    next_task().await;
    let dataset = Bundle::dataset_of(&json).map_err(|e| format!("{file}: {e}"))?;
    next_task().await;
    // Freeing the JSON's values and the text they point into is work too:
    // it is done here, not at the end of the task before.
    drop(json);
    drop(text);
    Bundle::graph_of_dataset(dataset).map_err(|e| format!("{file}: {e}"))
}

/// Fetches and reads one region's job list in `lang`, when it has one.
async fn fetch_jobs(region: &IndexRegion, lang: &str) -> Option<Result<Vec<Job>, String>> {
    let file = region.jobs_file_for(lang)?;
    Some(match fetch_text(&file).await {
        Ok(text) => JobList::parse(&text).map_err(|e| format!("{file}: {e}")),
        Err(e) => Err(e),
    })
}

/// A region's route engine as it is read, shared by whoever asks for it.
type EngineRead = Shared<LocalBoxFuture<'static, Result<Arc<RouteEngine>, String>>>;

thread_local! {
    /// The engine of the bundle file read last, or being read: the page is
    /// drawn again when its language's catalog arrives, and the explorer it
    /// draws asks again for the region it was already reading.
    static ENGINE: RefCell<Option<(String, EngineRead)>> = const { RefCell::new(None) };
}

/// Fetches one region's bundle in `lang` and builds the route engine over
/// it; a second ask for the same file, while it is read or after, gets the
/// same engine. A failed read is forgotten, so asking again tries again.
pub async fn fetch_engine(region: &IndexRegion, lang: &str) -> Result<Arc<RouteEngine>, String> {
    let file = region.file_for(lang);
    // The author page's preview reads new data under the same file names.
    if cfg!(feature = "preview") {
        return read_engine(region.clone(), lang.to_owned()).await;
    }
    let read = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        match &*engine {
            Some((read_file, read)) if *read_file == file => read.clone(),
            _ => {
                let read = read_engine(region.clone(), lang.to_owned()).boxed_local().shared();
                *engine = Some((file.clone(), read.clone()));
                read
            }
        }
    });
    let result = read.await;
    if result.is_err() {
        ENGINE.with(|engine| engine.borrow_mut().take_if(|(read_file, _)| *read_file == file));
    }
    result
}

async fn read_engine(region: IndexRegion, lang: String) -> Result<Arc<RouteEngine>, String> {
    let graph = fetch_graph(&region, &lang).await?;
    next_task().await;
    Ok(Arc::new(RouteEngine::new(graph)))
}

/// Fetches the index and the wanted region (the first region when the view
/// names none or one the data lacks) in `lang`, or in the region's default
/// language when it is not published in `lang`: its job list, or its whole
/// bundle when it has no job list. A failure says which file and keeps the
/// index, so the other regions stay reachable.
pub async fn fetch_region(wanted: Option<String>, lang: &str) -> Result<Arc<Loaded>, LoadFailure> {
    let regions = fetch_index().await.map_err(|message| LoadFailure { message, regions: Vec::new(), region: None })?;
    let Some(region) = wanted.and_then(|w| regions.iter().find(|r| r.id.as_str() == w)).or_else(|| regions.first())
    else {
        let message = format!("the data file `{INDEX_FILE}` lists no region");
        return Err(LoadFailure { message, regions, region: None });
    };
    let region = region.clone();
    let read = match fetch_jobs(&region, lang).await {
        Some(jobs) => jobs.map(|jobs| (jobs, None)),
        None => fetch_engine(&region, lang).await.map(|engine| (Job::all_of(engine.graph()), Some(engine))),
    };
    match read {
        Ok((jobs, engine)) => Ok(Arc::new(Loaded { regions, region, jobs: Arc::new(jobs), engine })),
        Err(message) => Err(LoadFailure { message, regions, region: Some(region.id) }),
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
        let has_job = match fetch_jobs(region, lang).await {
            Some(jobs) => jobs.is_ok_and(|jobs| jobs.iter().any(|j| j.id == job)),
            None => fetch_graph(region, lang).await.is_ok_and(|graph| graph.occupation_ix(&job).is_some()),
        };
        if has_job {
            return Some(region.id.clone());
        }
    }
    None
}
