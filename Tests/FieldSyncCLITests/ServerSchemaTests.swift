import FieldSyncServer
import Foundation
import GRDB
import Testing

/// The server schema's two dialects stay in step: after every migration, the embedded store and
/// PostgreSQL hold the same tables with the same columns, of corresponding types (run in the
/// PostgreSQL pass of `scripts/test.sh`).
@Suite(.enabled(if: ServerProcess.postgresBase != nil, "needs PostgreSQL (scripts/test.sh starts one)"))
struct ServerSchemaTests {
    /// SQLite's declared type → the PostgreSQL types that correspond to it.
    static let dialect: [String: Set<String>] = [
        "INTEGER": ["integer", "bigint", "smallint"],
        "TEXT": ["text", "timestamp with time zone"],
        "BLOB": ["bytea", "uuid"],
    ]

    /// table → column → type, of a migrated embedded store.
    static func sqliteLayout() throws -> [String: [String: String]] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("server.db").path
        _ = try SQLiteServerStore(path: path)
        let q = try DatabaseQueue(path: path)
        defer { try? q.close() }
        return try q.read { db in
            var out: [String: [String: String]] = [:]
            for t in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                for row in try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [t]) {
                    out[t, default: [:]][row[0]] = (row[1] as String).uppercased()
                }
            }
            return out
        }
    }

    /// table → column → type, of a migrated PostgreSQL database.
    static func postgresLayout() throws -> [String: [String: String]] {
        let server = try ServerProcess(store: true)
        let database = try #require(server.database)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["psql", database, "-At", "-F", "|", "-c",
                       "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        var layout: [String: [String: String]] = [:]
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if f.count == 3 { layout[f[0], default: [:]][f[1]] = f[2] }
        }
        return layout
    }

    @Test func bothDialectsHoldTheSameTablesAndColumns() throws {
        let lite = try Self.sqliteLayout()
        let pg = try Self.postgresLayout()
        #expect(lite["record"] != nil && lite["record_type"] != nil, "\(lite.keys.sorted())")
        #expect(Set(lite.keys) == Set(pg.keys), "tables: SQLite \(lite.keys.sorted()) / PostgreSQL \(pg.keys.sorted())")
        for (table, columns) in lite {
            let other = pg[table] ?? [:]
            #expect(Set(columns.keys) == Set(other.keys), "\(table): SQLite \(columns.keys.sorted()) / PostgreSQL \(other.keys.sorted())")
            for (column, type) in columns {
                guard let theirs = other[column] else { continue }
                #expect(Self.dialect[type]?.contains(theirs) == true, "\(table).\(column): SQLite \(type), PostgreSQL \(theirs)")
            }
        }
    }
}
