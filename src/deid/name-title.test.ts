import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadingTitleLength } from './name-title.js';
import { trailingCredentialLength, withoutTrailingCredentials } from './name-credentials.js';
import { createAnalyzer } from './analyze.js';
import type { Finding } from './types.js';

test('titles before a name are measured, one or several, any case, with or without a period', () => {
  const rest = (v: string): string => v.slice(leadingTitleLength(v));
  assert.equal(rest('Dr. Ana Ruiz'), 'Ana Ruiz');
  assert.equal(rest('Rev. Dr. Ng'), 'Ng');
  assert.equal(rest('MRS OKAFOR'), 'OKAFOR');
  assert.equal(rest('Sister Mary Bernadette Quill'), 'Mary Bernadette Quill');
  assert.equal(rest('Det. Rosa Kim'), 'Rosa Kim');
  assert.equal(rest('Sra.\u00a0Núñez'), 'Núñez');
});

test('no title, a name that opens with a title-like given name, or a title alone: nothing is cut', () => {
  for (const v of ['Ana Ruiz', 'Hon Wong', 'Major Tom', 'Drew Carey', 'Mrs.', 'Dr. ', 'Dr.Ruiz', 'Chief Joseph']) assert.equal(leadingTitleLength(v), 0, v);
});

test('credentials after a name are measured: after a comma, after blanks, several, with periods', () => {
  const rest = (v: string): string => v.slice(0, v.length - trailingCredentialLength(v));
  assert.equal(rest('Ana Ruiz, MD'), 'Ana Ruiz');
  assert.equal(rest('Ana Ruiz, MD, PhD'), 'Ana Ruiz');
  assert.equal(rest('Okafor, Grace PA-C'), 'Okafor, Grace');
  assert.equal(rest('Zoë Ångström, M.D.'), 'Zoë Ångström');
  assert.equal(rest('Major Fennelly, RN'), 'Major Fennelly');
  assert.equal(rest('ABERNATHY, CLIVE, MD'), 'ABERNATHY, CLIVE');
});

test('no credential, a credential alone, or a surname that reads as one: nothing is cut', () => {
  // "Md" is no credential in its written case; "DO" and "MA" are also surnames, kept after blanks or in capitals.
  for (const v of ['Ana Ruiz', 'Ana Md', 'Lan DO', 'Wei MA', 'LEE MA', 'NGUYEN, DO', 'SMITH JONES MD', ', MD', 'Major Fennelly', 'Ana Ruiz MDX']) {
    assert.equal(trailingCredentialLength(v), 0, v);
  }
});

test('the analyzer leaves a credential out of a NAME finding, keeps its title and says why in the evidence', () => {
  // "Smith, MD" also reads as a town and a state code; merged with the name, the credential joined its span.
  const text = 'Attending: Dr. Bill Smith, MD\nSeen with Mr. Ilse Brandvold.';
  const names = createAnalyzer().analyze(text).filter((f) => f.type === 'NAME');
  const values = names.map((f) => text.slice(f.start, f.end));
  assert.ok(values.includes('Dr. Bill Smith'), JSON.stringify(values));
  assert.ok(values.includes('Mr. Ilse Brandvold'), JSON.stringify(values));
  assert.ok(values.every((v) => !v.endsWith('MD')), JSON.stringify(values));
  const trimmed = names.find((f) => text.slice(f.start, f.end) === 'Dr. Bill Smith') as Finding;
  assert.ok(trimmed.evidence.some((e) => e.detail.startsWith('credential')));
});

test('trimming keeps offsets valid (UTF-16, astral letters) and leaves other types alone', () => {
  const text = '𝒜na Ruiz, MD called 555-0100, MD';
  const findings: Finding[] = [
    { start: 0, end: 13, type: 'NAME', score: 0.9, recognizer: 't', evidence: [] },
    { start: 21, end: 33, type: 'PHONE', score: 0.9, recognizer: 't', evidence: [] },
  ];
  const out = withoutTrailingCredentials(text, findings);
  assert.equal(text.slice((out[0] as Finding).start, (out[0] as Finding).end), '𝒜na Ruiz');
  assert.deepEqual(out[1], findings[1]);
  for (const f of out) assert.ok(f.start < f.end && f.end <= text.length);
});
