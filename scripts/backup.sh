#!/usr/bin/env bash
# Backs up a TrialDesk on PostgreSQL into a folder: the database (pg_dump, custom format, taken in
# one consistent snapshot while the server runs) and the receipt keys, which are never in the
# database (without them no receipt a site kept can be checked after a restore).
#
#   scripts/backup.sh BACKUP_DIR
#
# Reads the server's own settings: TRIALDESK_DB_URL (jdbc:postgresql://HOST:PORT/DB),
# TRIALDESK_DB_OWNER_USER / TRIALDESK_DB_OWNER_PASSWORD (else TRIALDESK_DB_USER / _PASSWORD), and
# TRIALDESK_DATA_DIR (default ~/.trialdesk) for the file receipt-keys (skipped when the keys are
# given in TRIALDESK_RECEIPT_KEYS: keep that value with the backup yourself).
set -euo pipefail
here="$(dirname "$0")"
. "$here/pg-connection.sh"

out="${1:?usage: scripts/backup.sh BACKUP_DIR}"
mkdir -p "$out"
chmod 700 "$out"
pg_dump --format=custom --no-password --file="$out/trialdesk.dump" "$PG_URI"
keys="${TRIALDESK_DATA_DIR:-$HOME/.trialdesk}/receipt-keys"
if [ -f "$keys" ]; then
  install -m 600 "$keys" "$out/receipt-keys"
elif [ -z "${TRIALDESK_RECEIPT_KEYS:-}" ]; then
  echo "warning: no receipt keys at $keys and TRIALDESK_RECEIPT_KEYS unset" >&2
fi
(cd "$out" && sha256sum trialdesk.dump $( [ -f receipt-keys ] && echo receipt-keys ) >SHA256SUMS)
echo "Backed up $PG_DATABASE to $out"
