import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncWire
import FieldSyncServer
import Foundation
import GRDB
import Testing

/// Laptops upgrade over weeks: one server serves protocol 4 (JSON) and protocol 5 (binary)
/// laptops at once, and a server store written before the binary form stays readable.
@Suite(.serialized)
struct MixedFleetTests {
    static func sync(_ store: Replica, _ server: ServerProcess, _ token: String, wire: WireFormat) async throws -> SyncSummary {
        var options = SyncOptions(server: server.url, token: token)
        options.wire = wire
        options.batchSize = 7
        return try await SyncEngine(store: store, transport: try CurlTransport(), options: options).run()
    }

    @Test func oldAndNewLaptopsEditTheSameRecordsAndConverge() async throws {
        let server = try ServerProcess()
        let tOld = try server.token("旧版笔记本")
        let tNew = try server.token("新版笔记本")
        let tThird = try server.token("第三台")
        try server.start()
        let (c1, old) = try FaultTests.laptopStore("旧版", server, tOld)
        let (c2, new) = try FaultTests.laptopStore("新版", server, tNew)
        let (c3, third) = try FaultTests.laptopStore("第三台", server, tThird)
        defer { withExtendedLifetime((c1, c2, c3)) {} }
        // Each writes its own enterprises; the new one edits some of the old one's afterwards.
        let oldIDs = try FaultTests.write(old, 20, from: 0)
        _ = try FaultTests.write(new, 15, from: 100)
        #expect(try await Self.sync(old, server, tOld, wire: .json).pushed >= 20)
        #expect(try await Self.sync(new, server, tNew, wire: .binary).pulled >= 20)
        try new.transaction { tx in
            for id in oldIDs.prefix(5) { try tx.write(Domain.enterprise, id: id, ["address": .text("新版写的地址 · 科技园")]) }
        }
        // A concurrent edit of one field on both sides: a conflict both formats must carry.
        try old.transaction { tx in try tx.write(Domain.enterprise, id: oldIDs[0], ["address": .text("旧版写的地址")]) }
        _ = try await Self.sync(new, server, tNew, wire: .binary)
        _ = try await Self.sync(old, server, tOld, wire: .json)
        _ = try await Self.sync(new, server, tNew, wire: .binary)
        // A third laptop pulls everything in each format in turn.
        _ = try await Self.sync(third, server, tThird, wire: .json)
        _ = try await Self.sync(third, server, tThird, wire: .binary)
        // The third laptop's own record reaches the other two.
        _ = try await Self.sync(old, server, tOld, wire: .json)
        _ = try await Self.sync(new, server, tNew, wire: .binary)
        let states = try server.zoneStates()
        #expect(states.keys.filter { $0.hasPrefix("enterprise/") }.count == 35)
        for store in [old, new, third] { #expect(try store.allStates() == states) }
        let conflicted = try old.conflictedRecords().map(\.id)
        #expect(conflicted == [oldIDs[0]])
        #expect(try new.conflictedRecords().map(\.id) == conflicted)
    }

    @Test func aPullAnswersInTheFormTheLaptopAccepts() async throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        let reader = try server.token("读取者")
        try server.start()
        let (cli, laptop) = try FaultTests.laptopStore("张伟的笔记本", server, token)
        defer { withExtendedLifetime(cli) {} }
        _ = try FaultTests.write(laptop, 3, from: 0)
        _ = try await Self.sync(laptop, server, token, wire: .binary)
        let replica = UUIDText.random()
        let json = try server.send("GET", "/v1/pull?after=0", token: reader, schema: "4", replica: replica)
        #expect(json.status == 200 && json.body.first == UInt8(ascii: "{"))
        #expect(try FastJSON.decodePull(json.body).records.filter { $0.table == "enterprise" }.count == 3)
        let binary = try server.send("GET", "/v1/pull?after=0", token: reader, schema: "5", replica: replica,
                                     headers: [("Accept", BinaryWire.mediaType)])
        #expect(binary.status == 200 && BinaryWire.isBinary(binary.body))
        #expect(try BinaryWire.decodePull(binary.body).records == FastJSON.decodePull(json.body).records)
        // A protocol the server does not know is refused, naming both sides' versions.
        let future = try server.send("GET", "/v1/pull?after=0", token: reader, schema: "6", replica: replica)
        #expect(future.status == 426)
    }

    /// `fieldsync sync --wire json` is what a laptop says to a server not yet upgraded; a wrong
    /// value is refused in one sentence naming it, before anything is sent or changed.
    @Test func theCLIChoosesItsWireFormatAndRefusesAnUnknownOne() throws {
        let server = try ServerProcess()
        let token = try server.token("李娜")
        try server.start()
        let cli = try CLI.laptop("李娜的笔记本", server: server, token: token)
        try cli.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", CreditCode.make(7))
        let bad = try cli.run(["sync", "--wire", "xml"])
        #expect(bad.status == 64 && bad.stderr.contains("xml"), "\(bad.stderr)")
        #expect(try server.zoneStates().isEmpty)
        try cli.ok("sync", "--wire", "json")
        #expect(try server.zoneStates().keys.contains { $0.hasPrefix("enterprise/") })
        try cli.ok("sync", "--wire", "binary")
    }

    /// The same upgrade on PostgreSQL (run in the PostgreSQL pass of `scripts/test.sh`): a database
    /// at server schema 1 with records as JSON text, `migrate`d to schema 2 (text becomes bytea),
    /// then served: a binary laptop and a JSON laptop each pull the record as it was written.
    @Test(.enabled(if: ServerProcess.postgresBase != nil, "needs the PostgreSQL pass (FIELDSYNC_TEST_STORE=postgres)"))
    func aPostgreSQLStoreOfSchemaOneIsMigratedAndItsJSONRecordsServed() throws {
        let base = try #require(ServerProcess.postgresBase)
        let name = "fs_up_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try ServerProcess.psql(base, "CREATE DATABASE \(name)")
        defer { try? ServerProcess.psql(base, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        let alice = ReplicaID.random()
        let record = WireRecord.written(id: UUIDText.random(), ["name": .text("深圳市旧格式科技有限公司"), "deleted": .bool(false)], by: alice)
        let json = String(decoding: FastJSON.encode(record), as: UTF8.self).replacingOccurrences(of: "'", with: "''")
        let schema1 = ServerSchemaSQL.postgres[0]
        let sql = """
            CREATE TABLE schema_migration (version INT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
            \(schema1.sql)
            INSERT INTO schema_migration (version, name) VALUES (1, '\(schema1.name)');
            INSERT INTO zone (name, next_seq) VALUES ('高新区', 2);
            INSERT INTO record (zone_id, tbl, id, seq, origin, body) SELECT id, 'enterprise', '\(record.id)', 1, '', '\(json)' FROM zone;
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["psql", "\(base)/\(name)", "-v", "ON_ERROR_STOP=1", "-q", "-c", sql]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let url = "\(base)/\(name)"
        #expect(try ServerProcess.run(["migrate", "--database", url]).status == 0)
        let token = try ServerProcess.run(["token", "create", "--database", url, "--name", "读取者", "--role", "viewer", "--zone", "高新区"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let (server, address) = try ServerProcess.launch(["serve", "--database", url, "--port", "0"])
        defer { server.terminate(); server.waitUntilExit() }
        // One replica pulls twice (a token's second replica id would need the first one's key).
        let replica = UUIDText.random()
        for (accept, schema) in [(BinaryWire.mediaType, "5"), ("application/json", "4")] {
            var h = [("Authorization", "Bearer \(token)"), ("FieldSync-Schema", schema), ("FieldSync-Replica", replica), ("Accept", accept)]
            h += [(SyncProtocol.replicaKeyHeader, ServerProcess.key(of: replica)), (SyncProtocol.historyHeader, ReplicaHistory.genesis)]
            let reply = try CurlTransport().send(HTTPExchange(method: "GET", url: address + "/v1/pull?after=0", headers: h))
            #expect(reply.status == 200)
            let page = BinaryWire.isBinary(reply.body) ? try BinaryWire.decodePull(reply.body) : try FastJSON.decodePull(reply.body)
            #expect(BinaryWire.isBinary(reply.body) == (schema == "5"))
            #expect(page.records == [try record.validated()])
        }
    }

    /// A server store of schema 1 kept records as JSON text; after the upgrade they are read as
    /// they are, served in both forms, and rewritten in binary only when a push changes them.
    @Test func recordsStoredAsJSONBeforeTheUpgradeStayReadable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-mixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("server.db").path
        let alice = ReplicaID.random()
        let kept = WireRecord.written(id: UUIDText.random(), ["name": .text("深圳市旧格式科技有限公司"), "deleted": .bool(false)], by: alice)
        let edited = WireRecord.written(id: UUIDText.random(), ["name": .text("待改名企业"), "deleted": .bool(false)], by: alice)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT")
                try db.execute(sql: ServerSchemaSQL.sqlite[0].sql)
                try db.execute(sql: "INSERT INTO schema_migration VALUES (1, ?, '2026-06-01T00:00:00Z')", arguments: [ServerSchemaSQL.sqlite[0].name])
                try db.execute(sql: "INSERT INTO zone (name, next_seq, created_at) VALUES ('高新区', 3, '2026-06-01T00:00:00Z')")
                for (seq, r) in [kept, edited].enumerated() {
                    try db.execute(sql: "INSERT INTO record (zone_id, tbl, id, seq, origin, body) VALUES (1, 'enterprise', ?, ?, '', ?)",
                                   arguments: [r.id, seq + 1, String(decoding: FastJSON.encode(r), as: UTF8.self)])
                }
            }
        }
        let store = try SQLiteServerStore(path: path)
        #expect(try store.statesForTesting(zone: "高新区") == [ServerRules.key("enterprise", kept.id): kept.state, ServerRules.key("enterprise", edited.id): edited.state])
        let rows = try store.storedRowsForTesting(zone: "高新区", after: 0, limit: 10)
        #expect(rows.map { $0.body.first } == [UInt8(ascii: "{"), UInt8(ascii: "{")])
        // An edit of one record: merged against its JSON state, written back in binary.
        var later = edited.state
        later.write(["name": .text("改名后的企业")], by: alice, at: HLC(milliseconds: 2))
        let result = try store.mergeForTesting(zone: "高新区", pusher: alice, records: [WireRecord(table: "enterprise", id: edited.id, state: later)], rollBack: false)
        #expect(result.changed == 1 && result.serverSeq == 3)
        let after = try store.storedRowsForTesting(zone: "高新区", after: 0, limit: 10)
        #expect(after.count == 2 && after[0].body.first == UInt8(ascii: "{") && after[1].body.first != UInt8(ascii: "{"))
        #expect(try BinaryWire.decodeRecord(after[1].body).state == later)
    }
}
