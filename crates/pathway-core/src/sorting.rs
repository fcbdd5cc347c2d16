//! Sorting with little code. The standard library's sorts are fast but large,
//! and are generated again for every element type and comparison: each one
//! adds about 3 KB to the WebAssembly that every visitor downloads. The core
//! sorts short lists (the steps leaving one occupation, a rung's programs, a
//! person's credentials) and, once per answer, its routes; a heapsort of a
//! few dozen instructions does all of that in O(n log n) time, whatever the
//! input. The site sorts with it too, for the same reason.

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
/// order, as `slice::sort_by` does: the positions are sorted with the
/// position itself breaking ties, then the elements are moved once.
pub fn sort_stable_by<T>(v: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_unstable_by(&mut order, |&a, &b| compare(&v[a], &v[b]).then(a.cmp(&b)) == Ordering::Less);
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

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
        fn keeps_equal_elements_in_order(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut expected = v.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            let mut got = v;
            sort_stable_by(&mut got, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(got, expected);
        }
    }
}
