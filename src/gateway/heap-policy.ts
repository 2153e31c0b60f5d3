// How far V8 lets its heap outgrow the live data. By default a busy process lets the old generation grow
// to several times what is live before it collects (the gateway's ~40 MB of live data became ~200 MB of
// heap under load); a gateway serving steady traffic is better off collecting sooner and holding less.
// `--heap-growing-percent` is read at every major GC, so setting it at run time takes effect.
import { setFlagsFromString } from 'node:v8';

/** Caps the heap's growth over live data at `percent` (0: V8's own policy). Process-wide; call once at start. */
export function applyHeapGrowthLimit(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0) throw new RangeError('heap growth percent must be a non-negative integer');
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
