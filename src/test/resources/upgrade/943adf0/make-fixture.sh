#!/usr/bin/env bash
# Makes the files beside it for UpgradeFrom943adf0IT: trialdesk.sql.gz, a database written by the
# version at commit 943adf0 (the version the value types of the allocation log replaced joined
# strings in), and allocations.json, the allocation log of each of its trials as that server
# answered it to the monitor.
#
# Usage (from the repository root, with the build lock held, no server on ports 8380 or 10290):
#   git worktree add /work/wt-old 943adf0
#   (cd /work/wt-old && ./mvnw -B -o -q package -DskipTests)
#   src/test/resources/upgrade/943adf0/make-fixture.sh /work/wt-old
#
# It starts that build's server with port offset 300 on an empty data folder, sets up four trials
# over the REST API (permuted blocks by site and resectability, minimization with weights, a
# biased coin without strata, and an import of historical allocations followed by blocks),
# randomizes subjects in each, stops the server and dumps the H2 database with the server's own H2
# (SCRIPT ... COMPRESSION GZIP). The demo data (trial IL2-HAI with its randomized subjects, the
# demo accounts) is in the dump too; the fixture's own trial codes start with UPG-.
set -euo pipefail

old=$(cd "${1:?path of a built checkout of 943adf0}" && pwd)
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/trialdesk.sql.gz"
server="$old/target/server"
api=http://localhost:8380/api/v1
data=$(mktemp -d)
log="$data/server.log"

TRIALDESK_DATA_DIR="$data" TRIALDESK_DEMO_PASSWORD=demo \
  "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=300 >"$log" 2>&1 &
stop() {
  "$server/bin/jboss-cli.sh" --connect --controller=localhost:10290 command=:shutdown \
    >/dev/null 2>&1 || true
  wait
}
trap stop EXIT

ready=
for _ in $(seq 1 180); do
  if curl -fs -o /dev/null -u admin:demo "$api/trials"; then ready=1; break; fi
  sleep 1
done
[ -n "$ready" ] || { echo "server did not start: $log" >&2; exit 1; }

call() { # user method path [json]
  local user=$1 method=$2 path=$3 body=${4:-}
  local reply
  reply=$(curl -s -w '\n%{http_code}' -u "$user:demo" -X "$method" -H 'Accept: application/json' \
    ${body:+-H 'Content-Type: application/json' --data "$body"} "$api/$path")
  local status=${reply##*$'\n'}
  if [ "${status:0:1}" != 2 ]; then
    echo "$method $path as $user: $status ${reply%$'\n'*}" >&2
    exit 1
  fi
  printf '%s' "${reply%$'\n'*}"
}

trial() { # code scheme-json
  call admin POST trials "$(cat <<JSON
{"code": "$1", "title": "Upgrade fixture $1", "phase": "PHASE_3", "targetEnrollment": 100,
 "blinded": false,
 "arms": [{"code": "IL2", "name": "IL-2 + chemo", "ratio": 1, "regimen": [
            {"agent": "IL-2", "dose": 700000, "unit": "U", "route": "HEPATIC_ARTERIAL_INFUSION",
             "schedule": "CONTINUOUS_INFUSION_DAILY"}]},
          {"code": "CHEMO", "name": "Chemo", "ratio": 1, "regimen": [
            {"agent": "MMC", "dose": 4, "unit": "MG", "route": "HEPATIC_ARTERIAL_INFUSION",
             "schedule": "BOLUS_WEEKLY"}]}],
 "factors": [{"code": "site", "name": "Site"},
             {"code": "resectability", "name": "Resectability", "levels": [
               {"code": "R", "name": "Resected"}, {"code": "U", "name": "Unresectable"}]}],
 "criteria": [{"code": "I1", "type": "INCLUSION", "text": "Adenocarcinoma"},
              {"code": "E1", "type": "EXCLUSION", "text": "Extrahepatic"}],
 "sites": [{"code": "OSK", "status": "ACTIVE"}, {"code": "KOB", "status": "ACTIVE"}],
 "randomization": $2}
JSON
)" >/dev/null
}

open() {
  call admin POST "trials/$1/status" '{"status": "RECRUITING", "reasonForChange": "Fixture"}' \
    >/dev/null
}

yesterday=$(date -u -d yesterday +%F)
randomize() { # code site resectability screening
  local subject
  subject=$(call "coordinator-${2,,}" POST "trials/$1/subjects" "$(cat <<JSON
{"siteCode": "$2", "screeningNumber": "$4", "initials": "TY", "birthYear": 1950, "sex": "M",
 "eligibility": {"I1": true, "E1": false}, "consent": {"version": "1.0", "signedOn": "$yesterday"},
 "factors": {"resectability": "$3"}}
JSON
)" | sed -E 's/.*"subjectId":"([^"]+)".*/\1/')
  call "coordinator-${2,,}" POST "trials/$1/subjects/$subject/randomization" >/dev/null
}

trial UPG-BLK '{"method": "PERMUTED_BLOCK", "blockSizes": [2, 4],
  "stratifyBy": ["site", "resectability"]}'
trial UPG-MIN '{"method": "MINIMIZATION", "minimizationFactors": [
  {"factor": "site", "weight": 1}, {"factor": "resectability", "weight": 2.5}],
  "preferredArmProbability": 0.75}'
trial UPG-BC '{"method": "BIASED_COIN"}'
trial UPG-IMP '{"method": "PERMUTED_BLOCK", "blockSizes": [4], "stratifyBy": ["resectability"]}'
curl -fs -u admin:demo -H 'Content-Type: text/csv' --data-binary @- \
  "$api/trials/UPG-IMP/allocations/import" >/dev/null <<CSV
subjectId,siteCode,resectability,arm,randomizedOn
OSK-001,OSK,R,IL2,2025-01-10
OSK-002,OSK,U,CHEMO,2025-01-11
KOB-001,KOB,R,CHEMO,2025-01-09
CSV
for code in UPG-BLK UPG-MIN UPG-BC UPG-IMP; do open "$code"; done

n=0
for code in UPG-BLK UPG-MIN UPG-BC UPG-IMP; do
  for pick in OSK:R KOB:U OSK:U OSK:R KOB:R KOB:U OSK:R; do
    n=$((n + 1))
    randomize "$code" "${pick%:*}" "${pick#*:}" "S-$n"
  done
done

for code in UPG-BLK UPG-MIN UPG-BC UPG-IMP; do
  call admin GET "trials/$code/allocations/verification" | grep -q '"valid":true' \
    || { echo "chain of $code does not verify" >&2; exit 1; }
done

# The logs as this version answered them, one JSON object keyed by trial code.
{
  sep='{'
  for code in IL2-HAI UPG-BLK UPG-MIN UPG-BC UPG-IMP; do
    printf '%s\n"%s": %s' "$sep" "$code" "$(call monitor GET "trials/$code/allocations?max=1000")"
    sep=','
  done
  printf '\n}\n'
} >"$here/allocations.json"

stop
trap - EXIT
h2=$(find "$server/modules" -name 'h2-*.jar' | head -1)
rm -f "$out"
java -cp "$h2" org.h2.tools.Script -url "jdbc:h2:file:$data/trialdesk" -user sa -password sa \
  -script "$out" -options COMPRESSION GZIP
rm -rf "$data"
ls -l "$out" "$here/allocations.json"
