-- The format a document arrived in: text, html, markdown, docx or xliff (earlier documents count as text).
alter table document add column format varchar(16) default 'text' not null;
