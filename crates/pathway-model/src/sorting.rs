//! Sorting with little code. The standard library's sorts are fast but large,
//! and are generated again for every element type and comparison: each one
//! adds about 3 KB to the WebAssembly that every visitor downloads. The core
//! sorts short lists (the steps leaving one occupation, a rung's programs, a
//! person's credentials) and, once per answer, its routes; a heapsort, and
//! for stable sorting one merge sort of positions written once for every
//! element type, do all of that in O(n log n) time, whatever the input. The
//! site sorts with them too, for the same reason.

use std::cmp::Ordering;

/// Sorts `v` so that no element is less than one before it, by `less`,
/// which must be a strict weak order. Elements that compare equal may be
/// reordered; see [`sort_stable_by`] to keep them in place.
pub fn sort_unstable_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    // Most lists are a handful of positions (a candidate plan's programs,
    // sorted tens of thousands of times per answer), where insertion sort
    // does fewer comparisons and moves.
    if v.len() <= 16 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && less(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    // Sift the element at `root` down within the first `end` elements.
    let mut sift_down = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[root], &v[child]) {
            return;
        }
        v.swap(root, child);
        root = child;
    };
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift_down(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Sorts `v` in ascending order; equal elements may be reordered.
pub fn sort_unstable<T: Ord>(v: &mut [T]) {
    sort_unstable_by(v, |a, b| a < b);
}

/// Sorts `v` by `compare`, keeping elements that compare equal in their
/// order, as `slice::sort_by` does. The positions are merge-sorted first,
/// then the elements are moved once.
pub fn sort_stable_by<T>(v: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let v = &*v;
        stable_order(v.len(), &mut |a, b| compare(&v[a], &v[b]) == Ordering::Less)
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The positions `0..n` in the order `less` puts them, equal ones in their
/// own order: runs of [`RUN`] sorted by insertion, then merged. A merge sort
/// compares about half as often as a heapsort, which matters for the
/// thousands of routes of an answer, each comparison reading two of them.
/// The comparison is a trait object so that this code exists once, however
/// many element types are sorted.
fn stable_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // An element moves left only past elements it is less than, so equal
    // elements keep their order within a run.
    for run in order.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && less(run[j], run[j - 1]) {
                run.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut merged = vec![0; n];
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                // The left run's element goes first unless the right one is
                // strictly less: that keeps equal elements in order.
                let take_right = left == mid || (right < end && less(order[right], order[left]));
                if take_right {
                    *slot = order[right];
                    right += 1;
                } else {
                    *slot = order[left];
                    left += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// The length of the runs [`stable_order`] sorts by insertion before merging.
const RUN: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does(mut v in proptest::collection::vec(0u8..20, 0..200)) {
            let mut expected = v.clone();
            expected.sort_unstable();
            sort_unstable(&mut v);
            prop_assert_eq!(v, expected);
        }

        #[test]
        fn keeps_equal_elements_in_order(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut expected = v.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            let mut got = v;
            sort_stable_by(&mut got, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(got, expected);
        }
    }
}
