-- Staff accounts of the workbench (issue 5): roles, department, sign-in with a password.

CREATE TABLE staff_accounts (
  id serial PRIMARY KEY,
  name text NOT NULL,
  phone text NOT NULL UNIQUE,
  -- Any of clerk, head, disclosure, leader, admin (src/core/schemas/staff.ts).
  roles text[] NOT NULL,
  -- The department key; null for people who work across departments (disclosure, leader, admin).
  department text,
  -- scrypt$N$r$p$salt$hash (node:crypto scrypt), never the password itself.
  password_hash text NOT NULL,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_sessions (
  -- SHA-256 of the bearer token; the token itself is only ever with the browser.
  token_hash text PRIMARY KEY,
  staff_id integer NOT NULL REFERENCES staff_accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- Every sign-in attempt, successful or not.
CREATE TABLE staff_sign_ins (
  id serial PRIMARY KEY,
  phone text NOT NULL,
  staff_id integer REFERENCES staff_accounts (id),
  outcome text NOT NULL,
  at timestamptz NOT NULL
);

-- The department handling a case; null while it waits in the intake queue.
ALTER TABLE cases ADD COLUMN department text;
CREATE INDEX cases_department ON cases (department);

-- The audit log is append-only for everyone, the application included.
CREATE FUNCTION staff_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'staff_audit is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER staff_audit_append_only BEFORE UPDATE OR DELETE ON staff_audit
  FOR EACH ROW EXECUTE FUNCTION staff_audit_append_only();
