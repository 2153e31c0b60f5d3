#!/usr/bin/env -S node --max-semi-space-size=4 --v8-pool-size=1 --max-old-space-size=1024
// The `phigate` command line. Only the cli and gateway capabilities do process I/O.
// The Node flags above (also in package.json's `phigate` script; bench:gateway reads them from here) keep a
// serving gateway small: a 4 MiB young generation holds less garbage between scavenges, and one V8 helper
// thread instead of four leaves fewer malloc arenas behind. In bench:gateway they cut peak RSS by 20-25 MiB
// at the same requests/s; `phigate deid --threads 2` ran as fast with them. V8 sizes its old generation's
// growth by the heap's limit: under the default (about 4 GB here) `phigate deid` over the 50 MiB archive let
// garbage pile up to a peak of 124-241 MB from run to run, with a 1 GiB limit 131-138 MB at the same speed
// (the live heap is some 30 MB; the gateway's some 60). They can only be given when Node starts, hence here.
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv);
