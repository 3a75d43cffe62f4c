#!/usr/bin/env bash
# Start-up time and idle memory of SatuPintu against a bare Spring Boot 4.0.7 app (bench/startup/bare),
# measured in the same run on the same JVM with the same flags. See bench/README.md.
#
#   bash bench/startup/run.sh [--build]
#
# Environment:
#   ROUNDS=5           rounds; each round starts every variant once, the order alternating round by round
#   IDLE_SECONDS=20    idle wait after the health check answers, before RSS is read
#   START_TIMEOUT=120  seconds one start may take before it counts as a failure
#   JAVA_OPTS=""       extra JVM flags, used for both apps
#   SATUPINTU_JAR=...  measure this jar instead of target/satupintu-*.jar (skips building it)
#   JAVA_HOME          a JDK >= 21; otherwise Temurin 25 (or any JDK >= 21) under /usr/lib/jvm
#   RESULTS=...        where the dated result block is appended (default bench/startup/results.md)
#   STACK=1            also measure the "stack floor" (bench/startup/stack.py): SatuPintu's dependencies and settings
#                      with no application code, generated from pom.xml; STACK=0 leaves it out
#   LAYOUT=jar         jar: run both apps as `java -jar app.jar` (nested jars); extracted: extract both first with
#                      `java -Djarmode=tools -jar app.jar extract` (Spring Boot's layout for production) and run those
#
# Each round measures three starts:
#   bare            the baseline
#   satupintu-cold  SatuPintu on a fresh, empty H2 data dir: migrations and demo-data load included
#   satupintu-warm  SatuPintu restarted on the data dir the cold start just filled
# Start-up time = from process launch to the first HTTP 200 with "status":"UP" on /actuator/health
# (polled every 50 ms). Idle RSS = VmRSS from /proc/PID/status after IDLE_SECONDS of idling.
# Exits non-zero only when an app fails to start (or the set-up fails); the 2x targets are reported,
# not enforced.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

ROUNDS="${ROUNDS:-5}"
IDLE_SECONDS="${IDLE_SECONDS:-20}"
START_TIMEOUT="${START_TIMEOUT:-120}"
JAVA_OPTS="${JAVA_OPTS:-}"
RESULTS="${RESULTS:-$ROOT/bench/startup/results.md}"
LAYOUT="${LAYOUT:-jar}"
STACK="${STACK:-1}"
[[ "$STACK" == 0 || "$STACK" == 1 ]] || { echo "STACK must be 0 or 1" >&2; exit 2; }
[[ "$LAYOUT" == jar || "$LAYOUT" == extracted ]] || { echo "LAYOUT must be jar or extracted" >&2; exit 2; }
BUILD=0
for a in "$@"; do
  case "$a" in
    --build) BUILD=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d'; exit 0 ;;
    *) echo "unknown argument: $a (try --help)" >&2; exit 2 ;;
  esac
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive integer" >&2; exit 2; }
[[ "$IDLE_SECONDS" =~ ^[0-9]+$ ]] || { echo "IDLE_SECONDS must be a whole number" >&2; exit 2; }
[[ "$START_TIMEOUT" =~ ^[1-9][0-9]*$ ]] || { echo "START_TIMEOUT must be a positive integer" >&2; exit 2; }
read -r -a JOPTS <<< "$JAVA_OPTS"

# The apps must run on their embedded defaults, whatever the shell has exported (CI exports SATUPINTU_DB_URL,
# SATUPINTU_RABBIT_HOST, ...). To change a setting for a run, pass it as -Dname=value in JAVA_OPTS.
SP_JAR_OVERRIDE="${SATUPINTU_JAR:-}"
while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep -E '^(SATUPINTU_|SPRING_)' || true)

command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

# ---- JDK --------------------------------------------------------------------------------------
jdk_major() {
  "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
}
pick_jdk() {
  local d m best=0 found=""
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    m=$(jdk_major "$JAVA_HOME")
    if [[ "$m" =~ ^[0-9]+$ ]] && (( m >= 21 )); then echo "$JAVA_HOME"; return; fi
  fi
  for d in /usr/lib/jvm/temurin-25*; do
    if [[ -x "$d/bin/javac" ]]; then echo "$d"; return; fi
  done
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [[ -x "$d/bin/javac" ]] || continue
    m=$(jdk_major "$d")
    if [[ "$m" =~ ^[0-9]+$ ]] && (( m >= 21 && m > best )); then best=$m; found="$d"; fi
  done
  echo "$found"
}
JAVA_HOME="$(pick_jdk)"
[[ -n "$JAVA_HOME" ]] || { echo "no JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
JAVA_VERSION_LINE="$(java -version 2>&1 | sed -n 2p)"
echo "JDK: $JAVA_HOME ($JAVA_VERSION_LINE)"

# ---- scratch dir (app logs, data dirs), removed at the end unless a start failed ---------------
WORK="$(mktemp -d /tmp/satupintu-startup.XXXXXX)"
APP_PID=""
KEEP_WORK=0
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if (( KEEP_WORK )); then echo "logs kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- jars -------------------------------------------------------------------------------------
quiet_mvn() { # maven's output goes to a file, shown only when the build fails
  if ! mvn -q -B -ntp "$@" >"$WORK/mvn.log" 2>&1; then
    cat "$WORK/mvn.log" >&2
    echo "FAILED: mvn $*" >&2
    exit 1
  fi
}
echo "building the bare baseline ..."
quiet_mvn -f bench/startup/bare/pom.xml package -DskipTests
BARE_JAR="$ROOT/bench/startup/bare/target/bare.jar"
[[ -f "$BARE_JAR" ]] || { echo "bare build produced no $BARE_JAR" >&2; exit 1; }
STACK_JAR=""
if [[ "$STACK" == 1 ]]; then
  echo "building the stack floor (SatuPintu's dependencies, no application code) ..."
  python3 bench/startup/stack.py "$ROOT/pom.xml" "$WORK/stack"
  quiet_mvn -f "$WORK/stack/pom.xml" package -DskipTests
  STACK_JAR="$WORK/stack/target/stack.jar"
  [[ -f "$STACK_JAR" ]] || { echo "stack build produced no $STACK_JAR" >&2; exit 1; }
fi

newest_sp_jar() {
  local f newest=""
  for f in "$ROOT"/target/satupintu-*.jar; do
    [[ -f "$f" ]] || continue
    if [[ -z "$newest" || "$f" -nt "$newest" ]]; then newest="$f"; fi
  done
  echo "$newest"
}
if [[ -n "$SP_JAR_OVERRIDE" ]]; then
  SP_JAR="$SP_JAR_OVERRIDE"
  [[ -f "$SP_JAR" ]] || { echo "SATUPINTU_JAR=$SP_JAR: no such file" >&2; exit 1; }
else
  SP_JAR="$(newest_sp_jar)"
  if [[ -z "$SP_JAR" || "$BUILD" == 1 ]]; then
    echo "building SatuPintu (mvn package -DskipTests) ..."
    quiet_mvn package -DskipTests
    SP_JAR="$(newest_sp_jar)"
  fi
  [[ -n "$SP_JAR" ]] || { echo "no target/satupintu-*.jar after the build" >&2; exit 1; }
fi
echo "bare:      $BARE_JAR ($(( $(stat -c %s "$BARE_JAR") / 1048576 )) MiB)"
echo "SatuPintu: $SP_JAR ($(( $(stat -c %s "$SP_JAR") / 1048576 )) MiB)"
BARE_SIZE_MIB=$(( $(stat -c %s "$BARE_JAR") / 1048576 )); SP_SIZE_MIB=$(( $(stat -c %s "$SP_JAR") / 1048576 ))
BARE_NAME="$(basename "$BARE_JAR")"; SP_NAME="$(basename "$SP_JAR")"
if [[ "$LAYOUT" == extracted ]]; then
  extract_jar() { # JAR DIR -> the launcher jar inside DIR
    java -Djarmode=tools -jar "$1" extract --destination "$2" >"$WORK/extract.log" 2>&1 \
      || { cat "$WORK/extract.log" >&2; echo "FAILED: extracting $1" >&2; exit 1; }
    echo "$2/$(basename "$1")"
  }
  BARE_JAR="$(extract_jar "$BARE_JAR" "$WORK/bare-extracted")"
  SP_JAR="$(extract_jar "$SP_JAR" "$WORK/sp-extracted")"
  if [[ -n "$STACK_JAR" ]]; then STACK_JAR="$(extract_jar "$STACK_JAR" "$WORK/stack-extracted")"; fi
  echo "layout: extracted (java -Djarmode=tools -jar ... extract) into $WORK"
fi

# numbers: ms and kB in, seconds and MiB out
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
fmt_s() { awk -v v="$1" 'BEGIN {printf "%.2f", v/1000}'; }
fmt_mib() { awk -v v="$1" 'BEGIN {printf "%.0f", v/1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
verdict() { awk -v r="$1" 'BEGIN {print (r <= 2.0) ? "PASS" : "MISS"}'; }

# ---- one measured start ---------------------------------------------------------------------------

port_in_use() {
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}
free_port() {
  local p i
  for (( i = 0; i < 200; i++ )); do
    # below the kernel's ephemeral range (32768+ here), where the poller's own connections cannot hold the port
    p=$(( 20000 + RANDOM % 12000 ))
    if ! port_in_use "$p"; then echo "$p"; return; fi
  done
  echo "no free port found" >&2
  return 1
}

stop_app() {
  local i
  [[ -n "$APP_PID" ]] || return 0
  kill "$APP_PID" 2>/dev/null || true
  for (( i = 0; i < 300; i++ )); do
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID" 2>/dev/null || true; fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# measure NAME LOG JAR [app args...]  ->  sets START_MS and RSS_KB
measure() {
  local name="$1" log="$2" jar="$3" port t0 t1 deadline code rss
  shift 3
  port="$(free_port)"
  t0=$(date +%s%N)
  java "${JOPTS[@]}" -jar "$jar" --server.port="$port" "$@" >"$log" 2>&1 &
  APP_PID=$!
  deadline=$(( t0 + START_TIMEOUT * 1000000000 ))
  while :; do
    code=$(curl -s -o "$WORK/health.json" -w '%{http_code}' --max-time 2 \
      "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)
    if [[ "$code" == 200 ]] && grep -q '"status":"UP"' "$WORK/health.json"; then
      t1=$(date +%s%N)
      break
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      wait "$APP_PID" 2>/dev/null || true
      APP_PID=""
      KEEP_WORK=1
      echo "FAILED: $name exited before it was healthy; last lines of $log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if (( $(date +%s%N) > deadline )); then
      KEEP_WORK=1
      echo "FAILED: $name not healthy within ${START_TIMEOUT} s (last answer: HTTP ${code:-none}); last lines of $log:" >&2
      tail -n 40 "$log" >&2
      stop_app
      exit 1
    fi
    sleep 0.05
  done
  START_MS=$(( (t1 - t0) / 1000000 ))
  sleep "$IDLE_SECONDS"
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || true)
  if [[ -z "$rss" ]]; then
    KEEP_WORK=1
    echo "FAILED: $name died while idling; last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  RSS_KB="$rss"
  stop_app
  printf '  %-15s start %6d ms   idle RSS %5s MiB\n' "$name" "$START_MS" "$(fmt_mib "$RSS_KB")"
}

declare -a BARE_MS=() BARE_KB=() COLD_MS=() COLD_KB=() WARM_MS=() WARM_KB=() STACK_MS=() STACK_KB=()

run_bare() {
  measure bare "$WORK/bare-$1.log" "$BARE_JAR"
  BARE_MS+=("$START_MS"); BARE_KB+=("$RSS_KB")
}
run_stack() {
  [[ -n "$STACK_JAR" ]] || return 0
  measure stack "$WORK/stack-$1.log" "$STACK_JAR" --stack.data-dir="$WORK/stack-data-$1"
  STACK_MS+=("$START_MS"); STACK_KB+=("$RSS_KB")
  rm -rf "$WORK/stack-data-$1"
}
run_satupintu() {
  local dir="$WORK/data-$1"
  local url="jdbc:h2:file:$dir/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  mkdir -p "$dir"
  measure satupintu-cold "$WORK/sp-cold-$1.log" "$SP_JAR" --satupintu.data-dir="$dir" --spring.datasource.url="$url"
  COLD_MS+=("$START_MS"); COLD_KB+=("$RSS_KB")
  measure satupintu-warm "$WORK/sp-warm-$1.log" "$SP_JAR" --satupintu.data-dir="$dir" --spring.datasource.url="$url"
  WARM_MS+=("$START_MS"); WARM_KB+=("$RSS_KB")
  rm -rf "$dir"
}

echo "rounds: $ROUNDS, idle: ${IDLE_SECONDS} s, JAVA_OPTS: ${JAVA_OPTS:-(none)}"
T_BEGIN=$(date +%s)
for (( r = 1; r <= ROUNDS; r++ )); do
  echo "round $r/$ROUNDS"
  if (( r % 2 == 1 )); then run_bare "$r"; run_stack "$r"; run_satupintu "$r"
  else run_satupintu "$r"; run_stack "$r"; run_bare "$r"; fi
done

# ---- report -------------------------------------------------------------------------------------

B_MS=$(median "${BARE_MS[@]}");  B_KB=$(median "${BARE_KB[@]}")
C_MS=$(median "${COLD_MS[@]}");  C_KB=$(median "${COLD_KB[@]}")
W_MS=$(median "${WARM_MS[@]}");  W_KB=$(median "${WARM_KB[@]}")
CS_R=$(ratio "$C_MS" "$B_MS"); CM_R=$(ratio "$C_KB" "$B_KB")
WS_R=$(ratio "$W_MS" "$B_MS"); WM_R=$(ratio "$W_KB" "$B_KB")

STACK_ROW=""
if [[ -n "$STACK_JAR" ]]; then
  S_MS=$(median "${STACK_MS[@]}"); S_KB=$(median "${STACK_KB[@]}")
  STACK_ROW="| stack floor (SatuPintu's dependencies, no app code) | $(fmt_s "$S_MS") s | $(fmt_mib "$S_KB") MiB | $(ratio "$S_MS" "$B_MS")× | $(ratio "$S_KB" "$B_KB")× | (reference) |"
fi
STAMP="$(date -u '+%Y-%m-%d %H:%M UTC')"
REV="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)"
if [[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]]; then REV="$REV (uncommitted changes)"; fi

TABLE="$(cat <<EOF
| app | start-up, median | idle RSS, median | start-up vs bare | RSS vs bare | target ≤ 2× (start / RSS) |
|---|---:|---:|---:|---:|---|
| bare Spring Boot | $(fmt_s "$B_MS") s | $(fmt_mib "$B_KB") MiB | 1.00× | 1.00× | — |
$STACK_ROW
| SatuPintu, cold (fresh data dir) | $(fmt_s "$C_MS") s | $(fmt_mib "$C_KB") MiB | ${CS_R}× | ${CM_R}× | $(verdict "$CS_R") / $(verdict "$CM_R") |
| SatuPintu, warm (restart) | $(fmt_s "$W_MS") s | $(fmt_mib "$W_KB") MiB | ${WS_R}× | ${WM_R}× | $(verdict "$WS_R") / $(verdict "$WM_R") |
EOF
)"
TABLE="$(printf '%s\n' "$TABLE" | sed '/^$/d')"  # no stack row: no gap in the table
RAW="$(
  printf 'per round, start ms / RSS MiB:\n'
  for (( i = 0; i < ROUNDS; i++ )); do
    printf -- '- round %d: bare %s / %s, cold %s / %s, warm %s / %s' $(( i + 1 )) \
      "${BARE_MS[i]}" "$(fmt_mib "${BARE_KB[i]}")" "${COLD_MS[i]}" "$(fmt_mib "${COLD_KB[i]}")" \
      "${WARM_MS[i]}" "$(fmt_mib "${WARM_KB[i]}")"
    if [[ -n "$STACK_JAR" ]]; then printf ', stack %s / %s' "${STACK_MS[i]}" "$(fmt_mib "${STACK_KB[i]}")"; fi
    printf '\n'
  done
)"

echo
echo "$TABLE"
echo
echo "$RAW"
echo "took $(( $(date +%s) - T_BEGIN )) s"

if [[ ! -f "$RESULTS" ]]; then
  # shellcheck disable=SC2016  # the backticks are markdown
  printf '# Start-up benchmark results\n\nAppended by `bash bench/startup/run.sh`; newest last. See bench/README.md for how to read them.\n' > "$RESULTS"
fi
{
  echo
  echo "## $STAMP"
  echo
  echo "- commit: $REV; machine: $(nproc) cores, $(awk '/^MemTotal:/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "- JDK: $JAVA_VERSION_LINE; JAVA_OPTS: ${JAVA_OPTS:-(none)}"
  echo "- rounds: $ROUNDS; idle before RSS: ${IDLE_SECONDS} s"
  echo "- jars: bare $BARE_NAME ($BARE_SIZE_MIB MiB), SatuPintu $SP_NAME ($SP_SIZE_MIB MiB); layout: $LAYOUT"
  echo
  echo "$TABLE"
  echo
  echo "$RAW"
} >> "$RESULTS"
echo "appended to ${RESULTS#"$ROOT"/}"
