#!/usr/bin/env node
// The `phigate` command line. Only the cli and gateway capabilities do process I/O.
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv);
