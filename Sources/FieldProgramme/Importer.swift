import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Imports of enterprise lists and indicators (CSV rows, Chinese or English headers).
public struct Importer: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

/// The outcome of an enterprise import.
public struct ImportReport: Sendable {
    /// Rows that added an enterprise.
    public var added = 0
    /// Rows that changed an enterprise already there.
    public var updated = 0
    /// Rows that matched an enterprise as it was.
    public var unchanged = 0
    /// (line number in the file, reason)
    /// Rejected rows: the line and why, as a catalogued sentence (`reason.english` in JSON).
    public var rejected: [(line: Int, reason: Message)] = []
    /// Each field a row changes (or, in a dry run, would change): from what to what.
    public var changes: [FieldChange] = []
    /// Each field a row would change but that was edited since the last import (or never came
    /// from one): kept as it is, unless the import overwrites.
    public var kept: [FieldChange] = []

    /// One field of one enterprise: the line, the enterprise, the field (`commissioner` for the
    /// assignment), the value held and the value the file gives.
    public struct FieldChange: Sendable {
        public var line: Int
        public var enterprise: String
        public var field: String
        public var from: String
        public var to: String
    }
}

extension Importer {
    /// Header names an import understands, Chinese or English, mapped to fields.
    public static let importHeaders: [String: String] = [
        "name": "name", "名称": "name", "企业名称": "name", "单位名称": "name",
        "credit_code": "credit_code", "credit code": "credit_code", "credit-code": "credit_code",
        "统一社会信用代码": "credit_code", "信用代码": "credit_code", "社会信用代码": "credit_code",
        "industry": "industry", "行业": "industry", "所属行业": "industry", "行业领域": "industry",
        "address": "address", "地址": "address", "注册地址": "address", "经营地址": "address",
        "contact": "contact", "联系人": "contact", "联系方式": "contact", "联系人及电话": "contact",
        "pool": "pool", "库": "pool", "入库类型": "pool", "所在库": "pool",
        "commissioner": "commissioner", "专员": "commissioner", "科技专员": "commissioner",
        "certifications": "certifications", "资质": "certifications", "认定": "certifications", "资质认定": "certifications",
    ]


    /// Imports enterprises from parsed CSV rows. A row whose credit code is already present updates
    /// that enterprise instead of duplicating it — but never silently undoes what changed since:
    /// a field is updated only when it is empty or still holds the value an earlier import on this
    /// laptop wrote; other fields are kept and listed (``ImportReport/kept``) unless `overwrite`.
    /// The commissioner column makes a dated assignment from `on` (default today) under the same
    /// rule, so earlier rounds keep whoever served them.
    ///
    /// All or nothing by default: any invalid row rejects the whole import (every invalid row is
    /// reported with its line number) and nothing is written. With `skipInvalid`, valid rows are
    /// imported and invalid ones reported. With `dryRun`, nothing is written either way; the report
    /// lists each field that would change and each that would be kept.
    /// - Parameters:
    ///   - header: the header row's cells.
    ///   - rows: (line number, cells).
    ///   - progress: called with the number of rows processed.
    public func importEnterprises(
        header: [String], rows: [(line: Int, cells: [String])], dryRun: Bool, skipInvalid: Bool,
        overwrite: Bool = false, on day: LocalDate? = nil, progress: (Int) -> Void = { _ in }
    ) throws -> ImportReport {
        var columns: [Int: String] = [:]
        var unknown: [String] = []
        for (i, h) in header.enumerated() {
            let key = h.trimmingCharacters(in: .whitespaces).lowercased()
            if let f = Importer.importHeaders[key] ?? Importer.importHeaders[h.trimmingCharacters(in: .whitespaces)] {
                columns[i] = f
            } else if !key.isEmpty {
                unknown.append(h)
            }
        }
        guard Set(columns.values).isSuperset(of: ["name", "credit_code"]) else {
            throw StoreError(.invalidValue, Message(.headerRowMustName, header.joined(separator: ", ")))
        }
        let today = self.today()
        let assignDay = day ?? today
        guard assignDay <= today else { throw StoreError(.invalidValue, Message(.assignmentDateAfterToday, assignDay, today)) }
        struct Abort: Error {}
        var report = ImportReport()
        do {
            try transaction { tx in
                let commissioners = try Row.fetchAll(tx.db, sql: "SELECT id, name FROM commissioner WHERE deleted = 0")
                let commissionerNames = Dictionary(commissioners.map { (($0[0] as String?) ?? "", ($0[1] as String?) ?? "") }, uniquingKeysWith: { a, _ in a })
                // A bulk import writes no history line per created enterprise: its state says who
                // wrote it and when (``Replica/history(id:)``).
                tx.recordsCreations = false
                let readMarks = try tx.db.cachedStatement(sql: "SELECT _import FROM enterprise WHERE id = ?")
                let readImported = try tx.db.cachedStatement(sql: "SELECT field, value FROM import_value WHERE enterprise = ?")
                let remember = try tx.db.cachedStatement(sql: "UPDATE enterprise SET _import = ? WHERE id = ?")
                var seenCodes: [String: Int] = [:]
                for (n, row) in rows.enumerated() {
                    progress(n + 1)
                    var fields: [String: String] = [:]
                    for (i, f) in columns where i < row.cells.count {
                        let v = row.cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
                        if !v.isEmpty { fields[f] = v }
                    }
                    if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                    do {
                        guard let name = fields["name"] else { throw StoreError(.invalidValue, Message(.nameEmpty)) }
                        guard let rawCode = fields["credit_code"] else { throw StoreError(.invalidValue, Message(.creditCodeEmpty)) }
                        let code = try CreditCode.validate(rawCode)
                        if let first = seenCodes[code] {
                            throw StoreError(.invalidValue, Message(.creditCodeAlreadyAppears, code, first))
                        }
                        seenCodes[code] = row.line
                        var values: [String: FieldValue] = ["name": .text(name), "credit_code": .text(code)]
                        for f in ["industry", "address", "contact"] { if let v = fields[f] { values[f] = .text(v) } }
                        if let c = fields["certifications"] { values["certifications"] = FieldValue.parseSet(c) }
                        var commissioner: String?
                        if let c = fields["commissioner"] {
                            if let match = commissioners.first(where: { ($0[1] as String?) == c }) {
                                commissioner = match[0]
                            } else {
                                commissioner = try Lookup.resolve(tx.db, Domain.commissioner, c)
                            }
                            // A commissioner who has left by the assignment day is refused for the row.
                            if let commissioner { try Commissioners.refuseIfLeft(tx.db, commissioner: commissioner, on: assignDay) }
                        }
                        var pool: String?
                        if let p = fields["pool"] {
                            pool = try Vocabulary.check(p, in: Vocabulary.pools, what: .wordPool)
                        }
                        let existing = try String.fetchOne(tx.db, sql: "SELECT id FROM enterprise WHERE credit_code = ? AND deleted = 0", arguments: [code])
                        let id = existing ?? UUIDText.random()
                        // What the last import here wrote, by field (marks; or, for an enterprise
                        // imported by an earlier version, the values it kept).
                        var marks: [String: [UInt8]] = [:]
                        if existing != nil {
                            if let data = try Data.fetchOne(readMarks, arguments: [id]) {
                                marks = ImportMarks.decode(data)
                            } else {
                                for r in try Row.fetchAll(readImported, arguments: [id]) { marks[r[0]] = ImportMarks.hash(r[1]) }
                            }
                        }
                        var written: [String: String] = [:]
                        var rowChanged = false
                        func change(_ field: String, _ from: String, _ to: String) {
                            report.changes.append(.init(line: row.line, enterprise: name, field: field, from: from, to: to))
                            rowChanged = true
                        }
                        /// Whether a held value may be replaced: empty, still the last import's, or overwriting.
                        func replaceable(_ field: String, held: String?) -> Bool {
                            guard let held, !held.isEmpty else { return true }
                            return overwrite || marks[field] == ImportMarks.hash(held)
                        }
                        if let existing, let state = try tx.state(Domain.enterprise, id: existing) {
                            var changed: [String: FieldValue] = [:]
                            for (field, value) in values {
                                let held = state.displayed(field, policy: Domain.enterprise.policy(of: field))
                                if held == value {
                                    written[field] = value.sortKey
                                } else if replaceable(field, held: held.isNull ? nil : held.sortKey) {
                                    changed[field] = value
                                    written[field] = value.sortKey
                                    change(field, held.description, value.description)
                                } else {
                                    report.kept.append(.init(line: row.line, enterprise: name, field: field, from: held.description, to: value.description))
                                }
                            }
                            if !changed.isEmpty { try tx.write(Domain.enterprise, id: id, changed) }
                        } else {
                            try tx.write(Domain.enterprise, id: id, values)
                            for (field, value) in values {
                                written[field] = value.sortKey
                                change(field, "", value.description)
                            }
                        }
                        if let commissioner {
                            let held = existing == nil ? nil : try Assignments.book(tx.db, enterprise: id).commissioner(of: id, on: assignDay)
                            if held == commissioner {
                                written["commissioner"] = commissioner
                            } else if replaceable("commissioner", held: held) {
                                try Assignments.assign(tx, enterprise: id, commissioner: commissioner, on: assignDay, today: today)
                                written["commissioner"] = commissioner
                                change("commissioner", held.flatMap { commissionerNames[$0] } ?? "", commissionerNames[commissioner] ?? commissioner)
                            } else {
                                report.kept.append(.init(line: row.line, enterprise: name, field: "commissioner",
                                                         from: held.flatMap { commissionerNames[$0] } ?? "", to: commissionerNames[commissioner] ?? commissioner))
                            }
                        }
                        if !written.isEmpty {
                            for (field, value) in written { marks[field] = ImportMarks.hash(value) }
                            try remember.execute(arguments: [ImportMarks.encode(marks), id])
                        }
                        if existing == nil {
                            report.added += 1
                        } else if rowChanged {
                            report.updated += 1
                        } else {
                            report.unchanged += 1
                        }
                        if let pool {
                            let mid = Pools.poolMembershipID(enterprise: id, pool: pool)
                            let current = try tx.state(Domain.poolMembership, id: mid)
                            if current == nil || current?.displayed("left_on") != .null || Domain.poolMembership.isDeleted(current ?? RecordState()) {
                                try Pools.join(tx, enterprise: id, pool: pool, on: today)
                            }
                        }
                    } catch let e as StoreError {
                        report.rejected.append((row.line, e.text))
                    } catch let e as CoreError {
                        report.rejected.append((row.line, e.text))
                    }
                }
                if dryRun || (!report.rejected.isEmpty && !skipInvalid) { throw Abort() }
            }
        } catch is Abort {}
        return report
    }
}

extension FieldValue {
    /// A set from comma- or 、-separated text.
    public static func parseSet(_ text: String) -> FieldValue {
        .stringSet(text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == ";" || $0 == "；" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}

extension Importer {
    static let indicatorHeaders: [String: String] = [
        "enterprise": "enterprise", "企业": "enterprise", "企业名称": "enterprise",
        "credit_code": "credit_code", "统一社会信用代码": "credit_code", "信用代码": "credit_code",
        "year": "year", "年度": "year", "年份": "year",
        "rd_ratio": "rd_ratio", "研发投入占比": "rd_ratio", "研发费用占比": "rd_ratio",
        "revenue_growth": "revenue_growth", "营收增长率": "revenue_growth", "营业收入增长率": "revenue_growth",
        "ip_count": "ip_count", "知识产权数": "ip_count", "知识产权数量": "ip_count",
        "tech_staff_ratio": "tech_staff_ratio", "科技人员占比": "tech_staff_ratio",
    ]

    /// Imports yearly indicators from CSV rows: each row names its enterprise (credit code, id or
    /// exact name) and year. All or nothing, like the enterprise import; `dryRun` writes nothing.
    public func importIndicators(header: [String], rows: [(line: Int, cells: [String])], dryRun: Bool) throws -> ImportReport {
        var columns: [Int: String] = [:]
        for (i, h) in header.enumerated() {
            let t = h.trimmingCharacters(in: .whitespaces)
            if let f = Importer.indicatorHeaders[t.lowercased()] ?? Importer.indicatorHeaders[t] { columns[i] = f }
        }
        let fields = Set(columns.values)
        guard fields.contains("year"), fields.contains("credit_code") || fields.contains("enterprise") else {
            throw StoreError(.invalidValue, Message(.headerRowMustName2, header.joined(separator: ", ")))
        }
        struct Abort: Error {}
        var report = ImportReport()
        do {
            try transaction { tx in
                for row in rows {
                    var cells: [String: String] = [:]
                    for (i, f) in columns where i < row.cells.count {
                        let v = row.cells[i].trimmingCharacters(in: .whitespaces)
                        if !v.isEmpty { cells[f] = v }
                    }
                    if cells.isEmpty { continue }
                    do {
                        let who = cells["credit_code"] ?? cells["enterprise"] ?? ""
                        let enterprise: String
                        if let byName = try String.fetchOne(tx.db, sql: "SELECT id FROM enterprise WHERE name = ? AND deleted = 0", arguments: [who]) {
                            enterprise = byName
                        } else {
                            enterprise = try Lookup.resolve(tx.db, Domain.enterprise, who)
                        }
                        guard let yearText = cells["year"], let year = Int(yearText), (2000...2100).contains(year) else {
                            throw StoreError(.invalidValue, Message(.yearYear, cells["year"] ?? ""))
                        }
                        var values: [String: FieldValue] = ["enterprise": .text(enterprise), "year": .integer(Int64(year))]
                        for f in ["rd_ratio", "revenue_growth", "tech_staff_ratio"] {
                            if let t = cells[f] {
                                values[f] = .decimal(try Ratio.parse(t, field: f))
                            }
                        }
                        if let t = cells["ip_count"] {
                            guard let n = Int64(t), n >= 0 else { throw StoreError(.invalidValue, Message(.ipCountCount, t)) }
                            values["ip_count"] = .integer(n)
                        }
                        let id = UUIDText.derived(from: "indicator:\(enterprise):\(year)")
                        if try tx.state(Domain.indicator, id: id) == nil { report.added += 1 } else { report.updated += 1 }
                        try tx.write(Domain.indicator, id: id, values)
                    } catch let e as StoreError {
                        report.rejected.append((row.line, e.text))
                    }
                }
                if dryRun || !report.rejected.isEmpty { throw Abort() }
            }
        } catch is Abort {}
        return report
    }

}

/// What the last import on this laptop wrote to an enterprise's fields, as kept in its row's local
/// `_import` column (Schema/013): per field its declared position and 6 bytes of the SHA-256 of
/// the value's text. A re-import compares the held value's hash; two values sharing 48 bits of
/// SHA-256 are not expected among a zone's enterprises (one in 2^48 per comparison).
enum ImportMarks {
    static let width = 6

    static func hash(_ value: String) -> [UInt8] { Array(SHA256.hash(Array(value.utf8)).prefix(width)) }

    static func encode(_ marks: [String: [UInt8]]) -> Data {
        var out = Data()
        for (position, name) in Domain.enterprise.fields.map(\.name).enumerated() {
            guard let h = marks[name], h.count == width else { continue }
            out.append(UInt8(position))
            out.append(contentsOf: h)
        }
        return out
    }

    /// The marks a column holds; a malformed tail is ignored (the field then counts as edited).
    static func decode(_ data: Data) -> [String: [UInt8]] {
        let bytes = [UInt8](data)
        let fields = Domain.enterprise.fields
        var out: [String: [UInt8]] = [:]
        var i = 0
        while i + 1 + width <= bytes.count {
            let position = Int(bytes[i])
            if position < fields.count { out[fields[position].name] = Array(bytes[(i + 1)...(i + width)]) }
            i += 1 + width
        }
        return out
    }
}
