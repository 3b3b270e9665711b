#!/usr/bin/env bash
# Staff import benchmark: 100,000-row staff files (CSV and XLSX, generated over the demo institutions by
# bench/staff-import/StaffFileGen.java) posted to POST /api/v1/staff-imports, app and client on the same machine.
#
#   bench/staff-import.sh [--rows 100000] [--head | --rebuild | --app DIR] [--no-docs] [--keep]
#
# Which jar: as bench/lrs.sh (target/quarkus-app, built when missing; --head builds git HEAD in a temporary directory;
# --app DIR another built quarkus-app). Starts it with a fresh HOCSO_DATA_DIR and the demo data on port 18092
# (embedded PostgreSQL on 127.0.0.1:15434), then times, as the city administrator (curl, wall clock of the request):
#   1. dry run of the CSV file (nothing written)      2. real import of the CSV (every row created)
#   3. the same CSV again (every row unchanged)        4. real import of an XLSX file with other ids (created)
#   5. the XLSX again with "deactivate missing" (its rows unchanged; everyone else of those institutions — the CSV's
#      people and the demo staff — is missing from it and deactivated)
# Stops the server, prints the table and rewrites the staff-import section of docs/benchmarks.md. Target: ≤ 60 s for
# 100,000 rows on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

rows=100000
app_dir=target/quarkus-app
rebuild=false
head=false
keep=false
docs=true
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    --head) head=true; shift ;;
    --app) app_dir=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --no-docs) docs=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command_line="bench/staff-import.sh --rows $rows$([ "$head" = true ] && echo " --head" || true)"

port=18092
db_port=15434
for p in $port $db_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p on 127.0.0.1 is in use; stop whatever listens there first" >&2
    exit 1
  fi
done

work=$(mktemp -d /tmp/hocso-staff-bench.XXXXXX)
data="$work/data"
mkdir -p "$data"
log="$work/server.log"
pid=
head_src=
cleanup() {
  stop_server
  if [ "$keep" = true ]; then echo "kept $work"; else rm -rf "$work"; fi
  if [ -n "$head_src" ]; then rm -rf "$head_src"; fi
}
trap cleanup EXIT

prepare_app /tmp/hocso-staff-head

m2=${M2_REPO:-$HOME/.m2/repository}
gen_cp="$m2/org/dhatim/fastexcel/0.18.4/fastexcel-0.18.4.jar:$m2/com/github/rzymek/opczip/1.2.0/opczip-1.2.0.jar"
echo "generating $rows-row files..."
java -cp "$gen_cp" bench/staff-import/StaffFileGen.java csv "$rows" 79000000000 "$work/staff.csv"
java -cp "$gen_cp" bench/staff-import/StaffFileGen.java xlsx "$rows" 79500000000 "$work/staff.xlsx"

echo "starting the server (fresh data directory $data, demo data)..."
HOCSO_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port HOCSO_EMBEDDED_DB_PORT=$db_port HOCSO_DEMO_ENABLED=true \
  java -jar "$jar" >>"$log" 2>&1 &
pid=$!
waited=0
until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { echo "server died:"; tail -30 "$log"; exit 1; }
  sleep 0.2; waited=$((waited + 1))
  [ $waited -lt 900 ] || { echo "server not ready after 180 s:"; tail -30 "$log"; exit 1; }
done
echo "server ready (pid $pid)"

table="$work/table.md"
printf '| run | file | rows | HTTP | seconds | created | updated | transferred | deactivated | unchanged | errors | rows/s |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n' >"$table"
worst=0
# run NAME FILE MIME [extra curl -F args...]
run() {
  local name=$1 file=$2 mime=$3; shift 3
  local out="$work/response.json" code seconds
  read -r code seconds < <(curl -s -o "$out" -w '%{http_code} %{time_total}\n' -u admin:HocSo@2026 \
    -H 'Accept: application/json' -H 'Accept-Language: en' -F "file=@$file;type=$mime" "$@" \
    "http://127.0.0.1:$port/api/v1/staff-imports")
  python3 - "$out" "$name" "$(basename "$file")" "$rows" "$code" "$seconds" >>"$table" <<'PY'
import json, sys
out, name, file, rows, code, seconds = sys.argv[1:]
try:
    c = json.load(open(out)).get("counts", {})
except Exception:
    c = {}
g = lambda k: f"{c.get(k, '?'):,}" if isinstance(c.get(k), int) else "?"
print(f"| {name} | {file} | {int(rows):,} | {code} | **{float(seconds):.1f}** | {g('created')} | {g('updated')} | "
      f"{g('transferred')} | {g('deactivated')} | {g('unchanged')} | {g('errors')} | {int(rows) / float(seconds):,.0f} |")
PY
  echo "$name: HTTP $code in $seconds s"
  [ "$code" = 200 ] || [ "$code" = 201 ] || { echo "unexpected status; response:"; head -c 600 "$out"; echo; }
  worst=$(python3 -c "print(max($worst, $seconds))")
}

run "dry run (preview)" "$work/staff.csv" text/csv -F dryRun=true
run "import, new people" "$work/staff.csv" text/csv
run "same file again" "$work/staff.csv" text/csv
run "import, new people" "$work/staff.xlsx" application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
run "same file, deactivate missing" "$work/staff.xlsx" \
  application/vnd.openxmlformats-officedocument.spreadsheetml.sheet -F deactivateMissing=true

errors_in_log=$(grep -c -E ' ERROR ' "$log" || true)
stop_server

cores=$(nproc)
verdict=$(python3 -c "print('✓' if $worst <= 60 else '✗')")
section=$(cat <<MD
## Staff import (bench/staff-import.sh)

Measured $(date -u +%Y-%m-%d) on a machine with **$cores cores** ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $(java -version 2>&1 | head -1),
repository at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); the jar (production profile with the demo data, embedded
PostgreSQL) and curl share the machine. Command: \`$command_line\`. Files: $(du -h "$work/staff.csv" | cut -f1) CSV and $(du -h "$work/staff.xlsx" | cut -f1) XLSX,
$rows rows each over the $(grep -vc -e '^#' -e '^$' src/main/resources/demo/institutions.txt) demo institutions. Server log errors: $errors_in_log.
Slowest run **$(printf '%.1f' "$worst") s**, target ≤ 60 s: $verdict. Seconds are the whole request (upload, parse, check, COPY, SQL, commit).

$(cat "$table")
MD
)
echo
echo "$section"
if [ "$docs" = false ]; then exit 0; fi
doc=docs/benchmarks.md
python3 - "$doc" "$section" <<'PY'
import re, sys
doc, section = sys.argv[1], sys.argv[2]
text = open(doc).read()
pattern = re.compile(r"## Staff import \(bench/staff-import.sh\)\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda m: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(doc, "w").write(text)
PY
echo "wrote the staff-import section of $doc"
