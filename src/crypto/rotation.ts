// KEK rotation by re-wrapping: a new KEK version is created, then every data key is re-wrapped under it
// in batches (data is never re-encrypted). Progress is saved with each batch, so an interrupted rotation
// resumes where it stopped; reads and writes go on meanwhile because old KEK versions keep unwrapping
// until the operator retires them, which is refused while any data key still needs them.
import { PhigateError } from '../errors.js';
import type { RotationStore } from './data-keys.js';
import { dataKeyBinding } from './envelope.js';
import type { Keyring } from './keyring.js';

export interface RotationProgress {
  readonly targetVersion: number;
  /** Re-wrapped so far by this job (all runs). */
  readonly rewrapped: number;
  /** Keys below the target when the job started. */
  readonly total: number;
}

export interface RotationReport extends RotationProgress {
  readonly keyringId: string;
  /** True when an unfinished job was picked up instead of creating a new KEK version. */
  readonly resumed: boolean;
  readonly rewrappedThisRun: number;
  readonly passes: number;
  readonly durationMs: number;
}

export interface RotateOptions {
  readonly keyring: Keyring;
  readonly store: RotationStore;
  /** Keys per batch (one KMS call and one transaction each). Default 500. */
  readonly batchSize?: number;
  /** False: only re-wrap to the current latest version (finish after an operator rotated in the KMS). */
  readonly newVersion?: boolean;
  readonly onProgress?: (p: RotationProgress) => void;
  /** Stop after this many batches (for tests of resumption). */
  readonly maxBatches?: number;
}

const MAX_PASSES = 10;

export async function rotateKeys(opts: RotateOptions): Promise<RotationReport> {
  const { keyring, store } = opts;
  const batchSize = opts.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new PhigateError('PHIGATE_USAGE', 'Batch size must be 1-10000');
  const started = Date.now();
  return store.exclusive(async () => {
    let job = await store.unfinishedJob(keyring.id);
    const resumed = job !== undefined;
    if (!job) {
      const target = opts.newVersion === false ? (await keyring.status()).latestVersion : await keyring.rotate();
      job = await store.createJob(keyring.id, target);
    }
    const target = job.targetVersion;
    let cursor = job.cursor;
    let rewrapped = job.rewrapped;
    let thisRun = 0;
    let passes = 1;
    let batches = 0;
    let changedThisPass = 0;
    opts.onProgress?.({ targetVersion: target, rewrapped, total: job.total });
    for (;;) {
      if (opts.maxBatches !== undefined && batches >= opts.maxBatches) break;
      const batch = await store.pending(keyring.id, target, cursor, batchSize);
      if (batch.length === 0) {
        if (cursor === null) {
          await store.finishJob(job.id);
          break;
        }
        // Keys created meanwhile by a process that still wrapped with an older version are caught by
        // another pass; a pass that changes nothing while keys remain means something else is wrong.
        if (++passes > MAX_PASSES || (passes > 2 && changedThisPass === 0)) {
          throw new PhigateError('PHIGATE_STORE_FAILURE', `Rotation to KEK version ${target} is not converging; run phigate keys rotate again`);
        }
        cursor = null;
        changedThisPass = 0;
        await store.restartPass(job.id);
        continue;
      }
      const out = await keyring.rewrap(
        batch.map((c) => ({ key: { kekVersion: c.kekVersion, wrapped: c.wrapped }, binding: dataKeyBinding(c.keyId, c.tenant) })),
      );
      const updates = batch.map((c, i) => {
        const w = out[i];
        if (!w || w.kekVersion < target) {
          throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `Keyring ${keyring.id} re-wrapped a data key to version ${w?.kekVersion} below the target ${target}`);
        }
        return { keyId: c.keyId, previous: c.wrapped, wrapped: w.wrapped, kekVersion: w.kekVersion };
      });
      cursor = (batch[batch.length - 1] as (typeof batch)[number]).keyId;
      const changed = await store.applyRewrap(job.id, updates, cursor);
      rewrapped += changed;
      thisRun += changed;
      changedThisPass += changed;
      batches++;
      opts.onProgress?.({ targetVersion: target, rewrapped, total: job.total });
    }
    return {
      keyringId: keyring.id,
      targetVersion: target,
      resumed,
      rewrapped,
      total: job.total,
      rewrappedThisRun: thisRun,
      passes,
      durationMs: Date.now() - started,
    };
  });
}

export interface RetireReport {
  readonly keyringId: string;
  readonly retiredBelow: number;
}

/** Retires KEK versions below the latest, refusing while a rotation is unfinished or any live key needs them. */
export async function retireOldVersions(opts: { keyring: Keyring; store: RotationStore }): Promise<RetireReport> {
  const { keyring, store } = opts;
  return store.exclusive(async () => {
    const status = await keyring.status();
    if (await store.unfinishedJob(keyring.id)) {
      throw new PhigateError('PHIGATE_USAGE', 'A rotation is unfinished; run phigate keys rotate to finish it before retiring old versions');
    }
    const pending = await store.countPending(keyring.id, status.latestVersion);
    if (pending > 0) {
      throw new PhigateError('PHIGATE_USAGE', `${pending} data keys are still wrapped by versions below ${status.latestVersion}; run phigate keys rotate --no-new-version first`);
    }
    await keyring.retireBelow(status.latestVersion);
    return { keyringId: keyring.id, retiredBelow: status.latestVersion };
  });
}
