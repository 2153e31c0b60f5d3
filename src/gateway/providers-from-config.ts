// Builds one provider adapter per configured vendor, resolving API keys from their references.
import type { PhigateConfig } from '../config/index.js';
import { type ConfigIo, nodeConfigIo, resolveSecret } from '../config/index.js';
import { type ProviderAdapter, openaiCompatible } from '../providers/index.js';

export function providersFromConfig(config: PhigateConfig, io: ConfigIo = nodeConfigIo): Record<string, ProviderAdapter> {
  const out: Record<string, ProviderAdapter> = {};
  for (const v of Object.values(config.vendors)) {
    out[v.id] = openaiCompatible({
      id: v.id,
      baseUrl: v.baseUrl,
      apiKey: v.apiKey ? new TextDecoder().decode(resolveSecret(v.apiKey, io)) : null,
      allowInsecureLoopback: v.allowInsecureLoopback,
      azureApiVersion: v.azureApiVersion,
      timeoutMs: config.server.upstreamTimeoutMs,
      retries: config.server.upstreamRetries,
    });
  }
  return out;
}
