#!/usr/bin/env bash
# HTTP load test: how many checks a second the app stores, against how many requests a second
# it answers on a no-op endpoint (/actuator/health), in the same run, with the app and wrk on
# this machine; then the same drafts as previews (/api/v1/previews: checked, nothing stored), so
# the difference shows what storing costs. Also times start-up (java -jar to ready) and reads
# the heap after the load.
#
#   scripts/load-test.sh            # on the embedded H2 file database
#   scripts/load-test.sh postgres   # on a throw-away PostgreSQL server (Debian's package)
#
# Settings (environment): DURATION (default 60s), CONNECTIONS (16), THREADS (1), WARMUP (180s),
# JAVA_OPTIONS (the JVM options of docs/deployment.md).
# The warm-up is long because on two cores the JIT compiler keeps a core busy for the first two
# and a half minutes of checks and only stops after about three; until then checks run below
# their steady rate, and whatever runs next shares the processors with it.
# Raw output goes to target/load-test/. docs/performance.md explains the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-h2}"
duration="${DURATION:-60s}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-1}"
warmup="${WARMUP:-180s}"
read -r -a java_options <<< "${JAVA_OPTIONS:--Xmx512m}"

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
# The jar's own date is fixed (reproducible builds), so a stamp records when it was built.
built=target/load-test/jar-built
jar="$(ls -t target/*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
if [[ -z "$jar" || ! -e "$built" || -n "$(find src pom.xml -newer "$built" -type f 2>/dev/null | head -1)" ]]; then
  ./mvnw -B -q -ntp -DskipTests package
  jar="$(ls -t target/*.jar | grep -v -- '-plain' | head -1)"
  mkdir -p target/load-test && touch "$built"
fi
jar="$(realpath "$jar")"
work="$(mktemp -d)"
out="target/load-test/$database-$(date -u +%Y%m%dT%H%M%SZ).txt"
mkdir -p target/load-test
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"
app_args=(--server.port="$port" --server.address=127.0.0.1 --second-opinion.rate-limit.enabled=false)

pg_bin=""
cleanup() {
  [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [[ -n "$pg_bin" ]] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ "$database" == "postgres" ]]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  pg_bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
  pg_port="$(free_port)"
  chmod 755 "$work"
  mkdir "$work/pg" && chown postgres "$work/pg"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" -w start >/dev/null
  app_args+=(--spring.profiles.active=postgres
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/postgres" --spring.datasource.username=postgres)
fi

{
  echo "# Second Opinion load test, $(date -u +%Y-%m-%dT%H:%M:%SZ), database: $database"
  echo "# machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), ${java_options[*]}"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg); wrk: $connections connections, $threads thread(s), $duration"
} | tee "$out"

started=$(date +%s%N)
(cd "$work" && exec java "${java_options[@]}" -jar "$jar" "${app_args[@]}" >"$work/app.log" 2>&1) &
app=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
  kill -0 "$app" 2>/dev/null || { echo "the app exited:"; tail -30 "$work/app.log"; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "start-up, java -jar to ready: $ready_ms ms ($(grep -o 'Started SecondOpinionApplication in [0-9.]* seconds' "$work/app.log"))" | tee -a "$out"
pid="$(pgrep -P "$app" java || echo "$app")"

# The app's processor time so far, in clock ticks: steadier than requests a second on a shared
# machine, so each run also reports the app's processor time per request.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
run() { # name, then wrk arguments; leaves the requests a second in rps
  local name="$1"; shift
  echo "## $name" >>"$out"
  local before after
  before="$(cpu_ticks)"
  wrk --latency -t"$threads" -c"$connections" "$@" >"$work/wrk.txt"
  after="$(cpu_ticks)"
  cat "$work/wrk.txt" >>"$out"
  local p50 p99 non2xx errors requests cpu
  rps="$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")"
  p50="$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")"
  errors="$(awk '/Socket errors/ {print $0}' "$work/wrk.txt")"
  requests="$(awk '/requests in/ {print $1}' "$work/wrk.txt")"
  cpu="$(python3 -c "print(round(($after - $before) / $(getconf CLK_TCK) * 1e6 / $requests))")"
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   app CPU %5s µs/request   non-2xx %s %s\n' \
    "$name" "$rps" "$p50" "$p99" "$cpu" "${non2xx:-0}" "$errors" | tee -a "$out"
}

wrk -t"$threads" -c"$connections" -d"$warmup" -s scripts/load-test.lua "http://127.0.0.1:$port" >/dev/null
CHECK_PATH=/api/v1/previews wrk -t"$threads" -c"$connections" -d10s -s scripts/load-test.lua "http://127.0.0.1:$port" >/dev/null
wrk -t"$threads" -c"$connections" -d10s "http://127.0.0.1:$port/actuator/health" >/dev/null
# Previews before checks, so that no work left over from storing checks is counted against them.
run "no-op (GET /actuator/health)" -d"$duration" "http://127.0.0.1:$port/actuator/health"
noop_rps="$rps"
CHECK_PATH=/api/v1/previews run "previews (POST /api/v1/previews)" -d"$duration" -s scripts/load-test.lua "http://127.0.0.1:$port"
previews_rps="$rps"
run "checks (POST /api/v1/checks)" -d"$duration" -s scripts/load-test.lua "http://127.0.0.1:$port"
checks_rps="$rps"
percent() { python3 -c "print(f'{100 * $1 / $noop_rps:.0f}')"; }
echo "checks sustain $(percent "$checks_rps")% of the no-op rate (target: at least 60%);" \
  "previews, the same drafts checked but not stored, $(percent "$previews_rps")%" | tee -a "$out"

if command -v jcmd >/dev/null; then
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  echo "heap after the load run and a full GC:" | tee -a "$out"
  jcmd "$pid" GC.heap_info 2>/dev/null | sed -n '2,3p' | tee -a "$out"
fi
echo "raw output: $out"
