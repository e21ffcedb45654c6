-- Translation memories in projects (issue 14). Every project has its own memory (project_id set), fed by its
-- confirmed segments; a unit that came from a segment names it, so a changed translation updates its unit instead
-- of adding one. Other memories are linked to projects, read-only or also written to, each with its own penalty.
alter table translation_memory add column project_id bigint;
alter table translation_memory add column include_translated boolean default true not null;
alter table translation_memory add column unapproved_penalty integer default 3 not null;
create unique index ux_translation_memory_project on translation_memory (project_id);

alter table memory_unit add column segment_id bigint;
alter table memory_unit add column document_id bigint;
alter table memory_unit add column context_hash varchar(64);
alter table memory_unit add column approved boolean default true not null;
create unique index ux_memory_unit_segment on memory_unit (memory_id, segment_id, target_locale);
create index ix_memory_unit_target on memory_unit (memory_id, target_locale, target_hash);

create table memory_link (
    project_id bigint  not null,
    memory_id  bigint  not null references translation_memory (id),
    writes     boolean not null,
    penalty    integer not null,
    primary key (project_id, memory_id)
);
