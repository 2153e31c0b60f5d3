// Public face of the vendors capability: BAA status, routing by data class, and enforced parameters.
export { baaStatus, type BaaStatus } from './baa.js';
export { decideRoute, isRefusal, modelUsable, readBaa, readingHolds, requestRefusal, routeFor, routeModel, type BaaReading, type DataMode, type RouteDecision, type RouteRefusal } from './route.js';
export { enforceParams } from './params.js';
export { checkDeidentifiedParams } from './deidentified-params.js';
