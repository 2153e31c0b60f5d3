// Builds one provider adapter per configured vendor, resolving API keys from their references.
import type { PhigateConfig } from '../config/index.js';
import { type ConfigIo, nodeConfigIo, resolveSecret } from '../config/index.js';
import { type ProviderAdapter, anthropic, openaiCompatible } from '../providers/index.js';

export function providersFromConfig(config: PhigateConfig, io: ConfigIo = nodeConfigIo): Record<string, ProviderAdapter> {
  const out: Record<string, ProviderAdapter> = {};
  for (const v of Object.values(config.vendors)) {
    const common = {
      id: v.id,
      baseUrl: v.baseUrl,
      apiKey: v.apiKey ? new TextDecoder().decode(resolveSecret(v.apiKey, io)) : null,
      allowInsecureLoopback: v.allowInsecureLoopback,
      timeoutMs: config.server.upstreamTimeoutMs,
      retries: config.server.upstreamRetries,
    };
    // The enforced parameters were already set on the OpenAI-shaped body by the route stage; the
    // Anthropic adapter builds a new body, so it is handed them to set in Anthropic's terms.
    out[v.id] = v.provider === 'anthropic' ? anthropic({ ...common, vendorParams: v.enforceParams }) : openaiCompatible({ ...common, azureApiVersion: v.azureApiVersion });
  }
  return out;
}
