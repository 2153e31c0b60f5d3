// Public face of structured de-identification: JSON documents by field path.
export {
  deidentifyJson,
  UNMATCHED,
  type FieldRule,
  type JsonDeidDeps,
  type JsonDeidResult,
  type PathCounts,
} from './deidentify-json.js';
export { parsePath, pathMatches, type PathSegment, type ConcretePath } from './json-path.js';
export { keyLabel, labelled, pathLabel, valueFindings } from './field-label.js';
