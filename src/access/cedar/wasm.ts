// The one door to Cedar's WebAssembly build: every Cedar import in phigate goes through here, so the
// module is compiled and instantiated between ./wasm-before.js and ./wasm-after.js (ES modules run
// their imports in the order written).
import './wasm-before.js';
export {
  type AuthorizationAnswer,
  type AuthorizationCall,
  type DetailedError,
  type EntityJson,
  isAuthorized,
  policySetTextToParts,
  policyToJson,
  preparsePolicySet,
  statefulIsAuthorized,
  validate,
} from '@cedar-policy/cedar-wasm/nodejs';
import './wasm-after.js';
