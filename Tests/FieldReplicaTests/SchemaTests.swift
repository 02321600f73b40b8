@testable import FieldReplica
import FieldSyncCore
import FieldSyncTesting
import Foundation
import GRDB
import Testing

struct SchemaTests {
    static let schemaDir = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schema")

    static func sqlFiles() throws -> [(String, String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: schemaDir.path).filter { $0.hasSuffix(".sql") }.sorted()
        return try names.map { ($0, try String(contentsOf: schemaDir.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func compiledMigrationsMatchTheSchemaFiles() throws {
        let files = try Self.sqlFiles()
        #expect(files.count >= 2)
        #expect(files.map(\.0) == SchemaSQL.migrations.map(\.name), "run python3 scripts/generate-schema.py")
        for (file, compiled) in zip(files, SchemaSQL.migrations) {
            #expect(file.1.trimmingCharacters(in: .newlines) == compiled.sql, "\(file.0) is stale: run python3 scripts/generate-schema.py")
        }
    }

    static func layout(_ db: Database) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'")
        for t in tables {
            out[t] = try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(t)\")").map { "\($0["name"] as String) \($0["type"] as String)" }
        }
        return out
    }

    @Test func aStoreMigratedFromScratchHasExactlyTheTablesAndColumnsTheFilesDeclare() throws {
        let expected = try DatabaseQueue().write { db in
            for (_, sql) in try Self.sqlFiles() { try db.execute(sql: sql) }
            return try Self.layout(db)
        }
        let t = try TemporaryReplica()
        let actual = try t.store.read { db in try Self.layout(db) }
        #expect(actual == expected)
        #expect(actual.count == Domain.all.count + 8)  // + replica_info, replica, config, sync_checkpoint, history, quarantine, import_value, server_version
        #expect(actual["token"] == nil, "the server's tables are not the laptop's")
    }

    @Test func everyDeclaredRecordTypeHasItsColumnsAndNoOthers() throws {
        let t = try TemporaryReplica()
        let layout = try t.store.read { db in try Self.layout(db) }
        for type in Domain.all {
            let columns = try #require(layout[type.name]).map { String($0.split(separator: " ")[0]) }
            // (An enterprise row also keeps its local import marks, never synced: Schema/013.)
            let declared = ["id"] + type.fields.map(\.name) + ["_vv", "_meta", "_seq", "_conflicts"] + (type == Domain.enterprise ? ["_import"] : [])
            #expect(Set(columns) == Set(declared), "\(type.name)")
        }
    }

    @Test func theStoreFileIsPrivateToItsOwner() throws {
        let t = try TemporaryReplica()
        let attrs = try FileManager.default.attributesOfItem(atPath: t.store.path)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
