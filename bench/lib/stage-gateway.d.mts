// Types for stage-gateway.mjs, for the TypeScript test of the wrapper.
export declare function timedGateway<G extends { fetch(request: Request, ...rest: never[]): Promise<Response> }>(gateway: G, currentRecord: () => Record<string, number> | undefined): G;
