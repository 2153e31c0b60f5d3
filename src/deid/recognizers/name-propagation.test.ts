// Names spread along lists ("Lamovec, Morales and Becker"), but a dotted degree after a name ("Olsen, Ph.D.")
// is not a second entry of a list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const found = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));

test('a dotted degree after a name is no coordinated name', () => {
  for (const [text, name, degree] of [
    ['Renata Olsen, Ph.D., reviewed the audiogram.', 'Renata Olsen', 'Ph'],
    ['Audiologist: Renata Olsen, Au.D.', 'Renata Olsen', 'Au'],
    ['Kim Tran, Psy.D., saw the patient.', 'Kim Tran', 'Psy'],
  ] as const) {
    const spans = found(text);
    assert.ok(spans.includes(name), `${text}: the name is found`);
    assert.ok(!spans.some((s) => s.startsWith(degree)), `${text}: ${degree} is no name (${spans.join(' | ')})`);
  }
});

test('a list of names still spreads from a found one', () => {
  assert.deepEqual(found('Lamovec, Morales and Becker attended.'), ['Lamovec', 'Morales', 'Becker']);
});

test("a pronoun's contraction after a name is no coordinated name", () => {
  assert.deepEqual(found("Hi, this is Jen, I'm writing about my dad."), ['Jen']);
  assert.deepEqual(found("Jen, I'm, Maria and Theo came."), ['Jen', 'Maria', 'Theo']);
});

test("a staff key's initials before the name they abbreviate are a name; a label's colon is no key", () => {
  const key = found('Staff key: KLM = Kara L. Mott, RN; JAO = Julia A. Ortiz, RN');
  assert.ok(key.includes('KLM') && key.includes('JAO'), key.join(' | '));
  const letter = found('Bristol, CT\n\nRE: Ralph Ellis, seen today.');
  assert.ok(letter.includes('Ralph Ellis') && !letter.includes('RE'), letter.join(' | '));
});

test('a nickname in quotes right after a name is a name; a quoted brand after a drug is not', () => {
  assert.ok(found('Patient: PAPADOPOULOS, Konstantinos ("Kostas")').includes('Kostas'));
  assert.ok(found('Patient: Aroha Ngata (prefers "Ro")').includes('Ro'));
  assert.deepEqual(found('Took Tylenol ("Extra Strength") at night.'), []);
});

test("a repeated surname takes the initial before it when that initial is the found given name's", () => {
  const same = found('Pharmacist Ivo Krzyzanowski reviewed the chart. Level repeated. - I. Krzyzanowski');
  assert.ok(same.includes('I. Krzyzanowski'), same.join(' | '));
  const other = found('Pharmacist Ivo Krzyzanowski reviewed the chart. Level repeated. - B. Krzyzanowski');
  assert.ok(!other.some((s) => s.startsWith('B.')), `another initial stays with its own reading (${other.join(' | ')})`);
});

test('round 81: a found "Will" or "May" opening a plan before a bare verb is the modal; with its own deed it is the name', () => {
  assert.deepEqual(found('Husband Will brought her in. Will admit to medicine.'), ['Will']);
  assert.deepEqual(found('Daughter May at bedside. May need PT eval.'), ['May']);
  assert.deepEqual(found('Son Will Brody visited. Will called back.').filter((s) => s === 'Will'), ['Will']);
});

test("round 85: a nickname given after a name is repeated; a found name's particles come with its repeated surname", () => {
  const nick = found('Pt Philippa Achebe ("Pip") at home. Pip asked for tea. Her son Bartholomew (Bart) called; Bart will drive.');
  assert.equal(nick.filter((s) => s === 'Pip').length, 2, nick.join(' | '));
  assert.equal(nick.filter((s) => s === 'Bart').length, 2, nick.join(' | '));
  assert.ok(!found('Started Keppra (Kep) today.').includes('Kep'));
  const particles = found('Admitted: Ana Lucia de la Fuente Ortega. De la Fuente improved.');
  assert.ok(particles.includes('De la Fuente'), particles.join(' | '));
});

test('round 85: a word-name typed in lower case repeats only where the person does something', () => {
  const lower = found('wife joy at bedside. per joy, pt slept. joy was tearful. pt expressed joy at the news.');
  assert.equal(lower.filter((s) => s === 'joy').length, 3, lower.join(' | '));
});

test("a notary's role after a name and its comma is no second name", () => {
  assert.deepEqual(found('Acknowledged before Halvard Quist, Notary Public.'), ['Halvard Quist']);
  assert.deepEqual(found('Sworn and subscribed, Wenonah Fairbrother, Notary, this day.'), ['Wenonah Fairbrother']);
});
