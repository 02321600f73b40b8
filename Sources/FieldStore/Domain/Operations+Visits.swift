import FieldSyncCore
import Foundation
import GRDB

extension ReplicaStore {
    // MARK: Rounds

    /// The date window of a round: the one set for that year, else the default.
    public func window(of round: RoundID) throws -> ClosedRange<LocalDate> {
        try read { db in try Self.window(db, round) }
    }

    static func window(_ db: Database, _ round: RoundID) throws -> ClosedRange<LocalDate> {
        let rows = try Row.fetchAll(
            db, sql: "SELECT starts_on, ends_on FROM round WHERE id = ? AND deleted = 0", arguments: [round.recordID])
        if let row = rows.first, let s = row[0] as String?, let e = row[1] as String?,
           let start = try? LocalDate.parse(s), let end = try? LocalDate.parse(e), start <= end {
            return start...end
        }
        return round.defaultWindow
    }

    /// Sets a round's window for its year.
    /// - Throws: when the window is backwards or overlaps the year's other rounds.
    public func setRoundWindow(_ round: RoundID, start: LocalDate, end: LocalDate) throws {
        guard start <= end else { throw StoreError(.invalidValue, Message(.roundWouldEndBefore, round, end, start)) }
        guard start.year == round.year, end.year == round.year else {
            throw StoreError(.invalidValue, Message(.roundSWindowMust, round, start, end, round.year))
        }
        try transaction { tx in
            for n in 1...3 where n != round.number {
                let other = try RoundID(year: round.year, number: n)
                let w = try Self.window(tx.db, other)
                if w.overlaps(start...end) {
                    throw StoreError(.invalidValue, Message(.roundWouldOverlapRound, round, start, end, other, w.lowerBound, w.upperBound))
                }
                // Not overlapping, so an earlier round must end before this one starts, a later one after it ends.
                if (n < round.number) != (w.upperBound < start) {
                    throw StoreError(.invalidValue, Message(.roundWouldComeOut, round, start, end, other, w.lowerBound, w.upperBound))
                }
            }
            try tx.write(Domain.round, id: round.recordID, [
                "year": .integer(Int64(round.year)), "number": .integer(Int64(round.number)),
                "starts_on": .date(start), "ends_on": .date(end),
            ])
        }
    }

    /// The round whose window holds `date`.
    /// - Throws: when no round of the year covers the date.
    public func round(for date: LocalDate) throws -> RoundID {
        try read { db in try Self.round(db, date) }
    }

    static func round(_ db: Database, _ date: LocalDate) throws -> RoundID {
        for n in 1...3 {
            let r = try RoundID(year: date.year, number: n)
            if try window(db, r).contains(date) { return r }
        }
        throw StoreError(.invalidValue, Message(.roundCoversCheckYear, date.year, date))
    }

    // MARK: Visits

    /// What a commissioner records about one visit.
    public struct VisitInput: Sendable {
        public var enterprise: String
        public var commissioner: String
        public var date: LocalDate
        public var round: RoundID?
        public var mode: String?
        public var topics: [String]?
        public var summary: String?
        public var satisfaction: Int?
        public init(enterprise: String, commissioner: String, date: LocalDate, round: RoundID? = nil, mode: String? = nil,
                    topics: [String]? = nil, summary: String? = nil, satisfaction: Int? = nil) {
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
            let enterprise = try Self.resolve(tx.db, Domain.enterprise, input.enterprise)
            let commissioner = try Self.resolve(tx.db, Domain.commissioner, input.commissioner)
            let round: RoundID
            if let given = input.round {
                let w = try Self.window(tx.db, given)
                guard w.contains(input.date) else {
                    throw StoreError(.invalidValue, Message(.visitDateOutsideRound, input.date, given, w.lowerBound, w.upperBound))
                }
                round = given
            } else {
                round = try Self.round(tx.db, input.date)
            }
            var values: [String: FieldValue] = [
                "enterprise": .text(enterprise), "commissioner": .text(commissioner), "date": .date(input.date),
                "round": .text(round.description), "mode": .text(mode),
            ]
            if let t = input.topics { values["topics"] = .stringSet(t) }
            if let s = input.summary { values["summary"] = .text(s) }
            if let s = input.satisfaction { values["satisfaction"] = .integer(Int64(s)) }
            try tx.write(Domain.visit, id: id, values)
        }
        return id
    }

    // MARK: Coverage

    /// One commissioner's part of a round's coverage.
    public struct CoverageGroup: Sendable {
        public var commissionerID: String?
        public var commissionerName: String
        public var visited: [RecordView]
        public var notVisited: [RecordView]
        /// How many of `visited` had an on-site visit (上门, the programme's standard) in the round.
        public var onSite: Int = 0
        public var due: Int { visited.count + notVisited.count }
        public var percent: Double { due == 0 ? 0 : Double(visited.count) * 100 / Double(due) }
    }

    /// The day a round is judged on: its last day, or today while it is under way.
    public func judgedOn(_ round: RoundID) throws -> LocalDate {
        let w = try window(of: round)
        return max(w.lowerBound, min(w.upperBound, today()))
    }

    /// Who in the pools is visited in `round`, and who is not, per commissioner (docs/rules.md).
    /// An enterprise is due when it is in a pool on some day of the round's window up to the day
    /// the round is judged on; it is due to the commissioner responsible for it on that day, so a
    /// later reassignment never rewrites the round. A visit of any mode counts.
    public func coverage(_ round: RoundID) throws -> [CoverageGroup] {
        try coverage(round, assignments: try assignments())
    }

    /// The due enterprises are views holding `name` and `credit_code` only (all a coverage shows).
    func coverage(_ round: RoundID, assignments: Assignments) throws -> [CoverageGroup] {
        let today = self.today()
        return try read { db in
            let w = try Self.window(db, round)
            // A round that has not started has nothing due yet.
            guard w.lowerBound <= today else { return [] }
            let judged = min(w.upperBound, today)
            let due = try Row.fetchAll(db, sql: """
                SELECT id, name, credit_code FROM enterprise WHERE deleted = 0 AND id IN (
                    SELECT enterprise FROM pool_membership WHERE deleted = 0 AND joined_on <= ? AND (left_on IS NULL OR left_on > ?))
                ORDER BY name
                """, arguments: [judged.description, w.lowerBound.description]).map { row in
                RecordView(table: Domain.enterprise.name, id: row[0],
                           values: ["name": (row[1] as String?).map { .text($0) } ?? .null, "credit_code": (row[2] as String?).map { .text($0) } ?? .null],
                           conflicts: [])
            }
            var modes: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT enterprise, mode FROM visit WHERE deleted = 0 AND round = ?", arguments: [round.description]) {
                modes[row[0] as String, default: []].insert((row[1] as String?) ?? "")
            }
            let names = Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, name FROM commissioner").map { ($0[0] as String, ($0[1] as String?) ?? "") },
                uniquingKeysWith: { a, _ in a })
            var groups: [String: CoverageGroup] = [:]
            for e in due {
                let cid = assignments.commissioner(of: e.id, on: judged)
                let key = cid ?? ""
                // Mutate in place: copying the group out and back would copy its arrays on every append.
                let fresh = CoverageGroup(commissionerID: cid, commissionerName: cid.flatMap { names[$0] } ?? "", visited: [], notVisited: [])
                if let m = modes[e.id] {
                    groups[key, default: fresh].visited.append(e)
                    if m.contains("on-site") { groups[key, default: fresh].onSite += 1 }
                } else {
                    groups[key, default: fresh].notVisited.append(e)
                }
            }
            return groups.values.sorted { ($0.commissionerID == nil ? 1 : 0, $0.commissionerName) < ($1.commissionerID == nil ? 1 : 0, $1.commissionerName) }
        }
    }

    /// Per round of `year` and per commissioner id ("" for unassigned): how many due enterprises
    /// were visited and how many were due. The same rule as ``coverage(_:)``, counted for all three
    /// rounds from one read of the memberships and the year's visits (the commissioners report).
    func coverageCounts(year: Int, assignments: Assignments) throws -> [Int: [String: (visited: Int, due: Int)]] {
        let today = self.today()
        return try read { db in
            let live = Set(try String.fetchAll(db, sql: "SELECT id FROM enterprise WHERE deleted = 0"))
            var memberships: [String: [(joined: String, left: String?)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT enterprise, joined_on, left_on FROM pool_membership WHERE deleted = 0 AND joined_on IS NOT NULL") {
                let e: String = row[0]
                if live.contains(e) { memberships[e, default: []].append((row[1], row[2])) }
            }
            var visited: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT round, enterprise FROM visit WHERE deleted = 0 AND substr(round, 1, 5) = ?", arguments: ["\(year)-"]) {
                if let r = row[0] as String?, let e = row[1] as String? { visited[r, default: []].insert(e) }
            }
            var counts: [Int: [String: (visited: Int, due: Int)]] = [:]
            for n in 1...3 {
                let round = try RoundID(year: year, number: n)
                let w = try Self.window(db, round)
                guard w.lowerBound <= today else { continue }
                let judged = min(w.upperBound, today)
                let (judgedText, startText) = (judged.description, w.lowerBound.description)
                let seen = visited[round.description] ?? []
                var byCommissioner: [String: (visited: Int, due: Int)] = [:]
                for (e, spans) in memberships where spans.contains(where: { $0.joined <= judgedText && ($0.left.map { $0 > startText } ?? true) }) {
                    let key = assignments.commissioner(of: e, on: judged) ?? ""
                    byCommissioner[key, default: (0, 0)].due += 1
                    if seen.contains(e) { byCommissioner[key, default: (0, 0)].visited += 1 }
                }
                counts[n] = byCommissioner
            }
            return counts
        }
    }
}
