// A separate process appending audit events to a real store, for the multi-process and kill -9 tests.
// Prints "ack <seq> <leaf hash hex>" once each append is acknowledged (durable), "done" at the end.
// Usage: append-child.ts <postgres|pglite> <database url | data dir> <schema> <keyring file> <writer> <count | forever>
import { LocalKeyring } from '../../src/crypto/index.js';
import { openPostgres, openStore, openStoreOn, type Store } from '../../src/store/index.js';
import { AuditLog, auditStorageOf, generateNoteKey, parseSignerKey, toHex } from '../../src/audit/index.js';
import { sampleEvent } from './fixtures.js';

const [engine, target, schema, keyFile, writerText, countText] = process.argv.slice(2) as [string, string, string, string, string, string];
const keyring = LocalKeyring.open({ path: keyFile });
const store: Store =
  engine === 'postgres'
    ? await openStoreOn(await openPostgres({ url: target, maxConnections: 2 }), { schema, keyring, ownsSql: true })
    : await openStore({ dataDir: target, keyring, schema });
const log = new AuditLog({
  storage: auditStorageOf(store.audit),
  origin: 'audit.test.example/phigate',
  signers: [parseSignerKey(generateNoteKey('audit.test.example/phigate').signerKey)],
  checkpointIntervalMs: 0,
});
const writer = Number(writerText);
const count = countText === 'forever' ? Infinity : Number(countText);
let next = 0;
const lanes = Array.from({ length: 16 }, async () => {
  for (let i = next++; i < count; i = next++) {
    const r = await log.append(sampleEvent(writer * 1_000_000 + i));
    process.stdout.write(`ack ${r.seq} ${toHex(r.leafHash)}\n`);
  }
});
await Promise.all(lanes);
await log.close();
await store.close();
process.stdout.write('done\n');
