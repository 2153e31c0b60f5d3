// Options several commands share: the config file and colour.
import { type PhigateConfig, loadConfig, parseConfig } from '../config/index.js';

/** The config named by --config, or the built-in defaults when none is given. */
export function loadCliConfig(path: string | undefined): PhigateConfig {
  return path === undefined ? parseConfig('', '<defaults>') : loadConfig(path);
}

/** --color / --no-color win; otherwise colour on a terminal unless NO_COLOR is set (no-color.org). */
export function useColor(flag: boolean | undefined, isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  if (flag !== undefined) return flag;
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}
