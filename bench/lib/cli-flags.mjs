// The Node flags the `phigate` command starts with: read from the bin's shebang, so the benches run the
// product as users run it (`node --max-semi-space-size=4 --v8-pool-size=1 ...`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Flags on the first line of src/cli/main.ts (`#!/usr/bin/env -S node FLAGS`), or [] when it has none. */
export function cliNodeFlags(root) {
  const first = readFileSync(join(root, 'src', 'cli', 'main.ts'), 'utf8').split('\n')[0] ?? '';
  return /^#!\/usr\/bin\/env -S node (.*)$/.exec(first)?.[1]?.split(' ').filter(Boolean) ?? [];
}
