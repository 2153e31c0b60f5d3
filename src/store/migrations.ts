// The schema, as numbered migrations. Append a migration to change it; never edit one that has shipped
// (migrate.ts refuses a database whose applied migrations differ from these). `s` is the quoted schema.
//
// What holds PHI, and how: patients.sealed, records.body and vault_tokens.sealed are AES-256-GCM
// ciphertexts (crypto/ciphertext.ts); patients.mrn_hash / external_id_hash and the vault hashes are keyed
// HMACs; data_keys.wrapped are data keys wrapped by a KEK that is never stored here. audit_entries.payload
// is PHI-free by the audit capability's contract (and erasable).

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (s: string) => string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'keys, patients, records, vault, audit',
    sql: (s) => `
CREATE TABLE ${s}.data_keys (
  key_id bytea PRIMARY KEY CHECK (length(key_id) = 16),
  tenant text NOT NULL,
  owner text NOT NULL,
  keyring_id text NOT NULL,
  kek_version integer NOT NULL CHECK (kek_version >= 1),
  wrapped bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  destroyed_at timestamptz,
  CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
);
CREATE UNIQUE INDEX data_keys_live_owner ON ${s}.data_keys (tenant, owner) WHERE destroyed_at IS NULL;
CREATE INDEX data_keys_rewrap ON ${s}.data_keys (keyring_id, kek_version, key_id) WHERE destroyed_at IS NULL;

CREATE TABLE ${s}.kek_rotations (
  id bigserial PRIMARY KEY,
  keyring_id text NOT NULL,
  target_version integer NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  cursor_key bytea,
  rewrapped bigint NOT NULL DEFAULT 0,
  total bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX kek_rotations_one_open ON ${s}.kek_rotations (keyring_id) WHERE finished_at IS NULL;

CREATE TABLE ${s}.patients (
  tenant text NOT NULL,
  id uuid NOT NULL,
  mrn_hash bytea,
  external_id_hash bytea,
  sealed bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  shredded_at timestamptz,
  PRIMARY KEY (tenant, id)
);
CREATE UNIQUE INDEX patients_mrn ON ${s}.patients (tenant, mrn_hash) WHERE mrn_hash IS NOT NULL;
CREATE UNIQUE INDEX patients_external_id ON ${s}.patients (tenant, external_id_hash) WHERE external_id_hash IS NOT NULL;

CREATE TABLE ${s}.records (
  tenant text NOT NULL,
  id uuid NOT NULL,
  patient_id uuid,
  kind text NOT NULL,
  body bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant, id),
  FOREIGN KEY (tenant, patient_id) REFERENCES ${s}.patients (tenant, id)
);
CREATE INDEX records_patient ON ${s}.records (tenant, patient_id, created_at) WHERE patient_id IS NOT NULL;

CREATE TABLE ${s}.vault_tokens (
  token text PRIMARY KEY,
  tenant text NOT NULL,
  scope_hash bytea NOT NULL,
  value_hash bytea NOT NULL,
  entity_type text NOT NULL,
  sealed bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  UNIQUE (scope_hash, value_hash)
);
CREATE INDEX vault_tokens_expiry ON ${s}.vault_tokens (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE ${s}.audit_entries (
  seq bigint PRIMARY KEY CHECK (seq >= 0),
  leaf_hash bytea NOT NULL,
  digest bytea NOT NULL,
  salt bytea,
  payload text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((salt IS NULL) = (payload IS NULL))
);
-- The log's size: appenders lock this one row, so seqs are gapless and never fork across processes.
CREATE TABLE ${s}.audit_head (
  id smallint PRIMARY KEY CHECK (id = 1),
  size bigint NOT NULL CHECK (size >= 0)
);
INSERT INTO ${s}.audit_head (id, size) VALUES (1, 0);
CREATE TABLE ${s}.audit_checkpoints (
  size bigint PRIMARY KEY CHECK (size >= 0),
  root bytea NOT NULL,
  note text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Append-only, enforced by the database too: entries cannot be deleted, and an update may only erase
-- the salt and payload. (An administrator can still disable the trigger: the Merkle tree catches that.)
CREATE FUNCTION ${s}.audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'P0001';
  END IF;
  IF NEW.seq <> OLD.seq OR NEW.leaf_hash <> OLD.leaf_hash OR NEW.digest <> OLD.digest
     OR NEW.created_at <> OLD.created_at OR NEW.payload IS NOT NULL OR NEW.salt IS NOT NULL THEN
    RAISE EXCEPTION 'audit entries may only have their payload erased' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON ${s}.audit_entries
  FOR EACH ROW EXECUTE FUNCTION ${s}.audit_entries_guard();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON ${s}.audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ${s}.audit_entries_guard();
`,
  },
  {
    version: 2,
    name: 'gateway api keys and care teams',
    // API keys: only a salted SHA-256 of the 256-bit secret is stored. Care teams: the patient is a keyed
    // lookup hash of the id the gateway is told (never the id itself).
    sql: (s) => `
CREATE TABLE ${s}.api_keys (
  id text PRIMARY KEY,
  tenant text NOT NULL,
  principal text NOT NULL,
  principal_kind text NOT NULL CHECK (principal_kind IN ('user', 'service')),
  roles text NOT NULL,
  label text NOT NULL,
  salt bytea NOT NULL,
  secret_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_principal ON ${s}.api_keys (tenant, principal);

CREATE TABLE ${s}.care_team (
  tenant text NOT NULL,
  principal text NOT NULL,
  patient_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant, principal, patient_hash)
);
`,
  },
  {
    version: 3,
    name: 'care team members by patient',
    // The admin API lists a patient's care team; the primary key serves look-ups by principal only.
    sql: (s) => `
CREATE INDEX care_team_by_patient ON ${s}.care_team (tenant, patient_hash, principal);
`,
  },
  {
    version: 4,
    name: 'audit append as a function',
    // The audit append, as one function: PL/pgSQL keeps its statements' plans for the connection, where
    // the same statements sent as text are parsed and planned on every append. On the embedded engine,
    // which runs on the gateway's own thread, that halves an append's cost (about 0.4 to 0.2 ms). The
    // head row's lock sequences appenders exactly as before (see store/audit-repository.ts).
    sql: (s) => `
CREATE FUNCTION ${s}.audit_append(leaf_hashes bytea[], digests bytea[], salts bytea[], payloads text[])
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  n bigint := cardinality(leaf_hashes);
  first bigint;
  stored bigint;
BEGIN
  IF n IS NULL OR n = 0 OR cardinality(digests) <> n OR cardinality(salts) <> n OR cardinality(payloads) <> n THEN
    RAISE EXCEPTION 'audit_append needs four arrays of one non-zero length' USING ERRCODE = '22023';
  END IF;
  UPDATE ${s}.audit_head SET size = size + n WHERE id = 1 RETURNING size - n INTO first;
  INSERT INTO ${s}.audit_entries (seq, leaf_hash, digest, salt, payload)
    SELECT first + e.ord - 1, e.leaf_hash, e.digest, e.salt, e.payload
      FROM unnest(leaf_hashes, digests, salts, payloads) WITH ORDINALITY AS e (leaf_hash, digest, salt, payload, ord);
  GET DIAGNOSTICS stored = ROW_COUNT;
  IF stored <> n THEN
    RAISE EXCEPTION 'audit_append stored % of % entries', stored, n USING ERRCODE = 'P0001';
  END IF;
  RETURN first;
END $$;
`,
  },
];
