// compiledNow and onFirstUse change where V8 runs a regex, never what it finds or its lastIndex.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compiledNow, onFirstUse } from './machine-code.js';

const TEXT = 'Seen 03/14/2023 by Dr. Ana Ruiz at 12 Oak Street; José Núñez, 92.';

test('compiledNow leaves lastIndex as it was and the regex finds the same, sticky, global or neither', () => {
  for (const [source, flags] of [
    [String.raw`\p{Lu}\p{Ll}+`, 'gu'],
    [String.raw`\d{1,2}\/\d{1,2}\/\d{4}`, 'y'],
    [String.raw`(?<![\p{L}])\p{Lu}[\p{L}'’\-]{1,30}`, 'u'],
    [String.raw`^Seen`, 'i'],
  ] as const) {
    const plain = new RegExp(source, flags);
    const compiled = new RegExp(source, flags);
    compiled.lastIndex = 5;
    assert.equal(compiledNow(compiled), compiled);
    assert.equal(compiled.lastIndex, 5, `${source}: lastIndex kept`);
    compiled.lastIndex = 0;
    for (let p = 0; p < TEXT.length; p++) {
      plain.lastIndex = p;
      compiled.lastIndex = p;
      assert.deepEqual(compiled.exec(TEXT), plain.exec(TEXT), `${source} at ${p}`);
      assert.equal(compiled.lastIndex, plain.lastIndex);
    }
  }
});

test('onFirstUse makes one regex, on the first call', () => {
  const pattern = onFirstUse(String.raw`(\d{2}),[ \t]`, 'y');
  const r = pattern();
  assert.equal(pattern(), r);
  assert.equal(r.sticky, true);
  r.lastIndex = TEXT.indexOf('92') - 2;
  assert.equal(r.exec(TEXT), null);
  assert.deepEqual([...(/(\d{2}),[ \t]/y.exec('92, x') ?? [])], [...(pattern().exec('92, x'.padStart(5)) ?? [])]);
});
