// Public face of the crypto capability: envelope encryption with rotatable KEKs, keyrings, lookup hashes.
// Only this capability touches keys. Also the project's one-call SHA-256.
export { KEY_BYTES } from './aead.js';
export {
  FORMAT_V1,
  KEY_ID_BYTES,
  OVERHEAD_BYTES,
  type SealContext,
  describePlace,
  formatKeyId,
  sealWithKey,
  openWithKey,
} from './ciphertext.js';
export { DataKeyCache, type DataKeyCacheOptions } from './data-key-cache.js';
export type {
  DataKeyRow,
  DataKeyStore,
  NewDataKey,
  RewrapCandidate,
  RewrapUpdate,
  RotationJob,
  RotationStore,
  KeyVersionCount,
} from './data-keys.js';
export { Envelope, TENANT_OWNER, dataKeyBinding, type EnvelopeOptions, type KeyOwner } from './envelope.js';
export type { Keyring, KeyringStatus, KeyBinding, RewrapItem, WrappedKey } from './keyring.js';
export { LocalKeyring, type LocalKeyringOptions } from './local-keyring.js';
export { VaultTransitKeyring, vaultCiphertextVersion, type VaultTransitOptions } from './vault-transit-keyring.js';
export { LookupHasher, LOOKUP_PURPOSES, type LookupPurpose } from './lookup-hash.js';
export { rotateKeys, retireOldVersions, type RotateOptions, type RotationProgress, type RotationReport, type RetireReport } from './rotation.js';
export { sha256Digest } from './sha256.js';
