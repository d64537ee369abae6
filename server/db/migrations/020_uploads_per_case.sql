-- Uploads (issue 11): a file an official uploads for a reply belongs to that case, and a reply may
-- attach only the files uploaded for its case; residents' uploads keep case_id NULL (a case refers
-- to them by id). The clean-up of files never attached reads created_at.
ALTER TABLE uploads ADD COLUMN case_id integer REFERENCES cases (id);
CREATE INDEX uploads_created_at ON uploads (created_at);
CREATE INDEX uploads_account ON uploads (account_id) WHERE account_id IS NOT NULL;
