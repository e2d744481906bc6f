-- Runs after every migration on PostgreSQL (a Flyway callback), so it also covers a database
-- migrated by an earlier version. The audit trail, the signatures and the allocation log are
-- append-only: no role may change or remove a row, whatever its grants (the trigger), and the
-- application's role does not even hold the right to try (the revoke).

create or replace function trialdesk_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'TrialDesk keeps % append-only: % refused', tg_table_name, tg_op
    using errcode = '42501';
end
$$;

drop trigger if exists append_only on audit_record;
create trigger append_only before update or delete or truncate on audit_record
  for each statement execute function trialdesk_append_only();

drop trigger if exists append_only on signature;
create trigger append_only before update or delete or truncate on signature
  for each statement execute function trialdesk_append_only();

drop trigger if exists append_only on allocation;
create trigger append_only before update or delete or truncate on allocation
  for each statement execute function trialdesk_append_only();

-- The application's role is the one its connections log in as; when it is the owner itself (a
-- one-role installation) only the trigger guards, because an owner may grant itself rights back.
do $$
begin
  if '${applicationRole}' <> current_user then
    execute format('revoke update, delete, truncate on audit_record, signature, allocation from %I',
                   '${applicationRole}');
  end if;
end
$$;
