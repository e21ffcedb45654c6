-- The whole source text of a document.
alter table document add column source_text text not null;
