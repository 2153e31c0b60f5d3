#!/usr/bin/env node
// Part of `npm run build`: records what the de-identification engine would otherwise work out at every
// start, next to the built modules: the dictionaries' word tables (dist/deid/dictionaries/word-tables.bin)
// and the facts derived from the built-in patterns (dist/deid/recognizers/regex-facts.json). Start-up
// reads them back; one that no longer matches the code is ignored, never trusted (see snapshot.ts and
// regex-facts.ts). Usage: node scripts/build-startup-snapshots.mjs [DIST_DIR] (default: ./dist).
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
const load = (path) => import(pathToFileURL(resolve(dist, path)).href);

function writeAtomically(url, bytes) {
  const target = fileURLToPath(url);
  writeFileSync(`${target}.tmp`, bytes);
  renameSync(`${target}.tmp`, target);
}

const dictionaries = await load('deid/dictionaries/index.js');
// Building the default analyzer asks for every built-in pattern's facts; the recording is what it asked.
const facts = await load('deid/recognizers/regex-facts.js');
// analyze.js, not index.js: after build-deid-bundle.mjs, index.js runs the engine bundle, whose modules are not these.
const { createAnalyzer } = await load('deid/analyze.js');
// Its first view flags the words its recognizers look up by position: the snapshot keeps them flagged.
createAnalyzer().analyze('x');
writeAtomically(dictionaries.SNAPSHOT_URL, await dictionaries.encodeTablesSnapshot(dictionaries.markedIndexWords()));
writeAtomically(facts.FACTS_URL, facts.recordFacts());
