// A local HTTP server that speaks the parts of HashiCorp Vault's Transit API that phigate uses, the way
// Vault does: token header, `vault:vN:` ciphertexts of base64(nonce || AES-256-GCM ciphertext || tag),
// encrypt (upserting the key), decrypt, rewrap with batch_input, keys/<name>/rotate, reading a key, and
// keys/<name>/config with min_decryption_version. Errors come as {"errors": [...]} with Vault's statuses.
// Tests can make the next calls fail and count the calls.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface TransitKey {
  versions: Map<number, { key: Buffer; created: number }>;
  latest: number;
  minDecryption: number;
}

export interface FakeVault {
  readonly address: string;
  readonly token: string;
  readonly calls: Map<string, number>;
  /** The next `n` requests answer with `status` (500: a Vault outage; 403: a revoked token). */
  failNext(n: number, status: number): void;
  close(): Promise<void>;
}

function seal(key: Buffer, plaintext: Buffer): string {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
  return Buffer.concat([nonce, body]).toString('base64');
}

function open(key: Buffer, b64: string): Buffer {
  const raw = Buffer.from(b64, 'base64');
  const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([d.update(raw.subarray(12, raw.length - 16)), d.final()]);
}

class VaultError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function startFakeVault(opts: { token?: string; mount?: string } = {}): Promise<FakeVault> {
  const token = opts.token ?? `hvs.${randomBytes(12).toString('hex')}`;
  const mount = opts.mount ?? 'transit';
  const keys = new Map<string, TransitKey>();
  const calls = new Map<string, number>();
  let failures: { n: number; status: number } = { n: 0, status: 500 };

  const newKey = (): TransitKey => ({ versions: new Map([[1, { key: randomBytes(32), created: Math.floor(Date.now() / 1000) }]]), latest: 1, minDecryption: 1 });
  const mustKey = (name: string): TransitKey => {
    const k = keys.get(name);
    if (!k) throw new VaultError(400, 'encryption key not found');
    return k;
  };
  const encrypt = (k: TransitKey, plaintextB64: unknown): string => {
    if (typeof plaintextB64 !== 'string') throw new VaultError(400, 'missing plaintext to encrypt');
    const v = k.versions.get(k.latest) as { key: Buffer };
    return `vault:v${k.latest}:${seal(v.key, Buffer.from(plaintextB64, 'base64'))}`;
  };
  const decrypt = (k: TransitKey, ciphertext: unknown): Buffer => {
    const m = typeof ciphertext === 'string' ? /^vault:v(\d+):(.+)$/.exec(ciphertext) : null;
    if (!m) throw new VaultError(400, 'invalid ciphertext: no prefix');
    const version = Number(m[1]);
    if (version < k.minDecryption) throw new VaultError(400, 'ciphertext or signature version is disallowed by policy (too old)');
    const v = k.versions.get(version);
    if (!v) throw new VaultError(400, 'invalid ciphertext: version is too new');
    try {
      return open(v.key, m[2] as string);
    } catch {
      throw new VaultError(400, 'cipher: message authentication failed');
    }
  };
  const keyInfo = (name: string, k: TransitKey) => ({
    name,
    type: 'aes256-gcm96',
    latest_version: k.latest,
    min_decryption_version: k.minDecryption,
    min_encryption_version: 0,
    deletion_allowed: false,
    derived: false,
    exportable: false,
    supports_encryption: true,
    supports_decryption: true,
    keys: Object.fromEntries([...k.versions].filter(([v]) => v >= k.minDecryption).map(([v, x]) => [String(v), x.created])),
  });

  const route = (method: string, path: string, body: Record<string, unknown>): { status: number; data?: unknown } => {
    const prefix = `/v1/${mount}/`;
    if (!path.startsWith(prefix)) throw new VaultError(404, 'no handler for route');
    const parts = path.slice(prefix.length).split('/');
    const [op, name, sub] = parts;
    if (!name) throw new VaultError(404, 'no handler for route');
    if (method === 'POST' && op === 'encrypt') {
      if (!keys.has(name)) keys.set(name, newKey()); // Vault upserts on encrypt
      const k = mustKey(name);
      if (Array.isArray(body['batch_input'])) {
        return { status: 200, data: { batch_results: (body['batch_input'] as Array<Record<string, unknown>>).map((i) => ({ ciphertext: encrypt(k, i['plaintext']), key_version: k.latest })) } };
      }
      return { status: 200, data: { ciphertext: encrypt(k, body['plaintext']), key_version: k.latest } };
    }
    if (method === 'POST' && op === 'decrypt') {
      return { status: 200, data: { plaintext: decrypt(mustKey(name), body['ciphertext']).toString('base64') } };
    }
    if (method === 'POST' && op === 'rewrap') {
      const k = mustKey(name);
      const one = (ct: unknown) => encrypt(k, decrypt(k, ct).toString('base64'));
      if (Array.isArray(body['batch_input'])) {
        const results = (body['batch_input'] as Array<Record<string, unknown>>).map((i) => {
          try {
            return { ciphertext: one(i['ciphertext']), key_version: k.latest };
          } catch (err) {
            return { error: (err as Error).message };
          }
        });
        return { status: 200, data: { batch_results: results } };
      }
      return { status: 200, data: { ciphertext: one(body['ciphertext']), key_version: k.latest } };
    }
    if (op === 'keys' && sub === 'rotate' && method === 'POST') {
      const k = mustKey(name);
      k.latest += 1;
      k.versions.set(k.latest, { key: randomBytes(32), created: Math.floor(Date.now() / 1000) });
      return { status: 200, data: keyInfo(name, k) };
    }
    if (op === 'keys' && sub === 'config' && method === 'POST') {
      const k = mustKey(name);
      const min = Number(body['min_decryption_version']);
      if (!Number.isInteger(min) || min < 1 || min > k.latest) throw new VaultError(400, 'min decryption version should not be less then 1 or greater than latest version');
      k.minDecryption = min;
      return { status: 204 };
    }
    if (op === 'keys' && sub === undefined && method === 'GET') {
      const k = keys.get(name);
      if (!k) throw new VaultError(404, '');
      return { status: 200, data: keyInfo(name, k) };
    }
    if (op === 'keys' && sub === undefined && method === 'POST') {
      if (!keys.has(name)) keys.set(name, newKey());
      return { status: 204 };
    }
    throw new VaultError(405, 'unsupported operation');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? '').split('?')[0] as string;
    const key = `${req.method} ${path.replace(/\/v1\/[^/]+\//, '').split('/').slice(0, 1).join('/')}`;
    calls.set(key, (calls.get(key) ?? 0) + 1);
    const reply = (status: number, payload?: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    if (failures.n > 0) {
      failures.n--;
      return reply(failures.status, { errors: [failures.status === 403 ? 'permission denied' : 'internal error'] });
    }
    if (req.headers['x-vault-token'] !== token) return reply(403, { errors: ['permission denied'] });
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const out = route(req.method ?? 'GET', path, body);
      if (out.status === 204) return reply(204);
      reply(out.status, { request_id: randomBytes(8).toString('hex'), lease_id: '', renewable: false, lease_duration: 0, data: out.data, wrap_info: null, warnings: null, auth: null });
    } catch (err) {
      reply(err instanceof VaultError ? err.status : 500, { errors: [err instanceof VaultError ? err.message : 'internal error'] });
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    address: `http://127.0.0.1:${port}`,
    token,
    calls,
    failNext(n, status) {
      failures = { n, status };
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
