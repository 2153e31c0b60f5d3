// Person-name rules in names.ts that no other test file covers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));

test('"Son" opening a sentence before a given name and a surname is the relation; before a surname alone it stays the given name', () => {
  assert.deepEqual(spans('Reason:\nSon Marshall Reyes called from home.'), ['Marshall Reyes']);
  assert.deepEqual(spans('Seen today. Son Gerald Okafor at bedside.'), ['Gerald Okafor']);
  assert.ok(spans('Son Nguyen was seen today.').includes('Son Nguyen'));
  assert.ok(spans('Son Tran called.').includes('Son Tran'));
});

test('a listed town after a journey\'s verb and "to" is the place, not a person of that given name', () => {
  const found = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
  assert.deepEqual(found('She flies to Boston on Friday.'), ['LOCATION:Boston']);
  assert.deepEqual(found('Went to Florence last year.'), ['LOCATION:Florence']);
  assert.deepEqual(found('Talked to Florence about it.'), ['NAME:Florence']);
});

test('round 143: a name ends before a role after its comma, before a column gap and a code, and no acronym or town extends it', () => {
  assert.deepEqual(spans('Notary: Lucille Hanford, Notary Public, State of Idaho'), ['Lucille Hanford']);
  assert.deepEqual(spans('Witness: Ada Moberly, nurse'), ['Ada Moberly']);
  assert.deepEqual(spans('Donor: Cassius Verhoeven   Ref TD26-7781').slice(0, 1), ['Cassius Verhoeven']);
  assert.deepEqual(spans('Oregon POLST Registry reviewed; Idaho MOLST on file.'), []);
  const heart = spans('Donor hospital: Providence Sacred Heart, Spokane\nHeart declined (EF 35%).');
  assert.ok(!heart.includes('Heart') && !heart.includes('Heart, Spokane'), heart.join(' | '));
  assert.deepEqual(spans('12. Informant: daughter\n13. Certifier: attending physician'), []);
  // A surname after a bed's number and a colon still heads a board's row.
  assert.ok(spans('24 Okafor: CIWA 4\n25 Delacroix-Benn: NPO').includes('Okafor'));
});

test('round 150: a capitalised relation or signing word before a given name stays out of it; placeholders and assistants are no one', () => {
  assert.deepEqual(spans('Morphine given. Son Craig flying in tonight.'), ['Craig']);
  assert.deepEqual(spans('Signed Tomasz Wieczorek, MD'), ['Tomasz Wieczorek']);
  assert.ok(spans('Son Nguyen was seen today.').includes('Son Nguyen'));
  assert.deepEqual(spans('Use John Doe in any example sentences.'), []);
  assert.deepEqual(spans('Pt John Doe, unidentified male, arrived by EMS.'), ['John Doe']);
  assert.deepEqual(spans('Claude, help me answer this. GPT-4 was too long.'), []);
  assert.ok(spans('Ask the AI model to summarise: pt Claude Moreau, 71, seen today.').includes('Claude Moreau'));
  assert.deepEqual(spans('Visit - Eleanor P. Whitfield (EPW)\nLater EPW slept.'), ['Eleanor P. Whitfield', 'EPW', 'EPW']);
});

test('round 152: a brand or a screen character called "Dr." is no one beside its product\'s or show\'s word; a doctor of that name stays', () => {
  assert.deepEqual(spans('Diabetic shoes: Dr. Comfort Ranger, size 10. Watches Dr. House reruns at night.'), []);
  assert.deepEqual(spans('Dr. House, cardiology, saw pt.'), ['Dr. House']);
  assert.deepEqual(spans('Pt likes the TV. Dr. House to see pt.'), ['Dr. House']);
  assert.deepEqual(spans('Dr. Comfort called re: labs.'), ['Dr. Comfort']);
});

test('round 152: initials under a column headed Init, Operator or Tech, not clinical words or a state; a care team after "Reviewed by"', () => {
  assert.deepEqual(spans('Tx | Date | Operator\n1  | 10/27/2026 | KMW\n2  | 10/28/2026 | dfr').filter((v) => !/\d/.test(v)), ['KMW', 'dfr']);
  assert.deepEqual(spans('Time   Fluids   Init\n0800   200      jt\n0815   100      PRN'), ['jt']);
  assert.deepEqual(spans('Reviewed by Heart Failure Team.'), []);
});
