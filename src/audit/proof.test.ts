// Proof plans for every (index, size) and (size1, size2) pair up to 64 leaves, checked against the naive
// RFC recursion in test/audit/reference.ts, then round-tripped through verify.ts; plus random trees.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { rfc9162 } from './hasher.js';
import { consistencyPlan, inclusionPlan, largestPowerOfTwoBelow, rangeNodes, rehash, type NodeId } from './proof.js';
import { verifyConsistency, verifyInclusion, AuditRootMismatchError } from './verify.js';
import { PhigateError } from '../errors.js';
import * as ref from '../../test/audit/reference.js';

const MAX = 64;
const leaves = ref.leafInputs(MAX);
const flipBit = (b: Buffer, at: number, mask: number): void => {
  b[at] = (b[at] as number) ^ mask;
};
const hex = (bs: readonly Uint8Array[]): string[] => bs.map((b) => Buffer.from(b).toString('hex'));

// Memoised perfect-subtree hashes from the reference, so the 64x64 sweep stays fast.
const memo = new Map<string, Buffer>();
function node(id: NodeId): Buffer {
  const key = `${id.level}/${id.index}`;
  let h = memo.get(key);
  if (!h) {
    h = ref.subtree(leaves, id.level, id.index);
    memo.set(key, h);
  }
  return h;
}
const roots = Array.from({ length: MAX + 1 }, (_, n) => ref.mth(leaves.slice(0, n)));

describe('inclusion proofs, every (index, size) up to 64', () => {
  test('plan + rehash equals the RFC PATH and verifies against MTH', () => {
    let checked = 0;
    for (let size = 1; size <= MAX; size++) {
      for (let index = 0; index < size; index++) {
        const proof = rehash(inclusionPlan(index, size), node, rfc9162);
        assert.deepEqual(hex(proof), hex(ref.path(index, leaves.slice(0, size))), `index ${index} size ${size}`);
        verifyInclusion(rfc9162, index, size, ref.leafHash(leaves[index] as Buffer), proof, roots[size] as Buffer);
        checked++;
      }
    }
    assert.equal(checked, (MAX * (MAX + 1)) / 2);
  });

  test('any single flipped bit, dropped or extra hash, or wrong index is rejected', () => {
    for (let size = 1; size <= 24; size++) {
      for (let index = 0; index < size; index++) {
        const leaf = ref.leafHash(leaves[index] as Buffer);
        const proof = ref.path(index, leaves.slice(0, size));
        const root = roots[size] as Buffer;
        for (let i = 0; i < proof.length; i++) {
          const bad = proof.map((p) => Buffer.from(p));
          flipBit(bad[i] as Buffer, i % 32, 1);
          assert.throws(() => verifyInclusion(rfc9162, index, size, leaf, bad, root), AuditRootMismatchError);
        }
        assert.throws(() => verifyInclusion(rfc9162, index, size, leaf, [...proof, root], root), { code: 'PHIGATE_AUDIT_INVALID_PROOF' });
        if (proof.length > 0) {
          assert.throws(() => verifyInclusion(rfc9162, index, size, leaf, proof.slice(1), root), { code: 'PHIGATE_AUDIT_INVALID_PROOF' });
        }
        if (size > 1) {
          const other = (index + 1) % size;
          assert.throws(() => verifyInclusion(rfc9162, other, size, leaf, proof, root), PhigateError);
        }
      }
    }
  });

  test('preconditions are checked and the error names the values', () => {
    const leaf = ref.leafHash(leaves[0] as Buffer);
    assert.throws(() => verifyInclusion(rfc9162, 3, 3, leaf, [], roots[3] as Buffer), /index 3 is beyond size 3/);
    assert.throws(() => verifyInclusion(rfc9162, -1, 3, leaf, [], roots[3] as Buffer), /index must be a non-negative integer/);
    assert.throws(() => verifyInclusion(rfc9162, 0, 1, leaf.subarray(0, 31), [], roots[1] as Buffer), /leaf hash has 31 bytes, want 32/);
    assert.throws(() => verifyInclusion(rfc9162, 0, 4, leaf, [leaf], roots[4] as Buffer), /wrong inclusion proof size 1, want 2/);
    assert.throws(() => inclusionPlan(5, 5), RangeError);
  });
});

describe('consistency proofs, every (size1, size2) up to 64', () => {
  test('plan + rehash equals the RFC PROOF and verifies', () => {
    let checked = 0;
    for (let size2 = 0; size2 <= MAX; size2++) {
      for (let size1 = 0; size1 <= size2; size1++) {
        const proof = rehash(consistencyPlan(size1, size2), node, rfc9162);
        assert.deepEqual(hex(proof), hex(ref.consistency(size1, leaves.slice(0, size2))), `sizes ${size1} ${size2}`);
        verifyConsistency(rfc9162, size1, size2, proof, roots[size1] as Buffer, roots[size2] as Buffer);
        checked++;
      }
    }
    assert.equal(checked, ((MAX + 1) * (MAX + 2)) / 2);
  });

  test('tampered proofs and roots are rejected', () => {
    for (let size2 = 2; size2 <= 24; size2++) {
      for (let size1 = 1; size1 < size2; size1++) {
        const proof = ref.consistency(size1, leaves.slice(0, size2));
        const r1 = roots[size1] as Buffer;
        const r2 = roots[size2] as Buffer;
        for (let i = 0; i < proof.length; i++) {
          const bad = proof.map((p) => Buffer.from(p));
          flipBit(bad[i] as Buffer, 0, 0x80);
          assert.throws(() => verifyConsistency(rfc9162, size1, size2, bad, r1, r2), PhigateError, `sizes ${size1} ${size2} hash ${i}`);
        }
        assert.throws(() => verifyConsistency(rfc9162, size1, size2, proof, r2, r2), PhigateError);
        assert.throws(() => verifyConsistency(rfc9162, size1, size2, proof, r1, r1), PhigateError);
        assert.throws(() => verifyConsistency(rfc9162, size1, size2, proof.slice(0, -1), r1, r2), { code: 'PHIGATE_AUDIT_INVALID_PROOF' });
      }
    }
  });

  test('edge cases: empty old tree, equal sizes, size1 > size2', () => {
    const r0 = roots[0] as Buffer;
    const r5 = roots[5] as Buffer;
    verifyConsistency(rfc9162, 0, 5, [], r0, r5);
    assert.throws(() => verifyConsistency(rfc9162, 0, 5, [], r5, r5), AuditRootMismatchError);
    verifyConsistency(rfc9162, 5, 5, [], r5, r5);
    assert.throws(() => verifyConsistency(rfc9162, 5, 5, [], r5, roots[4] as Buffer), AuditRootMismatchError);
    assert.throws(() => verifyConsistency(rfc9162, 5, 5, [r5], r5, r5), /wrong consistency proof size 1, want 0/);
    assert.throws(() => verifyConsistency(rfc9162, 6, 5, [], r5, r5), /size1 6 is greater than size2 5/);
  });
});

describe('plan arithmetic', () => {
  test('largestPowerOfTwoBelow is exact near 2^53', () => {
    assert.equal(largestPowerOfTwoBelow(2), 1);
    assert.equal(largestPowerOfTwoBelow(3), 2);
    assert.equal(largestPowerOfTwoBelow(2 ** 40), 2 ** 39);
    assert.equal(largestPowerOfTwoBelow(2 ** 40 + 1), 2 ** 40);
    assert.equal(largestPowerOfTwoBelow(2 ** 53 - 1), 2 ** 52);
  });

  test('rangeNodes covers [begin, end) exactly with aligned perfect subtrees (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 45 }), fc.nat({ max: 5000 }), (begin, width) => {
        const nodes = rangeNodes(begin, begin + width);
        let at = begin;
        for (const n of nodes) {
          const w = 2 ** n.level;
          assert.equal(n.index * w, at, 'contiguous and aligned');
          at += w;
        }
        assert.equal(at, begin + width);
      }),
    );
  });

  test('inclusion plans have log-size length for huge trees', () => {
    const plan = inclusionPlan(2 ** 40 + 12345, 2 ** 41 + 3);
    assert.ok(plan.elements.length >= 41 && plan.elements.length <= 43);
    for (const el of plan.elements) assert.ok(el.length >= 1);
  });
});

describe('random trees (fast-check)', () => {
  test('inclusion and consistency proofs verify, and corrupted ones do not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 40 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (data, a, b, flip) => {
          const size = data.length;
          const index = a % size;
          const size1 = b % (size + 1);
          const proof = ref.path(index, data);
          const root = ref.mth(data);
          verifyInclusion(rfc9162, index, size, ref.leafHash(data[index] as Uint8Array), proof, root);
          const cproof = ref.consistency(size1, data);
          verifyConsistency(rfc9162, size1, size, cproof, ref.mth(data.slice(0, size1)), root);
          if (proof.length > 0) {
            const bad = proof.map((p) => Buffer.from(p));
            flipBit(bad[flip % bad.length] as Buffer, flip % 32, 1 << flip % 8);
            assert.throws(() => verifyInclusion(rfc9162, index, size, ref.leafHash(data[index] as Uint8Array), bad, root));
          }
          if (cproof.length > 0) {
            const bad = cproof.map((p) => Buffer.from(p));
            flipBit(bad[flip % bad.length] as Buffer, flip % 32, 1 << flip % 8);
            assert.throws(() => verifyConsistency(rfc9162, size1, size, bad, ref.mth(data.slice(0, size1)), root));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
