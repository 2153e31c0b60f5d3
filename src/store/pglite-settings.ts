// Settings every embedded PostgreSQL of phigate starts with (the serving process and the initdb child).
// PostgreSQL's default 128 MB of shared buffers live inside the WASM heap and stay resident; phigate's
// embedded working set is far smaller, and the OS page cache still holds the data files.
export const PGLITE_SETTINGS: readonly string[] = ['shared_buffers = 16MB'];
