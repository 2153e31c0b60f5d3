// The chat call that bench:gateway and bench:gateway-stages both time: the same ~1,000-token prompt with 20
// identifiers, the same body and headers, timed from the request's start to its end and to the first SSE event
// that carries content (time to first token).
import { request } from 'node:http';

/** The store's URL from `--postgres [URL]` (or PHIGATE_BENCH_DB); undefined without the flag and the variable. */
export function postgresUrl(args) {
  const at = args.indexOf('--postgres');
  if (at < 0) return process.env.PHIGATE_BENCH_DB;
  return args[at + 1]?.startsWith('postgres') ? args[at + 1] : (process.env.PHIGATE_BENCH_DB ?? 'postgres://postgres@127.0.0.1:5432/test');
}

// ~1,000 tokens (~4,100 characters) with 20 identifiers of 5 kinds.
const IDS = ['Mr. Ezekiel Canaryfield', 'MRN 48213957', '617-555-0142', 'ezekiel.canary@example.org', '03/14/1952'];
export const BENCH_PROMPT = Array.from({ length: 20 }, (_, i) =>
  `The patient reported steady improvement after the change in medication, with no new complaints overnight. ${IDS[i % IDS.length]} was reviewed on rounds today and the plan was discussed at length with the family, who agreed with it. `).join('');

/** A call's JSON body and headers (without content-length): the prompt with `tail` after it, so no cache answers it. */
export function chatShape(key, stream, tail, conversation) {
  const body = JSON.stringify({ model: 'bench-model', stream, messages: [{ role: 'system', content: 'You summarise clinical notes.' }, { role: 'user', content: `${BENCH_PROMPT} (${tail})` }] });
  const headers = { 'content-type': 'application/json', 'x-phigate-conversation': conversation };
  if (key) headers.authorization = `Bearer ${key}`;
  return { body, headers };
}

/**
 * One call; resolves { total, ttft } in ms (ttft: the first SSE event with content, for streams). Through phigate
 * (`key` given) an answer with a token left in it ("[[") fails the call.
 */
export function timedChatCall(agent, port, key, stream, { body, headers: shape }) {
  const headers = { ...shape, 'content-length': Buffer.byteLength(body) };
  const t0 = performance.now();
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/v1/chat/completions', method: 'POST', headers, agent }, (res) => {
      let ttft = null;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        if (ttft === null && stream && /"content":"[^"]/.test(d)) ttft = performance.now() - t0;
        text += d;
      });
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
        if (key && text.includes('[[')) return reject(new Error('a token was left unresolved'));
        resolvePromise({ total: performance.now() - t0, ttft });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
