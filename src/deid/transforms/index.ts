// Public face of the transforms: policy checks, the context type, and the building blocks a caller
// may want on their own (a patient's date shift is deliberately not exported: it would undo the shift).
export { checkPolicy, specFor, type TransformContext } from './policy.js';
export { MIN_KEY_BYTES, type TransformKey } from './keyed.js';
export { REDACTED_MARKER, tagFor, mask } from './markers.js';
export { generalize } from './generalize.js';
export { surrogateFor } from './surrogate.js';
export { RESTRICTED_ZIP3 } from './surrogate-numbers.js';
export { parseDate, type DatePrecision, type ParsedDate } from './date-parse.js';
