// Opens the embedded store on a data directory (argument 1), runs one query and prints this process's
// peak RSS in bytes: the initdb tests run it in a process of its own, so the peak is the open's alone.
import { readFileSync } from 'node:fs';
import { openPglite } from '../../src/store/pglite-engine.js';

const sql = await openPglite({ dataDir: process.argv[2] as string });
await sql.query('SELECT 1');
const peak = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
process.stdout.write(`${peak ? Number(peak[1]) * 1024 : 0}\n`);
await sql.close();
