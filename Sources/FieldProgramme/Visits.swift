import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Visits to enterprises, each in a round.
public struct Visits: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Visits {
    /// What a commissioner records about one visit.
    public struct VisitInput: Sendable {
        /// The enterprise (a name, a part of one, a credit code or an id).
        public var enterprise: String
        /// The commissioner (a name or an id).
        public var commissioner: String
        /// The day of the visit.
        public var date: LocalDate
        /// The round (default: the one whose window holds `date`).
        public var round: RoundID?
        /// On-site, phone or video (codes or 上门/电话/视频).
        public var mode: String?
        /// Topics covered (a set field).
        public var topics: [String]?
        /// What was found.
        public var summary: String?
        /// The enterprise's satisfaction, 1–5.
        public var satisfaction: Int?
        /// A second visit of the same enterprise by the same commissioner on the same day in the same
        /// mode is refused (the same visit recorded twice) unless this says it happened again.
        public var again: Bool
        /// The needs of the same enterprise this visit follows up (names, summaries or ids).
        public var needs: [String]
        /// A visit as typed.
        public init(enterprise: String, commissioner: String, date: LocalDate, round: RoundID? = nil, mode: String? = nil,
                    topics: [String]? = nil, summary: String? = nil, satisfaction: Int? = nil, again: Bool = false, needs: [String] = []) {
            self.again = again
            self.needs = needs
            self.enterprise = enterprise
            self.commissioner = commissioner
            self.date = date
            self.round = round
            self.mode = mode
            self.topics = topics
            self.summary = summary
            self.satisfaction = satisfaction
        }
    }

    /// Records a visit; the round is inferred from the date unless given, and must cover the date.
    /// - Returns: the new visit's id.
    public func recordVisit(_ input: VisitInput) throws -> String {
        let mode = try Vocabulary.check(input.mode ?? "on-site", in: Vocabulary.visitModes, what: .wordVisitMode)
        if let s = input.satisfaction, !(1...5).contains(s) {
            throw StoreError(.invalidValue, Message(.satisfactionMust, s))
        }
        let today = self.today()
        guard input.date <= today else {
            throw StoreError(.invalidValue, Message(.visitDateAfterToday, input.date, today))
        }
        let id = UUIDText.random()
        try transaction(author: input.commissioner) { tx in
            let enterprise = try Lookup.resolve(tx.db, Domain.enterprise, input.enterprise)
            let commissioner = try Lookup.resolve(tx.db, Domain.commissioner, input.commissioner)
            try Commissioners.refuseIfLeft(tx.db, commissioner: commissioner, on: input.date)
            let round: RoundID
            if let given = input.round {
                let w = try Rounds.window(tx.db, given)
                guard w.contains(input.date) else {
                    throw StoreError(.invalidValue, Message(.visitDateOutsideRound, input.date, given, w.lowerBound, w.upperBound))
                }
                round = given
            } else {
                round = try Rounds.round(tx.db, input.date)
            }
            var values: [String: FieldValue] = [
                "enterprise": .text(enterprise), "commissioner": .text(commissioner), "date": .date(input.date),
                "round": .text(round.description), "mode": .text(mode),
            ]
            if let t = input.topics { values["topics"] = .stringSet(t) }
            if let s = input.summary { values["summary"] = .text(s) }
            if let s = input.satisfaction { values["satisfaction"] = .integer(Int64(s)) }
            // The needs it follows up: of the same enterprise, raised on or before the visit.
            if !input.needs.isEmpty {
                var ids: [String] = []
                for text in input.needs {
                    let need = try Lookup.resolve(tx.db, Domain.need, text)
                    let row = try Row.fetchOne(tx.db, sql: "SELECT enterprise, summary, raised_at FROM need WHERE id = ?", arguments: [need])
                    guard (row?[0] as String?) == enterprise else {
                        throw StoreError(.invalidValue, Message(.needOfAnotherEnterprise, (row?[1] as String?) ?? text))
                    }
                    if let raised = (row?[2] as String?).flatMap(Instant.parse), input.date < Programme.localDate(raised) {
                        throw StoreError(.invalidValue, Message(.visitBeforeNeed, input.date, (row?[1] as String?) ?? text, Programme.localDate(raised)))
                    }
                    ids.append(need)
                }
                values["needs"] = .stringSet(ids)
            }
            if !input.again { try Visits.refuseDuplicate(tx.db, enterprise: enterprise, commissioner: commissioner, date: input.date, mode: mode) }
            try tx.write(Domain.visit, id: id, values)
        }
        return id
    }

    // MARK: Coverage

}

/// Which visits `Visits.list` shows.
public struct VisitFilter: Sendable, Hashable {
    /// Only visits of this round.
    public var round: RoundID?
    /// The enterprise as a person names it (resolved by ``Lookup``).
    public var enterprise: String?
    /// The commissioner who made the visit (a name or id).
    public var commissioner: String?

    /// All visits, or those of `round`, `enterprise` and/or `commissioner`.
    public init(round: RoundID? = nil, enterprise: String? = nil, commissioner: String? = nil) {
        self.round = round
        self.enterprise = enterprise
        self.commissioner = commissioner
    }
}

extension Visits {
    /// The visits the filter lets through, by date.
    /// - Throws: ``StoreError`` when the enterprise named is unknown or ambiguous.
    public func list(_ filter: VisitFilter = VisitFilter()) throws -> [RecordView] {
        var conditions: [String] = []
        var args: [String] = []
        if let round = filter.round {
            conditions.append("round = ?")
            args.append(round.description)
        }
        if let enterprise = filter.enterprise {
            conditions.append("enterprise = ?")
            args.append(try programme.lookup.resolve(Domain.enterprise, enterprise))
        }
        if let commissioner = filter.commissioner {
            conditions.append("commissioner = ?")
            args.append(try programme.lookup.resolve(Domain.commissioner, commissioner))
        }
        return try views(Domain.visit, where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments: args, orderBy: "date, rowid")
    }
}
