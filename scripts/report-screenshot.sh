#!/usr/bin/env bash
# Renders every office report as HTML from a small Chinese fixture and screenshots each in headless
# Chromium (Debian's package, installed when missing). Output: out/report-KIND.html and .png.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
swift build --product fieldsync >&2
F="$PWD/.build/debug/fieldsync"
mkdir -p out
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export FIELDSYNC_DB="$WORK/office.db" NO_COLOR=1 FIELDSYNC_NOW=2026-09-20T02:00:00Z
"$F" init --replica-name 办公室 --zone 高新区 >/dev/null
A=$("$F" commissioner add --name 张伟)
B=$("$F" commissioner add --name 李娜)
code() { python3 -c 'import sys
A="0123456789ABCDEFGHJKLMNPQRTUWXY";W=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
p=sys.argv[1];s=sum(A.index(c)*w for c,w in zip(p,W));print(p+A[(31-s%31)%31])' "$1"; }
i=0
for name in 深圳市星河科技有限公司 华芯微电子有限公司 博雅生物医药有限公司 绿源新能源科技有限公司 天工新材料有限公司 中科智能装备有限公司; do
    i=$((i + 1))
    c=$A; [ $((i % 2)) -eq 0 ] && c=$B
    pool=high-tech; [ $((i % 3)) -eq 0 ] && pool=sme
    E=$("$F" enterprise add --name "$name" --credit-code "$(code 9144030000000000$i)" --pool "$pool" --commissioner "$c")
    [ $i -le 4 ] && "$F" visit record --enterprise "$E" --commissioner "$c" --date 2026-0$((8 + i % 2))-1$i --satisfaction $((3 + i % 3)) >/dev/null
    [ $i -le 3 ] && "$F" need raise --enterprise "$E" --category financing --summary "融资需求$i" >/dev/null
    "$F" indicator set "$E" --year 2026 --rd-ratio 0.0$i --revenue-growth 0.$((i * 7 % 10)) --ip-count $((i * 3)) --tech-staff-ratio 0.$i
    P=$("$F" project add --enterprise "$E" --name "研发项目$i" --level city --start 2026-01-01 --end 2026-12-31)
    "$F" project milestone "$P" --add 中期检查 --due 2026-0$((6 + i % 4))-30 >/dev/null
done
for kind in coverage needs projects ranking commissioners; do
    "$F" report "$kind" --year 2026 --format html --lang zh --output "out/report-$kind.html"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1000 \
        --screenshot="$PWD/out/report-$kind.png" "file://$PWD/out/report-$kind.html" 2>/dev/null
    echo "out/report-$kind.png"
done
