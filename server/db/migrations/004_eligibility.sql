-- Versions of the local parameters of the benefit self-check (低保 standards, subsidy amounts, age
-- bands) that staff import (npm run eligibility:import). Every version is kept: the engine uses the
-- one in force on the day asked about, so an answer about a past day cites that day's standard.
-- Once any version is imported, the demo versions bundled with the app are no longer used.
CREATE TABLE eligibility_parameter_versions (
  version text PRIMARY KEY,
  effective_from date NOT NULL UNIQUE,
  parameters jsonb NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
