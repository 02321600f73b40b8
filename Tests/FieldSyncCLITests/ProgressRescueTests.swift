import FieldSyncCore
import Foundation
import Testing

/// Project progress, lights from evidence and rescues (issue 27, item 1; docs/rules.md §3), played
/// through the CLI over a year with every figure computed by hand in the rules' worked example.
struct ProgressRescueTests {
    static func summary(_ cli: CLI, _ args: [String] = []) throws -> [String: Any] {
        try cli.run(["report", "projects", "--year", "2026", "--format", "json"] + args).object["summary"] as? [String: Any] ?? [:]
    }

    static func light(_ cli: CLI, _ p: String) throws -> [String: Any] {
        try cli.run(["project", "light", p, "--json"]).object
    }

    @Test func aYearOfProgressReportsRescuesAndRoutineWork() throws {
        let cli = try CLI(now: "2026-01-05T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let zw = try cli.ok("commissioner", "add", "--name", "张伟")
        let ln = try cli.ok("commissioner", "add", "--name", "李娜")
        let e1 = try cli.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(301), "--commissioner", zw)
        let e2 = try cli.ok("enterprise", "add", "--name", "长江新材料有限公司", "--credit-code", CreditCode.make(302), "--commissioner", ln)
        func project(_ e: String, _ name: String, _ due: String) throws -> String {
            let p = try cli.ok("project", "add", "--enterprise", e, "--name", name, "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31")
            _ = try cli.ok("project", "milestone", p, "--add", "节点一", "--due", due)
            return p
        }
        // A: due 28 October, 300 days after the start. B: due 15 October. C: due 30 June, done on
        // time. D: only a person's raise. E (李娜's): due 31 May, late, re-planned.
        let a = try project(e1, "隔膜研发", "2026-10-28")
        let b = try project(e1, "传感器样机", "2026-10-15")
        let c = try project(e1, "检测平台", "2026-06-30")
        let d = try project(e1, "软件平台", "2026-11-30")
        let e = try project(e2, "储能示范", "2026-05-31")

        // C: half done at the end of March (89 of 180 days gone, 49 %): green. Left at 50 %, it
        // would turn yellow on 8 May (127 of 180 days, 70.6 % > 50 + 20); on 5 May it reports 80 %
        // (124 days, 68.9 %), on time to the end; done 20 June.
        cli.now = "2026-03-31T02:00:00Z"
        try cli.ok("project", "progress", c, "节点一", "50", "--note", "走访了解")
        #expect(try Self.light(cli, c)["light"] as? String == "green")
        // D: a person raises yellow for April.
        cli.now = "2026-04-01T02:00:00Z"
        try cli.ok("project", "light", d, "--set", "黄", "--reason", "核心人员离职", "--until", "2026-04-30")
        // E: red from 1 June, re-planned on 15 June to 30 September: green again (no report yet).
        cli.now = "2026-05-05T02:00:00Z"
        try cli.ok("project", "progress", c, "节点一", "80")
        cli.now = "2026-06-10T02:00:00Z"
        #expect(try Self.light(cli, e)["light"] as? String == "red")
        #expect(try Self.light(cli, c)["light"] as? String == "green")
        cli.now = "2026-06-15T02:00:00Z"
        try cli.ok("project", "milestone", e, "--replan", "节点一", "--due", "2026-09-30", "--reason", "设备到货延迟")
        #expect(try Self.light(cli, e)["light"] as? String == "green")
        cli.now = "2026-06-20T02:00:00Z"
        try cli.ok("project", "milestone", c, "--done", "节点一")

        // 25 September: A 10 % done with 267 of 300 days (89 %) gone: yellow; B due in 20 days with
        // no report: green, noted 未报进度.
        cli.now = "2026-09-25T02:00:00Z"
        try cli.ok("project", "progress", a, "节点一", "10%")
        let la = try Self.light(cli, a)
        #expect(la["light"] as? String == "yellow" && la["computed"] as? String == "yellow", "\(la)")
        #expect((la["reasons"] as? [String])?.first?.contains("89 %") == true, "\(la)")
        let lb = try Self.light(cli, b)
        #expect(lb["light"] as? String == "green" && (lb["notes"] as? [String])?.first?.contains("no progress reported") == true, "\(lb)")
        let zh = try cli.run(["--lang", "zh", "project", "light", b])
        #expect(zh.stdout.contains("未报进度") && zh.stdout.contains("绿灯"), "\(zh.stdout)")
        let agenda = try cli.run(["agenda", "--commissioner", "张伟", "--json"]).object
        #expect((agenda["progress_missing"] as? [[String: Any]])?.map { $0["id"] as? String } == [b], "\(agenda)")
        #expect((agenda["projects_at_risk"] as? [[String: Any]])?.map { $0["id"] as? String } == [a], "\(agenda)")
        try cli.ok("project", "milestone", e, "--done", "节点一", "--date", "2026-09-20")

        // Bad input: nothing written.
        let before = try cli.run(["status", "--json"]).object["pending_changes"] as? Int
        let lightBefore = try cli.run(["project", "light", a, "--json"]).stdout
        try cli.refused(["project", "progress", a, "节点一", "101"], exit: 65, naming: "101")
        try cli.refused(["project", "progress", a, "节点一", "150%"], exit: 65, naming: "150%")
        try cli.refused(["project", "progress", a, "节点一", "一半"], exit: 65, naming: "一半")
        try cli.refused(["project", "progress", a, "节点一", "50", "--date", "2025-12-31"], exit: 65, naming: "2025-12-31")
        try cli.refused(["project", "progress", a, "节点一", "50", "--date", "2026-09-26"], exit: 65, naming: "2026-09-26")
        try cli.refused(["project", "progress", c, "节点一", "50"], exit: 65, naming: "2026-06-20")
        #expect(try cli.run(["status", "--json"]).object["pending_changes"] as? Int == before)
        #expect(try cli.run(["project", "light", a, "--json"]).stdout == lightBefore)

        // 10 October: A reports 95 % with 282 of 300 days (94 %) gone: green again (progress).
        cli.now = "2026-10-10T02:00:00Z"
        try cli.ok("project", "progress", a, "节点一", "95")
        #expect(try Self.light(cli, a)["light"] as? String == "green")
        cli.now = "2026-10-12T02:00:00Z"
        try cli.ok("project", "milestone", b, "--done", "节点一")
        cli.now = "2026-10-25T02:00:00Z"
        try cli.ok("project", "milestone", a, "--done", "节点一")
        try cli.ok("project", "milestone", d, "--done", "节点一")

        cli.now = "2026-12-01T02:00:00Z"
        let report = try cli.run(["report", "projects", "--year", "2026", "--format", "json"]).object
        let summary = report["summary"] as? [String: Any] ?? [:]
        #expect(summary["rescued_projects"] as? Int == 2 && summary["rescue_episodes"] as? Int == 2 && summary["green"] as? Int == 5, "\(summary)")
        let sections = report["sections"] as? [String: Any] ?? [:]
        let rescues = (sections["rescues"] as? [[String: Any]] ?? []).map {
            "\($0["project"] as? String ?? "") \($0["worst"] as? String ?? "") \($0["from"] as? String ?? "")→\($0["green_on"] as? String ?? "") \($0["how"] as? String ?? "") \($0["commissioner"] as? String ?? "")"
        }
        #expect(rescues == ["储能示范 red 2026-06-01→2026-06-15 replan 李娜", "隔膜研发 yellow 2026-09-25→2026-10-10 progress 张伟"], "\(rescues)")
        let raised = (sections["raised_only"] as? [[String: Any]] ?? []).map { "\($0["project"] as? String ?? "") \($0["green_on"] as? String ?? "")" }
        #expect(raised == ["软件平台 2026-05-01"], "\(raised)")
        // Lights at each month's end, January to November: D yellow on 30 April; E red only from
        // 1 to 14 June, so no month's end sees it; A yellow on 30 September.
        let months = (sections["lights_by_month"] as? [[String: Any]] ?? []).map { "\($0["month"] as? String ?? ""):\($0["red"] as? Int ?? -1)/\($0["yellow"] as? Int ?? -1)" }
        #expect(months.count == 11 && months[3] == "2026-04-30:0/1" && months[8] == "2026-09-30:0/1" && months[5] == "2026-06-30:0/0", "\(months)")
        // The commissioners' report counts rescues, not turns to green: one each.
        let people = try cli.run(["report", "commissioners", "--year", "2026", "--format", "json"]).object
        let rows = (people["sections"] as? [String: Any])?["commissioners"] as? [[String: Any]] ?? []
        #expect(rows.map { "\($0["commissioner"] as? String ?? ""):\($0["rescues"] as? Int ?? -1)" }.sorted() == ["张伟:1", "李娜:1"], "\(rows)")

        // Every format shows the new sections in the reader's language.
        let html = try cli.run(["--lang", "zh", "report", "projects", "--year", "2026", "--format", "html"]).stdout
        #expect(html.contains("帮扶转绿") && html.contains("调整计划") && html.contains("进度赶上") && html.contains("#fdd835"), "html")
        let csv = try cli.run(["--lang", "zh", "report", "projects", "--year", "2026", "--format", "csv"]).stdout
        #expect(csv.contains("储能示范") && csv.contains("仅因人工预警"))
        // The tolerance is a synced zone setting: at 90 points A's 10 % is never behind before its
        // due date (100 × days gone > (10 + 90) × 300 only after 28 October).
        try cli.ok("setting", "set", "light.progress_tolerance", "90")
        let wider = try Self.summary(cli)
        #expect(wider["rescue_episodes"] as? Int == 1 && wider["rescued_projects"] as? Int == 1, "\(wider)")
        try cli.refused(["setting", "set", "light.progress_tolerance", "120"], exit: 65, naming: "120")
    }
}
