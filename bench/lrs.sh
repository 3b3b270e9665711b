#!/usr/bin/env bash
# Throughput and latency benchmark of the built-in xAPI LRS (POST/GET /xapi/statements), app and load generator on the
# same machine, embedded PostgreSQL local.
#
#   bench/lrs.sh [--statements 1000000] [--head | --rebuild | --app DIR] [--profile] [--no-docs] [--keep]
#                [any LrsBench option, e.g. --duration 30 --warmup 20 --batch-concurrency 8 --queries 2000]
#
# Which jar: target/quarkus-app, built first if it is missing (--rebuild: always; a jar older than src/main is
# reported); --head: the committed HEAD, built from `git archive HEAD` in a temporary directory (the working tree and
# target/ are not touched); --app DIR: another built quarkus-app directory. The app is copied to a fresh directory
# under /tmp (so that a concurrent `mvn package` cannot change the jar under the run), starts it with a fresh HOCSO_DATA_DIR on port 18090 with the
# embedded PostgreSQL on 127.0.0.1:15432 and an LRS credential bench/bench-secret-1, waits for /q/health/ready, then
# runs bench/lrs/LrsBench.java (java.net.http, HTTP/1.1, fixed thread pools):
#   warm-up (20 s, single and batch POSTs, then GETs) -> POST 1 statement/request, 32 clients, 30 s
#   -> raw JDBC inserts of the same rows, 1 statement/transaction, 32 connections, 30 s (scratch schema bench_raw)
#   -> POST 100 statements/request, 8 clients, 30 s -> raw JDBC, 100 statements/transaction, 8 connections, 30 s
#   -> batch POSTs until --statements are stored -> ANALYZE -> GET ?agent= / ?activity= / ?since= (and since with
#   ascending=true), limit 10, 2,000 requests each (at most 60 s) from 4 clients -> the same SQL over plain JDBC and
#   EXPLAIN ANALYZE of it (custom and generic plan).
# Stops the server (and checks that its PostgreSQL stopped), prints the results and rewrites the LRS section of
# docs/benchmarks.md. With --profile (diagnosis; slightly perturbs the numbers, docs are not written): pg_stat_statements
# is loaded (one extra restart), a JFR recording and thread dumps of the server are taken during the timed POST phases.
# The analysis (plans, profiles) goes to stdout and to /tmp/hocso-lrs-bench-last-analysis.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

statements=1000000
app_dir=target/quarkus-app
rebuild=false
head=false
profile=false
keep=false
docs=true
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --statements) statements=$2; shift 2 ;;
    --statements=*) statements=${1#*=}; shift ;;
    --profile) profile=true; shift ;;
    --rebuild) rebuild=true; shift ;;
    --head) head=true; shift ;;
    --app) app_dir=$2; shift 2 ;;
    --app=*) app_dir=${1#*=}; shift ;;
    --keep) keep=true; shift ;;
    --no-docs) docs=false; shift ;;
    *) extra+=("$1"); shift ;;
  esac
done
command_line="bench/lrs.sh --statements $statements$([ "$head" = true ] && echo " --head" || true)$([ "$app_dir" != target/quarkus-app ] && echo " --app $app_dir" || true)${extra[*]:+ ${extra[*]}}$([ "$profile" = true ] && echo ' --profile' || true)"

port=18090
db_port=15432
for p in $port $db_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p on 127.0.0.1 is in use; stop whatever listens there first" >&2
    exit 1
  fi
done

work=$(mktemp -d /tmp/hocso-lrs-bench.XXXXXX)
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

prepare_app /tmp/hocso-lrs-head

start_server() {
  HOCSO_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port HOCSO_EMBEDDED_DB_PORT=$db_port \
    HOCSO_LRS_KEY=bench HOCSO_LRS_SECRET=bench-secret-1 java -jar "$jar" >>"$log" 2>&1 &
  pid=$!
  local waited=0
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:"; tail -30 "$log"; exit 1; }
    sleep 0.2; waited=$((waited + 1))
    [ $waited -lt 900 ] || { echo "server not ready after 180 s:"; tail -30 "$log"; exit 1; }
  done
}

echo "starting the server (fresh data directory $data)..."
start_server
if [ "$profile" = true ]; then
  echo "enabling pg_stat_statements (restart)..."
  cat >"$work/Enable.java" <<JAVA
public class Enable { public static void main(String[] a) throws Exception {
  try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:$db_port/hocso?user=postgres");
       var s = c.createStatement()) { s.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"); } } }
JAVA
  java -cp "$pgjar" "$work/Enable.java" || echo "could not enable pg_stat_statements"
  stop_server
  start_server
fi
echo "server ready (pid $pid); $(grep -o 'Embedded PostgreSQL started[^(]*' "$log" | tail -1)"

report="$work/report.md"
bench_args=(--url "http://127.0.0.1:$port" --jdbc "jdbc:postgresql://127.0.0.1:$db_port/hocso?user=postgres"
  --statements "$statements" --server-pid "$pid" --pg-data "$data/pgdata" --report "$report" --work-dir "$work"
  --clk-tck "$(getconf CLK_TCK)")
[ "$profile" = true ] && bench_args+=(--profile)
java -Xmx2g -cp "$pgjar:$appjar" bench/lrs/LrsBench.java "${bench_args[@]}" "${extra[@]}"

[ -f "$work/report-analysis.txt" ] && cp "$work/report-analysis.txt" /tmp/hocso-lrs-bench-last-analysis.txt
errors_in_log=$(grep -c -E ' ERROR ' "$log" || true)
if [ "$errors_in_log" != 0 ]; then
  echo "server log errors (first lines):"
  grep -A4 -E ' ERROR ' "$log" | cut -c1-400 | head -30 || true
fi
stop_server

cores=$(nproc)
java_version=$(java -version 2>&1 | head -1)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
jar_built=$(date -u -r "$appjar" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo unknown)
dirty=$(git status --porcelain --untracked-files=no -- . ':!docs/benchmarks.md' 2>/dev/null | grep -q . \
  && echo " (working tree with local changes)" || true)
if [ "$head" = true ]; then
  app_note="built from git HEAD $head_commit (--head)"
  dirty=
else
  app_note="$app_dir"
fi
load_note=$(uptime | sed 's/.*load average/load average/')
section=$(cat <<MD
## LRS throughput and latency (bench/lrs.sh)

Measured $(date -u +%Y-%m-%d) on a machine with **$cores cores** ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $java_version,
repository at commit $commit$dirty, app $app_note, jar built $jar_built; the jar (production profile, embedded PostgreSQL 18) and the load generator share the machine.
Command: \`$command_line\`. Server log errors during the run: $errors_in_log. At the end: $load_note.

$(cat "$report")
MD
)
echo
echo "$section"
if [ "$profile" = true ] || [ "$docs" = false ]; then
  echo "(--profile or --no-docs: docs/benchmarks.md not written)"
  exit 0
fi
doc=docs/benchmarks.md
[ -f "$doc" ] || printf '# HocSo benchmarks\n\nEvery figure here comes from a script in `bench/`; rerun it to refresh its section.\n\n' > "$doc"
python3 - "$doc" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"## LRS throughput and latency \(bench/lrs.sh\).*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda m: section.strip() + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section.strip() + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo "written to $doc"
