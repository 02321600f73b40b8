import FieldReplica
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing

/// The laptop's cache of the server's versions (`fieldsync history` offline) is bounded: the 500
/// records fetched most recently, the newest 256 versions of each.
struct ServerVersionCacheTests {
    final class Ticking: @unchecked Sendable {
        var t = Date(timeIntervalSince1970: 1_780_000_000)
        let lock = NSLock()
        func next() -> Date { lock.lock(); defer { lock.unlock() }; t += 1; return t }
    }

    nonisolated(unsafe) static var state = RecordState()

    static func version(_ id: String, _ seq: Int64) -> ServerVersion {
        ServerVersion(seq: seq, writer: "r", token: "张伟", at: "2026-05-12T01:00:00Z", record: WireRecord(table: "enterprise", id: id, state: state))
    }

    @Test func theCacheKeepsTheRecordsFetchedLastAndTheNewestVersions() throws {
        let clock = Ticking()
        let t = try TemporaryReplica(now: { clock.next() })
        // A real record's state, as a server would send it.
        let e = UUIDText.random()
        try t.store.transaction { tx in try tx.write(Domain.enterprise, id: e, ["name": .text("青山智能科技有限公司"), "credit_code": .text(CreditCode.make(7))]) }
        Self.state = try #require(try t.store.state(Domain.enterprise, id: e))
        let ids = (0..<(Replica.serverVersionCacheRecords + 2)).map { _ in UUIDText.random() }
        for id in ids { try t.store.cacheServerVersions(id: id, [Self.version(id, 1)]) }
        #expect(try t.store.cachedServerVersions(id: ids[0]).fetchedAt == nil)
        #expect(try t.store.cachedServerVersions(id: ids[1]).fetchedAt == nil)
        #expect(try t.store.cachedServerVersions(id: ids[2]).fetchedAt != nil)
        #expect(try t.store.cachedServerVersions(id: ids[ids.count - 1]).versions.count == 1)
        // Fetched again, a record is the newest: the oldest other one goes instead.
        try t.store.cacheServerVersions(id: ids[2], [Self.version(ids[2], 1), Self.version(ids[2], 2)])
        try t.store.cacheServerVersions(id: UUIDText.random(), [])
        try t.store.cacheServerVersions(id: ids[5], [Self.version(ids[5], 1)])
        #expect(try t.store.cachedServerVersions(id: ids[2]).versions.map(\.seq) == [1, 2])
        #expect(try t.store.cachedServerVersions(id: ids[3]).fetchedAt == nil)
        // A server that answers with more versions than it keeps: the newest 256 are cached.
        let deep = ids[ids.count - 1]
        try t.store.cacheServerVersions(id: deep, (1...300).map { Self.version(deep, Int64($0)) }.shuffled())
        let kept = try t.store.cachedServerVersions(id: deep).versions.map(\.seq)
        #expect(kept.count == Replica.serverVersionCacheDepth && kept.first == 45 && kept.last == 300)
    }
}
