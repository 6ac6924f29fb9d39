-- A resident's access list is paged by (occurred_at, id) newest first: the index matches that order
-- and takes the place of the one on (resident_id, occurred_at).
create index audit_entry_resident_keyset_idx on audit_entry (resident_id, occurred_at desc, id desc);
drop index audit_entry_resident_idx;
