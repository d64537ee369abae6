-- A consent can be withdrawn (个人信息保护法 第十五条). The row stays as the record that it was given
-- and when it was withdrawn; agreeing again adds a new row, so the history is never overwritten. At
-- most one consent per notice and version is in force at a time.
ALTER TABLE consents DROP CONSTRAINT consents_pkey;
ALTER TABLE consents ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE consents ADD COLUMN withdrawn_at timestamptz;
CREATE UNIQUE INDEX consents_in_force ON consents (account_id, notice, version) WHERE withdrawn_at IS NULL;
