// Public face of the audit capability: a tamper-evident, Certificate-Transparency-style log of audit
// events (RFC 9162 Merkle tree, C2SP signed checkpoints), proofs, the offline verifier and the
// accounting of disclosures.
export { rfc9162, sha256, toHex, hashFromHex, type LogHasher } from './hasher.js';
export { inclusionPlan, consistencyPlan, rangeNodes, planNodes, rehash, foldRight, CompactRange, type NodeId, type ProofPlan, type ProofElement } from './proof.js';
export { verifyInclusion, verifyConsistency, rootFromInclusionProof, AuditRootMismatchError } from './verify.js';
export { createAuditEvent, createAuditEventFactory, parseAuditEvent, type AuditEvent, type AuditEventInput, type EventVocabulary, type Decision } from './event.js';
export { createPatientHasher, payloadDigest, type PatientHasher } from './event-refs.js';
export { PURPOSES_OF_USE, describePurpose } from './purpose.js';
export { sealEvent, eventDigest, payloadMatchesDigest, type SealedEvent } from './entry.js';
export { formatCheckpoint, parseCheckpoint, signCheckpoint, openCheckpoint, type Checkpoint } from './checkpoint.js';
export {
  signNote,
  openNote,
  parseNote,
  parseSignerKey,
  parseVerifierKey,
  formatVerifierKey,
  generateNoteKey,
  verifierKeyFromSignerKey,
  noteKeyId,
  type NoteSigner,
  type NoteVerifier,
} from './note.js';
export { AuditLog, type AuditLogOptions, type AppendReceipt, type InclusionProof, type AuditRecord } from './log.js';
export { eventMatches, type AuditStorage, type NewAuditEntry, type StoredAuditEntry, type StoredCheckpoint, type AuditSearchQuery } from './storage.js';
export { MemoryAuditStorage } from './memory-storage.js';
export { exportLog, exportSiem, type ExportOptions, type ExportSummary } from './export-log.js';
export { verifyExportFiles, resolveExportPaths, type ExportPaths, type VerifiedExport } from './export-files.js';
export { ExportVerifier, type VerifyReport, type VerifyProblem, type ProblemKind } from './export-verifier.js';
export { readExportRecords, LeafHashTree } from './export-reader.js';
export {
  accountDisclosures,
  accountDisclosuresFrom,
  disclosureSearch,
  renderDisclosures,
  defaultSince,
  DISCLOSURE_FORMATS,
  type Disclosure,
  type DisclosureFormat,
  type DisclosureQuery,
} from './disclosures.js';
export { searchPaged, readPaged, searchHit, type SearchHit } from './reading.js';
export { liveProofTree, inclusionProofReport, consistencyProofReport, type ProofTree, type InclusionProofReport, type ConsistencyProofReport } from './proof-report.js';
export { toSiemLine, type SiemEntry } from './siem.js';
export { auditStorageOf } from './store-storage.js';
