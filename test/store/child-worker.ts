// A separate process for the crash and multi-process tests: opens the store as a gateway would and
// either writes batches forever (printing "ACK <n>" after each committed batch, until killed) or
// tokenizes a list of values and prints the tokens as JSON.
import { createHash, randomBytes } from 'node:crypto';
import { LocalKeyring } from '../../src/crypto/index.js';
import { openStore } from '../../src/store/index.js';
import { TokenVault } from '../../src/vault/index.js';
import { itemBody, itemId, type WorkerArgs } from './crash-items.js';

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] as string) as WorkerArgs;
  const keyring = LocalKeyring.open({ path: args.keyPath });
  const store = await openStore({
    ...(args.databaseUrl ? { databaseUrl: args.databaseUrl, maxConnections: 4 } : { dataDir: args.dataDir as string }),
    ...(args.schema ? { schema: args.schema } : {}),
    keyring,
  });
  if (args.mode === 'tokenize') {
    const vault = TokenVault.fromStore(store);
    const values = args.values ?? [];
    // Several callers at once inside this process too.
    const tokens = await Promise.all(values.map((value) => vault.tokenize(value, 'NAME', { tenant: args.tenant, kind: 'conversation', id: 'multi' })));
    process.stdout.write(`${JSON.stringify(tokens)}\n`);
    await store.close();
    return;
  }
  const size = args.batchSize ?? 25;
  for (let b = 0; ; b++) {
    await store.records.putMany(args.tenant, Array.from({ length: size }, (_, i) => ({ id: itemId(b, i), kind: 'note', body: itemBody(b, i) })));
    await store.audit.appendBatch(Array.from({ length: size }, (_, i) => ({ leafHash: createHash('sha256').update(itemId(b, i)).digest(), digest: randomBytes(32), salt: randomBytes(16), payload: `{"b":${b},"i":${i}}` })));
    process.stdout.write(`ACK ${b}\n`);
  }
}

await main();
