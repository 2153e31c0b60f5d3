// Public face of de-identification evaluation: a pure scorer that matches ../shared/tools/score-deid.mjs.
export { createScorer, scoreCorpus, type GoldDoc, type GoldSpan, type PredSpan, type ScoreBy, type ScoreOptions, type ScoreResult, type Scorer, type RowCounts, type Miss, type FalsePositive } from './score.js';
export { formatScore, formatMisses, scoreToJson, sampleEvenly, type ScoreJson } from './report.js';
export { parseGoldLine, parseJsonObject } from './gold.js';
