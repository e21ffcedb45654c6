-- Translation memories (issue 14): a memory holds units of one source locale; a unit is one source sentence with
-- its translation into one target locale, as a TMX file or (later) a project gave it. Codes are kept as JSON so an
-- export writes them back whole.
create sequence translation_memory_seq start with 1 increment by 1;
create table translation_memory (
    id            bigint primary key,
    name          varchar(200) not null,
    source_locale varchar(64)  not null,
    created_at    timestamp(6) with time zone not null
);
create sequence memory_unit_seq start with 1 increment by 50;
create table memory_unit (
    id            bigint primary key,
    memory_id     bigint      not null references translation_memory (id),
    target_locale varchar(64) not null,
    source        varchar     not null,
    target        varchar     not null,
    source_hash   varchar(64) not null,
    target_hash   varchar(64) not null,
    source_codes  varchar,
    target_codes  varchar,
    created_by    varchar(200),
    created_at    timestamp(6) with time zone,
    changed_by    varchar(200),
    changed_at    timestamp(6) with time zone,
    props         varchar
);
create index ix_memory_unit_source on memory_unit (memory_id, target_locale, source_hash);
