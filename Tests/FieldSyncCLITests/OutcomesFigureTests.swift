import FieldSyncCore
import Foundation
import Testing

/// The article's outcome figures (issue 27, item 2, in part; docs/rules.md §6): major special
/// projects, projects and funds by level (万元, exact), little giants and first sets.
struct OutcomesFigureTests {
    @Test func majorProjectsLevelsAndTheNewCertificationKindsAreCounted() throws {
        let cli = try CLI(now: "2026-10-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let e = try cli.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(190))
        try cli.ok("project", "add", "--enterprise", e, "--name", "国家重点研发", "--level", "国家级", "--start", "2026-01-01", "--end", "2027-12-31", "--funds", "600.5", "--major")
        try cli.ok("project", "add", "--enterprise", e, "--name", "自治区科技计划", "--level", "region", "--start", "2026-02-01", "--end", "2026-12-31", "--funds", "80.25")
        let city = try cli.ok("project", "add", "--enterprise", e, "--name", "市级孵化", "--level", "city", "--start", "2026-03-01", "--end", "2026-12-31", "--funds", "30")
        try cli.ok("project", "update", city, "--major")
        try cli.ok("enterprise", "certify", e, "--kind", "小巨人", "--date", "2026-05-01")
        try cli.ok("enterprise", "certify", e, "--kind", "科技小巨人", "--date", "2026-05-02")
        try cli.ok("enterprise", "certify", e, "--kind", "首台套", "--date", "2026-05-03")
        try cli.refused(["enterprise", "certify", e, "--kind", "小小巨人", "--date", "2026-05-04"], exit: 65, naming: "小小巨人")
        let r = try cli.run(["report", "outcomes", "--format", "json"]).object
        let summary = r["summary"] as? [String: Any] ?? [:]
        #expect(summary["major_projects"] as? Int == 2 && summary["little_giant_certified"] as? Int == 2 && summary["first_set_certified"] as? Int == 1, "\(summary)")
        let levels = ((r["sections"] as? [String: Any])?["by_level"] as? [[String: Any]]) ?? []
        let byLevel = Dictionary(uniqueKeysWithValues: levels.map { ($0["level"] as? String ?? "", $0) })
        #expect(byLevel["national"]?["projects"] as? Int == 1 && byLevel["national"]?["major"] as? Int == 1, "\(levels)")
        #expect("\(byLevel["national"]?["funds"] ?? "")" == "600.5" && "\(byLevel["region"]?["funds"] ?? "")" == "80.25", "\(levels)")
        #expect(byLevel["city"]?["major"] as? Int == 1)
        #expect(try cli.run(["project", "list", "--json"]).array.contains { $0["major"] as? Bool == true })

        // Financing secured and awards: 600 + 80.25 万元; 一等奖 10 万元, 优秀奖 0.5 万元.
        let said = try cli.run(["enterprise", "financing", e, "--amount", "600", "--kind", "知识产权质押融资", "--date", "2026-04-01", "--lender", "某银行"],
                               env: ["LANG": "zh_CN.UTF-8"])
        #expect(said.status == 0 && said.stdout.contains("知识产权质押融资 600.00 万元"), "\(said.stdout)\(said.stderr)")
        try cli.ok("enterprise", "financing", e, "--amount", "80.25", "--kind", "银行贷款", "--date", "2026-06-01")
        try cli.ok("enterprise", "award", e, "--competition", "创新创业大赛", "--grade", "一等奖", "--prize", "10", "--date", "2026-07-01")
        try cli.ok("enterprise", "award", e, "--competition", "创新创业大赛", "--grade", "merit", "--prize", "0.5", "--date", "2026-07-02")
        let before = try cli.run(["report", "outcomes", "--format", "json"]).stdout
        try cli.refused(["enterprise", "award", e, "--competition", "大赛", "--grade", "特等奖", "--date", "2026-07-03"], exit: 65, naming: "特等奖")
        try cli.refused(["enterprise", "financing", e, "--amount", "0", "--kind", "贷款", "--date", "2026-07-03"], exit: 65, naming: "0")
        try cli.refused(["enterprise", "financing", e, "--amount", "10", "--kind", "贷款", "--date", "2026-10-21"], exit: 65, naming: "2026-10-21")
        #expect(try cli.run(["report", "outcomes", "--format", "json"]).stdout == before)
        let after = try cli.run(["report", "outcomes", "--format", "json"]).object
        let s2 = after["summary"] as? [String: Any] ?? [:]
        #expect("\(s2["financing_secured"] ?? "")" == "680.25" && s2["awards"] as? Int == 2 && "\(s2["prize_funds"] ?? "")" == "10.5", "\(s2)")
        let grades = ((after["sections"] as? [String: Any])?["awards_by_grade"] as? [[String: Any]]) ?? []
        #expect(grades.first { $0["grade"] as? String == "first" }?["awards"] as? Int == 1 && grades.first { $0["grade"] as? String == "merit" }?["awards"] as? Int == 1)
    }
}
