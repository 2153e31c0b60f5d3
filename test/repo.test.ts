// Checks of the repository itself that no unit test would notice: a merge that left conflict markers in a
// document or a data file still type-checks and passes, so it is caught here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const CONFLICT = /^(?:<<<<<<< |>>>>>>> )/m;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
}

test('no tracked file holds merge conflict markers', { skip: gitUnavailable() }, () => {
  const files = trackedFiles();
  assert.ok(files.length > 100, `git ls-files listed only ${files.length} files`);
  const marked = files.filter((f) => {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      return false; // deleted in the working tree but still in the index
    }
    return CONFLICT.test(text);
  });
  assert.deepEqual(marked, []);
});

test('the conflict check recognises both ends of a conflict and nothing else', () => {
  assert.ok(CONFLICT.test('a\n<<<<<<< HEAD\nb'));
  assert.ok(CONFLICT.test('a\n>>>>>>> branch\nb'));
  assert.ok(!CONFLICT.test('Title\n=======\ntext, and a << b >> c'));
});

function gitUnavailable(): string | false {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
    return false;
  } catch {
    return 'not a git checkout';
  }
}
