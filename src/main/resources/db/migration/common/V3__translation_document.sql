-- Translations name their document, so that progress counts and pages need no join with segment.
alter table translation add column document_id bigint;
update translation set document_id = (select s.document_id from segment s where s.id = translation.segment_id);
alter table translation alter column document_id set not null;
alter table translation add constraint fk_translation_document foreign key (document_id) references document (id);
create index ix_translation_document on translation (document_id, locale);
