// CPU of chosen recognizers in two built engines, in one process: each build makes its views and gates of every note
// once, then passes over the notes call only those recognizers (where their gates let them, as the analyzer does),
// the builds' passes alternated A, B, B, A, ... so that the machine's noise falls on both. For a change to a few
// recognizers, whose share of a whole pass is below what separate processes can tell apart on a busy machine.
// Only for recognizers that keep nothing per view (a view is read by many passes).
//
// usage: node bench/recognizer-ab.mjs --a DIST --b DIST --ids id1,id2 [--passes N] corpus.jsonl ...
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const USAGE = 'usage: node bench/recognizer-ab.mjs --a DIST --b DIST --ids id1,id2 [--passes N] corpus.jsonl ...';
const opts = { a: undefined, b: undefined, ids: [], passes: 16, corpora: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  const value = () => argv[++i] ?? '';
  if (arg === '--a') opts.a = resolve(value());
  else if (arg === '--b') opts.b = resolve(value());
  else if (arg === '--ids') opts.ids = value().split(',').filter(Boolean);
  else if (arg === '--passes') opts.passes = Number(value());
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else opts.corpora.push(arg);
}
if (!opts.a || !opts.b || opts.ids.length === 0 || opts.corpora.length === 0 || !(opts.passes >= 2)) {
  console.error(USAGE);
  process.exit(2);
}

const texts = opts.corpora.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l).text));

/** One build's pass: its recognizers over its prepared views; returns [CPU ms, candidates]. */
async function prepare(dist) {
  const { BUILT_IN_RECOGNIZERS: all } = await import(`${dist}/deid/recognizers/registry.js`);
  const { createDocumentView } = await import(`${dist}/deid/analyze.js`);
  const { RecognizerGates } = await import(`${dist}/deid/recognizers/types.js`);
  const ks = opts.ids.map((id) => all.findIndex((r) => r.id === id));
  if (ks.some((k) => k < 0)) throw new Error(`${dist}: no recognizer ${opts.ids[ks.indexOf(-1)]}`);
  const indexWords = new Set(all.flatMap((r) => r.indexWords ?? []));
  const gates = new RecognizerGates(all);
  const docs = texts.map((t) => createDocumentView(t, indexWords));
  const allowed = docs.map((d) => {
    const out = new Uint8Array(all.length);
    gates.allowedIn(d, out);
    return out;
  });
  const finds = ks.map((k) => all[k].find.bind(all[k]));
  return () => {
    let found = 0;
    const c0 = process.cpuUsage();
    for (let i = 0; i < docs.length; i++) for (let q = 0; q < finds.length; q++) if (allowed[i][ks[q]] === 1) found += finds[q](docs[i]).length;
    const c = process.cpuUsage(c0);
    return [(c.user + c.system) / 1000, found];
  };
}

const passA = await prepare(opts.a);
const passB = await prepare(opts.b);
passA();
passB(); // warm-up
const ta = [];
const tb = [];
let foundA = 0;
let foundB = 0;
for (let p = 0; p < opts.passes; p++) {
  const order = p % 2 === 0 ? [passA, passB] : [passB, passA];
  for (const pass of order) {
    const [ms, found] = pass();
    if (pass === passA) (ta.push(ms), (foundA = found));
    else (tb.push(ms), (foundB = found));
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const [ma, mb] = [median(ta), median(tb)];
console.log(`| recognizers | notes | A ms (median of ${opts.passes}) | B ms | B / A | candidates A / B |`);
console.log('|---|---|---|---|---|---|');
console.log(`| ${opts.ids.join(', ')} | ${texts.length} | ${ma.toFixed(1)} | ${mb.toFixed(1)} | ${(mb / ma).toFixed(3)} | ${foundA} / ${foundB} |`);
