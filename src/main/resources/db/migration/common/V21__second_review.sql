-- A project may add a second review step: an APPROVED segment then awaits a sign-off (SIGNED_OFF) by a manager or
-- by a reviewer whose membership lets them sign off, never by the person who approved it.
alter table project add column second_review boolean default false not null;
alter table project_member add column signs_off boolean default false not null;
