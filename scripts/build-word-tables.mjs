#!/usr/bin/env node
// Part of `npm run build`: writes the dictionaries' word-table snapshot next to the built module
// (dist/deid/dictionaries/word-tables.bin), so that start-up reads the tables instead of building them.
// A snapshot that no longer matches the code is ignored at start-up, never trusted (see snapshot.ts).
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
const { encodeTablesSnapshot, SNAPSHOT_URL } = await import(new URL(`file://${dist}/deid/dictionaries/index.js`).href);
const target = fileURLToPath(SNAPSHOT_URL);
const bytes = encodeTablesSnapshot();
writeFileSync(`${target}.tmp`, bytes);
renameSync(`${target}.tmp`, target);
