//! A small static file server for the built site, on the loopback address only.
//! It gzips text and wasm for clients that accept it, as ordinary web servers
//! do, so measurements see the transfer a real deployment has.
//! The same files are also served under `/nested/explorer/`, so tests can prove
//! the site works from a subfolder as partnerships often publish it.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// The folder prefix under which the site is served a second time.
pub const SUBFOLDER: &str = "/nested/explorer/";

/// A server running on a background thread.
pub struct RunningServer {
    /// The port it listens on.
    pub port: u16,
}

/// Starts serving `dir` on a free loopback port in the background.
pub fn spawn(dir: &Path) -> Result<RunningServer, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot listen: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || accept_loop(&listener, &dir));
    Ok(RunningServer { port })
}

/// Serves `dir` on 127.0.0.1:`port` until the process is stopped.
pub fn serve_forever(dir: &Path, port: u16) -> Result<(), String> {
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
    eprintln!("xtask: serving {} on http://127.0.0.1:{port}/ (Ctrl-C stops)", dir.display());
    accept_loop(&listener, dir);
    Ok(())
}

fn accept_loop(listener: &TcpListener, dir: &Path) {
    for stream in listener.incoming().flatten() {
        let dir = dir.to_path_buf();
        std::thread::spawn(move || {
            let _ = handle(stream, &dir);
        });
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

fn compressible(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "js" | "mjs" | "wasm" | "css" | "json" | "svg"))
}

fn gzip(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(body)?;
    encoder.finish()
}

/// Maps a request path to a file under `dir`, refusing anything that climbs out.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let path = path.strip_prefix(SUBFOLDER.trim_end_matches('/')).unwrap_or(path);
    let mut file = dir.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn handle(stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepts_gzip = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        let lower = header.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("gzip") {
            accepts_gzip = true;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let mut stream = stream;
    let found = (method == "GET" || method == "HEAD").then(|| resolve(dir, target)).flatten();
    match found.and_then(|f| std::fs::read(&f).ok().map(|body| (f, body))) {
        Some((file, body)) => {
            let (body, encoding) = if accepts_gzip && compressible(&file) {
                (gzip(&body)?, "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n")
            } else {
                (body, "")
            };
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{encoding}Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            )?;
            if method == "GET" {
                stream.write_all(&body)?;
            }
        }
        None => {
            let body = b"Not found";
            write!(
                stream,
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(body)?;
        }
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_climb_out() {
        let dir = std::env::temp_dir();
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);
        assert_eq!(resolve(&dir, "/a/../../etc/passwd"), None);
    }

    #[test]
    fn wasm_gets_its_content_type() {
        assert_eq!(content_type(Path::new("x.wasm")), "application/wasm");
    }
}
