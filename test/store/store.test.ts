// The store's conformance suite on both engines (PostgreSQL half skipped loudly when unreachable, and
// failing under CI=true).
import { forEachEngine } from './harness.js';
import { describeStoreContract } from './store-contract.js';

await forEachEngine('store contract', (h) => describeStoreContract(h));
