// The audit log conformance suite on the real store: embedded PGlite and PostgreSQL 127.0.0.1:5432
// (skipped loudly when unreachable, failing under CI=true), with peer writers on separate pools.
import { after } from 'node:test';
import { forEachEngine, type EngineHarness, type Opened } from '../store/harness.js';
import { describeAuditLogContract } from './log-contract.js';
import { auditStorageOf } from '../../src/audit/index.js';
import type { AuditStorage } from '../../src/audit/storage.js';

await forEachEngine('audit log', (makeEngine) => {
  let engine: EngineHarness | undefined;
  const opened = new Map<AuditStorage, Opened>();
  after(async () => {
    for (const o of opened.values()) await o.cleanup();
    await engine?.close();
  });
  describeAuditLogContract('the store', {
    async open() {
      engine ??= await makeEngine();
      const o = await engine.open();
      const storage = auditStorageOf(o.store.audit);
      opened.set(storage, o);
      return storage;
    },
    async openPeer(first) {
      const o = opened.get(first);
      if (!o) throw new Error('peer of an unknown storage');
      return auditStorageOf((await o.reopen()).audit);
    },
    async close(storage) {
      const o = opened.get(storage);
      if (o) {
        opened.delete(storage);
        await o.cleanup();
      }
    },
  });
});
