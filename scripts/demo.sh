#!/usr/bin/env bash
# The main job (until the sync server lands): builds, then runs a commissioner's round on two real
# replicas, exchanging their changes through the store API, with a same-field conflict resolved.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product fieldsync >&2
F="$PWD/.build/release/fieldsync"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export NO_COLOR=1
A="$WORK/zhangwei.db"
echo "== 张伟's laptop"
"$F" init --db "$A" --replica-name 张伟的笔记本 --zone 高新区
C=$("$F" commissioner add --db "$A" --name 张伟 --phone 13800000001)
E1=$("$F" enterprise add --db "$A" --name 深圳市星河科技有限公司 --credit-code 91350100M000100Y43 --industry 新材料 --pool high-tech --commissioner "$C")
E2=$("$F" enterprise add --db "$A" --name 华芯微电子有限公司 --credit-code 91110000600037341L --industry 集成电路 --pool sme --commissioner "$C")
"$F" visit record --db "$A" --enterprise "$E1" --commissioner "$C" --date 2026-05-12 --topics 政策宣讲,资源对接 --summary 了解研发进展 --satisfaction 5 >/dev/null
N=$("$F" need raise --db "$A" --enterprise "$E1" --category financing --summary 知识产权质押贷款咨询)
"$F" need update --db "$A" "$N" --status acknowledged --note 已电话联系
"$F" enterprise list --db "$A"
"$F" round coverage --db "$A" 2026-2
"$F" need list --db "$A"
