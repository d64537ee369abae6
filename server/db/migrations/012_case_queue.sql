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

-- Most cases of an office are finished (nothing more is due: the clock's step is done) and their
-- status no longer changes with the days. Their counts per department, kind, channel and status are
-- kept here by a trigger, so that the queue's status counts read the open cases and these sums, not
-- every case ever received. The department of the intake queue is ''.
CREATE TABLE case_queue_done_counts (
  department text NOT NULL,
  kind text NOT NULL,
  channel text NOT NULL,
  status text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (department, kind, channel, status)
);

CREATE FUNCTION case_queue_count_done() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.queue_step IS NOT DISTINCT FROM NEW.queue_step AND OLD.queue_status IS NOT DISTINCT FROM NEW.queue_status
     AND OLD.department IS NOT DISTINCT FROM NEW.department AND OLD.kind = NEW.kind AND OLD.channel = NEW.channel THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.queue_step = 'done' THEN
    UPDATE case_queue_done_counts SET n = n - 1
    WHERE department = coalesce(OLD.department, '') AND kind = OLD.kind AND channel = OLD.channel AND status = OLD.queue_status;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.queue_step = 'done' THEN
    INSERT INTO case_queue_done_counts (department, kind, channel, status, n)
    VALUES (coalesce(NEW.department, ''), NEW.kind, NEW.channel, NEW.queue_status, 1)
    ON CONFLICT (department, kind, channel, status) DO UPDATE SET n = case_queue_done_counts.n + 1;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER case_queue_count_done AFTER INSERT OR DELETE OR UPDATE OF queue_step, queue_status, department, kind, channel ON cases
  FOR EACH ROW EXECUTE FUNCTION case_queue_count_done();

-- The open cases, whose standing the queue derives from today's date: the index holds every column
-- the counts read, so that counting them reads the index alone (once vacuumed).
CREATE INDEX cases_queue_open ON cases (queue_status, queue_step, queue_correction_due, queue_due_date, department, kind, channel)
  WHERE queue_step IS DISTINCT FROM 'done';
-- The queue's order among the open cases: a due filter, or the status of an open case, reads only them.
CREATE INDEX cases_queue_open_order ON cases (queue_due_date, received_on, tracking_no COLLATE "C")
  WHERE queue_step IS DISTINCT FROM 'done';
