-- resident_household_search_idx (V165) leads with household_id and carries the search columns, so it
-- serves every lookup of a household's residents that resident_household_idx served; keeping both
-- costs every registration and move a second index entry for nothing.
drop index if exists resident_household_idx;
