import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Correcting what was recorded about a visit: a field changed, the visit deleted (a synced
/// tombstone, as for needs), and the same visit refused when it is recorded twice.
extension Visits {
    /// What may be corrected on a visit; nil leaves a field as it is.
    public struct VisitUpdate: Sendable {
        public var date: LocalDate?
        public var mode: String?
        public var topics: [String]?
        public var summary: String?
        public var satisfaction: Int?
        public init(date: LocalDate? = nil, mode: String? = nil, topics: [String]? = nil, summary: String? = nil, satisfaction: Int? = nil) {
            self.date = date
            self.mode = mode
            self.topics = topics
            self.summary = summary
            self.satisfaction = satisfaction
        }

        var isEmpty: Bool { date == nil && mode == nil && topics == nil && summary == nil && satisfaction == nil }
    }

    /// Corrects a visit with the rules of recording one: a date not after today and within the
    /// visit's round (a new date outside it moves the visit to the round that holds it), a known
    /// mode, satisfaction 1–5, and never the same visit as another.
    /// - Returns: the visit's id.
    @discardableResult
    public func updateVisit(_ idText: String, _ update: VisitUpdate) throws -> String {
        guard !update.isEmpty else { throw StoreError(.invalidValue, Message(.nothingToCorrectVisit)) }
        let mode = try update.mode.map { try Vocabulary.check($0, in: Vocabulary.visitModes, what: .wordVisitMode) }
        if let s = update.satisfaction, !(1...5).contains(s) { throw StoreError(.invalidValue, Message(.satisfactionMust, s)) }
        let today = self.today()
        if let d = update.date, d > today { throw StoreError(.invalidValue, Message(.visitDateAfterToday, d, today)) }
        return try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.visit, idText)
            guard let state = try tx.state(Domain.visit, id: id), !Domain.visit.isDeleted(state) else {
                throw StoreError(.unknownID, Message(.visitHasId, idText))
            }
            var values: [String: FieldValue] = [:]
            if let d = update.date {
                values["date"] = .date(d)
                if let round = try? RoundID.parse(state.displayed("round").description), (try? Rounds.window(tx.db, round))?.contains(d) == true {
                    // Still in its round.
                } else {
                    values["round"] = .text(try Rounds.round(tx.db, d).description)
                }
            }
            if let mode { values["mode"] = .text(mode) }
            if let t = update.topics { values["topics"] = .stringSet(t) }
            if let s = update.summary { values["summary"] = .text(s) }
            if let s = update.satisfaction { values["satisfaction"] = .integer(Int64(s)) }
            let after = { (name: String) in values[name] ?? state.displayed(name) }
            // A new day or mode must not make it another visit's twin.
            if update.date != nil || mode != nil, case .date(let day) = after("date") {
                try Visits.refuseDuplicate(tx.db, enterprise: after("enterprise").description, commissioner: after("commissioner").description,
                                           date: day, mode: after("mode").description, except: id)
            }
            try tx.write(Domain.visit, id: id, values)
            return id
        }
    }

    /// Deletes a visit (a synced tombstone: every laptop stops counting it).
    /// - Returns: the visit's id.
    @discardableResult
    public func deleteVisit(_ idText: String) throws -> String {
        try programme.records.deleteRecord(Domain.visit, idText)
    }

    /// Refuses a visit that is already recorded: the same enterprise, commissioner, day and mode.
    static func refuseDuplicate(_ db: Database, enterprise: String, commissioner: String, date: LocalDate, mode: String, except: String? = nil) throws {
        let twin = try String.fetchOne(db, sql: """
            SELECT id FROM visit WHERE deleted = 0 AND enterprise = ? AND commissioner = ? AND date = ? AND mode = ? AND id != ? LIMIT 1
            """, arguments: [enterprise, commissioner, date.description, mode, except ?? ""])
        if let twin {
            throw StoreError(.invalidValue, Message(.visitAlreadyRecorded, date, Vocabulary.word(mode), String(twin.prefix(8))))
        }
    }
}
