import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Correcting a funded project (a funds figure, a level, the dates, the name) with the rules of
/// adding one.
extension Projects {
    /// What may be corrected on a project; nil leaves a field as it is.
    public struct ProjectUpdate: Sendable {
        public var name: String?
        public var level: String?
        public var start: LocalDate?
        public var end: LocalDate?
        public var funds: ExactDecimal?
        /// 重大专项 or not.
        public var major: Bool?
        public init(name: String? = nil, level: String? = nil, start: LocalDate? = nil, end: LocalDate? = nil, funds: ExactDecimal? = nil, major: Bool? = nil) {
            self.major = major
            self.name = name
            self.level = level
            self.start = start
            self.end = end
            self.funds = funds
        }
    }

    /// Corrects a project: a known level, a name not empty, funds not negative, start not after
    /// end, and every milestone still due within the corrected span (else that milestone is named
    /// and nothing changes).
    /// - Returns: the project's id.
    @discardableResult
    public func updateProject(_ idText: String, _ update: ProjectUpdate) throws -> String {
        guard update.name != nil || update.level != nil || update.start != nil || update.end != nil || update.funds != nil || update.major != nil else {
            throw StoreError(.invalidValue, Message(.nothingToCorrectProject))
        }
        let level = try update.level.map { try Vocabulary.check($0, in: Vocabulary.projectLevels, what: .wordProjectLevel) }
        let name = try update.name.map { try Programme.required($0, "project name") }
        if let f = update.funds, f.significand < 0 { throw StoreError(.invalidValue, Message(.fundsMustNegative, f)) }
        return try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.project, idText)
            guard let state = try tx.state(Domain.project, id: id), !Domain.project.isDeleted(state) else {
                throw StoreError(.unknownID, Message(.projectHasId, idText))
            }
            guard let start = update.start ?? state.displayed("start").date, let end = update.end ?? state.displayed("end").date else {
                throw StoreError(.unknownID, Message(.projectHasId, idText))
            }
            guard start <= end else { throw StoreError(.invalidValue, Message(.projectWouldEndBefore, end, start)) }
            if update.start != nil || update.end != nil {
                let rows = try Row.fetchAll(tx.db, sql: "SELECT name, due FROM milestone WHERE deleted = 0 AND project = ?", arguments: [id])
                for row in rows {
                    let milestone: String = row[0] ?? ""
                    guard let dueText: String = row[1], let due = try? LocalDate.parse(dueText) else { continue }
                    guard (start...end).contains(due) else {
                        throw StoreError(.invalidValue, Message(.milestoneOutsideNewSpan, milestone, due, start, end))
                    }
                }
            }
            var values: [String: FieldValue] = [:]
            if let name { values["name"] = .text(name) }
            if let level { values["level"] = .text(level) }
            if let s = update.start { values["start"] = .date(s) }
            if let e = update.end { values["end"] = .date(e) }
            if let m = update.major { values["major"] = .bool(m) }
            if let f = update.funds { values["funds"] = .decimal(f) }
            try tx.write(Domain.project, id: id, values)
            return id
        }
    }
}
