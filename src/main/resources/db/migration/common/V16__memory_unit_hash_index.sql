-- Exact matches are looked up by the source's hash across the memories a project reads (memory_id in (...)):
-- with memory_id first in the index, H2 walked every unit of those memories. The hash first finds the few units at
-- once, and serves the import's lookup (one memory and locale, many hashes) as well.
drop index ix_memory_unit_source;
create index ix_memory_unit_hash on memory_unit (source_hash, target_locale, memory_id);
