#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database with the two roles (make it
# with scripts/postgres-roles.sql, or `scripts/postgres.sh fresh` for a throwaway one), and puts
# the receipt keys into the data folder. All or nothing: one transaction, stops at the first error.
#
#   scripts/restore.sh BACKUP_DIR
#
# Same settings as scripts/backup.sh, naming the database to restore into. Then start TrialDesk on
# it and run scripts/restore-check.sh.
set -euo pipefail
here="$(dirname "$0")"
. "$here/pg-connection.sh"

in="${1:?usage: scripts/restore.sh BACKUP_DIR}"
(cd "$in" && sha256sum --quiet -c SHA256SUMS)
tables="$(psql "$PG_URI" -X -tAc "select count(*) from pg_tables where schemaname = 'public'")"
if [ "$tables" != 0 ]; then
  echo "$PG_DATABASE is not empty ($tables tables): restore into an empty database" >&2
  exit 1
fi
pg_restore --no-password --exit-on-error --single-transaction --dbname="$PG_URI" "$in/trialdesk.dump"
# The new database's default privileges gave the restored tables every right again: take them
# back from the application's role as every start of TrialDesk does (the same script).
sed "s/\${applicationRole}/${TRIALDESK_DB_USER:-trialdesk_app}/g" \
  "$here/../src/main/resources/db/postgresql/afterMigrate.sql" |
  psql "$PG_URI" -X -q -v ON_ERROR_STOP=1 -1 -f - >/dev/null
if [ -f "$in/receipt-keys" ]; then
  data="${TRIALDESK_DATA_DIR:-$HOME/.trialdesk}"
  mkdir -p "$data"
  install -m 600 "$in/receipt-keys" "$data/receipt-keys"
fi
echo "Restored $in into $PG_DATABASE"
