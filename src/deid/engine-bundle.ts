// Loads the built engine in one piece, for start-up. `npm run build` (scripts/build-deid-bundle.mjs) joins
// the engine's 80-odd modules into one script beside this module (engine-bundle.cjs) and records V8's code
// cache of it after a warm-up note (engine-bundle-<flags>.v8cache): a fresh process then neither resolves
// and links each module nor parses 1.4 MB of source (a quarter of start-up: V8 checks every RegExp literal,
// and each \p{...} class costs some 30 us, when it parses a module), and the first note's functions come
// compiled. The built dist/deid/index.js calls loadEngineBundle and, when it answers undefined, imports the
// modules as tsc emitted them (index.modules.js): the engine is the same code either way.
// A cache made from another script, by another Node, or under other V8 flags is not used (its digests
// differ; V8 checks its own too), and neither is the bundle when its word-table snapshot does not match.
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** The bundle's file name, beside this module. */
export const BUNDLE_FILE = 'engine-bundle.cjs';

/** What the bundle throws while it loads when it cannot be used (its word-table snapshot is stale or missing). */
export const BUNDLE_UNUSABLE = 'PHIGATE_ENGINE_BUNDLE_UNUSABLE';

/** The V8 flags a code cache depends on (V8 rejects a cache made under other heap sizes): the cache's name holds them. */
export function cacheFlags(execArgv: readonly string[]): string {
  return execArgv.filter((a) => /^--(?:max|min)-(?:semi|old)-space-size=/.test(a)).sort().join(' ');
}

/** The code cache's file name for a process started with `execArgv`. */
export function cacheFile(execArgv: readonly string[]): string {
  const flags = cacheFlags(execArgv);
  return `engine-bundle-${flags === '' ? 'default' : createHash('sha256').update(flags).digest('hex').slice(0, 12)}.v8cache`;
}

/**
 * The bundle file starts and ends with these (the build writes them around esbuild's output): the file is the body
 * of a CommonJS module's function, as V8 compiles it. Joined here instead, the 1.4 MB text was copied once more at
 * every start, into fresh memory.
 */
export const BUNDLE_HEAD = '(function (exports, require, module, __filename, __dirname) {';
export const BUNDLE_TAIL = '\n})';
const HEAD_BYTES = Buffer.from(BUNDLE_HEAD, 'latin1');

/** The bundle's text as the script V8 compiles. */
function scriptOf(source: Buffer): string {
  // esbuild writes ASCII (it escapes the rest), which decodes fastest as Latin-1; anything else as UTF-8.
  return source.toString(isAscii(source) ? 'latin1' : 'utf8');
}

/** The header a cache carries: SHA-256 of the bundle file's bytes, and of the Node version and the flags. */
export function cacheHeader(source: Buffer, execArgv: readonly string[]): Buffer {
  return Buffer.concat([
    createHash('sha256').update(source).digest(),
    createHash('sha256').update(`${process.version}\n${process.arch}\n${cacheFlags(execArgv)}`).digest(),
  ]);
}

/** The V8 data of `cache` when its header matches; undefined otherwise (stale, damaged, other Node or flags). */
export function cacheDataFor(cache: Buffer | undefined, header: Buffer): Buffer | undefined {
  if (!cache || cache.length <= header.length || !cache.subarray(0, header.length).equals(header)) return undefined;
  return cache.subarray(header.length);
}

/** How this process loaded the engine (for tests and the bench). */
export interface BundleStatus {
  readonly bundle: 'used' | 'absent' | 'unusable';
  readonly cache: 'accepted' | 'rejected' | 'absent' | 'stale';
  /** The bundle's own diagnostics (word tables from the snapshot, pattern facts recorded and derived) when it was used. */
  readonly internals?: () => unknown;
}

let status: BundleStatus = { bundle: 'absent', cache: 'absent' };
let compiled: vm.Script | undefined;
/**
 * The Node options whose V8 flags pick the code cache. A worker thread's process.execArgv is its own list
 * (an analysis thread's is empty) while V8's flags are the process's: such a thread says which with
 * useFlagsOf before it imports the engine, or V8 would reject the cache its process's flags were recorded under.
 */
let flagArgv: readonly string[] = process.execArgv;

/** Picks the code cache for a process started with `execArgv` (an analysis thread passes its process's). */
export function useFlagsOf(execArgv: readonly string[]): void {
  flagArgv = execArgv;
}

export const bundleStatus = (): BundleStatus => status;

/**
 * The engine's exports from the bundle beside `indexUrl` (the built index.js), with `externals` (modules
 * outside the engine, by the specifier the bundle uses) shared with the rest of the process; undefined when
 * there is no bundle or it cannot be used here.
 */
export function loadEngineBundle(indexUrl: string, externals: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const file = fileURLToPath(new URL(BUNDLE_FILE, indexUrl));
  let source: Buffer;
  try {
    source = readFileSync(file);
  } catch {
    return undefined; // a build without the bundle (or run from source)
  }
  // A bundle from before the file held its function's head (or not this build's at all) is not run.
  if (!source.subarray(0, HEAD_BYTES.length).equals(HEAD_BYTES)) {
    status = { bundle: 'unusable', cache: 'absent' };
    return undefined;
  }
  const header = cacheHeader(source, flagArgv);
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(new URL(cacheFile(flagArgv), indexUrl));
  } catch {
    cache = undefined;
  }
  const cachedData = cacheDataFor(cache, header);
  const script = new vm.Script(scriptOf(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cacheState = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : cache ? 'stale' : 'absent';
  const nodeRequire = createRequire(file);
  const requireShim = (id: string): unknown => (Object.hasOwn(externals, id) ? externals[id] : nodeRequire(id));
  const module = { exports: {} as Record<string, unknown> };
  try {
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, requireShim, module, file, fileURLToPath(new URL('.', indexUrl)));
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code !== BUNDLE_UNUSABLE) throw err;
    status = { bundle: 'unusable', cache: cacheState };
    return undefined;
  }
  compiled = script;
  const { engineInternals, ...engine } = module.exports;
  status = { bundle: 'used', cache: cacheState, ...(typeof engineInternals === 'function' ? { internals: engineInternals as () => unknown } : {}) };
  return engine;
}

/** V8's code cache of the bundle as this process has run it, with its header (for the build; undefined without a bundle). */
export function bundleCodeCache(indexUrl: string): Buffer | undefined {
  if (!compiled) return undefined;
  const source = readFileSync(fileURLToPath(new URL(BUNDLE_FILE, indexUrl)));
  return Buffer.concat([cacheHeader(source, flagArgv), compiled.createCachedData()]);
}
