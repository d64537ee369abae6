-- The per-network limit on sign-in codes counts codes by the address that asked for them. The
-- address is personal information, so only its keyed hash (HMAC with the SMS pepper) is stored;
-- codes sent before this migration have none and count for no address.
ALTER TABLE sms_codes ADD COLUMN requester_hash text;
CREATE INDEX sms_codes_requester ON sms_codes (requester_hash, sent_at DESC) WHERE requester_hash IS NOT NULL;
