#!/usr/bin/env bash
# Content packages and SCORM runtime benchmark: package import time, runtime commit latency under 1,000 simulated
# learners, and package-file serving against nginx on the same files. App, nginx and load generators on the same
# machine, embedded PostgreSQL local.
#
#   bench/content.sh [--head | --rebuild | --app DIR] [--no-docs] [--keep] [--no-nginx]
#                    [any ContentBench option, e.g. --learners 1000 --interval 30 --arrival 60 --warmup 30
#                     --duration 180 --imports 5 --files 2000 --package-mb 25 --wrk-seconds 30 --wrk-connections 32]
#
# Which jar: target/quarkus-app, built first if it is missing (--rebuild: always; a jar older than src/main is
# reported); --head: the committed HEAD, built from `git archive HEAD` in a temporary directory (the working tree and
# target/ are not touched); --app DIR: another built quarkus-app directory. The app is copied to a fresh directory
# under /tmp and started in the production profile with a fresh HOCSO_DATA_DIR: LMS on port 18190, content origin on
# 18191, embedded PostgreSQL on 127.0.0.1:15532, bootstrap administrator benchadmin, uploads up to 200M, bcrypt cost 4
# (only so that creating and first authenticating 1,000 accounts is quick; no timed request verifies a password:
# the trainer's credential is cached before the uploads are timed, and the content origin uses launch tokens).
# nginx (Debian's nginx-light, installed with apt-get when missing and this runs as root; --no-nginx skips the
# comparison) serves the store's directory on 127.0.0.1:18192. Then bench/content/ContentBench.java
# (java.net.http; wrk for the serving comparison):
#   accounts: a TRAINER and the learners (LEARNER on the city root HCM) through /api/v1/users
#   -> import: a generated SCORM 1.2 zip of ~2,000 files / 25 MB (html/js/css/json/svg DEFLATE, PNG/MP3-like random
#      bytes STORED) uploaded --imports times (POST /api/v1/packages), request start to 201
#   -> runtime: learners arrive within --arrival s (play page, then player page = session start), then each commits
#      every --interval s from a random phase (open loop); commits due in --duration s after a --warmup are measured
#   -> serving: wrk -t2 -c32, three stored files in turn (2 KB html, 40 KB js, 300 KB png), 2 alternating rounds of
#      30 s on nginx and on HocSo; then two controls of 15 s, bench/content/VertxFiles.java (a bare sendFile server
#      on the app's own Vert.x jars, port 18193) with HTTP compression supported and without.
# Stops the server and nginx, prints the results and rewrites the "Content packages and SCORM runtime" section of
# docs/benchmarks.md (only that section).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

app_dir=target/quarkus-app
rebuild=false
head=false
keep=false
docs=true
use_nginx=true
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rebuild) rebuild=true; shift ;;
    --head) head=true; shift ;;
    --app) app_dir=$2; shift 2 ;;
    --app=*) app_dir=${1#*=}; shift ;;
    --keep) keep=true; shift ;;
    --no-docs) docs=false; shift ;;
    --no-nginx) use_nginx=false; shift ;;
    *) extra+=("$1"); shift ;;
  esac
done
command_line="bench/content.sh$([ "$head" = true ] && echo " --head" || true)$([ "$app_dir" != target/quarkus-app ] && echo " --app $app_dir" || true)$([ "$use_nginx" = false ] && echo " --no-nginx" || true)${extra[*]:+ ${extra[*]}}"

port=18190
content_port=18191
db_port=15532
nginx_port=18192
control_port=18193
for p in $port $content_port $db_port $nginx_port $control_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p on 127.0.0.1 is in use; stop whatever listens there first" >&2
    exit 1
  fi
done

work=$(mktemp -d /tmp/hocso-content-bench.XXXXXX)
data="$work/data"
mkdir -p "$data"
log="$work/server.log"
pid=
head_src=
nginx_pid_file="$work/nginx/nginx.pid"

stop_nginx() {
  if [ -f "$nginx_pid_file" ]; then
    local np
    np=$(cat "$nginx_pid_file")
    kill -QUIT "$np" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$np" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$np" 2>/dev/null && kill -TERM "$np" 2>/dev/null || true
    rm -f "$nginx_pid_file"
  fi
}
cleanup() {
  stop_nginx
  stop_server
  if [ "$keep" = true ]; then echo "kept $work"; else rm -rf "$work"; fi
  if [ -n "$head_src" ]; then rm -rf "$head_src"; fi
}
trap cleanup EXIT

if [ "$use_nginx" = true ] && ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing nginx-light (apt-get)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light) >"$work/apt.log" 2>&1 \
      || { echo "could not install nginx (see $work/apt.log); the serving comparison is skipped"; use_nginx=false; }
  else
    echo "nginx is not installed (and this is not root with apt-get); the serving comparison is skipped"
    use_nginx=false
  fi
fi
if ! command -v wrk >/dev/null && [ "$use_nginx" = true ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >>"$work/apt.log" 2>&1 || true
  fi
  command -v wrk >/dev/null || { echo "wrk is not installed; the serving comparison is skipped"; use_nginx=false; }
fi

prepare_app /tmp/hocso-content-head

echo "starting the server (fresh data directory $data)..."
HOCSO_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port HOCSO_CONTENT_PORT=$content_port HOCSO_EMBEDDED_DB_PORT=$db_port \
  HOCSO_ADMIN_USERNAME=benchadmin HOCSO_ADMIN_PASSWORD=Bench-Admin-2026 HOCSO_MAX_UPLOAD_SIZE=200M \
  HOCSO_IDENTITY_BCRYPT_COST=4 java -jar "$jar" >>"$log" 2>&1 &
pid=$!
waited=0
until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { echo "server died:"; tail -30 "$log"; exit 1; }
  sleep 0.2; waited=$((waited + 1))
  [ $waited -lt 900 ] || { echo "server not ready after 180 s:"; tail -30 "$log"; exit 1; }
done
echo "server ready (pid $pid); $(grep -o 'Embedded PostgreSQL started[^(]*' "$log" | tail -1)"

nginx_version=
if [ "$use_nginx" = true ]; then
  mkdir -p "$work/nginx" "$data/content/objects"
  nginx_version=$(nginx -v 2>&1 | sed 's/^nginx version: //')
  # The master runs as root here (the data directory is private to root), so the workers may too.
  cat >"$work/nginx/nginx.conf" <<CONF
user root;
worker_processes 2;
pid $nginx_pid_file;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $data/content/objects;
  }
}
CONF
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
  echo "nginx ($nginx_version) on 127.0.0.1:$nginx_port, pid $(cat "$nginx_pid_file")"
fi

report="$work/report.md"
bench_args=(--url "http://127.0.0.1:$port" --content-url "http://127.0.0.1:$content_port"
  --admin benchadmin:Bench-Admin-2026 --jdbc "jdbc:postgresql://127.0.0.1:$db_port/hocso?user=postgres"
  --server-pid "$pid" --pg-data "$data/pgdata" --report "$report" --work-dir "$work" --clk-tck "$(getconf CLK_TCK)")
[ "$use_nginx" = true ] && bench_args+=(--nginx-port "$nginx_port" --nginx-pid "$nginx_pid_file"
  --nginx-version "$nginx_version" --store-dir "$data/content/objects" --control-port "$control_port"
  --vertx-classpath "$work/app/lib/main/*")
java -Xmx1g -cp "$pgjar:$appjar" bench/content/ContentBench.java "${bench_args[@]}" "${extra[@]}"

errors_in_log=$(grep -c -E ' ERROR ' "$log" || true)
error_kinds=$(grep -E ' ERROR ' "$log" | sed -E 's/^.* ERROR +\[([^]]*)\] \([^)]*\) /\1: /' | cut -c1-140 | sort | uniq -c \
  | sort -rn | head -5 | sed -E 's/^ *([0-9]+) (.*)$/\1 × `\2`/' | paste -sd ';' - | sed 's/;/; /g' || true)
if [ "$errors_in_log" != 0 ]; then
  echo "server log errors (first lines):"
  grep -A4 -E ' ERROR ' "$log" | cut -c1-400 | head -30 || true
fi
stop_nginx
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
## Content packages and SCORM runtime (bench/content.sh)

Measured $(date -u +%Y-%m-%d) on a machine with **$cores cores** ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $java_version,
repository at commit $commit$dirty, app $app_note, jar built $jar_built; the jar (production profile, embedded PostgreSQL 18), nginx and the load generators share the machine.
Command: \`$command_line\`. Server log errors during the run: $errors_in_log${error_kinds:+ ($error_kinds)}. At the end: $load_note.

$(cat "$report")
MD
)
echo
echo "$section"
if [ "$docs" = false ]; then
  echo "(--no-docs: docs/benchmarks.md not written)"
  exit 0
fi
doc=docs/benchmarks.md
[ -f "$doc" ] || printf '# HocSo benchmarks\n\nEvery figure here comes from a script in `bench/`; rerun it to refresh its section.\n\n' > "$doc"
python3 - "$doc" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"## Content packages and SCORM runtime \(bench/content\.sh\).*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda m: section.strip() + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section.strip() + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo "written to $doc"
