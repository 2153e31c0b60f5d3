// Builds the de-identification engine the CLI commands run: the analyzer from config, the transform
// policy (config, then --transform), the key and patient id. One call per text: findings + new text.
import { randomBytes } from 'node:crypto';
import { analyzerConfigOf, transformPolicyOf } from '../config/deid-policy.js';
import type { PhigateConfig } from '../config/schema.js';
import { type SecretRef, describeSecretRef, nodeConfigIo, parseSecretRef, resolveSecret } from '../config/secrets.js';
import { type AnalysisPort, type Finding, type TransformPolicy, ENTITY_TYPES, MIN_KEY_BYTES, applyTransforms, checkPolicy, createAnalyzer, specFor } from '../deid/index.js';
import { PhigateError } from '../errors.js';
import { type TransformOverride, applyTransformOverride } from './transform-option.js';

/** Kinds drawn from the key; with none of them in the policy, no key is loaded or generated. */
const KEYED_KINDS = new Set(['surrogate', 'date-shift', 'token']);

export interface DeidEngine {
  readonly analyzer: AnalysisPort;
  readonly policy: TransformPolicy;
  /** True when DATE is date-shifted, so each text needs a patient id. */
  readonly needsPatient: boolean;
  deidentify(text: string, patientId?: string): Promise<{ text: string; findings: readonly Finding[] }>;
}

export interface EngineOptions {
  readonly config: PhigateConfig;
  readonly transform?: TransformOverride;
  /** `--key`: env:VAR or file:PATH; wins over PHIGATE_DEID_KEY and deid.key from the config. */
  readonly keyOption?: string;
  /** Key bytes given directly (the demo's public key); wins over both. */
  readonly key?: Uint8Array;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Told once when a one-off key is generated. */
  readonly note: (message: string) => void;
  /** Analysis threads (startAnalysisPool, built from the same config); default: an analyzer in this thread. */
  readonly analyzer?: AnalysisPort;
}

export function createDeidEngine(opts: EngineOptions): DeidEngine {
  const deid = opts.config.deid;
  const analyzer = opts.analyzer ?? createAnalyzer(analyzerConfigOf(deid));
  const policy = transformPolicyOf({ ...deid, transforms: applyTransformOverride(deid.transforms, opts.transform) });
  const needsKey = ENTITY_TYPES.some((t) => KEYED_KINDS.has(specFor(policy, t).kind));
  const needsPatient = specFor(policy, 'DATE').kind === 'date-shift';
  // A --key that is not env:VAR or file:PATH is refused even when no transform needs a key, so a mistyped
  // (or pasted) key is caught on the run that has it, not on the first one with a keyed transform.
  if (opts.keyOption !== undefined) keyRefOf(opts.keyOption);
  const key = needsKey ? loadKey(opts) : undefined;
  // Fail on a bad policy or key before any input is read; patient ids are checked per text.
  checkPolicy(policy, { ...(key ? { key } : {}), patientId: 'policy-check' });
  return {
    analyzer,
    policy,
    needsPatient,
    async deidentify(text, patientId) {
      const findings = await analyzer.analyze(text);
      const ctx = { ...(key ? { key } : {}), ...(patientId !== undefined ? { patientId } : {}) };
      return { text: applyTransforms(text, findings, policy, ctx).text, findings };
    },
  };
}

function keyRefOf(option: string): SecretRef {
  const ref = parseSecretRef(option);
  if (!ref) throw new PhigateError('PHIGATE_USAGE', '--key: expected env:VAR or file:PATH (never the key itself)');
  return ref;
}

/** The key itself in the environment (not a reference), for scripts and CI that hold it as a secret variable. */
export const DEID_KEY_ENV = 'PHIGATE_DEID_KEY';

/** Where the key comes from: --key, else PHIGATE_DEID_KEY when set, else deid.key of the config. */
function keyRefFor(opts: EngineOptions): SecretRef | undefined {
  if (opts.keyOption !== undefined) return keyRefOf(opts.keyOption);
  if ((opts.env[DEID_KEY_ENV] ?? '') !== '') return { kind: 'env', name: DEID_KEY_ENV };
  return opts.config.deid.key;
}

function loadKey(opts: EngineOptions): Uint8Array {
  if (opts.key) return opts.key;
  const ref = keyRefFor(opts);
  if (!ref) {
    opts.note(`no --key, ${DEID_KEY_ENV} or deid.key given: using a one-off random key, so surrogates, date shifts and tokens will differ from run to run`);
    return randomBytes(32);
  }
  const key = resolveSecret(ref, { ...nodeConfigIo, env: opts.env });
  if (key.length < MIN_KEY_BYTES) throw new PhigateError('PHIGATE_KEY_MISSING', `${describeSecretRef(ref)} holds fewer than ${MIN_KEY_BYTES} bytes; use a longer secret (e.g. 32 random bytes, hex-encoded)`);
  return key;
}
