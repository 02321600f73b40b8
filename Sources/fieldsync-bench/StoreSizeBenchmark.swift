import FieldProgramme
import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The store's size after importing N enterprises into a fresh laptop, against a plain SQLite
/// table of the same rows (issue 25, item 6: history must cost no more than what it records; the
/// target is at most 2× the plain table). Sizes are counted, not timed: the same on any machine.
///
///   swift run fieldsync-bench storesize [--records 20000]
func storeSizeBenchmark(records n: Int) throws {
    print("== store size after importing \(n) enterprises into a fresh laptop ==")
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let industries = ["新一代信息技术", "生物医药", "新材料", "高端装备制造", "新能源", "人工智能"]
    let districts = ["科技南路", "创业大道", "软件园二期", "高新北一道", "学府路"]
    let surnames = ["张", "李", "王", "刘", "陈", "杨", "赵", "黄"]
    let header = ["名称", "统一社会信用代码", "行业", "地址", "联系人"]
    let rows: [(line: Int, cells: [String])] = (0..<n).map { i in
        (i + 2, ["深圳市\(industries[i % 6].prefix(2))科技第\(i)号有限公司", CreditCode.make(i), industries[i % 6],
                 "高新区\(districts[i % 5])\(i % 300)号\(i % 20)栋", "\(surnames[i % 8])经理 138\(String(format: "%08d", i))"])
    }

    let path = dir.appendingPathComponent("laptop.db").path
    do {
        let programme = try Programme(path: path)
        _ = try programme.replica.initialize(name: "办公室", zone: "高新区")
        let report = try programme.importer.importEnterprises(header: header, rows: rows, dryRun: false, skipInvalid: false)
        guard report.added == n else { throw BenchError("the import added \(report.added) of \(n)") }
    }
    let laptop = try sizes(path)

    // The plain table: the same rows, an id each, nothing else.
    let plainPath = dir.appendingPathComponent("plain.db").path
    do {
        let q = try DatabaseQueue(path: plainPath)
        try q.write { db in
            try db.execute(sql: "CREATE TABLE enterprise (id TEXT PRIMARY KEY, name TEXT, credit_code TEXT, industry TEXT, address TEXT, contact TEXT)")
            let stmt = try db.makeStatement(sql: "INSERT INTO enterprise VALUES (?, ?, ?, ?, ?, ?)")
            for r in rows { try stmt.execute(arguments: StatementArguments([UUIDText.random()] + r.cells)) }
        }
        try q.close()
    }
    let plain = try sizes(plainPath)
    func mb(_ b: Int) -> String { fmt(Double(b) / 1_048_576, 2) + " MiB" }
    print("laptop store: \(mb(laptop.file))   plain table: \(mb(plain.file))   ratio \(fmt(Double(laptop.file) / Double(plain.file), 2)) × (target ≤ 2 ×)")
    for (name, bytes) in laptop.parts.prefix(8) { print("  \(name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(mb(bytes))") }
}

/// A store's file size after a checkpoint and a vacuum, and its largest tables and indexes.
func sizes(_ path: String) throws -> (file: Int, parts: [(String, Int)]) {
    let q = try DatabaseQueue(path: path)
    try q.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        try db.execute(sql: "VACUUM")
    }
    let parts = try q.read { db in
        try Row.fetchAll(db, sql: "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").map { ($0[0] as String, $0[1] as Int) }
    }
    try q.close()
    let file = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    return (file, parts)
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
