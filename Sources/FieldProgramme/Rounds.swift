import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The three annual full-coverage visit rounds: their windows, and coverage judged on their last day.
public struct Rounds: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Rounds {
    /// The date window of a round: the one set for that year, else the default.
    public func window(of round: RoundID) throws -> ClosedRange<LocalDate> {
        try read { db in try Rounds.window(db, round) }
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
                let w = try Rounds.window(tx.db, other)
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
        try read { db in try Rounds.round(db, date) }
    }

    static func round(_ db: Database, _ date: LocalDate) throws -> RoundID {
        for n in 1...3 {
            let r = try RoundID(year: date.year, number: n)
            if try Rounds.window(db, r).contains(date) { return r }
        }
        throw StoreError(.invalidValue, Message(.roundCoversCheckYear, date.year, date))
    }

    // MARK: Visits

    /// The day a round is judged on: its last day, or today while it is under way.
    public func judgedOn(_ round: RoundID) throws -> LocalDate {
        let w = try window(of: round)
        return max(w.lowerBound, min(w.upperBound, today()))
    }

}
