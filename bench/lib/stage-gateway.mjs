// The gateway as bench:gateway-stages serves it (lib/gateway-server.mjs with PHIGATE_BENCH_STAGES=1): fetch
// timed into the request record in progress, and everything else passed through as it is. A Proxy rather than
// an object listing the members, so what the server gives fetch (the connection's peer: its address for
// /metrics, the means to cut a streamed answer short) and what it calls at shutdown (stopAccepting,
// endStreams, drained) reach the gateway now and when either grows.
export function timedGateway(gateway, currentRecord) {
  return new Proxy(gateway, {
    get(target, prop) {
      if (prop === 'fetch') {
        return (request, ...rest) => {
          const r = currentRecord();
          if (r) r.fetch = performance.now();
          return target.fetch(request, ...rest).then((res) => (r && (r.fetchEnd = performance.now()), res));
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
