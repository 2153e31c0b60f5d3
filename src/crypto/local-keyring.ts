// A keyring in a local key file: KEK versions as random 256-bit keys in a JSON file created on first run
// with owner-only permissions (0600, in a 0700 folder). For a single machine; a cluster uses a KMS.
// Changes (rotation, retirement) are written to a temporary file and renamed into place under a lock
// file, and other processes pick them up by checking the file's identity (inode, mtime, size) before
// every wrap and unwrap (both are rare: unwrapped data keys are cached by the envelope).
import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, fsyncSync } from 'node:fs';
import { dirname } from 'node:path';
import { PhigateError } from '../errors.js';
import { KEY_BYTES, gcmOpen, gcmSeal } from './aead.js';
import type { KeyBinding, Keyring, KeyringStatus, RewrapItem, WrappedKey } from './keyring.js';

const FORMAT = 'phigate-keyring/1';
const WRAP_LABEL = Buffer.from('phigate/wrap/v1\0', 'utf8');
const LOCK_WAIT_MS = 10_000;

interface KeyFileVersion {
  version: number;
  createdAt: string;
  /** base64 of 32 bytes; null once retired (the key is destroyed). */
  key: string | null;
  retiredAt?: string;
}

interface KeyFile {
  format: typeof FORMAT;
  id: string;
  versions: KeyFileVersion[];
}

export interface LocalKeyringOptions {
  /** The key file; created (0600) with one KEK version if absent. */
  readonly path: string;
  /** Refuse to create the file if it is absent (e.g. `keys status` should not invent a keyring). */
  readonly create?: boolean;
  readonly now?: () => Date;
}

function keyfileError(path: string, why: string, cause?: unknown): PhigateError {
  return new PhigateError('PHIGATE_BAD_CONFIG', `Key file ${path} ${why}`, cause === undefined ? undefined : { cause });
}

function parseKeyFile(path: string, text: string): KeyFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw keyfileError(path, 'is not valid JSON', err);
  }
  const f = data as Partial<KeyFile>;
  if (f?.format !== FORMAT || typeof f.id !== 'string' || !Array.isArray(f.versions) || f.versions.length === 0) {
    throw keyfileError(path, `is not a ${FORMAT} key file`);
  }
  for (const v of f.versions) {
    if (!Number.isSafeInteger(v.version) || v.version < 1) throw keyfileError(path, 'has a version that is not a positive integer');
    if (v.key !== null && (typeof v.key !== 'string' || Buffer.from(v.key, 'base64').length !== KEY_BYTES)) {
      throw keyfileError(path, `has a key for version ${v.version} that is not ${KEY_BYTES} bytes`);
    }
  }
  return f as KeyFile;
}

function checkPermissions(path: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw keyfileError(path, `is readable or writable by group or others (mode ${mode.toString(8)}); run: chmod 600 ${path}`);
  }
}

/** Writes `content` to a new temporary file (0600), fsynced, and returns its path. */
function writeTemp(path: string, content: string): string {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

/** Identifies a version of the file on disk: a rename gives a new inode even within one mtime tick. */
function stampOf(path: string): string {
  const st = statSync(path);
  return `${st.ino}:${st.mtimeMs}:${st.size}`;
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class LocalKeyring implements Keyring {
  readonly path: string;
  #file: KeyFile;
  #keys = new Map<number, Buffer>();
  #stamp = '';
  readonly #now: () => Date;

  private constructor(path: string, file: KeyFile, stamp: string, now: () => Date) {
    this.path = path;
    this.#now = now;
    this.#file = file;
    this.#install(file, stamp);
  }

  /** Opens the key file, creating it (with one KEK version) on first run unless `create` is false. */
  static open(opts: LocalKeyringOptions): LocalKeyring {
    const now = opts.now ?? (() => new Date());
    let text: string;
    try {
      text = readFileSync(opts.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw keyfileError(opts.path, 'cannot be read', err);
      if (opts.create === false) throw keyfileError(opts.path, 'does not exist');
      LocalKeyring.#createFile(opts.path, now);
      text = readFileSync(opts.path, 'utf8');
    }
    checkPermissions(opts.path);
    return new LocalKeyring(opts.path, parseKeyFile(opts.path, text), stampOf(opts.path), now);
  }

  static #createFile(path: string, now: () => Date): void {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const file: KeyFile = {
      format: FORMAT,
      id: randomUUID(),
      versions: [{ version: 1, createdAt: now().toISOString(), key: randomBytes(KEY_BYTES).toString('base64') }],
    };
    const tmp = writeTemp(path, `${JSON.stringify(file, null, 2)}\n`);
    try {
      // link() fails if the file appeared meanwhile: two first runs cannot both create a keyring.
      linkSync(tmp, path);
      fsyncDir(dirname(path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw keyfileError(path, 'cannot be created', err);
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  get id(): string {
    return `local:${this.#file.id}`;
  }

  #install(file: KeyFile, stamp: string): void {
    for (const k of this.#keys.values()) k.fill(0);
    this.#file = file;
    this.#keys = new Map(file.versions.filter((v) => v.key !== null).map((v) => [v.version, Buffer.from(v.key as string, 'base64')]));
    this.#stamp = stamp;
  }

  /** Re-reads the file if it changed on disk. */
  #reload(force: boolean): void {
    const stamp = stampOf(this.path);
    if (!force && stamp === this.#stamp) return;
    checkPermissions(this.path);
    const file = parseKeyFile(this.path, readFileSync(this.path, 'utf8'));
    if (file.id !== this.#file.id) throw keyfileError(this.path, 'was replaced by a different keyring while in use');
    this.#install(file, stamp);
  }

  #latest(): number {
    return Math.max(...this.#file.versions.filter((v) => v.key !== null).map((v) => v.version));
  }

  static #aad(version: number, binding: KeyBinding): Buffer {
    const v = Buffer.alloc(4);
    v.writeUInt32BE(version);
    return Buffer.concat([WRAP_LABEL, v, binding]);
  }

  async wrap(dataKey: Uint8Array, binding: KeyBinding): Promise<WrappedKey> {
    // Wraps are rare (a new data key) and must use the latest version, so check the file every time.
    this.#reload(false);
    const version = this.#latest();
    const kek = this.#keys.get(version) as Buffer;
    return { kekVersion: version, wrapped: gcmSeal(kek, dataKey, LocalKeyring.#aad(version, binding)) };
  }

  async unwrap(key: WrappedKey, binding: KeyBinding): Promise<Buffer> {
    // Unwraps happen on cache misses only, so a stat each time is cheap, and a version retired by
    // another process stops working here too.
    this.#reload(false);
    const kek = this.#keys.get(key.kekVersion);
    if (!kek) {
      const v = this.#file.versions.find((x) => x.version === key.kekVersion);
      const why = v ? `was retired on ${v.retiredAt ?? 'an unknown date'}` : 'is not in the key file';
      throw new PhigateError('PHIGATE_KEY_MISSING', `KEK version ${key.kekVersion} of keyring ${this.id} ${why} (${this.path})`, {
        details: { keyring: this.id, kekVersion: key.kekVersion },
      });
    }
    const plain = gcmOpen(kek, key.wrapped, LocalKeyring.#aad(key.kekVersion, binding));
    if (!plain || plain.length !== KEY_BYTES) {
      throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `A wrapped data key failed to unwrap under KEK version ${key.kekVersion} of keyring ${this.id}`, {
        details: { keyring: this.id, kekVersion: key.kekVersion },
      });
    }
    return plain;
  }

  async rewrap(items: readonly RewrapItem[]): Promise<WrappedKey[]> {
    this.#reload(true);
    const out: WrappedKey[] = [];
    for (const item of items) {
      const plain = await this.unwrap(item.key, item.binding);
      try {
        out.push(await this.wrap(plain, item.binding));
      } finally {
        plain.fill(0);
      }
    }
    return out;
  }

  async rotate(): Promise<number> {
    return this.#update((file) => {
      const next = Math.max(...file.versions.map((v) => v.version)) + 1;
      file.versions.push({ version: next, createdAt: this.#now().toISOString(), key: randomBytes(KEY_BYTES).toString('base64') });
      return next;
    });
  }

  async retireBelow(version: number): Promise<void> {
    await this.#update((file) => {
      const live = file.versions.filter((v) => v.key !== null && v.version >= version);
      if (live.length === 0) throw new PhigateError('PHIGATE_USAGE', `Retiring versions below ${version} would leave keyring ${this.id} with no key`);
      for (const v of file.versions) {
        if (v.version < version && v.key !== null) {
          v.key = null;
          v.retiredAt = this.#now().toISOString();
        }
      }
      return 0;
    });
  }

  async status(): Promise<KeyringStatus> {
    this.#reload(true);
    const decryptable = this.#file.versions.filter((v) => v.key !== null).map((v) => v.version).sort((a, b) => a - b);
    return { id: this.id, kind: 'local-file', latestVersion: this.#latest(), decryptableVersions: decryptable };
  }

  /** A fingerprint of a KEK version (for `keys status`): not the key, and not usable to find it. */
  fingerprint(version: number): string | undefined {
    const k = this.#keys.get(version);
    return k && createHash('sha256').update('phigate/kek-fingerprint\0').update(k).digest('hex').slice(0, 16);
  }

  async close(): Promise<void> {
    for (const k of this.#keys.values()) k.fill(0);
    this.#keys.clear();
  }

  /** Read-modify-write of the key file under a lock file, so concurrent rotations don't lose a version. */
  async #update<T>(change: (file: KeyFile) => T): Promise<T> {
    const lock = `${this.path}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    let fd: number | undefined;
    while (fd === undefined) {
      try {
        fd = openSync(lock, 'wx', 0o600);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw keyfileError(this.path, 'lock cannot be taken', err);
        if (Date.now() > deadline) throw keyfileError(this.path, `is locked by another process (remove ${lock} if no phigate command is running)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    try {
      const file = parseKeyFile(this.path, readFileSync(this.path, 'utf8'));
      if (file.id !== this.#file.id) throw keyfileError(this.path, 'was replaced by a different keyring while in use');
      const result = change(file);
      const tmp = writeTemp(this.path, `${JSON.stringify(file, null, 2)}\n`);
      renameSync(tmp, this.path);
      fsyncDir(dirname(this.path));
      this.#install(file, stampOf(this.path));
      return result;
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
}
