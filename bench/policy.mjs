#!/usr/bin/env node
// `npm run bench:policy` (builds, then runs on dist/): the per-request cost of authorization on Cedar,
// beside the typed role evaluator it was compiled from, measured in the same run on the same requests.
//   decisions/s: the typed evaluator (baseline), Cedar with the compiled roles only, and Cedar with a
//     policy file added (a forbid and a permit for a new role); p50/p99 of one Cedar decision;
//   start-up: building the policy (compile, validate, preparse) and loading the WebAssembly module;
//   GET /v1/models: one listing for a principal not seen before (every model probed) and a cached one.
// Requests come from a seeded generator; the bench checks that both evaluators agree on every one.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { benchArgs } from './lib/bench-args.mjs';
import { createRng } from './lib/prng.mjs';
import { fmtNum, percentile } from './lib/stats.mjs';
import { formatTable } from './lib/table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const USAGE = `usage: npm run bench:policy -- [--requests N] [--ms N] [--seed N] [--dist DIR]
  --requests N  distinct requests in the mix (default 5000)
  --ms N        timed milliseconds per evaluator and round (default 400; 6 interleaved rounds)
  --dist DIR    the build to measure (default dist/)`;

const { value: opt } = benchArgs(USAGE);
const N = Number(opt('--requests', 5000));
const MS = Number(opt('--ms', 400));
const dist = resolve(opt('--dist', join(here, '..', 'dist')));

const importStart = performance.now();
const cedar = await import(join(dist, 'access/cedar/index.js'));
const importMs = performance.now() - importStart;
const { decide } = await import(join(dist, 'access/policy.js'));
const { getCedarVersion } = await import('@cedar-policy/cedar-wasm/nodejs');

const MODELS = ['gpt-deid', 'gpt-phi', 'gpt-eu', 'embed-deid', 'local-chat', 'claude-phi'].map((id, i) => ({
  id,
  vendor: ['local', 'azure', 'azure-eu', 'local', 'local', 'anthropic'][i],
  upstream: id,
  service: id.startsWith('embed') ? 'embeddings' : 'chat',
  tier: null,
}));
const access = {
  defaultPurpose: 'TREAT',
  oidc: null,
  noPatient: 'deidentified-only',
  policies: [],
  roles: {
    clinician: { models: ['*'], purposes: ['TREAT', 'ETREAT'], patients: 'care-team', breakGlass: true },
    nurse: { models: ['gpt-deid', 'gpt-phi', 'local-chat'], purposes: ['TREAT'], patients: 'care-team', breakGlass: false },
    registrar: { models: ['gpt-deid'], purposes: ['PATADMIN', 'HPAYMT'], patients: 'any', breakGlass: false },
    analyst: { models: ['gpt-deid', 'embed-deid'], purposes: ['HOPERAT', 'HQUALIMP'], patients: 'none', breakGlass: false },
  },
};
const FILE = `@id("nurses-no-eu")
@code("PHIGATE_MODEL_NOT_ALLOWED")
forbid (principal in Role::"nurse", action, resource) when { resource.vendor == "azure-eu" };

@id("no-service-break-glass")
forbid (principal, action, resource) when { principal.kind == "service" && context.breakGlass };

@id("researchers")
permit (principal in Role::"researcher", action == Action::"invoke", resource == Model::"gpt-deid")
when { context.purpose == Purpose::"HRESCH" && !(context has patient) };
`;

const rng = createRng(Number(opt('--seed', 7)));
const ROLES = ['clinician', 'nurse', 'registrar', 'analyst', 'researcher', 'visitor'];
const PURPOSES = ['TREAT', 'TREAT', 'TREAT', 'ETREAT', 'PATADMIN', 'HOPERAT', 'HRESCH', 'HPAYMT'];
const requests = Array.from({ length: N }, (_, i) => {
  const patient = rng.chance(0.7) ? `pt-${rng.int(1000, 9999)}` : null;
  const breakGlass = patient !== null && rng.chance(0.05);
  return {
    principal: { id: `user:u${i % 200}`, kind: rng.chance(0.1) ? 'service' : 'user' },
    roles: rng.chance(0.15) ? [rng.pick(ROLES), rng.pick(ROLES)] : [rng.pick(ROLES)],
    model: rng.pick(MODELS).id,
    purpose: breakGlass ? 'ETREAT' : rng.pick(PURPOSES),
    patient,
    onCareTeam: patient === null ? null : rng.chance(0.8),
    breakGlass,
  };
});

const t0 = performance.now();
const compiledOnly = cedar.createAccessPolicy({ access, models: MODELS });
const buildMs = performance.now() - t0;
const t1 = performance.now();
const withFile = cedar.createAccessPolicy({ access: { ...access, policies: [{ file: 'bench.cedar', text: FILE }] }, models: MODELS });
const buildFileMs = performance.now() - t1;

// Sanity: the compiled roles decide exactly as the typed evaluator on every request of the mix.
let disagree = 0;
let allowed = 0;
for (const r of requests) {
  const a = decide(access, r);
  const b = compiledOnly.decide(r);
  if (JSON.stringify(a) !== JSON.stringify(b)) disagree++;
  if (b.allow) allowed++;
}

// The policies cache decisions per request; a principal id seen once makes every call a first one
// (the compiled roles and the file never look at the id), which is what a cold decision costs.
let fresh = 0;
const cold = (r) => ({ ...r, principal: { ...r.principal, id: `${r.principal.id}#${fresh++}` } });
const evaluators = {
  typed: (r) => decide(access, r),
  cedar: (r) => compiledOnly.decide(cold(r)),
  cedarFile: (r) => withFile.decide(cold(r)),
  cedarCached: (r) => compiledOnly.decide(r),
};

/** Decisions per second of CPU time over about `ms`, cycling through the mix. */
function timeEvaluator(fn, ms) {
  let i = 0;
  let n = 0;
  const cpu0 = process.cpuUsage();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let k = 0; k < 50; k++) fn(requests[i++ % N]);
    n += 50;
  }
  const cpu = process.cpuUsage(cpu0);
  return n / ((cpu.user + cpu.system) / 1e6);
}

// Warm up (WebAssembly tiers up under load), then interleaved rounds, best of each: the machine is shared.
for (const fn of Object.values(evaluators)) timeEvaluator(fn, 1000);
const best = { typed: 0, cedar: 0, cedarFile: 0, cedarCached: 0 };
for (let round = 0; round < 6; round++) {
  for (const [name, fn] of Object.entries(evaluators)) best[name] = Math.max(best[name], timeEvaluator(fn, MS));
}

const lat = [];
const latCached = [];
for (let i = 0; i < Math.min(N, 5000); i++) {
  const r = cold(requests[i]);
  let s = performance.now();
  compiledOnly.decide(r);
  lat.push((performance.now() - s) * 1000);
  s = performance.now();
  compiledOnly.decide(r);
  latCached.push((performance.now() - s) * 1000);
}

const all = MODELS.map((m) => m.id);
const coldTimes = [];
for (let i = 0; i < 20; i++) {
  const s = performance.now();
  withFile.allowedModels({ id: `user:new-${i}`, kind: 'user', roles: ['visitor'] }, all);
  coldTimes.push(performance.now() - s);
}
const s2 = performance.now();
for (let i = 0; i < 1000; i++) withFile.allowedModels({ id: 'user:new-0', kind: 'user', roles: ['visitor'] }, all);
const cachedMs = (performance.now() - s2) / 1000;

const us = (x) => `${fmtNum(x)} µs`;
const rows = [
  ['typed role evaluator (baseline)', `${N} requests`, `${fmtNum(best.typed)}/s`, '1.00x'],
  ['Cedar, compiled roles (each request new)', `${N} requests`, `${fmtNum(best.cedar)}/s`, `${fmtNum(best.cedar / best.typed, 4)}x`],
  ['Cedar, roles + policy file (2 forbids, 1 permit)', `${N} requests`, `${fmtNum(best.cedarFile)}/s`, `${fmtNum(best.cedarFile / best.typed, 4)}x`],
  ['Cedar, compiled roles, repeated requests (cached)', `${N} requests`, `${fmtNum(best.cedarCached)}/s`, `${fmtNum(best.cedarCached / best.typed, 4)}x`],
  ['one Cedar decision p50 / p99 (wall), new request', `${lat.length} requests`, `${us(percentile(lat, 50))} / ${us(percentile(lat, 99))}`, ''],
  ['one Cedar decision p50 / p99 (wall), cached', `${latCached.length} requests`, `${us(percentile(latCached, 50))} / ${us(percentile(latCached, 99))}`, ''],
];
console.log(
  formatTable('Authorization decisions (per CPU-second, best of 6 interleaved rounds)', ['what', 'input', '>figure', '>vs baseline'], rows, [
    `agreement: typed and Cedar (compiled roles) disagree on ${disagree} of ${N} requests (${allowed} allowed)`,
    `Cedar ${getCedarVersion()} (@cedar-policy/cedar-wasm); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on a shared machine`,
  ]),
);
console.log(
  formatTable('Start-up and model listing (wall)', ['what', '>figure'], [
    ['import the Cedar evaluator (loads the WebAssembly module)', `${fmtNum(importMs)} ms`],
    [`build the policy: ${Object.keys(access.roles).length} roles (${compiledOnly.policies.length} permits)`, `${fmtNum(buildMs)} ms`],
    ['build the policy: roles + policy file', `${fmtNum(buildFileMs)} ms`],
    [`GET /v1/models, new principal, ${all.length} models (p50 of 20)`, `${fmtNum(percentile(coldTimes, 50))} ms`],
    ['GET /v1/models, cached principal', us(cachedMs * 1000)],
  ]),
);
if (disagree > 0) process.exitCode = 1;
