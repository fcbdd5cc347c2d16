//! Where a fact comes from: every program fact, wage and pay rate carries
//! its source, so a counselor can check it.

use crate::text::Text;
use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The citation: a regulation, a published program page, a report.
    pub citation: Text,
    /// When the fact was published or checked: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// A link to the source, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
