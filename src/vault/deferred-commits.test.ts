// When the vault hands tokens out before their commit (deferCommits, PostgreSQL): a batch that runs alone
// defers (its caller overlaps the commit with the upstream call); a batch that starts while another is still
// running, its commit included, writes in its own autocommitted statement (two statements fewer under load).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Envelope, LookupHasher } from '../crypto/index.js';
import type { VaultTokenRepository, VaultTokenRow } from '../store/index.js';
import { TokenVault, type TokenScope } from './vault.js';

const scope: TokenScope = { tenant: 'clinic-d', kind: 'conversation', id: 'c1' };

/** A repository in memory that records where each insert ran and holds transactions' commits until released. */
function fakeRepository() {
  const rows = new Map<string, VaultTokenRow>();
  const log: string[] = [];
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();
  const repo = (where: string): VaultTokenRepository =>
    ({
      async findByValues() {
        return new Map();
      },
      async insertIfAbsent(batch: readonly VaultTokenRow[]) {
        log.push(`insert:${where}`);
        for (const r of batch) rows.set(r.token, r);
        return new Set(batch.map((r) => r.token));
      },
      async extendExpiry() {},
      async transaction<T>(fn: (tx: VaultTokenRepository) => Promise<T>): Promise<T> {
        const out = await fn(repo('tx'));
        await gate;
        log.push('commit');
        return out;
      },
    }) as unknown as VaultTokenRepository;
  return {
    repo: repo('autocommit'),
    log,
    rows,
    hold() {
      gate = new Promise((r) => (release = r));
    },
    release: () => release(),
  };
}

const envelope = { seal: async (v: string) => Buffer.from(v) } as unknown as Envelope;
const lookup = { hash: (purpose: string, tenant: string, value: string) => createHash('sha256').update(`${purpose}\0${tenant}\0${value}`).digest() } as unknown as LookupHasher;

test('a lone batch defers its commit; one that starts while it is pending commits on its own; alone again, it defers again', async () => {
  const f = fakeRepository();
  const vault = new TokenVault({ tokens: f.repo, envelope, lookup, deferCommits: true });
  f.hold();
  const first = await vault.reserveMany([{ value: 'Quentin Example', type: 'NAME' }], scope);
  assert.ok(first.committed, 'alone: tokens before the commit');
  assert.deepEqual(f.log, ['insert:tx'], 'written in the open transaction, not yet committed');

  const second = await vault.reserveMany([{ value: '4471-220', type: 'MRN' }], scope);
  assert.equal(second.committed, undefined, 'beside a pending commit: stored already, nothing to wait for');
  assert.deepEqual(f.log, ['insert:tx', 'insert:autocommit']);

  f.release();
  await first.committed;
  assert.deepEqual(f.log, ['insert:tx', 'insert:autocommit', 'commit']);
  // The first batch's slot and count are freed once its commit settled (a turn later).
  await new Promise((r) => setImmediate(r));
  const third = await vault.reserveMany([{ value: 'Olwen Example', type: 'NAME' }], scope);
  assert.ok(third.committed, 'alone again: deferred');
  await third.committed;
  assert.equal(f.rows.size, 3);
});

test('without deferCommits every batch commits in its own statement', async () => {
  const f = fakeRepository();
  const vault = new TokenVault({ tokens: f.repo, envelope, lookup });
  const r = await vault.reserveMany([{ value: 'Quentin Example', type: 'NAME' }], scope);
  assert.equal(r.committed, undefined);
  assert.deepEqual(f.log, ['insert:autocommit']);
});
