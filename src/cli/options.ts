// Options several commands share: the config file and colour.
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { PhigateConfig } from '../config/schema.js';

/** The config named by --config, or the defaults. The parser (zod, yaml) is loaded only when needed. */
export async function loadCliConfig(path: string | undefined): Promise<PhigateConfig> {
  if (path === undefined) return DEFAULT_CONFIG;
  const { loadConfig } = await import('../config/index.js');
  return loadConfig(path);
}

/** --color / --no-color win; otherwise colour on a terminal unless NO_COLOR is set (no-color.org). */
export function useColor(flag: boolean | undefined, isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  if (flag !== undefined) return flag;
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}
