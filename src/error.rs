//! The error type of deboil: only building a [`Cleaner`](crate::Cleaner) can fail.

use std::fmt;

/// An error from parsing a pattern file or building a [`Cleaner`](crate::Cleaner).
///
/// Cleaning itself never fails. The `Display` text says what went wrong and, where it can,
/// which line of which pattern file to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// A line of a pattern file could not be used.
    Pattern {
        source: String,
        line: usize,
        message: String,
    },
    /// A pattern file could not be read.
    Io { path: String, message: String },
    /// A builder setting names something that does not exist.
    Config { message: String },
    /// The pattern automaton could not be built.
    Build { message: String },
}

impl Error {
    pub(crate) fn pattern(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Pattern {
                source: source.to_string(),
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn io(path: &str, err: &std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.to_string(),
                message: err.to_string(),
            },
        }
    }

    pub(crate) fn config(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Config {
                message: message.into(),
            },
        }
    }

    pub(crate) fn build(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Build {
                message: message.into(),
            },
        }
    }

    /// The 1-based line of the pattern file this error is about, if it is about one.
    pub fn line(&self) -> Option<usize> {
        match self.kind {
            ErrorKind::Pattern { line, .. } => Some(line),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Pattern { source, line, message } => {
                write!(f, "{source}:{line}: {message}")
            }
            ErrorKind::Io { path, message } => {
                write!(f, "cannot read pattern file {path}: {message}")
            }
            ErrorKind::Config { message } => f.write_str(message),
            ErrorKind::Build { message } => write!(f, "cannot build the pattern matcher: {message}"),
        }
    }
}

impl std::error::Error for Error {}
