//! Figures as people read them in messages: whole dollars with thousands
//! separators. The CLI, the site and the core's own explanations share it.

/// Whole dollars, such as `$34,710` or `-$500`.
pub fn dollars(x: f64) -> String {
    let whole = x.round() as i64;
    let digits = whole.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{}${grouped}", if whole < 0 { "-" } else { "" })
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
}
