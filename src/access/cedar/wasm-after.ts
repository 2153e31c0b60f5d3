// Puts back what ./wasm-before.ts changed for Cedar's module only (see there why).
import { setFlagsFromString } from 'node:v8';
import { DEFAULT_WASM_TIERING_BUDGET, OPERATOR_SET_BUDGET } from './wasm-before.js';

if (!OPERATOR_SET_BUDGET) setFlagsFromString(`--wasm-tiering-budget=${DEFAULT_WASM_TIERING_BUDGET}`);
