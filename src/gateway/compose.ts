// The request pipeline: a list of named stages composed by one short function. Each stage gets the
// context and `next`; calling `next` twice is a bug and throws. Errors propagate outward, so the
// outermost stage (audit) sees refusals as well as successes.
import { PhigateError } from '../errors.js';
import type { GatewayContext } from './context.js';

export type Next = () => Promise<void>;
export type Stage = (ctx: GatewayContext, next: Next) => Promise<void>;

export function compose(stages: readonly Stage[]): (ctx: GatewayContext) => Promise<void> {
  return function pipeline(ctx) {
    let last = -1;
    const run = (i: number): Promise<void> => {
      if (i <= last) return Promise.reject(new PhigateError('PHIGATE_INTERNAL', 'A gateway stage called next() twice'));
      last = i;
      const stage = stages[i];
      return stage ? stage(ctx, () => run(i + 1)) : Promise.resolve();
    };
    return run(0);
  };
}
