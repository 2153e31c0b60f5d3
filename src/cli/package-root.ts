// Finds files shipped with phigate (examples/, package.json) from this module's own location, so the
// CLI works from any working directory, from src/ (tsx) and from dist/ alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('phigate package root not found');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findRoot();

export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
