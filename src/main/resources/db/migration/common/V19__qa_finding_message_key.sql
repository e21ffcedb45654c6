-- A finding's sentence for the screens: its key in the message bundles and its values (separated by U+001F);
-- null for findings stored before, and for the glossary's, which are shown in English
alter table qa_finding add column message_key varchar(100);
alter table qa_finding add column message_args varchar(4000);
