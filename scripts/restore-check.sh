#!/usr/bin/env bash
# After a restore: asks the running TrialDesk to verify every trial's allocation chain and, given
# the receipts the sites kept, to check each of them. Exits non-zero when anything does not hold.
#
#   scripts/restore-check.sh BASE_URL USER:PASSWORD [RECEIPTS_FILE]
#
# USER is a monitor or an administrator. RECEIPTS_FILE has one "TRIAL RECEIPT" pair per line.
# Needs curl and jq.
set -euo pipefail
base="${1:?usage: scripts/restore-check.sh BASE_URL USER:PASSWORD [RECEIPTS_FILE]}"
base="${base%/}"
login="${2:?usage: scripts/restore-check.sh BASE_URL USER:PASSWORD [RECEIPTS_FILE]}"
receipts="${3:-}"
api() { curl -sS --fail-with-body -u "$login" -H 'Accept: application/json' "$@"; }

trials() {
  local first=0 page
  while page="$(api "$base/api/v1/trials?first=$first&max=100" | jq -r '.[].code')" && [ -n "$page" ]; do
    echo "$page"
    first=$((first + 100))
  done
}

failed=0
for trial in $(trials); do
  verdict="$(api "$base/api/v1/trials/$trial/allocations/verification")"
  if [ "$(jq -r .valid <<<"$verdict")" = true ]; then
    echo "$trial: chain valid, $(jq -r .records <<<"$verdict") records"
  else
    echo "$trial: CHAIN INVALID: $verdict"
    failed=1
  fi
done
if [ -n "$receipts" ]; then
  for trial in $(awk '{print $1}' "$receipts" | sort -u); do
    # The server checks at most 500 codes per request.
    checks="$(awk -v t="$trial" '$1 == t {print $2}' "$receipts" | split -l 500 --filter \
      "jq -R . | jq -sc . | curl -sS --fail-with-body -u '$login' -H 'Content-Type: application/json' \
         --data @- '$base/api/v1/trials/$trial/allocations/receipts'" | jq -s 'add')"
    bad="$(jq '[.[] | select(.status != "PRESENT")] | length' <<<"$checks")"
    echo "$trial: $(jq length <<<"$checks") receipts checked, $bad not present"
    [ "$bad" = 0 ] || { jq -c '.[] | select(.status != "PRESENT")' <<<"$checks"; failed=1; }
  done
fi
exit "$failed"
