#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster (if it is not running) and creates the test role and database.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster_running() { pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; }
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >/dev/null
fi
cluster_running || pg_ctlcluster "$version" main start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 || { echo "PostgreSQL $version did not start; see /var/log/postgresql/" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }
as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='portal'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE portal LOGIN PASSWORD 'portal' CREATEDB\""
as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='portal'\"" | grep -q 1 \
  || as_postgres "createdb -O portal portal"
