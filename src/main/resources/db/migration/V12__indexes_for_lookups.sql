-- Foreign keys that had no index (a join or a lookup by them read the whole table), and the audit
-- trail's record key alone (a record's history and everything below it is a range of keys).

create index ix_participation_site on trial_participation (site_id);
create index ix_subject_site on subject (site_id);
create index ix_allocation_subject on allocation (subject_id);
create index ix_unblinding_subject on unblinding (subject_id);
create index ix_unblinding_trial on unblinding (trial_id);
create index ix_notification_trial on notification (trial_id);
create index ix_adverse_event_term on adverse_event (meddra_code);
create index ix_administration_event on administration (adverse_event_id);
create index ix_audit_record_key on audit_record (entity_key, at);
