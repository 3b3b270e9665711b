#!/usr/bin/env bash
# Start-up and idle-memory benchmark of the packaged jar with its embedded PostgreSQL.
#
#   bench/startup.sh [RUNS]        (default 5 runs; builds the jar first if it is missing)
#
# For each run: start `java -jar target/quarkus-app/quarkus-run.jar` on a free port with a data directory that was
# initialised by an untimed first start, poll /q/health/ready every 50 ms until it answers 200 ("start-up to ready"),
# wait 10 s idle, then read the resident set size of the Java process and of the PostgreSQL processes (`ps`; the
# PostgreSQL figure double-counts shared buffers, so it is an upper bound).
# Prints a table and rewrites the start-up section of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
data=$(mktemp -d /tmp/hocso-bench.XXXXXX)
port=18080
log="$data/server.log"

start_server() { # sets $elapsed (ms from launch to ready) and $pid
  local start now
  start=$(date +%s%N)
  HOCSO_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port java -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:"; tail -20 "$log"; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  elapsed=$(( (now - start) / 1000000 ))
}
tree_rss_kb() { # RSS of the Java process plus the PostgreSQL processes serving its data directory
  local total=0 p
  for p in "$1" $(pgrep -f "$data/pg" || true); do
    total=$(( total + $(ps -o rss= -p "$p" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

echo "first start (initdb, migrations; not counted)..."
start_server; first=$elapsed; stop
echo "  first start: ${first} ms"

times=(); jvm=(); all=()
for i in $(seq 1 "$runs"); do
  start_server; t=$elapsed
  sleep 10
  j=$(ps -o rss= -p "$pid"); a=$(tree_rss_kb "$pid")
  stop
  times+=("$t"); jvm+=("$j"); all+=("$a")
  echo "  run $i: ready in $t ms, idle RSS java $((j / 1024)) MB, java+postgres $((a / 1024)) MB"
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
max_t=$(echo "$sorted" | tail -1)
max_jvm=$(printf '%s\n' "${jvm[@]}" | sort -n | tail -1)
max_all=$(printf '%s\n' "${all[@]}" | sort -n | tail -1)
rm -rf "$data"

cores=$(nproc)
java_version=$(java -version 2>&1 | head -1)
section=$(cat <<MD
## Start-up and idle memory (bench/startup.sh)

Measured $(date -u +%Y-%m-%d) on a machine with **$cores cores**, $java_version, jar with embedded PostgreSQL 18,
production profile (no demo data), $runs runs after one untimed first start (initdb + migrations: ${first} ms).

| measure | result | target |
|---|---|---|
| start-up to \`/q/health/ready\` = 200, median | **$median ms** | ≤ 6,000 ms |
| start-up to ready, slowest run | $max_t ms | |
| idle RSS of the Java process (after 10 s), worst run | **$((max_jvm / 1024)) MB** | ≤ 512 MB |
| idle RSS of Java + embedded PostgreSQL processes, worst run | $((max_all / 1024)) MB | |

Individual runs (ms): ${times[*]}
MD
)
echo
echo "$section"
doc=docs/benchmarks.md
[ -f "$doc" ] || printf '# HocSo benchmarks\n\nEvery figure here comes from a script in `bench/`; rerun it to refresh its section.\n\n' > "$doc"
python3 - "$doc" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"## Start-up and idle memory \(bench/startup.sh\).*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.strip() + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section.strip() + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo "written to $doc"
