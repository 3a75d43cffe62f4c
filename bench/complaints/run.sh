#!/usr/bin/env bash
# Complaints on PostgreSQL (see bench/README.md), each figure against a baseline measured in the same run:
#   complaint submits/s and p99 of POST /open311/v2/requests.json       vs  pgbench, 3 INSERTs per transaction
#     (and the "floor" app of bench/applications/floor: Spring Boot + JdbcClient doing pgbench's 3 INSERTs per
#     HTTP POST, what HTTP alone costs here)
#   p99 of the public list GET /pengaduan and of Open311 GET /open311/v2/requests.json with SMALL complaints
#   loaded, then again with LARGE complaints loaded (same app, same clients): the ratio LARGE/SMALL (target <= 1.5)
# Settings (environment):
#   CLIENTS=8 DURATION=20    concurrent clients and seconds per measured run
#   SMALL=10000 LARGE=1000000  complaints in the two list runs (loaded with SQL, not through the app)
#   SATUPINTU_JAR=...        the jar (default target/satupintu-*.jar, built if missing)
#   PGHOST/PGPORT/PGUSER     PostgreSQL (default 127.0.0.1:5432, postgres, trust); database satupintu_bench_complaints
#                            is created and dropped
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
CLIENTS="${CLIENTS:-8}"; DURATION="${DURATION:-20}"; SMALL="${SMALL:-10000}"; LARGE="${LARGE:-1000000}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB=satupintu_bench_complaints
KEY=demo-open311-key
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  [[ -x "$jdk/bin/java" ]] && { export JAVA_HOME="$jdk"; break; }
done
JAVA="${JAVA_HOME:?a JDK 21+ is needed}/bin/java"
command -v pgbench >/dev/null || { echo "pgbench is missing (apt-get install -y postgresql-client)" >&2; exit 1; }
WORK="$(mktemp -d /tmp/sp-bench-complaints.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

SP_JAR="${SATUPINTU_JAR:-$(ls target/satupintu-*.jar 2>/dev/null | head -1 || true)}"
if [[ -z "$SP_JAR" ]]; then
  echo "building SatuPintu ..."
  mvn -q -ntp package -DskipTests >/dev/null
  SP_JAR="$(ls target/satupintu-*.jar | head -1)"
fi
echo "building the floor app ..."
mvn -q -ntp -f bench/applications/floor/pom.xml package -DskipTests >/dev/null
FLOOR_JAR="$ROOT/bench/applications/floor/target/floor.jar"
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
SP="http://127.0.0.1:$PORT"
echo "starting SatuPintu on PostgreSQL ($SP_JAR) ..."
SATUPINTU_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SATUPINTU_DB_USER="$PGUSER" \
  "$JAVA" -jar "$SP_JAR" --server.port="$PORT" --satupintu.data-dir="$WORK/data" --logging.level.root=WARN \
  > "$WORK/satupintu.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 600); do
  curl -fs "$SP/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  sleep 0.2
done
curl -fs "$SP/actuator/health" | grep -q '"status":"UP"' || { echo "SatuPintu did not start; log: $WORK/satupintu.log" >&2; tail -40 "$WORK/satupintu.log" >&2; exit 1; }
# the demo city loads after the health check turns UP: wait for its Open311 key
for _ in $(seq 1 300); do
  [[ "$(psql -At -d "$DB" -c "select count(*) from api_keys" 2>/dev/null || echo 0)" -gt 0 ]] && break
  sleep 0.2
done

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"; }

# ---- submits vs pgbench ------------------------------------------------------------------------
psql -q -d "$DB" <<'SQL'
create table bench_complaint (id bigserial primary key, tenant_id varchar(5) not null, code varchar(20) not null,
  description varchar(4000) not null, lat double precision, lon double precision, created_at timestamptz not null default now());
create table bench_task (id bigserial primary key, complaint_id bigint not null, kind varchar(20) not null, at timestamptz not null default now());
create table bench_event (id bigserial primary key, complaint_id bigint not null, kind varchar(30) not null, at timestamptz not null default now());
SQL
cat > "$WORK/three-inserts.sql" <<'SQL'
BEGIN;
INSERT INTO bench_complaint (tenant_id, code, description, lat, lon) VALUES ('35.78', 'ADU-' || (random() * 1e9)::bigint, 'Jalan berlubang besar di depan taman', -7.29 + random() / 100, 112.73 + random() / 100);
INSERT INTO bench_task (complaint_id, kind) VALUES (currval('bench_complaint_id_seq'), 'verify');
INSERT INTO bench_event (complaint_id, kind) VALUES (currval('bench_complaint_id_seq'), 'submitted');
END;
SQL
pgbench_run() { # n -> "tps p99ms"
  local dir="$WORK/pgbench-$1"; mkdir -p "$dir"
  (cd "$dir" && pgbench -n -c "$CLIENTS" -j 2 -T "$DURATION" -f "$WORK/three-inserts.sql" -l "$DB" > out.txt 2>&1)
  local tps; tps="$(grep -oP 'tps = \K[0-9.]+' "$dir/out.txt" | tail -1)"
  local p99; p99="$(cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "%.2f", a[i]/1000}')"
  echo "$tps $p99"
}
echo "pgbench (before) ..."; read -r PG1 PG1P <<< "$(pgbench_run 1)"; echo "  $PG1 tps, p99 $PG1P ms"
echo "SatuPintu complaint submits (Open311 POST) ..."
SUB="$("$JAVA" bench/complaints/Driver.java submit "$SP" "$KEY" "$CLIENTS" "$DURATION" | grep RESULT)"; echo "  $SUB"
FLOOR_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$JAVA" -jar "$FLOOR_JAR" --server.port="$FLOOR_PORT" --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  --spring.datasource.username="$PGUSER" --logging.level.root=WARN > "$WORK/floor.log" 2>&1 &
FLOOR_PID=$!
PIDS+=($FLOOR_PID)
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$FLOOR_PORT/actuator/health" 2>/dev/null | grep -q UP && break; sleep 0.2; done
echo "floor app: the same 3 inserts per HTTP POST ..."
FLOOR="$("$JAVA" bench/applications/Driver.java post "$CLIENTS" "$DURATION" "http://127.0.0.1:$FLOOR_PORT/complaints" \
  '{"tenant":"35.78","description":"Jalan berlubang besar di depan taman","lat":-7.285,"lon":112.735}' | grep RESULT)"
echo "  $FLOOR"
kill "$FLOOR_PID" 2>/dev/null || true
echo "pgbench (after) ..."; read -r PG2 PG2P <<< "$(pgbench_run 2)"; echo "  $PG2 tps, p99 $PG2P ms"

# ---- lists at SMALL and LARGE ---------------------------------------------------------------------
load() { # from to: complaints numbered [from, to), spread over the 3 years before now, 90 % public
  psql -q -d "$DB" -v from="$1" -v to="$2" <<'SQL'
insert into complaints (id, tenant_id, tracking_code, category_code, description, lat, lon, address, kecamatan_code,
    kelurahan_code, privacy, listed, status, channel, language, tier, supporters, submitted_at, updated_at, verify_due,
    resolve_due)
select gen_random_uuid(), '35.78', 'BLK-' || lpad(g::text, 10, '0'),
       (array['jalan-rusak','sampah','lampu-jalan','saluran-tersumbat','parkir-liar','pohon-tumbang'])[1 + g % 6],
       'Keluhan nomor ' || g || ': ' || (array['jalan berlubang di depan sekolah','sampah menumpuk di pinggir kali',
         'lampu jalan mati sejak minggu lalu','got mampet setiap hujan','parkir liar menutup trotoar','dahan pohon hampir patah'])[1 + g % 6],
       -7.35 + random() * 0.15, 112.60 + random() * 0.22, 'Jl. Uji ' || (g % 500), null, null,
       case when g % 10 = 0 then 'CONFIDENTIAL' else 'PUBLIC' end, g % 10 <> 0,
       (array['SUBMITTED','DISPATCHED','IN_PROGRESS','RESOLVED','CLOSED','CLOSED'])[1 + g % 6], 'WEB', 'id', 'NORMATIVE', 0,
       now() - (random() * interval '1095 days'), now(), now() + interval '3 days', now() + interval '7 days'
from generate_series(:from, :to - 1) g;
analyze complaints;
SQL
}
lists() { # label -> "listRate listP99 o311Rate o311P99"
  local l o
  l="$("$JAVA" bench/complaints/Driver.java get "$CLIENTS" "$DURATION" "$SP/pengaduan" "$SP/pengaduan?halaman=1" "$SP/pengaduan?status=IN_PROGRESS" | grep RESULT)"
  o="$("$JAVA" bench/complaints/Driver.java get "$CLIENTS" "$DURATION" "$SP/open311/v2/requests.json" "$SP/open311/v2/requests.json?status=open" | grep RESULT)"
  echo "$(field rate "$l") $(field p99 "$l") $(field rate "$o") $(field p99 "$o")"
}
EXISTING="$(psql -At -d "$DB" -c "select count(*) from complaints")"
echo "loading $SMALL complaints (SQL) ..."; T0=$(date +%s); load 0 "$SMALL"; echo "  $(( $(date +%s) - T0 )) s"
echo "lists at $SMALL ..."; read -r LS_R LS_P OS_R OS_P <<< "$(lists)"; echo "  list $LS_R/s p99 $LS_P ms; open311 $OS_R/s p99 $OS_P ms"
echo "loading up to $LARGE complaints (SQL) ..."; T0=$(date +%s); load "$SMALL" "$LARGE"; echo "  $(( $(date +%s) - T0 )) s"
echo "lists at $LARGE ..."; read -r LL_R LL_P OL_R OL_P <<< "$(lists)"; echo "  list $LL_R/s p99 $LL_P ms; open311 $OL_R/s p99 $OL_P ms"

python3 - "$PG1" "$PG2" "$PG1P" "$PG2P" "$(field rate "$SUB")" "$(field p99 "$SUB")" "$SMALL" "$LARGE" \
  "$LS_R" "$LS_P" "$OS_R" "$OS_P" "$LL_R" "$LL_P" "$OL_R" "$OL_P" "$CLIENTS" "$DURATION" "$EXISTING" "$(field rate "$FLOOR")" "$(field p99 "$FLOOR")" > "$WORK/table.md" <<'PY'
import sys
(pg1, pg2, pgp1, pgp2, sub, subp, small, large, lsr, lsp, osr, osp, llr, llp, olr, olp, clients, duration, existing, fl, flp) = sys.argv[1:]
f = float
pg = (f(pg1) + f(pg2)) / 2
r = f(sub) / pg
rl = f(llp) / f(lsp); ro = f(olp) / f(osp)
print(f"| measure (clients {clients}, {duration} s each) | baseline | SatuPintu | ratio | target | |")
print("|---|---:|---:|---:|---:|---|")
print(f"| complaint submits / s, Open311 POST (p99 ms) | pgbench 3 inserts: {pg:.0f} tps (p99 {f(pgp1):.1f} / {f(pgp2):.1f}) | {f(sub):.1f} (p99 {f(subp):.1f}) | {r*100:.1f} % | ≥ 50 % | {'PASS' if r >= 0.5 else 'MISS'} |")
print(f"| (floor: Spring Boot + JdbcClient, the same 3 inserts per POST, no other work) | pgbench | {f(fl):.1f} (p99 {f(flp):.1f}) | {f(fl) / pg * 100:.1f} % | | |")
print(f"| complaint submits against the floor (p99 ms) | floor: {f(fl):.1f} (p99 {f(flp):.1f}) | {f(sub):.1f} (p99 {f(subp):.1f}) | {f(sub) / f(fl) * 100:.1f} % | ≥ 35 % and p99 ≤ 25 ms | {'PASS' if f(sub) / f(fl) >= 0.35 and f(subp) <= 25 else 'MISS'} |")
print(f"| public list GET /pengaduan, p99 ms | {int(small):,} complaints: {f(lsp):.1f} ({f(lsr):.0f}/s) | {int(large):,}: {f(llp):.1f} ({f(llr):.0f}/s) | {rl:.2f}× | ≤ 1.5× | {'PASS' if rl <= 1.5 else 'MISS'} |")
print(f"| Open311 GET requests.json (≤ 1,000 per answer), p99 ms | {int(small):,}: {f(osp):.1f} ({f(osr):.0f}/s) | {int(large):,}: {f(olp):.1f} ({f(olr):.0f}/s) | {ro:.2f}× | ≤ 1.5× | {'PASS' if ro <= 1.5 else 'MISS'} |")
print()
print(f"pgbench before / after: {f(pg1):.0f} / {f(pg2):.0f} tps; complaints filed through the app before the list runs: {existing}")
PY
echo; cat "$WORK/table.md"
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) — $(nproc) cores, $(basename "$SP_JAR"), JDK $("$JAVA" -version 2>&1 | head -1)"
  echo
  cat "$WORK/table.md"
} >> bench/complaints/results.md
echo "appended to bench/complaints/results.md"
