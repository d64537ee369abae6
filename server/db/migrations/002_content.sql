-- Public content: who the office is (departments, leaders, reception days, office settings), what it
-- publishes (notices with their attachments) and how to get things done (service guides).
-- Ids are integer serials: PGlite returns int8 as a number and node-postgres as a string, int4 as a
-- number on both. Files live in the database (bytea) so that both engines and every backup keep them.

CREATE TABLE departments (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  duties text NOT NULL,
  phone text NOT NULL,
  address text NOT NULL,
  latitude double precision,
  longitude double precision,
  hours text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);

-- 分工: each leadership member's division of duties, shown with a photo on the contacts page.
CREATE TABLE leaders (
  id serial PRIMARY KEY,
  name text NOT NULL,
  post text NOT NULL,
  duties text NOT NULL,
  phone text NOT NULL,
  photo bytea,
  photo_mime_type text,
  sort_order integer NOT NULL DEFAULT 0,
  CHECK ((photo IS NULL) = (photo_mime_type IS NULL))
);

-- 领导接待日: which leader receives residents, when and where. `schedule` is free text such as
-- 每月第一个星期三 上午 9:00—11:30 because offices announce it that way.
CREATE TABLE receptions (
  id serial PRIMARY KEY,
  leader_id integer NOT NULL REFERENCES leaders (id) ON DELETE CASCADE,
  schedule text NOT NULL,
  place text NOT NULL,
  topics text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0
);

-- The office itself, its duty phone and the supervision hotline: a handful of named values.
CREATE TABLE office_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

-- A published item of the disclosure catalogue. `category` holds an id of src/core/notices/catalogue.ts
-- (the catalogue evolves in code, so no CHECK duplicates it here). `status` follows the review
-- procedure: the drafting department submits, the disclosure office collates, leadership approves, the
-- office publishes; only `published` is public.
CREATE TABLE notices (
  id serial PRIMARY KEY,
  title text NOT NULL,
  category text NOT NULL,
  department_id integer NOT NULL REFERENCES departments (id),
  published_at date NOT NULL,
  timeliness text NOT NULL CHECK (timeliness IN ('fixed', 'periodic', 'adhoc')),
  body text NOT NULL,
  comment_until date,
  status text NOT NULL DEFAULT 'published'
    CHECK (status IN ('draft', 'submitted', 'collated', 'approved', 'published', 'withdrawn'))
);

-- Lists read newest first, within a category or across all of them; only published rows are read.
CREATE INDEX notices_published_by_category ON notices (category, published_at DESC, id DESC)
  WHERE status = 'published';
CREATE INDEX notices_published_by_date ON notices (published_at DESC, id DESC)
  WHERE status = 'published';

CREATE TABLE attachments (
  id serial PRIMARY KEY,
  notice_id integer NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  name text NOT NULL,
  mime_type text NOT NULL,
  size integer NOT NULL,
  content bytea NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  CHECK (size = octet_length(content))
);
CREATE INDEX attachments_by_notice ON attachments (notice_id, sort_order, id);

-- A service guide with the eight disclosures (八公开). Lists are jsonb arrays: legal_basis and
-- procedure of strings, materials of { name, copies, note }.
CREATE TABLE guides (
  id serial PRIMARY KEY,
  name text NOT NULL,
  summary text NOT NULL,
  topic text NOT NULL,
  department_id integer NOT NULL REFERENCES departments (id),
  legal_basis jsonb NOT NULL CHECK (jsonb_typeof(legal_basis) = 'array'),
  procedure jsonb NOT NULL CHECK (jsonb_typeof(procedure) = 'array'),
  materials jsonb NOT NULL CHECK (jsonb_typeof(materials) = 'array'),
  statutory_limit text NOT NULL,
  promised_limit text NOT NULL,
  fee_standard text NOT NULL,
  fee_basis text NOT NULL
);
CREATE INDEX guides_by_topic ON guides (topic, id);
