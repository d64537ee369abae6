-- The workbench's password attempts (issue 11), counted before each password is checked, per counter
-- (src/core/staff/sign-in-limits.ts): `phone:<phone>`, `phone_address:<phone>:<address hash>` and
-- `address:<address hash>`, the address as a keyed hash as for the SMS codes. Counted per phone, known
-- or not, so the answers never tell which phones have accounts. Past the free attempts a delay doubles
-- up to an hour; the account-level lock of migration 007, which anyone could trigger, is gone.
CREATE TABLE sign_in_counters (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_at timestamptz NOT NULL,
  blocked_until timestamptz
);

ALTER TABLE staff_accounts DROP COLUMN failed_attempts, DROP COLUMN locked_until;

-- Idle counters are removed as attempts come in (deleteIdleSignInCounters).
CREATE INDEX sign_in_counters_last_at ON sign_in_counters (last_at);
