#!/usr/bin/env -S node --max-semi-space-size=4 --v8-pool-size=1
// The `phigate` command line. Only the cli and gateway capabilities do process I/O.
// The Node flags above (also in package.json's `phigate` script; bench:gateway reads them from here) keep a
// serving gateway small: a 4 MiB young generation holds less garbage between scavenges, and one V8 helper
// thread instead of four leaves fewer malloc arenas behind. In bench:gateway they cut peak RSS by 20-25 MiB
// at the same requests/s; `phigate deid --threads 2` ran as fast with them. They can only be given when
// Node starts, hence here.
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv);
