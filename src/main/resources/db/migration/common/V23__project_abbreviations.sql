-- A project's own abbreviations of its source language (one per line, lower case, without the final full stop),
-- after which the segmenter never ends a sentence: "amb" for "Amb. Smith", remembered from a join.
alter table project add column abbreviations varchar(4000);
