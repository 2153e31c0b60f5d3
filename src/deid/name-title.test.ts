import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadingTitleLength } from './name-title.js';

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
