import FieldSyncCore
import GRDB

extension ReplicaStore {
    /// Resolves what a user typed into a record id: a full UUID, a unique prefix of at least six
    /// characters, or (for enterprises) a unified social credit code. Deleted records are not found.
    /// - Throws: ``StoreError`` (unknown id, ambiguous prefix, too short) naming the text.
    public func resolve(_ type: RecordType, _ text: String) throws -> String {
        try read { db in try Self.resolve(db, type, text) }
    }

    static func resolve(_ db: Database, _ type: RecordType, _ text: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        let label = type.name.replacingOccurrences(of: "_", with: " ")
        if type.name == Domain.enterprise.name, t.count == 18, !t.contains("-") {
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM enterprise WHERE credit_code = ? AND deleted = 0", arguments: [t.uppercased()])
            if ids.count == 1 { return ids[0] }
            if ids.count > 1 {
                throw StoreError(.ambiguousID, "Credit code \(t) matches \(ids.count) enterprises (\(ids.map { $0.prefix(8) }.joined(separator: ", "))); use an id.")
            }
        }
        let lower = t.lowercased()
        guard lower.count >= 6 else {
            throw StoreError(.invalidValue, "\"\(t)\" is too short to name a \(label): give at least 6 characters of its id.")
        }
        guard lower.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw StoreError(.unknownID, "No \(label) has the id \"\(t)\".")
        }
        let ids = try String.fetchAll(
            db, sql: "SELECT id FROM \"\(type.name)\" WHERE id >= ? AND id < ? AND deleted = 0 ORDER BY id LIMIT 6",
            arguments: [lower, lower + "~"])
        switch ids.count {
        case 0: throw StoreError(.unknownID, "No \(label) has the id \"\(t)\".")
        case 1: return ids[0]
        default:
            throw StoreError(.ambiguousID,
                "The prefix \"\(t)\" matches several \(label)s (\(ids.prefix(5).map { String($0.prefix(12)) }.joined(separator: ", "))); type more of the id.")
        }
    }

    /// Resolves an id in any table (for `history`, `conflicts show`): (table, id).
    public func resolveAny(_ text: String) throws -> (table: String, id: String) {
        try read { db in
            var found: [(String, String)] = []
            for type in Domain.all {
                let lower = text.lowercased()
                guard lower.count >= 6 else {
                    throw StoreError(.invalidValue, "\"\(text)\" is too short to name a record: give at least 6 characters of its id.")
                }
                let ids = try String.fetchAll(
                    db, sql: "SELECT id FROM \"\(type.name)\" WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                    arguments: [lower, lower + "~"])
                found += ids.map { (type.name, $0) }
            }
            if found.isEmpty, let id = try? Self.resolve(db, Domain.enterprise, text) { return ("enterprise", id) }
            switch found.count {
            case 0: throw StoreError(.unknownID, "No record has the id \"\(text)\".")
            case 1: return found[0]
            default: throw StoreError(.ambiguousID, "The prefix \"\(text)\" matches several records; type more of the id.")
            }
        }
    }
}
