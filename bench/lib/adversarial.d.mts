// Types for adversarial.mjs, for the TypeScript test that shares its inputs.
export declare function fill(unit: string, bytes: number): string;
export declare const ADVERSARIAL: Readonly<Record<string, (bytes: number) => string>>;
