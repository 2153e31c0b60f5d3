// The throughput driver of bench:gateway: HTTP/1.1 keep-alive connections over node:net that write
// each request as one buffer and read just enough of the answer (status, length or chunks) to know it
// is complete, as autocannon does. The driver shares the machine's two cores with the gateway, the stub
// and PostgreSQL, so every CPU-microsecond it spends per call is one the gateway cannot use; node:http's
// client costs several times more per call. Latency and time to first token are measured with node:http
// (bench/gateway.mjs), where the driver's own cost is the same on both paths and nothing is saturated.
import { connect } from 'node:net';

const CRLF2 = Buffer.from('\r\n\r\n');

/** One connection; `send(bytes)` resolves with { status, body } once the whole answer is in. */
export function openConnection(port) {
  const socket = connect({ host: '127.0.0.1', port, noDelay: true });
  let buf = Buffer.alloc(0);
  let waiting = null;
  const ready = new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.on('error', (err) => waiting?.reject(err));
  socket.on('close', () => waiting?.reject(new Error('connection closed mid-answer')));
  socket.on('data', (chunk) => {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    const done = complete(buf);
    if (done === null) return;
    const w = waiting;
    waiting = null;
    buf = buf.subarray(done.length);
    w?.resolve(done);
  });
  return {
    ready,
    send(bytes) {
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        socket.write(bytes);
      });
    },
    close: () => socket.destroy(),
  };
}

/** The answer at the start of `buf` when it is complete: its status, body bytes and total length; else null. */
function complete(buf) {
  const headEnd = buf.indexOf(CRLF2);
  if (headEnd < 0) return null;
  const head = buf.toString('latin1', 0, headEnd);
  const status = Number(head.slice(9, 12));
  const bodyStart = headEnd + 4;
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (length) {
    const end = bodyStart + Number(length[1]);
    return buf.length >= end ? { status, body: buf.subarray(bodyStart, end), length: end } : null;
  }
  if (!/\r\ntransfer-encoding: *chunked/i.test(head)) throw new Error('an answer with neither a length nor chunks');
  // Chunked: size line, data, CRLF ... until the zero-size chunk and its closing CRLF.
  const parts = [];
  let at = bodyStart;
  for (;;) {
    const lineEnd = buf.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = parseInt(buf.toString('latin1', at, lineEnd), 16);
    if (size === 0) {
      if (buf.length < lineEnd + 4) return null;
      return { status, body: Buffer.concat(parts), length: lineEnd + 4 };
    }
    const dataEnd = lineEnd + 2 + size;
    if (buf.length < dataEnd + 2) return null;
    parts.push(buf.subarray(lineEnd + 2, dataEnd));
    at = dataEnd + 2;
  }
}

/** A POST of a JSON body as one buffer. */
export function postBytes(port, path, headers, body) {
  const bytes = Buffer.from(body);
  let head = `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-length: ${bytes.length}\r\n`;
  for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
  return Buffer.concat([Buffer.from(`${head}\r\n`, 'latin1'), bytes]);
}
