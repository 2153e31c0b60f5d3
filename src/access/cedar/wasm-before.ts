// V8 settings for Cedar's WebAssembly module, made before the module is compiled and instantiated
// (src/access/cedar/wasm.ts imports this first, then the module, then ./wasm-after.js).
//
// 1. Node 20's V8 (11.3) can abort the whole process ("Fatal error ... unreachable code" in
//    Deoptimizer::DoComputeBuiltinContinuation) after TurboFan has inlined a JS-to-WebAssembly call into
//    Cedar's module and then deoptimizes the caller. bench/policy.mjs hit it in 6 of 10 runs; with that
//    inlining off, in none of 10. Later V8 versions are left alone; the cost shows in bench:policy.
// 2. Cedar's functions stay on V8's baseline WebAssembly compiler (Liftoff). Validating the policies at
//    start-up runs hundreds of Cedar calls, and V8 then recompiled the hot ones with TurboFan on every
//    helper thread at once: about 55 MiB more peak RSS and 2-4x the start-up time, for code that serves
//    only a decision cache's misses afterwards. V8 gives each instance its tier-up budget when it is
//    instantiated, so a budget too large to run out during start-up, set here and put back in
//    wasm-after.ts, touches this module only (PGlite's PostgreSQL, also WebAssembly, tiers up as usual).
//    A budget the operator set in the Node options is left alone.
import { setFlagsFromString } from 'node:v8';

export const JS_WASM_INLINING_OFF = Number(process.versions.v8.split('.')[0]) <= 11;
if (JS_WASM_INLINING_OFF) setFlagsFromString('--no-turbo-inline-js-wasm-calls');

/** V8's own tier-up budget (the default of `--wasm-tiering-budget` in V8 11 and 12). */
export const DEFAULT_WASM_TIERING_BUDGET = 1_800_000;
/** Cedar's budget: about 2 x 10^9 units of executed code per function before TurboFan is considered. */
export const CEDAR_WASM_TIERING_BUDGET = 2_000_000_000;

const nodeOptions = `${process.execArgv.join(' ')} ${process.env['NODE_OPTIONS'] ?? ''}`;
export const OPERATOR_SET_BUDGET = /--wasm[-_]tiering[-_]budget/.test(nodeOptions);
if (!OPERATOR_SET_BUDGET) setFlagsFromString(`--wasm-tiering-budget=${CEDAR_WASM_TIERING_BUDGET}`);
