// Through the gateway: the site's placeholder patterns and assistant names (deid.allowPatterns,
// deid.assistantNames) leave as written, while every identifier beside them still leaves as a token,
// with the analysis on the event loop and on an analysis thread (serve's default), built from the config.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { type TestGateway, startTestGateway } from './harness.js';

const NAME = 'Philomena Canarywood';
const MRN = '48213957';
const TOKEN = /\[\[[A-Z]{2,12}_[0-9a-f]{12,64}\]\]/g;
const DEID = '  allowPatterns:\n    - { pattern: "firstname lastname", flags: i }\n  assistantNames: [Aurelio]\n';

for (const analysisThreads of [0, 1]) {
  describe(`allow rules, ${analysisThreads === 0 ? 'analysis on the event loop' : 'an analysis thread'}`, () => {
    let gw: TestGateway | undefined;
    after(async () => gw?.close());

    test('the template slot and the assistant leave as written; the patient still leaves as tokens', async () => {
      gw = await startTestGateway({ ...(analysisThreads > 0 ? { analysisThreads } : {}), more: { deid: DEID } });
      const content = `Aurelio, fill this prompt template: "Dear Firstname Lastname, your results are ready." Then a version for ${NAME}, MRN ${MRN}.`;
      const res = await fetch(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${gw.keys.clinician}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-deid', messages: [{ role: 'user', content }] }),
      });
      assert.equal(res.status, 200);
      const raw = gw.upstream.requests.at(-1)?.raw ?? '';
      assert.ok(raw.includes('Dear Firstname Lastname,'), 'the allowed slot is sent as written');
      assert.ok(raw.includes('Aurelio, fill this prompt'), 'the assistant name is sent as written');
      for (const canary of ['Canarywood', 'Philomena', MRN]) assert.ok(!raw.includes(canary), 'the patient does not leave');
      assert.ok((raw.match(TOKEN) ?? []).length >= 2, 'the identifiers left as tokens');
    });
  });
}
