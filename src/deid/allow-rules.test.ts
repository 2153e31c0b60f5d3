// The site's placeholder patterns and assistant names: what they keep out of the findings, and what they don't.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowRules } from './allow-rules.js';
import { createAnalyzer } from './analyze.js';

const texts = (text: string, findings: ReturnType<ReturnType<typeof createAnalyzer>['analyze']>) => findings.map((f) => text.slice(f.start, f.end));

test('no patterns and no names: no rules, the analyzer does nothing more', () => {
  assert.equal(allowRules([], []), undefined);
  assert.equal(allowRules(), undefined);
});

test('a template slot that reads as a name is not reported once its pattern is allowed; real names beside it still are', () => {
  const text = 'Dear Firstname Lastname, your visit with Dr. Quentin Zabriskie is confirmed.';
  const plain = texts(text, createAnalyzer().analyze(text));
  assert.ok(plain.includes('Firstname Lastname'), 'without the pattern the slot is a name (the case the setting is for)');
  const allowed = createAnalyzer({ allowPatterns: [{ pattern: 'Firstname Lastname' }] });
  const found = texts(text, allowed.analyze(text));
  assert.ok(!found.includes('Firstname Lastname'), 'the slot is left alone');
  assert.ok(found.some((t) => t.includes('Zabriskie')), 'the real name is still found');
  assert.deepEqual(allowed.analyzeMany([text])[0]?.map((f) => text.slice(f.start, f.end)), found, 'analyzeMany applies the same rules');
});

test('a finding only partly inside an allowed match is kept (a pattern never hides what lies beyond it)', () => {
  const rules = allowRules([{ pattern: 'Lastname', flags: 'i' }]);
  assert.ok(rules);
  const text = 'Dear Firstname Lastname';
  const findings = [{ start: 5, end: 23, type: 'NAME' as const, score: 0.85, recognizer: 'person-name' }];
  assert.deepEqual(rules.apply(text, findings as never), findings, 'the finding spans more than the match');
  assert.deepEqual(rules.apply(text, [{ ...findings[0], start: 15 }] as never), [], 'wholly inside: dropped');
});

test('patterns are checked as custom recognizers are: one that can backtrack is refused, naming the entry and not echoing it', () => {
  assert.throws(() => allowRules([{ pattern: '(\\w{1,9}\\s?){1,9}x' }]), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'PHIGATE_BAD_RECOGNIZER');
    assert.match(err.message, /allowPatterns\[0\]/);
    assert.ok(!err.message.includes('\\w{1,9}'), 'the pattern is not echoed');
    return true;
  });
  assert.throws(() => allowRules([{ pattern: 'x{1,}' }]), /allowPatterns\[0\]/);
});

test("a site's own assistant name beside a word of prompting is not a person; with a surname, or with no such word, it stays one", () => {
  const analyzer = createAnalyzer({ assistantNames: ['Aurelio'] });
  const cue = 'Aurelio, summarise this discharge note for the prompt library.';
  assert.ok(texts(cue, createAnalyzer().analyze(cue)).includes('Aurelio'), 'without the setting the lone name is reported');
  assert.ok(!texts(cue, analyzer.analyze(cue)).includes('Aurelio'), 'with it, the assistant is not reported');
  const person = 'Aurelio Vantongeren, 71, asked the assistant about his prompt refill.';
  assert.ok(texts(person, analyzer.analyze(person)).some((t) => t.startsWith('Aurelio')), 'a surname after it makes a person');
  const noCue = 'Seen today with Aurelio, his brother, at the bedside.';
  assert.ok(texts(noCue, analyzer.analyze(noCue)).includes('Aurelio'), 'no word of models or prompting near: a person');
});

test('an assistant name must be one word', () => {
  assert.throws(() => allowRules([], ['Two Words']), /one word/);
});

test('matches of several patterns, in any order and nested, each hide only the findings wholly inside them', () => {
  // The second pattern's long match starts before the first's short one; a finding inside the long one only must go,
  // and one that reaches past every match must stay.
  const rules = allowRules([{ pattern: 'slot' }, { pattern: '<<[a-z ]{1,40}>>' }]);
  assert.ok(rules);
  const text = '<<first slot here>> then slot, then Zed Quill';
  const f = (start: number, end: number) => ({ start, end, type: 'NAME' as const, score: 0.9, recognizer: 'person-name' });
  const findings = [f(2, 7), f(8, 12), f(13, 17), f(25, 29), f(36, 45), f(15, 21)].sort((a, b) => a.start - b.start);
  const kept = rules.apply(text, findings as never).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(kept, ['re>> t', 'Zed Quill']);
});
