//! Newtype identifiers for every kind of entity, so a program id can never be
//! passed where a credential id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! entity_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
        #[serde(transparent)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $name(pub String);

        impl $name {
            /// The id as written in the pathway files.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

entity_id!(
    /// A region whose wages the data carries, such as a metropolitan area.
    RegionId
);
entity_id!(
    /// An occupation, a rung on a ladder.
    OccupationId
);
entity_id!(
    /// A credential: a diploma, certificate, certification, license, degree or English level.
    CredentialId
);
entity_id!(
    /// A bridge, training or work-based learning program.
    ProgramId
);
entity_id!(
    /// A partner organisation: employer, college, union fund, community organisation and so on.
    PartnerId
);
