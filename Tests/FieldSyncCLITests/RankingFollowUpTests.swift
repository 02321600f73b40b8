import FieldSyncCore
import Foundation
import Testing

/// The ranking's follow-up (issue 27, item 6; docs/rules.md §4), hand-computed: last year's rank
/// in the same pool, the movement, and the incentive or help recorded this year.
struct RankingFollowUpTests {
    @Test func theRankingShowsLastYearsRankTheMovementAndTheSupportGiven() throws {
        let cli = try CLI(now: "2026-10-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        var ids: [String: String] = [:]
        for (i, name) in ["甲科技有限公司", "乙科技有限公司", "丙科技有限公司", "丁科技有限公司"].enumerated() {
            let e = try cli.ok("enterprise", "add", "--name", name, "--credit-code", CreditCode.make(170 + i))
            try cli.ok("enterprise", "pool", e, "--join", "high-tech", "--date", name == "丁科技有限公司" ? "2026-02-01" : "2025-01-05", "--quiet")
            ids[name] = e
        }
        // 2025 by R&D ratio alone: 甲 10 %, 乙 5 %, 丙 1 % → 1, 2, 3.
        for (name, rd) in [("甲科技有限公司", "10%"), ("乙科技有限公司", "5%"), ("丙科技有限公司", "1%")] {
            try cli.ok("indicator", "set", name, "--year", "2025", "--rd-ratio", rd)
        }
        // 2026: 丙 12 %, 甲 8 %, 乙 2 %, 丁 0.5 % → 丙 1 (↑2), 甲 2 (↓1), 乙 3 (↓1), 丁 4 (new).
        for (name, rd) in [("丙科技有限公司", "12%"), ("甲科技有限公司", "8%"), ("乙科技有限公司", "2%"), ("丁科技有限公司", "0.5%")] {
            try cli.ok("indicator", "set", name, "--year", "2026", "--rd-ratio", rd)
        }
        let said = try cli.run(["enterprise", "support", "甲科技", "--kind", "政策激励", "--date", "2026-03-01", "--note", "研发补助"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(said.status == 0 && said.stdout.contains("已记录 甲科技有限公司 于 2026-03-01 的政策激励"), "\(said.stdout)\(said.stderr)")
        try cli.ok("enterprise", "support", "乙科技", "--kind", "help", "--date", "2026-03-02")
        // Bad input: one sentence, exit 65, nothing written.
        let before = try cli.run(["report", "ranking", "--format", "json"]).stdout
        try cli.refused(["enterprise", "support", "乙科技", "--kind", "奖励"], exit: 65, naming: "奖励")
        try cli.refused(["enterprise", "support", "乙科技", "--kind", "help", "--date", "2026-10-21"], exit: 65, naming: "2026-10-21")
        #expect(try cli.run(["report", "ranking", "--format", "json"]).stdout == before)

        let report = try cli.run(["report", "ranking", "--format", "json"]).object
        let rows = ((report["sections"] as? [String: Any])?["high-tech"] as? [[String: Any]]) ?? []
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0["enterprise"] as? String ?? "", $0) })
        #expect(byName["丙科技有限公司"]?["rank"] as? Int == 1 && byName["丙科技有限公司"]?["previous_rank"] as? Int == 3 && byName["丙科技有限公司"]?["movement"] as? String == "↑2", "\(rows)")
        #expect(byName["甲科技有限公司"]?["previous_rank"] as? Int == 1 && byName["甲科技有限公司"]?["movement"] as? String == "↓1")
        #expect(byName["乙科技有限公司"]?["previous_rank"] as? Int == 2 && byName["乙科技有限公司"]?["movement"] as? String == "↓1")
        #expect(byName["丁科技有限公司"]?["previous_rank"] is NSNull && byName["丁科技有限公司"]?["movement"] as? String == "new")
        #expect((byName["甲科技有限公司"]?["support"] as? String)?.contains("政策激励 2026-03-01") == true)
        #expect((byName["乙科技有限公司"]?["support"] as? String)?.contains("帮扶补短板 2026-03-02") == true)
        _ = ids
    }
}
