-- Rich-text bodies (issue 5: "body (rich text, sanitised)"). A notice body is stored in one of two
-- formats, named by `body_format` rather than guessed from the text, so that a plain body written
-- before this migration (or by a client that sends plain text) is never read as markup, whatever
-- characters it holds: 'text' is plain text with blank lines between paragraphs, as before; 'html' is
-- the subset of src/core/notices/rich-body.ts, cleaned by the server on every write.
ALTER TABLE notices ADD COLUMN body_format text NOT NULL DEFAULT 'text' CHECK (body_format IN ('text', 'html'));
-- The words of an 'html' body without its markup, written with it by the server: search, ranking and
-- excerpts read this, so that a search never matches a tag name or a link's address. Null for a
-- 'text' body, whose words are the body itself.
ALTER TABLE notices ADD COLUMN body_text text;
ALTER TABLE notices ADD CONSTRAINT notices_body_text_of_html CHECK ((body_format = 'html') = (body_text IS NOT NULL));

-- A service guide's explanation beside the eight disclosures (办事须知), always in the 'html' format
-- (guides had no body before, so there is no plain one to keep); empty when there is none. Drafts keep
-- it in guide_drafts.content as `body`.
ALTER TABLE guides ADD COLUMN body text NOT NULL DEFAULT '';
