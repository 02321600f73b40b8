import FieldSyncClient
import FieldSyncCore
import FieldSyncWire
import Foundation

/// Issue 24, finding 6: memory is spent only on pushes the server admits. One replica registers
/// with its key; then `count` pushes at once name it with another key, each a gzip body that
/// inflates to 32 MiB (refused for who they are, before their bodies are read); then `count` at
/// once with the right key (admitted up to the push slots and the byte budget, then refused as
/// malformed). The server's peak resident memory (VmHWM) is printed after each wave.
func admissionBenchmark(count: Int) throws {
    let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = BenchServer(binDir: binDir, dir: dir)
    let token = try server.token("张伟", zone: "高新区")
    try server.start()
    defer { server.stop() }
    print("== admission: \(count) pushes at once of a gzip body inflating to 32 MiB, against one embedded-store server ==")
    print("server peak RSS at start: \(fmt(server.peakMB())) MB")
    let replica = UUIDText.random()
    let key = Hex.random(bytes: 32)
    @Sendable func headers(key: String, push: String, history: String) -> [(String, String)] {
        [("Authorization", "Bearer \(token)"), (SyncProtocol.schemaHeader, String(SyncProtocol.schemaVersion)),
         (SyncProtocol.replicaHeader, replica), (SyncProtocol.replicaKeyHeader, key), (SyncProtocol.historyHeader, history),
         (SyncProtocol.pushIDHeader, push), ("Content-Type", BinaryWire.mediaType)]
    }
    // Register the replica with its key: one real push.
    let first = Hex.random(bytes: 16)
    let record = WireRecord.written(id: UUIDText.random(), ["name": .text("星河科技"), "deleted": .bool(false)], by: ReplicaID(replica),
                                    hlc: HLC(milliseconds: UInt64(Date().timeIntervalSince1970 * 1000)))
    let registered = try CurlTransport().send(HTTPExchange(method: "POST", url: server.url + "/v1/push",
        headers: headers(key: key, push: first, history: ReplicaHistory.genesis),
        body: BinaryWire.encode(PushRequest(replica: replica, records: [record]))))
    guard registered.status == 200 else { throw CLIBenchError(message: "the first push was answered \(registered.status)") }
    let head = ReplicaHistory.advance(ReplicaHistory.genesis, by: first)
    // 32 MiB: a binary push's header ("FSB5", push) and then zeros; gzip makes it about 32 KB.
    var inflated = Array("FSB5".utf8) + [0x50]
    inflated += [UInt8](repeating: 0, count: (32 << 20) - inflated.count)
    let bomb = Gzip.compress(inflated)
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var seen: [Int: Int] = [:]
        func add(_ status: Int) { lock.withLock { seen[status, default: 0] += 1 } }
    }
    func wave(_ name: String, key: String) -> [Int: Int] {
        let url = server.url + "/v1/push"
        let requests = (0..<count).map { _ in
            HTTPExchange(method: "POST", url: url, headers: headers(key: key, push: Hex.random(bytes: 16), history: head) + [("Content-Encoding", "gzip")], body: bomb)
        }
        let tally = Tally()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            tally.add((try? CurlTransport().send(requests[i]))?.status ?? 0)
        }
        let seen = tally.lock.withLock { tally.seen }
        print("\(name): answers \(seen.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")) in \(fmt(Date().timeIntervalSince(started), 2)) s; server peak RSS \(fmt(server.peakMB())) MB")
        return seen
    }
    _ = wave("another replica key (refused before the body is read)", key: Hex.random(bytes: 32))
    _ = wave("the right key (admitted within 8 slots and a 128 MiB budget, then refused as malformed)", key: key)
    print("bodies: \(bomb.count) bytes gzip each, \(inflated.count >> 20) MiB inflated")
}
