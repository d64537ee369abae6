-- Year schedules that staff import from the State Council's notices (npm run calendar:import).
-- An imported year overrides the schedule bundled with the app (src/core/calendar/data) and replaces
-- a provisional year; deadlines are computed, not stored, so they follow at once.
CREATE TABLE calendar_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  schedule jsonb NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
