//! The page's components, one per file.

mod entry_role_list;
mod load_error;

pub use entry_role_list::EntryRoleList;
pub use load_error::LoadError;
