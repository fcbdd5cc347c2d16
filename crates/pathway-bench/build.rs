//! Records the optimisation level the benchmark was built with, so the figures
//! it prints say which profile produced them (`--release` and `--profile bench`
//! both write to `target/release`).

fn main() {
    let opt = std::env::var("OPT_LEVEL").unwrap_or_else(|_| "unknown".to_owned());
    let debug = std::env::var("DEBUG").unwrap_or_else(|_| "unknown".to_owned());
    println!("cargo:rustc-env=BENCH_OPT_LEVEL={opt}");
    println!("cargo:rustc-env=BENCH_DEBUGINFO={debug}");
    println!("cargo:rerun-if-changed=build.rs");
}
