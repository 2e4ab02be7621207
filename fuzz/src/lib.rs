//! deboil's fuzz targets share their bodies with the test suite: the invariant checks and
//! target functions of `tests/common/invariants.rs`, the CLI's JSON Lines reader and record
//! step (included by path, as they are compiled into the binary).

#[path = "../../tests/common/invariants.rs"]
pub mod invariants;
#[path = "../../src/cli/lines.rs"]
pub mod lines;
#[path = "../../src/cli/record.rs"]
pub mod record;
