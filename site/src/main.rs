//! The explorer's page: draws the explorer and registers the service worker
//! that keeps the site working offline.

#![forbid(unsafe_code)]

fn main() {
    pathway_site::mount_explorer();
    pathway_site::keep_offline("sw.js");
}
