// Installs the JavaScript peers the bench compares against (redact-pii@3, openredaction@1) into the
// bench's cache folder on first use, never as project dependencies. Offline, the bench goes on alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PEERS = [
  { name: 'redact-pii', major: 3 },
  { name: 'openredaction', major: 1 },
];

function installedMajor(dir, name) {
  try {
    return Number(JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version.split('.')[0]);
  } catch {
    return null;
  }
}

/** Returns the peers usable from `dir`, installing missing ones; `log` gets one line per event. */
export function ensurePeers(dir, log) {
  const missing = PEERS.filter((p) => installedMajor(dir, p.name) !== p.major);
  if (missing.length > 0) {
    mkdirSync(dir, { recursive: true });
    const specs = PEERS.map((p) => `${p.name}@${p.major}`);
    log(`installing peers into ${dir}: npm install --prefix ${dir} --no-save ${specs.join(' ')}`);
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', ...specs], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) {
      const lines = (r.stderr || '').trim().split('\n').filter((l) => l.startsWith('npm error') && !l.includes('complete log'));
      const why = r.error ? r.error.message : lines.slice(0, 2).join(' / ') || `npm exited ${r.status}`;
      log(`peer install failed (offline?): ${why} — continuing with phigate alone`);
    }
  }
  return PEERS.filter((p) => installedMajor(dir, p.name) === p.major && existsSync(join(dir, 'node_modules', p.name))).map((p) => p.name);
}
