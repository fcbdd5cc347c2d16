//! What the person can reach from where they are, occupation by
//! occupation, from the route engine's own answers: the routes with no
//! target reach every occupation on them; for each other occupation, the
//! engine asked with it as the target says what blocks it, the same typed
//! answer the route list words.

use crate::i18n::{self, BlockerText};
use pathway_model::graph::OccupationIx;
use pathway_routes::{RouteEngine, RouteQuery};

/// The most occupations out of reach whose reasons are worked out for the
/// map; past it (a national-scale region) each is one more search, and the
/// map says to choose the occupation to see why.
pub const REASONS_AT_MOST: usize = 40;

/// Where an occupation stands for the person.
#[derive(Clone, Debug, PartialEq)]
pub enum Reach {
    /// They have not said where they start, so nothing is highlighted.
    Unknown,
    /// The job they hold now.
    Here,
    /// Some route under their situation and limits reaches it.
    Within,
    /// No route does; why, in words, when worked out.
    Out(Vec<BlockerText>),
}

/// Each occupation's reach, by position, for `query` (the view's question
/// without its target), or every occupation unknown when there is none.
pub fn reach(engine: &RouteEngine, query: Option<RouteQuery>) -> Vec<Reach> {
    let graph = engine.graph();
    let count = graph.occupations().count();
    let Some(mut query) = query else { return vec![Reach::Unknown; count] };
    query.target = None;
    let Ok(answer) = engine.find_routes(&query) else { return vec![Reach::Unknown; count] };
    let mut reach = vec![Reach::Out(Vec::new()); count];
    for rung in answer.routes.iter().flat_map(|r| &r.rungs) {
        reach[rung.occupation.index()] = Reach::Within;
    }
    if let Some(here) = query.start.as_ref().and_then(|s| graph.occupation_ix(s)) {
        reach[here.index()] = Reach::Here;
    }
    let out: Vec<usize> = (0..count).filter(|&i| matches!(reach[i], Reach::Out(_))).collect();
    if out.len() > REASONS_AT_MOST {
        return reach;
    }
    for i in out {
        let occupation = OccupationIx(i as u32);
        let asked = RouteQuery { target: Some(graph.occupation(occupation).id.clone()), ..query.clone() };
        let Ok(set) = engine.find_routes(&asked) else { continue };
        reach[i] = if set.routes.is_empty() {
            Reach::Out(set.blockers.iter().map(|b| i18n::blocker(graph, &set.person, b)).collect())
        } else {
            // A route the broad search left out (past its bounds) still counts.
            Reach::Within
        };
    }
    reach
}
