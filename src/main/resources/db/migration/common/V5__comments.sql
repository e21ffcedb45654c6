-- A comment thread per segment and target locale: reviewers' rejections and anyone's remarks.
create sequence translation_comment_seq start with 1 increment by 1;
create table translation_comment (
    id         bigint primary key,
    segment_id bigint        not null references segment (id),
    locale     varchar(64)   not null,
    author     varchar(64)   not null,
    created_at timestamp(6) with time zone not null,
    body       varchar(4000) not null
);
create index ix_translation_comment_segment on translation_comment (segment_id, locale);
