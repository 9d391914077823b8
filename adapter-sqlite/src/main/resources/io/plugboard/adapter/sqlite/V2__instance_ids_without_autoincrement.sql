-- AUTOINCREMENT made every insert also update sqlite_sequence, one more page written and synced per commit.
-- Ids still never come back: the next id follows both the largest id present and instance_ids.high_water,
-- which deletes raise to the id they remove.
CREATE TABLE instance_ids (
  high_water INTEGER NOT NULL
);

INSERT INTO instance_ids (high_water)
  SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'instances'), 0),
             coalesce((SELECT max(id) FROM instances), 0));

CREATE TABLE instances_v2 (
  id            INTEGER PRIMARY KEY,
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

INSERT INTO instances_v2 (id, org_id, user_id, element_id, element_key, name, tags, configuration, token_digest,
                          valid, disabled, created_at)
  SELECT id, org_id, user_id, element_id, element_key, name, tags, configuration, token_digest,
         valid, disabled, created_at FROM instances;

DROP TABLE instances;

ALTER TABLE instances_v2 RENAME TO instances;

CREATE INDEX instances_by_org ON instances (org_id, id);
