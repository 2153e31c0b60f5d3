#!/usr/bin/env node
// Finds every *.test.ts under src/ and test/ and runs them with Node's own test runner (through tsx),
// so that `npm test` and CI run the same files and end with the runner's summary line.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'test'];
const filter = process.argv.slice(2);
const files = roots
  .flatMap((root) => {
    try {
      return readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => join(root, f));
    } catch {
      return [];
    }
  })
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();

if (files.length === 0) {
  console.error('run-tests: no test files matched');
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
