// Builds one provider adapter per configured vendor, resolving API keys from their references. `serve`
// calls it before it creates or opens anything, so a key that is missing stops start-up at once, naming
// the config field and the variable or file (never a value).
import type { PhigateConfig } from '../config/index.js';
import { type ConfigIo, nodeConfigIo, resolveVendorApiKeys } from '../config/index.js';
import { PhigateError } from '../errors.js';
import { type ProviderAdapter, anthropic, openaiCompatible } from '../providers/index.js';

export function providersFromConfig(config: PhigateConfig, io: ConfigIo = nodeConfigIo): Record<string, ProviderAdapter> {
  const { keys, basicAuth, problems } = resolveVendorApiKeys(config, io);
  const first = problems[0];
  if (first) throw new PhigateError(first.error.code, `${first.field.join('.')}: ${first.error.message}; set it, or remove the vendor from the config`, { cause: first.error });
  const out: Record<string, ProviderAdapter> = {};
  for (const v of Object.values(config.vendors)) {
    const common = {
      id: v.id,
      baseUrl: v.baseUrl,
      apiKey: keys.get(v.id) ?? null,
      basicAuth: basicAuth.get(v.id) ?? null,
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
