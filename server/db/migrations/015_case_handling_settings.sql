-- How the office handles cases, as its administrators set it (issue 5: "a reply needs the head's
-- approval when the office policy says so"); one row per setting, each change audited. Apart from
-- office_settings (002), which holds the office's public contact values.
CREATE TABLE case_handling_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
