// Preloaded into the CLI under test (node --import) to make files fail while a run is under way, as they do
// in real life: PHIGATE_TEST_VANISH=A:B deletes B when A is opened (B was listed, then goes away);
// PHIGATE_TEST_EIO=C makes reading C fail after its first chunk, as a failing disk or network share does;
// PHIGATE_TEST_GONE_AT_STAT=D deletes D just before it is stat'ed (listed in its folder, gone a moment later).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { Readable } from 'node:stream';

const [opened, vanish] = (process.env.PHIGATE_TEST_VANISH ?? '').split(':');
const failing = process.env.PHIGATE_TEST_EIO;
const goneAtStat = process.env.PHIGATE_TEST_GONE_AT_STAT;
const original = fs.createReadStream;
const originalStat = fs.statSync;

fs.statSync = function statSync(path, options) {
  if (goneAtStat && String(path) === goneAtStat) fs.rmSync(goneAtStat, { force: true });
  return originalStat.call(fs, path, options);
};

fs.createReadStream = function createReadStream(path, options) {
  if (vanish && String(path) === opened) fs.rmSync(vanish, { force: true });
  const stream = original.call(fs, path, options);
  if (String(path) !== failing) return stream;
  return Readable.from(
    (async function* () {
      for await (const chunk of stream) {
        yield chunk;
        stream.destroy();
        throw Object.assign(new Error(`EIO: i/o error, read`), { code: 'EIO', errno: -5, syscall: 'read', path: String(path) });
      }
    })(),
  );
};
syncBuiltinESMExports();
