//! Figures as people read them in messages: whole dollars and other whole
//! numbers with thousands separators. The CLI, the site and the core's own
//! explanations and checks share it.

/// Whole dollars, such as `$34,710` or `-$500`.
pub fn dollars(x: f64) -> String {
    let whole = x.round() as i64;
    format!("{}${}", if whole < 0 { "-" } else { "" }, thousands(whole.unsigned_abs()))
}

/// A figure as written in a message about the data: whole numbers with
/// thousands separators (`1,000,000,000,000`), others as they are (`-0.5`,
/// `NaN`), so a mistyped zero stands out.
pub fn number(x: f64) -> String {
    // Beyond 10^15 an f64 no longer holds every whole number, and grouping
    // would show digits the file does not have.
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        let whole = x as i64;
        format!("{}{}", if whole < 0 { "-" } else { "" }, thousands(whole.unsigned_abs()))
    } else {
        x.to_string()
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

#[cfg(test)]
mod tests {
    #[test]
    fn groups_thousands_and_rounds() {
        assert_eq!(super::dollars(1_234_567.4), "$1,234,567");
        assert_eq!(super::dollars(500.0), "$500");
        assert_eq!(super::dollars(-8060.0), "-$8,060");
        assert_eq!(super::dollars(0.4), "$0");
    }

    #[test]
    fn numbers_group_whole_figures_only() {
        assert_eq!(super::number(1e12), "1,000,000,000,000");
        assert_eq!(super::number(-1200.0), "-1,200");
        assert_eq!(super::number(120.0), "120");
        assert_eq!(super::number(-0.5), "-0.5");
        assert_eq!(super::number(16.25), "16.25");
        assert_eq!(super::number(f64::NAN), "NaN");
        assert_eq!(super::number(f64::INFINITY), "inf");
        assert_eq!(super::number(1e300), 1e300.to_string());
    }
}
