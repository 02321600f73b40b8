#!/usr/bin/env bash
# The same day as scripts/demo.sh, on PostgreSQL: a throwaway cluster on a free loopback port
# (installed from Debian's packages when missing, run as the postgres user), the schema applied with
# `fieldsync-server migrate`, two server instances on one database, one laptop syncing through each.
set -euo pipefail
cd "$(dirname "$0")/.."
FIELDSYNC_DEMO_STORE=postgres exec scripts/demo.sh "$@"
