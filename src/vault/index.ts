// Public face of the vault capability: reversible, scoped, sealed token mappings with expiry.
export { TokenVault, type TokenScope, type ScopeKind, type TokenizeItem, type TokenizeOptions, type Detokenized, type TokenVaultOptions, type Reservation } from './vault.js';
export { formatToken, parseToken, isTokenType, TOKEN_HEX_MIN, TOKEN_HEX_MAX } from './token-format.js';
