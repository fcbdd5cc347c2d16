//! A small static file server for the built site, on the loopback address only.
//! It gzips text and wasm for clients that accept it, as ordinary web servers
//! do, so measurements see the transfer a real deployment has.
//! It serves several folders, each under its own path prefix: the tests use
//! this to publish the same site from a subfolder, as partnerships often do,
//! and to publish a copy of the site over test data.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// One folder and the URL path prefix it is served under, such as `/` or
/// `/nested/explorer/`.
#[derive(Clone, Debug)]
pub struct Mount {
    /// The URL path prefix, starting and ending with `/`.
    pub prefix: &'static str,
    /// The folder whose files are served there.
    pub dir: PathBuf,
}

/// A server running on a background thread.
pub struct RunningServer {
    /// The port it listens on.
    pub port: u16,
}

/// Starts serving the mounts on a free loopback port in the background.
pub fn spawn(mounts: Vec<Mount>) -> Result<RunningServer, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot listen: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    std::thread::spawn(move || accept_loop(&listener, &mounts));
    Ok(RunningServer { port })
}

/// Serves the mounts on 127.0.0.1:`port` until the process is stopped.
pub fn serve_forever(mounts: &[Mount], port: u16) -> Result<(), String> {
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
    for mount in mounts {
        eprintln!("xtask: serving {} on http://127.0.0.1:{port}{}", mount.dir.display(), mount.prefix);
    }
    eprintln!("xtask: Ctrl-C stops the server");
    accept_loop(&listener, mounts);
    Ok(())
}

fn accept_loop(listener: &TcpListener, mounts: &[Mount]) {
    let mounts = std::sync::Arc::new(mounts.to_vec());
    for stream in listener.incoming().flatten() {
        let mounts = mounts.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &mounts);
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

/// The mount with the longest prefix that holds this path, and the rest of the path.
fn mount_for<'m>(mounts: &'m [Mount], path: &'m str) -> Option<(&'m Mount, &'m str)> {
    mounts
        .iter()
        .filter_map(|m| {
            let rest = path.strip_prefix(m.prefix.trim_end_matches('/'))?;
            (rest.is_empty() || rest.starts_with('/')).then_some((m, rest))
        })
        .max_by_key(|(m, _)| m.prefix.len())
}

/// Maps a request path to a file under its mount's folder, refusing anything
/// that climbs out.
fn resolve(mounts: &[Mount], url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let (mount, path) = mount_for(mounts, path)?;
    let mut file = mount.dir.clone();
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

fn handle(stream: TcpStream, mounts: &[Mount]) -> std::io::Result<()> {
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
    let found = (method == "GET" || method == "HEAD").then(|| resolve(mounts, target)).flatten();
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

    fn site(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-static-server-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), name).unwrap();
        dir
    }

    #[test]
    fn refuses_paths_that_climb_out() {
        let mounts = [Mount { prefix: "/", dir: site("root") }];
        assert_eq!(resolve(&mounts, "/../etc/passwd"), None);
        assert_eq!(resolve(&mounts, "/a/../../etc/passwd"), None);
    }

    #[test]
    fn each_prefix_serves_its_own_folder() {
        let (root, other) = (site("root"), site("other"));
        let mounts = [Mount { prefix: "/", dir: root.clone() }, Mount { prefix: "/other/", dir: other.clone() }];
        assert_eq!(resolve(&mounts, "/?from=x"), Some(root.join("index.html")));
        assert_eq!(resolve(&mounts, "/other/?from=x"), Some(other.join("index.html")));
        assert_eq!(resolve(&mounts, "/other"), Some(other.join("index.html")));
        // A name that only starts like a prefix belongs to the root.
        assert_eq!(resolve(&mounts, "/otherwise"), None);
    }

    #[test]
    fn wasm_gets_its_content_type() {
        assert_eq!(content_type(Path::new("x.wasm")), "application/wasm");
    }
}
