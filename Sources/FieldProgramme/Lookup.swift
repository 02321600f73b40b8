import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// What a person types to name a record (a name, a part of one, a credit code, an id prefix) resolved to an id.
public struct Lookup: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Lookup {
    /// The word for a record type, in both languages (for messages).
    public static func typeWord(_ type: RecordType) -> Message {
        switch type.name {
        case Domain.commissioner.name: return Message(.wordCommissioner)
        case Domain.enterprise.name: return Message(.wordEnterprise)
        case Domain.project.name: return Message(.wordProject)
        case Domain.milestone.name: return Message(.wordMilestone)
        case Domain.need.name: return Message(.wordNeed)
        case Domain.visit.name: return Message(.wordVisit)
        default: return Message(.wordRecord, type.name)
        }
    }

    /// The column a person names a record of `type` by, if any.
    static func nameColumn(_ type: RecordType) -> String? {
        switch type.name {
        case Domain.commissioner.name, Domain.enterprise.name, Domain.project.name, Domain.milestone.name: return "name"
        case Domain.need.name: return "summary"
        default: return nil
        }
    }

    /// Resolves what a user typed into a record id: a full id or a unique prefix of at least six
    /// characters, (for enterprises) a unified social credit code, or a name: the exact name, else
    /// a part of a name that only one record has. Deleted records are not found.
    /// - Throws: ``StoreError``: `.ambiguousID` listing the candidates with their ids when the text
    ///   fits more than one record; `.unknownID` when it fits none.
    public func resolve(_ type: RecordType, _ text: String) throws -> String {
        try read { db in try Lookup.resolve(db, type, text) }
    }

    static func resolve(_ db: Database, _ type: RecordType, _ text: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        let word = typeWord(type)
        guard !t.isEmpty else { throw StoreError(.invalidValue, Message(.lookupEmpty, word)) }
        // A visit by its enterprise and day, as tables show it: 星河@2026-05-12.
        if type.name == Domain.visit.name, let at = t.lastIndex(of: "@") {
            let enterprise = try resolve(db, Domain.enterprise, String(t[..<at]))
            let day = try LocalDate.parse(String(t[t.index(after: at)...]).trimmingCharacters(in: .whitespaces), field: "visit")
            let rows = try Row.fetchAll(db, sql: """
                SELECT v.id, e.name || ' ' || v.date || ' ' || v.mode AS name FROM visit v JOIN enterprise e ON e.id = v.enterprise
                WHERE v.enterprise = ? AND v.date = ? AND v.deleted = 0 ORDER BY v.id LIMIT 11
                """, arguments: [enterprise, day.description])
            if rows.count == 1 { return rows[0]["id"] }
            if rows.count > 1 { throw ambiguous(t, word, rows) }
            throw StoreError(.unknownID, Message(.lookupUnknown, word, t))
        }
        if type.name == Domain.enterprise.name, t.count == 18, !t.contains("-") {
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, name FROM enterprise WHERE credit_code = ? AND deleted = 0", arguments: [t.uppercased()])
            if rows.count == 1 { return rows[0]["id"] }
            if rows.count > 1 { throw ambiguous(t, word, rows) }
        }
        let lower = t.lowercased()
        if lower.count >= 6, lower.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM \"\(type.name)\" WHERE id >= ? AND id < ? AND deleted = 0 ORDER BY id LIMIT 6",
                arguments: [lower, lower + "~"])
            if ids.count == 1 { return ids[0] }
            if ids.count > 1 {
                throw StoreError(.ambiguousID, Message(.lookupAmbiguousPrefix, t, word, ids.prefix(5).map { String($0.prefix(12)) }.joined(separator: ", ")))
            }
        }
        if let column = nameColumn(type) {
            let exact = try Row.fetchAll(
                db, sql: "SELECT id, \(column) AS name FROM \"\(type.name)\" WHERE \(column) = ? AND deleted = 0 ORDER BY id LIMIT 11", arguments: [t])
            if exact.count == 1 { return exact[0]["id"] }
            if exact.count > 1 { throw ambiguous(t, word, exact) }
            // A part of a name (两个字 at least), when only one record has it: 绿源 for 绿源新能源科技有限公司.
            if t.count >= 2 {
                let pattern = "%" + t.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_") + "%"
                let partial = try Row.fetchAll(
                    db, sql: "SELECT id, \(column) AS name FROM \"\(type.name)\" WHERE \(column) LIKE ? ESCAPE '\\' AND deleted = 0 ORDER BY \(column), id LIMIT 11",
                    arguments: [pattern])
                if partial.count == 1 { return partial[0]["id"] }
                if partial.count > 1 { throw ambiguous(t, word, partial) }
            }
        }
        throw StoreError(.unknownID, Message(nameColumn(type) == nil ? .lookupUnknownID : .lookupUnknown, word, t))
    }

    /// "… matches 3 commissioners: 张伟 (3f2a9c), 张伟 (81bb02), …" — names with the ids that tell them apart.
    static func ambiguous(_ text: String, _ word: Message, _ rows: [Row]) -> StoreError {
        let shown = rows.prefix(10).map { row -> String in
            let id: String = row["id"]
            let name: String = row["name"] ?? ""
            return "\(Terminal.clean(name)) (\(id.prefix(8)))"
        }
        let more = rows.count > 10 ? "…" : ""
        return StoreError(.ambiguousID, Message(.lookupAmbiguous, text, rows.count > 10 ? "10+" : String(rows.count), word, shown.joined(separator: ", ") + more))
    }

    /// What a person calls a record: its name (enterprise, commissioner, project, milestone,
    /// laptop), a need's summary, a visit's enterprise and date; for the other records the name of
    /// the enterprise or project they belong to. nil when there is nothing to call it by.
    public func recordTitle(_ type: RecordType, id: String) throws -> String? {
        guard let v = try view(type, id: id) else { return nil }
        if let column = Lookup.nameColumn(type) ?? (type.name == Domain.laptop.name ? "name" : nil), !v.text(column).isEmpty { return v.text(column) }
        for parent in [("enterprise", Domain.enterprise), ("project", Domain.project)] where type.fields.contains(where: { $0.name == parent.0 }) {
            let pid = v.text(parent.0)
            guard !pid.isEmpty, let p = try view(parent.1, id: pid) else { continue }
            let date = type.name == Domain.visit.name ? " " + v.text("date") : ""
            return p.text("name") + date
        }
        return nil
    }

    /// The shortest prefix (six characters at least, what ``resolve(_:_:)`` accepts) that names
    /// each record of `table` alone, for the ids a table shows.
    public func shortIDs(_ type: RecordType) throws -> [String: String] {
        let ids = try read { db in try String.fetchAll(db, sql: "SELECT id FROM \"\(type.name)\" ORDER BY id") }
        return Lookup.shortestPrefixes(ids)
    }

    /// Sorted ids → each id's shortest unique prefix (≥ 6 characters): one more character than
    /// it shares with either neighbour.
    static func shortestPrefixes(_ sorted: [String]) -> [String: String] {
        func common(_ a: String, _ b: String) -> Int {
            var n = 0
            for (x, y) in zip(a.utf8, b.utf8) { if x == y { n += 1 } else { break } }
            return n
        }
        var out: [String: String] = [:]
        out.reserveCapacity(sorted.count)
        for (i, id) in sorted.enumerated() {
            var shared = 0
            if i > 0 { shared = max(shared, common(id, sorted[i - 1])) }
            if i + 1 < sorted.count { shared = max(shared, common(id, sorted[i + 1])) }
            out[id] = String(id.prefix(max(6, shared + 1)))
        }
        return out
    }

    /// Resolves an id in any table (for `history`, `conflicts show`): (table, id). An
    /// enterprise, commissioner or project may also be given by name or credit code.
    public func resolveAny(_ text: String) throws -> (table: String, id: String) {
        try read { db in
            var found: [(String, String)] = []
            let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
            if lower.count >= 6, lower.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
                for type in Domain.all {
                    let ids = try String.fetchAll(
                        db, sql: "SELECT id FROM \"\(type.name)\" WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                        arguments: [lower, lower + "~"])
                    found += ids.map { (type.name, $0) }
                }
            }
            // By what people call them: names, a need's summary, a visit's enterprise@day.
            var ambiguity: StoreError?
            if found.isEmpty {
                let named = text.contains("@") ? [Domain.visit] : [Domain.enterprise, Domain.commissioner, Domain.project, Domain.need, Domain.milestone]
                for type in named {
                    do {
                        found.append((type.name, try Lookup.resolve(db, type, text)))
                    } catch let e as StoreError where e.code == .ambiguousID {
                        ambiguity = ambiguity ?? e
                    } catch {}
                }
            }
            switch found.count {
            case 0: throw ambiguity ?? StoreError(.unknownID, Message(.recordHasId, text))
            case 1: return found[0]
            default: throw StoreError(.ambiguousID, Message(.prefixMatchesSeveralRecords, text))
            }
        }
    }

}
