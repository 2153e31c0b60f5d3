// A keyring in HashiCorp Vault's Transit secrets engine, over its HTTP API: the KEK never leaves Vault.
// Wrapped keys are Vault ciphertexts (`vault:v3:…`, stored as their UTF-8 bytes); the version is in the
// prefix. Endpoints used: encrypt, decrypt, rewrap (batch_input), keys/<name>/rotate, keys/<name> (read),
// keys/<name>/config (min_decryption_version). The binding (data key id, tenant) travels inside the
// encrypted plaintext as a 16-byte tag checked on unwrap, because Transit's `associated_data` is not
// accepted by rewrap and `context` needs a derived key; this works with any Transit key as configured.
import { createHash, timingSafeEqual } from 'node:crypto';
import { PhigateError } from '../errors.js';
import { KEY_BYTES } from './aead.js';
import type { KeyBinding, Keyring, KeyringStatus, RewrapItem, WrappedKey } from './keyring.js';

const BINDING_TAG_BYTES = 16;
const CIPHERTEXT_PATTERN = /^vault:v(\d{1,9}):[A-Za-z0-9+/=]{1,4096}$/;
const MAX_BATCH = 250;

export interface VaultTransitOptions {
  /** e.g. https://vault.internal:8200 */
  readonly address: string;
  readonly token: string;
  /** Transit mount path (default `transit`). */
  readonly mount?: string;
  /** Transit key name. */
  readonly keyName: string;
  /** Vault Enterprise namespace, if any. */
  readonly namespace?: string;
  readonly timeoutMs?: number;
  /** For tests: a fetch to use instead of the global one. */
  readonly fetch?: typeof fetch;
}

interface VaultResponse {
  data?: Record<string, unknown>;
  errors?: string[];
}

function bindingTag(binding: KeyBinding): Buffer {
  return createHash('sha256').update('phigate/wrap-binding/v1\0').update(binding).digest().subarray(0, BINDING_TAG_BYTES);
}

/** The key version in a `vault:vN:` ciphertext, or undefined if it is not one. */
export function vaultCiphertextVersion(text: string): number | undefined {
  const m = CIPHERTEXT_PATTERN.exec(text);
  return m ? Number(m[1]) : undefined;
}

export class VaultTransitKeyring implements Keyring {
  readonly #base: string;
  readonly #headers: Record<string, string>;
  readonly #mount: string;
  readonly #key: string;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  constructor(opts: VaultTransitOptions) {
    if (!/^https?:\/\/[^\s]{1,2048}$/.test(opts.address)) throw new PhigateError('PHIGATE_BAD_CONFIG', 'Vault address must be an http(s) URL');
    if (!opts.token) throw new PhigateError('PHIGATE_BAD_CONFIG', 'Vault token is empty (set VAULT_TOKEN)');
    const segment = /^[A-Za-z0-9_.-]{1,128}$/;
    this.#mount = (opts.mount ?? 'transit').replace(/^\/+|\/+$/g, '');
    if (!this.#mount.split('/').every((p) => segment.test(p))) throw new PhigateError('PHIGATE_BAD_CONFIG', 'Vault transit mount has invalid characters');
    if (!segment.test(opts.keyName)) throw new PhigateError('PHIGATE_BAD_CONFIG', 'Vault transit key name has invalid characters');
    this.#key = opts.keyName;
    this.#base = `${opts.address.replace(/\/+$/, '')}/v1/${this.#mount}`;
    this.#headers = { 'X-Vault-Token': opts.token, 'Content-Type': 'application/json' };
    if (opts.namespace) this.#headers['X-Vault-Namespace'] = opts.namespace;
    this.#timeoutMs = opts.timeoutMs ?? 10_000;
    this.#fetch = opts.fetch ?? fetch;
  }

  get id(): string {
    return `vault-transit:${this.#mount}/${this.#key}`;
  }

  async #call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await this.#fetch(`${this.#base}/${path}`, {
        method,
        headers: this.#headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (err) {
      throw new PhigateError('PHIGATE_KMS_UNAVAILABLE', `Vault transit (${this.id}) is unreachable for ${path.split('/')[0]}`, { cause: err });
    }
    const text = await res.text();
    let parsed: VaultResponse = {};
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text) as VaultResponse;
      } catch {
        parsed = {};
      }
    }
    if (!res.ok) {
      // Vault's error strings describe the request (policy, version), never the plaintext; keep them short.
      const said = (parsed.errors ?? []).join('; ').slice(0, 300) || `HTTP ${res.status}`;
      const code = res.status >= 500 || res.status === 429 ? 'PHIGATE_KMS_UNAVAILABLE' : 'PHIGATE_KEY_MISSING';
      const hint = res.status === 403 ? ' (check the token and its policy)' : '';
      throw new PhigateError(code, `Vault transit ${path.split('/')[0]} on ${this.id} failed: ${said}${hint}`, {
        details: { keyring: this.id, status: res.status },
      });
    }
    return parsed.data ?? {};
  }

  async wrap(dataKey: Uint8Array, binding: KeyBinding): Promise<WrappedKey> {
    const plaintext = Buffer.concat([dataKey, bindingTag(binding)]);
    try {
      const data = await this.#call('POST', `encrypt/${this.#key}`, { plaintext: plaintext.toString('base64') });
      return this.#wrappedFrom(data['ciphertext']);
    } finally {
      plaintext.fill(0);
    }
  }

  #wrappedFrom(ciphertext: unknown): WrappedKey {
    const version = typeof ciphertext === 'string' ? vaultCiphertextVersion(ciphertext) : undefined;
    if (version === undefined) throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `Vault transit ${this.id} returned a malformed ciphertext`);
    return { kekVersion: version, wrapped: Buffer.from(ciphertext as string, 'utf8') };
  }

  #ciphertextOf(key: WrappedKey): string {
    const text = Buffer.from(key.wrapped).toString('utf8');
    if (vaultCiphertextVersion(text) !== key.kekVersion) {
      throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `A wrapped data key is not a Vault ciphertext of version ${key.kekVersion} (${this.id})`);
    }
    return text;
  }

  async unwrap(key: WrappedKey, binding: KeyBinding): Promise<Buffer> {
    const data = await this.#call('POST', `decrypt/${this.#key}`, { ciphertext: this.#ciphertextOf(key) });
    const plain = Buffer.from(String(data['plaintext'] ?? ''), 'base64');
    const tag = plain.subarray(KEY_BYTES);
    const ok = plain.length === KEY_BYTES + BINDING_TAG_BYTES && timingSafeEqual(tag, bindingTag(binding));
    if (!ok) {
      plain.fill(0);
      throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `A wrapped data key did not match its data key row (KEK version ${key.kekVersion}, ${this.id})`, {
        details: { keyring: this.id, kekVersion: key.kekVersion },
      });
    }
    const out = Buffer.from(plain.subarray(0, KEY_BYTES));
    plain.fill(0);
    return out;
  }

  async rewrap(items: readonly RewrapItem[]): Promise<WrappedKey[]> {
    const out: WrappedKey[] = [];
    for (let i = 0; i < items.length; i += MAX_BATCH) {
      const chunk = items.slice(i, i + MAX_BATCH);
      const data = await this.#call('POST', `rewrap/${this.#key}`, {
        batch_input: chunk.map((item) => ({ ciphertext: this.#ciphertextOf(item.key) })),
      });
      const results = data['batch_results'];
      if (!Array.isArray(results) || results.length !== chunk.length) {
        throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `Vault transit ${this.id} returned ${Array.isArray(results) ? results.length : 'no'} rewrap results for ${chunk.length} keys`);
      }
      for (const r of results as Array<{ ciphertext?: unknown; error?: unknown }>) {
        if (r.error) {
          throw new PhigateError('PHIGATE_KEY_MISSING', `Vault transit ${this.id} refused to rewrap a data key: ${String(r.error).slice(0, 200)}`);
        }
        out.push(this.#wrappedFrom(r.ciphertext));
      }
    }
    return out;
  }

  async rotate(): Promise<number> {
    await this.#call('POST', `keys/${this.#key}/rotate`, {});
    return (await this.status()).latestVersion;
  }

  async status(): Promise<KeyringStatus> {
    const data = await this.#call('GET', `keys/${this.#key}`);
    const latest = Number(data['latest_version']);
    const minDecrypt = Number(data['min_decryption_version'] ?? 1);
    const keys = data['keys'] && typeof data['keys'] === 'object' ? Object.keys(data['keys'] as object).map(Number) : [];
    if (!Number.isSafeInteger(latest) || latest < 1) throw new PhigateError('PHIGATE_KMS_UNAVAILABLE', `Vault transit ${this.id} returned no latest_version`);
    return {
      id: this.id,
      kind: 'vault-transit',
      latestVersion: latest,
      decryptableVersions: keys.filter((v) => Number.isSafeInteger(v) && v >= minDecrypt).sort((a, b) => a - b),
    };
  }

  async retireBelow(version: number): Promise<void> {
    await this.#call('POST', `keys/${this.#key}/config`, { min_decryption_version: version });
  }

  async close(): Promise<void> {}
}
