-- The editor shows paragraph breaks and marks translations copied from a repeated source sentence.
alter table segment add column paragraph_start boolean default false not null;
update segment set paragraph_start = true where position = (
    select min(s2.position) from segment s2 where s2.document_id = segment.document_id and s2.paragraph = segment.paragraph);
alter table translation add column propagated_from bigint;
create index ix_segment_paragraph on segment (document_id, paragraph);
