#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and demos, on a free loopback port, in a temporary
# directory, run as the `postgres` user (PostgreSQL refuses to run as root).
#
#   eval "$(scripts/postgres.sh start)"   # exports FIELDSYNC_TEST_PG (the cluster's base URL) and FIELDSYNC_PG_DIR
#   scripts/postgres.sh stop "$FIELDSYNC_PG_DIR"
#
# For tests the cluster skips fsync (a throwaway); `start --durable` keeps PostgreSQL's defaults
# (fsync, synchronous_commit), for benchmarks.
#
# Installs Debian's postgresql when missing. Trust authentication, listening on 127.0.0.1 only.
set -euo pipefail

bin_dir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

case "${1:-}" in
start)
    if [ -z "$(bin_dir)" ] || [ ! -x "$(bin_dir)/initdb" ]; then
        echo "installing postgresql…" >&2
        export DEBIAN_FRONTEND=noninteractive
        (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null) >&2
    fi
    BIN="$(bin_dir)"
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
    DIR="$(mktemp -d /tmp/fieldsync-pg.XXXXXX)"
    chown postgres "$DIR"
    chmod 700 "$DIR"
    DURABILITY="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${2:-}" = "--durable" ] && DURABILITY=""
    PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
    RUN=(runuser -u postgres --)
    [ "$(id -u)" = "$(id -u postgres)" ] && RUN=()
    "${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
    "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=300 $DURABILITY" \
        start >&2
    echo "export FIELDSYNC_TEST_PG=postgres://postgres@127.0.0.1:$PORT"
    echo "export FIELDSYNC_PG_DIR=$DIR"
    ;;
stop)
    DIR="${2:?usage: postgres.sh stop DIR}"
    BIN="$(bin_dir)"
    RUN=(runuser -u postgres --)
    [ "$(id -u)" = "$(id -u postgres)" ] && RUN=()
    "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >&2 || true
    rm -rf "$DIR"
    ;;
*)
    echo "usage: scripts/postgres.sh start | stop DIR" >&2
    exit 64
    ;;
esac
