-- Sign-in throttling in the database, so that every node counts the same failures (issue 15). A username is kept
-- as the SHA-256 of its folded form: whatever was typed, the key has one size.
create table sign_in_failure (
    username_key varchar(64) not null,
    failed_at    timestamp(6) with time zone not null
);
create index ix_sign_in_failure_user on sign_in_failure (username_key, failed_at);
create index ix_sign_in_failure_time on sign_in_failure (failed_at);

create table sign_in_lock (
    username_key varchar(64) primary key,
    locked_until timestamp(6) with time zone not null
);
