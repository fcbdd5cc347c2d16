//! The author page: pick or drop a folder of pathway files, read every
//! problem as `pathways check` prints it, download the files to publish, and
//! preview the region in the explorer itself.

use crate::outcome::{check_and_build, Outcome, PublishedFile};
use crate::read_files::{from_drop, from_file_list};
use leptos::prelude::*;
use pathway_authoring::load::RawFile;
use pathway_site::Mounted;
use wasm_bindgen::JsCast;

/// Where the published site's own files are, relative to this page: the
/// preview fetches the language catalogs from there.
const SITE_FOLDER: &str = "../";

/// A file to download: its name, a link to its bytes, and its size.
#[derive(Clone, Debug, PartialEq)]
struct Download {
    name: String,
    url: String,
    bytes: usize,
}

/// The whole author page.
#[component]
pub fn AuthorPage() -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let downloads = RwSignal::new(Vec::<Download>::new());
    let preview = NodeRef::<leptos::html::Div>::new();
    let mounted = StoredValue::new_local(None::<Mounted>);
    // Picking a whole folder is a non-standard attribute every current
    // browser supports; the view macro knows only standard ones.
    let folder_input = NodeRef::<leptos::html::Input>::new();
    folder_input.on_load(|input| {
        let _ = input.set_attribute("webkitdirectory", "");
    });

    let take = move |files: Result<Vec<RawFile>, String>| {
        busy.set(false);
        let files = match files {
            Ok(files) => files,
            Err(message) => {
                failure.set(Some(message));
                return;
            }
        };
        failure.set(None);
        let result = check_and_build(files);
        for old in downloads.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&old.url);
        }
        downloads.set(result.published.iter().filter_map(download).collect());
        // A new explorer for new data: the old one and its state are dropped.
        mounted.set_value(None);
        if !result.published.is_empty() {
            let files = result.published.iter().map(|f| (f.name.clone(), f.text.clone())).collect();
            pathway_site::preview::set_files(files, SITE_FOLDER);
            if let Some(root) = preview.get_untracked() {
                let root: web_sys::HtmlElement = root.unchecked_into();
                mounted.set_value(Some(pathway_site::mount_explorer_into(root)));
            }
        }
        outcome.set(Some(result));
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(list) = input.files() else { return };
        busy.set(true);
        leptos::task::spawn_local(async move { take(from_file_list(list).await) });
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let Some(transfer) = ev.data_transfer() else { return };
        busy.set(true);
        leptos::task::spawn_local(async move { take(from_drop(transfer).await) });
    };

    view! {
        <header class="author-head">
            <h1>"Check and publish pathway data"</h1>
            <p class="tagline">
                "Choose the folder of your pathway files. They are checked here, in this browser, with the same checks as "
                <code>"pathways check"</code>
                ". Nothing is sent anywhere, and the page keeps working offline once it has loaded."
            </p>
        </header>
        <section class="author" aria-labelledby="author-files-heading">
            <h2 id="author-files-heading">"Your files"</h2>
            <p>
                <label for="author-folder">"Folder of pathway files"</label>
                <input id="author-folder" type="file" node_ref=folder_input multiple=true on:change=on_pick />
            </p>
            <p>
                <label for="author-files">"Or some files"</label>
                <input id="author-files" type="file" multiple=true accept=".yaml,.yml" on:change=on_pick />
            </p>
            <div class="drop-zone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                "Or drop a folder or files here."
            </div>
            <p id="author-status" role="status">
                {move || {
                    if busy.get() {
                        "Reading and checking the files…".to_owned()
                    } else if let Some(message) = failure.get() {
                        format!("The files could not be read: {message}. Choose them again.")
                    } else {
                        outcome.with(|o| o.as_ref().map(|o| o.summary.clone())).unwrap_or_default()
                    }
                }}
            </p>
            {move || outcome.with(|o| o.as_ref().map(|o| view! { <Problems outcome=o.clone() /> }))}
            {move || {
                let files = downloads.get();
                (!files.is_empty()).then(|| view! { <Publish files=files /> })
            }}
        </section>
        <div class="author-preview">
            <h2 id="author-preview-heading">"Preview"</h2>
            <p>
                {move || {
                    let ready = outcome.with(|o| o.as_ref().is_some_and(|o| !o.published.is_empty()));
                    if ready {
                        "The explorer as the published site will show it, with your data."
                    } else {
                        "The preview appears here once the files have no errors."
                    }
                }}
            </p>
            <div node_ref=preview></div>
        </div>
    }
}

/// The problems found, each as `pathways check` prints it.
#[component]
fn Problems(
    /// What checking the files found.
    outcome: Outcome,
) -> impl IntoView {
    let read = outcome.read.len();
    view! {
        <h3>{if outcome.problems.is_empty() { "No problems".to_owned() } else { format!("Problems ({})", outcome.problems.len()) }}</h3>
        {(read == 0).then(|| view! {
            <p>"None of the files given is a pathway file: pathway files end in .yaml or .yml."</p>
        })}
        <ol class="problems">
            {outcome.problems.into_iter().map(|p| view! {
                <li class=if p.error { "problem error" } else { "problem warning" }><pre>{p.text}</pre></li>
            }).collect_view()}
        </ol>
    }
}

/// The files to publish, as downloads.
#[component]
fn Publish(
    /// The index and region bundles, ready to download.
    files: Vec<Download>,
) -> impl IntoView {
    view! {
        <h3>"Files to publish"</h3>
        <p>"Put these files in the site's folder, beside its index.html, in place of the files of the same names."</p>
        <ul class="downloads">
            {files.into_iter().map(|f| view! {
                <li><a href=f.url download=f.name.clone()>{f.name.clone()}</a>{format!(" ({} bytes)", f.bytes)}</li>
            }).collect_view()}
        </ul>
    }
}

/// A link to a file's bytes for the browser to save.
fn download(file: &PublishedFile) -> Option<Download> {
    let parts = js_sys::Array::of1(&file.text.as_str().into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    Some(Download { name: file.name.clone(), url, bytes: file.text.len() })
}
