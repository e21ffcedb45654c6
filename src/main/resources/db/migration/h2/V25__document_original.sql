-- The file an HTML, Markdown or DOCX document was imported from: the skeleton its translations are written into.
create table document_original (
    document_id bigint primary key references document (id) on delete cascade,
    content blob not null
);
