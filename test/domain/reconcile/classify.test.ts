import { describe, it, expect } from 'vitest';
import { classify } from '../../../src/domain/reconcile/classify';
import { Edges } from '../../../src/domain/reconcile/edges';

/** Edges from [on-site, registered, bits] triples. */
function edgesOf(list: [number, number, number][]): Edges {
  const edges = new Edges();
  for (const [o, r, bits] of list) edges.push(o, r, bits);
  return edges;
}

describe('classify: what a rival is worth', () => {
  it('counts a name alone that fits several free namesakes as a fraction of a rival to each', () => {
    // o0 fits r0 well; o1, a name alone, fits r0..r3 alike and holds r1.
    const edges = edgesOf([[0, 0, 7], [1, 0, 3], [1, 1, 3], [1, 2, 3], [1, 3, 3]]);
    const [o0, o1] = classify(edges, Int32Array.from([0, 1]), 4);
    expect(o0).toMatchObject({ status: 'matched', r: 0 });
    expect(o1.status).toBe('review');
  });

  it('counts a registered worker another row holds, with nothing else to be, as hardly a rival', () => {
    // o1 fits r1 by 9 bits and nothing else; o0 fits r0 by 7 and r1 by 3; o2 fits only r1, by 3.
    const edges = edgesOf([[0, 0, 7], [0, 1, 3], [1, 1, 9], [2, 1, 3]]);
    const [o0, , o2] = classify(edges, Int32Array.from([0, 1, -1]), 2);
    expect(o0).toMatchObject({ status: 'matched', r: 0 });
    // r1 is o1's about 500 times in 512: o2 is most likely someone the register does not hold.
    expect(o2.status).toBe('hidden');
  });

  it('still counts a held worker as a rival when the row holding it could as well be someone else', () => {
    // As above, but o1 fits a free r2 as well as r1: r1 is about half o2's to take.
    const edges = edgesOf([[1, 1, 9], [1, 2, 9], [2, 1, 3]]);
    const [, , o2] = classify(edges, Int32Array.from([-1, 1, -1]), 3);
    expect(o2.status).toBe('review');
    expect(o2.status === 'review' && o2.candidates[0].r).toBe(1);
  });
});

describe('classify: a sheet that lists more people than the register can have present', () => {
  it('asks a match to hold at the lower prior too, and sends one that does not to review, never to hidden', () => {
    // o0 fits r0 by 8 bits (p ≈ 0.996), o1 by 20. At a prior 5 bits lower, o0's pair is about 0.89.
    const edges = edgesOf([[0, 0, 8], [1, 1, 20]]);
    const assigned = Int32Array.from([0, 1]);
    expect(classify(edges, assigned, 2).map((x) => x.status)).toEqual(['matched', 'matched']);
    const [o0, o1] = classify(edges, assigned, 2, 5);
    expect(o0).toMatchObject({ status: 'review', candidates: [{ r: 0 }] });
    expect(o0.p).toBeCloseTo(1 / (1 + 1 / 2 ** 3), 3);
    expect(o1).toMatchObject({ status: 'matched', r: 1 });
    // A row the usual prior flags hidden is flagged hidden at the lower one as well, and no other.
    const weak = edgesOf([[0, 0, -4]]);
    expect(classify(weak, Int32Array.from([-1]), 1, 5)[0].status).toBe(classify(weak, Int32Array.from([-1]), 1)[0].status);
  });
});
