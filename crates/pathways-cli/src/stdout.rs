//! Writing results to standard output. A reader that stops early (`| head`)
//! closes the pipe; that ends the output quietly instead of a panic, as
//! `print!` would.

use std::io::{ErrorKind, Write};

/// Writes `text` to standard output; a closed pipe is not an error.
pub fn emit(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(format!("cannot write the output: {e}")),
        _ => Ok(()),
    }
}
