-- A reveal says why with a purpose from a fixed list (translated for the resident who reads it)
-- beside the staff member's note, which stays in "reason".
alter table audit_entry add column purpose varchar(40);
