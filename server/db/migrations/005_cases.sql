-- Residents' accounts, sign-in, consents, uploads and cases (issue 4). A case stores only real events
-- (who did what, on which day); its clock and status are computed from them. Identity numbers are kept
-- encrypted (AES-256-GCM) in cases.id_number_enc, never in clear.
CREATE TABLE accounts (
  id serial PRIMARY KEY,
  -- The mobile number verified by an SMS code; cases registered by staff for it appear in the list.
  phone text UNIQUE,
  wechat_openid text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id),
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE sms_codes (
  id serial PRIMARY KEY,
  phone text NOT NULL,
  code_hash text NOT NULL,
  sent_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  failed_attempts integer NOT NULL DEFAULT 0,
  used_at timestamptz
);
CREATE INDEX sms_codes_phone ON sms_codes (phone, sent_at DESC);

CREATE TABLE consents (
  account_id integer NOT NULL REFERENCES accounts (id),
  notice text NOT NULL,
  version text NOT NULL,
  given_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, notice, version)
);

CREATE TABLE uploads (
  id text PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id),
  name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE case_tracking_numbers;

CREATE TABLE cases (
  id serial PRIMARY KEY,
  tracking_no text NOT NULL UNIQUE,
  kind text NOT NULL,
  -- The submitting account; null for a case staff registered for a phone number.
  account_id integer REFERENCES accounts (id),
  -- The phone the case belongs to: the applicant's or the contact phone (links staff-registered cases).
  phone text,
  title text NOT NULL,
  -- The body as submitted, without the identity number.
  body jsonb NOT NULL,
  id_number_enc text,
  received_on date NOT NULL,
  channel text NOT NULL DEFAULT 'online',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_account ON cases (account_id, id DESC);
CREATE INDEX cases_phone ON cases (phone);

-- A repeat of POST /cases with the same key by the same account returns the first case.
CREATE TABLE idempotency_keys (
  account_id integer NOT NULL REFERENCES accounts (id),
  key text NOT NULL,
  -- A hash of the body: the same key with a different body is refused rather than answered wrongly.
  request_hash text NOT NULL,
  case_id integer REFERENCES cases (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, key)
);

CREATE TABLE case_events (
  id serial PRIMARY KEY,
  case_id integer NOT NULL REFERENCES cases (id),
  type text NOT NULL,
  -- The day it happened (China time); recorded_at is when it was entered.
  on_date date NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  actor text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case ON case_events (case_id, id);

-- Every staff action, append-only: no API updates or deletes a row.
CREATE TABLE staff_audit (
  id serial PRIMARY KEY,
  actor text NOT NULL,
  action text NOT NULL,
  tracking_no text,
  detail jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notifications (
  id serial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id),
  case_id integer REFERENCES cases (id),
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_account ON notifications (account_id, id DESC);
