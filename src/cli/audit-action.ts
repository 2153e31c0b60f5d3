// What the `phigate audit` subcommands do (commands/audit.ts registers them and imports this module only
// when one runs, so that other commands do not load the audit log, the store and its PostgreSQL driver).
// Reading subcommands work on the live store or on an export directory (see audit-source.ts).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PhigateError } from '../errors.js';
import {
  accountDisclosuresFrom,
  consistencyProofReport,
  createPatientHasher,
  disclosureSearch,
  inclusionProofReport,
  searchHit,
  DISCLOSURE_FORMATS,
  defaultSince,
  generateNoteKey,
  parseVerifierKey,
  renderDisclosures,
  resolveExportPaths,
  toSiemLine,
  verifyExportFiles,
  exportLog,
  parseSignerKey,
  verifierKeyFromSignerKey,
  type AuditSearchQuery,
  type DisclosureFormat,
  type NoteSigner,
  type NoteVerifier,
  type VerifyReport,
} from '../audit/index.js';
import { EXIT_INPUT_FAILED, raiseExitCode } from './exit.js';
import { fileError, readOptionFile } from './file-errors.js';
import { streamSink } from './output.js';
import { type Notes, stderrNotes } from './notes.js';
import { writeFileSet } from './file-set.js';
import { openAuditSource, type AuditSource, type SourceOptions } from './audit-source.js';

const usage = (message: string): PhigateError => new PhigateError('PHIGATE_USAGE', message);
const out = (text: string): boolean => process.stdout.write(text);

function intArg(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,15}$/.test(text)) throw usage(`${name} must be a non-negative integer`);
  return Number(text);
}

function dateArg(name: string, text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw usage(`${name} must be a date such as 2021-03-01 or 2021-03-01T10:00:00Z`);
  return d;
}

interface KeyOptions {
  verifierKey?: string[];
  verifierKeyFile?: string;
  /** --verifier-key's old name in verify and proof (deprecated, hidden; warns). */
  key?: string[];
  keyFile?: string;
  json?: boolean;
  format?: string;
}

/** A file an option named, with the option as the command line gave it (for the error naming it). */
interface OptionFile {
  readonly option: string;
  readonly path: string;
}

/** Notes and warnings on stderr: JSON lines when the command was asked for JSON (--json, or --format json). */
const notesFor = (opts: { json?: boolean; format?: string }): Notes => stderrNotes(opts.json === true || opts.format === 'json');

/**
 * verify and proof named their file of trusted verifier keys --key-file; it is --verifier-key-file now, and
 * --key-file names the store's key file in every audit command, as in serve, keys, apikeys and careteam. For one
 * release --key-file keeps its old meaning where a command line can only have meant that: in verify (which opens
 * no store), and in proof when --verifier-key-file is not given and the command reads an export (--export) or names
 * the store's key file by an old name (--keyring-file, --keyring). Returns the verifier key file and the options
 * the store is opened with.
 */
function verifierKeyFileOf<O extends KeyOptions & SourceOptions>(opts: O, opensStore: boolean, warn: (message: string) => void): { verifierKeyFile: OptionFile | undefined; source: O } {
  const old = opts.keyFile !== undefined && (!opensStore || (opts.verifierKeyFile === undefined && (opts.export !== undefined || opts.keyringFile !== undefined || opts.keyring !== undefined)));
  if (!old) return { verifierKeyFile: opts.verifierKeyFile === undefined ? undefined : { option: '--verifier-key-file', path: opts.verifierKeyFile }, source: opts };
  if (opts.verifierKeyFile !== undefined && opts.verifierKeyFile !== opts.keyFile) throw usage('Give --verifier-key-file only (--key-file is its old name here, and the two differ)');
  warn(
    opensStore
      ? '--key-file as the file of trusted verifier keys is deprecated; use --verifier-key-file FILE (from the next release --key-file is only the store\'s key file, as in the other audit commands)'
      : '--key-file is deprecated for audit verify; use --verifier-key-file FILE (the file of trusted verifier keys)',
  );
  return { verifierKeyFile: { option: '--key-file', path: opts.keyFile as string }, source: { ...opts, keyFile: undefined } };
}

/** Pinned keys from --verifier-key/--verifier-key-file; else the export's own log-keys.txt, with a warning. */
function loadVerifiers(opts: KeyOptions, verifierKeyFile: OptionFile | undefined, exportKeys: string | undefined): NoteVerifier[] {
  const notes = notesFor(opts);
  if (opts.key?.length) notes.warn('--key is deprecated for audit verify and proof; use --verifier-key VKEY, as audit export names it');
  const pinned = [...(opts.verifierKey ?? []), ...(opts.key ?? [])];
  const texts = [...pinned];
  if (verifierKeyFile) texts.push(...readOptionFile(verifierKeyFile.option, verifierKeyFile.path).split('\n'));
  if (texts.length === 0 && exportKeys && existsSync(exportKeys)) {
    notes.warn('using the verifier keys shipped inside the export; pin the log key with --verifier-key to detect a re-signed export');
    texts.push(...readFileSync(exportKeys, 'utf8').split('\n'));
  }
  const keys = texts.map((t) => t.trim()).filter((t) => t.length > 0 && !t.startsWith('#'));
  if (keys.length === 0) throw usage('Give the log verifier key with --verifier-key or --verifier-key-file');
  // A malformed key is a bad option value (exit 2), named by where it came from; the key is not echoed.
  const from = pinned.length ? (opts.verifierKey?.length ? '--verifier-key' : '--key') : verifierKeyFile ? verifierKeyFile.option : 'the export\'s log-keys.txt';
  return keys.map((k) => {
    try {
      return parseVerifierKey(k);
    } catch (err) {
      throw err instanceof PhigateError ? usage(`${from}: ${err.message}`) : err;
    }
  });
}

function printReport(r: VerifyReport): void {
  out(`${r.ok ? 'OK' : 'FAILED'}: ${r.entries} entries (${r.erased} erased), root ${r.root}\n`);
  out(`  checkpoints: ${r.checkpoints.total} (${r.checkpoints.trusted} signed by a trusted key, ${r.checkpoints.matched} matching the entries), largest size ${r.checkpoints.largestSize}\n`);
  if (r.firstBadIndex !== null) {
    out(`  first bad index: ${r.firstBadIndex}${r.firstBadExact ? '' : ' (lower bound: the change lies between two checkpoints)'}\n`);
  }
  if (r.uncoveredFrom !== null) out(`  note: entries from index ${r.uncoveredFrom} on are not covered by a signed checkpoint yet\n`);
  for (const p of r.problems) out(`  - ${p.kind}: ${p.message}\n`);
  if (r.problemCount > r.problems.length) out(`  ... and ${r.problemCount - r.problems.length} more problems\n`);
}

export async function verifyAction(paths: string[], opts: KeyOptions & { origin?: string; checkpoint?: string[]; workers?: string; json?: boolean }): Promise<void> {
  const { verifierKeyFile } = verifierKeyFileOf(opts, false, (m) => notesFor(opts).warn(m));
  const found = await resolveExportPaths(paths);
  const verifiers = loadVerifiers(opts, verifierKeyFile, found.keys);
  const extra = opts.checkpoint ?? [];
  const workers = intArg('--workers', opts.workers);
  const { report } = await verifyExportFiles({
    paths: found,
    verifiers,
    ...(opts.origin ? { origin: opts.origin } : {}),
    ...(workers !== undefined ? { workers } : {}),
    extraCheckpoints: extra.map((f) => readOptionFile('--checkpoint', f)),
  });
  if (opts.json) out(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
  if (!report.ok) raiseExitCode(EXIT_INPUT_FAILED);
}

function readPatientId(value: string): string {
  // "-" reads the id from stdin, so it stays out of shell history and the process list.
  const id = value === '-' ? (readFileSync(0, 'utf8').split('\n')[0] ?? '') : value;
  if (id.trim() === '') throw usage('The patient id is empty');
  return id;
}

/**
 * A key `phigate serve` made in its home (audit-signer.key, audit-patient.key), used when the option that
 * names one is not given, as the store and key file of --home are; undefined when there is none.
 */
function homeKeyFile(opts: { home?: string }, name: string): string | undefined {
  if (opts.home === undefined) return undefined;
  const path = join(opts.home, name);
  return existsSync(path) ? path : undefined;
}

function patientRefFrom(opts: { patient?: string; patientRef?: string; patientKeyFile?: string; home?: string }): string | undefined {
  if (opts.patientRef) {
    if (!/^[0-9a-f]{64}$/.test(opts.patientRef)) throw usage('--patient-ref must be 64 lowercase hex digits');
    return opts.patientRef;
  }
  if (opts.patient === undefined) return undefined;
  const envFile = process.env['PHIGATE_AUDIT_PATIENT_KEY_FILE'];
  const keyFile = opts.patientKeyFile ?? envFile ?? homeKeyFile(opts, 'audit-patient.key');
  if (!keyFile) throw new PhigateError('PHIGATE_KEY_MISSING', `Give the patient hash key with --patient-key-file or PHIGATE_AUDIT_PATIENT_KEY_FILE (${opts.home ?? '--home'} holds no audit-patient.key)`);
  const text = readOptionFile(opts.patientKeyFile ? '--patient-key-file' : envFile ? 'PHIGATE_AUDIT_PATIENT_KEY_FILE' : 'the patient key of --home', keyFile).trim();
  const key = /^[0-9a-fA-F]+$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  return createPatientHasher(key)(readPatientId(opts.patient));
}

type Opts = SourceOptions & KeyOptions;

async function withSource<T>(opts: SourceOptions & { json?: boolean; format?: string }, run: (source: AuditSource) => Promise<T>): Promise<T> {
  const notes = notesFor(opts);
  const source = await openAuditSource(opts, (m) => notes.warn(m));
  try {
    return await run(source);
  } finally {
    await source.close();
  }
}

export async function searchAction(opts: Opts & { actor?: string; patient?: string; patientRef?: string; patientKeyFile?: string; vendor?: string; action?: string; from?: string; to?: string; limit?: string; json?: boolean }): Promise<void> {
  const patient = patientRefFrom(opts);
  const from = dateArg('--from', opts.from);
  const to = dateArg('--to', opts.to);
  const limit = intArg('--limit', opts.limit) ?? 100;
  const query: AuditSearchQuery = {
    limit,
    ...(opts.actor ? { actor: opts.actor } : {}),
    ...(patient ? { patient } : {}),
    ...(opts.vendor ? { vendor: opts.vendor } : {}),
    ...(opts.action ? { action: opts.action } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  let shown = 0;
  await withSource(opts, async (source) => {
    for await (const r of source.search(query)) {
      const e = r.event;
      if (!e) continue;
      shown++;
      if (opts.json) out(`${JSON.stringify(searchHit(r))}\n`);
      else out(`${r.seq}\t${e.time}\t${e.actor.id}\t${e.action}\t${e.decision}/${e.reason}\t${e.vendor ?? '-'}\t${e.purpose}\tpatient ${e.patient?.slice(0, 12) ?? '-'}\n`);
    }
  });
  if (!opts.json) process.stderr.write(`${shown} matching entr${shown === 1 ? 'y' : 'ies'}${shown >= limit ? ` (limit ${limit} reached)` : ''}\n`);
}

export async function disclosuresAction(opts: Opts & { patient?: string; patientRef?: string; patientKeyFile?: string; since?: string; until?: string; format?: string }): Promise<void> {
  const patientRef = patientRefFrom(opts);
  if (!patientRef) throw usage('Give --patient ID (or --patient-ref HASH)');
  const format = (opts.format ?? 'text') as DisclosureFormat;
  if (!DISCLOSURE_FORMATS.includes(format)) throw usage('--format must be text, json or csv');
  const now = new Date();
  const since = dateArg('--since', opts.since) ?? defaultSince(now);
  const until = dateArg('--until', opts.until) ?? now;
  const query = { patientRef, since, until };
  const list = await withSource(opts, (source) => accountDisclosuresFrom(source.search(disclosureSearch(query)), query));
  out(renderDisclosures(list, format, { since, until, generatedAt: now }));
}

export async function proofAction(opts: Opts & { inclusion?: string; consistency?: string; size?: string; json?: boolean }): Promise<void> {
  if ((opts.inclusion === undefined) === (opts.consistency === undefined)) throw usage('Give exactly one of --inclusion INDEX or --consistency SIZE1');
  const { verifierKeyFile, source: sourceOpts } = verifierKeyFileOf(opts, true, (m) => notesFor(opts).warn(m));
  const result = await withSource(sourceOpts, async (source) => {
    const tree = await source.tree(() => loadVerifiers(opts, verifierKeyFile, opts.export ? join(opts.export, 'log-keys.txt') : undefined));
    const size = intArg('--size', opts.size) ?? tree.size;
    if (opts.inclusion !== undefined) return inclusionProofReport(tree, intArg('--inclusion', opts.inclusion) as number, size);
    return consistencyProofReport(tree, intArg('--consistency', opts.consistency) as number, size);
  });
  if (opts.json) out(`${JSON.stringify(result, null, 2)}\n`);
  else for (const [k, v] of Object.entries(result)) out(`${k}: ${Array.isArray(v) ? `\n  ${v.join('\n  ')}` : String(v)}\n`);
}

export async function siemAction(opts: Opts): Promise<void> {
  const sink = streamSink(process.stdout);
  await withSource(opts, async (source) => {
    for await (const r of source.all()) await sink.write(`${toSiemLine(r)}\n`);
  });
}

function signerFrom(file: string | undefined): { signer: NoteSigner; verifierKey: string } | undefined {
  if (!file) return undefined;
  const skey = readOptionFile('--signer-key-file', file);
  return { signer: parseSignerKey(skey), verifierKey: verifierKeyFromSignerKey(skey) };
}

function liveOf(source: AuditSource): NonNullable<AuditSource['live']> {
  if (!source.live) throw usage('This command works on the live store: give --database-url or --data-dir, not --export');
  return source.live;
}

export async function exportAction(opts: Opts & { out: string; signerKeyFile?: string; verifierKey?: string[]; origin?: string; siem?: boolean; json?: boolean }): Promise<void> {
  // Without keys named, serve's own signer under --home publishes the fresh checkpoint.
  const signing = signerFrom(opts.signerKeyFile ?? (opts.verifierKey?.length ? undefined : homeKeyFile(opts, 'audit-signer.key')));
  const keys = [...(opts.verifierKey ?? []), ...(signing ? [signing.verifierKey] : [])];
  if (keys.length === 0) throw usage('Give --signer-key-file (publishes a fresh checkpoint first) or --verifier-key VKEY');
  await withSource(opts, async (source) => {
    const live = liveOf(source);
    const log = signing ? live.log([signing.signer], opts.origin ?? signing.signer.name) : live.log();
    const summary = await exportLog(log, opts.out, { verifierKeys: keys, publish: signing !== undefined });
    out(opts.json ? `${JSON.stringify({ out: opts.out, entries: summary.entries, checkpoints: summary.checkpoints, root: summary.root })}\n` : `Exported ${summary.entries} entries and ${summary.checkpoints} checkpoints to ${opts.out} (root ${summary.root})\n`);
    if (log !== live.log()) await log.close();
  });
}

export async function checkpointAction(opts: Opts & { signerKeyFile?: string; origin?: string; json?: boolean }): Promise<void> {
  const signerKeyFile = opts.signerKeyFile ?? homeKeyFile(opts, 'audit-signer.key');
  if (!signerKeyFile) throw usage(`Give the checkpoint signing key with --signer-key-file (${opts.home ?? '--home'} holds no audit-signer.key from phigate serve)`);
  const signing = signerFrom(signerKeyFile) as { signer: NoteSigner };
  await withSource(opts, async (source) => {
    const log = liveOf(source).log([signing.signer], opts.origin ?? signing.signer.name);
    const cp = await log.publishCheckpoint();
    await log.close();
    out(opts.json ? `${JSON.stringify({ size: cp.size, root: Buffer.from(cp.root).toString('hex'), note: cp.note })}\n` : cp.note);
  });
}

export async function keygenAction(opts: { origin: string; out: string; force?: boolean; json?: boolean }): Promise<void> {
  const signerPath = join(opts.out, 'audit-signer.key');
  const verifierPath = join(opts.out, 'audit-verifier.vkey');
  // Never over an existing key unless asked: a signer replaced by mistake would orphan every checkpoint it signed.
  const present = [signerPath, verifierPath].filter((p) => existsSync(p));
  if (present.length > 0 && !opts.force) {
    throw new PhigateError('PHIGATE_FILE_ACCESS', `--out: ${present.join(' and ')} already exist${present.length === 1 ? 's' : ''}; keygen replaces a key pair only with --force (choose another --out to keep it)`);
  }
  const { signerKey, verifierKey } = generateNoteKey(opts.origin);
  await mkdir(opts.out, { recursive: true, mode: 0o700 }).catch((err: unknown) => {
    throw fileError(err, 'create the directory', opts.out, '--out: ');
  });
  // Both files or neither: never a new signer beside an old verifier key (or none).
  try {
    writeFileSet(
      [
        { path: signerPath, text: `${signerKey}\n`, mode: 0o600 },
        { path: verifierPath, text: `${verifierKey}\n` },
      ],
      { replace: opts.force === true },
    );
  } catch (err) {
    throw err instanceof PhigateError ? new PhigateError(err.code, `--out: ${err.message}`, { cause: err }) : err;
  }
  if (opts.json) return void out(`${JSON.stringify({ verifierKey, signerKeyFile: signerPath, verifierKeyFile: verifierPath })}\n`);
  out(`${verifierKey}\n`);
  process.stderr.write(`Wrote ${signerPath} (secret, mode 600) and audit-verifier.vkey. Give auditors the verifier key above.\n`);
}

