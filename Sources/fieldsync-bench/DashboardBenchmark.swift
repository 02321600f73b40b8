import FieldDashboard
import FieldProgramme
import FieldReplica
import FieldSyncClient
import FieldSyncCore
import Foundation

/// The dashboard's overview page over HTTP on a zone of 2,000 enterprises and a year of visits
/// (issue 28: under 100 ms at p99 on this machine), with two report pages beside it.
func dashboardBenchmark(requests: Int) async throws {
    print("== dashboard benchmark: 2,000 enterprises, 20 commissioners, 5,600 visits in three rounds, 1,000 needs, 300 projects; \(requests) GETs of / ==")
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("office.db").path
    let store = try Replica(path: path, now: { Instant.parse("2026-11-20T02:00:00Z") ?? Date() })
    try store.initialize(name: "办公室", zone: "高新区")
    var commissioners: [String] = []
    for i in 0..<20 { commissioners.append(try store.programme.commissioners.addCommissioner(name: "专员\(i)", phone: nil)) }
    var enterprises: [String] = []
    let build = try seconds {
        try store.transaction { tx in
            for i in 0..<2_000 {
                let id = UUIDText.random()
                enterprises.append(id)
                try tx.write(Domain.enterprise, id: id, ["name": .text("高新区第\(i)号科技有限公司"), "credit_code": .text(CreditCode.make(i)),
                                                         "commissioner": .text(commissioners[i % 20])])
                let pool = ["high-tech", "sme", "project"][i % 3]
                try tx.write(Domain.poolMembership, id: UUIDText.derived(from: "pool:\(id):\(pool)"), [
                    "enterprise": .text(id), "pool": .text(pool), "joined_on": .date(try LocalDate.parse("2026-01-01"))])
                try tx.write(Domain.assignment, id: UUIDText.derived(from: "assignment:\(id):2026-01-01"), [
                    "enterprise": .text(id), "commissioner": .text(commissioners[i % 20]), "starts_on": .date(try LocalDate.parse("2026-01-01"))])
            }
            // Rounds 1 and 2 visited in full, round 3 four fifths so far.
            let dates = ["2026-03-10", "2026-06-10", "2026-10-10"]
            for round in 0..<3 {
                for i in 0..<(round == 2 ? 1_600 : 2_000) {
                    try tx.write(Domain.visit, id: UUIDText.random(), [
                        "enterprise": .text(enterprises[i]), "commissioner": .text(commissioners[i % 20]), "mode": .text(i % 3 == 0 ? "phone" : "on-site"),
                        "date": .date(try LocalDate.parse(dates[round])), "round": .text("2026-\(round + 1)"), "satisfaction": .integer(Int64(3 + i % 3)),
                    ])
                }
            }
            for i in 0..<1_000 {
                try tx.write(Domain.need, id: UUIDText.random(), [
                    "enterprise": .text(enterprises[i * 2]), "category": .text(Vocabulary.needCategories[i % 8]), "summary": .text("诉求\(i)"),
                    "status": .text(Vocabulary.needStatuses[i % 6]), "raised_at": .text("2026-\(String(format: "%02d", 1 + i % 11))-01T00:00:00Z"),
                ])
            }
            for i in 0..<300 {
                let p = UUIDText.random()
                try tx.write(Domain.project, id: p, [
                    "enterprise": .text(enterprises[i * 6]), "name": .text("科技项目\(i)"), "level": .text("region"),
                    "start": .date(try LocalDate.parse("2026-01-01")), "end": .date(try LocalDate.parse("2026-12-31"))])
                for k in 0..<3 {
                    let m = UUIDText.random()
                    let due = try LocalDate.parse(["2026-04-30", "2026-08-31", "2026-12-15"][k])
                    var values: [String: FieldValue] = ["project": .text(p), "name": .text("节点\(k)"), "due": .date(due), "added_on": .date(try LocalDate.parse("2026-01-15"))]
                    if (i + k) % 4 != 0 && k < 2 { values["done_on"] = .date(due) }
                    try tx.write(Domain.milestone, id: m, values)
                    if k == 2 {
                        try tx.write(Domain.milestoneProgress, id: UUIDText.derived(from: "progress:\(m)"), [
                            "milestone": .text(m), "project": .text(p), "percent": .integer(Int64(i % 100)), "reported_on": .date(try LocalDate.parse("2026-11-01"))])
                    }
                }
            }
        }
    }
    print(String(format: "zone built in %.1f s", build))
    var options = DashboardOptions()
    options.port = 0
    options.syncEvery = nil
    let dashboard = Dashboard(programme: store.programme, storePath: path, options: options)
    let (urls, continuation) = AsyncStream.makeStream(of: String.self)
    let server = Task { try await dashboard.run { continuation.yield($0) } }
    var base = ""
    for await u in urls { base = u; break }
    let transport = try CurlTransport(connectTimeout: 5, totalTimeout: 30)
    func measure(_ path: String, _ n: Int) throws -> (p50: Double, p99: Double, bytes: Int) {
        var times: [Double] = []
        var bytes = 0
        for _ in 0..<3 { _ = try transport.send(HTTPExchange(method: "GET", url: base + path, headers: [("Accept-Language", "zh-CN")])) }
        for _ in 0..<n {
            let start = DispatchTime.now().uptimeNanoseconds
            let reply = try transport.send(HTTPExchange(method: "GET", url: base + path, headers: [("Accept-Language", "zh-CN")]))
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            guard reply.status == 200 else { throw CLIBenchError(message: "GET \(path): \(reply.status)") }
            bytes = reply.body.count
        }
        times.sort()
        return (times[times.count / 2], times[min(times.count - 1, Int((Double(times.count) * 0.99).rounded(.up)) - 1)], bytes)
    }
    for (path, n) in [("", requests), ("report/coverage?year=2026&format=json", 50), ("report/commissioners?year=2026", 30), ("health", 50)] {
        let m = try measure(path, n)
        print(String(format: "GET /%@  %d requests: p50 %.1f ms, p99 %.1f ms (%d bytes)", path, n, m.p50, m.p99, m.bytes))
        if path.isEmpty { print(m.p99 < 100 ? "overview p99 under 100 ms: yes" : "overview p99 under 100 ms: NO") }
    }
    server.cancel()
    _ = try? await server.value
}
