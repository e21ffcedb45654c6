-- Projects and membership (issue 7): a project is open (every signed-in user works on it with their global role)
-- or closed (only its members, and administrators, see it). A member has a role in the project, never above
-- their global role, and optionally the target locales they may write (empty: all of the project's).
alter table project add column open_to_all boolean default true not null;

create table project_member (
    project_id bigint      not null references project (id),
    username   varchar(64) not null,
    role       varchar(20) not null,
    locales    varchar(1000) default '' not null,
    constraint pk_project_member primary key (project_id, username)
);
