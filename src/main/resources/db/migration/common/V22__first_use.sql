-- A concept may ask to be written out at its first mention in a document (an acronym expanded, then the short form):
-- null for no such rule, EXPAND for the full form, EXPAND_WITH_SHORT for the full form followed by the short form.
alter table concept add column first_use varchar(20);
