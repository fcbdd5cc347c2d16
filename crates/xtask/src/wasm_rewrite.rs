//! Rewriting a WebAssembly module's sections without a wasm toolchain:
//! dropping exports and giving imports short names. Pure functions over the
//! module's bytes, each `None` when the module cannot be read; the site
//! build applies them to the files it wrote.

pub(crate) fn read_leb(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let (mut value, mut shift) = (0u32, 0);
    loop {
        let byte = *bytes.get(*at)?;
        *at += 1;
        value |= u32::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(value);
        }
        shift += 7;
    }
}

pub(crate) fn write_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// What becomes of one section when a module is rewritten.
enum Section {
    /// Copied as it is.
    Keep,
    /// Given this body instead.
    Replace(Vec<u8>),
    /// Left out.
    Drop,
}

/// The module with each section as `each` says, given its id and body; the
/// walk every rewrite here shares. `None` when the module cannot be read
/// or `each` gives up.
fn wasm_with_sections(module: &[u8], mut each: impl FnMut(u8, &[u8]) -> Option<Section>) -> Option<Vec<u8>> {
    let mut out = module.get(..8)?.to_vec();
    let mut at = 8;
    while at < module.len() {
        let start = at;
        let section = module[at];
        at += 1;
        let size = read_leb(module, &mut at)? as usize;
        let body = module.get(at..at + size)?;
        at += size;
        match each(section, body)? {
            Section::Keep => out.extend_from_slice(&module[start..at]),
            Section::Replace(body) => {
                out.push(section);
                write_leb(&mut out, u32::try_from(body.len()).ok()?);
                out.extend(body);
            }
            Section::Drop => {}
        }
    }
    Some(out)
}

/// The module with the body of its section `id` replaced by what `rewrite`
/// makes of it; every other section is copied as it is. `None` when the
/// module cannot be read.
pub(crate) fn wasm_with_section(
    module: &[u8],
    id: u8,
    mut rewrite: impl FnMut(&[u8]) -> Option<Vec<u8>>,
) -> Option<Vec<u8>> {
    wasm_with_sections(
        module,
        |section, body| {
            if section == id {
                rewrite(body).map(Section::Replace)
            } else {
                Some(Section::Keep)
            }
        },
    )
}

/// A WebAssembly module without the custom sections (id 0) whose names
/// `drop` picks; every other section is copied as it is. `None` when the
/// module cannot be read.
pub(crate) fn wasm_without_custom_sections(module: &[u8], drop: impl Fn(&str) -> bool) -> Option<Vec<u8>> {
    wasm_with_sections(module, |section, body| {
        if section != 0 {
            return Some(Section::Keep);
        }
        let mut pos = 0;
        let len = read_leb(body, &mut pos)? as usize;
        let name = std::str::from_utf8(body.get(pos..pos + len)?).ok()?;
        Some(if drop(name) { Section::Drop } else { Section::Keep })
    })
}

/// A WebAssembly module with the exports `drop` names taken out of its
/// export section (id 7); every other section is copied as it is.
pub(crate) fn wasm_without_exports(module: &[u8], drop: impl Fn(&str) -> bool) -> Option<Vec<u8>> {
    wasm_with_section(module, 7, |body| {
        let mut kept = Vec::new();
        let (mut pos, mut count) = (0, 0u32);
        for _ in 0..read_leb(body, &mut pos)? {
            let start = pos;
            let len = read_leb(body, &mut pos)? as usize;
            let name = std::str::from_utf8(body.get(pos..pos + len)?).ok()?;
            pos += len + 1;
            read_leb(body, &mut pos)?;
            if !drop(name) {
                kept.extend_from_slice(&body[start..pos]);
                count += 1;
            }
        }
        let mut section = Vec::new();
        write_leb(&mut section, count);
        section.extend(kept);
        Some(section)
    })
}

/// The length of an import's descriptor (what kind of thing it imports,
/// and its type) starting at `at`, so it can be copied as it is.
pub(crate) fn import_descriptor_len(body: &[u8], at: usize) -> Option<usize> {
    let mut pos = at + 1;
    match *body.get(at)? {
        // A function (its type index) or a tag (an attribute byte, then its type index).
        0 => {
            read_leb(body, &mut pos)?;
        }
        4 => {
            pos += 1;
            read_leb(body, &mut pos)?;
        }
        // A table (its element type, then limits) or a memory (limits).
        kind @ (1 | 2) => {
            pos += usize::from(kind == 1);
            let flags = *body.get(pos)?;
            pos += 1;
            read_leb(body, &mut pos)?;
            if flags & 1 != 0 {
                read_leb(body, &mut pos)?;
            }
        }
        // A global: its value type and whether it is mutable.
        3 => pos += 2,
        _ => return None,
    }
    Some(pos - at)
}

/// A short name for the `index`th import: `a` to `Z`, then `ab`, `bb` and
/// so on, each a valid JavaScript property name.
pub(crate) fn short_name(mut index: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::new();
    loop {
        name.push(char::from(LETTERS[index % LETTERS.len()]));
        index /= LETTERS.len();
        if index == 0 {
            return name;
        }
    }
}

/// One import [`wasm_with_short_imports`] renamed.
#[derive(Debug, PartialEq)]
pub(crate) struct Renamed {
    /// The module it was imported from: wasm-bindgen's script.
    pub module: String,
    /// Its name before.
    pub name: String,
    /// Its short name.
    pub short: String,
}

/// The module with every import from wasm-bindgen's script (a module named
/// `./…_bg.js`) renamed: the module to `wbg` and each function to a short
/// name, and the renamings made.
pub(crate) fn wasm_with_short_imports(module: &[u8]) -> Option<(Vec<u8>, Vec<Renamed>)> {
    let mut renamed = Vec::new();
    // The import section has id 2.
    let out = wasm_with_section(module, 2, |body| {
        let mut section = Vec::new();
        let mut pos = 0;
        let count = read_leb(body, &mut pos)?;
        write_leb(&mut section, count);
        for _ in 0..count {
            let mut names = [""; 2];
            for name in &mut names {
                let len = read_leb(body, &mut pos)? as usize;
                *name = std::str::from_utf8(body.get(pos..pos + len)?).ok()?;
                pos += len;
            }
            let [from, name] = names;
            let new_name;
            let (from, name) = if from.starts_with("./") && from.ends_with("_bg.js") {
                new_name = short_name(renamed.len());
                renamed.push(Renamed { module: from.to_owned(), name: name.to_owned(), short: new_name.clone() });
                (BINDGEN_MODULE, new_name.as_str())
            } else {
                (from, name)
            };
            for name in [from, name] {
                write_leb(&mut section, u32::try_from(name.len()).ok()?);
                section.extend(name.as_bytes());
            }
            let len = import_descriptor_len(body, pos)?;
            section.extend(body.get(pos..pos + len)?);
            pos += len;
        }
        Some(section)
    })?;
    Some((out, renamed))
}

/// The name [`wasm_with_short_imports`] gives wasm-bindgen's script as a module.
pub(crate) const BINDGEN_MODULE: &str = "wbg";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_only_the_custom_sections_named() {
        // Magic and version, custom sections "reloc.CODE" and "keep", then a
        // type section with no types.
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        module.extend([0, 11, 10]);
        module.extend(b"reloc.CODE");
        module.extend([0, 6, 4]);
        module.extend(b"keep");
        module.push(9);
        module.extend([1, 1, 0]);
        let kept = wasm_without_custom_sections(&module, |name| name.starts_with("reloc.")).unwrap();
        let mut expected = b"\0asm\x01\0\0\0".to_vec();
        expected.extend([0, 6, 4]);
        expected.extend(b"keep");
        expected.push(9);
        expected.extend([1, 1, 0]);
        assert_eq!(kept, expected);
        assert!(wasm_without_custom_sections(&module[..12], |_| true).is_none());
    }
}
