package org.trialdesk.audit.entity;

/** What happened. */
public enum AuditAction {
  CREATE,
  UPDATE,
  VOID,
  LOGIN,
  LOGOUT,
  LOGIN_FAILED,
  LOCKOUT,
  SIGN,
  PASSWORD_RESET,
  RANDOMIZE,
  UNBLIND,
  IMPORT,
  REVOKE,
  TOKEN_USE
}
