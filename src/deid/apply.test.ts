// applyTransforms end to end: outputs per kind, keyed consistency, offsets, and refusals without PHI.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError, type ErrorCode } from '../errors.js';
import { applyTransforms, mapOutputOffset } from './apply.js';
import { reverseTokens } from './token-map.js';
import { surrogateFor } from './transforms/surrogate.js';
import { SURNAMES } from './transforms/surrogate-lists.js';
import type { EntityType, Finding, TransformPolicy, TransformSpec } from './types.js';

const KEY = Buffer.alloc(32, 11);
const ctx = { key: KEY, scope: 'conv-1', patientId: 'patient-1' };

/** Findings for the given values, found left to right. */
function find(text: string, spans: readonly (readonly [string, EntityType])[]): Finding[] {
  let from = 0;
  return spans.map(([value, type]) => {
    const start = text.indexOf(value, from);
    assert.ok(start >= 0, `fixture value ${value}`);
    from = start + value.length;
    return { start, end: from, type, score: 1, recognizer: 'test', evidence: [] };
  });
}

const TEXT = 'Pt John Smith (MRN 00123-45) seen 03/04/2020, age 92, ZIP 02138. Call (617) 555-1234.';
const SPANS = [['John Smith', 'NAME'], ['00123-45', 'MRN'], ['03/04/2020', 'DATE'], ['92', 'AGE'], ['02138', 'ZIP'], ['(617) 555-1234', 'PHONE']] as const;
const FINDINGS = find(TEXT, SPANS);
const policy = (spec: TransformSpec): TransformPolicy => ({ default: spec });

describe('applyTransforms, fixed outputs', () => {
  const cases: [string, TransformPolicy, string][] = [
    ['redact', policy({ kind: 'redact' }), 'Pt [REDACTED] (MRN [REDACTED]) seen [REDACTED], age [REDACTED], ZIP [REDACTED]. Call [REDACTED].'],
    ['tag', policy({ kind: 'tag' }), 'Pt [NAME] (MRN [MRN]) seen [DATE], age [AGE], ZIP [ZIP]. Call [PHONE].'],
    ['mask', policy({ kind: 'mask', keepLast: 2 }), 'Pt **** ***th (MRN *****-45) seen **/**/**20, age *2, ZIP ***38. Call (***) ***-**34.'],
    ['generalize', policy({ kind: 'generalize' }), 'Pt [NAME] (MRN [MRN]) seen 2020, age 90+, ZIP 021**. Call [PHONE].'],
    ['per type', { default: { kind: 'tag' }, byType: { DATE: { kind: 'generalize' }, PHONE: { kind: 'redact' } } },
      'Pt [NAME] (MRN [MRN]) seen 2020, age [AGE], ZIP [ZIP]. Call [REDACTED].'],
  ];
  for (const [name, p, want] of cases) {
    test(name, () => assert.equal(applyTransforms(TEXT, FINDINGS, p, {}).text, want));
  }
});

describe('applyTransforms, keyed kinds', () => {
  test('surrogate: realistic, consistent, never the original', () => {
    const r = applyTransforms(TEXT, FINDINGS, policy({ kind: 'surrogate' }), ctx);
    assert.match(r.text, /^Pt [A-Z][a-z]+ [A-Z][a-z]+ \(MRN \d{5}-\d\d\) seen \d\d\/\d\d\/2020, age (9\d|10[0-4]), ZIP \d{5}\. Call \(\d{3}\) 555-01\d\d\.$/);
    for (const [value] of SPANS) assert.ok(!r.text.includes(value), 'no original value left');
    assert.equal(applyTransforms(TEXT, FINDINGS, policy({ kind: 'surrogate' }), ctx).text, r.text);
    assert.notEqual(applyTransforms(TEXT, FINDINGS, policy({ kind: 'surrogate' }), { key: Buffer.alloc(32, 12) }).text, r.text);
    assert.ok(r.replacements.every((x) => x.kind === 'surrogate'));
  });
  test('token: reversible, same value same token, map returned', () => {
    const text = 'John Smith called; John Smith again; JOHN SMITH once.';
    const findings = find(text, [['John Smith', 'NAME'], ['John Smith', 'NAME'], ['JOHN SMITH', 'NAME']]);
    const r = applyTransforms(text, findings, policy({ kind: 'token' }), ctx);
    const tokens = r.text.match(/\[\[NAME_[0-9a-f]{12}\]\]/g) ?? [];
    assert.equal(tokens.length, 3);
    assert.equal(tokens[0], tokens[1]);
    assert.notEqual(tokens[0], tokens[2], 'tokens are exact-value, so reversal is exact');
    assert.equal(Object.keys(r.tokens).length, 2);
    assert.equal(reverseTokens(r.text, r.tokens).text, text);
  });
  test('token: an existing map is reused and never collided with', () => {
    const text = 'Ann met Bob.';
    const findings = find(text, [['Ann', 'NAME'], ['Bob', 'NAME']]);
    const first = applyTransforms(text, findings, policy({ kind: 'token' }), ctx);
    const annToken = Object.keys(first.tokens).find((t) => first.tokens[t]?.value === 'Ann') as string;
    const again = applyTransforms('Ann.', find('Ann.', [['Ann', 'NAME']]), policy({ kind: 'token' }), { ...ctx, tokens: first.tokens });
    assert.equal(again.text, `${annToken}.`);
    // Someone else already holds Ann's token in this scope: Ann's is lengthened instead.
    const clash = applyTransforms('Ann.', find('Ann.', [['Ann', 'NAME']]), policy({ kind: 'token' }), {
      ...ctx,
      tokens: { [annToken]: { value: 'Other', type: 'NAME' } },
    });
    assert.match(clash.text, /^\[\[NAME_[0-9a-f]{16}\]\]\.$/);
    assert.equal(reverseTokens(clash.text, clash.tokens).text, 'Ann.');
  });
  test('date-shift: same shift for every date of the patient; fallbacks are reported', () => {
    const text = 'Admitted 2020-03-01, discharged 03/11/2020, follow-up Christmas; seen at Mercy Hospital.';
    const findings = find(text, [['2020-03-01', 'DATE'], ['03/11/2020', 'DATE'], ['Christmas', 'DATE'], ['Mercy Hospital', 'FACILITY']]);
    const r = applyTransforms(text, findings, policy({ kind: 'date-shift', maxDays: 100 }), ctx);
    const [a, b, c, d] = r.replacements.map((x) => r.text.slice(x.outStart, x.outEnd));
    const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const [m, dd, y] = (b as string).split('/');
    assert.equal(dayOf(`${y}-${m}-${dd}`) - dayOf(a as string), 10, 'interval kept');
    const shift = dayOf(a as string) - dayOf('2020-03-01');
    assert.ok(shift !== 0 && Math.abs(shift) <= 100);
    assert.match(c as string, /^\d\d\/\d\d\/\d{4}$/);
    assert.notEqual(d, 'Mercy Hospital');
    assert.deepEqual(r.replacements.map((x) => x.kind), ['date-shift', 'date-shift', 'surrogate', 'surrogate']);
    const other = applyTransforms(text, findings, policy({ kind: 'date-shift', maxDays: 100 }), { ...ctx, patientId: 'patient-2' });
    assert.notEqual(other.replacements[0] && other.text.slice(other.replacements[0].outStart, other.replacements[0].outEnd), a);
  });
  test('generalize falls back to tag for types without a coarser form', () => {
    const r = applyTransforms(TEXT, FINDINGS, policy({ kind: 'generalize' }), {});
    assert.deepEqual(r.replacements.map((x) => x.kind), ['tag', 'tag', 'generalize', 'generalize', 'generalize', 'tag']);
  });
});

describe('surrogates never reproduce another identifier of the text', () => {
  test('when almost every surname is itself an identifier in the text', () => {
    const others = SURNAMES.slice(0, -1);
    const text = `${others.join(' ')} Zyxwv`;
    const findings = find(text, [...others.map((n) => [n, 'NAME'] as const), ['Zyxwv', 'NAME']]);
    const r = applyTransforms(text, findings, policy({ kind: 'surrogate' }), ctx);
    const last = r.replacements.at(-1);
    assert.ok(last);
    const out = r.text.slice(last.outStart, last.outEnd);
    assert.ok(!others.some((n) => out.toLowerCase().includes(n.toLowerCase())), out);
  });
  test('two values whose keyed surrogates collide get different ones', () => {
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; i < 2000 && !pair; i++) {
      const v = `Qx${i.toString(36)}`;
      const s = surrogateFor('NAME', v, KEY) as string;
      const prior = seen.get(s);
      if (prior) pair = [prior, v];
      seen.set(s, v);
    }
    assert.ok(pair, 'found two names with the same keyed surrogate');
    const text = `${pair[0]} and ${pair[1]}`;
    const r = applyTransforms(text, find(text, [[pair[0], 'NAME'], [pair[1], 'NAME']]), policy({ kind: 'surrogate' }), ctx);
    const [x, y] = r.replacements.map((rep) => r.text.slice(rep.outStart, rep.outEnd));
    assert.equal(x, surrogateFor('NAME', pair[0], KEY), 'the first keeps its keyed surrogate');
    assert.notEqual(x, y);
  });
});

describe('replacements map output back to input', () => {
  test('offsets and mapOutputOffset', () => {
    const r = applyTransforms(TEXT, FINDINGS, policy({ kind: 'tag' }), {});
    for (const [i, rep] of r.replacements.entries()) {
      assert.equal(TEXT.slice(rep.start, rep.end), SPANS[i]?.[0]);
      assert.equal(r.text.slice(rep.outStart, rep.outEnd), `[${SPANS[i]?.[1]}]`);
      assert.deepEqual(mapOutputOffset(r.replacements, rep.outStart + 1), { start: rep.start, end: rep.end });
    }
    const out = r.text.indexOf('Call');
    const back = mapOutputOffset(r.replacements, out);
    assert.equal(TEXT.slice(back.start, back.start + 4), 'Call');
  });
  test('no findings: the text is returned unchanged', () => {
    assert.deepEqual(applyTransforms('nothing here', [], policy({ kind: 'surrogate' }), ctx), { text: 'nothing here', replacements: [], tokens: {} });
  });
});

describe('applyTransforms refuses bad input without echoing it', () => {
  const f = (start: number, end: number, type = 'NAME'): Finding =>
    ({ start, end, type: type as EntityType, score: 1, recognizer: 't', evidence: [] });
  const CANARY = 'CANARY-Xq7 Zed Canaryson 555-88-1234';
  const cases: [string, () => unknown, ErrorCode][] = [
    ['unsorted', () => applyTransforms(CANARY, [f(10, 12), f(0, 3)], policy({ kind: 'tag' }), {}), 'PHIGATE_BAD_INPUT'],
    ['overlapping', () => applyTransforms(CANARY, [f(0, 5), f(4, 8)], policy({ kind: 'tag' }), {}), 'PHIGATE_BAD_INPUT'],
    ['out of range', () => applyTransforms(CANARY, [f(30, 99)], policy({ kind: 'tag' }), {}), 'PHIGATE_BAD_INPUT'],
    ['empty span', () => applyTransforms(CANARY, [f(3, 3)], policy({ kind: 'tag' }), {}), 'PHIGATE_BAD_INPUT'],
    ['fractional offset', () => applyTransforms(CANARY, [f(0.5, 3)], policy({ kind: 'tag' }), {}), 'PHIGATE_BAD_INPUT'],
    ['unknown type', () => applyTransforms(CANARY, [f(0, 3, 'PERSON')], policy({ kind: 'tag' }), {}), 'PHIGATE_BAD_INPUT'],
    ['no key', () => applyTransforms(CANARY, [f(0, 3)], policy({ kind: 'surrogate' }), {}), 'PHIGATE_KEY_MISSING'],
    ['short key', () => applyTransforms(CANARY, [f(0, 3)], policy({ kind: 'token' }), { key: Buffer.alloc(8) }), 'PHIGATE_BAD_CONFIG'],
    ['no patient', () => applyTransforms(CANARY, [], policy({ kind: 'date-shift' }), { key: KEY }), 'PHIGATE_BAD_INPUT'],
    ['unknown kind', () => applyTransforms(CANARY, [f(0, 3)], policy({ kind: 'shred' } as never), {}), 'PHIGATE_UNKNOWN_TRANSFORM'],
    ['bad mask', () => applyTransforms(CANARY, [f(0, 3)], policy({ kind: 'mask', char: 'x' }), {}), 'PHIGATE_BAD_CONFIG'],
    ['bad maxDays', () => applyTransforms(CANARY, [], policy({ kind: 'date-shift', maxDays: 0 }), ctx), 'PHIGATE_BAD_CONFIG'],
  ];
  for (const [name, run, code] of cases) {
    test(name, () =>
      assert.throws(run, (e: unknown) => {
        assert.ok(e instanceof PhigateError);
        assert.equal(e.code, code);
        for (const part of CANARY.split(' ')) assert.ok(!e.message.includes(part), 'message has no input text');
        return true;
      }));
  }
  test('a patient id is needed even when this text happens to hold no date', () => {
    assert.throws(() => applyTransforms('x', [], { default: { kind: 'tag' }, byType: { DATE: { kind: 'date-shift' } } }, { key: KEY }));
  });
});

describe('a name\'s titles stay in clear', () => {
  const text = 'Dr. Vance saw Mrs. Okafor; Okafor agreed. Rev. Dr. Ng called.';
  const findings = find(text, [['Dr. Vance', 'NAME'], ['Mrs. Okafor', 'NAME'], ['Okafor', 'NAME'], ['Rev. Dr. Ng', 'NAME']]);

  test('tag and redact replace the name after its titles; the replacement spans say so', () => {
    const tagged = applyTransforms(text, findings, policy({ kind: 'tag' }), {});
    assert.equal(tagged.text, 'Dr. [NAME] saw Mrs. [NAME]; [NAME] agreed. Rev. Dr. [NAME] called.');
    assert.deepEqual(tagged.replacements.map((r) => text.slice(r.start, r.end)), ['Vance', 'Okafor', 'Okafor', 'Ng']);
    assert.equal(applyTransforms(text, findings, policy({ kind: 'redact' }), {}).text, 'Dr. [REDACTED] saw Mrs. [REDACTED]; [REDACTED] agreed. Rev. Dr. [REDACTED] called.');
  });

  test('a name with and without its title gets one token, and reversal restores the text exactly', () => {
    const r = applyTransforms(text, findings, policy({ kind: 'token' }), ctx);
    const tokens = r.text.match(/\[\[NAME_[0-9a-f]+\]\]/g) ?? [];
    assert.equal(tokens.length, 4);
    assert.equal(tokens[1], tokens[2], '"Mrs. Okafor" and "Okafor" share a token');
    assert.ok(r.text.startsWith('Dr. [[NAME_') && r.text.includes('saw Mrs. [[NAME_'));
    assert.equal(reverseTokens(r.text, r.tokens).text, text);
  });
});
