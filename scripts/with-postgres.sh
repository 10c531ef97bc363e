#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server: a new cluster in a temporary folder
# (initdb), listening on a free loopback port only, with a role and a database for the tests;
# GUARDRAIL_TEST_POSTGRESQL and PGPASSWORD tell the tests where it is. The cluster is stopped
# and deleted when the command ends, whether it passed, failed or was interrupted.
#   scripts/with-postgres.sh COMMAND [ARGS...]
# As root the server runs as the postgres user (Debian's postgresql package creates it).
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with-postgres: no PostgreSQL server installed (Debian: postgresql); running without" >&2
  exec "$@"
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/guardrail-postgres.XXXXXX")
as_server() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_server() { runuser -u postgres -- "$@"; }
fi
stop() {
  as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

port=""
for p in $(seq 54320 54399); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "with-postgres: no free port in 54320-54399" >&2; exit 1; }

password="guardrail-test-$RANDOM$RANDOM"
printf '%s\n' "$password" > "$dir/password"
[ "$(id -u)" -ne 0 ] || chown postgres: "$dir/password"
# Password authentication over TCP, as a team's server has it; the superuser only over the
# folder's own socket.
as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust \
  --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# A test cluster need not survive a power cut: no fsync.
as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
as_server "$bindir/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE guardrail_test LOGIN CREATEDB CREATEROLE PASSWORD '$password'" \
  -c "CREATE DATABASE guardrail_test OWNER guardrail_test" >/dev/null

export GUARDRAIL_TEST_POSTGRESQL="postgresql://guardrail_test@127.0.0.1:$port/guardrail_test"
export PGPASSWORD="$password"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
status=0
"$@" || status=$?
exit "$status"
