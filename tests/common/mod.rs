//! Shared by the integration tests: the invariant checks (also built into the fuzz targets)
//! and the CLI's JSON Lines reader and record step, included by path as the fuzz crate does.

#![allow(dead_code)]

pub mod invariants;
#[path = "../../src/cli/lines.rs"]
pub mod lines;
#[path = "../../src/cli/record.rs"]
pub mod record;
