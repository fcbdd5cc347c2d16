//! Files handed to the explorer by the author page instead of fetched: the
//! index and region bundles an author has just built in the browser, so the
//! preview is this very site over data that never left the author's device.
//! Only the author page's build has this module (the `preview` feature).

use std::cell::RefCell;

thread_local! {
    static PREVIEW: RefCell<Preview> = RefCell::new(Preview::default());
}

#[derive(Default)]
struct Preview {
    files: Vec<(String, String)>,
    site_folder: String,
}

/// Serves `files` (name, text) in place of the site's data files, and fetches
/// every other file (such as a language's catalog) from `site_folder`, the
/// published site's folder relative to the author page.
pub fn set_files(files: Vec<(String, String)>, site_folder: &str) {
    PREVIEW.with(|p| *p.borrow_mut() = Preview { files, site_folder: site_folder.to_owned() });
}

/// Where to find `file`: its text when the author gave it, or else the path
/// to fetch it from.
pub(crate) fn lookup(file: &str) -> Result<String, String> {
    PREVIEW.with(|p| {
        let p = p.borrow();
        match p.files.iter().find(|(name, _)| name == file) {
            Some((_, text)) => Ok(text.clone()),
            None => Err(format!("{}{file}", p.site_folder)),
        }
    })
}
