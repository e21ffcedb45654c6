-- Personal API tokens (issue 7): only the SHA-256 of each token is kept; revoked tokens stay for the record.
create sequence api_token_seq start with 1 increment by 1;
create table api_token (
    id           bigint primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    expires_at   timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint uk_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (user_id);
