-- Stored findings are read by segment (the editor's rows, a segment's issues).
create index ix_qa_finding_segment on qa_finding (segment_id, locale);
