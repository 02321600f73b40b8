import FieldReplica
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing

struct StoreTests {
    let ent = Domain.enterprise

    @Test func aLocalWriteUpdatesTheRowTheSyncStateTheSequenceAndTheHistory() throws {
        let t = try TemporaryReplica()
        let id = UUIDText.random()
        try t.store.transaction(author: "张伟") { tx in
            try tx.write(ent, id: id, ["name": .text("深圳市星河科技有限公司"), "credit_code": .text("91350100M000100Y43")])
        }
        try t.store.transaction(author: "张伟") { tx in
            try tx.write(ent, id: id, ["address": .text("高新区科技南路18号")])
        }
        let state = try #require(try t.store.state(ent, id: id))
        #expect(state.vv[t.replica] == 2)
        #expect(state.displayed("name") == .text("深圳市星河科技有限公司"))
        #expect(state.displayed("address") == .text("高新区科技南路18号"))
        let row = try t.store.read { db in
            try String.fetchOne(db, sql: "SELECT address FROM enterprise WHERE id = ?", arguments: [id])
        }
        #expect(row == "高新区科技南路18号")
        #expect(try t.store.changes(after: 0, limit: 10).map(\.seq) == [2])
        let history = try t.store.history(id: id)
        #expect(history.count == 2)
        #expect(history[1].author == "张伟")
        #expect(history[1].changes.contains { $0.field == "address" && $0.new == "高新区科技南路18号" && $0.old == nil })
    }

    /// A bulk creation writes no history line (issue 25, item 6: the values are not written twice);
    /// its history is shown from the record's state, and a later edit's line keeps the old value.
    @Test func aCreationWithoutAHistoryLineIsStillShownStepByStep() throws {
        let t = try TemporaryReplica()
        let id = UUIDText.random()
        try t.store.transaction { tx in
            tx.recordsCreations = false
            try tx.write(ent, id: id, ["name": .text("星河科技有限公司"), "contact": .text("王先生")])
        }
        #expect(try t.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM history") } == 0)
        try t.store.transaction(author: "张伟") { tx in try tx.write(ent, id: id, ["contact": .text("李女士")]) }
        let history = try t.store.history(id: id)
        #expect(history.count == 2, "\(history)")
        #expect(history.first?.origin == "local" && history.first?.replicas == [t.replica.rawValue])
        #expect(history.first?.changes.contains { $0.field == "name" && $0.new == "星河科技有限公司" } == true)
        #expect(history.last?.changes.contains { $0.field == "contact" && $0.old == "王先生" && $0.new == "李女士" } == true)
    }

    @Test func aFailedTransactionWritesNothing() throws {
        let t = try TemporaryReplica()
        let before = try t.store.snapshot()
        let seq = try t.store.lastSeq()
        #expect(throws: StoreError.self) {
            try t.store.transaction { tx in
                try tx.write(ent, id: UUIDText.random(), ["name": .text("半截写入")])
                try tx.write(ent, id: UUIDText.random(), ["no_such_field": .text("x")])
            }
        }
        #expect(throws: StoreError.self) {
            try t.store.transaction { tx in try tx.write(ent, id: UUIDText.random(), ["name": .integer(3)]) }
        }
        #expect(try t.store.snapshot() == before)
        #expect(try t.store.lastSeq() == seq)
        #expect(try t.store.history(id: "x").isEmpty)
    }

    /// A pull binds its rows straight onto the statement a local write of the same table just ran
    /// through GRDB (a regression: the statement, left stepped, refused the new bindings and the
    /// row was tried with NULLs). Local write, pull, local write, pull: every row lands whole.
    @Test func pulledRowsAndLocalWritesShareTheirStatementsInAnyOrder() throws {
        let a = try TemporaryReplica(name: "甲")
        let b = try TemporaryReplica(name: "乙")
        for round in 0..<2 {
            try a.store.transaction { tx in try tx.write(ent, id: UUIDText.random(), ["name": .text("甲写的企业\(round)")]) }
            try b.store.transaction { tx in try tx.write(ent, id: UUIDText.random(), ["name": .text("乙写的企业\(round)")]) }
            #expect(try b.store.apply(a.store.changes(after: 0, limit: 100).map(\.record)).changed == 1)
            #expect(try a.store.apply(b.store.changes(after: 0, limit: 100).map(\.record)).changed == 1)
        }
        #expect(try a.store.snapshot() == b.store.snapshot())
        #expect(try a.store.snapshot().count == 4)
    }

    @Test func applyingRemoteStatesIsIdempotentAndCreatesNoLocalChanges() throws {
        let a = try TemporaryReplica(name: "甲")
        let b = try TemporaryReplica(name: "乙")
        let id = UUIDText.random()
        try a.store.transaction { tx in
            try tx.write(ent, id: id, ["name": .text("华芯微电子"), "certifications": .stringSet(["高新技术企业"])])
        }
        let batch = try a.store.changes(after: 0, limit: 100).map(\.record)
        let first = try b.store.apply(batch)
        #expect(first.changed == 1)
        let again = try b.store.apply(batch)
        #expect(again.changed == 0)
        #expect(try b.store.changes(after: 0, limit: 100).isEmpty)
        #expect(try b.store.state(ent, id: id) == (try a.store.state(ent, id: id)))
    }

    @Test func concurrentSameFieldEditsAreFlaggedAndAResolutionClearsThem() throws {
        let a = try TemporaryReplica(name: "甲")
        let b = try TemporaryReplica(name: "乙")
        let id = UUIDText.random()
        try a.store.transaction { tx in try tx.write(ent, id: id, ["name": .text("绿源新能源")]) }
        try b.store.apply(try a.store.changes(after: 0, limit: 10).map(\.record))
        try a.store.transaction { tx in try tx.write(ent, id: id, ["contact": .text("王芳 13700000003")]) }
        try b.store.transaction { tx in try tx.write(ent, id: id, ["contact": .text("刘洋 13600000004")]) }
        try b.store.apply(try a.store.changes(after: 0, limit: 10).map(\.record))
        let conflicted = try b.store.conflictedRecords()
        #expect(conflicted.map(\.id) == [id])
        let state = try #require(try b.store.state(ent, id: id))
        #expect(Set(state.entries("contact").map(\.value)) == [.text("王芳 13700000003"), .text("刘洋 13600000004")])
        try b.store.transaction { tx in try tx.write(ent, id: id, ["contact": .text("王芳 13700000003")]) }
        #expect(try b.store.conflictedRecords().isEmpty)
        try a.store.apply(try b.store.changes(after: 0, limit: 10).map(\.record))
        #expect(try a.store.conflictedRecords().isEmpty)
        #expect(try a.store.state(ent, id: id) == (try b.store.state(ent, id: id)))
    }

    @Test func aDeleteConcurrentWithAnEditIsAConflictAndTheRecordStaysVisible() throws {
        let a = try TemporaryReplica(name: "甲")
        let b = try TemporaryReplica(name: "乙")
        let id = UUIDText.random()
        try a.store.transaction { tx in try tx.write(ent, id: id, ["name": .text("博雅生物医药")]) }
        try b.store.apply(try a.store.changes(after: 0, limit: 10).map(\.record))
        try a.store.transaction { tx in try tx.delete(ent, id: id) }
        try b.store.transaction { tx in try tx.write(ent, id: id, ["industry": .text("生物医药")]) }
        try a.store.apply(try b.store.changes(after: 0, limit: 10).map(\.record))
        let deleted = try a.store.read { db in try Int.fetchOne(db, sql: "SELECT deleted FROM enterprise WHERE id = ?", arguments: [id]) }
        #expect(deleted == 0)
        #expect(try a.store.conflictedRecords().map(\.id) == [id])
        #expect(try a.store.state(ent, id: id)?.displayed("industry") == .text("生物医药"))
    }

    @Test func aPlainDeleteHidesTheRecordButKeepsItsTombstone() throws {
        let a = try TemporaryReplica()
        let id = UUIDText.random()
        try a.store.transaction { tx in try tx.write(ent, id: id, ["name": .text("天工新材料")]) }
        try a.store.transaction { tx in try tx.delete(ent, id: id) }
        let row = try a.store.read { db in try Int.fetchOne(db, sql: "SELECT deleted FROM enterprise WHERE id = ?", arguments: [id]) }
        #expect(row == 1)
        #expect(try a.store.state(ent, id: id)?.vv[a.replica] == 2)
    }

    @Test func invalidRemoteBatchesChangeNothing() throws {
        let a = try TemporaryReplica(name: "甲")
        let b = try TemporaryReplica(name: "乙")
        try a.store.transaction { tx in try tx.write(ent, id: UUIDText.random(), ["name": .text("中科智能装备")]) }
        var batch = try a.store.changes(after: 0, limit: 10).map(\.record)
        var bad = RecordState()
        bad.write(["funds": .text("一百万")], by: ReplicaID(UUIDText.random()), at: HLC(rawValue: 1))
        batch.append(WireRecord(table: "project", id: UUIDText.random(), state: bad))
        let before = try b.store.snapshot()
        #expect(throws: StoreError.self) { try b.store.apply(batch) }
        #expect(try b.store.snapshot() == before)
    }

    @Test func aStoreMustBeInitialisedOnceBeforeWrites() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Replica(path: dir.appendingPathComponent("s.db").path)
        #expect { try store.info() } throws: { ($0 as? StoreError)?.code == .notInitialized }
        try store.initialize(name: "x", zone: "z")
        #expect { try store.initialize(name: "x", zone: "z") } throws: { ($0 as? StoreError)?.code == .alreadyInitialized }
    }

    @Test func aCorruptStoreFileIsReportedNotCrashedOn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.db").path
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect { _ = try Replica(path: path) } throws: { ($0 as? StoreError)?.code == .corrupt }
    }
}

struct InstantTests {
    @Test(arguments: [0.0, 1_780_000_000, 1_780_000_000.5, 4_102_444_799])
    func instantsRoundTrip(seconds: Double) throws {
        let d = Date(timeIntervalSince1970: seconds)
        let text = Instant.format(d)
        #expect(text.count == 20 && text.hasSuffix("Z"))
        #expect(try #require(Instant.parse(text)).timeIntervalSince1970 == seconds.rounded(.down))
    }

    @Test func instantsParseOffsetsAndRefuseJunk() {
        #expect(Instant.parse("2026-03-02T17:00:00+08:00") == Instant.parse("2026-03-02T09:00:00Z"))
        #expect(Instant.format(Date(timeIntervalSince1970: 1_772_442_000)) == "2026-03-02T09:00:00Z")
        #expect(Instant.parse("2026-03-02") == nil)
        #expect(Instant.parse("2026-02-30T09:00:00Z") == nil)
        #expect(Instant.parse("2026-03-02T25:00:00Z") == nil)
    }
}
