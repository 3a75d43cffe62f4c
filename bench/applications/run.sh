#!/usr/bin/env bash
# Application submits and public status lookups of SatuPintu on PostgreSQL, each against a baseline measured in
# the same run on the same machine (see bench/README.md):
#   submits/s and p99 of POST /api/v1/applications/{id}/submission   vs   pgbench, 3 INSERTs per transaction
#     (and, to show what HTTP alone costs here, the "floor" app: Spring Boot + JdbcClient doing pgbench's 3 INSERTs
#     per POST, bench/applications/floor)
#   requests/s of GET /api/v1/status/{code}                             vs   a bare Spring Boot endpoint
# Baselines run before and after SatuPintu and are averaged, so a drift of the machine during the run shows.
#
# Settings (environment):
#   CLIENTS=8          concurrent clients (pgbench -c and the driver's threads)
#   DURATION=20        seconds per measured run
#   DRAFTS=6000        drafts prepared for the submit run (a warning says when they run out first)
#   SATUPINTU_JAR=...  the jar to measure (default: target/satupintu-*.jar, built if missing)
#   PGHOST/PGPORT/PGUSER  PostgreSQL (default 127.0.0.1:5432, postgres; trust auth); a database satupintu_bench is
#                         created and dropped
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
CLIENTS="${CLIENTS:-8}"
DURATION="${DURATION:-20}"
DRAFTS="${DRAFTS:-6000}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB=satupintu_bench
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  [[ -x "$jdk/bin/java" ]] && { export JAVA_HOME="$jdk"; break; }
done
JAVA="${JAVA_HOME:?a JDK 21+ is needed}/bin/java"
command -v pgbench >/dev/null || { echo "pgbench is missing (apt-get install -y postgresql-client)" >&2; exit 1; }
WORK="$(mktemp -d /tmp/sp-bench-apps.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

wait_healthy() { # url log
  for _ in $(seq 1 600); do
    curl -fs "$1" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 0.2
  done
  echo "no healthy answer from $1; log: $2" >&2; tail -40 "$2" >&2; exit 1
}

SP_JAR="${SATUPINTU_JAR:-$(ls target/satupintu-*.jar 2>/dev/null | head -1 || true)}"
if [[ -z "$SP_JAR" ]]; then
  echo "building SatuPintu ..."
  mvn -q -ntp package -DskipTests >/dev/null
  SP_JAR="$(ls target/satupintu-*.jar | head -1)"
fi
echo "building the bare baseline ..."
mvn -q -ntp -f bench/startup/bare/pom.xml package -DskipTests >/dev/null
BARE_JAR="$ROOT/bench/startup/bare/target/bare.jar"
echo "building the floor app ..."
mvn -q -ntp -f bench/applications/floor/pom.xml package -DskipTests >/dev/null
FLOOR_JAR="$ROOT/bench/applications/floor/target/floor.jar"

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
SP_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BARE_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
FLOOR_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
SP="http://127.0.0.1:$SP_PORT"
BARE="http://127.0.0.1:$BARE_PORT"
FLOOR="http://127.0.0.1:$FLOOR_PORT"

echo "starting SatuPintu on PostgreSQL ($SP_JAR) ..."
SATUPINTU_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SATUPINTU_DB_USER="$PGUSER" SATUPINTU_DEMO=true \
  "$JAVA" -jar "$SP_JAR" --server.port="$SP_PORT" --satupintu.data-dir="$WORK/data" --logging.file.name= \
  --logging.level.root=WARN > "$WORK/satupintu.log" 2>&1 &
PIDS+=($!)
"$JAVA" -jar "$BARE_JAR" --server.port="$BARE_PORT" --logging.level.root=WARN > "$WORK/bare.log" 2>&1 &
PIDS+=($!)
wait_healthy "$SP/actuator/health" "$WORK/satupintu.log"
wait_healthy "$BARE/actuator/health" "$WORK/bare.log"
"$JAVA" -jar "$FLOOR_JAR" --server.port="$FLOOR_PORT" --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  --spring.datasource.username="$PGUSER" --logging.level.root=WARN > "$WORK/floor.log" 2>&1 &
PIDS+=($!)
wait_healthy "$FLOOR/actuator/health" "$WORK/floor.log"

# ---- baseline: pgbench, three inserts per transaction into tables shaped like an application's rows ----
psql -q -d "$DB" <<'SQL'
create table bench_application (id bigserial primary key, tenant_id varchar(5) not null, code varchar(20) not null,
  payload text not null, created_at timestamptz not null default now());
create table bench_step (id bigserial primary key, application_id bigint not null, agency varchar(60) not null,
  status varchar(20) not null, due_at timestamptz not null);
create table bench_timeline (id bigserial primary key, application_id bigint not null, kind varchar(40) not null,
  at timestamptz not null default now());
SQL
cat > "$WORK/three-inserts.sql" <<'SQL'
BEGIN;
INSERT INTO bench_application (tenant_id, code, payload) VALUES ('35.78', 'PMH-' || (random() * 1e9)::bigint, '{"nomorKk":"3578041203090007","keperluan":"pendidikan"}');
INSERT INTO bench_step (application_id, agency, status, due_at) VALUES (currval('bench_application_id_seq'), 'kel-3578041005', 'OPEN', now() + interval '3 days');
INSERT INTO bench_timeline (application_id, kind) VALUES (currval('bench_application_id_seq'), 'submitted');
END;
SQL
pgbench_run() { # n -> prints "tps p99ms"
  local dir="$WORK/pgbench-$1"; mkdir -p "$dir"
  (cd "$dir" && pgbench -n -c "$CLIENTS" -j 2 -T "$DURATION" -f "$WORK/three-inserts.sql" -l "$DB" > out.txt 2>&1)
  local tps; tps="$(grep -oP 'tps = \K[0-9.]+' "$dir/out.txt" | tail -1)"
  # per-transaction log: column 3 is the latency in microseconds
  local p99; p99="$(cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "%.2f", a[i]/1000}')"
  echo "$tps $p99"
}

echo "preparing $DRAFTS drafts (not timed) ..."
"$JAVA" bench/applications/Driver.java prepare "$SP" "$DRAFTS" "$WORK/drafts.txt"

echo "pgbench (before) ..."
read -r PG1_TPS PG1_P99 <<< "$(pgbench_run 1)"
echo "  $PG1_TPS tps, p99 $PG1_P99 ms"
echo "SatuPintu submits ..."
SUBMIT="$("$JAVA" bench/applications/Driver.java submit "$SP" "$CLIENTS" "$DURATION" "$WORK/drafts.txt" "$WORK/codes.txt" | grep RESULT)"
echo "  $SUBMIT"
echo "floor app: the same 3 inserts per HTTP POST ..."
FLOOR_RUN="$("$JAVA" bench/applications/Driver.java post "$CLIENTS" "$DURATION" "$FLOOR/submissions" \
  '{"tenant":"35.78","payload":"{\"nomorKk\":\"3578041203090007\",\"keperluan\":\"pendidikan\"}"}' | grep RESULT)"
echo "  $FLOOR_RUN"
echo "pgbench (after) ..."
read -r PG2_TPS PG2_P99 <<< "$(pgbench_run 2)"
echo "  $PG2_TPS tps, p99 $PG2_P99 ms"

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"; }
SUB_RATE="$(field rate "$SUBMIT")"; SUB_P99="$(field p99 "$SUBMIT")"

# ---- status lookups: SatuPintu's public status API vs the bare endpoint, same codes, same clients ----
mapfile -t CODES < <(head -200 "$WORK/codes.txt")
SP_URLS=(); BARE_URLS=()
for code in "${CODES[@]}"; do SP_URLS+=("$SP/api/v1/status/$code"); BARE_URLS+=("$BARE/status/$code"); done
echo "bare status endpoint (before) ..."
B1="$("$JAVA" bench/applications/Driver.java get "$CLIENTS" "$DURATION" "${BARE_URLS[@]}" | grep RESULT)"; echo "  $B1"
echo "SatuPintu public status ..."
S1="$("$JAVA" bench/applications/Driver.java get "$CLIENTS" "$DURATION" "${SP_URLS[@]}" | grep RESULT)"; echo "  $S1"
echo "bare status endpoint (after) ..."
B2="$("$JAVA" bench/applications/Driver.java get "$CLIENTS" "$DURATION" "${BARE_URLS[@]}" | grep RESULT)"; echo "  $B2"

python3 - "$PG1_TPS" "$PG2_TPS" "$PG1_P99" "$PG2_P99" "$SUB_RATE" "$SUB_P99" \
  "$(field rate "$B1")" "$(field rate "$B2")" "$(field rate "$S1")" "$(field p99 "$B1")" "$(field p99 "$B2")" "$(field p99 "$S1")" \
  "$CLIENTS" "$DURATION" "$(field rate "$FLOOR_RUN")" "$(field p99 "$FLOOR_RUN")" > "$WORK/table.md" <<'PY'
import sys
pg1, pg2, pgp1, pgp2, sub, subp, b1, b2, s, bp1, bp2, sp, clients, duration, fl, flp = sys.argv[1:]
f = float
pg = (f(pg1) + f(pg2)) / 2; bare = (f(b1) + f(b2)) / 2
r1 = f(sub) / pg; r2 = f(s) / bare
print(f"| measure (clients {clients}, {duration} s each) | baseline | SatuPintu | ratio | target | |")
print("|---|---:|---:|---:|---:|---|")
print(f"| application submits / s (p99 ms) | pgbench 3 inserts: {pg:.0f} tps (p99 {f(pgp1):.1f} / {f(pgp2):.1f}) | {f(sub):.1f} (p99 {f(subp):.1f}) | {r1*100:.1f} % | ≥ 50 % | {'PASS' if r1 >= 0.5 else 'MISS'} |")
print(f"| (floor: Spring Boot + JdbcClient, the same 3 inserts per POST, no other work) | pgbench | {f(fl):.1f} (p99 {f(flp):.1f}) | {f(fl) / pg * 100:.1f} % | | |")
print(f"| application submits against the floor (p99 ms) | floor: {f(fl):.1f} (p99 {f(flp):.1f}) | {f(sub):.1f} (p99 {f(subp):.1f}) | {f(sub) / f(fl) * 100:.1f} % | ≥ 35 % and p99 ≤ 25 ms | {'PASS' if f(sub) / f(fl) >= 0.35 and f(subp) <= 25 else 'MISS'} |")
print(f"| public status lookups / s (p99 ms) | bare endpoint: {bare:.0f} (p99 {f(bp1):.1f} / {f(bp2):.1f}) | {f(s):.0f} (p99 {f(sp):.1f}) | {r2*100:.1f} % | ≥ 40 % | {'PASS' if r2 >= 0.4 else 'MISS'} |")
print()
print(f"baselines before / after: pgbench {f(pg1):.0f} / {f(pg2):.0f} tps, bare {f(b1):.0f} / {f(b2):.0f} req/s")
PY
echo
cat "$WORK/table.md"
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) — $(nproc) cores, $(basename "$SP_JAR"), JDK $("$JAVA" -version 2>&1 | head -1)"
  echo
  cat "$WORK/table.md"
} >> bench/applications/results.md
echo "appended to bench/applications/results.md"
