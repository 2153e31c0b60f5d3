// The token vault, part of the contract run on both engines (test/store/contract.test.ts): determinism within a scope, separation across scopes, round trips,
// expiry and purge, token collisions, sealed originals, and concurrent tokenizers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PhigateError } from '../../src/errors.js';
import { TokenVault, type TokenScope } from '../../src/vault/index.js';
import type { EngineHarness } from '../store/harness.js';

const conv = (id: string, tenant = 'clinic-v'): TokenScope => ({ tenant, kind: 'conversation', id });
const NAME = 'Philomena Canary-Vault';

async function unknown(p: Promise<unknown>): Promise<void> {
  await assert.rejects(p, (err: unknown) => err instanceof PhigateError && err.code === 'PHIGATE_TOKEN_UNKNOWN' && !err.message.includes(NAME));
}

export function describeVaultContract(makeHarness: () => Promise<EngineHarness>): void {
  let H: EngineHarness;
  before(async () => {
    H = await makeHarness();
  });
  after(async () => {
    await H?.close();
  });

  test('same value in a scope gives the same token; other scopes and types give other tokens', async () => {
    const o = await H.open();
    try {
      const v = TokenVault.fromStore(o.store);
      const a = await v.tokenize(NAME, 'NAME', conv('c1'));
      assert.match(a, /^\[\[NAME_[0-9a-f]{12}\]\]$/);
      assert.equal(await v.tokenize(NAME, 'NAME', conv('c1')), a);
      assert.equal(await TokenVault.fromStore(await o.reopen()).tokenize(NAME, 'NAME', conv('c1')), a, 'another process agrees');
      const b = await v.tokenize(NAME, 'NAME', conv('c2'));
      const c = await v.tokenize(NAME, 'NAME', { tenant: 'clinic-w', kind: 'conversation', id: 'c1' });
      const d = await v.tokenize(NAME, 'NAME', { tenant: 'clinic-v', kind: 'patient', id: 'c1' });
      const e = await v.tokenize(NAME, 'FACILITY', conv('c1'));
      assert.equal(new Set([a, b, c, d, e]).size, 5);
      assert.match(e, /^\[\[FACILITY_/);
      const many = await v.tokenizeMany([{ value: 'x', type: 'ID' }, { value: NAME, type: 'NAME' }, { value: 'x', type: 'ID' }], conv('c1'));
      assert.equal(many[1], a);
      assert.equal(many[0], many[2]);
      assert.equal(await o.store.vaultTokens.count(), 6);
    } finally {
      await o.cleanup();
    }
  });

  test('reserveMany hands out the tokens tokenizeMany gives before their commit; they resolve once it resolved', async () => {
    const o = await H.open();
    try {
      const v = TokenVault.fromStore(o.store);
      const items = [{ value: NAME, type: 'NAME' }, { value: '4471-220', type: 'MRN' }];
      const r = await v.reserveMany(items, conv('r1'));
      assert.equal(r.tokens.length, 2);
      await r.committed;
      assert.equal(r.committed !== undefined, o.store.engine === 'postgres', 'commits deferred on PostgreSQL only');
      assert.deepEqual(await v.tokenizeMany(items, conv('r1')), r.tokens, 'the tokens decided are the tokens stored');
      assert.deepEqual(await v.detokenize(r.tokens[0] as string, conv('r1')), { value: NAME, type: 'NAME' });
      const again = await v.reserveMany(items, conv('r1'));
      await again.committed;
      assert.deepEqual(again.tokens, r.tokens, 'stored values: the same tokens');
      assert.deepEqual((await v.reserveMany([], conv('r1'))).tokens, []);
    } finally {
      await o.cleanup();
    }
  });

  test('detokenize restores the exact original, only within its scope', async () => {
    const o = await H.open();
    try {
      const v = TokenVault.fromStore(o.store);
      const values = [NAME, '  spaced  ', 'Ünïcödé 名前 🙂', '12/03/1951', 'x'.repeat(4096)];
      const tokens = await v.tokenizeMany(values.map((value) => ({ value, type: 'NAME' })), conv('c1'));
      for (const [i, t] of tokens.entries()) assert.deepEqual(await v.detokenize(t, conv('c1')), { value: values[i], type: 'NAME' });
      await unknown(v.detokenize(tokens[0] as string, conv('c2')));
      await unknown(v.detokenize(tokens[0] as string, conv('c1', 'clinic-w')));
      await unknown(v.detokenize('[[NAME_000000000000]]', conv('c1')));
      await unknown(v.detokenize('not a token', conv('c1')));
      const map = await v.detokenizeMany([...tokens, '[[NAME_ffffffffffff]]'], conv('c1'));
      assert.equal(map.size, values.length);
      assert.equal((await v.detokenizeMany(tokens, conv('c2'))).size, 0);
      await assert.rejects(v.tokenize('', 'NAME', conv('c1')), { code: 'PHIGATE_BAD_INPUT' });
      await assert.rejects(v.tokenize('a', 'name', conv('c1')), { code: 'PHIGATE_BAD_INPUT' });
    } finally {
      await o.cleanup();
    }
  });

  test('expiry: expired tokens stop resolving, reuse extends them, purge deletes them', async () => {
    const o = await H.open();
    try {
      let now = Date.parse('2026-03-01T00:00:00Z');
      const v = TokenVault.fromStore(o.store, { ttlMs: 60_000, now: () => new Date(now) });
      const t = await v.tokenize(NAME, 'NAME', conv('c1'));
      const keep = await v.tokenize('forever', 'NAME', conv('c1'), { ttlMs: null });
      now += 59_000;
      assert.equal((await v.detokenize(t, conv('c1'))).value, NAME);
      assert.equal(await v.tokenize(NAME, 'NAME', conv('c1')), t); // reused past half its life: extended
      now += 59_000;
      assert.equal((await v.detokenize(t, conv('c1'))).value, NAME);
      now += 61_000;
      await unknown(v.detokenize(t, conv('c1')));
      assert.equal(await v.purgeExpired(), 1);
      assert.equal(await v.purgeExpired(), 0);
      assert.equal((await v.detokenize(keep, conv('c1'))).value, 'forever');
      assert.equal(await v.tokenize(NAME, 'NAME', conv('c1')), t, 'a purged value comes back with the same token');
      await v.tokenize('other', 'NAME', conv('c2'));
      assert.equal(await v.purgeScope(conv('c1')), 2);
      await unknown(v.detokenize(keep, conv('c1')));
      assert.equal(await o.store.vaultTokens.count(), 1);
    } finally {
      await o.cleanup();
    }
  });

  test('a token text already taken by another value is lengthened, never shared', async () => {
    const o = await H.open();
    try {
      const v = TokenVault.fromStore(o.store);
      const t = await v.tokenize(NAME, 'NAME', conv('c1'));
      await v.purgeScope(conv('c1'));
      // Another mapping now holds exactly the token NAME would get in c1.
      await o.store.vaultTokens.insertIfAbsent([
        { token: t, tenant: 'clinic-v', scopeHash: Buffer.alloc(32, 1), valueHash: Buffer.alloc(32, 2), entityType: 'NAME', sealed: Buffer.alloc(40), expiresAt: null },
      ]);
      const longer = await v.tokenize(NAME, 'NAME', conv('c1'));
      assert.match(longer, /^\[\[NAME_[0-9a-f]{16}\]\]$/);
      assert.ok(longer.startsWith(t.slice(0, -2)));
      assert.equal((await v.detokenize(longer, conv('c1'))).value, NAME);
      assert.equal(await v.tokenize(NAME, 'NAME', conv('c1')), longer);
    } finally {
      await o.cleanup();
    }
  });

  test('whether the vault reads first (values mostly stored) or inserts first (mostly new), tokens are the same and collisions still lengthen', async () => {
    const o = await H.open();
    try {
      for (const mostlyStored of [true, false]) {
        const v = TokenVault.fromStore(o.store);
        const scope = conv(mostlyStored ? 'order-read' : 'order-insert');
        // Steer the vault's estimate: repeated values make it read first, new values make it insert first.
        const warm = await v.tokenize('Warm Value', 'NAME', scope);
        for (let i = 0; i < 6; i++) assert.equal(await v.tokenize(mostlyStored ? 'Warm Value' : `New Value ${i}`, 'NAME', scope) === warm, mostlyStored);
        const t = await v.tokenize(NAME, 'NAME', scope);
        assert.equal(await v.tokenize(NAME, 'NAME', scope), t, 'stable');
        await v.purgeScope(scope);
        await o.store.vaultTokens.insertIfAbsent([
          { token: t, tenant: 'clinic-v', scopeHash: Buffer.alloc(32, mostlyStored ? 3 : 4), valueHash: Buffer.alloc(32, 5), entityType: 'NAME', sealed: Buffer.alloc(40), expiresAt: null },
        ]);
        const longer = await v.tokenize(NAME, 'NAME', scope);
        assert.notEqual(longer, t, 'a taken token text is never shared');
        assert.ok(longer.startsWith(t.slice(0, -2)));
        assert.equal((await v.detokenize(longer, scope)).value, NAME);
      }
    } finally {
      await o.cleanup();
    }
  });

  test('originals are sealed and bound to their token: a moved or altered value fails to open', async () => {
    const o = await H.open();
    try {
      const v = TokenVault.fromStore(o.store);
      const [a, b] = (await v.tokenizeMany([{ value: NAME, type: 'NAME' }, { value: 'Other Person', type: 'NAME' }], conv('c1'))) as [string, string];
      const { rows } = await o.sql.query<{ token: string; sealed: Uint8Array }>(`SELECT token, sealed FROM ${o.s}.vault_tokens`);
      assert.ok(rows.every((r) => !Buffer.from(r.sealed).includes(NAME)));
      await o.sql.query(`UPDATE ${o.s}.vault_tokens SET sealed = (SELECT sealed FROM ${o.s}.vault_tokens WHERE token = $2) WHERE token = $1`, [b, a]);
      await assert.rejects(v.detokenize(b as string, conv('c1')), (err: unknown) => {
        assert.ok(err instanceof PhigateError && err.code === 'PHIGATE_CRYPTO_FAILURE');
        assert.ok(err.message.includes('vault_tokens') && !err.message.includes(NAME));
        return true;
      });
      // Batched with a good lookup, the bad row fails its own caller only.
      const [bad, good] = await Promise.allSettled([v.detokenize(b, conv('c1')), v.detokenize(a, conv('c1'))]);
      assert.equal(bad.status, 'rejected');
      assert.deepEqual(good.status === 'fulfilled' && good.value, { value: NAME, type: 'NAME' });
    } finally {
      await o.cleanup();
    }
  });

  test('concurrent tokenizers (several connections) agree and store each value once', async () => {
    const o = await H.open();
    try {
      const vaults = [TokenVault.fromStore(o.store), TokenVault.fromStore(await o.reopen()), TokenVault.fromStore(await o.reopen())];
      const values = Array.from({ length: 40 }, (_, i) => ({ value: `person ${i}`, type: 'NAME' }));
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, caller) => {
          const mine = values.filter((_, i) => (i + caller) % 3 !== 0); // overlapping subsets
          return (vaults[caller % vaults.length] as TokenVault).tokenizeMany(mine, conv('shared')).then((tokens) => mine.map((m, i) => [m.value, tokens[i]] as const));
        }),
      );
      const seen = new Map<string, string>();
      for (const pairs of results) {
        for (const [value, token] of pairs) {
          if (seen.has(value)) assert.equal(seen.get(value), token);
          else seen.set(value, token as string);
        }
      }
      assert.equal(seen.size, 40);
      assert.equal(new Set(seen.values()).size, 40);
      assert.equal(await o.store.vaultTokens.count(), 40);
    } finally {
      await o.cleanup();
    }
  });
}

