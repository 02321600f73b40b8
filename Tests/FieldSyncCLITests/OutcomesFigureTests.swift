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

    /// `report outcomes --from Y1 --to Y2` (issue 27, item 2; docs/rules.md §6): the span's figures,
    /// the equally long span before, and growth per figure, by hand.
    @Test func aSpanIsComparedWithTheEquallyLongSpanBefore() throws {
        let cli = try CLI(now: "2026-10-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let e = try cli.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(191))
        func project(_ name: String, _ level: String, _ start: String, _ funds: String, major: Bool = false) throws {
            let r = try cli.run(["project", "add", "--enterprise", e, "--name", name, "--level", level, "--start", start, "--end", "2027-12-31", "--funds", funds]
                                + (major ? ["--major"] : []))
            #expect(r.status == 0, "\(r.stderr)")
        }
        // 2021–2023: city 10, region 30 (40 万元); 2024–2026: national 100 (major), city 20, region 15.5, city 4.5 (140 万元).
        try project("甲", "city", "2021-03-01", "10")
        try project("乙", "region", "2022-03-01", "30")
        try project("丙", "national", "2024-03-01", "100", major: true)
        try project("丁", "city", "2025-03-01", "20")
        try project("戊", "region", "2026-03-01", "15.5")
        try project("己", "city", "2026-04-01", "4.5")
        try cli.ok("enterprise", "certify", e, "--kind", "high-tech", "--date", "2021-11-01")
        try cli.ok("enterprise", "certify", e, "--kind", "high-tech", "--date", "2025-11-01")
        try cli.ok("enterprise", "award", e, "--competition", "创新创业大赛", "--grade", "二等奖", "--prize", "5", "--date", "2025-07-01")
        let r = try cli.run(["report", "outcomes", "--from", "2024", "--to", "2026", "--format", "json"]).object
        let now = r["summary"] as? [String: Any] ?? [:]
        let before = r["previous"] as? [String: Any] ?? [:]
        let growth = r["growth"] as? [String: Any] ?? [:]
        func n(_ v: Any?) -> Double? { (v as? NSNumber)?.doubleValue }
        #expect(r["from"] as? Int == 2024 && r["to"] as? Int == 2026)
        #expect(now["projects_funded"] as? Int == 4 && before["projects_funded"] as? Int == 2, "\(now) \(before)")
        #expect(n(now["funds_granted"]) == 140 && n(before["funds_granted"]) == 40)
        #expect(n(growth["projects_funded"]) == 1.0 && n(growth["funds_granted"]) == 2.5, "\(growth)")
        #expect(n(growth["high_tech_certified"]) == 0 && growth["awards"] is NSNull && n(growth["major_projects"]) == nil, "\(growth)")
        let levels = now["projects_by_level"] as? [String: Any] ?? [:]
        #expect(levels["national"] as? Int == 1 && levels["region"] as? Int == 1 && levels["city"] as? Int == 2, "\(levels)")
        let funds = now["funds_by_level"] as? [String: Any] ?? [:]
        #expect(n(funds["national"]) == 100 && n(funds["region"]) == 15.5 && n(funds["city"]) == 24.5, "\(funds)")
        let fundsGrowth = growth["funds_by_level"] as? [String: Any] ?? [:]
        // region (15.5 − 30) ÷ 30 = −0.4833; city (24.5 − 10) ÷ 10 = 1.45; national from 0: null.
        #expect(n(fundsGrowth["region"]) == -0.4833 && n(fundsGrowth["city"]) == 1.45 && fundsGrowth["national"] is NSNull, "\(fundsGrowth)")
        #expect((now["awards_by_grade"] as? [String: Any])?["second"] as? Int == 1)
        // The table says it as the article does.
        let table = try cli.run(["--lang", "zh", "report", "outcomes", "--from", "2024", "--to", "2026"]).stdout
        #expect(table.contains("2024—2026年培育成效") && table.contains("较前3年 +100%") && table.contains("较前3年 +250%"), "\(table)")
        let html = try cli.run(["--lang", "zh", "report", "outcomes", "--from", "2024", "--to", "2026", "--format", "html"]).stdout
        #expect(html.contains("与前3年比较") && html.contains("#9e9e9e"), "comparison chart")
        // One year against the year before.
        let one = try cli.run(["report", "outcomes", "--from", "2026", "--to", "2026", "--format", "json"]).object
        #expect((one["previous"] as? [String: Any])?["projects_funded"] as? Int == 1 && n((one["growth"] as? [String: Any])?["projects_funded"]) == 1.0)
        // Bad spans are refused with one sentence, nothing written.
        let pending = try cli.run(["status", "--json"]).object["pending_changes"] as? Int
        try cli.refused(["report", "outcomes", "--from", "2026", "--to", "2024"], exit: 65, naming: "2024")
        try cli.refused(["report", "outcomes", "--from", "1999", "--to", "2024"], exit: 65, naming: "1999")
        try cli.refused(["report", "coverage", "--from", "2024", "--to", "2026"], exit: 65, naming: "coverage")
        try cli.refused(["report", "outcomes", "--from", "2024", "--year", "2026"], exit: 64, naming: "--year")
        #expect(try cli.run(["status", "--json"]).object["pending_changes"] as? Int == pending)
    }
}
