-- The office's own settings (issue 5: "a reply needs the head's approval when the office policy says
-- so"), one row per setting, changed by administrators and audited like every staff action.
CREATE TABLE office_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
