// Reversible tokens: issuing (scope, key, collisions), reversing exactly, and merging maps safely.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../errors.js';
import { isToken, MAX_TOKEN_LENGTH, mergeTokenMaps, reverseTokens, TOKEN_PATTERN, type TokenMap } from './token-map.js';
import { tokenFor } from './transforms/token.js';

const KEY = Buffer.alloc(32, 5);
const none = (): undefined => undefined;

describe('tokenFor', () => {
  test('has the type and 12 hex digits, and is stable', () => {
    const t = tokenFor('NAME', 'John Smith', KEY, 'conv-1', none);
    assert.match(t, /^\[\[NAME_[0-9a-f]{12}\]\]$/);
    assert.ok(isToken(t));
    assert.equal(tokenFor('NAME', 'John Smith', KEY, 'conv-1', none), t);
  });
  test('differs by scope, key, type and exact value', () => {
    const t = tokenFor('NAME', 'John Smith', KEY, 'conv-1', none);
    assert.notEqual(tokenFor('NAME', 'John Smith', KEY, 'conv-2', none), t);
    assert.notEqual(tokenFor('NAME', 'John Smith', Buffer.alloc(32, 6), 'conv-1', none), t);
    assert.notEqual(tokenFor('FACILITY', 'John Smith', KEY, 'conv-1', none), t);
    assert.notEqual(tokenFor('NAME', 'JOHN SMITH', KEY, 'conv-1', none), t);
  });
  test('lengthens on a collision with another value', () => {
    const short = tokenFor('NAME', 'Ann', KEY, 's', none);
    const taken = (tok: string) => (tok === short ? { value: 'someone else', type: 'NAME' as const } : undefined);
    const longer = tokenFor('NAME', 'Ann', KEY, 's', taken);
    assert.match(longer, /^\[\[NAME_[0-9a-f]{16}\]\]$/);
    assert.ok(longer.startsWith(short.slice(0, -2)));
    const same = (tok: string) => (tok === short ? { value: 'Ann', type: 'NAME' as const } : undefined);
    assert.equal(tokenFor('NAME', 'Ann', KEY, 's', same), short, 'its own entry is no collision');
  });
});

describe('reverseTokens', () => {
  const a = tokenFor('NAME', 'Zoë Ärtz', KEY, 's', none);
  const b = tokenFor('DATE', '03/04/1950', KEY, 's', none);
  const map: TokenMap = { [a]: { value: 'Zoë Ärtz', type: 'NAME' }, [b]: { value: '03/04/1950', type: 'DATE' } };
  test('restores every known token, repeated ones too', () => {
    const r = reverseTokens(`${a} was born ${b}; ${a}.`, map);
    assert.equal(r.text, 'Zoë Ärtz was born 03/04/1950; Zoë Ärtz.');
    assert.equal(r.restored, 3);
    assert.deepEqual(r.unknown, []);
  });
  test('leaves unknown tokens and reports them once', () => {
    const stray = '[[NAME_0123456789ab]]';
    const r = reverseTokens(`${stray} and ${a} and ${stray}`, map);
    assert.equal(r.text, `${stray} and Zoë Ärtz and ${stray}`);
    assert.deepEqual(r.unknown, [stray]);
  });
  test('restores tokens written back with their brackets halved or dropped, and reports only bracketed strays', () => {
    const bare = a.slice(2, -2);
    const r = reverseTokens(`${bare} was born [${b.slice(2, -2)}]; [${bare}]] and ${a.slice(0, -1)} (${bare}) [see ${bare}]`, map);
    assert.equal(r.text, 'Zoë Ärtz was born 03/04/1950; Zoë Ärtz and Zoë Ärtz (Zoë Ärtz) [see Zoë Ärtz]');
    assert.equal(r.restored, 6);
    const strays = reverseTokens('ABC_0123456789ab and [NAME_0123456789ab]', map);
    assert.equal(strays.text, 'ABC_0123456789ab and [NAME_0123456789ab]');
    assert.deepEqual(strays.unknown, ['[[NAME_0123456789ab]]'], 'a bare code of no token is no stray token');
    const glued = `x${bare} ${bare}x ${bare}_1 ${bare.toLowerCase()}`;
    assert.equal(reverseTokens(glued, map).text, glued, 'glued to a word, or in lower case: no token');
  });
  test('reading written tokens is linear on adversarial input', () => {
    // Runs that each alternative of WRITTEN_TOKEN_PATTERN could start at everywhere; a backtracking blow-up would not finish.
    for (const text of ['A'.repeat(200_000), `${'AB_'.repeat(60_000)}`, `[[NAME_${'a'.repeat(200_000)}`, `${'[['.repeat(80_000)}`, `${'NAME_0123456789ab'.repeat(10_000)}`, `${'[NAME_0123456789abc '.repeat(10_000)}`]) {
      const r = reverseTokens(text, map);
      assert.equal(r.restored, 0);
    }
  });
  test('ignores look-alikes that are not whole tokens', () => {
    const text = '[[NAME_0123]] [NAME] [[name_0123456789ab]]';
    assert.deepEqual(reverseTokens(text, map), { text, restored: 0, unknown: [] });
  });
});

describe('mergeTokenMaps', () => {
  const t1 = tokenFor('NAME', 'A', KEY, 's', none);
  const t2 = tokenFor('NAME', 'B', KEY, 's', none);
  test('unions maps and accepts repeats', () => {
    const m = mergeTokenMaps({ [t1]: { value: 'A', type: 'NAME' } }, { [t2]: { value: 'B', type: 'NAME' }, [t1]: { value: 'A', type: 'NAME' } });
    assert.deepEqual(Object.keys(m).sort(), [t1, t2].sort());
  });
  test('refuses a conflict without echoing values', () => {
    assert.throws(
      () => mergeTokenMaps({ [t1]: { value: 'CANARY-1', type: 'NAME' } }, { [t1]: { value: 'CANARY-2', type: 'NAME' } }),
      (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_INPUT' && !e.message.includes('CANARY'),
    );
  });
  test('refuses keys that are not tokens (a JSON "__proto__" included)', () => {
    const hostile = JSON.parse('{"__proto__": {"value": "x", "type": "NAME"}}') as TokenMap;
    assert.throws(() => mergeTokenMaps(hostile), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_INPUT');
  });
});

describe('token limits', () => {
  test('MAX_TOKEN_LENGTH bounds the longest possible token', () => {
    const longest = `[[HEALTHPLAN${'X'.repeat(2)}_${'a'.repeat(64)}]]`;
    assert.equal(longest.length, MAX_TOKEN_LENGTH);
    assert.ok(new RegExp(TOKEN_PATTERN.source).test(longest));
    assert.ok(!new RegExp(TOKEN_PATTERN.source).test(`[[NAME_${'a'.repeat(65)}]]`));
  });
});
