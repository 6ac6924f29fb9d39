-- Finding residents by part of a name or an address through an index, also for the 2-character
-- queries most Chinese, Tibetan and Mongolian given names are (卓玛, 才让): pg_trgm needs 3 characters
-- and pg_bigm is not in every build, so the text is cut into character bigrams and a GIN index over
-- that array finds the rows whose bigrams include all of the query's. Containment is necessary, not
-- sufficient (玛卓玛 holds both bigrams of 卓玛卓 without containing it), so the text is always
-- rechecked.

-- How text is compared: NFKC (full-width Latin and compatibility forms as their plain letters) and
-- lower case, so "zhuoma" finds "Zhuoma" and "ＤＯＬＭＡ".
create function pomegranate_fold(t text) returns text
    language sql immutable strict parallel safe
    return lower(normalize(t, NFKC));

-- The distinct bigrams (pairs of neighbouring code points) of the folded text; empty for one
-- character. PL/pgSQL rather than a set-returning SQL query: eight times faster, which is what
-- decides how long adding the column to a million rows takes.
create function pomegranate_bigrams(t text) returns text[]
    language plpgsql immutable strict parallel safe
as $$
declare
    folded text := pomegranate_fold(t);
    grams  text[] := '{}';
    gram   text;
begin
    for i in 1 .. char_length(folded) - 1 loop
        gram := substr(folded, i, 2);
        if not gram = any (grams) then
            grams := grams || gram;
        end if;
    end loop;
    return grams;
end
$$;

-- A name's bigrams carry one more: U+0001 and the first character, so that a single character
-- typed (a surname such as 王) is a prefix match through the same index. Names cannot hold control
-- characters (every text field refuses them), so the marker never meets a real pair.
create function pomegranate_name_grams(name text) returns text[]
    language sql immutable strict parallel safe
    return pomegranate_bigrams(E'\x01' || name);

-- What a query must find in a name's bigrams: its own bigrams, or the start marker and the
-- character when only one is typed. The caller rechecks each row with the folded query: strpos for
-- two characters or more, starts_with for one.
create function pomegranate_query_grams(q text) returns text[]
    language sql immutable parallel safe
    return case when char_length(pomegranate_fold(q)) < 2 then pomegranate_name_grams(q) else pomegranate_bigrams(q) end;

-- A stored generated column: every writer (the application, imports, a bulk load in SQL) keeps it
-- right without knowing it exists. Adding it rewrites the table once (about 12 s for a million
-- residents on 2 cores, plus 9 s for the index).
set local maintenance_work_mem = '256MB';
alter table resident add column name_grams text[] generated always as (pomegranate_name_grams(name)) stored;
create index resident_name_grams_idx on resident using gin (name_grams);

-- Searches are shown in (name, id) order and paged by that key. Both indexes below carry every
-- column a search filters on (household, status, bigrams, name), so the planner can find the page's
-- residents from an index alone, without a heap page per candidate: walking the names in order
-- for a frequent name in a wide scope (卓玛 in a county), or the households of a small scope (a
-- community). Only the 20 residents shown are then read from the table.
create index resident_name_search_idx on resident (name, id) include (household_id, status, name_grams);
create index resident_household_search_idx on resident (household_id) include (id, name, status, name_grams);

-- A household's address as shown (compound, building, unit, room) spans three tables, so its bigrams
-- cannot be a generated column: triggers keep them, on the household and on a renamed or moved
-- building or compound.
alter table household add column address_grams text[];

create function pomegranate_household_address_grams() returns trigger
    language plpgsql as $$
begin
    select pomegranate_bigrams(c.name || ' ' || b.name || '-' || new.unit_no || '-' || new.room)
      into new.address_grams
      from building b join compound c on c.id = b.compound_id
     where b.id = new.building_id;
    return new;
end
$$;
create trigger household_address_grams before insert or update of building_id, unit_no, room on household
    for each row execute function pomegranate_household_address_grams();

create function pomegranate_building_address_grams() returns trigger
    language plpgsql as $$
begin
    update household h set address_grams = pomegranate_bigrams(c.name || ' ' || b.name || '-' || h.unit_no || '-' || h.room)
      from building b join compound c on c.id = b.compound_id
     where b.id = new.id and h.building_id = b.id;
    return null;
end
$$;
create trigger building_address_grams after update of name, compound_id on building
    for each row when (old.name is distinct from new.name or old.compound_id is distinct from new.compound_id)
    execute function pomegranate_building_address_grams();

create function pomegranate_compound_address_grams() returns trigger
    language plpgsql as $$
begin
    update household h set address_grams = pomegranate_bigrams(new.name || ' ' || b.name || '-' || h.unit_no || '-' || h.room)
      from building b
     where b.compound_id = new.id and h.building_id = b.id;
    return null;
end
$$;
create trigger compound_address_grams after update of name on compound
    for each row when (old.name is distinct from new.name)
    execute function pomegranate_compound_address_grams();

update household h set address_grams = pomegranate_bigrams(c.name || ' ' || b.name || '-' || h.unit_no || '-' || h.room)
  from building b join compound c on c.id = b.compound_id
 where b.id = h.building_id;
alter table household alter column address_grams set not null;
create index household_address_grams_idx on household using gin (address_grams);
