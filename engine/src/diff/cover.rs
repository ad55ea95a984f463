//! Describing a set of contexts by a few conditions that cover exactly it.
//!
//! A context is a point of a product of small dimensions (diagnosis group, age group,
//! phase, kommune, each with "unset"). A condition is a box: a set of values per
//! dimension. The cover is built greedily: from the first point not yet covered, the
//! box is grown one dimension at a time by every value whose slice lies wholly inside
//! the set (trying every order of the dimensions and keeping the box that covers most
//! new points), and boxes that others make redundant are dropped at the end. Every box
//! lies inside the set and every point of the set is in a box, so the cover is exact;
//! greedy covers are small, not proven minimal.

/// A box: for each dimension, the value indices it takes (ascending).
pub type Box4 = [Vec<usize>; 4];

/// The dimensions' sizes and the linear index of a point: `((d0 * n1 + d1) * n2 + d2) * n3 + d3`.
#[derive(Clone, Copy, Debug)]
pub struct Shape(pub [usize; 4]);

impl Shape {
    pub fn len(&self) -> usize {
        self.0.iter().product()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn index(&self, p: [usize; 4]) -> usize {
        ((p[0] * self.0[1] + p[1]) * self.0[2] + p[2]) * self.0[3] + p[3]
    }

    pub fn point(&self, mut i: usize) -> [usize; 4] {
        let mut p = [0; 4];
        for d in (0..4).rev() {
            p[d] = i % self.0[d];
            i /= self.0[d];
        }
        p
    }

    /// Every point of a box, by linear index.
    pub fn expand(&self, b: &Box4) -> Vec<usize> {
        let mut out = Vec::new();
        for &a in &b[0] {
            for &c in &b[1] {
                for &d in &b[2] {
                    for &e in &b[3] {
                        out.push(self.index([a, c, d, e]));
                    }
                }
            }
        }
        out
    }
}

const ORDERS: [[usize; 4]; 24] = {
    let mut out = [[0; 4]; 24];
    let mut n = 0;
    let mut a = 0;
    while a < 4 {
        let mut b = 0;
        while b < 4 {
            let mut c = 0;
            while c < 4 {
                if a != b && a != c && b != c {
                    out[n] = [a, b, c, 6 - a - b - c];
                    n += 1;
                }
                c += 1;
            }
            b += 1;
        }
        a += 1;
    }
    out
};

/// Whether every point of `b` with dimension `d` set to `v` is in `set`.
fn slice_inside(shape: &Shape, set: &[bool], b: &Box4, d: usize, v: usize) -> bool {
    let mut probe = b.clone();
    probe[d] = vec![v];
    shape.expand(&probe).into_iter().all(|i| set[i])
}

/// Boxes whose union is exactly the points `set` marks.
pub fn cover(shape: &Shape, set: &[bool]) -> Vec<Box4> {
    debug_assert_eq!(set.len(), shape.len());
    let mut uncovered: Vec<bool> = set.to_vec();
    let mut boxes: Vec<Box4> = Vec::new();
    while let Some(seed) = uncovered.iter().position(|&u| u) {
        let p = shape.point(seed);
        let mut best: Option<(usize, Box4)> = None;
        for order in ORDERS {
            let mut b: Box4 = [vec![p[0]], vec![p[1]], vec![p[2]], vec![p[3]]];
            for d in order {
                b[d] = (0..shape.0[d])
                    .filter(|&v| v == p[d] || slice_inside(shape, set, &b, d, v))
                    .collect();
            }
            let gain = shape
                .expand(&b)
                .into_iter()
                .filter(|&i| uncovered[i])
                .count();
            if best.as_ref().is_none_or(|(g, _)| gain > *g) {
                best = Some((gain, b));
            }
        }
        let (_, b) = best.expect("24 orders tried");
        for i in shape.expand(&b) {
            uncovered[i] = false;
        }
        boxes.push(b);
    }
    // Drop boxes whose every point another box covers, smallest first.
    let mut count = vec![0u32; shape.len()];
    for b in &boxes {
        for i in shape.expand(b) {
            count[i] += 1;
        }
    }
    let mut by_size: Vec<usize> = (0..boxes.len()).collect();
    by_size.sort_by_key(|&i| boxes[i].iter().map(Vec::len).product::<usize>());
    let mut keep = vec![true; boxes.len()];
    for i in by_size {
        let points = shape.expand(&boxes[i]);
        if points.iter().all(|&p| count[p] > 1) {
            keep[i] = false;
            for p in points {
                count[p] -= 1;
            }
        }
    }
    boxes
        .into_iter()
        .zip(keep)
        .filter_map(|(b, k)| k.then_some(b))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn union(shape: &Shape, boxes: &[Box4]) -> Vec<bool> {
        let mut out = vec![false; shape.len()];
        for b in boxes {
            for i in shape.expand(b) {
                out[i] = true;
            }
        }
        out
    }

    #[test]
    fn orders_are_the_24_permutations() {
        let mut seen = ORDERS.to_vec();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 24);
    }

    #[test]
    fn a_full_space_is_one_box_and_an_empty_one_none() {
        let shape = Shape([3, 4, 4, 5]);
        let all = vec![true; shape.len()];
        let boxes = cover(&shape, &all);
        assert_eq!(boxes.len(), 1);
        assert_eq!(boxes[0][3], vec![0, 1, 2, 3, 4]);
        assert!(cover(&shape, &vec![false; shape.len()]).is_empty());
    }

    #[test]
    fn all_but_one_kommune_in_one_phase_is_one_box() {
        let shape = Shape([2, 4, 4, 6]);
        let set: Vec<bool> = (0..shape.len())
            .map(|i| {
                let p = shape.point(i);
                p[2] == 3 && p[3] != 4
            })
            .collect();
        let boxes = cover(&shape, &set);
        assert_eq!(
            boxes,
            vec![[vec![0, 1], vec![0, 1, 2, 3], vec![3], vec![0, 1, 2, 3, 5]]]
        );
    }

    proptest! {
        #[test]
        fn the_cover_is_exact(bits in proptest::collection::vec(any::<bool>(), 2 * 3 * 2 * 4)) {
            let shape = Shape([2, 3, 2, 4]);
            let boxes = cover(&shape, &bits);
            prop_assert_eq!(union(&shape, &boxes), bits.clone());
            for b in &boxes {
                for i in shape.expand(b) {
                    prop_assert!(bits[i]);
                }
            }
        }
    }
}
