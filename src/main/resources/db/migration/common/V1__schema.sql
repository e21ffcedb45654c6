-- Tessera schema: users, projects, documents, segments, translations and their history.
-- Portable SQL for H2 2.x and PostgreSQL; the few types that differ live in the vendor folders.

create sequence app_user_seq start with 1 increment by 1;
create table app_user (
    id            bigint primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(255) not null,
    role          varchar(20)  not null,
    enabled       boolean      not null,
    created_at    timestamp(6) with time zone not null,
    constraint uk_app_user_username unique (username)
);

create sequence project_seq start with 1 increment by 1;
create table project (
    id             bigint primary key,
    slug           varchar(63)   not null,
    name           varchar(200)  not null,
    source_locale  varchar(64)   not null,
    target_locales varchar(1000) not null,
    created_at     timestamp(6) with time zone not null,
    constraint uk_project_slug unique (slug)
);

create sequence document_seq start with 1 increment by 1;
create table document (
    id            bigint primary key,
    project_id    bigint       not null references project (id),
    name          varchar(255) not null,
    segment_count integer      not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(64)  not null,
    constraint uk_document_name unique (project_id, name)
);

create sequence segment_seq start with 1 increment by 100;
create table segment (
    id           bigint primary key,
    document_id  bigint  not null references document (id),
    position     integer not null,
    paragraph    integer not null,
    source_start integer not null,
    source_end   integer not null,
    source       varchar not null,
    constraint uk_segment_position unique (document_id, position)
);

create sequence translation_seq start with 1 increment by 1;
create table translation (
    id         bigint primary key,
    segment_id bigint      not null references segment (id),
    locale     varchar(64) not null,
    target     varchar,
    status     varchar(20) not null,
    version    integer     not null,
    updated_by varchar(64) not null,
    updated_at timestamp(6) with time zone not null,
    constraint uk_translation_segment_locale unique (segment_id, locale)
);

create sequence translation_event_seq start with 1 increment by 1;
create table translation_event (
    id         bigint primary key,
    segment_id bigint      not null references segment (id),
    locale     varchar(64) not null,
    actor      varchar(64) not null,
    occurred_at timestamp(6) with time zone not null,
    old_target varchar,
    new_target varchar,
    old_status varchar(20) not null,
    new_status varchar(20) not null,
    comment    varchar(4000)
);
create index ix_translation_event_segment on translation_event (segment_id, locale);

create table tessera_setting (
    name  varchar(100) primary key,
    setting_value varchar(1000) not null
);
