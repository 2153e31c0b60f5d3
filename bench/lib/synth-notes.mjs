#!/usr/bin/env node
// Synthetic labelled clinical notes for the de-identification bench: H&Ps, discharge summaries, progress
// notes, letters, radiology and operative reports, telephone encounters, 2-8 KB each, with gold spans in
// the corpus JSONL format ({id, text, spans: [{start, end, type, label}]}). Note i depends only on
// (seed, i), so a 5 MB archive is a prefix of the 50 MB one. The archive is streamed to disk.
//
//   node bench/lib/synth-notes.mjs --mb 50 --seed 20240611 --out bench/.cache/notes.jsonl
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NoteBuilder } from './synth-builder.mjs';
import { KINDS, writeNote } from './synth-kinds.mjs';
import { makeContext } from './synth-people.mjs';
import { createRng, mixSeed } from './prng.mjs';

/** Bump when the generator's output changes, so cached archives are rebuilt. */
export const GENERATOR_VERSION = 2;
/**
 * Bump when only the gold labels change (the texts stay the same, as the version above seeds the notes).
 * 2: clinicians' pager numbers are labelled PHONE (telephone numbers under Safe Harbor; i2b2 labels them so).
 */
export const LABEL_VERSION = 2;
export const DEFAULT_SEED = 20240611;

/** Note `index` of the archive with `seed`: {id, kind, text, spans}. */
export function generateNote(seed, index) {
  const rng = createRng(mixSeed(seed, index, GENERATOR_VERSION));
  const kind = rng.weighted(KINDS);
  const ctx = makeContext(rng);
  const target = rng.int(kind.size[0], kind.size[1]);
  const b = new NoteBuilder();
  writeNote(rng, b, kind, ctx, target);
  const note = b.finish(`synth-${seed}-${String(index).padStart(6, '0')}`);
  return { id: note.id, kind: kind.name, text: note.text, spans: note.spans };
}

/**
 * Writes notes until `megabytes` MiB of note text (UTF-8) are on disk. Lines go out in ~1 MB batches and
 * the file appears under its final name only when complete.
 */
export function writeArchive({ path, seed = DEFAULT_SEED, megabytes = 50, onProgress }) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  const goal = megabytes * 1024 * 1024;
  let textBytes = 0, notes = 0, spans = 0, batch = [], batchLen = 0;
  try {
    while (textBytes < goal) {
      const n = generateNote(seed, notes);
      textBytes += Buffer.byteLength(n.text);
      spans += n.spans.length;
      notes++;
      const line = JSON.stringify({ id: n.id, kind: n.kind, text: n.text, spans: n.spans }) + '\n';
      batch.push(line);
      batchLen += line.length;
      if (batchLen > 1 << 20) {
        writeSync(fd, batch.join(''));
        batch = [];
        batchLen = 0;
        onProgress?.(textBytes / goal);
      }
    }
    if (batch.length) writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return { path, notes, textBytes, spans };
}

/** The cached archive for (seed, size), generated on first use. */
export function ensureArchive({ dir, seed = DEFAULT_SEED, megabytes = 50, log = () => {} }) {
  const path = join(dir, `synth-notes-v${GENERATOR_VERSION}.${LABEL_VERSION}-seed${seed}-${megabytes}mb.jsonl`);
  if (existsSync(path)) return { path, generated: false };
  log(`generating ${megabytes} MB synthetic archive (seed ${seed}) -> ${path}`);
  const t0 = performance.now();
  const info = writeArchive({ path, seed, megabytes });
  return { path, generated: true, seconds: (performance.now() - t0) / 1000, ...info };
}

/**
 * Realistic note text of about `bytes` UTF-8 bytes: whole synthetic notes joined by blank lines, cut
 * at the size. For "a normal 1 MB note" in timing comparisons.
 */
export function normalText(bytes, seed = DEFAULT_SEED) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = generateNote(seed, i).text + '\n\n';
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return cutToBytes(parts.join(''), bytes);
}

/** Longest prefix of `s` with at most `bytes` UTF-8 bytes, not splitting a surrogate pair. */
export function cutToBytes(s, bytes) {
  const buf = Buffer.from(s);
  if (buf.length <= bytes) return s;
  let out = buf.subarray(0, bytes).toString('utf8');
  if (out.endsWith('\ufffd')) out = out.slice(0, -1);
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
  const seed = Number(opt('--seed', DEFAULT_SEED));
  const mb = Number(opt('--mb', 50));
  const out = opt('--out', join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', `synth-notes-v${GENERATOR_VERSION}-seed${seed}-${mb}mb.jsonl`));
  process.stdout.on('error', () => process.exit(0)); // e.g. piped into head
  if (args.includes('--sample')) {
    const n = generateNote(seed, Number(opt('--sample', 0)));
    process.stdout.write(`${n.id} (${n.kind}, ${n.text.length} chars, ${n.spans.length} spans)\n\n${n.text}\n\n`);
    for (const s of n.spans) process.stdout.write(`${s.label.padEnd(10)} ${JSON.stringify(n.text.slice(s.start, s.end))}\n`);
  } else {
    const t0 = performance.now();
    const r = writeArchive({ path: out, seed, megabytes: mb });
    process.stdout.write(`${r.notes} notes, ${(r.textBytes / 1048576).toFixed(1)} MB of text, ${r.spans} spans -> ${r.path} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
}
