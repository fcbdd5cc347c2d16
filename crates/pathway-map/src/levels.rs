//! The map's rows: bands of annual wage, as wide as a printed map's levels
//! need to be to fit the region on a page, highest first, with the
//! occupations whose wage the data does not give in a last row of their own.

use pathway_model::graph::OccupationIx;
use pathway_model::PathwayGraph;

/// The most rows a map has before its bands widen: enough that few steps
/// stay within one row (where their arrows run sideways between boxes),
/// few enough that the map prints on one page.
pub const MAX_ROWS: usize = 10;

/// The band widths tried in turn, in dollars a year: round figures a
/// reader can take in at a glance.
const WIDTHS: [u32; 7] = [5_000, 10_000, 15_000, 20_000, 25_000, 50_000, 100_000];

/// The wages of one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WageBand {
    /// Annual wages from `low` up to, not including, `high` dollars.
    Range {
        /// The lowest wage of the band.
        low: u32,
        /// The first wage above the band.
        high: u32,
    },
    /// Occupations the data gives no wage for.
    Unknown,
}

/// Each occupation's wage and row, and the rows' bands.
#[derive(Clone, Debug, PartialEq)]
pub struct Levels {
    /// Each occupation's annual wage, by position.
    pub wages: Vec<Option<f64>>,
    /// Each occupation's row, by position; row 0 holds the highest wages.
    pub row_of: Vec<usize>,
    /// Each row's band, from the top.
    pub bands: Vec<WageBand>,
}

/// An occupation's annual wage as the route engine reads it for a rung
/// reached by no particular step: the partnership's pay rate for the
/// occupation when it gives one, else the BLS annual median, else the
/// hourly median for a full year.
pub fn wage(graph: &PathwayGraph, occupation: OccupationIx) -> Option<f64> {
    if let Some(annual) = graph.occupation(occupation).pay.as_ref().and_then(|p| p.annual()) {
        return Some(annual);
    }
    let wage = graph.wage(occupation)?;
    wage.annual.median.or_else(|| wage.hourly.median.map(|h| h * pathway_model::pay::HOURS_PER_YEAR))
}

/// The rows of `graph`'s occupations.
pub fn levels(graph: &PathwayGraph) -> Levels {
    let wages: Vec<Option<f64>> = graph.occupations().map(|o| wage(graph, o)).collect();
    // A wage that is not a positive finite number (a damaged bundle) counts as unknown.
    let dollars: Vec<Option<u32>> =
        wages.iter().map(|w| w.filter(|w| w.is_finite() && *w >= 0.0).map(|w| w.min(u32::MAX as f64) as u32)).collect();
    let width = band_width(&dollars);
    // The bands that hold an occupation, highest first.
    let mut starts: Vec<usize> = dollars.iter().flatten().map(|d| (d / width * width) as usize).collect();
    crate::sort_by(&mut starts, &|a, b| b.cmp(&a));
    starts.dedup();
    let mut bands: Vec<WageBand> = starts
        .iter()
        .map(|&low| WageBand::Range { low: low as u32, high: (low as u32).saturating_add(width) })
        .collect();
    if dollars.iter().any(Option::is_none) {
        bands.push(WageBand::Unknown);
    }
    let row_of = dollars
        .iter()
        .map(|d| match d {
            Some(d) => starts.iter().position(|&s| s == (d / width * width) as usize).unwrap_or(0),
            None => bands.len() - 1,
        })
        .collect();
    Levels { wages, row_of, bands }
}

/// The narrowest round width that puts the wages in at most [`MAX_ROWS`]
/// bands, or the widest there is.
fn band_width(dollars: &[Option<u32>]) -> u32 {
    let (low, high) = dollars.iter().flatten().fold((u32::MAX, 0), |(l, h), &d| (l.min(d), h.max(d)));
    WIDTHS
        .into_iter()
        .find(|&w| low > high || ((high / w - low / w) as usize) < MAX_ROWS)
        .unwrap_or(WIDTHS[WIDTHS.len() - 1])
}
