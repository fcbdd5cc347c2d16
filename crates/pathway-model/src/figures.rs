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

/// A figure written the way `{}` writes an `f64` (`3`, `1.5`, `0.25`), for
/// messages that quote months as the data gives them. It is worked out in whole
/// numbers because the standard float formatting brings a large routine into
/// the wasm. Every figure with at most six decimal places, which covers months
/// in any pathway file, comes out exactly as `{}` writes it; a figure with more
/// places is rounded to six, where `{}` would show binary noise such as
/// `33.300000000000004`, and a figure beyond 2^53 is written as its exact
/// whole value (at most 2^128), where `{}` would round its last digits to zeros.
pub fn decimal(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let x = x.abs();
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    // Exact powers of ten, so that a whole number over one of them is the
    // correctly rounded quotient, the same `f64` a parser reads from the text.
    const POW10: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];
    // Below 2^53 every whole number is exact as an `f64`.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let mut places = POW10.len() - 1;
    let mut scaled = (x * POW10[places]).round();
    // The fewest decimal places whose figure reads back as `x` is what `{}` writes.
    for (k, pow) in POW10.iter().enumerate() {
        let m = (x * pow).round();
        if m >= EXACT {
            break;
        }
        if m / pow == x {
            places = k;
            scaled = m;
            break;
        }
    }
    if scaled >= EXACT {
        // Too large for whole-number arithmetic, and too large to have a
        // fraction worth showing: the whole part, as `{}` writes it.
        return format!("{sign}{}", x as u128);
    }
    let scaled = scaled as u64;
    let unit = 10u64.pow(places as u32);
    let (whole, fraction) = (scaled / unit, scaled % unit);
    let mut text = format!("{sign}{whole}");
    if fraction != 0 {
        let digits = format!("{fraction:0places$}");
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text
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

    #[test]
    fn decimals_read_as_the_standard_formatting_writes_them() {
        let mut figures = vec![0.0, -0.0, 0.5, -0.5, 1.5, 2.25, 33.3, 0.1, 1e-6, 123_456.789, 1e15, 4.5e15, 1e20];
        figures.extend((0..20_000).map(|i| f64::from(i) / 8.0));
        figures.extend((0..20_000).map(|i| f64::from(i) / 100.0));
        figures.extend((0..2_000).map(|i| f64::from(i * 7919) / 1000.0));
        for x in figures {
            assert_eq!(super::decimal(x), x.to_string(), "{x:?}");
        }
        assert_eq!(super::decimal(f64::NAN), "NaN");
        assert_eq!(super::decimal(f64::INFINITY), "inf");
        assert_eq!(super::decimal(f64::NEG_INFINITY), "-inf");
        // More than six places are rounded to six.
        assert_eq!(super::decimal(0.1 + 0.2), "0.3");
        assert_eq!(super::decimal(1.0 / 3.0), "0.333333");
        // Beyond 2^53, the exact whole value.
        assert_eq!(super::decimal(2f64.powi(60)), "1152921504606846976");
    }
}
