// The keyring interface: whatever holds the key-encryption keys (KEKs). A keyring wraps and unwraps
// data keys and never hands out a KEK, so KEKs stay in the key file or the KMS, never in the database.
// Implementations: local-keyring.ts (a key file) and vault-transit-keyring.ts (HashiCorp Vault Transit).

/** A data key wrapped by one KEK version. */
export interface WrappedKey {
  readonly kekVersion: number;
  readonly wrapped: Uint8Array;
}

/**
 * What a wrapped key is bound to (its data key id and tenant). Unwrapping with another binding fails,
 * so a wrapped key copied onto another data key row does not open.
 */
export type KeyBinding = Uint8Array;

export interface RewrapItem {
  readonly key: WrappedKey;
  readonly binding: KeyBinding;
}

export interface KeyringStatus {
  /** Stable identity, stored beside every wrapped key (e.g. `local:4f1c…`, `vault-transit:transit/phigate`). */
  readonly id: string;
  readonly kind: 'local-file' | 'vault-transit';
  /** The version new wraps use. */
  readonly latestVersion: number;
  /** Versions that can still unwrap, ascending. */
  readonly decryptableVersions: readonly number[];
}

export interface Keyring {
  readonly id: string;
  /** Wraps a data key under the latest KEK version. */
  wrap(dataKey: Uint8Array, binding: KeyBinding): Promise<WrappedKey>;
  /**
   * Unwraps; PHIGATE_KEY_MISSING when the KEK version is not (or no longer) available,
   * PHIGATE_CRYPTO_FAILURE when the wrapped key or its binding does not authenticate.
   */
  unwrap(key: WrappedKey, binding: KeyBinding): Promise<Buffer>;
  /** Re-wraps under the latest version without exposing the data keys to the caller. Same order as given. */
  rewrap(items: readonly RewrapItem[]): Promise<WrappedKey[]>;
  /** Creates a new KEK version and makes it the latest; returns its number. */
  rotate(): Promise<number>;
  status(): Promise<KeyringStatus>;
  /** Makes versions below `version` unusable (destroys them where the keyring can). */
  retireBelow(version: number): Promise<void>;
  close(): Promise<void>;
}
