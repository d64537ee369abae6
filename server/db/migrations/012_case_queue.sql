-- The staff queue's sort and filter keys, kept with each case (issue 5: p99 < 100 ms over 100,000
-- cases). They are a cache of what core computes from the events and the calendar, never a source of
-- truth: a trigger marks a case stale whenever its events change, and the server recomputes stale
-- cases (and all of them when the calendar changes) before it answers the queue. Only two things
-- change with the passing of days, and the queue derives them in SQL from today's date: a due date
-- being reached, and a correction period lapsing (the application is then taken as withdrawn).
ALTER TABLE cases
  ADD COLUMN queue_stale boolean NOT NULL DEFAULT true,
  -- Bumped with every change of the case's events: a recomputation that read an older version is discarded.
  ADD COLUMN queue_version integer NOT NULL DEFAULT 0,
  ADD COLUMN queue_due_date date,
  ADD COLUMN queue_step text,
  ADD COLUMN queue_status text,
  ADD COLUMN queue_correction_due date;

CREATE INDEX cases_queue_stale ON cases (id) WHERE queue_stale;
-- The queue's order; tracking numbers compare byte by byte, as the app sorts them.
CREATE INDEX cases_queue_order ON cases (queue_due_date, received_on, tracking_no COLLATE "C");

-- The calendar the kept keys were computed with; another calendar makes every case stale.
CREATE TABLE case_queue_state (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  calendar_version text NOT NULL
);

CREATE FUNCTION case_queue_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases SET queue_stale = true, queue_version = queue_version + 1 WHERE id = NEW.case_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER case_queue_touch AFTER INSERT OR UPDATE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_queue_touch();
