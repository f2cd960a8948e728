#!/usr/bin/env bash
# Installs the Debian packages the portal needs, only when a command is missing.
# Usage: scripts/ensure-system-packages.sh run|test|postgres|bench
# (test: Chromium's headless shell for the browser tests, Java for the Nu HTML checker, Redis for the real-Redis cache test,
#  nginx for the tests of the shipped proxy configuration)
set -euo pipefail

declare -A package_of=(
  [msgfmt]=gettext
  [chromium-headless-shell]=chromium-headless-shell
  [java]=default-jre-headless
  [pg_ctlcluster]=postgresql
  [wrk]=wrk
  [nginx]=nginx-light
  [redis-server]=redis-server
)
case "${1:-run}" in
  run) wanted=(msgfmt) ;;
  test) wanted=(msgfmt chromium-headless-shell java redis-server nginx) ;;
  postgres) wanted=(pg_ctlcluster) ;;
  bench) wanted=(msgfmt pg_ctlcluster wrk nginx redis-server) ;;
  *) echo "usage: $0 run|test|postgres|bench" >&2; exit 2 ;;
esac

missing=()
for command in "${wanted[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${package_of[$command]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
# openjdk's post-install script fails on slim images that have no man directory.
if [[ " ${missing[*]} " == *" default-jre-headless "* ]]; then $SUDO mkdir -p /usr/share/man/man1; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
