//! Reading the files an author picks or drops, with the paths the CLI would
//! show: `pathways/baltimore-hospitals/steps.yaml` for a folder picked or
//! dropped whole, the file's own name for a file given alone.

use pathway_authoring::load::RawFile;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, File, FileList, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// Reads every file of a file input (a folder picked with `webkitdirectory`,
/// or several files).
pub async fn from_file_list(list: FileList) -> Result<Vec<RawFile>, String> {
    let mut files = Vec::new();
    for i in 0..list.length() {
        let Some(file) = list.item(i) else { continue };
        let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
            .ok()
            .and_then(|p| p.as_string())
            .filter(|p| !p.is_empty());
        let path = relative.unwrap_or_else(|| file.name());
        files.push(read(&file, path).await?);
    }
    Ok(files)
}

/// Reads everything dropped: files, and folders with everything inside them.
pub async fn from_drop(transfer: DataTransfer) -> Result<Vec<RawFile>, String> {
    // The entries must be taken before the first await: the browser empties
    // the drop's item list once the event handler has returned.
    let items = transfer.items();
    let entries: Vec<FileSystemEntry> = (0..items.length())
        .filter_map(|i| items.get(i))
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect();
    let mut files = Vec::new();
    let mut pending = entries;
    while let Some(entry) = pending.pop() {
        if entry.is_directory() {
            let reader = entry.unchecked_into::<FileSystemDirectoryEntry>().create_reader();
            // A reader hands out a folder's entries in batches until one is empty.
            loop {
                let batch = callback_promise(|ok, err| {
                    reader.read_entries_with_callback_and_callback(ok, err).map_err(|_| JsValue::NULL)
                })
                .await
                .map_err(|_| "a dropped folder could not be read".to_owned())?;
                let batch: js_sys::Array = batch.unchecked_into();
                if batch.length() == 0 {
                    break;
                }
                pending.extend(batch.iter().map(|e| e.unchecked_into::<FileSystemEntry>()));
            }
        } else {
            let path = entry.full_path().trim_start_matches('/').to_owned();
            let file_entry = entry.unchecked_into::<FileSystemFileEntry>();
            let file = callback_promise(|ok, err| {
                file_entry.file_with_callback_and_callback(ok, err);
                Ok(())
            })
            .await
            .map_err(|_| format!("`{path}` could not be read"))?;
            files.push(read(&file.unchecked_into::<File>(), path).await?);
        }
    }
    Ok(files)
}

async fn read(file: &File, path: String) -> Result<RawFile, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| format!("`{path}` could not be read"))?;
    Ok(RawFile { path, bytes: js_sys::Uint8Array::new(&buffer).to_vec() })
}

/// Turns a browser API that takes a success and an error callback into a
/// future.
async fn callback_promise(
    start: impl FnOnce(&js_sys::Function, &js_sys::Function) -> Result<(), JsValue>,
) -> Result<JsValue, JsValue> {
    let mut start = Some(start);
    let mut started = Ok(());
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Some(start) = start.take() {
            started = start(&resolve, &reject);
        }
    });
    started?;
    JsFuture::from(promise).await
}
