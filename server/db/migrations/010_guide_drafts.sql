-- Service guides through the same review as notices (issue 5). The public reads the guides table as
-- it is, so a guide is written there only when published: a draft, and a revision of a published guide,
-- live here until then, and the published guide stays public while its revision is reviewed.
CREATE TABLE guide_drafts (
  id serial PRIMARY KEY,
  -- The published guide this draft created or revises; null until first published, after withdrawal,
  -- and once a later revision of the same guide is published.
  guide_id integer,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'collated', 'approved', 'published', 'withdrawn')),
  department_id integer NOT NULL REFERENCES departments (id),
  -- The eight disclosures (八公开) as src/core/schemas/publishing.ts GuideDraftBodySchema holds them.
  content jsonb NOT NULL,
  scheduled_at timestamptz CHECK (scheduled_at IS NULL OR status = 'approved'),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guide_drafts_by_status ON guide_drafts (status, id DESC);
CREATE INDEX guide_drafts_by_guide ON guide_drafts (guide_id);

CREATE TABLE guide_reviews (
  id serial PRIMARY KEY,
  draft_id integer NOT NULL REFERENCES guide_drafts (id) ON DELETE CASCADE,
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  actor text NOT NULL,
  comment text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guide_reviews_by_draft ON guide_reviews (draft_id, id);
