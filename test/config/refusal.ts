// The message a config is refused with, for tests that check what the loader tells the user.
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/config/index.js';

export function configRefusal(yaml: string, source = 'phigate.yaml'): string {
  try {
    parseConfig(yaml, source);
  } catch (err) {
    return (err as Error).message;
  }
  assert.fail('expected the config to be refused');
}
