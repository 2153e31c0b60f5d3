// Public face of the gateway capability: the OpenAI-compatible application and its pipeline parts.
export { createGateway, type Gateway, type Peer } from './app.js';
export type { GatewayDeps, GatewayStore, AuditSink } from './deps.js';
export type { GatewayContext, Result, Call, Route, AccessGrant } from './context.js';
export { compose, type Stage, type Next } from './compose.js';
export { jsonLogger, type LogEntry, type LogFn } from './log.js';
export type { VaultPort } from './deid/redact.js';
export { isTokenPrefix, safeCut, restoreStream } from './deid/stream-restore.js';
export { Restorer } from './deid/restore.js';
export { chatSlots, embeddingSlots } from './deid/slots.js';
export { providersFromConfig } from './providers-from-config.js';
export { checkCanListen, listen, listenError, type ListenOptions, type RunningServer } from './server.js';
export { applyHeapGrowthLimit } from './heap-policy.js';
