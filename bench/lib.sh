# Shared by the bench/*.sh scripts (sourced). Uses the calling script's variables:
#   pid (server JVM), data (HOCSO_DATA_DIR), work (scratch directory), head/rebuild/app_dir (which jar), head_src.

# Stops the server JVM and makes sure its embedded PostgreSQL stopped too.
stop_server() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { echo "server did not stop; killing it"; kill -9 "$pid"; }
    wait "$pid" 2>/dev/null || true
  fi
  pid=
  # The embedded PostgreSQL stops with the JVM (shutdown hook); make sure it did.
  local pm
  if [ -f "$data/pgdata/postmaster.pid" ]; then
    pm=$(head -1 "$data/pgdata/postmaster.pid")
    for _ in $(seq 1 60); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pm" 2>/dev/null; then
      echo "embedded PostgreSQL (pid $pm) still running; fast shutdown"
      kill -INT "$pm" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
}

# Chooses (and builds when needed) the app to measure, copies it to $work/app and sets jar, pgjar and appjar.
#   $1: prefix of the temporary directory used for --head builds (e.g. /tmp/hocso-lrs-head)
prepare_app() {
  if [ "$head" = true ]; then
    head_src=$(mktemp -d "$1.XXXXXX")
    head_commit=$(git rev-parse --short HEAD)
    echo "building HEAD ($head_commit) in $head_src..."
    git archive HEAD | tar -x -C "$head_src"
    (cd "$head_src" && ./mvnw -B -q package -DskipTests)
    app_dir="$head_src/target/quarkus-app"
  elif [ "$app_dir" = target/quarkus-app ]; then
    if [ "$rebuild" = true ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
      ./mvnw -B -q package -DskipTests
    elif [ -n "$(find src/main pom.xml -newer target/quarkus-app/app -type f -print -quit 2>/dev/null)" ]; then
      echo "NOTE: sources changed since target/quarkus-app was built; measuring the built jar (use --rebuild)" >&2
    fi
  fi
  [ -f "$app_dir/quarkus-run.jar" ] || { echo "no quarkus-run.jar in $app_dir" >&2; exit 1; }
  cp -a "$app_dir" "$work/app"
  jar="$work/app/quarkus-run.jar"
  pgjar=$(ls "$work"/app/lib/main/org.postgresql.postgresql-*.jar | head -1)
  appjar=$(ls "$work"/app/app/*.jar | head -1)
}
