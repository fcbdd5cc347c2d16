//! Pathway data in the Credential Transparency Description Language (CTDL),
//! Credential Engine's open standard for credentials and pathways, as JSON-LD:
//! [`export::export`] turns a checked dataset into a CTDL graph, and
//! [`import::import`] turns a CTDL graph back into pathway YAML files.
//!
//! Each region is a `ceterms:Pathway`. Occupations are `ceterms:JobComponent`s,
//! credentials `ceterms:CredentialComponent`s, training programs
//! `ceterms:CourseComponent`s, bridge programs `ceterms:BasicComponent`s and
//! work-based learning `ceterms:WorkExperienceComponent`s. `ceasn:hasChild`
//! points from a component to what comes before it on the way up (a rung to
//! the rung below, a credential to the programs that award it, a program or
//! a job to the credentials it requires), and every requirement is a
//! `ceterms:ComponentCondition` with `ceterms:requiredNumber` and
//! `ceterms:targetComponent`.
//!
//! What CTDL has no term for on these classes (wages with their source and
//! year, pay rates, schedules, pay while learning, funding and its
//! conditions, support services, partners, languages) is written with the
//! extension terms of [`vocab::EXTENSION_PREFIX`], declared in the document's
//! `@context` beside CTDL's, so a round trip keeps everything the YAML said.
//! `pathways/README.md` lists the terms.
//!
//! The class and property names, their domains and ranges were taken from
//! Credential Engine's published pages:
//!
//! - the CTDL terms: <https://credreg.net/ctdl/terms> (`Pathway`,
//!   `hasDestinationComponent`, `hasPart`, `isPartOf`, the `PathwayComponent`
//!   subclasses, `ComponentCondition`, `requiredNumber`, `targetComponent`,
//!   `credentialType`, `occupationType`, `CredentialAlignmentObject`,
//!   `precedes`, `subjectWebpage`);
//! - the CTDL-ASN terms for `ceasn:hasChild` and `ceasn:isChildOf`:
//!   <https://credreg.net/ctdlasn/terms>;
//! - the machine-readable encoding of both, with every term's
//!   `schema:domainIncludes` and `schema:rangeIncludes`:
//!   <https://credreg.net/ctdl/schema/encoding/json>, and the JSON-LD
//!   context <https://credreg.net/ctdl/schema/context/json>;
//! - the handbook's pathway section: <https://credreg.net/ctdlasn/handbook>.
//!
//! Like the authoring crate, it does no IO: it reads and writes text.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod export;
pub mod import;
mod read;
pub mod vocab;
mod write;
