-- Managed glossaries: glossary → concept → term per locale; a project links glossaries.
create sequence glossary_seq start with 1 increment by 1;
create table glossary (
    id         bigint primary key,
    name       varchar(200) not null,
    created_at timestamp(6) with time zone not null,
    constraint uk_glossary_name unique (name)
);

create sequence concept_seq start with 1 increment by 50;
create table concept (
    id               bigint primary key,
    glossary_id      bigint        not null references glossary (id),
    external_id      varchar(200),
    definition       varchar(4000),
    note             varchar(4000),
    domain           varchar(200),
    do_not_translate boolean       not null,
    constraint uk_concept_external_id unique (glossary_id, external_id)
);

create sequence term_seq start with 1 increment by 50;
create table term (
    id             bigint primary key,
    concept_id     bigint        not null references concept (id) on delete cascade,
    locale         varchar(64)   not null,
    text           varchar(1000) not null,
    status         varchar(20)   not null,
    case_sensitive boolean       not null,
    part_of_speech varchar(100),
    note           varchar(4000)
);
create index ix_term_concept on term (concept_id);

create table project_glossary (
    project_id  bigint not null references project (id),
    glossary_id bigint not null references glossary (id),
    primary key (project_id, glossary_id)
);
