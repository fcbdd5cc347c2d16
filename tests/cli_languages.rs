//! `pathways routes --lang es` words its table and the data in Spanish, and
//! `export --format json` carries every language the data gives.

use pathways_integration_tests::{pathways_binary, repo_root};
use std::process::Command;

fn pathways(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(pathways_binary()).args(args).current_dir(repo_root()).output().expect("the CLI runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn routes_in_spanish_word_the_table_and_the_data() {
    let (ok, text, err) = pathways(&["routes", "pathways", "--from", "evs-aide", "--lang", "es"]);
    assert!(ok, "{err}");
    assert!(text.starts_with("Rutas desde Auxiliar de servicios ambientales"), "{text}");
    assert!(text.contains("para usted"), "{text}");
    assert!(text.contains("Enfermero/a titulado/a (RN)"), "{text}");
    assert!(!text.contains(" to you"), "English left in the Spanish table:\n{text}");
    // The picks a route is best at are words too, not the JSON's tokens.
    for token in ["fastest", "cheapest", "highest-wage", "most-paid"] {
        assert!(!text.contains(token), "the pick `{token}` is left in English:\n{text}");
    }
    assert!(text.contains("[mejor salario"), "{text}");

    let (ok, text, err) =
        pathways(&["routes", "pathways", "--from", "evs-aide", "--to", "rn", "--max-months", "12", "--lang", "es"]);
    assert!(ok, "{err}");
    assert!(
        text.contains("Lo impide el límite de tiempo: toda ruta a Enfermero/a titulado/a (RN) dura más de 12 meses"),
        "{text}"
    );

    // A program of one month is "1 mes", never "1 meses": every place the English
    // table says "1 mo" the Spanish one says "1 mes".
    let portland = ["routes", "pathways", "--from", "none", "--region", "portland", "--lang"];
    let (ok, en, err) = pathways(&[&portland[..], &["en"]].concat());
    assert!(ok, "{err}");
    let (ok, es, err) = pathways(&[&portland[..], &["es"]].concat());
    assert!(ok, "{err}");
    assert!(en.contains(" 1 mo,"), "the data no longer has a one-month program to check:\n{en}");
    assert_eq!(en.matches(" 1 mo,").count(), es.matches(" 1 mes,").count(), "{es}");
    assert!(!es.contains(" 1 meses"), "{es}");

    let (ok, _, err) = pathways(&["routes", "pathways", "--from", "evs-aide", "--lang", "fr"]);
    assert!(!ok);
    assert!(err.contains("`en` and `es`, not `fr`"), "{err}");
}

#[test]
fn the_json_export_carries_every_language() {
    let (ok, text, err) = pathways(&["export", "pathways", "--format", "json"]);
    assert!(ok, "{err}");
    let export: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let evs = export["occupations"]
        .as_array()
        .expect("occupations")
        .iter()
        .find(|o| o["id"] == "evs-aide")
        .expect("evs-aide");
    assert_eq!(evs["title"]["en"], "Environmental services aide");
    assert_eq!(evs["title"]["es"], "Auxiliar de servicios ambientales");
}
