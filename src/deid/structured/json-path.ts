// Field paths for structured input: `patient.name`, `notes[*].text`, `entry[0].resource.*`,
// `**.birthDate`, `["odd.key"].x`. Parsed once, matched against the concrete path of each node.
import { PhigateError } from '../../errors.js';

export type PathSegment =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'any' } // `*`: any key of an object or any element of an array
  | { readonly kind: 'anyIndex' } // `[*]`: any element of an array
  | { readonly kind: 'anyDepth' }; // `**`: zero or more segments

/** A concrete location: object keys as strings, array positions as numbers. */
export type ConcretePath = readonly (string | number)[];

const MAX_PATH_LENGTH = 1000;

function bad(path: string, why: string): PhigateError {
  return new PhigateError('PHIGATE_BAD_CONFIG', `Field path "${path.slice(0, 100)}" is not valid: ${why}`);
}

/** Parses a path; throws PHIGATE_BAD_CONFIG naming the path (paths are configuration, not data). */
export function parsePath(path: string): PathSegment[] {
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH_LENGTH) {
    throw bad(String(path), `it must be a non-empty string of at most ${MAX_PATH_LENGTH} characters`);
  }
  const segments: PathSegment[] = [];
  let i = 0;
  let expectKey = true; // at the start or after a dot
  while (i < path.length) {
    const c = path[i];
    if (c === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) throw bad(path, 'a "[" is not closed');
      const inner = path.slice(i + 1, close);
      if (inner === '*') segments.push({ kind: 'anyIndex' });
      else if (/^\d{1,9}$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) });
      else if (/^(["']).*\1$/.test(inner) && inner.length >= 2) segments.push({ kind: 'key', name: inner.slice(1, -1) });
      else throw bad(path, 'brackets hold *, a number, or a quoted key');
      i = close + 1;
      expectKey = false;
    } else if (c === '.') {
      if (expectKey) throw bad(path, 'empty segment');
      i++;
      expectKey = true;
    } else {
      if (!expectKey) throw bad(path, 'a key must follow a dot');
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      const name = path.slice(i, j);
      segments.push(name === '**' ? { kind: 'anyDepth' } : name === '*' ? { kind: 'any' } : { kind: 'key', name });
      i = j;
      expectKey = false;
    }
  }
  if (expectKey) throw bad(path, 'it ends with a dot');
  return segments;
}

function segmentMatches(seg: PathSegment, part: string | number): boolean {
  switch (seg.kind) {
    case 'key':
      return typeof part === 'string' && part === seg.name;
    case 'index':
      return part === seg.index;
    case 'any':
      return true;
    case 'anyIndex':
      return typeof part === 'number';
    case 'anyDepth':
      return true;
  }
}

/** Whole-path match; `**` by dynamic programming, so no pattern can take exponential time. */
export function pathMatches(pattern: readonly PathSegment[], path: ConcretePath): boolean {
  // reach[j]: the first i pattern segments can match the first j path parts.
  let reach = new Array<boolean>(path.length + 1).fill(false);
  reach[0] = true;
  for (const seg of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    for (let j = 0; j <= path.length; j++) {
      if (seg.kind === 'anyDepth') next[j] = reach[j] === true || (j > 0 && next[j - 1] === true);
      else next[j] = j > 0 && reach[j - 1] === true && segmentMatches(seg, path[j - 1] as string | number);
    }
    reach = next;
  }
  return reach[path.length] === true;
}
