-- Status changes are kept by the audit trail (field "status", with the reason); the separate
-- history table of V1 is no longer written.
drop table trial_status_change;
