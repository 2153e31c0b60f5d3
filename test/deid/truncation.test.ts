// The analyzer must never throw on a text cut short: a note that ends in the middle of a facility name,
// a date or an address is as likely as any other (a truncated upload, a windowed long text, a stream).
// Every fixture text is cut after each of its words and analysed; each cut must give valid findings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../src/deid/index.js';
import { loadFixtures } from './fixtures/load.js';

const analyzer = createAnalyzer();

test('no fixture text cut after any of its words makes the analyzer throw', () => {
  let cuts = 0;
  for (const c of loadFixtures()) {
    for (const m of c.text.matchAll(/\S(?=\s|$)/g)) {
      const text = c.text.slice(0, m.index + 1);
      let findings;
      try {
        findings = analyzer.analyze(text);
      } catch (err) {
        assert.fail(`case ${c.id} cut at ${m.index + 1}: ${(err as Error).message}`);
      }
      for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `case ${c.id}: finding out of the text`);
      // Cut before the last character too: a word end without its final letter or punctuation.
      analyzer.analyze(c.text.slice(0, m.index));
      cuts++;
    }
  }
  assert.ok(cuts > 5000, `only ${cuts} cuts`);
});
