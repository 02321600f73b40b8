#!/usr/bin/env bash
# Installs the system libraries FieldSync builds against, when they are missing (Debian/Ubuntu, as root).
set -euo pipefail
need=()
dpkg -s libsqlite3-dev >/dev/null 2>&1 || need+=(libsqlite3-dev)
dpkg -s libcurl4-openssl-dev >/dev/null 2>&1 || need+=(libcurl4-openssl-dev)
dpkg -s zlib1g-dev >/dev/null 2>&1 || need+=(zlib1g-dev)
# The TLS tests make a throwaway CA with the openssl command; ca-certificates is the system CA store.
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# The demo checks the server's and the dashboard's answers with the curl command.
command -v curl >/dev/null 2>&1 || need+=(curl)
dpkg -s ca-certificates >/dev/null 2>&1 || need+=(ca-certificates)
# The server suites run a second time on a throwaway PostgreSQL cluster (scripts/postgres.sh).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v psql >/dev/null 2>&1 || need+=(postgresql-client)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
