// Chat handles name the people of a thread; a care role labelling its turns ("aide:") names no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const found = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));

test("a care role's label is no chat handle; a person's beside it is", () => {
  const spans = found('home health texts\naide: hi its tomasz from the agency, at his house now\ntomasz: he slept ok\naide: bp 132/80, ate half his toast\ntomasz: ok leaving at 3');
  assert.ok(spans.includes('tomasz'), spans.join(' | '));
  assert.ok(!spans.includes('aide'), spans.join(' | '));
});
