//! Sets of credentials, in the two forms the engine uses: a sorted list for
//! what a person holds along a route (small, hashed as a key), and words of
//! bits for the many subset and membership tests of the search.

use pathway_model::graph::CredentialIx;

/// A sorted set of credentials.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct CredSet(pub(crate) Vec<CredentialIx>);

impl CredSet {
    pub(crate) fn from_unsorted(mut v: Vec<CredentialIx>) -> Self {
        pathway_model::sorting::sort_unstable(&mut v);
        v.dedup();
        Self(v)
    }

    pub(crate) fn contains(&self, c: CredentialIx) -> bool {
        self.0.binary_search(&c).is_ok()
    }

    pub(crate) fn as_slice(&self) -> &[CredentialIx] {
        &self.0
    }

    /// Appends to `out` this set with `more` added, sorted and without
    /// repeats, so that sets can share one vector.
    pub(crate) fn extend_with_added(&self, more: &[CredentialIx], out: &mut Vec<CredentialIx>) {
        let first = out.len();
        out.extend_from_slice(&self.0);
        for &c in more {
            if let Err(at) = out[first..].binary_search(&c) {
                out.insert(first + at, c);
            }
        }
    }
}

/// A fixed-size set of credentials as bits.
pub(crate) type Bits = Vec<u64>;

/// Sets bit `i` of `bits`.
pub(crate) fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

/// Whether bit `i` of `bits` is set. Always inlined: the search asks this
/// millions of times per answer, and the size-optimised WebAssembly build
/// would otherwise make each one a call.
#[inline(always)]
pub(crate) fn has(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & 1 << (i % 64) != 0
}

/// Credentials as bits, for the plan search's many membership tests.
pub(crate) struct HeldBits<'a>(pub(crate) &'a [u64]);

impl HeldBits<'_> {
    pub(crate) fn contains(&self, c: CredentialIx) -> bool {
        has(self.0, c.index())
    }
}

/// The words of a [`Bits`] outside of which every word is zero, as the
/// first word position and one past the last; empty (the first past the
/// last) when every word is.
pub(crate) type Span = (usize, usize);

/// The [`Span`] of `bits`.
pub(crate) fn span(bits: &[u64]) -> Span {
    let first = bits.iter().position(|&w| w != 0).unwrap_or(usize::MAX);
    let end = bits.iter().rposition(|&w| w != 0).map_or(0, |last| last + 1);
    (first, end)
}

/// True when every bit of `small` is in `big`, where `small_span` is the
/// [`Span`] of `small`: only those words are compared. Written as a plain
/// loop over slices, which the size-optimised WebAssembly build keeps free
/// of calls; the search makes hundreds of thousands of these tests.
pub(crate) fn is_subset(small: &[u64], small_span: Span, big: &[u64]) -> bool {
    let n = small_span.1.min(small.len()).min(big.len());
    let mut i = small_span.0;
    while i < n {
        if small[i] & !big[i] != 0 {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_stay_sorted_and_unique() {
        let a = CredSet::from_unsorted(vec![CredentialIx(3), CredentialIx(1), CredentialIx(3)]);
        assert_eq!(a.as_slice(), &[CredentialIx(1), CredentialIx(3)]);
        assert!(a.contains(CredentialIx(3)) && !a.contains(CredentialIx(0)));
        // Added after what the vector already holds, leaving that alone.
        let mut pool = vec![CredentialIx(9)];
        a.extend_with_added(&[CredentialIx(2), CredentialIx(4), CredentialIx(1), CredentialIx(2)], &mut pool);
        assert_eq!(pool, [9, 1, 2, 3, 4].map(CredentialIx));
    }
}
