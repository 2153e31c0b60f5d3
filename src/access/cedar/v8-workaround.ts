// Node 20's V8 (11.3) can abort the whole process ("Fatal error ... unreachable code" in
// Deoptimizer::DoComputeBuiltinContinuation) after TurboFan has inlined a JS-to-WebAssembly call into
// Cedar's module and then deoptimizes the caller. bench/policy.mjs hit it in 6 of 10 runs; with that
// inlining off, in none of 10 (nor in 10 more with this module). So it is switched off once, on import,
// before any Cedar call gets hot. Later V8 versions are left alone; the cost shows in bench:policy.
import { setFlagsFromString } from 'node:v8';

export const JS_WASM_INLINING_OFF = Number(process.versions.v8.split('.')[0]) <= 11;

if (JS_WASM_INLINING_OFF) setFlagsFromString('--no-turbo-inline-js-wasm-calls');
