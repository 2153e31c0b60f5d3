// Public face of the de-identification capability. Pure: text in, findings and transformed text out.
export { createAnalyzer } from './analyze.js';
export * from './types.js';
