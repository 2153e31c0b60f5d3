// The streaming core of `phigate deid`: text inputs are de-identified piece by piece (text-chunks.ts),
// JSONL inputs line by line. At most `window` pieces are in flight (a batch without analysis threads,
// analysed together by batchAnalyses; a few per thread with them) and output keeps input order, so memory stays flat whatever the input size.
// A bad input (or JSONL line) is reported by name and line, and the rest go on.
import { PhigateError, normalizeError } from '../errors.js';
import { parseJsonObject } from '../deid/eval/index.js';
import type { Finding } from '../deid/types.js';
import { type ByteLine, byteLines } from './byte-lines.js';
import type { DeidEngine } from './deid-engine.js';
import { formatInputError, formatJsonInputError } from './exit.js';
import { fileError, isFsError } from './file-errors.js';
import type { InputFile } from './inputs.js';
import type { Sink } from './output.js';
import type { Progress } from './progress.js';
import { DEFAULT_MAX_CHUNK, TextChunker } from './text-chunks.js';
import { decodeUtf8, decodeUtf8Line } from './utf8-input.js';

export interface InputError {
  readonly input: string;
  readonly line?: number;
  readonly code: string;
  readonly message: string;
}

export interface RunStats {
  inputs: number;
  failedInputs: number;
  records: number;
  failedRecords: number;
  bytes: number;
  findingsByType: Record<string, number>;
  /** All errors counted; the first MAX_KEPT_ERRORS kept for the --json summary. */
  errorCount: number;
  errors: InputError[];
  errorsPerInput: Map<string, number>;
}

const MAX_KEPT_ERRORS = 1000;

export function newStats(): RunStats {
  return { inputs: 0, failedInputs: 0, records: 0, failedRecords: 0, bytes: 0, findingsByType: {}, errorCount: 0, errors: [], errorsPerInput: new Map() };
}

export interface RunContext {
  readonly engine: DeidEngine;
  readonly patientId: string | undefined;
  readonly progress: Progress;
  readonly stats: RunStats;
  /** Prints one error line; messages hold names and line numbers only. */
  readonly report: (line: string) => void;
  /** --json: every failure as one JSON object (formatJsonInputError), none left out, instead of the first few as text. */
  readonly json?: boolean;
  readonly maxChunk?: number;
  /** Texts analysed at once (default 1); output still follows input order. */
  readonly window?: number;
}

/**
 * Keeps up to `size` results in flight and hands them out oldest first. A result that fails is only
 * seen when its turn comes (its rejection is marked handled at once, so it cannot crash the process
 * while an earlier one is awaited).
 */
class OrderedWindow<T> {
  private readonly queue: Promise<T>[] = [];
  constructor(private readonly size: number) {}

  /** Adds one; resolves with the oldest result once the window is full, else undefined. */
  async push(result: Promise<T>): Promise<{ value: T } | undefined> {
    result.catch(() => undefined);
    this.queue.push(result);
    return this.queue.length >= this.size ? { value: await (this.queue.shift() as Promise<T>) } : undefined;
  }

  /** The rest, oldest first. */
  async *drain(): AsyncGenerator<T> {
    while (this.queue.length > 0) yield await (this.queue.shift() as Promise<T>);
  }
}

/** Errors printed per input before the rest are only counted. */
const MAX_REPORTED_PER_INPUT = 20;

function countFindings(stats: RunStats, findings: readonly Finding[]): void {
  for (const f of findings) stats.findingsByType[f.type] = (stats.findingsByType[f.type] ?? 0) + 1;
}

async function* counted(source: AsyncIterable<Uint8Array>, ctx: RunContext): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    ctx.stats.bytes += chunk.length;
    ctx.progress.addBytes(chunk.length);
    yield chunk;
  }
}

function recordError(ctx: RunContext, input: string, err: unknown, line?: number): void {
  // Output errors arrive named by the sink; a file-system error left is the input's own (unreadable, gone).
  const e = normalizeError(isFsError(err) && err.path !== undefined ? fileError(err, 'read', input) : err);
  const detailLine = typeof e.details?.line === 'number' ? e.details.line : line;
  const stats = ctx.stats;
  stats.errorCount++;
  if (stats.errors.length < MAX_KEPT_ERRORS) stats.errors.push({ input, ...(detailLine !== undefined ? { line: detailLine } : {}), code: e.code, message: e.message });
  const sameInput = (stats.errorsPerInput.get(input) ?? 0) + 1;
  stats.errorsPerInput.set(input, sameInput);
  if (ctx.json) {
    ctx.report(formatJsonInputError(input, line, e));
  } else if (sameInput <= MAX_REPORTED_PER_INPUT) {
    ctx.report(formatInputError(input, line, e));
  } else if (sameInput === MAX_REPORTED_PER_INPUT + 1) {
    ctx.report(`phigate: ${input}: more errors; only the first ${MAX_REPORTED_PER_INPUT} are shown`);
  }
}

/** De-identifies one text input into `sink`. Returns false (after reporting) if the input failed. */
export async function deidTextInput(file: InputFile, sink: Sink, ctx: RunContext): Promise<boolean> {
  ctx.stats.inputs++;
  const chunker = new TextChunker(ctx.maxChunk ?? DEFAULT_MAX_CHUNK);
  const window = new OrderedWindow<string>(ctx.window ?? 1);
  const deid = async (piece: string): Promise<string> => {
    const r = await ctx.engine.deidentify(piece, ctx.patientId);
    countFindings(ctx.stats, r.findings);
    return r.text;
  };
  const emit = async (piece: string) => {
    const ready = await window.push(deid(piece));
    if (ready) await sink.write(ready.value);
  };
  try {
    for await (const text of decodeUtf8(counted(file.open(), ctx), file.name)) {
      for (const piece of chunker.push(text)) await emit(piece);
    }
    for (const piece of chunker.end()) await emit(piece);
    for await (const text of window.drain()) await sink.write(text);
    await sink.close();
    return true;
  } catch (err) {
    await sink.abort();
    ctx.stats.failedInputs++;
    recordError(ctx, file.name, err);
    return false;
  } finally {
    ctx.progress.inputDone();
  }
}

interface JsonlRecord {
  readonly id: string | number;
  readonly text: string;
  readonly patient?: string;
}

function parseRecord(text: string): JsonlRecord {
  const { id, text: body, patient } = parseJsonObject(text);
  if (typeof id !== 'string' && typeof id !== 'number') throw new PhigateError('PHIGATE_BAD_INPUT', 'missing "id" (string or number)');
  if (typeof body !== 'string') throw new PhigateError('PHIGATE_BAD_INPUT', 'missing "text" (string)');
  if (patient !== undefined && typeof patient !== 'string') throw new PhigateError('PHIGATE_BAD_INPUT', '"patient" must be a string');
  return { id, text: body, ...(patient !== undefined ? { patient } : {}) };
}

/**
 * De-identifies one JSONL input: one output line per good input line, in order. Bad lines are reported
 * by number and skipped. Returns false if any line failed.
 */
export async function deidJsonlInput(file: InputFile, sink: Sink, ctx: RunContext): Promise<boolean> {
  ctx.stats.inputs++;
  let ok = true;
  const window = new OrderedWindow<string | undefined | false>(ctx.window ?? 1);
  const put = async (out: string | undefined | false): Promise<void> => {
    if (out === false) ok = false;
    else if (out !== undefined) await sink.write(out);
  };
  try {
    for await (const entry of byteLines(counted(file.open(), ctx))) {
      const ready = await window.push(processLine(entry, file.name, ctx));
      if (ready) await put(ready.value);
    }
    for await (const out of window.drain()) await put(out);
    await sink.close();
  } catch (err) {
    // Only output errors (a closed pipe, a full disk) get here: the input is abandoned.
    await sink.abort();
    ok = false;
    recordError(ctx, file.name, err);
  } finally {
    ctx.progress.inputDone();
  }
  if (!ok) ctx.stats.failedInputs++;
  return ok;
}

/** The output line for one input line; undefined for a blank line; false if it failed (reported). */
async function processLine(entry: ByteLine, name: string, ctx: RunContext): Promise<string | undefined | false> {
  let counted = false;
  try {
    if (entry.tooLong) throw new PhigateError('PHIGATE_INPUT_TOO_LARGE', 'line is longer than the limit');
    const text = decodeUtf8Line(entry.bytes, name, entry.line);
    if (text.trim() === '') return undefined;
    ctx.stats.records++;
    counted = true;
    const rec = parseRecord(text);
    const patientId = rec.patient ?? ctx.patientId;
    if (ctx.engine.needsPatient && patientId === undefined) {
      throw new PhigateError('PHIGATE_BAD_INPUT', 'date-shift needs a patient id: give the record a "patient" field or pass --patient');
    }
    const r = await ctx.engine.deidentify(rec.text, patientId);
    countFindings(ctx.stats, r.findings);
    const findings = r.findings.map((f) => ({ start: f.start, end: f.end, type: f.type, score: f.score, recognizer: f.recognizer }));
    return `${JSON.stringify({ id: rec.id, text: r.text, findings })}\n`;
  } catch (err) {
    if (!counted) ctx.stats.records++;
    ctx.stats.failedRecords++;
    recordError(ctx, name, err, entry.line);
    return false;
  }
}

/** Reads a whole input for --explain, up to `limit` bytes. */
export async function readWholeText(file: InputFile, limit: number): Promise<string> {
  let text = '';
  let bytes = 0;
  const source = async function* () {
    for await (const chunk of file.open()) {
      bytes += chunk.length;
      if (bytes > limit) throw new PhigateError('PHIGATE_INPUT_TOO_LARGE', `${file.name} is larger than ${limit} bytes; --explain is for reviewing single notes`);
      yield chunk;
    }
  };
  for await (const piece of decodeUtf8(source(), file.name)) text += piece;
  return text;
}
