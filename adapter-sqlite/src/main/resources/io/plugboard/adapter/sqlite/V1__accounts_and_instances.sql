-- Secrets are never stored: organizations and users keep the HMAC of their secret, instances the HMAC of
-- their token. Instance configuration is one AES-256-GCM ciphertext bound to (org_id, id).
-- token_digest has no index: nothing looks an instance up by its token yet, and an index of random values
-- makes every commit write a page per new instance.
CREATE TABLE organizations (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  name          TEXT    NOT NULL,
  secret_digest BLOB    NOT NULL UNIQUE,
  created_at    INTEGER NOT NULL
);

CREATE TABLE users (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id        INTEGER NOT NULL REFERENCES organizations (id),
  email         TEXT    NOT NULL,
  secret_digest BLOB    NOT NULL UNIQUE,
  created_at    INTEGER NOT NULL
);

CREATE TABLE instances (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id        INTEGER NOT NULL REFERENCES organizations (id),
  user_id       INTEGER NOT NULL,
  element_id    INTEGER NOT NULL,
  element_key   TEXT    NOT NULL,
  name          TEXT    NOT NULL,
  tags          TEXT    NOT NULL,
  configuration BLOB    NOT NULL,
  token_digest  BLOB    NOT NULL,
  valid         INTEGER NOT NULL,
  disabled      INTEGER NOT NULL,
  created_at    INTEGER NOT NULL
);

CREATE INDEX instances_by_org ON instances (org_id, id);
