import FieldSyncCore
import Foundation
import GRDB

/// A record as people see it: each field's displayed value, plus its conflicted fields.
public struct RecordView: Sendable, Hashable {
    public let table: String
    public let id: String
    public var values: [String: FieldValue]
    public var conflicts: [String]

    public subscript(_ field: String) -> FieldValue { values[field] ?? .null }
    public func text(_ field: String) -> String { self[field].description }
}

extension ReplicaStore {
    // MARK: Generic reads

    /// Visible (not deleted) records of `type` matching an optional SQL condition, ordered.
    public func views(_ type: RecordType, where condition: String = "1", arguments: [String] = [], orderBy: String = "rowid") throws -> [RecordView] {
        try read { db in try Self.views(db, type, where: condition, arguments: StatementArguments(arguments), orderBy: orderBy) }
    }

    static func views(_ db: Database, _ type: RecordType, where condition: String, arguments: StatementArguments, orderBy: String) throws -> [RecordView] {
        let specs = type.fields.filter { $0.name != RecordType.deletedField }
        let cols = specs.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, \(cols), _conflicts FROM \"\(type.name)\" WHERE deleted = 0 AND (\(condition)) ORDER BY \(orderBy)",
            arguments: arguments)
        var out: [RecordView] = []
        out.reserveCapacity(rows.count)
        for row in rows {
            var values: [String: FieldValue] = [:]
            for (i, spec) in specs.enumerated() {
                values[spec.name] = try RowCodec.value(row[i + 1], as: spec.type, field: spec.name)
            }
            let conflicted: Int = row[specs.count + 1]
            var view = RecordView(table: type.name, id: row[0], values: values, conflicts: conflicted > 0 ? ["?"] : [])
            derive(&view)
            out.append(view)
        }
        return out
    }

    /// One record with its conflicts resolved from its full state (deleted records included).
    public func view(_ type: RecordType, id: String) throws -> RecordView? {
        guard let state = try state(type, id: id) else { return nil }
        return Self.view(type, id: id, state: state)
    }

    static func view(_ type: RecordType, id: String, state: RecordState) -> RecordView {
        var values: [String: FieldValue] = [:]
        for spec in type.fields { values[spec.name] = state.displayed(spec.name, policy: spec.policy) }
        values[RecordType.deletedField] = .bool(type.isDeleted(state))
        var view = RecordView(table: type.name, id: id, values: values, conflicts: state.conflictedFields(policy: type.policy(of:)))
        derive(&view)
        return view
    }

    /// Makes stamps derived from a field agree with that field's displayed value, conflict or not:
    /// a need shows `resolved_at` only while its displayed status is resolved or closed (after a
    /// status conflict between `resolved` and `in-progress`, the shown status decides).
    static func derive(_ view: inout RecordView) {
        guard view.table == Domain.need.name else { return }
        let status = view.text("status")
        if status != "resolved" && status != "closed" { view.values["resolved_at"] = .null }
    }

    // MARK: Commissioners and enterprises

    /// Adds a commissioner. - Returns: the new id.
    public func addCommissioner(name: String, phone: String?) throws -> String {
        let name = try Self.required(name, "name")
        let id = UUIDText.random()
        try transaction { tx in
            var values: [String: FieldValue] = ["name": .text(name)]
            if let phone { values["phone"] = .text(try Self.phone(phone)) }
            try tx.write(Domain.commissioner, id: id, values)
        }
        return id
    }

    /// The editable fields of an enterprise, as typed by a person.
    public struct EnterpriseInput: Sendable {
        public var name: String?
        public var creditCode: String?
        public var industry: String?
        public var address: String?
        public var contact: String?
        public var commissioner: String?
        public var certifications: [String]?
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
        if let n = input.name { v["name"] = .text(try required(n, "name")) }
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
            let values = try Self.enterpriseValues(input, tx.db)
            let normalized = try CreditCode.validate(code)
            if let other = try String.fetchOne(tx.db, sql: "SELECT id FROM enterprise WHERE credit_code = ? AND deleted = 0", arguments: [normalized]) {
                throw StoreError(.invalidValue, Message(.creditCodeAlreadyRegistered, normalized, other.prefix(8)))
            }
            try tx.write(Domain.enterprise, id: id, values)
            if let c = input.commissioner {
                let cid = try Self.resolve(tx.db, Domain.commissioner, c)
                try Self.assign(tx, enterprise: id, commissioner: cid, on: self.today(), today: self.today())
            }
            if let pool { try Self.join(tx, enterprise: id, pool: pool, on: joinedOn ?? self.today()) }
        }
        return id
    }

    /// Updates an enterprise's fields. A new commissioner is a dated assignment from `assignedOn`
    /// (default today): rounds that ended before it keep the commissioner they had.
    public func updateEnterprise(_ idText: String, _ input: EnterpriseInput, assignedOn: LocalDate? = nil) throws {
        let today = self.today()
        try transaction { tx in
            let id = try Self.resolve(tx.db, Domain.enterprise, idText)
            let values = try Self.enterpriseValues(input, tx.db)
            guard !values.isEmpty || input.commissioner != nil else {
                throw StoreError(.invalidValue, Message(.nothingUpdateGiveLeast))
            }
            if let c = input.commissioner {
                let cid = try Self.resolve(tx.db, Domain.commissioner, c)
                try Self.assign(tx, enterprise: id, commissioner: cid, on: assignedOn ?? today, today: today)
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

    static func poolMembershipID(enterprise: String, pool: String) -> String {
        UUIDText.derived(from: "pool:\(enterprise):\(pool)")
    }

    static func join(_ tx: WriteContext, enterprise: String, pool: String, on date: LocalDate) throws {
        try tx.write(Domain.poolMembership, id: poolMembershipID(enterprise: enterprise, pool: pool), [
            "enterprise": .text(enterprise), "pool": .text(pool), "joined_on": .date(date), "left_on": .null,
        ])
    }

    /// Puts an enterprise into a pool (or back into it) from `date`.
    public func joinPool(_ idText: String, pool: String, on date: LocalDate?) throws {
        let pool = try Vocabulary.check(pool, in: Vocabulary.pools, what: .wordPool)
        try transaction { tx in
            let id = try Self.resolve(tx.db, Domain.enterprise, idText)
            try Self.join(tx, enterprise: id, pool: pool, on: date ?? self.today())
        }
    }

    /// Takes an enterprise out of a pool from `date`.
    public func leavePool(_ idText: String, pool: String, on date: LocalDate?) throws {
        let pool = try Vocabulary.check(pool, in: Vocabulary.pools, what: .wordPool)
        try transaction { tx in
            let id = try Self.resolve(tx.db, Domain.enterprise, idText)
            let mid = Self.poolMembershipID(enterprise: id, pool: pool)
            guard let state = try tx.state(Domain.poolMembership, id: mid), !Domain.poolMembership.isDeleted(state),
                  state.displayed("left_on") == .null
            else {
                throw StoreError(.invalidValue, Message(.enterprisePool, idText, pool))
            }
            let leaving = date ?? self.today()
            if case .date(let joined) = state.displayed("joined_on"), leaving < joined {
                throw StoreError(.invalidValue, Message(.leavingDateBeforeJoining, leaving, joined))
            }
            try tx.write(Domain.poolMembership, id: mid, ["left_on": .date(leaving)])
        }
    }

    /// The pools an enterprise is in now: pool → joined date.
    public func pools(of enterprise: String) throws -> [(pool: String, joined: String, left: String?)] {
        try views(Domain.poolMembership, where: "enterprise = ?", arguments: [enterprise], orderBy: "pool").map {
            ($0.text("pool"), $0.text("joined_on"), $0["left_on"] == .null ? nil : $0.text("left_on"))
        }
    }

    /// Deletes a record (a versioned delete; the tombstone syncs).
    public func deleteRecord(_ type: RecordType, _ idText: String) throws -> String {
        try transaction { tx in
            let id = try Self.resolve(tx.db, type, idText)
            try tx.delete(type, id: id)
            return id
        }
    }

    // MARK: Helpers

    /// Today in the zone's local time (China Standard Time, UTC+8).
    public func today() -> LocalDate {
        Self.localDate(now())
    }

    public static func localDate(_ date: Date) -> LocalDate {
        let days = Int(floor((date.timeIntervalSince1970 + 8 * 3600) / 86_400))
        return LocalDate(dayNumber: days)
    }

    static func required(_ text: String, _ what: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw StoreError(.invalidValue, Message(.mustEmpty, what)) }
        return t
    }

    static func phone(_ text: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || "+- ()".contains($0) }) else {
            throw StoreError(.invalidValue, Message(.phoneNumber, text))
        }
        return t
    }
}
