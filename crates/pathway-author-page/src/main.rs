//! The author page, served beside the site as `author/`: a partnership's
//! data keeper checks a folder of pathway files, previews the region in the
//! explorer itself and downloads the files to publish, with only a browser.
//! It runs the same checking code as `pathways check` (the authoring crate,
//! with its YAML parser, compiled into this page's WebAssembly only; the
//! visitor's site never loads it).

#![forbid(unsafe_code)]

mod author_page;
mod offline_copy;
mod outcome;
mod read_files;

fn main() {
    use wasm_bindgen::JsCast;
    let Some(root) =
        leptos::prelude::document().get_element_by_id("author").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, author_page::AuthorPage).forget();
    offline_copy::keep_this_page_offline();
}
