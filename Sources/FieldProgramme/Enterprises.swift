import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The technology enterprises: adding and editing them (the credit code checked), typed filters.
public struct Enterprises: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Enterprises {
    /// The editable fields of an enterprise, as typed by a person.
    public struct EnterpriseInput: Sendable {
        /// The enterprise's name (企业名称).
        public var name: String?
        /// The unified social credit code (统一社会信用代码), checked with its check character.
        public var creditCode: String?
        /// The industry.
        public var industry: String?
        /// The address.
        public var address: String?
        /// The contact person and phone.
        public var contact: String?
        /// The commissioner responsible (a name or an id): a dated assignment.
        public var commissioner: String?
        /// Certifications held (a set field).
        public var certifications: [String]?
        /// Fields left nil are not written.
        public init(name: String? = nil, creditCode: String? = nil, industry: String? = nil, address: String? = nil,
                    contact: String? = nil, commissioner: String? = nil, certifications: [String]? = nil) {
            self.name = name
            self.creditCode = creditCode
            self.industry = industry
            self.address = address
            self.contact = contact
            self.commissioner = commissioner
            self.certifications = certifications
        }
    }

    static func enterpriseValues(_ input: EnterpriseInput, _ db: Database) throws -> [String: FieldValue] {
        var v: [String: FieldValue] = [:]
        if let n = input.name { v["name"] = .text(try Programme.required(n, "name")) }
        if let c = input.creditCode { v["credit_code"] = .text(try CreditCode.validate(c)) }
        if let i = input.industry { v["industry"] = .text(i.trimmingCharacters(in: .whitespaces)) }
        if let a = input.address { v["address"] = .text(a.trimmingCharacters(in: .whitespaces)) }
        if let c = input.contact { v["contact"] = .text(c.trimmingCharacters(in: .whitespaces)) }
        if let c = input.certifications { v["certifications"] = .stringSet(c) }
        return v
    }

    /// Adds an enterprise, optionally into a pool. - Returns: the new id.
    /// - Throws: ``StoreError`` for a bad credit code, a code already registered, an unknown commissioner or pool.
    public func addEnterprise(_ input: EnterpriseInput, pool: String? = nil, joinedOn: LocalDate? = nil) throws -> String {
        guard input.name != nil else { throw StoreError(.invalidValue, Message(.enterpriseNeedsNameName)) }
        guard let code = input.creditCode else { throw StoreError(.invalidValue, Message(.enterpriseNeedsCreditCode)) }
        let pool = try pool.map { try Vocabulary.check($0, in: Vocabulary.pools, what: .wordPool) }
        let id = UUIDText.random()
        try transaction { tx in
            let values = try Enterprises.enterpriseValues(input, tx.db)
            let normalized = try CreditCode.validate(code)
            if let other = try String.fetchOne(tx.db, sql: "SELECT id FROM enterprise WHERE credit_code = ? AND deleted = 0", arguments: [normalized]) {
                throw StoreError(.invalidValue, Message(.creditCodeAlreadyRegistered, normalized, other.prefix(8)))
            }
            try tx.write(Domain.enterprise, id: id, values)
            if let c = input.commissioner {
                let cid = try Lookup.resolve(tx.db, Domain.commissioner, c)
                try Assignments.assign(tx, enterprise: id, commissioner: cid, on: self.today(), today: self.today())
            }
            if let pool { try Pools.join(tx, enterprise: id, pool: pool, on: joinedOn ?? self.today()) }
        }
        return id
    }

    /// Updates an enterprise's fields. A new commissioner is a dated assignment from `assignedOn`
    /// (default today): rounds that ended before it keep the commissioner they had.
    public func updateEnterprise(_ idText: String, _ input: EnterpriseInput, assignedOn: LocalDate? = nil) throws {
        let today = self.today()
        try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.enterprise, idText)
            let values = try Enterprises.enterpriseValues(input, tx.db)
            guard !values.isEmpty || input.commissioner != nil else {
                throw StoreError(.invalidValue, Message(.nothingUpdateGiveLeast))
            }
            if let c = input.commissioner {
                let cid = try Lookup.resolve(tx.db, Domain.commissioner, c)
                try Assignments.assign(tx, enterprise: id, commissioner: cid, on: assignedOn ?? today, today: today)
            } else if assignedOn != nil {
                throw StoreError(.invalidValue, Message(.dateDatesAssignmentGive))
            }
            guard !values.isEmpty else { return }
            if case .text(let code)? = values["credit_code"],
               let other = try String.fetchOne(tx.db, sql: "SELECT id FROM enterprise WHERE credit_code = ? AND deleted = 0 AND id != ?", arguments: [code, id]) {
                throw StoreError(.invalidValue, Message(.creditCodeAlreadyRegistered2, code, other.prefix(8)))
            }
            try tx.write(Domain.enterprise, id: id, values)
        }
    }

}

/// Which enterprises `Enterprises.list` shows: all, or those in a pool on a day.
public struct EnterpriseFilter: Sendable, Hashable {
    /// A pool code or word (高企库, `high-tech`, …); checked by ``Enterprises/list(_:)``.
    public var pool: String?
    /// The day pool membership and assignment are judged on (default today).
    public var on: LocalDate?
    /// Only the enterprises assigned to this commissioner (a name or id) on `on`.
    public var commissioner: String?
    /// Only the enterprises at this stage (a code or word: 培育中, `cultivating`, …) on `on`.
    public var stage: String?

    /// All enterprises, or those in `pool`, assigned to `commissioner` and/or at `stage` on `on` (default today).
    public init(pool: String? = nil, on: LocalDate? = nil, commissioner: String? = nil, stage: String? = nil) {
        self.pool = pool
        self.on = on
        self.commissioner = commissioner
        self.stage = stage
    }
}

extension Enterprises {
    /// The enterprises the filter lets through, by name.
    /// - Throws: ``StoreError`` (`invalidValue`) naming a pool word that is not a pool.
    public func list(_ filter: EnterpriseFilter = EnterpriseFilter()) throws -> [RecordView] {
        let day = filter.on ?? today()
        var rows: [RecordView]
        if let pool = filter.pool {
            let p = try Vocabulary.check(pool, in: Vocabulary.pools, what: .wordPool)
            let condition = "id IN (SELECT enterprise FROM pool_membership WHERE deleted = 0 AND pool = ? AND joined_on <= ? AND (left_on IS NULL OR left_on > ?))"
            rows = try views(Domain.enterprise, where: condition, arguments: [p, day.description, day.description], orderBy: "name")
        } else {
            rows = try views(Domain.enterprise, orderBy: "name")
        }
        if let who = filter.commissioner {
            let commissioner = try programme.lookup.resolve(Domain.commissioner, who)
            let book = try programme.assignments.book()
            rows = rows.filter { book.commissioner(of: $0.id, on: day) == commissioner }
        }
        if let stage = filter.stage {
            let code = try Vocabulary.check(stage, in: Vocabulary.stages, what: .wordStage)
            let stages = try programme.outcomes.currentStages(on: day)
            rows = rows.filter { stages[$0.id] == code }
        }
        return rows
    }

    /// Enterprise id → name, for tables.
    public func names() throws -> [String: String] {
        Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
    }
}
