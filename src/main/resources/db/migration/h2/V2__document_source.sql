-- The whole source text of a document (up to the upload limit), beyond H2's varchar maximum.
alter table document add column source_text clob not null;
