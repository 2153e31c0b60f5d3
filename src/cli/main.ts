#!/usr/bin/env node
// The `phigate` command line. Only the cli and gateway capabilities do process I/O.
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

const program = new Command('phigate')
  .description('The boundary between clinical data and AI models')
  .version('0.1.0');
for (const command of COMMANDS) command.register(program);
await program.parseAsync(process.argv);
