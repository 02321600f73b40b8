import FieldSyncCore
import FieldSyncServer
import Foundation
import GRDB
import Testing

/// The server's own merge rules (`ServerRules`), on the embedded server store: what a push may
/// carry, and what a refused push leaves (nothing).
@Suite struct ServerRulesTests {
    final class Hub {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-rules-\(UUID().uuidString)")
        let store: SQLiteServerStore
        init() throws {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            store = try SQLiteServerStore(path: dir.appendingPathComponent("server.db").path)
        }
        deinit { try? FileManager.default.removeItem(at: dir) }
        func push(_ records: [WireRecord], by pusher: ReplicaID) throws -> PushResponse {
            try store.mergeForTesting(zone: "高新区", pusher: pusher, records: records, rollBack: false)
        }
        var states: [String: RecordState] { get throws { try store.statesForTesting(zone: "高新区") } }
    }

    static func record(_ id: String, _ values: [String: FieldValue], by replica: ReplicaID, counter: UInt64 = 1, hlc: HLC = HLC(milliseconds: 1)) -> WireRecord {
        WireRecord.written(id: id, values, by: replica, counter: counter, hlc: hlc)
    }

    /// A field holding many concurrent entries is checked entry by entry through the hashed
    /// lookup (past eight): re-sent as held it passes; one entry restamped is refused 409.
    @Test func aFieldOfManyEntriesIsCheckedEntryByEntry() throws {
        let writers = (0..<12).map { _ in ReplicaID.random() }
        var vv = VersionVector()
        var entries: [FieldEntry] = []
        for (i, w) in writers.enumerated() {
            vv[w] = 1
            entries.append(FieldEntry(dot: Dot(w, 1), value: .text("联系人\(i)"), hlc: HLC(milliseconds: UInt64(i + 1))))
        }
        let held = RecordState(vv: vv, fields: ["contact": entries])
        let record = WireRecord(table: "enterprise", id: UUIDText.random(), state: held)
        try ServerRules.checkDots(held, against: held, pusher: writers[0], record: record)
        var restamped = entries
        restamped[7] = FieldEntry(dot: entries[7].dot, value: entries[7].value, hlc: HLC(milliseconds: 99))
        #expect { try ServerRules.checkDots(RecordState(vv: vv, fields: ["contact": restamped]), against: held, pusher: writers[0], record: record) } throws: {
            ($0 as? ServerError)?.code == .conflictingDot
        }
    }

    @Test func forgedDotsAreRefusedAndChangeNothing() throws {
        let hub = try Hub()
        let alice = ReplicaID.random(), mallory = ReplicaID.random()
        let id = UUIDText.random()
        _ = try hub.push([Self.record(id, ["name": .text("星河科技"), "deleted": .bool(false)], by: alice)], by: alice)
        let before = try hub.states
        // Mallory sends a write stamped with Alice's next dot.
        let forged = Self.record(id, ["name": .text("冒名顶替")], by: alice, counter: 2)
        #expect { try hub.push([forged], by: mallory) } throws: { ($0 as? ServerError)?.code == .forgedDot }
        // An entry of another replica the server never held.
        let stranger = Self.record(UUIDText.random(), ["name": .text("无中生有")], by: ReplicaID.random())
        #expect { try hub.push([stranger], by: mallory) } throws: { ($0 as? ServerError)?.code == .forgedDot }
        #expect(try hub.states == before)
    }

    @Test func reusedDotsOverflowingCountersAndFarFutureStampsAreRefused() throws {
        let hub = try Hub()
        let a = ReplicaID.random()
        let id = UUIDText.random()
        _ = try hub.push([Self.record(id, ["name": .text("原始名称"), "deleted": .bool(false)], by: a)], by: a)
        let before = try hub.states
        // A store restored from a backup writes again with the dot it already used.
        #expect { try hub.push([Self.record(id, ["name": .text("恢复后的新名称")], by: a)], by: a) } throws: {
            ($0 as? ServerError)?.code == .conflictingDot
        }
        #expect { try hub.push([Self.record(UUIDText.random(), ["name": .text("计数溢出")], by: a, counter: ServerRules.maxCounter + 1)], by: a) } throws: {
            ($0 as? ServerError)?.code == .invalidValue
        }
        let farFuture = HLC(milliseconds: UInt64((Date().timeIntervalSince1970 + ServerRules.maxClockLead + 86_400) * 1000))
        #expect { try hub.push([Self.record(UUIDText.random(), ["name": .text("未来企业")], by: a, hlc: farFuture)], by: a) } throws: {
            ($0 as? ServerError)?.code == .invalidValue
        }
        #expect(try hub.states == before)
    }

    /// Values the JSON carries as text (dates, decimals) come back from the store in their types: a
    /// record pushed twice is unchanged the second time, not a "reused dot".
    @Test func aStoredRecordKeepsItsValueTypes() throws {
        let hub = try Hub()
        let a = ReplicaID.random()
        let id = UUIDText.random()
        var state = RecordState()
        state.write(["name": .text("隔膜研发"), "start": .text("2026-01-01"), "funds": .text("120.25"), "deleted": .bool(false)], by: a, at: HLC(milliseconds: 5))
        let record = try WireRecord(table: "project", id: id, state: state).validated()
        let first = try hub.push([record], by: a)
        #expect(first.changed == 1)
        let again = try hub.push([record], by: a)
        #expect(again.changed == 0 && again.serverSeq == first.serverSeq)
        #expect(try hub.states["project/\(id)"] == record.state)
    }

    /// Sequences: each changed record takes the zone's next one; unchanged ones none; a merge
    /// rolled back before commit leaves none behind.
    @Test func sequencesAreAssignedInOrderAndRolledBackMergesLeaveNoGap() throws {
        let hub = try Hub()
        let a = ReplicaID.random()
        let records = (0..<3).map { Self.record(UUIDText.random(), ["name": .text("企业\($0)"), "deleted": .bool(false)], by: a) }
        #expect(try hub.push(records, by: a).serverSeq == 3)
        let extra = Self.record(UUIDText.random(), ["name": .text("回滚的企业")], by: a)
        _ = try hub.store.mergeForTesting(zone: "高新区", pusher: a, records: [extra], rollBack: true)
        #expect(try hub.states.count == 3)
        let next = Self.record(UUIDText.random(), ["name": .text("企业3")], by: a)
        #expect(try hub.push([next], by: a).serverSeq == 4)
        // The pusher's own records are left out of its pull; another replica sees all four.
        #expect(try hub.store.pageForTesting(zone: "高新区", after: 0, limit: 10, requester: a).isEmpty)
        #expect(try hub.store.pageForTesting(zone: "高新区", after: 0, limit: 10, requester: ReplicaID.random()).map(\.seq) == [1, 2, 3, 4])
    }

    /// The server's migrations compiled into the binary are the files of `Schema/server/`.
    @Test func compiledServerMigrationsMatchTheSchemaFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for (kind, compiled) in [("sqlite", ServerSchemaSQL.sqlite), ("postgres", ServerSchemaSQL.postgres)] {
            let dir = root.appendingPathComponent("Schema/server/\(kind)")
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".sql") }.sorted()
            #expect(!names.isEmpty && names == compiled.map(\.name), "run python3 scripts/generate-schema.py")
            for (name, m) in zip(names, compiled) {
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                #expect(text.trimmingCharacters(in: .newlines) == m.sql, "\(kind)/\(name) is stale: run python3 scripts/generate-schema.py")
            }
        }
    }

    /// A server store file of a newer schema, or a file that is no server store, is refused in one
    /// sentence and left as it was.
    @Test func aNewerOrForeignFileIsRefused() throws {
        let hub = try Hub()
        let path = hub.dir.appendingPathComponent("newer.db").path
        do {
            let newer = try SQLiteServerStore(path: path)
            _ = newer
        }
        let q = try GRDB.DatabaseQueue(path: path)
        try q.write { db in try db.execute(sql: "INSERT INTO schema_migration (version, name, applied_at) VALUES (99, '099_future.sql', 'x')") }
        try q.close()
        #expect { try SQLiteServerStore(path: path) } throws: { "\($0)".contains("upgrade fieldsync-server") }
        let foreign = hub.dir.appendingPathComponent("foreign.db").path
        let f = try GRDB.DatabaseQueue(path: foreign)
        try f.write { db in try db.execute(sql: "CREATE TABLE customers (id INTEGER)") }
        try f.close()
        #expect { try SQLiteServerStore(path: foreign) } throws: { "\($0)".contains("not a FieldSync server store") }
    }
}
