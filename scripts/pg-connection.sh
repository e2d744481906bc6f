# Sourced by backup.sh and restore.sh: the PostgreSQL connection from TrialDesk's own settings.
url="${TRIALDESK_DB_URL:?set TRIALDESK_DB_URL to jdbc:postgresql://HOST:PORT/DB}"
case "$url" in
  jdbc:postgresql://*) ;;
  *) echo "TRIALDESK_DB_URL is not a PostgreSQL URL: $url" >&2; exit 1 ;;
esac
rest="${url#jdbc:postgresql://}"
PG_DATABASE="${rest#*/}"
PG_DATABASE="${PG_DATABASE%%\?*}"
export PGUSER="${TRIALDESK_DB_OWNER_USER:-${TRIALDESK_DB_USER:?set TRIALDESK_DB_OWNER_USER}}"
export PGPASSWORD="${TRIALDESK_DB_OWNER_PASSWORD:-${TRIALDESK_DB_PASSWORD:-}}"
PG_URI="postgresql://${rest%%/*}/$PG_DATABASE"
