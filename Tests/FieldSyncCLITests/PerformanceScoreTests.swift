import FieldSyncCore
import Foundation
import Testing

/// The commissioners' score (issue 27, item 5; docs/rules.md §5a), hand-computed for two
/// commissioners: each indicator normalised min–max between them, weighted, summed, ranked.
struct PerformanceScoreTests {
    @Test func theScoreIsComputedAsTheRulesSayAndItsWeightsAreASyncedSetting() throws {
        let cli = try CLI(now: "2026-06-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        for name in ["张伟", "李娜"] { try cli.ok("commissioner", "add", "--name", name) }
        func at(_ instant: String) -> [String: String] { ["FIELDSYNC_NOW": instant] }
        func ok(_ args: [String], _ now: String) throws -> String {
            let r = try cli.run(args, env: at(now))
            #expect(r.status == 0, "\(args): \(r.stderr)")
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let e1 = try cli.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(180), "--commissioner", "张伟")
        let e2 = try cli.ok("enterprise", "add", "--name", "长江新材料有限公司", "--credit-code", CreditCode.make(181), "--commissioner", "李娜")
        for e in [e1, e2] { _ = try ok(["enterprise", "update", e, "--commissioner", e == e1 ? "张伟" : "李娜", "--date", "2026-01-05", "--quiet"], "2026-06-20T02:00:00Z") }
        for e in [e1, e2] { try cli.ok("enterprise", "pool", e, "--join", "high-tech", "--date", "2026-01-05", "--quiet") }
        // Visits: 张伟 on site in round 1 (5) and by phone in round 2 (4); 李娜 on site in round 1 (3).
        try cli.ok("visit", "record", "--enterprise", e1, "--commissioner", "张伟", "--date", "2026-03-01", "--satisfaction", "5")
        try cli.ok("visit", "record", "--enterprise", e1, "--commissioner", "张伟", "--date", "2026-06-01", "--mode", "phone", "--satisfaction", "4")
        try cli.ok("visit", "record", "--enterprise", e2, "--commissioner", "李娜", "--date", "2026-03-02", "--satisfaction", "3")
        // Needs: 张伟's answered in 8 hours and resolved; 李娜's answered after two days.
        let n1 = try ok(["need", "raise", "--enterprise", e1, "--category", "talent", "--summary", "引进博士", "--owner", "张伟"], "2026-06-10T02:00:00Z")
        _ = try ok(["need", "update", n1, "--status", "acknowledged", "--quiet"], "2026-06-10T10:00:00Z")
        _ = try ok(["need", "update", n1, "--status", "resolved", "--quiet"], "2026-06-11T10:00:00Z")
        let n2 = try ok(["need", "raise", "--enterprise", e2, "--category", "talent", "--summary", "申报补贴", "--owner", "李娜"], "2026-06-10T02:00:00Z")
        _ = try ok(["need", "update", n2, "--status", "acknowledged", "--quiet"], "2026-06-12T02:00:00Z")

        func score() throws -> [String: [String: Any]] {
            let r = try cli.run(["report", "commissioners", "--format", "json"]).object
            let rows = ((r["sections"] as? [String: Any])?["score"] as? [[String: Any]]) ?? []
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["commissioner"] as? String ?? "", $0) })
        }
        // Coverage 100 % vs 50 %, on site 50 % vs 100 %, 24 h 100 % vs 0 %, resolved 100 % vs 0 %,
        // rescues 0 and 0 (equal: 1 each), satisfaction 100 % vs 0 %.
        // 张伟 = 25 + 0 + 20 + 15 + 10 + 15 = 85; 李娜 = 0 + 15 + 0 + 0 + 10 + 0 = 25.
        var s = try score()
        #expect(s["张伟"]?["coverage"] as? Double == 100 && s["李娜"]?["coverage"] as? Double == 50, "\(s)")
        #expect(s["张伟"]?["on_site"] as? Double == 50 && s["李娜"]?["on_site"] as? Double == 100)
        #expect(s["张伟"]?["score"] as? Double == 85 && s["张伟"]?["rank"] as? Int == 1, "\(s)")
        #expect(s["李娜"]?["score"] as? Double == 25 && s["李娜"]?["rank"] as? Int == 2)
        #expect(s["李娜"]?["rescues_points"] as? Double == 10)

        // The weights are a synced setting, by code or name: on site 0.8 (total 1.65) puts 李娜 first.
        let w = try cli.run(["commissioner", "weights", "--set", "上门走访占比=0.8"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(w.status == 0 && w.stdout.contains("0.8"), "\(w.stderr)")
        s = try score()
        #expect(abs((s["李娜"]?["score"] as? Double ?? 0) - 54.545454) < 0.001 && s["李娜"]?["rank"] as? Int == 1, "\(s)")
        #expect(abs((s["张伟"]?["score"] as? Double ?? 0) - 51.515151) < 0.001 && s["张伟"]?["rank"] as? Int == 2)
        try cli.refused(["commissioner", "weights", "--set", "bogus=1"], exit: 65, naming: "bogus")
        try cli.refused(["commissioner", "weights", "--set", "coverage=-1"], exit: 65, naming: "coverage")
        #expect(try cli.run(["commissioner", "weights", "--json"]).object["on_site"] as? Double == 0.8)
    }
}
