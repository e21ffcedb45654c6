-- The audit log: who did what to what, and when. A row is written in the transaction of the action it records.
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id           bigint primary key,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(255)  not null,
    action       varchar(64)   not null,
    target       varchar(500),
    detail       varchar(2000),
    project_slug varchar(63)
);
create index ix_audit_event_occurred_at on audit_event (occurred_at);
create index ix_audit_event_actor on audit_event (actor, occurred_at);
create index ix_audit_event_project on audit_event (project_slug, occurred_at);
