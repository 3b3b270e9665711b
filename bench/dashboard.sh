#!/usr/bin/env bash
# Plan-target dashboard benchmark: the full-city dashboard with 113,000 staff and 10 million LRS statements.
#
#   bench/dashboard.sh [--staff 113000] [--institutions 2400] [--statements 10000000] [--head | --rebuild | --app DIR]
#                      [--no-docs] [--keep]
#
# Which jar: as bench/lrs.sh (target/quarkus-app, built when missing; --head builds git HEAD in a temporary directory).
# Starts it with a fresh HOCSO_DATA_DIR and the demo data on port 18093 (embedded PostgreSQL on 127.0.0.1:15435),
# generates the data with bench/dashboard/DashboardDataGen.java (institutions over the demo districts, staff,
# competency attainment for part of them, statements), rebuilds the training facts through the API (timed), then times
# (curl, wall clock, 5 warm-up + 30 measured requests each, as the city administrator):
#   the city dashboard page, GET /api/v1/targets for the city, a district's dashboard, one target's page for the city
#   (split by district, position, level, ownership), and the first page of the city's "not yet trained" list.
# Stops the server, prints the table and rewrites the dashboard section of docs/benchmarks.md. Target: the full-city
# dashboard renders in ≤ 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

staff=113000
institutions=2400
statements=10000000
app_dir=target/quarkus-app
rebuild=false
head=false
keep=false
docs=true
while [ $# -gt 0 ]; do
  case "$1" in
    --staff) staff=$2; shift 2 ;;
    --institutions) institutions=$2; shift 2 ;;
    --statements) statements=$2; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    --head) head=true; shift ;;
    --app) app_dir=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --no-docs) docs=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command_line="bench/dashboard.sh --staff $staff --institutions $institutions --statements $statements$([ "$head" = true ] && echo " --head" || true)"

port=18093
db_port=15435
for p in $port $db_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p on 127.0.0.1 is in use; stop whatever listens there first" >&2
    exit 1
  fi
done

work=$(mktemp -d /tmp/hocso-dashboard-bench.XXXXXX)
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

prepare_app /tmp/hocso-dashboard-head

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
echo "server ready (pid $pid); generating data..."
gen_start=$(date +%s)
java -cp "$pgjar" bench/dashboard/DashboardDataGen.java "jdbc:postgresql://127.0.0.1:$db_port/hocso?user=postgres" \
  "$institutions" "$staff" "$statements" | tee "$work/gen.log"
gen_seconds=$(( $(date +%s) - gen_start ))

base="http://127.0.0.1:$port"
auth=(-u admin:HocSo@2026)
read -r rebuild_code rebuild_seconds < <(curl -s -o "$work/rebuild.json" -w '%{http_code} %{time_total}\n' "${auth[@]}" \
  -H 'Accept: application/json' -X POST "$base/api/v1/targets/facts/rebuild")
echo "facts rebuilt: HTTP $rebuild_code in $rebuild_seconds s: $(cat "$work/rebuild.json")"

sql() { java -cp "$pgjar" "$work/Q.java" "jdbc:postgresql://127.0.0.1:$db_port/hocso?user=postgres" "$1"; }
cat >"$work/Q.java" <<'JAVA'
public class Q { public static void main(String[] a) throws Exception {
  try (var c = java.sql.DriverManager.getConnection(a[0]); var r = c.createStatement().executeQuery(a[1])) {
    r.next(); System.out.println(r.getString(1)); } } }
JAVA
people=$(sql "SELECT count(*) FROM person WHERE active")
stored=$(sql "SELECT count(*) FROM lrs_statement")
facts=$(sql "SELECT count(*) FROM person_training")
q01=$(sql "SELECT id FROM org_unit WHERE code = 'Q01'")
t7=$(sql "SELECT id FROM plan_target WHERE code = 'T7-2025'")
t8=$(sql "SELECT id FROM plan_target WHERE code = 'T8-2030'")
echo "active staff $people, statements $stored, training facts $facts"

table="$work/table.md"
printf '| request | HTTP | p50 ms | p95 ms | max ms | bytes |\n|---|---|---|---|---|---|\n' >"$table"
city_p95=0
# measure NAME ACCEPT PATH
measure() {
  local name=$1 accept=$2 path=$3 times="$work/times.txt" code
  : >"$times"
  for i in $(seq 1 35); do  # 5 warm-up requests, then 30 measured
    read -r code t size < <(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "${auth[@]}" \
      -H "Accept: $accept" -H 'Accept-Language: vi' "$base$path")
    [ "$i" -le 5 ] || echo "$t" >>"$times"
  done
  python3 - "$times" "$name" "$code" "$size" >>"$table" <<'PY'
import sys
times, name, code, size = sys.argv[1:]
v = sorted(float(x) * 1000 for x in open(times))
p = lambda q: v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
print(f"| {name} | {code} | {p(0.5):.0f} | **{p(0.95):.0f}** | {max(v):.0f} | {int(size):,} |")
PY
  tail -1 "$table"
  if [ "$name" = "city dashboard page" ]; then
    city_p95=$(python3 -c "v=sorted(float(x) for x in open('$times')); print(v[min(len(v)-1, round(0.95*(len(v)-1)))])")
  fi
}
measure "city dashboard page" text/html "/reports/dashboard"
measure "GET /api/v1/targets (city)" application/json "/api/v1/targets"
measure "district dashboard page (Q01)" text/html "/reports/dashboard?unit=$q01"
measure "target T7-2025 page, city (by district, position, level, ownership)" text/html "/reports/dashboard/targets/$t7"
measure "not yet trained for T8-2030, city, first page" text/html "/reports/dashboard/targets/$t8/untrained"

errors_in_log=$(grep -c -E ' ERROR ' "$log" || true)
stop_server

cores=$(nproc)
verdict=$(python3 -c "print('✓' if $city_p95 <= 1.0 else '✗')")
section=$(cat <<MD
## Plan-target dashboard (bench/dashboard.sh)

Measured $(date -u +%Y-%m-%d) on a machine with **$cores cores** ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $(java -version 2>&1 | head -1),
repository at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); the jar (production profile with the demo data, embedded
PostgreSQL) and curl share the machine. Command: \`$command_line\`.
Data: **$(printf "%'d" "$people") active staff** in $(printf "%'d" "$institutions") generated institutions (+ the demo ones) over the demo districts,
**$(printf "%'d" "$stored") LRS statements**, $(printf "%'d" "$facts") training facts derived from the generated competency attainment
(generation took $gen_seconds s; rebuilding the facts through \`POST /api/v1/targets/facts/rebuild\` took $(printf '%.1f' "$rebuild_seconds") s, HTTP $rebuild_code).
Each request 5 times to warm up, then 30 times; wall clock of the whole request. Server log errors: $errors_in_log.
Full-city dashboard p95 **$(python3 -c "print(round($city_p95 * 1000))") ms**, target ≤ 1 s: $verdict.

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
pattern = re.compile(r"## Plan-target dashboard \(bench/dashboard.sh\)\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda m: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(doc, "w").write(text)
PY
echo "wrote the dashboard section of $doc"
