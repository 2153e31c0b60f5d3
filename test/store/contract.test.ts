// The conformance suites of store, key rotation and token vault, run unchanged on embedded PGlite and
// on PostgreSQL. One engine per engine kind is shared by the three suites (each test still gets its own
// schema), so PGlite starts once. The PostgreSQL half is skipped loudly when the server is unreachable,
// and fails under CI=true.
import { after, describe } from 'node:test';
import { describeVaultContract } from '../vault/vault-contract.js';
import { type EngineHarness, forEachEngine } from './harness.js';
import { describeRotationContract } from './rotation-contract.js';
import { describeStoreContract } from './store-contract.js';

/** One harness for several suites: their own close() calls are ignored; the real close runs last. */
function shared(make: () => Promise<EngineHarness>): { get: () => Promise<EngineHarness>; close: () => Promise<void> } {
  let h: Promise<EngineHarness> | undefined;
  return {
    get: async () => {
      h ??= make();
      const real = await h;
      return { ...real, name: real.name, open: real.open, extraSql: real.extraSql, close: async () => undefined };
    },
    close: async () => {
      if (h) await (await h).close();
    },
  };
}

await forEachEngine('contract', (make) => {
  const h = shared(make);
  describe('store', () => describeStoreContract(h.get));
  describe('key rotation', () => describeRotationContract(h.get));
  describe('token vault', () => describeVaultContract(h.get));
  after(() => h.close());
});
