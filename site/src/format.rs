//! Numbers as people read them: dollars with thousands separators, months.

use crate::i18n::strings;

/// Whole dollars: `$34,710`.
pub use pathway_core::figures::dollars;

/// Dollars and cents: `$16.69`.
pub fn cents(x: f64) -> String {
    format!("${x:.2}")
}

/// A signed change in dollars: `+$8,060`.
pub fn step(x: f64) -> String {
    if x >= 0.0 { format!("+{}", dollars(x)) } else { dollars(x) }
}

/// Months: `3 months`, `1.5 months`.
pub fn months(m: f64) -> String {
    let unit = strings().months_unit;
    if m.fract() == 0.0 { format!("{m:.0} {unit}") } else { format!("{m:.1} {unit}") }
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
        assert_eq!(cents(16.69), "$16.69");
    }
}
