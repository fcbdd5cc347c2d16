//! A part of a list that many rungs share. An answer of thousands of routes
//! repeats the same plans on many rungs; each rung reads its programs and
//! credentials through one of these instead of a copy of its own, so
//! building and freeing an answer makes no allocation per rung.

use std::ops::{Deref, Range};
use std::sync::Arc;

/// A run of a shared list, read as a slice. Cloning it copies no elements.
#[derive(Clone)]
pub struct SharedSlice<T> {
    all: Arc<[T]>,
    start: usize,
    end: usize,
}

impl<T> SharedSlice<T> {
    /// The positions `range` of `all`, which must lie within it.
    pub(crate) fn new(all: &Arc<[T]>, range: Range<usize>) -> Self {
        assert!(range.start <= range.end && range.end <= all.len(), "a shared slice lies within its list");
        Self { all: Arc::clone(all), start: range.start, end: range.end }
    }
}

impl<T> Deref for SharedSlice<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.all[self.start..self.end]
    }
}

/// The whole of `list`, shared from now on.
impl<T> From<Vec<T>> for SharedSlice<T> {
    fn from(list: Vec<T>) -> Self {
        let end = list.len();
        Self { all: list.into(), start: 0, end }
    }
}

/// A copy of `list`, shared from now on.
impl<T: Clone> From<&[T]> for SharedSlice<T> {
    fn from(list: &[T]) -> Self {
        Self { all: list.into(), start: 0, end: list.len() }
    }
}

/// Empty. The standard library's empty `Arc<[T]>` shares one allocation
/// (made once, if at all), so the first rung of every route of a person
/// with no job, which takes no program, allocates nothing.
impl<T> Default for SharedSlice<T> {
    fn default() -> Self {
        Self { all: Arc::default(), start: 0, end: 0 }
    }
}

/// Two are equal when their elements are, wherever they are stored.
impl<T: PartialEq> PartialEq for SharedSlice<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for SharedSlice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<'a, T> IntoIterator for &'a SharedSlice<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_its_run_and_compares_by_elements() {
        let all: Arc<[u32]> = vec![1, 2, 3, 4].into();
        let middle = SharedSlice::new(&all, 1..3);
        assert_eq!(&*middle, &[2, 3]);
        assert_eq!(middle, SharedSlice::from(vec![2, 3]));
        assert_eq!(middle, SharedSlice::from(&[2, 3][..]));
        assert_ne!(middle, SharedSlice::new(&all, 0..2));
        assert!(SharedSlice::<u32>::default().is_empty());
        assert_eq!((&middle).into_iter().sum::<u32>(), 5);
    }
}
