//! Rounding for generated quantities, so that months, dollars and wages look
//! like published figures rather than raw random draws: months to a half,
//! dollars to ten, and any quantity to a given step.

/// `x` rounded to the nearest multiple of `step`.
pub(super) fn round_to(x: f64, step: f64) -> f64 {
    (x / step).round() * step
}

/// Months rounded to a half, at least half a month and at most the validator's maximum.
pub(super) fn months(x: f64) -> f64 {
    round_to(x, 0.5).clamp(0.5, 120.0)
}

/// Dollars rounded to ten.
pub(super) fn dollars(x: f64) -> f64 {
    round_to(x, 10.0).max(0.0)
}
