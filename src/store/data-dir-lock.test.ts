import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, test } from 'node:test';
import { lockDataDir } from './data-dir-lock.js';

const root = mkdtempSync(join(tmpdir(), 'phigate-lock-'));
after(() => rmSync(root, { recursive: true, force: true }));
const dataDir = () => join(mkdtempSync(join(root, 'd-')), 'data');

test('one holder at a time; released on close', () => {
  const d = dataDir();
  const lock = lockDataDir(d);
  assert.equal(readFileSync(`${d}.lock`, 'utf8').trim(), String(process.pid));
  assert.throws(() => lockDataDir(d), /already open in this process/);
  lock.release();
  assert.equal(existsSync(`${d}.lock`), false);
  lockDataDir(d).release();
});

test('a live other process holds it: refused, naming the pid', () => {
  const d = dataDir();
  writeFileSync(`${d}.lock`, `${process.ppid}\n`);
  assert.throws(() => lockDataDir(d), (err: Error & { code?: string }) => err.code === 'PHIGATE_STORE_IN_USE' && err.message.includes(`process ${process.ppid}`) && /use PostgreSQL/.test(err.message));
});

test('a lock left by a killed process is taken over', () => {
  const d = dataDir();
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  writeFileSync(`${d}.lock`, `${dead}\n`);
  const lock = lockDataDir(d);
  assert.equal(readFileSync(`${d}.lock`, 'utf8').trim(), String(process.pid));
  lock.release();
});
