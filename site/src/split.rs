//! Calling into a part of the site's code that the visitor's build keeps in
//! a WebAssembly module of its own (see `components::journey`).
//!
//! A split function is `async` because its first call fetches its module.
//! Once the module has loaded, the call completes as soon as it is polled,
//! so a view can call it where it must draw at once, under its reactive owner.

use std::future::Future;
use std::task::{Context, Poll, Waker};

/// `future`'s output if it is ready when first polled, else `None` (the
/// module it needs has not loaded yet).
pub fn now<F: Future>(future: F) -> Option<F::Output> {
    let mut future = std::pin::pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}
