import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildTables, encodeTablesSnapshot, markIndexWords, readTablesSnapshot, tablesDigest, WORD_INDEXED, type Dictionaries } from './index.js';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_HEADER_BYTES, snapshotHeaderHolds, type TableSnapshot } from './snapshot.js';
import type { WordTable } from './word-table.js';

const entries = (t: WordTable): Map<string, number> => {
  const m = new Map<string, number>();
  t.forEach((word, value) => m.set(word, value));
  return m;
};

function assertSameTables(got: TableSnapshot, want: TableSnapshot): void {
  assert.equal(got.maxCityWords, want.maxCityWords);
  assert.equal(got.tables.length, want.tables.length);
  got.tables.forEach((table, i) => {
    const w = want.tables[i] as WordTable;
    const expected = entries(w);
    assert.ok(expected.size > 1000, 'the built table has its words');
    assert.deepEqual(entries(table), expected);
    // Look-ups, not only iteration: short (inline) and long (pooled) keys, and words that are absent.
    for (const word of [...expected.keys()].filter((_, k) => k % 97 === 0)) assert.equal(table.get(word), w.get(word));
    for (const word of ['zzqxv', 'notawordatallinanylist', 'é']) assert.equal(table.get(word), w.get(word));
  });
}

const built = buildTables();
const digest = tablesDigest() as Uint8Array;
/** The digest of other word lists or code: any other 32 bytes. */
const OTHER_DIGEST = Buffer.alloc(32, 7);

test('a snapshot decodes to the tables it was made from', () => {
  assertSameTables(decodeSnapshot(encodeSnapshot(built, digest), digest) as TableSnapshot, built);
});

test('a restored table still takes new words (the analyzer marks its index words after loading)', () => {
  const restored = decodeSnapshot(encodeSnapshot(built, digest), digest) as TableSnapshot;
  const table = restored.tables[0] as WordTable;
  const longWord = [...entries(table).keys()].find((w) => w.length > 12) as string;
  const before = table.get(longWord);
  table.orWords(['qwzxjk', 'averyveryverylongnewword'], 8);
  assert.equal(table.get('qwzxjk'), 8);
  assert.equal(table.get('averyveryverylongnewword'), 8);
  assert.equal(table.get(longWord), before, 'keys already in the pool are still found after it grows');
});

test('a snapshot of other inputs, another format or a damaged file is not used', () => {
  const bytes = encodeSnapshot(built, digest);
  assert.equal(decodeSnapshot(bytes, OTHER_DIGEST), undefined, 'another digest');
  assert.equal(decodeSnapshot(bytes.subarray(0, bytes.length - 4), digest), undefined, 'truncated');
  assert.equal(decodeSnapshot(bytes.subarray(0, 20), digest), undefined, 'only a header');
  const badMagic = bytes.slice();
  badMagic[0] = (badMagic[0] as number) ^ 0xff;
  assert.equal(decodeSnapshot(badMagic, digest), undefined, 'magic (or byte order)');
  const badSize = bytes.slice();
  new Int32Array(badSize.buffer)[12] = 1000; // the first table's size: not a power of two
  assert.equal(decodeSnapshot(badSize, digest), undefined, 'inconsistent table');
  const full = bytes.slice();
  const fullInts = new Int32Array(full.buffer);
  for (let k = 16 + 1; k < 16 + (fullInts[12] as number) * 4; k += 4) fullInts[k] ||= 1; // every slot of the first table occupied
  assert.equal(decodeSnapshot(full, digest), undefined, 'a table without an empty slot (a probe for an absent word would not end)');
  const hugeSize = bytes.slice();
  new Int32Array(hugeSize.buffer)[12] = 1 << 30; // a power of two, but gigabytes of slots
  assert.equal(decodeSnapshot(hugeSize, digest), undefined, 'a size no table has is not allocated');
});

test('a snapshot in a buffer that does not start on a 4-byte boundary still decodes', () => {
  const bytes = encodeSnapshot(built, digest);
  const shifted = new Uint8Array(bytes.length + 1).subarray(1);
  shifted.set(bytes);
  assertSameTables(decodeSnapshot(shifted, digest) as TableSnapshot, built);
});

test('the digest changes with any word list or module the tables are made from, and is undefined when one cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-table-sources-'));
  try {
    mkdirSync(join(dir, 'generated'));
    const modules = ['index', 'lexicon', 'word-table', 'snapshot', ...['common-words', 'first-names', 'surnames', 'us-cities-all', 'us-cities-major', 'world-towns', 'world-towns-major', 'world-towns-words'].map((g) => `generated/${g}`)];
    for (const m of modules) copyFileSync(new URL(`./${m}.ts`, import.meta.url), join(dir, `${m}.ts`));
    const here = pathToFileURL(join(dir, 'index.ts')).href;
    assert.deepEqual(tablesDigest(here), digest, 'the same sources give the same digest');
    writeFileSync(join(dir, 'generated', 'surnames.ts'), '// one more line\n', { flag: 'a' });
    assert.notDeepEqual(tablesDigest(here), digest, 'a word list changed');
    rmSync(join(dir, 'lexicon.ts'));
    assert.equal(tablesDigest(here), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the file the build writes is read back; a missing or stale file falls back to building', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-tables-'));
  try {
    const file = join(dir, 'word-tables.bin');
    assert.equal(readTablesSnapshot(file), undefined, 'missing');
    writeFileSync(file, await encodeTablesSnapshot());
    assertSameTables(readTablesSnapshot(file) as TableSnapshot, built);
    writeFileSync(file, encodeSnapshot(built, OTHER_DIGEST));
    assert.equal(readTablesSnapshot(file), undefined, 'stale');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the header alone tells whether a snapshot is of this code (the word lists are imported only when it is not)', () => {
  const bytes = encodeSnapshot(built, digest);
  assert.ok(snapshotHeaderHolds(bytes.subarray(0, SNAPSHOT_HEADER_BYTES), digest));
  assert.ok(!snapshotHeaderHolds(bytes.subarray(0, SNAPSHOT_HEADER_BYTES), OTHER_DIGEST), 'another digest');
  assert.ok(!snapshotHeaderHolds(bytes.subarray(0, SNAPSHOT_HEADER_BYTES - 1), digest), 'truncated');
  const otherFormat = bytes.slice(0, SNAPSHOT_HEADER_BYTES);
  otherFormat[4] = 99;
  assert.ok(!snapshotHeaderHolds(otherFormat, digest), 'another format');
  const shifted = new Uint8Array(SNAPSHOT_HEADER_BYTES + 1).subarray(1);
  shifted.set(bytes.subarray(0, SNAPSHOT_HEADER_BYTES));
  assert.ok(snapshotHeaderHolds(shifted, digest), 'a header at any byte offset');
});

test('format 3: a restored table reads its slots where the bytes are (no copy), and words added later go there', () => {
  const bytes = encodeSnapshot(built, digest);
  const before = bytes.slice();
  const restored = decodeSnapshot(bytes, digest) as TableSnapshot;
  assert.deepEqual(bytes, before, 'decoding writes nothing');
  (restored.tables[0] as WordTable).orWords(['qwzxjkv'], 8);
  assert.notDeepEqual(bytes, before, 'the new word is in the snapshot bytes the table was read from');
  assert.equal((restored.tables[0] as WordTable).get('qwzxjkv'), 8);
});

test('the index words the build flags are in the snapshot, and markIndexWords then adds nothing', async () => {
  const words = ['qqzzindexword', 'anotherindexedwordthatislong', 'monday'];
  const flagged = decodeSnapshot(await encodeTablesSnapshot(words), digest) as TableSnapshot;
  const plain = decodeSnapshot(await encodeTablesSnapshot(), digest) as TableSnapshot;
  const wordClass = flagged.tables[0] as WordTable;
  for (const w of words) assert.equal(((wordClass.get(w) ?? 0) & WORD_INDEXED) !== 0, true, w);
  const pool = (t: WordTable): string => (t as unknown as { pool: string }).pool;
  const poolBefore = pool(wordClass);
  markIndexWords({ wordClass } as Dictionaries, words);
  assert.equal(pool(wordClass), poolBefore, 'nothing added: the key pool is not copied');
  // The same values either way: flagged by the build or by markIndexWords at the first view.
  const plainClass = plain.tables[0] as WordTable;
  markIndexWords({ wordClass: plainClass } as Dictionaries, words);
  assert.deepEqual(entries(plainClass), entries(wordClass));
  for (const w of [...words, 'zzzznotthere']) assert.equal(plainClass.get(w), wordClass.get(w), w);
});

test('a key count that does not match the slots is corrected before words are added (it decides when the table grows)', () => {
  const bytes = encodeSnapshot(built, digest);
  const ints = new Int32Array(bytes.buffer);
  const size = ints[12] as number;
  ints[13] = size / 2; // the first table's key count: as if it were full, which would make it grow at the next word
  const table = (decodeSnapshot(bytes, digest) as TableSnapshot).tables[0] as WordTable;
  const want = built.tables[0] as WordTable;
  table.orWords(['qwzxjkv'], 8);
  assert.equal(table.toState().size, size, 'counted, not grown');
  assert.equal(table.toState().count, want.toState().count + 1);
  assert.equal(table.get('qwzxjkv'), 8);
});
