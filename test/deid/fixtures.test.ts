// Runs phigate's own hard de-identification fixtures (fixtures/*.jsonl, described in fixtures/README.md)
// against the default analyzer: every labelled identifier must be covered, PHI-free texts must yield no
// findings, and findings must keep the Analyzer contract. The fixture values are synthetic, so failure
// messages quote them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { coarseType, createAnalyzer, ENTITY_TYPES, type Finding } from '../../src/deid/index.js';
import { isNegativeCategory, loadFixtures } from './fixtures/load.js';
import type { FixtureCase } from './fixtures/markup.js';
import { coverageMask, findingProblems, scoreSpan, type SpanScore } from './fixtures/score.js';

import { readFileSync } from 'node:fs';

/**
 * A ratchet, not a skip list: cases the engine does not pass yet are named in known-misses.json and
 * asserted to still miss, so fixing one fails the test until it is removed from the list, and any
 * other case that fails is a regression.
 */
const KNOWN = JSON.parse(readFileSync(new URL('./fixtures/known-misses.json', import.meta.url), 'utf8')) as {
  minimumPositiveSpanRecall: number;
  cases: string[];
};
const KNOWN_MISSES = new Set(KNOWN.cases);

const cases = loadFixtures();
const analyzer = createAnalyzer();

interface CaseResult {
  readonly findings: readonly Finding[];
  readonly problems: readonly string[];
  readonly scores: readonly SpanScore[];
  /** Findings that touch no expected span: false positives, whatever their type. */
  readonly stray: readonly Finding[];
  /** Expected spans overlapped by a finding of the same coarse type. */
  readonly typeAgreed: number;
}

const results = new Map<string, CaseResult>();

function resultOf(c: FixtureCase): CaseResult {
  const cached = results.get(c.id);
  if (cached) return cached;
  const findings = analyzer.analyze(c.text);
  const mask = coverageMask(c.text.length, findings);
  const overlaps = (f: Finding, s: { start: number; end: number }) => f.start < s.end && s.start < f.end;
  const result: CaseResult = {
    findings,
    problems: findingProblems(c.text, findings, ENTITY_TYPES),
    scores: c.spans.map((s) => scoreSpan(c.text, s, mask)),
    stray: findings.filter((f) => !c.spans.some((s) => overlaps(f, s))),
    typeAgreed: c.spans.filter((s) =>
      findings.some((f) => overlaps(f, s) && coarseType(f.type) === coarseType(s.type)),
    ).length,
  };
  results.set(c.id, result);
  return result;
}

const quote = (text: string, start: number, end: number) => JSON.stringify(text.slice(start, end));

function describeFindings(c: FixtureCase, findings: readonly Finding[]): string {
  if (findings.length === 0) return '  (no findings)';
  return findings
    .map((f) => `  ${f.type} ${quote(c.text, f.start, f.end)} [${f.start},${f.end}) by ${f.recognizer}`)
    .join('\n');
}

function missReport(c: FixtureCase, missed: readonly SpanScore[]): string {
  const lines = missed.map((s) => {
    const parts = s.uncovered.map((u) => quote(c.text, u.start, u.end)).join(', ');
    return `  ${s.span.type} ${quote(c.text, s.span.start, s.span.end)}: not covered ${parts}`;
  });
  return [
    `${c.id} (${c.category}): ${missed.length} of ${c.spans.length} expected span(s) not fully covered`,
    ...lines,
    'findings:',
    describeFindings(c, resultOf(c).findings),
    `text: ${JSON.stringify(c.text)}`,
  ].join('\n');
}

const preview = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
};

const categories = [...new Set(cases.map((c) => c.category))];

for (const category of categories) {
  describe(category, () => {
    for (const c of cases.filter((x) => x.category === category)) {
      if (KNOWN_MISSES.has(c.id)) {
        test(`KNOWN MISS ${c.id} ${preview(c.text)}`, () => {
          const r = resultOf(c);
          const passes = isNegativeCategory(c.category)
            ? r.findings.length === 0
            : r.scores.every((s) => s.uncovered.length === 0);
          assert.equal(passes, false, `${c.id} now passes: remove it from test/deid/fixtures/known-misses.json`);
        });
        continue;
      }
      test(`${c.id} ${preview(c.text)}`, () => {
        const r = resultOf(c);
        assert.deepEqual(r.problems, [], `${c.id}: findings break the Analyzer contract`);
        if (isNegativeCategory(c.category)) {
          assert.equal(
            r.findings.length,
            0,
            `${c.id}: PHI-free text produced findings\n${describeFindings(c, r.findings)}\ntext: ${JSON.stringify(c.text)}`,
          );
          return;
        }
        const missed = r.scores.filter((s) => s.uncovered.length > 0);
        assert.equal(missed.length, 0, missReport(c, missed));
      });
    }
  });
}

describe('fixture summary', () => {
  test('per-category recall and false positives', (t) => {
    const below: string[] = [];
    t.diagnostic('category                  cases ok   spans caught  char recall  type agree  stray findings');
    let allSpans = 0;
    let allCaught = 0;
    for (const category of categories) {
      const group = cases.filter((c) => c.category === category);
      const rs = group.map(resultOf);
      const stray = rs.reduce((n, r) => n + r.stray.length, 0);
      if (isNegativeCategory(category)) {
        const clean = rs.filter((r) => r.findings.length === 0).length;
        t.diagnostic(`${category.padEnd(26)}${`${clean}/${group.length}`.padEnd(11)}${'-'.padEnd(14)}${'-'.padEnd(13)}${'-'.padEnd(12)}${stray}`);
        continue;
      }
      const scores = rs.flatMap((r) => r.scores);
      const caught = scores.filter((s) => s.uncovered.length === 0).length;
      const chars = scores.reduce((n, s) => n + s.total, 0);
      const charsCovered = scores.reduce((n, s) => n + s.covered, 0);
      const agreed = rs.reduce((n, r) => n + r.typeAgreed, 0);
      const ok = group.filter((c) => resultOf(c).scores.every((s) => s.uncovered.length === 0)).length;
      allSpans += scores.length;
      allCaught += caught;
      t.diagnostic(
        `${category.padEnd(26)}${`${ok}/${group.length}`.padEnd(11)}${`${caught}/${scores.length}`.padEnd(14)}` +
          `${pct(charsCovered, chars).padEnd(13)}${pct(agreed, scores.length).padEnd(12)}${stray}`,
      );
    }
    t.diagnostic(`all positive spans caught: ${allCaught}/${allSpans} (${pct(allCaught, allSpans)})`);
    assert.ok(
      allCaught / allSpans >= KNOWN.minimumPositiveSpanRecall,
      `positive span recall ${pct(allCaught, allSpans)} fell under the recorded ${KNOWN.minimumPositiveSpanRecall}`,
    );
    assert.deepEqual(below, []);
  });
});

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}
