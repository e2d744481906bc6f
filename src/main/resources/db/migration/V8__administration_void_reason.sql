-- A mistaken dose is voided with a reason, never deleted; the reason is shown beside it.
alter table administration add column void_reason varchar(1000);
