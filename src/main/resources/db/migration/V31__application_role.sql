-- Two database roles in production: the owner runs these migrations (spring.flyway.user); the
-- application connects as a role that reads and writes rows but owns nothing, so it can run no
-- DDL, and may only read and add to the audit log, never change, delete or truncate it. The
-- append-only rule then holds against the application itself, not only through triggers its
-- owner could switch off.
--
-- The grants live in a function so that the migration and an operator (for a role created after
-- this migration ran, see docs/operations.md) apply exactly the same ones.
create function pomegranate_grant_app_role(app text) returns void language plpgsql as $$
declare
    t record;
    schema_name text := current_schema();
begin
    execute format('grant usage on schema %I to %I', schema_name, app);
    for t in select tablename from pg_tables where schemaname = schema_name loop
        execute format('revoke all on table %I from %I', t.tablename, app);
        if t.tablename = 'audit_entry' then
            execute format('grant select, insert on table %I to %I', t.tablename, app);
        elsif t.tablename = 'flyway_schema_history' then
            execute format('grant select on table %I to %I', t.tablename, app);
        else
            execute format('grant select, insert, update, delete on table %I to %I', t.tablename, app);
        end if;
    end loop;
    execute format('grant usage, select on all sequences in schema %I to %I', schema_name, app);
    -- tables of later migrations (run by the owner) get the ordinary grants on creation
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
        schema_name, app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I', schema_name, app);
end $$;

-- Only when the operator created the role before the first start; otherwise run the function later.
select pomegranate_grant_app_role('${app_role}') where exists (select 1 from pg_roles where rolname = '${app_role}');
