// The SIEM export (GET /admin/v1/audit/export) cut short, on a real server on loopback: when the gateway
// begins to shut down, or reading the log fails, part-way through an export, the body ends with one JSON
// line naming the error and the sequence to resume from, and the chunked body is then aborted (no
// terminating chunk), so a client never takes a cut export for a complete one. The log's second page is
// held (or made to fail) by a wrapper around the audit storage, so the cut falls between known lines.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type AuditStorage, toSiemLine } from '../../src/audit/index.js';
import { sampleEvent } from '../audit/fixtures.js';
import { type TestGateway, startTestGateway } from '../gateway/harness.js';
import { adminKeys } from './client.js';

/** The export reads the log a page at a time; PAGE is audit/reading.ts's. */
const PAGE = 1000;

let heldNow = (): void => undefined;
let release = (): void => undefined;
/** What the wrapped storage does to a read of entries from `from` on: pass it, hold it until released, or fail it. */
const gate = {
  from: PAGE,
  mode: 'pass' as 'pass' | 'hold' | 'fail',
  /** Resolves when a read is held. */
  held: new Promise<void>((r) => (heldNow = r)),
  released: new Promise<void>((r) => (release = r)),
};

function gated(storage: AuditStorage): AuditStorage {
  return new Proxy(storage, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop !== 'readEntries') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      return async (start: number, end: number) => {
        if (start >= gate.from && gate.mode === 'fail') throw new Error('storage read failed (test)');
        if (start >= gate.from && gate.mode === 'hold') {
          heldNow();
          await gate.released;
        }
        return target.readEntries(start, end);
      };
    },
  });
}

let gw: TestGateway;
let auditor: string;
before(async () => {
  gw = await startTestGateway({ admin: true, wrapAuditStorage: gated });
  auditor = (await adminKeys(gw)).auditor;
  for (let i = 0; i < PAGE + 100; i += 100) await Promise.all(Array.from({ length: 100 }, (_, j) => gw.auditLog.append(sampleEvent(i + j))));
});
after(async () => {
  release();
  await gw?.close();
});

interface Read {
  readonly lines: string[];
  /** How the body ended: cleanly, or aborted (the fetch body's read rejected). */
  readonly ending: 'clean' | 'aborted';
}

/** Reads the export's body; `whenLines` runs once that many lines have arrived (the reading goes on). */
async function readExport(path: string, whenLines?: { count: number; run(): Promise<void> }): Promise<Read> {
  const res = await fetch(`${gw.url}/admin/v1${path}`, { headers: { authorization: `Bearer ${auditor}` } });
  assert.equal(res.status, 200);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let ran = false;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch {
      return { lines: text.split('\n').filter(Boolean), ending: 'aborted' };
    }
    if (chunk.done) return { lines: text.split('\n').filter(Boolean), ending: 'clean' };
    text += decoder.decode(chunk.value, { stream: true });
    if (whenLines && !ran && text.split('\n').length - 1 >= whenLines.count) {
      ran = true;
      await whenLines.run();
    }
  }
}

/** Lines compared by count, then the first that differs (an export's lines are long to print). */
function assertSame(actual: readonly string[], expected: readonly string[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: the number of lines`);
  const i = actual.findIndex((l, k) => l !== expected[k]);
  assert.equal(i, -1, `${what}: line ${i} differs`);
}

const siemLines = async (from: number, to: number): Promise<string[]> => (await gw.auditLog.read(from, to)).map(toSiemLine);

test('a read of the log that fails part-way ends the export with the error and where to resume, then aborts the body', async () => {
  gate.mode = 'fail';
  try {
    const r = await readExport('/audit/export');
    assert.equal(r.ending, 'aborted', 'no clean end');
    assertSame(r.lines.slice(0, -1), await siemLines(0, PAGE), 'the first page, whole and in order');
    assert.deepEqual(JSON.parse(r.lines.at(-1) as string), {
      error: { message: 'Internal error', type: 'server_error', param: null, code: 'PHIGATE_INTERNAL' },
      phigate: { resume_from: PAGE },
    });
    const fromThere = await readExport(`/audit/export?from=${PAGE}`);
    assert.equal(fromThere.ending, 'aborted');
    assert.deepEqual(fromThere.lines.map((l) => JSON.parse(l) as { phigate?: { resume_from?: number } }).map((l) => l.phigate?.resume_from), [PAGE], 'cut before any line: resume where it started');
  } finally {
    gate.mode = 'pass';
  }
  const whole = await readExport('/audit/export');
  assert.equal(whole.ending, 'clean', 'an export that is not cut ends cleanly');
  assert.ok(!whole.lines.some((l) => l.includes('"error"')));
});

// The grace period is far longer than the test's timeout: the export must end when the shutdown begins, not
// when the server closes what is left at the end of the grace period, and not wait for the log read it holds.
test('a shutdown part-way through an export ends it with PHIGATE_SHUTTING_DOWN and resume_from, then aborts the body', { timeout: 120_000 }, async () => {
  gate.mode = 'hold';
  let shutdown: Promise<void> | undefined;
  const r = await readExport('/audit/export?from=7', {
    count: PAGE,
    async run() {
      // The first page is out and the export waits on the second: the shutdown begins there.
      await gate.held;
      shutdown = gw.shutdown(600_000);
    },
  });
  release();
  await shutdown;
  assert.equal(r.ending, 'aborted', 'no clean end: a client cannot take it for a complete export');
  // Read a page at a time from 7: the second page, from 7 + PAGE, is the one held.
  assertSame(r.lines.slice(0, -1), await siemLines(7, 7 + PAGE), 'every line before the cut, from the asked position');
  const last = JSON.parse(r.lines.at(-1) as string) as { error: { code: string; type: string; message: string }; phigate: { resume_from: number } };
  assert.deepEqual([last.error.code, last.error.type, last.phigate], ['PHIGATE_SHUTTING_DOWN', 'server_error', { resume_from: 7 + PAGE }]);
  assert.match(last.error.message, /resume_from/);
  const logged = gw.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['action'] === 'admin.audit.export');
  assert.deepEqual(
    logged.slice(-2).map((l) => [l['event'], l['code']]),
    [
      ['stream_error', 'PHIGATE_SHUTTING_DOWN'],
      ['request', 'PHIGATE_SHUTTING_DOWN'],
    ],
  );
});
