//! Stable sorting through one shared sort routine.
//!
//! `slice::sort_by` is generic over the element type and the comparison: each call site with
//! its own closure instantiates the whole standard sort again, some kilobytes of WebAssembly
//! apiece. These helpers sort a list of indices instead, with the comparison behind a
//! `&dyn Fn`, in a single non-generic function ([`stable_order`]), then move the elements
//! into that order. What stays generic per call site is a couple of hundred bytes. Sorts in
//! the library go through these functions rather than the slice methods.
//!
//! The results are those of the standard stable sort: a comparison that is a total order
//! up to ties gives one stable order, whichever algorithm finds it.

use std::cmp::Ordering;

/// Sorts `v` stably by `compare`: the same result as `v.sort_by(compare)`.
pub fn sort_by<T>(v: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = stable_order(v.len(), &|a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by the key `key` gives each element: the same result as
/// `v.sort_by_key(key)` (which also computes the key anew for every comparison).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order: the same result as `v.sort()` (which compares with
/// `<`; the two agree for any `Ord` consistent with `PartialOrd`, as derived ones are).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..len` in the stable order of `compare`, which compares the elements at two
/// indices: the element that belongs at position `i` is the one now at index `order[i]`.
///
/// The one place a sort is instantiated, for every element type and comparison.
#[inline(never)]
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `v` so that position `i` holds the element now at `order[i]`, by swaps along
/// each cycle of the permutation. Uses `order` up as it goes: a position already filled
/// holds its own index.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        // Along the cycle through `start`: each swap puts the right element at `here` for
        // good and moves the one that was at `start` on, until the cycle comes back to it.
        let mut here = start;
        while order[here] != start {
            let from = order[here];
            v.swap(here, from);
            order[here] = here;
            here = from;
        }
        order[here] = here;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_elements_keep_their_order() {
        let mut pairs = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f')];
        sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
        assert_eq!(pairs, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c'), (3, 'f')]);
    }

    #[test]
    fn keys_sort_like_the_standard_library() {
        let words = ["kyiv", "of", "the", "regime", "a", "on", "sudan", "médecins", "in"];
        let mut ours = words.to_vec();
        sort_by_key(&mut ours, |w| std::cmp::Reverse(w.len()));
        let mut std_order = words.to_vec();
        std_order.sort_by_key(|w| std::cmp::Reverse(w.len()));
        assert_eq!(ours, std_order);
        assert_eq!(ours[..2], ["médecins", "regime"]);
    }

    #[test]
    fn every_permutation_of_a_small_slice_sorts() {
        // All orders of 0..6 with duplicate keys (the value halved): cycles of every length.
        fn permutations(items: Vec<u8>, out: &mut Vec<Vec<u8>>) {
            if items.len() <= 1 {
                out.push(items);
                return;
            }
            for i in 0..items.len() {
                let mut rest = items.clone();
                let first = rest.remove(i);
                let mut tails = Vec::new();
                permutations(rest, &mut tails);
                out.extend(tails.into_iter().map(|mut t| {
                    t.insert(0, first);
                    t
                }));
            }
        }
        let mut all = Vec::new();
        permutations((0..6).collect(), &mut all);
        assert_eq!(all.len(), 720);
        for p in all {
            let mut ours = p.clone();
            sort_by_key(&mut ours, |x| x / 2);
            let mut std_order = p.clone();
            std_order.sort_by_key(|x| x / 2);
            assert_eq!(ours, std_order, "from {p:?}");
            let mut plain = p;
            sort(&mut plain);
            assert_eq!(plain, [0, 1, 2, 3, 4, 5]);
        }
    }

    #[test]
    fn short_slices_are_left_alone() {
        let mut empty: [u8; 0] = [];
        sort(&mut empty);
        let mut one = [7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }
}
