-- Inline codes (issue 6): a segment read from another tool's XLIFF keeps its codes as markers in its text and
-- their XML here (JSON, written and read by the exchange feature); null for segments of plain text.
alter table segment add column codes varchar;
