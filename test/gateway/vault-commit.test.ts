// The vault's commit runs alongside the upstream call (stages/deidentify.ts): the tokens are decided
// before it, sent upstream while it reaches the disk, and nothing is re-identified or returned before it
// succeeded. A commit that fails (here for real: a deferred constraint trigger refuses it, after the
// insert itself went through) fails the request with the store's error, as when the commit came first,
// and the upstream call is aborted, its answer never read. On PostgreSQL (when reachable) and PGlite, whose
// vault commits before it answers (nothing to overlap there: vault.ts deferCommits), so the same error comes
// from the insert, and a held commit is the test's stand-in.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VaultPort } from '../../src/gateway/index.js';
import type { TokenVault } from '../../src/vault/index.js';
import { postgresReachable } from '../store/harness.js';
import { type TestGateway, startTestGateway } from './harness.js';

const TOKEN = /\[\[[A-Z]{2,12}_[0-9a-f]{12,64}\]\]/;
// The error a refused commit gave before the overlap, when the insert committed on its own.
const STATEMENT_ERROR = 'Database error during a query (SQLSTATE P0001)';

interface Answer {
  readonly status: number;
  readonly text: string;
}

function deferred(): { promise: Promise<void>; release(): void } {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  return { promise, release };
}

const settledWithin = (p: Promise<unknown>, ms: number): Promise<boolean> =>
  Promise.race([p.then(() => true, () => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(cond(), what);
}

const pgUp = await postgresReachable();

for (const engine of ['postgres', 'pglite'] as const) {
  describe(`the vault commit overlaps the upstream call [${engine}]`, () => {
    const reachable = engine === 'pglite' || pgUp;
    let gw: TestGateway;
    // While set, every commit is held until it is released (a slow disk).
    let hold: Promise<void> | undefined;
    const wrapVault = (v: TokenVault): VaultPort => ({
      tokenizeMany: (items, scope, opts) => v.tokenizeMany(items, scope, opts),
      detokenizeMany: (tokens, scope) => v.detokenizeMany(tokens, scope),
      async reserveMany(items, scope, opts) {
        const r = await v.reserveMany(items, scope, opts);
        const slow = hold;
        // (On PGlite the vault commits before it answers: the held commit stands for one that does not.)
        const committed = slow ? (r.committed ?? Promise.resolve()).then(() => slow) : r.committed;
        return committed ? { tokens: r.tokens, committed } : { tokens: r.tokens };
      },
    });
    before(async () => {
      if (reachable) gw = await startTestGateway({ wrapVault, ...(engine === 'pglite' ? { engine } : {}) });
    });
    after(async () => {
      await gw?.close();
    });

    async function chat(content: string, stream: boolean): Promise<Answer> {
      const res = await fetch(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.clinician}` },
        body: JSON.stringify({ model: 'gpt-deid', stream, messages: [{ role: 'user', content }] }),
      });
      return { status: res.status, text: await res.text() };
    }

    test('a slow commit: the upstream is called before it ends, the answer waits for it and resolves every token', { skip: !reachable && 'PostgreSQL not reachable' }, async () => {
      for (const stream of [false, true]) {
        const name = stream ? 'Ottoline Brackwater' : 'Perpetua Haldane';
        const slow = deferred();
        hold = slow.promise;
        const seen = gw.upstream.requests.length;
        const answer = chat(`Summarise the visit of ${name}, MRN 48213${stream ? 7 : 6}.`, stream);
        await until(() => gw.upstream.requests.length > seen, 'the upstream was called while the commit was still held');
        const sent = gw.upstream.requests[seen]?.raw ?? '';
        assert.ok(TOKEN.test(sent) && !sent.includes(name), 'it got tokens, not the name');
        assert.equal(await settledWithin(answer, 300), false, 'no answer before the commit');
        hold = undefined;
        slow.release();
        const r = await answer;
        assert.equal(r.status, 200);
        assert.ok(r.text.includes(name.split(' ')[0] as string), 'the name came back');
        assert.ok(!TOKEN.test(r.text), 'every token resolved');
      }
    });

    test('a commit the database refuses fails the request with the store error, and the upstream call is abandoned', { skip: !reachable && 'PostgreSQL not reachable' }, async () => {
      const t = `${gw.storeAt.schema}.vault_tokens`;
      const fn = `${gw.storeAt.schema}.refuse_commit`;
      await gw.sql.exec(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
        CREATE CONSTRAINT TRIGGER refuse_commit AFTER INSERT ON ${t} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${fn}();`);
      try {
        for (const stream of [false, true]) {
          const name = stream ? 'Leopold Marchbanks' : 'Wilhelmina Cray';
          // The upstream holds its answer: only an aborted call lets the gateway answer before it.
          const upstreamHeld = deferred();
          gw.upstream.failNext({ status: 500, after: upstreamHeld.promise });
          const r = await chat(`Call ${name} about MRN 55120${stream ? 9 : 8}.`, stream);
          upstreamHeld.release();
          gw.upstream.clearFailures();
          assert.equal(r.status, 500);
          const body = JSON.parse(r.text) as { error: { code: string; message: string } };
          assert.equal(body.error.code, 'PHIGATE_STORE_FAILURE');
          assert.equal(body.error.message, STATEMENT_ERROR, "the statement's error, as when the commit came first");
          assert.ok(!r.text.includes(name) && !TOKEN.test(r.text), 'nothing of the answer came back');
          const event = (await gw.auditEvents()).at(-1);
          assert.equal(event?.reason, 'PHIGATE_STORE_FAILURE', 'audited with the store error');
        }
        // The same values once the database takes commits again: new tokens, resolved.
        await gw.sql.exec(`DROP TRIGGER refuse_commit ON ${t}`);
        const r = await chat('Call Wilhelmina Cray about MRN 551208.', false);
        assert.equal(r.status, 200);
        assert.ok(r.text.includes('Wilhelmina') && !TOKEN.test(r.text), 'stored and resolved this time');
      } finally {
        await gw.sql.exec(`DROP TRIGGER IF EXISTS refuse_commit ON ${t}; DROP FUNCTION IF EXISTS ${fn}()`);
      }
    });
  });
}
