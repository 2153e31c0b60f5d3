// The engines the bench compares, behind one shape: `call(text)` is exactly what a user of the library
// would time (sync or async), `spans(result, text)` turns its answer into covered [start, end) ranges for
// scoring (outside the timed region). Peers are loaded from the bench's own cache folder, never from the
// project's dependencies.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MARK, alignRedacted } from './align.mjs';

export const ENGINE_NAMES = ['phigate', 'phigate-batch', 'redact-pii', 'openredaction', 'baseline'];

/** What each peer is run with, for the report. */
export const ENGINE_NOTES = {
  phigate: 'createAnalyzer() defaults, analyze() note by note; spans = findings',
  'phigate-batch': 'the same analyzer, analyzeMany() over the bench\'s batches of notes (as the deid CLI and each analysis thread call it); findings equal',
  'redact-pii': 'SyncRedactor, all built-ins on (its default); spans aligned from redacted text',
  openredaction: 'new OpenRedaction() defaults (all patterns, context analysis); async detect(); spans = detections[].position',
  baseline: 'text.toLowerCase() + one regex (SSN shape) over the text',
};

const BASELINE_RE = /\b\d{3}-\d{2}-\d{4}\b/g;

function version(dir, pkg) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

export async function loadEngine(name, { distDir, peersDir }) {
  switch (name) {
    case 'phigate': {
      const mod = await import(pathToFileURL(join(distDir, 'deid', 'index.js')).href);
      const analyzer = mod.createAnalyzer();
      return { name, isAsync: false, call: (t) => analyzer.analyze(t), spans: (findings) => findings };
    }
    case 'phigate-batch': {
      const mod = await import(pathToFileURL(join(distDir, 'deid', 'index.js')).href);
      const analyzer = mod.createAnalyzer();
      return { name, isAsync: false, call: (t) => analyzer.analyze(t), callMany: (ts) => analyzer.analyzeMany(ts), spans: (findings) => findings };
    }
    case 'baseline':
      return {
        name, isAsync: false,
        call: (t) => {
          const lower = t.toLowerCase();
          const out = [];
          for (const m of lower.matchAll(BASELINE_RE)) out.push({ start: m.index, end: m.index + m[0].length });
          return out;
        },
        spans: (r) => r,
      };
    case 'redact-pii': {
      const require = createRequire(join(peersDir, 'package.json'));
      const { SyncRedactor } = require('redact-pii');
      // One marker for every built-in (same rules, same order as its defaults), so the covered text can
      // be recovered from the output; see align.mjs.
      const redactor = new SyncRedactor({ globalReplaceWith: MARK });
      let misaligned = 0;
      return {
        name, version: version(peersDir, 'redact-pii'), isAsync: false,
        call: (t) => redactor.redact(t),
        spans: (out, t) => {
          const s = alignRedacted(t, out);
          if (s === null) misaligned++;
          return s ?? [];
        },
        stats: () => ({ misaligned }),
      };
    }
    case 'openredaction': {
      const require = createRequire(join(peersDir, 'package.json'));
      const { OpenRedaction } = require('openredaction');
      const redactor = new OpenRedaction();
      return {
        name, version: version(peersDir, 'openredaction'), isAsync: true,
        call: (t) => redactor.detect(t),
        spans: (res) => res.detections.map((d) => ({ start: d.position[0], end: d.position[1] })),
      };
    }
    default:
      throw new Error(`unknown engine ${name}`);
  }
}
