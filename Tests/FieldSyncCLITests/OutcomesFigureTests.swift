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
    }
}
