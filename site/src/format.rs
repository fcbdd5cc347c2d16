//! Numbers as people read them: dollars with thousands separators, months.

use crate::i18n::strings;

/// Whole dollars: `$34,710`.
pub use pathway_model::figures::dollars;

/// Dollars and cents: `$16.69`. Worked in whole cents, because formatting a
/// float to a fixed number of places brings a large routine into the wasm.
pub fn cents(x: f64) -> String {
    let c = (x * 100.0).round() as i64;
    let whole = dollars((c / 100) as f64);
    let sign = if c < 0 && c / 100 == 0 { "-" } else { "" };
    format!("{sign}{whole}.{:02}", c.unsigned_abs() % 100)
}

/// A count that may have a tenth: `3`, `1.5`. Worked in whole tenths, as [`cents`].
pub fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as i64;
    let (whole, tenth) = (t.unsigned_abs() / 10, t.unsigned_abs() % 10);
    let sign = if t < 0 { "-" } else { "" };
    if x.fract() == 0.0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// A signed change in dollars: `+$8,060`.
pub fn step(x: f64) -> String {
    if x >= 0.0 {
        format!("+{}", dollars(x))
    } else {
        dollars(x)
    }
}

/// Months: `3 months`, `1.5 months`, and `1 month` in the singular.
pub fn months(m: f64) -> String {
    let count = tenths(m);
    let t = strings();
    let unit = if count == "1" { t.months_unit_one } else { t.months_unit };
    format!("{count} {unit}")
}

/// An annual wage with its unit, or the words for none.
pub fn annual(w: Option<f64>) -> String {
    match w {
        Some(w) => format!("{} {}", dollars(w), strings().per_year),
        None => strings().no_wage.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_money_and_months() {
        assert_eq!(dollars(34710.0), "$34,710");
        assert_eq!(dollars(1234567.0), "$1,234,567");
        assert_eq!(step(-500.0), "-$500");
        assert_eq!(step(8060.0), "+$8,060");
        assert_eq!(months(3.0), "3 months");
        assert_eq!(months(1.5), "1.5 months");
        assert_eq!(months(1.0), "1 month");
        assert_eq!(cents(16.69), "$16.69");
        assert_eq!(cents(1000.0), "$1,000.00");
        assert_eq!(cents(-1234.5), "-$1,234.50");
        assert_eq!(cents(15.0), "$15.00");
        assert_eq!(cents(-0.5), "-$0.50");
        assert_eq!(tenths(24.0), "24");
        assert_eq!(tenths(2.96), "3.0");
    }
}

/// Lowercases text and drops accents, for matching and for sorting by name, so "tecnico" finds
/// "técnico" and "enfermeria" finds "enfermería". In the browser
/// JavaScript's own `toLowerCase` and `normalize` do it, which keeps Rust's
/// Unicode tables (about a tenth of the module's data) out of the WebAssembly.
pub fn folded(text: &str) -> String {
    // Most titles are plain ASCII, which needs no trip to JavaScript: a
    // region of a thousand jobs folds every one of them to sort its menus.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    let decomposed = String::from(js_sys::JsString::from(text).to_lower_case().normalize("NFD"));
    #[cfg(not(target_arch = "wasm32"))]
    let decomposed: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect();
    // Combining marks (U+0300 to U+036F) are what decomposition leaves of accents.
    decomposed.chars().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).collect()
}

/// The words typed into a search, folded as the text they are matched
/// against is: done once per search, not once per entry.
pub fn typed_words(typed: &str) -> Vec<String> {
    folded(typed).split_whitespace().map(str::to_owned).collect()
}

/// Whether folded `text` contains every one of the typed `words`.
pub fn has_words(text: &str, words: &[String]) -> bool {
    words.iter().all(|word| text.contains(word.as_str()))
}
