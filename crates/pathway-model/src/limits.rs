//! Limits that both checking and the route engine rely on: checking refuses
//! or warns about data beyond them, and the engine is built to stay fast and
//! within its stack up to them.

/// The most programs one rung may take; deeper chains of prerequisites are
/// not real pathways and would only slow the search. Checking warns about a
/// step that needs more.
pub const MAX_PLAN_PROGRAMS: usize = 10;

/// The most credentials one list (an occupation's, a step's or a program's
/// `requires`, a program's `awards`) may name. Real lists name a few; the
/// route engine follows these lists one credential at a time, and a program
/// awarding twenty thousand credentials overflowed its stack.
pub const MAX_LIST: usize = 50;
