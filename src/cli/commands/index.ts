// The list of CLI commands. Each module registers one top-level command (with its subcommands).
// Add a command by writing src/cli/commands/<name>.ts and adding one line here.
import type { Command } from 'commander';
import { deidCommand } from './deid.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { keysCommand } from './keys.js';
import { auditCommand } from './audit.js';
import { apikeysCommand } from './apikeys.js';
import { careteamCommand } from './careteam.js';
import { certsCommand } from './certs.js';
import { serveCommand } from './serve.js';
import { configCommand } from './config.js';

export interface CommandModule {
  register(program: Command): void;
}

export const COMMANDS: readonly CommandModule[] = [
  deidCommand,
  evalCommand,
  demoCommand,
  auditCommand,
  keysCommand,
  serveCommand,
  configCommand,
  apikeysCommand,
  careteamCommand,
  certsCommand,
];
