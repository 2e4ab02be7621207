//! deboil strips boilerplate from plain text pulled out of web pages, without copying it.
//!
//! Text extracted from HTML still carries the page around the article: ad markers,
//! newsletter and robot-check widgets, share bars, menus, bylines, photo credits, "Related"
//! links, print-edition notes, cookie banners and footers. Extraction also loses block
//! boundaries, so much of it arrives glued into sentences:
//! `...still at large.AdvertisementIn the audio recording...`. deboil finds it with one
//! aho-corasick pass over the whole text and a few shape and context rules over its lines,
//! and hands back the article as slices of the input together with every removed span and
//! the reason it was removed.
//!
//! # Overview
//!
//! - [`Cleaner`] holds compiled pattern packs (built-in ones for English, German, French and
//!   Spanish, plus any of yours). Build it once; it is `Send + Sync`.
//! - [`Cleaned`] is the result of [`Cleaner::clean`]: kept [`segments`](Cleaned::segments)
//!   and [`removed`](Cleaned::removed) spans that tile the input exactly, and a `Display`
//!   that writes the clean text without fusing words.
//! - [`Patterns`] parses a pattern file (`category kind pattern` per line) for
//!   [`CleanerBuilder::patterns`].
//!
//! Building a cleaner from user patterns may fail, with an [`Error`] that names the line to
//! fix. Cleaning never fails and never panics, whatever the input: any `&str` through
//! [`Cleaner::clean`], any bytes (UTF-8 or not) through [`Cleaner::clean_bytes`].
//!
//! # Example: words
//!
//! [`words`] yields the words of a text as Unicode defines them (UAX #29), as slices of it;
//! [`tokenize()`] yields every token with its offset and [`TokenKind`], and [`Tokenizer`] keeps
//! URLs, e-mail addresses, handles, hashtags and your own terms whole.
//!
//! ```
//! let words: Vec<&str> = deboil::words("Mali's capital, Bamako: 170 people.").collect();
//! assert_eq!(words, ["Mali's", "capital", "Bamako", "170", "people"]);
//! ```
//!
//! # Example: clean an article
//!
//! ```
//! let text = "Share on Facebook\n\
//!             The storm knocked out power to thousands of homes on Sunday night.Advertisement\
//!             Crews worked through the night to restore it.\n\
//!             Photo by Jane Roe/Reuters\n";
//! let cleaner = deboil::Cleaner::new();
//! let cleaned = cleaner.clean(text);
//! assert_eq!(
//!     cleaned.to_string(),
//!     "The storm knocked out power to thousands of homes on Sunday night. \
//!      Crews worked through the night to restore it.\n",
//! );
//! // Every kept segment is a slice of the input.
//! let first = cleaned.segments().next().unwrap();
//! assert!(text.as_ptr() <= first.as_ptr());
//! ```
//!
//! # Example: see what was removed and why
//!
//! ```
//! let text = "The vote passed by a wide margin after a long debate.\nRelated: How the council voted last year\n";
//! let cleaner = deboil::Cleaner::new();
//! let cleaned = cleaner.clean(text);
//! let cuts: Vec<_> = cleaned.removed().collect();
//! assert_eq!(cuts.len(), 1);
//! assert_eq!(&text[cuts[0].range()], "Related: How the council voted last year\n");
//! assert_eq!(cuts[0].reason.category(), deboil::Category::Related);
//! assert_eq!(cuts[0].reason.to_string(), "pattern en/related prefix \"Related:\"");
//! ```
//!
//! # Example: your own patterns
//!
//! ```
//! // One pattern a line: category, kind, pattern text.
//! let pack = deboil::Patterns::parse("\
//!     promo       glued   Get the app!
//!     nav         line    Back to top
//! ")?;
//! let cleaner = deboil::Cleaner::builder().patterns(pack).build()?;
//! let text = "Rain is expected all week.Get the app!Schools stay open.\nBack to top\n";
//! assert_eq!(cleaner.clean(text).to_string(), "Rain is expected all week. Schools stay open.\n");
//! # Ok::<(), deboil::Error>(())
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod cleaned;
mod cleaner;
mod consent;
mod engine;
mod error;
mod model;
mod patterns;
mod stats;
mod text;
mod tokenize;

pub use crate::cleaned::{Cleaned, Reason, Removed, Rule};
pub use crate::cleaner::{Cleaner, CleanerBuilder, Mode};
pub use crate::error::Error;
pub use crate::patterns::{Category, Kind, Pattern, Patterns};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
pub use crate::tokenize::{
    tokenize, tokenize_bytes, words, Token, TokenKind, Tokenizer, TokenizerBuilder, Tokens, Words,
};
