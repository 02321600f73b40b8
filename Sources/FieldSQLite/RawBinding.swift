import GRDB
import GRDBSQLite

/// Binds values straight onto a prepared statement and steps it, for the sync's hot paths: GRDB's
/// `StatementArguments` boxes every value and checks every argument, which cost more per record
/// than SQLite's own insert. The statement comes from GRDB's cache, runs inside GRDB's transaction,
/// and is reset after each step; errors become GRDB's `DatabaseError`.
package struct RawBinding {
    let handle: SQLiteStatement
    let connection: SQLiteConnection?
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The first failed bind (SQLite refuses binds on a statement not reset, or out of range):
    /// reported by ``step(sql:)`` instead of stepping with what was left bound.
    private var failure: Int32 = SQLITE_OK

    /// Takes `statement` for binding. GRDB leaves a statement it ran stepped to its end; SQLite
    /// refuses new bindings until it is reset, so it is reset here, and every parameter starts
    /// NULL (a caller binds only the non-null ones).
    package init(_ statement: Statement, _ db: Database) {
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private mutating func check(_ rc: Int32) {
        if rc != SQLITE_OK && failure == SQLITE_OK { failure = rc }
    }

    package mutating func null(_ i: Int32) { check(sqlite3_bind_null(handle, i)) }

    package mutating func int(_ i: Int32, _ v: Int64) { check(sqlite3_bind_int64(handle, i, v)) }

    package mutating func text(_ i: Int32, _ s: String) {
        var s = s
        let rc = s.withUTF8 { u in
            // An empty buffer may have no address; SQLite reads a null pointer as NULL, not "".
            if let base = u.baseAddress {
                return sqlite3_bind_text(handle, i, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(u.count), Self.transient)
            }
            return sqlite3_bind_text(handle, i, "", 0, Self.transient)
        }
        check(rc)
    }

    package mutating func blob(_ i: Int32, _ bytes: [UInt8]) {
        let rc = bytes.withUnsafeBytes { b in
            if let base = b.baseAddress {
                return sqlite3_bind_blob(handle, i, base, Int32(b.count), Self.transient)
            }
            return sqlite3_bind_zeroblob(handle, i, 0)
        }
        check(rc)
    }

    /// Runs a query for at most one row and returns its first column's bytes (nil: no row).
    package func blobRow(sql: String) throws -> [UInt8]? {
        guard failure == SQLITE_OK else {
            sqlite3_clear_bindings(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: failure), message: "a value could not be bound", sql: sql)
        }
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        switch sqlite3_step(handle) {
        case SQLITE_DONE: return nil
        case SQLITE_ROW:
            let n = Int(sqlite3_column_bytes(handle, 0))
            guard n > 0, let p = sqlite3_column_blob(handle, 0) else { return [] }
            return Array(UnsafeRawBufferPointer(start: p, count: n))
        case let rc:
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message, sql: sql)
        }
    }

    /// Runs the statement once (a write: no rows expected) and resets it.
    package func step(sql: String) throws {
        guard failure == SQLITE_OK else {
            sqlite3_clear_bindings(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: failure), message: "a value could not be bound", sql: sql)
        }
        let rc = sqlite3_step(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        guard rc == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message, sql: sql)
        }
    }
}
