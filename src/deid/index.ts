// Public face of the de-identification capability. Pure: text in, findings and transformed text out.
export { BATCH, LEAN_BATCH, createAnalyzer, type BatchAnalyzer } from './analyze.js';
export { batchAnalyses } from './batching.js';
export { cacheAnalyses, type AnalysisCacheOptions, type CachedAnalyzer, type CacheStats } from './analysis-cache.js';
export { startAnalysisPool, resolveAnalysisThreads, type AnalysisPool, type AnalysisPoolOptions, type AnalysisPoolStats } from './pool/analysis-pool.js';
export { warmUp as warmUpAnalyzer, WARM_UP_MS } from './pool/warm-up.js';
export * from './types.js';
export { leadingTitleLength, replacedFrom } from './name-title.js';
export { applyTransforms, checkFindings, mapOutputOffset, type Replacement, type TransformResult } from './apply.js';
export * from './transforms/index.js';
export * from './structured/index.js';
export {
  mergeTokenMaps,
  reverseTokens,
  isToken,
  TOKEN_PATTERN,
  WRITTEN_TOKEN_PATTERN,
  canonicalToken,
  writtenTokenReplacement,
  MAX_TOKEN_LENGTH,
  type TokenMap,
  type TokenEntry,
  type ReverseResult,
} from './token-map.js';
