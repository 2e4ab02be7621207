//! `deboil eval`: stub.
use anyhow::Result;
use clap::Args;
use std::process::ExitCode;
#[derive(Args, Debug)]
pub struct EvalArgs {}
pub fn run(_a: EvalArgs) -> Result<ExitCode> { Ok(ExitCode::SUCCESS) }
