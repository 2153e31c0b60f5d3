// Creates a new embedded data directory (runs initdb) and exits: started by openPglite in a process of
// its own, because initdb grows PGlite's WebAssembly memory to about 770 MiB and a process never gives
// that back; the serving process then opens the finished directory at about a fifth of that.
// Usage: node pglite-initdb.js DIR   (DIR: an empty directory; the caller renames it into place)
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_SETTINGS } from './pglite-settings.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: pglite-initdb DIR\n');
  process.exit(2);
}
const db = await PGlite.create(dir, { postgresqlconf: [...PGLITE_SETTINGS] });
await db.close();
