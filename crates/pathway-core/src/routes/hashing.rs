//! A small hasher for the engine's own keys: short lists of credential and
//! program positions that the engine builds itself.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A multiplicative hasher for keys made of positions. The keys are built by
/// the engine, never by a user, so resistance to crafted collisions (what the
/// standard hasher pays for) buys nothing here.
#[derive(Default)]
pub(crate) struct PositionHasher(u64);

impl PositionHasher {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(Self::K);
    }
}

impl Hasher for PositionHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by positions.
pub(crate) type PositionMap<K, V> = HashMap<K, V, BuildHasherDefault<PositionHasher>>;
