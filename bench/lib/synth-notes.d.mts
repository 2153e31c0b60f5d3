// Types for synth-notes.mjs, for TypeScript tests that build realistic note text with it.
export interface SynthSpan { start: number; end: number; type: string; label: string }
export interface SynthNote { id: string; kind: string; text: string; spans: SynthSpan[] }
export declare const GENERATOR_VERSION: number;
export declare const DEFAULT_SEED: number;
export declare function generateNote(seed: number, index: number): SynthNote;
export declare function normalText(bytes: number, seed?: number): string;
export declare function cutToBytes(s: string, bytes: number): string;
export declare function writeArchive(opts: { path: string; seed?: number; megabytes?: number; onProgress?: (fraction: number) => void }): { path: string; notes: number; textBytes: number; spans: number };
export declare function ensureArchive(opts: { dir: string; seed?: number; megabytes?: number; log?: (line: string) => void }): { path: string; generated: boolean };
