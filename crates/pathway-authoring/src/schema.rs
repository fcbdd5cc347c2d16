//! The JSON Schema of a pathway file, generated from the Rust types so editors
//! can complete and check the YAML as it is typed.

use pathway_model::model::PathwayFile;

/// The schema as pretty-printed JSON, ending in a newline.
pub fn pathway_file_schema() -> String {
    let schema = schemars::schema_for!(PathwayFile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn schema_names_every_section() {
        let schema = super::pathway_file_schema();
        for key in ["occupations", "credentials", "programs", "steps", "partners", "wages", "regions"] {
            assert!(schema.contains(&format!("\"{key}\"")), "{key} missing");
        }
    }
}
