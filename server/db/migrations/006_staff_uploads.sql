-- Files staff attach to a reply (the disclosed documents) belong to no resident account.
ALTER TABLE uploads ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE uploads ADD COLUMN uploaded_by text NOT NULL DEFAULT 'resident';
