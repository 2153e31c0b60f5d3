// Settings every embedded PostgreSQL of phigate starts with (the serving process and the initdb child).
// Each costs resident memory inside PGlite's WebAssembly heap, which PostgreSQL touches in full when it
// starts (bench/pglite-memory.mjs measures it):
// - shared_buffers: PostgreSQL's default 128 MB of buffers would all stay resident (1 MiB per MB); phigate's
//   embedded working set is far smaller, and the OS page cache still holds the data files.
// - max_connections: PGlite is one session (single-user mode), but the lock and predicate-lock tables are
//   sized for max_connections (default 100) and initialised at start: 5 (which still leaves the 3 slots
//   superuser_reserved_connections needs) saved 1.9 MiB; a transaction can still hold some 1,200 locks
//   (max_locks_per_transaction x the backends these settings allow), far more than the migrations take.
// Written as SHOW prints them: test/store/initdb.test.ts checks that each reaches the database.
export const PGLITE_SETTINGS: readonly string[] = ['shared_buffers = 16MB', 'max_connections = 5'];
