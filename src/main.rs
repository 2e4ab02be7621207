//! `deboil`: strip boilerplate from plain text extracted from web pages.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cli;

#[derive(Parser, Debug)]
#[command(
    name = "deboil",
    version,
    about = "Strip boilerplate (menus, ads, share bars, bylines, footers) from text extracted from web pages",
    long_about = "Strip boilerplate from plain text extracted from web pages.\n\n\
        deboil removes ad markers, newsletter and cookie widgets, share bars, menus, bylines, \
        photo credits, \"Related\" links and footers, including those glued into sentences \
        by text extraction, and keeps the article. Built-in pattern packs cover English, \
        German, French and Spanish; add your own with --patterns.",
    after_help = "Run 'deboil <COMMAND> --help' for the options of a command.",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Clean plain text (one document per file) or JSON Lines records.
    Clean(cli::clean::CleanArgs),
    /// Score the cleaner on labeled JSON Lines files (keep/drop snippets).
    Eval(cli::eval::EvalArgs),
    /// Split text into words or tokens (Unicode word boundaries), or count them.
    Tokens(cli::tokens::TokensArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Clean(args) => cli::clean::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Tokens(args) => cli::tokens::run(args),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`deboil clean big.txt | head`): nothing left to do.
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("deboil: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
