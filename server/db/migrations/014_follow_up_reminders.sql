-- Supervision reminders are about a reply's deadline or a follow-up's promised date (回访): each is
-- sent once per case, subject, level and due date.
ALTER TABLE staff_reminders ADD COLUMN subject text NOT NULL DEFAULT 'reply';
ALTER TABLE staff_reminders DROP CONSTRAINT staff_reminders_pkey;
ALTER TABLE staff_reminders ADD PRIMARY KEY (tracking_no, subject, level, due_date);

-- Follow-ups are derived from the events, not stored: this finds the cases rated 不满意 without
-- reading every event.
CREATE INDEX case_events_dissatisfied ON case_events (case_id) WHERE type = 'rated' AND data->>'rating' = 'dissatisfied';
