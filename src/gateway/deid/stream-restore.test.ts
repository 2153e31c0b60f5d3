// The streaming re-identifier: which tails are held back, and that any split of an answer into chunks
// (tokens cut anywhere, punctuation around them) restores to the same text as the whole answer, with
// held-back text bounded by the longest token.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_TOKEN_LENGTH } from '../../deid/index.js';
import type { ChatChunk } from '../../providers/index.js';
import type { TokenScope } from '../../vault/index.js';
import type { VaultPort } from './redact.js';
import { Restorer } from './restore.js';
import { HoldBack, isTokenPrefix, restoreStream, safeCut } from './stream-restore.js';

const SCOPE: TokenScope = { tenant: 't', kind: 'conversation', id: 'c' };
const MAP = new Map([
  ['[[NAME_0123456789ab]]', 'Ada "Quote" Lovelace'],
  ['[[MRN_abcdefabcdef0123]]', '4821-3957'],
  ['[[PHONE_ffffffffffff]]', '617-555-0142'],
]);

/** A vault that knows three tokens (a stand-in for TokenVault at this unit's boundary). */
const vault: VaultPort = {
  tokenizeMany: async () => [],
  detokenizeMany: async (tokens) => new Map(tokens.flatMap((t) => (MAP.has(t) ? [[t, { value: MAP.get(t) as string, type: 'NAME' }] as const] : []))),
};

test('isTokenPrefix accepts exactly the tails that may still grow into a token or change its reading', () => {
  const grow = ['[', '[[', '[[N', '[[NAME', '[[NAME_', '[[NAME_0123', '[[NAME_0123456789ab', '[[NAME_0123456789ab]'];
  // As a model may write one back: a bracket halved or dropped; a complete bare token may still take a hex digit or a letter.
  const written = ['N', 'NAME', 'NAME_', 'NAME_0123', 'NAME_0123456789ab', '[NAME_0123456789ab', '[NAME_0123456789ab]', `NAME_${'a'.repeat(64)}`];
  for (const s of [...grow, ...written]) assert.ok(isTokenPrefix(s), s);
  const done = ['', 'a', 'Na', '_', '[a', '[[n', '[[N_', 'N_0123456789ab', '[[NAME_0123]', '[[NAME_0123456789ab]]', '[NAME_0123456789ab]]', '[[NAME_xyz', `[[${'A'.repeat(13)}`, `[[NAME_${'a'.repeat(65)}`];
  const bareDone = ['NAME_0123456789ab ', 'NAME_0123456789ab]', 'NAME_0123456789abz', 'NAME_0123 ', `${'A'.repeat(13)}`];
  for (const s of [...done, ...bareDone]) assert.ok(!isTokenPrefix(s), s);
});

test('safeCut holds back only a tail that may still become a token', () => {
  assert.equal(safeCut('plain text'), 10);
  assert.equal(safeCut('see [[NAME_01'), 4);
  assert.equal(safeCut('a [b] c ['), 8);
  assert.equal(safeCut('done [[NAME_0123456789ab]]'), 26);
  assert.equal(safeCut('x [[ y'), 6, 'a broken prefix is released');
  assert.equal(safeCut('see NAME_01'), 4, 'a bare token may be on its way');
  assert.equal(safeCut('see xNAME_01'), 12, 'not after a letter: no token opens there');
  assert.equal(safeCut('call the ICU'), 9, 'a word in capitals may still be a type');
  assert.equal(safeCut('call the ICU now'), 16);
});

test('text without a bracket is released at once (time to first token is not held back)', async () => {
  const hb = new HoldBack(new Restorer(vault, SCOPE), 'text');
  assert.equal(await hb.push('Hello'), 'Hello');
  assert.equal(await hb.push(' there [['), ' there ');
  assert.ok(hb.pending);
  assert.equal(await hb.push('NAME_0123456789ab]], ok'), 'Ada "Quote" Lovelace, ok');
});

type Field = 'content' | 'args' | 'reasoning_content' | 'reasoning';

function chunksOf(pieces: readonly string[], field: Field): ChatChunk[] {
  const base = { id: 'c', object: 'chat.completion.chunk' as const, created: 0, model: 'm' };
  const delta = (p: string): ChatChunk['choices'][number]['delta'] => (field === 'args' ? { tool_calls: [{ index: 0, function: { arguments: p } }] } : { [field]: p });
  const out: ChatChunk[] = pieces.map((p) => ({ ...base, choices: [{ index: 0, delta: delta(p), finish_reason: null }] }));
  out.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  return out;
}

async function* iter<T>(xs: readonly T[]): AsyncIterable<T> {
  yield* xs;
}

/** The tokens as a model may write them back: brackets halved or dropped on a side (see WRITTEN_TOKEN_PATTERN). */
const WRITTEN = [...MAP.keys()].flatMap((t) => [t.slice(2, -2), t.slice(1, -1), t.slice(0, -1), t.slice(1)]);
const piece = fc.oneof(
  fc.constantFrom(...MAP.keys(), ...WRITTEN, '[[NAME_999999999999]]', 'NAME_999999999999', '[', ']]', '[[', ']', ' (', '), ', '"', '.', '\n', 'x', '_', 'ab', 'NAME'),
  fc.string({ maxLength: 8 }),
);

test('any split of an answer restores to the whole answer restored (content, reasoning and tool arguments)', async () => {
  const fields: readonly Field[] = ['content', 'args', 'reasoning_content', 'reasoning'];
  await fc.assert(
    fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(200), { maxLength: 12 }), fc.constantFrom(...fields), async (parts, cuts, field) => {
      const json = field === 'args';
      const full = parts.join('');
      const points = [...new Set(cuts.map((c) => c % (full.length + 1)))].sort((a, b) => a - b);
      const pieces: string[] = [];
      let at = 0;
      for (const p of [...points, full.length]) {
        pieces.push(full.slice(at, p));
        at = p;
      }
      const escape = json ? 'json' : 'text';
      const expected = await new Restorer(vault, SCOPE).restore(full, escape);
      let got = '';
      for await (const c of restoreStream(iter(chunksOf(pieces, field)), new Restorer(vault, SCOPE))) {
        const d = c.choices[0]?.delta;
        got += json ? (d?.tool_calls?.[0]?.function?.arguments ?? '') : ((d?.[field] as string | null | undefined) ?? '');
      }
      assert.equal(got, expected);
    }),
    { numRuns: 300 },
  );
});

test('the hold-back never exceeds the longest possible token', async () => {
  const hb = new HoldBack(new Restorer(vault, SCOPE), 'text');
  let pushed = 0;
  let emitted = 0;
  for (const ch of `[[NAME_${'a'.repeat(80)}`) {
    pushed++;
    emitted += (await hb.push(ch)).length;
    assert.ok(pushed - emitted < MAX_TOKEN_LENGTH, 'held back at most the look-ahead');
  }
  assert.equal(emitted + (await hb.flush()).length, pushed);
});

test('a token written back with its brackets halved or dropped is restored; one after a letter is no token', async () => {
  const r = new Restorer(vault, SCOPE);
  assert.equal(await r.restore('Dear NAME_0123456789ab, [NAME_0123456789ab] and [[PHONE_ffffffffffff]'), 'Dear Ada "Quote" Lovelace, Ada "Quote" Lovelace and 617-555-0142');
  assert.equal(await r.restore('(see MRN_abcdefabcdef0123)'), '(see 4821-3957)', 'the closing bracket of something else stays');
  assert.equal(await r.restore('[see MRN_abcdefabcdef0123]'), '[see 4821-3957]');
  for (const stays of ['xNAME_0123456789ab', 'NAME_0123456789abc', 'NAME_0123456789ab_2', 'name_0123456789ab', 'NAME-0123456789ab']) {
    assert.equal(await r.restore(stays), stays, stays);
  }
  assert.equal(r.unresolved, 0);
  assert.equal(await r.restore('a ABC_0123456789ab b'), 'a ABC_0123456789ab b', 'a bare code of no token stays');
  assert.equal(r.unresolved, 0, 'and is not counted: it may be any code');
  assert.equal(await r.restore('Dear NAME_0123456789ab', 'text', 'x'), 'Dear Ada "Quote" Lovelace', 'the character before is read, not returned');
  assert.equal(await r.restore('NAME_0123456789ab', 'text', 'x'), 'NAME_0123456789ab', 'after a letter: no token');
});

// Cut inside a word, a tail that opens with a capital is no token: the character released before it says so.
test('a stream restores a bare token split anywhere, and leaves one glued to a word as it is', async () => {
  for (const pieces of [['Dear NA', 'ME_0123', '456789ab, hi'], ['Dear ', 'NAME_0123456789ab'], ['xNA', 'ME_0123456789ab'], ['Dear [NAME_0123456789ab', ']'], ['PHONE_ffffffffffffN', 'AME_0123456789ab '], ['ffNA', 'ME_0123456789ab']]) {
    let got = '';
    for await (const c of restoreStream(iter(chunksOf(pieces, 'content')), new Restorer(vault, SCOPE))) got += c.choices[0]?.delta?.content ?? '';
    assert.equal(got, await new Restorer(vault, SCOPE).restore(pieces.join('')), pieces.join('|'));
  }
});

test('an unknown token is left as it is and counted', async () => {
  const r = new Restorer(vault, SCOPE);
  assert.equal(await r.restore('a [[NAME_999999999999]] b'), 'a [[NAME_999999999999]] b');
  assert.equal(r.unresolved, 1);
});

test('inside tool arguments the original is escaped as JSON', async () => {
  const r = new Restorer(vault, SCOPE);
  const args = await r.restore('{"who":"[[NAME_0123456789ab]]"}', 'json');
  assert.deepEqual(JSON.parse(args), { who: 'Ada "Quote" Lovelace' });
});

test('a token already looked up is restored without another vault call or a promise', async () => {
  let calls = 0;
  const counting: VaultPort = { ...vault, detokenizeMany: async (tokens, scope) => (calls++, vault.detokenizeMany(tokens, scope)) };
  const r = new Restorer(counting, SCOPE);
  const first = r.restore('see [[NAME_0123456789ab]] and [[NAME_0123456789ab]]');
  assert.ok(first instanceof Promise, 'an unknown token needs the vault');
  assert.equal(await first, 'see Ada "Quote" Lovelace and Ada "Quote" Lovelace');
  const again = r.restore('[[NAME_0123456789ab]], again');
  assert.equal(again, 'Ada "Quote" Lovelace, again', 'known: restored at once, as a string');
  // A mix of known and new tokens looks up only the new one.
  assert.equal(await r.restore('[[NAME_0123456789ab]] [[PHONE_ffffffffffff]]'), 'Ada "Quote" Lovelace 617-555-0142');
  assert.equal(calls, 2);
});

test('a reasoning model\'s reasoning and its answer are restored side by side, each with its own hold-back', async () => {
  const base = { id: 'c', object: 'chat.completion.chunk' as const, created: 0, model: 'm' };
  const deltas = [{ reasoning_content: 'Think about [[NAME_0123' }, { content: 'Dear [[NAME_01' }, { reasoning_content: '456789ab]] first.' }, { content: '23456789ab]], hello' }];
  const chunks: ChatChunk[] = deltas.map((delta) => ({ ...base, choices: [{ index: 0, delta, finish_reason: null }] }));
  chunks.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  let reasoning = '';
  let content = '';
  for await (const c of restoreStream(iter(chunks), new Restorer(vault, SCOPE))) {
    const d = c.choices[0]?.delta;
    reasoning += (d?.['reasoning_content'] as string | undefined) ?? '';
    content += d?.content ?? '';
  }
  assert.equal(reasoning, 'Think about Ada "Quote" Lovelace first.');
  assert.equal(content, 'Dear Ada "Quote" Lovelace, hello');
});
