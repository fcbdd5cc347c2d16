//! Reading and writing the built page's files: its text and bytes, the
//! files its links name, and their subresource integrity hashes.

use std::path::Path;

/// The text of a file, or an error naming it.
pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The bytes of a file, or an error naming it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes a file, or gives an error naming it.
pub fn write_file(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// The subresource integrity value (`sha384-…`) of `bytes`.
pub fn sha384_integrity(bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
}

/// The `<link>` tag of index.html whose text contains `marker`, as its range.
fn link_tag(html: &str, marker: &str) -> Result<(usize, usize), String> {
    let start = html
        .match_indices("<link")
        .map(|(at, _)| at)
        .find(|&at| html[at..].split('>').next().is_some_and(|tag| tag.contains(marker)))
        .ok_or_else(|| format!("index.html has no link with `{marker}`"))?;
    let end = start + html[start..].find('>').ok_or("index.html has an unclosed link")?;
    Ok((start, end))
}

/// The value of an attribute of a tag, quoted or (as the minifier writes it) not.
fn attribute_range(html: &str, (start, end): (usize, usize), name: &str) -> Result<(usize, usize), String> {
    let key = format!("{name}=");
    let at =
        start + html[start..end].find(&key).ok_or_else(|| format!("a link in index.html has no `{name}`"))? + key.len();
    let at = at + usize::from(html[at..].starts_with('"'));
    let len = html[at..].find(['"', ' ', '>']).ok_or("index.html ends inside a link")?;
    Ok((at, at + len))
}

/// The page with the integrity of its link with `marker` set to the hash of `bytes`.
pub fn with_link_integrity(html: &str, marker: &str, bytes: &[u8]) -> Result<String, String> {
    let (from, to) = attribute_range(html, link_tag(html, marker)?, "integrity")?;
    Ok(format!("{}{}{}", &html[..from], sha384_integrity(bytes), &html[to..]))
}

/// The file the link of index.html with `marker` names.
pub fn linked_file(html: &str, marker: &str) -> Result<String, String> {
    let (from, to) = attribute_range(html, link_tag(html, marker)?, "href")?;
    Ok(html[from..to].trim_start_matches("./").to_owned())
}
