#!/usr/bin/env bash
# Fuzzes the wire codec (FastJSON and BinaryWire push/pull, gzip, the Codable answers) with libFuzzer + ASan.
#   scripts/fuzz.sh [SECONDS]        default 600; corpus in Fuzz/corpus (seeded from valid bodies)
# Builds FieldSyncCore + FieldSyncWire + the harness with swiftc directly into .build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
out=.build-fuzz
mkdir -p "$out/corpus" Fuzz/corpus
rm -rf "$out/src" && mkdir -p "$out/src" "$out/zlib"
# One module: FieldSyncCore's and FieldSyncWire's sources with their imports of each other dropped.
# SHA-256 comes from swift-crypto, which this swiftc build does not link: the codec never hashes,
# so a stand-in with the same API (not a hash anyone may rely on) takes its place here.
for f in $(find Sources/FieldSyncCore Sources/FieldSyncWire -name '*.swift' ! -name SHA256.swift | sort); do
    sed -e '/^import FieldSyncCore$/d' "$f" > "$out/src/$(echo "$f" | tr / _)"
done
cat > "$out/src/SHA256-standin.swift" <<'SWIFT'
public enum SHA256 {
    public static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in message { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return (0..<32).map { UInt8(truncatingIfNeeded: h >> UInt64(($0 % 8) * 8)) }
    }
    public static func hex(_ text: String) -> String {
        hash(Array(text.utf8)).map { String($0, radix: 16) }.joined()
    }
    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool { a == b }
}
SWIFT
cp Sources/CZlib/include/fs_zlib.h "$out/zlib/"
printf 'module CZlib {\n    header "fs_zlib.h"\n    export *\n}\n' > "$out/zlib/module.modulemap"
clang -c -O1 -g -fsanitize=address,fuzzer-no-link -I Sources/CZlib/include Sources/CZlib/fs_zlib.c -o "$out/fs_zlib.o"
swiftc -O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6 -module-name FieldSyncFuzz -package-name FieldSync \
    -I "$out/zlib" "$out"/src/*.swift Fuzz/FuzzWireCodec.swift "$out/fs_zlib.o" -lz -o "$out/fuzz-wire"
test -x "$out/fuzz-wire"
"$out/fuzz-wire" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/" "$out/corpus" Fuzz/corpus 2>&1 | tee "$out/fuzz.log" | grep -E "^#[0-9]+ *(DONE|pulse)|ERROR|SUMMARY|Done" || true
grep -E "Done [0-9]+ runs" "$out/fuzz.log"
