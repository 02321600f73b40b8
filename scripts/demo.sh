#!/usr/bin/env bash
# The main job: builds FieldSync, starts a local fieldsync-server on 127.0.0.1, makes two
# commissioner replicas, records a round of visits and needs (including a same-field conflict),
# syncs, shows the conflict on both laptops, resolves it on one, syncs both to convergence,
# prints the round's coverage and stops the server.
#
# FIELDSYNC_DEMO_STORE=postgres (scripts/demo-postgres.sh) runs the same day on PostgreSQL: a
# throwaway cluster on a free loopback port, two server instances on one database, one laptop on each.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The debug build the tests share (a fresh clone builds it in about four minutes here; a release
# build of every dependency takes twice that and is for benchmarks and deployment:
# FIELDSYNC_DEMO_CONFIG=release scripts/demo.sh).
CONFIG="${FIELDSYNC_DEMO_CONFIG:-debug}"
echo "== building ($CONFIG)" >&2
swift build -c "$CONFIG" --product fieldsync >&2
swift build -c "$CONFIG" --product fieldsync-server >&2
BIN="$(swift build -c "$CONFIG" --show-bin-path)"
F="$BIN/fieldsync"
WORK=$(mktemp -d)
SERVER_PID=""
SERVER2_PID=""
DASHBOARD_PID=""
PG_DIR=""
cleanup() {
    for pid in $DASHBOARD_PID $SERVER_PID $SERVER2_PID; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    [ -n "$PG_DIR" ] && scripts/postgres.sh stop "$PG_DIR"
    rm -rf "$WORK"
}
trap cleanup EXIT
export NO_COLOR=1
# The commissioners read Chinese: the demo speaks it unless told otherwise (FIELDSYNC_LANG=en scripts/demo.sh).
export FIELDSYNC_LANG="${FIELDSYNC_LANG:-zh}"
# The whole day happens on 2026-05-20 (round 2026-2), so the figures are reproducible.
export FIELDSYNC_NOW=2026-05-20T02:00:00Z

# A valid unified social credit code from a 17-character prefix (GB 32100-2015 check character).
credit_code() {
    python3 -c 'import sys
A = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
p = sys.argv[1]; s = sum(A.index(c) * w for c, w in zip(p, W)); print(p + A[(31 - s % 31) % 31])' "$1"
}

# Starts one server instance on the store; sets URL and the pid variable named by $1.
start_server() {
    local out="$WORK/server-$1.out"
    "$BIN/fieldsync-server" serve "${STORE[@]}" --host 127.0.0.1 --port 0 --log-level warning > "$out" &
    eval "$1=$!"
    for _ in $(seq 1 100); do grep -q "listening on" "$out" 2>/dev/null && break; sleep 0.1; done
    URL=$(grep -o 'http://[^ ]*' "$out")
    curl -fsS "$URL/health" >/dev/null && echo "server ready at $URL"
}

if [ "${FIELDSYNC_DEMO_STORE:-sqlite}" = postgres ]; then
    echo "== the office: PostgreSQL (a throwaway cluster on 127.0.0.1), two server instances, two tokens"
    eval "$(scripts/postgres.sh start)"
    PG_DIR="$FIELDSYNC_PG_DIR"
    psql "$FIELDSYNC_TEST_PG/postgres" -q -c "CREATE DATABASE fieldsync"
    STORE=(--database "$FIELDSYNC_TEST_PG/fieldsync")
    "$BIN/fieldsync-server" migrate "${STORE[@]}"
else
    echo "== the office: a server on 127.0.0.1 and two commissioner tokens"
    STORE=(--db "$WORK/server.db")
fi
TOKEN_A=$("$BIN/fieldsync-server" token create "${STORE[@]}" --name 张伟 --role commissioner --zone 高新区)
TOKEN_B=$("$BIN/fieldsync-server" token create "${STORE[@]}" --name 李娜 --role commissioner --zone 高新区)
TOKEN_O=$("$BIN/fieldsync-server" token create "${STORE[@]}" --name 办公室 --role viewer --zone 高新区)
start_server SERVER_PID
URL_A="$URL"
URL_B="$URL"
if [ -n "$PG_DIR" ]; then
    start_server SERVER2_PID
    URL_B="$URL"
    echo "张伟 syncs through $URL_A, 李娜 through $URL_B: one database behind both"
fi

A="--db $WORK/zhangwei.db"
B="--db $WORK/lina.db"
echo "== two laptops"
"$F" init $A --replica-name 张伟的笔记本 --zone 高新区 --commissioner 张伟 >/dev/null
"$F" init $B --replica-name 李娜的笔记本 --zone 高新区 --commissioner 李娜 >/dev/null
"$F" setting set time.utc_offset 8 $A   # the zone shows 北京时间 (synced to every laptop)
"$F" config set $A server "$URL_A"
"$F" config set $B server "$URL_B"
"$F" config set $A token "$TOKEN_A"
"$F" config set $B token "$TOKEN_B"

echo "== 张伟 sets up the zone's commissioners and enterprises"
ZW=$("$F" commissioner add $A --name 张伟 --phone 13800000001)
LN=$("$F" commissioner add $A --name 李娜 --phone 13900000002)
E1=$("$F" enterprise add $A --name 深圳市星河科技有限公司 --credit-code 91350100M000100Y43 --industry 新材料 --address 高新区科技南路18号 --contact "王芳 13700000003" --pool high-tech --commissioner "$ZW")
E2=$("$F" enterprise add $A --name 华芯微电子有限公司 --credit-code 91110000600037341L --industry 集成电路 --pool sme --commissioner "$ZW")
E3=$("$F" enterprise add $A --name 博雅生物医药有限公司 --credit-code "$(credit_code 91440300MA5D00001)" --industry 生物医药 --pool high-tech --commissioner "$LN")
E4=$("$F" enterprise add $A --name 绿源新能源科技有限公司 --credit-code "$(credit_code 91440300MA5D00002)" --industry 新能源 --pool sme --commissioner "$LN")
"$F" sync $A
"$F" sync $B

echo "== the round: visits and needs on both laptops, offline"
"$F" visit record $A --enterprise "$E1" --commissioner "$ZW" --date 2026-05-18 --topics 政策宣讲,资源对接 --summary 了解研发项目进展 --satisfaction 5 >/dev/null
"$F" visit record $A --enterprise "$E2" --commissioner "$ZW" --date 2026-05-19 --mode video --summary 高企申报辅导 --satisfaction 4 >/dev/null
"$F" visit record $B --enterprise "$E3" --commissioner "$LN" --date 2026-05-19 --mode phone --summary 中试基地需求 --satisfaction 5 >/dev/null
N1=$("$F" need raise $A --enterprise "$E1" --category financing --summary 知识产权质押贷款咨询 --due 2026-06-30)
"$F" need update $A "$N1" --status acknowledged --note 已电话联系企业财务
"$F" need raise $B --enterprise "$E3" --category space --summary 需要中试场地约500平方米 >/dev/null
echo "-- both laptops change 星河科技's contact: a same-field conflict"
"$F" enterprise update $A "$E1" --contact "王芳 13700000003（财务总监）"
"$F" enterprise update $B "$E1" --contact "刘洋 13600000004" --address 软件园二期3栋

echo "== sync"
"$F" sync $A
"$F" sync $B
"$F" sync $A
echo "-- the conflict, on 张伟's laptop"
"$F" conflicts show $A "$E1"
echo "-- and on 李娜's"
"$F" conflicts list $B
echo "== 李娜 resolves it, both sync"
"$F" conflicts resolve $B "$E1" --field contact --value "刘洋 13600000004（新任联系人）"
"$F" sync $B
"$F" sync $A
"$F" enterprise show $A "$E1"
"$F" status $A
echo "== round 2026-2 coverage"
"$F" round coverage $A 2026-2
"$F" need list $A
echo "== converged: both laptops hold the same records and no conflicts"
"$F" conflicts list $A
"$F" conflicts list $B

echo "== the office: a viewer replica and its dashboard (the zone's figures in a browser)"
O="--db $WORK/office.db"
"$F" init $O --replica-name 办公室 --zone 高新区 >/dev/null
"$F" config set $O server "$URL_A"
"$F" config set $O token "$TOKEN_O"
"$F" sync $O
"$F" dashboard $O --listen 127.0.0.1:0 --sync-every 10s > "$WORK/dashboard.out" &
DASHBOARD_PID=$!
for _ in $(seq 1 100); do grep -q "http://" "$WORK/dashboard.out" 2>/dev/null && break; sleep 0.1; done
DASHBOARD=$(grep -o 'http://[^ ]*' "$WORK/dashboard.out")
curl -fsS -H 'Accept-Language: zh-CN' "$DASHBOARD" | grep -o '<h1>[^<]*</h1>\|数据截至[^<]*' | sed 's/<[^>]*>//g'
curl -fsS "${DASHBOARD}report/coverage?year=2026&format=json" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("report coverage (json):", r["summary"])'
echo "工作台 · dashboard: $DASHBOARD"
if [ "${FIELDSYNC_DEMO_KEEP:-0}" = 1 ]; then
    echo "(FIELDSYNC_DEMO_KEEP=1: serving until Ctrl-C)"
    wait "$DASHBOARD_PID" || true
fi
