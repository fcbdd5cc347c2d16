//! `pathways export DIR --format ctdl` and `pathways import ctdl FILE -o DIR`:
//! the data as Credential Engine CTDL JSON-LD and back (`pathway-ctdl`).

use crate::commands::checked;
use crate::stdout::emit;
use std::path::Path;

/// Prints the checked data as one CTDL JSON-LD document.
pub fn export(dir: &Path) -> Result<bool, String> {
    let Some(dataset) = checked(dir, true)? else {
        return Ok(false);
    };
    let json = serde_json::to_string_pretty(&pathway_ctdl::export::export(&dataset)).map_err(|e| e.to_string())?;
    emit(&format!("{json}\n"))?;
    Ok(true)
}

/// Writes the pathway files a CTDL graph describes into `output`, which must
/// be new or empty so no author's file is overwritten, then checks them.
pub fn import(file: &Path, output: &Path) -> Result<bool, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read `{}`: {e}", file.display()))?;
    let shown = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let files = match pathway_ctdl::import::import(&text, &shown) {
        Ok(files) => files,
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("{}: error: {e}", file.display());
            }
            eprintln!(
                "failed: {} problem{} in the CTDL graph; nothing was written",
                errors.0.len(),
                if errors.0.len() == 1 { "" } else { "s" }
            );
            return Ok(false);
        }
    };
    let occupied = std::fs::read_dir(output).map(|mut entries| entries.next().is_some()).unwrap_or(false);
    if occupied {
        return Err(format!(
            "`{}` is not empty; give a new or empty folder so no file in it is overwritten",
            output.display()
        ));
    }
    for f in &files {
        let path = output.join(&f.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot create `{}`: {e}", folder.display()))?;
        }
        std::fs::write(&path, &f.text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    // The files are checked as `pathways check` would, so the author sees at
    // once whether they are ready to publish.
    Ok(checked(output, false)?.is_some())
}
