// Coalesces concurrent requests into one batch (the DataLoader pattern): callers submit, a flush runs
// them together on the next turn of the event loop, so eight concurrent tokenize calls cost two
// statements instead of eight. At most `maxInflight` batches run at once; requests arriving meanwhile
// wait for the next one.

export interface BatcherOptions {
  /** Requests per batch at most (default 256). */
  readonly maxBatch?: number;
  /** Batches running at once at most (default 4; keep it under the connection pool's size). */
  readonly maxInflight?: number;
  /** Requests per batch at least when several are waiting (default 4: a round trip costs more CPU than a few more rows). */
  readonly minBatch?: number;
}

/** A per-request failure inside a batch that otherwise succeeded: rejects that caller only. */
export class Failed {
  constructor(readonly error: unknown) {}
}

/**
 * Results handed out before the batch's work is over (a vault batch's tokens are decided before its
 * commit): callers get them at once, and the batch keeps its slot until `until` settles, so `maxInflight`
 * still bounds the connections batches hold.
 */
export class Held<T> {
  constructor(
    readonly results: T[],
    readonly until: Promise<unknown>,
  ) {}
}

interface Waiting<Req, Res> {
  readonly req: Req;
  resolve(res: Res): void;
  reject(err: unknown): void;
}

export class Batcher<Req, Res> {
  readonly #run: (reqs: readonly Req[]) => Promise<Array<Res | Failed> | Held<Res | Failed>>;
  readonly #maxBatch: number;
  readonly #maxInflight: number;
  readonly #minBatch: number;
  #queue: Waiting<Req, Res>[] = [];
  #inflight = 0;
  #scheduled = false;

  /** `run` gets a batch and returns one result (or Failed) per request, in order (or Held); if it throws, all fail. */
  constructor(run: (reqs: readonly Req[]) => Promise<Array<Res | Failed> | Held<Res | Failed>>, opts: BatcherOptions = {}) {
    this.#run = run;
    this.#maxBatch = opts.maxBatch ?? 256;
    this.#maxInflight = opts.maxInflight ?? 4;
    this.#minBatch = opts.minBatch ?? 4;
  }

  submit(req: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      this.#queue.push({ req, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#inflight >= this.#maxInflight || this.#queue.length === 0) return;
    this.#scheduled = true;
    // setImmediate lets every caller of this turn join the batch.
    setImmediate(() => {
      this.#scheduled = false;
      this.#flush();
    });
  }

  #flush(): void {
    // What is waiting is spread over the free slots, so a few callers run side by side (each commit
    // waits for the disk; several commits share one flush) and many callers still share statements.
    const slots = this.#maxInflight - this.#inflight;
    const size = Math.min(this.#maxBatch, Math.max(this.#minBatch, Math.ceil(this.#queue.length / Math.max(1, slots))));
    while (this.#inflight < this.#maxInflight && this.#queue.length > 0) {
      const batch = this.#queue.splice(0, size);
      this.#inflight++;
      this.#run(batch.map((w) => w.req))
        .then(
          (out) => {
            const results = out instanceof Held ? out.results : out;
            batch.forEach((w, i) => {
              const r = results[i];
              if (r instanceof Failed) w.reject(r.error);
              else w.resolve(r as Res);
            });
            // The callers see the end of the held work themselves; here it only frees the slot.
            return out instanceof Held ? out.until.then(
              () => undefined,
              () => undefined,
            ) : undefined;
          },
          (err: unknown) => batch.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          this.#inflight--;
          this.#schedule();
        });
    }
  }
}
