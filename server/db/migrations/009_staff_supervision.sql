-- Supervision reminders (督办) sent, so each is sent once per case, level and due date.
CREATE TABLE staff_reminders (
  tracking_no text NOT NULL,
  -- handler, head or leader (src/core/staff/supervision.ts).
  level text NOT NULL,
  due_date date NOT NULL,
  sent_at timestamptz NOT NULL,
  recipients integer NOT NULL,
  PRIMARY KEY (tracking_no, level, due_date)
);

-- Reply templates per case kind and outcome, with {placeholders}; edited by administrators.
CREATE TABLE reply_templates (
  kind text NOT NULL,
  outcome text NOT NULL,
  body text NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (kind, outcome)
);
