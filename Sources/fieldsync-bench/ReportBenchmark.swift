import FieldProgramme
import FieldReplica
import FieldSyncCore
import Foundation

/// Every report over 10k pool enterprises, three rounds, 30k visits, 2k projects with milestones and
/// re-plans, stages and certifications.
func reportBenchmark() throws {
    print("== report benchmark: 10k enterprises, 3 rounds, 30k visits, 5k needs, 2k projects (6k milestones, 1k re-plans), 3k stages, 1k certifications ==")
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = try Replica(path: dir.appendingPathComponent("office.db").path, now: { Instant.parse("2026-12-01T00:00:00Z") ?? Date() })
    try store.initialize(name: "office", zone: "bench")
    var commissioners: [String] = []
    for i in 0..<20 { commissioners.append(try store.programme.commissioners.addCommissioner(name: "专员\(i)", phone: nil)) }
    var enterprises: [String] = []
    let build = try seconds {
        try store.transaction { tx in
            for i in 0..<10_000 {
                let id = UUIDText.random()
                enterprises.append(id)
                try tx.write(Domain.enterprise, id: id, ["name": .text("高新区企业\(i)号"), "credit_code": .text(CreditCode.make(i)),
                                                         "commissioner": .text(commissioners[i % 20])])
                let pool = ["high-tech", "sme", "project"][i % 3]
                try tx.write(Domain.poolMembership, id: UUIDText.derived(from: "pool:\(id):\(pool)"), [
                    "enterprise": .text(id), "pool": .text(pool), "joined_on": .date(try LocalDate.parse("2026-01-01"))])
                try tx.write(Domain.assignment, id: UUIDText.derived(from: "assignment:\(id):2026-01-01"), [
                    "enterprise": .text(id), "commissioner": .text(commissioners[i % 20]), "starts_on": .date(try LocalDate.parse("2026-01-01"))])
                if i % 10 == 0 {  // a tenth reassigned in July
                    try tx.write(Domain.assignment, id: UUIDText.derived(from: "assignment:\(id):2026-07-01"), [
                        "enterprise": .text(id), "commissioner": .text(commissioners[(i + 1) % 20]), "starts_on": .date(try LocalDate.parse("2026-07-01"))])
                }
                if i % 10 < 3 {
                    try tx.write(Domain.stageChange, id: UUIDText.derived(from: "stage:\(id):2026-03-01"), [
                        "enterprise": .text(id), "stage": .text(Vocabulary.stages[i % 4]), "moved_on": .date(try LocalDate.parse("2026-03-01"))])
                }
                if i % 10 == 5 {
                    try tx.write(Domain.certification, id: UUIDText.derived(from: "certification:\(id)"), [
                        "enterprise": .text(id), "kind": .text(i % 20 == 5 ? "high-tech" : "tech-sme"), "certified_on": .date(try LocalDate.parse("2026-10-15"))])
                }
                try tx.write(Domain.indicator, id: UUIDText.derived(from: "indicator:\(id):2026"), [
                    "enterprise": .text(id), "year": .integer(2026), "rd_ratio": .decimal(ExactDecimal(significand: Int64(i % 100), scale: 3)),
                    "ip_count": .integer(Int64(i % 37))])
            }
        }
        try store.transaction { tx in
            let dates = ["2026-03-10", "2026-06-10", "2026-10-10"]
            for i in 0..<30_000 {
                try tx.write(Domain.visit, id: UUIDText.random(), [
                    "enterprise": .text(enterprises[(i * 7) % 10_000]), "commissioner": .text(commissioners[i % 20]),
                    "date": .date(try LocalDate.parse(dates[i % 3])), "round": .text("2026-\(i % 3 + 1)"), "satisfaction": .integer(Int64(3 + i % 3)),
                ])
            }
            for i in 0..<5_000 {
                try tx.write(Domain.need, id: UUIDText.random(), [
                    "enterprise": .text(enterprises[i]), "category": .text(Vocabulary.needCategories[i % 8]), "summary": .text("诉求\(i)"),
                    "status": .text(Vocabulary.needStatuses[i % 6]), "raised_at": .text("2026-0\(1 + i % 9)-01T00:00:00Z"),
                    "acknowledged_at": .text("2026-0\(1 + i % 9)-01T\(10 + i % 20):00:00Z"),
                ])
            }
        }
    }
    let projects = try seconds {
        try store.transaction { tx in
            for i in 0..<2_000 {
                let p = UUIDText.random()
                try tx.write(Domain.project, id: p, [
                    "enterprise": .text(enterprises[i * 5]), "name": .text("科技项目\(i)"), "level": .text("region"),
                    "start": .date(try LocalDate.parse("2026-01-01")), "end": .date(try LocalDate.parse("2026-12-31")),
                    "funds": .decimal(ExactDecimal(significand: Int64(10_000 + i), scale: 2))])
                for k in 0..<3 {
                    let m = UUIDText.random()
                    let due = try LocalDate.parse(["2026-04-30", "2026-08-31", "2026-11-30"][k])
                    var values: [String: FieldValue] = ["project": .text(p), "name": .text("节点\(k)"), "due": .date(due),
                                                        "added_on": .date(try LocalDate.parse("2026-01-15"))]
                    if (i + k) % 3 != 0 { values["done_on"] = .date(due.adding(days: -(i % 20))) }
                    if k == 1 && i % 2 == 0 {
                        let later = due.adding(days: 45)
                        values["due"] = .date(later)
                        try tx.write(Domain.milestoneReplan, id: UUIDText.derived(from: "replan:\(m)"), [
                            "milestone": .text(m), "project": .text(p), "old_due": .date(due), "new_due": .date(later),
                            "reason": .text("调整计划"), "replanned_on": .date(due.adding(days: 5))])
                    }
                    try tx.write(Domain.milestone, id: m, values)
                }
            }
        }
    }
    print("built in \(fmt(build + projects, 1)) s")
    for kind in Reports.reportKinds {
        var times: [Double] = []
        for _ in 0..<3 { times.append(try seconds { _ = try store.programme.reports.report(kind, year: 2026) }) }
        print("report \(kind): median \(fmt(median(times) * 1000, 0)) ms")
    }
}
