-- TrialDesk's two roles, once per PostgreSQL server, for psql as a superuser (or a role with
-- CREATEROLE); then make the database with scripts/postgres-database.sql:
--
--   psql -h HOST -U postgres -d postgres -v owner_password='…' -v app_password='…' \
--        -f scripts/postgres-roles.sql
--
-- trialdesk_owner owns the schema; TrialDesk runs its migrations as this role at start
--                 (TRIALDESK_DB_OWNER_USER / TRIALDESK_DB_OWNER_PASSWORD).
-- trialdesk_app   is what the application works as (TRIALDESK_DB_USER / TRIALDESK_DB_PASSWORD):
--                 it reads and writes the tables the owner makes, but may not UPDATE, DELETE or
--                 TRUNCATE the audit trail, the signatures or the allocation log (the migrations
--                 revoke that after every run, and a trigger refuses it to every role).
\set ON_ERROR_STOP on

create role trialdesk_owner login password :'owner_password';
create role trialdesk_app login password :'app_password';
