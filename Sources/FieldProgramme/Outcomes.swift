import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Cultivation stages and certifications: what the pools exist for.
public struct Outcomes: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Outcomes {
    /// The day an enterprise's high-tech certification ended its cultivation path, if it has one
    /// on or before `day`.
    static func certifiedHighTech(_ db: Database, enterprise: String, by day: LocalDate) throws -> LocalDate? {
        let d = try String.fetchOne(
            db, sql: "SELECT MIN(certified_on) FROM certification WHERE deleted = 0 AND enterprise = ? AND kind = 'high-tech' AND certified_on <= ?",
            arguments: [enterprise, day.description])
        return try d.map { try LocalDate.parse($0) }
    }

    /// Moves a pool enterprise to a stage of cultivation on `day` (default today).
    /// - Throws: for a date after today, an enterprise in no pool that day, or one whose
    ///   high-tech certification already ended the path.
    public func moveStage(_ enterpriseText: String, to stage: String, on day: LocalDate?, note: String?) throws {
        let stage = try Vocabulary.check(stage, in: Vocabulary.stages, what: .wordStage)
        let today = self.today()
        let day = day ?? today
        guard day <= today else { throw StoreError(.invalidValue, Message(.stageDateAfterToday, day, today)) }
        try transaction { tx in
            let e = try Lookup.resolve(tx.db, Domain.enterprise, enterpriseText)
            guard try Pools.inPool(tx.db, enterprise: e, pool: nil, on: day) else {
                throw StoreError(.invalidValue, Message(.enterprisePoolStagesAre, enterpriseText, day))
            }
            if let certified = try Outcomes.certifiedHighTech(tx.db, enterprise: e, by: day) {
                throw StoreError(.invalidValue, Message(.enterpriseWasCertifiedHigh, enterpriseText, certified))
            }
            var values: [String: FieldValue] = ["enterprise": .text(e), "stage": .text(stage), "moved_on": .date(day)]
            if let note { values["note"] = .text(try Programme.required(note, "note")) }
            try tx.write(Domain.stageChange, id: UUIDText.derived(from: "stage:\(e):\(day)"), values)
        }
    }

    /// Records an outcome (高新技术企业认定, 科技型中小企业评价入库, …) on `day`. - Returns: its id.
    public func certify(_ enterpriseText: String, kind: String, on day: LocalDate, number: String?) throws -> String {
        let kind = try Vocabulary.check(kind, in: Vocabulary.certificationKinds, what: .wordCertificationKind)
        let today = self.today()
        guard day <= today else { throw StoreError(.invalidValue, Message(.certificationDateAfterToday, day, today)) }
        return try transaction { tx in
            let e = try Lookup.resolve(tx.db, Domain.enterprise, enterpriseText)
            let id = UUIDText.derived(from: "certification:\(e):\(kind):\(day)")
            var values: [String: FieldValue] = ["enterprise": .text(e), "kind": .text(kind), "certified_on": .date(day)]
            if let number { values["number"] = .text(try Programme.required(number, "certificate number")) }
            try tx.write(Domain.certification, id: id, values)
            return id
        }
    }

    /// Records financing an enterprise secured: an amount in 万元 (exact, above 0), its kind (e.g.
    /// 知识产权质押融资), the day (not after today) and the lender. - Returns: its id.
    public func recordFinancing(_ enterpriseText: String, amount: ExactDecimal, kind: String, on day: LocalDate, lender: String?) throws -> String {
        guard amount.significand > 0 else { throw StoreError(.invalidValue, Message(.amountMustPositive, amount)) }
        let kind = try Programme.required(kind, "kind")
        let today = self.today()
        guard day <= today else { throw StoreError(.invalidValue, Message(.outcomeDateAfterToday, day, today)) }
        let id = UUIDText.random()
        try transaction { tx in
            var values: [String: FieldValue] = ["enterprise": .text(try Lookup.resolve(tx.db, Domain.enterprise, enterpriseText)),
                                                "amount": .decimal(amount), "kind": .text(kind), "secured_on": .date(day)]
            if let lender { values["lender"] = .text(try Programme.required(lender, "lender")) }
            try tx.write(Domain.financing, id: id, values)
        }
        return id
    }

    /// Records a competition award: the competition, its grade (一等奖 … 优秀奖), prize money in 万元
    /// (exact, 0 or more) and the day (not after today). - Returns: its id.
    public func recordAward(_ enterpriseText: String, competition: String, grade: String, prize: ExactDecimal?, on day: LocalDate) throws -> String {
        let grade = try Vocabulary.check(grade, in: Vocabulary.awardGrades, what: .wordAwardGrade)
        let competition = try Programme.required(competition, "competition")
        if let prize, prize.significand < 0 { throw StoreError(.invalidValue, Message(.fundsMustNegative, prize)) }
        let today = self.today()
        guard day <= today else { throw StoreError(.invalidValue, Message(.outcomeDateAfterToday, day, today)) }
        let id = UUIDText.random()
        try transaction { tx in
            var values: [String: FieldValue] = ["enterprise": .text(try Lookup.resolve(tx.db, Domain.enterprise, enterpriseText)),
                                                "competition": .text(competition), "grade": .text(grade), "awarded_on": .date(day)]
            if let prize { values["prize"] = .decimal(prize) }
            try tx.write(Domain.award, id: id, values)
        }
        return id
    }

    /// An enterprise's stage on `day`: `certified` once a high-tech certification ended the path,
    /// else the latest stage moved to on or before the day, else nil.
    public func stage(of enterpriseText: String, on day: LocalDate? = nil) throws -> String? {
        let day = day ?? today()
        return try read { db in
            let e = try Lookup.resolve(db, Domain.enterprise, enterpriseText)
            return try Outcomes.stages(db, on: day)[e]
        }
    }

    /// Every enterprise's stage on `day` (default today), for lists.
    public func currentStages(on day: LocalDate? = nil) throws -> [String: String] {
        let day = day ?? today()
        return try read { db in try Outcomes.stages(db, on: day) }
    }

    /// Every enterprise's stage on `day` (see ``stage(of:on:)``).
    static func stages(_ db: Database, on day: LocalDate) throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT enterprise, stage FROM stage_change WHERE deleted = 0 AND moved_on <= ? ORDER BY moved_on, id", arguments: [day.description]) {
            // A stage this build does not know (a newer laptop's, or a hostile one) is not shown.
            if let e = row[0] as String?, let s = row[1] as String?, Vocabulary.stages.contains(s) { out[e] = s }
        }
        for e in try String.fetchAll(
            db, sql: "SELECT DISTINCT enterprise FROM certification WHERE deleted = 0 AND kind = 'high-tech' AND certified_on <= ?", arguments: [day.description]) {
            out[e] = "certified"
        }
        return out
    }

    /// An enterprise's outcomes, oldest first.
    public func certifications(of enterprise: String) throws -> [RecordView] {
        try views(Domain.certification, where: "enterprise = ?", arguments: [enterprise], orderBy: "certified_on, id")
    }

}
