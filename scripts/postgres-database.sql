-- A TrialDesk database, owned by trialdesk_owner (scripts/postgres-roles.sql makes the roles), for
-- psql as a superuser (or a role with CREATEDB that is a member of trialdesk_owner):
--
--   psql -h HOST -U postgres -d postgres -v database=trialdesk -f scripts/postgres-database.sql
--
-- Only the owner creates objects in it; the application's role may use what the owner makes
-- (the migrations then take UPDATE and DELETE on the append-only tables away from it).
\set ON_ERROR_STOP on

create database :"database" owner trialdesk_owner encoding 'UTF8' template template0;

\connect :"database"
revoke all on schema public from public;
grant usage on schema public to trialdesk_app;
alter default privileges for role trialdesk_owner in schema public
  grant select, insert, update, delete on tables to trialdesk_app;
alter default privileges for role trialdesk_owner in schema public
  grant usage, select on sequences to trialdesk_app;
