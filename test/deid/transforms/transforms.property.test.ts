// Property tests for the transforms: what must hold for any document, not just the examples.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { applyTransforms, type TransformResult } from '../../../src/deid/apply.js';
import { reverseTokens, TOKEN_PATTERN } from '../../../src/deid/token-map.js';
import { daysFromCivil } from '../../../src/deid/transforms/date-math.js';
import type { TransformContext } from '../../../src/deid/transforms/policy.js';
import { parseDate, type ParsedDate } from '../../../src/deid/transforms/date-parse.js';
import { ENTITY_TYPES, type EntityType, type Finding, type TransformSpec } from '../../../src/deid/types.js';
import { civilDate, DATE_FORMATS, docArb, docOf, VALUE_ARBS, type Civil } from './arbitraries.js';

const KEY = Buffer.alloc(32, 42);
const ctx = { key: KEY, scope: 'scope-a', patientId: 'patient-a' };
const RUNS = { numRuns: 150 };
const format = (i: number): ((d: Civil) => string) => DATE_FORMATS[i % DATE_FORMATS.length] as (d: Civil) => string;

/** The output with each token's hex blanked: a short value may occur in a hex digest by pure chance. */
function withoutTokenBodies(text: string): string {
  return text.replace(new RegExp(TOKEN_PATTERN.source, 'g'), (_t, type: string) => `[[${type}_#]]`);
}

/**
 * Whether `value` survives in `out`. Markers must leave no trace at all. A surrogate must not hold
 * the value as a whole word, nor anywhere if it has 6+ characters; a short value inside a longer
 * random run ("95" in "555-0195") is allowed (see AvoidSet in replacer.ts for why).
 */
function leaks(out: string, value: string, kind: string): boolean {
  if (kind !== 'surrogate' || value.length >= 6) return out.includes(value);
  const word = /[\p{L}\p{N}]/u;
  for (let i = out.indexOf(value); i >= 0; i = out.indexOf(value, i + 1)) {
    if (!word.test(out[i - 1] ?? ' ') && !word.test(out[i + value.length] ?? ' ')) return true;
  }
  return false;
}

function checkOffsets(input: string, findings: readonly Finding[], r: TransformResult): void {
  assert.equal(r.replacements.length, findings.length);
  let inPos = 0;
  let outPos = 0;
  for (const [i, rep] of r.replacements.entries()) {
    assert.equal(rep.start, findings[i]?.start);
    assert.equal(rep.end, findings[i]?.end);
    assert.equal(r.text.slice(outPos, rep.outStart), input.slice(inPos, rep.start), 'text between spans is copied');
    assert.ok(rep.outStart <= rep.outEnd && rep.outEnd <= r.text.length);
    inPos = rep.end;
    outPos = rep.outEnd;
  }
  assert.equal(r.text.slice(outPos), input.slice(inPos));
}

const KINDS: TransformSpec[] = [
  { kind: 'redact' }, { kind: 'tag' }, { kind: 'mask' }, { kind: 'surrogate' }, { kind: 'token' }, { kind: 'generalize' },
];

describe('every transform removes every detected value', () => {
  for (const spec of KINDS) {
    test(spec.kind, () => {
      fc.assert(
        fc.property(docArb(), (doc) => {
          const r = applyTransforms(doc.text, doc.findings, { default: spec }, ctx);
          const out = withoutTokenBodies(r.text).toLowerCase();
          for (const v of doc.values) if (v.length >= 2) assert.ok(!leaks(out, v.toLowerCase(), spec.kind), `${spec.kind} left ${v}`);
          checkOffsets(doc.text, doc.findings, r);
        }),
        RUNS,
      );
    });
  }
});

describe('consistency', () => {
  const single = (type: EntityType, v: string, spec: TransformSpec, c: TransformContext = ctx): string =>
    applyTransforms(v, [{ start: 0, end: v.length, type, score: 1, recognizer: 'p', evidence: [] }], { default: spec }, c).text;
  const typed = fc.constantFrom(...(Object.keys(VALUE_ARBS) as EntityType[]))
    .chain((t) => (VALUE_ARBS[t] as fc.Arbitrary<string>).map((v) => [t, v] as const));

  test('a value gets the same surrogate and token alone and inside any document of other types', () => {
    fc.assert(
      fc.property(typed, docArb(), fc.nat(), ([type, value], other, at) => {
        const items = other.findings
          .map((f, i) => [f.type, other.values[i] as string] as const)
          .filter(([t, v]) => t !== type && v.length >= 6);
        const pos = at % (items.length + 1);
        const all = [...items.slice(0, pos), [type, value] as const, ...items.slice(pos)];
        const doc = docOf(all, []);
        for (const spec of [{ kind: 'surrogate' }, { kind: 'token' }] as TransformSpec[]) {
          const r = applyTransforms(doc.text, doc.findings, { default: spec }, ctx);
          const rep = r.replacements[pos];
          assert.ok(rep);
          assert.equal(r.text.slice(rep.outStart, rep.outEnd), single(type, value, spec), spec.kind);
        }
      }),
      RUNS,
    );
  });
  test('tokens differ across scopes; surrogates and tokens differ across keys', () => {
    fc.assert(
      fc.property(typed, ([type, value]) => {
        const token = single(type, value, { kind: 'token' });
        assert.notEqual(single(type, value, { kind: 'token' }, { ...ctx, scope: 'scope-b' }), token);
        assert.notEqual(single(type, value, { kind: 'token' }, { ...ctx, key: Buffer.alloc(32, 43) }), token);
      }),
      RUNS,
    );
    // Surrogate spaces are finite, so two keys may agree on a value now and then: compare many.
    const values = fc.sample(typed, { numRuns: 200, seed: 7 });
    const same = values.filter(([t, v]) => single(t, v, { kind: 'surrogate' }) === single(t, v, { kind: 'surrogate' }, { key: Buffer.alloc(32, 43) }));
    assert.ok(same.length <= 10, `${same.length} of 200 surrogates equal under another key`);
  });
});

describe('tokens reverse exactly', () => {
  const textWithSpans = fc
    .tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.nat(), { maxLength: 24 }), fc.array(fc.constantFrom(...ENTITY_TYPES), { minLength: 12, maxLength: 12 }))
    .map(([text, cuts, types]) => {
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const findings: Finding[] = [];
      for (let i = 0; i + 1 < points.length; i += 2) {
        const [start, end] = [points[i] as number, points[i + 1] as number];
        findings.push({ start, end, type: types[i % types.length] as EntityType, score: 1, recognizer: 'p', evidence: [] });
      }
      return { text, findings };
    });
  test('for arbitrary strings and arbitrary non-overlapping spans', () => {
    fc.assert(
      fc.property(textWithSpans, fc.string({ maxLength: 12 }), ({ text, findings }, scope) => {
        const r = applyTransforms(text, findings, { default: { kind: 'token' } }, { key: KEY, scope });
        const back = reverseTokens(r.text, r.tokens);
        assert.equal(back.text, text);
        assert.equal(back.restored, findings.length);
        assert.deepEqual(back.unknown, []);
        checkOffsets(text, findings, r);
      }),
      { numRuns: 300 },
    );
  });
});

describe('date shifting', () => {
  test('keeps every interval between dates of one patient, whatever their formats', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(civilDate, fc.nat()), { minLength: 2, maxLength: 6 }), fc.string({ minLength: 1, maxLength: 10 }), (dates, patientId) => {
        const doc = docOf(dates.map(([d, f]) => ['DATE', format(f)(d)] as const), []);
        const r = applyTransforms(doc.text, doc.findings, { default: { kind: 'date-shift' } }, { key: KEY, patientId });
        const shifts = r.replacements.map((rep, i) => {
          const p = parseDate(r.text.slice(rep.outStart, rep.outEnd));
          assert.ok(p, 'output is a date in a known format');
          assert.equal(rep.kind, 'date-shift');
          const orig = dates[i]?.[0] as Civil;
          return daysFromCivil(p) - daysFromCivil(orig);
        });
        assert.ok(shifts.every((s) => s === shifts[0]), `one shift per patient: ${shifts.join(',')}`);
        assert.ok(shifts[0] !== 0 && Math.abs(shifts[0] as number) <= 365);
      }),
      RUNS,
    );
  });
  test('keeps the format: same parts, same padding, same separators', () => {
    fc.assert(
      fc.property(civilDate, fc.nat(), fc.string({ minLength: 1, maxLength: 8 }), (d, f, patientId) => {
        const text = format(f)(d);
        const r = applyTransforms(text, [{ start: 0, end: text.length, type: 'DATE', score: 1, recognizer: 'p', evidence: [] }], { default: { kind: 'date-shift' } }, { key: KEY, patientId });
        const a = parseDate(text);
        const b = parseDate(r.text);
        assert.ok(a && b);
        assert.notEqual(r.text, text);
        // "May" reads as a full name or an abbreviation alike, so its abbr flag is not compared
        const shape = (x: NonNullable<typeof a>) =>
          x.parts.filter((p) => p.kind !== 'day' && p.kind !== 'month-num').map((p) => (p.kind === 'month-name' && (a.month === 5 || b.month === 5) ? { ...p, abbr: null } : p));
        assert.deepEqual(shape(b), shape(a));
        // padded numbers stay padded (unpadded ones may grow to two digits)
        for (const [i, p] of a.parts.entries()) {
          if (!('pad' in p) || !p.pad) continue;
          const q: ParsedDate["parts"][number] | undefined = b.parts[i];
          assert.equal(q?.kind, p.kind);
          assert.ok((q && 'pad' in q && q.pad) || (p.kind === 'day' ? b.day : b.month) >= 10, 'padded stays padded');
        }
      }),
      RUNS,
    );
  });
});
