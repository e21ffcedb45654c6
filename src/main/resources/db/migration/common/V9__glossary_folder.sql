-- The glossary/ folder sync (issue 5): whether the database changed since the glossary was last read from or
-- written to its folder file, and, when the file changed too, the hash of the file version kept out (a conflict).
alter table glossary add column changed_since_sync boolean default false not null;
alter table glossary add column folder_conflict varchar(64);
