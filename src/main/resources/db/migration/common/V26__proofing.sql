-- Language checks (issue 20). A translation is proofread in the background after it changes: proofread_hash is the
-- hash of the target its lang.* findings were made for, null while it waits (a save, a dictionary or settings change).
alter table translation add column proofread_hash integer;
create index ix_translation_unproofread on translation (proofread_hash, locale);

-- Where a finding points in the target and what could replace that span (values separated by U+001F).
alter table qa_finding add column span_start integer;
alter table qa_finding add column span_end integer;
alter table qa_finding add column suggestions varchar(4000);

-- A project's own words per target locale, which the spelling check accepts.
create table project_dictionary (
    project_id bigint       not null references project (id),
    locale     varchar(64)  not null,
    word       varchar(100) not null,
    added_by   varchar(64)  not null,
    added_at   timestamp(6) with time zone not null,
    constraint pk_project_dictionary primary key (project_id, locale, word)
);
