// The gateway under test for bench:gateway (its own process, so its RSS is its own): the built
// phigate gateway with the embedded store (PGlite on a temp data dir) or PostgreSQL (PHIGATE_BENCH_DB),
// the token vault, the analyzer, and the durable audit log in the same store. Argument: the stub's
// port. Prints `port key` on stdout; answers `rss` on stdin with its peak RSS in bytes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = process.env.PHIGATE_DIST;
const imp = (p) => import(join(dist, p));
const [{ parseConfig }, { LocalKeyring }, { openStore }, { TokenVault }, { createAnalyzer }, audit, gw, access] = await Promise.all([
  imp('config/index.js'), imp('crypto/index.js'), imp('store/index.js'), imp('vault/index.js'), imp('deid/index.js'), imp('audit/index.js'), imp('gateway/index.js'), imp('access/index.js'),
]);

const upstream = `http://127.0.0.1:${process.argv[2]}/v1`;
// PHIGATE_BENCH_DIR: where the embedded store lives (a new directory: the store runs initdb in a child
// process, as `phigate serve` does on its first run, so this process's RSS is the gateway's own).
const dir = process.env.PHIGATE_BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'phigate-bench-gw-'));
const config = parseConfig(`
server: { tenant: bench, bodyLimitBytes: 1048576, rateLimit: { perMinute: 0, burst: 1 } }
vendors:
  stub: { baseUrl: ${upstream}, allowInsecureLoopback: true, region: local, dataClasses: [deidentified], enforceParams: { store: false } }
models:
  - { id: bench-model, vendor: stub }
access:
  noPatient: deidentified-only
  roles:
    clinician: { models: ['*'], purposes: [TREAT], patients: care-team }
`, 'bench.yaml');
const keyring = LocalKeyring.open({ path: join(dir, 'keyring.json') });
const store = await openStore(process.env.PHIGATE_BENCH_DB ? { databaseUrl: process.env.PHIGATE_BENCH_DB, schema: `bench_${process.pid}`, keyring } : { dataDir: join(dir, 'data'), keyring });
const { signerKey } = audit.generateNoteKey('bench');
const auditLog = new audit.AuditLog({ storage: audit.auditStorageOf(store.audit), origin: 'bench', signers: [audit.parseSignerKey(signerKey)], checkpointIntervalMs: 0 });
const gateway = gw.createGateway({
  config,
  store,
  vault: TokenVault.fromStore(store),
  analyzer: createAnalyzer(),
  audit: auditLog,
  patientHash: audit.createPatientHasher(Buffer.alloc(32, 7)),
  providers: gw.providersFromConfig(config),
  clock: () => new Date(),
  log: () => undefined,
});
const { key } = await access.issueApiKey(store.apiKeys, { tenant: 'bench', principal: 'user:bench', kind: 'user', roles: ['clinician'] });
const server = await gw.listen(gateway, { host: '127.0.0.1', port: 0 });
process.stdout.write(`${server.port} ${key}\n`);

process.stdin.setEncoding('utf8');
process.stdin.on('data', async (line) => {
  if (line.trim() === 'rss') {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    process.stdout.write(`rss ${m ? Number(m[1]) * 1024 : 0} ${process.memoryUsage().rss}\n`);
  } else if (line.trim() === 'quit') {
    await server.close(1000);
    await auditLog.close();
    await store.close();
    if (process.env.PHIGATE_BENCH_DB) {
      // Leave nothing behind in the shared database.
      const { openPostgres } = await imp('store/index.js');
      const sql = await openPostgres({ url: process.env.PHIGATE_BENCH_DB });
      await sql.exec(`DROP SCHEMA IF EXISTS bench_${process.pid} CASCADE`);
      await sql.close();
    }
    await keyring.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});
