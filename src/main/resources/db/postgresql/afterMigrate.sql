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

-- Record keys compare in code-point order ("C"), as on H2: the records below IL2-HAI are the range
-- from 'IL2-HAI/' up to 'IL2-HAI0', which an index serves. In a language's collation punctuation
-- counts for little and that range would miss records. Done once; later starts find it done.
do $$
begin
  if (select collation_name from information_schema.columns
      where table_name = 'audit_record' and column_name = 'entity_key') is distinct from 'C' then
    alter table audit_record alter column entity_key type varchar(200) collate "C";
  end if;
end
$$;
