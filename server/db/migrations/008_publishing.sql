-- Publishing through review (issue 5): notices are drafted, submitted by the department, collated by
-- the disclosure office, approved by a leader and published at once or at a set time; each step is
-- recorded with who, when, from, to and the comment. Only `published` rows are public (002_content.sql).

-- The department key staff accounts and cases carry (007_staff.sql), so that a clerk or head drafts
-- for their own department only. Null for a department no staff account belongs to yet.
ALTER TABLE departments ADD COLUMN key text UNIQUE;

-- A draft has no publication day yet; a published row always has one.
ALTER TABLE notices ALTER COLUMN published_at DROP NOT NULL;
ALTER TABLE notices ADD CONSTRAINT notices_published_dated CHECK (status <> 'published' OR published_at IS NOT NULL);
-- Ad-hoc content (及时公开) is published within 3 days of this decision.
ALTER TABLE notices ADD COLUMN decision_date date;
-- Set by staff; otherwise fixed content is renewed a year and periodic content a month after publication.
ALTER TABLE notices ADD COLUMN renewal_date date;
-- An approved notice waiting for its publication time; nothing else is scheduled.
ALTER TABLE notices ADD COLUMN scheduled_at timestamptz;
ALTER TABLE notices ADD CONSTRAINT notices_scheduled_approved CHECK (scheduled_at IS NULL OR status = 'approved');
ALTER TABLE notices ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX notices_by_status ON notices (status, id DESC);
CREATE INDEX notices_scheduled ON notices (scheduled_at) WHERE scheduled_at IS NOT NULL;

-- The review history of a notice, one row per step; `from_status` is null for the creation.
CREATE TABLE notice_reviews (
  id serial PRIMARY KEY,
  notice_id integer NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  actor text NOT NULL,
  comment text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notice_reviews_by_notice ON notice_reviews (notice_id, id);
