// The stub upstream for bench:gateway (its own process): an OpenAI-compatible chat endpoint that
// answers at once with an echo of the last user message (so tokens come back for re-identification),
// as JSON or as 24 SSE chunks. Prints its port on stdout.
import { createServer } from 'node:http';

function pieces(text, n) {
  const size = Math.ceil(text.length / n);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const server = createServer((req, res) => {
  const parts = [];
  req.on('data', (c) => parts.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(parts).toString('utf8'));
    const last = body.messages[body.messages.length - 1];
    const echo = typeof last.content === 'string' ? last.content.slice(0, 1200) : '';
    const base = { id: 'chatcmpl-bench', created: 1_700_000_000, model: body.model };
    if (!body.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: echo }, finish_reason: 'stop' }], usage: { prompt_tokens: 1000, completion_tokens: 300, total_tokens: 1300 } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const chunk = (delta, finish = null) => `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '' }));
    for (const p of pieces(echo, 24)) res.write(chunk({ content: p }));
    res.write(chunk({}, 'stop'));
    res.end('data: [DONE]\n\n');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
