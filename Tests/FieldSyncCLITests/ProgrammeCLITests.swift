import FieldProgramme
import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// The programme's rules through the built CLI: Chinese words, the 24-hour rule in `--json`,
/// stages and outcomes, zone settings, import dry runs, and — through the real server — every
/// report's JSON identical on two laptops after a sync.
@Suite(.serialized)
struct ProgrammeCLITests {
    @Test func theSeedsPoolNamesImportFromAGBKCSVAndADryRunWithBadRowsExits65() throws {
        let cli = try CLI(now: "2026-03-02T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室", "--zone", "高新区")
        try cli.ok("commissioner", "add", "--name", "张伟")
        let path = try cli.gbkFile("seed", """
            企业名称,统一社会信用代码,入库类型,科技专员
            深圳市星河科技有限公司,\(CreditCode.make(1)),高新技术企业培育库,张伟
            华芯微电子有限公司,\(CreditCode.make(2)),科技型中小企业培育库,张伟
            博雅生物医药有限公司,\(CreditCode.make(3)),科技项目培育库,张伟

            """)
        let imported = try cli.run(["enterprise", "import", path, "--encoding", "gbk", "--json"])
        #expect(imported.status == 0)
        #expect(imported.object["added"] as? Int == 3)
        for (pool, n) in [("high-tech", 1), ("科小库", 1), ("项目库", 1)] {
            #expect(try cli.run(["enterprise", "list", "--pool", pool, "--json"]).array.count == n)
        }
        // The importer's commissioner is a dated assignment like any other.
        let show = try cli.run(["enterprise", "show", CreditCode.make(1), "--json"]).object
        #expect(show["commissioner"] as? String != nil)
        let bad = try cli.gbkFile("bad", """
            企业名称,统一社会信用代码,入库类型
            新公司,\(CreditCode.make(4)),孵化器

            """)
        let before = try cli.snapshot()
        let dry = try cli.run(["enterprise", "import", bad, "--encoding", "gbk", "--dry-run"])
        #expect(dry.status == 65)
        #expect(dry.stdout.contains("孵化器"))
        #expect(try cli.snapshot() == before)
    }

    @Test func needsShowTheTwentyFourHourRuleAndLateNeedsAreListed() throws {
        let cli = try CLI(now: "2026-03-01T00:00:00Z")
        try cli.ok("init", "--replica-name", "张伟的笔记本")
        let e = try cli.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", CreditCode.make(1), "--pool", "高企库")
        let n = try cli.ok("need", "raise", "--enterprise", e, "--category", "融资", "--summary", "知识产权质押贷款咨询")
        var show = try cli.run(["need", "show", n, "--json"]).object
        #expect(show["acknowledged_within_24h"] is NSNull && show["hours_to_acknowledge"] is NSNull)
        try cli.refused(["need", "raise", "--enterprise", e, "--category", "policy", "--summary", "政策", "--due", "2026-02-28"], exit: 65, naming: "2026-02-28")
        cli.now = "2026-03-02T23:00:00Z"  // 47 h
        try cli.ok("need", "update", n, "--status", "已响应", "--note", "已电话联系企业财务")
        show = try cli.run(["need", "show", n, "--json"]).object
        #expect(show["acknowledged_within_24h"] as? Bool == false)
        #expect(show["hours_to_acknowledge"] as? Double == 47)
        #expect(show["overdue"] as? Bool == false)
        #expect(try cli.run(["need", "list", "--late", "--json"]).array.map { $0["id"] as? String } == [n])
        #expect(try cli.run(["need", "list", "--late"]).stdout.contains("late"))
        let report = try cli.run(["report", "needs", "--format", "json"]).object
        #expect((report["summary"] as? [String: Any])?["late"] as? Int == 1)
    }

    @Test func stagesCertificationsSettingsAndTheOutcomesReport() throws {
        let cli = try CLI(now: "2026-10-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室", "--zone", "高新区")
        let c = try cli.ok("commissioner", "add", "--name", "张伟")
        let e = try cli.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", CreditCode.make(1), "--pool", "high-tech",
                           "--commissioner", c)
        try cli.ok("enterprise", "stage", e, "培育", "--note", "研发投入高")
        try cli.refused(["enterprise", "stage", e, "孵化"], exit: 65, naming: "孵化")
        try cli.refused(["enterprise", "certify", e, "--kind", "high-tech", "--date", "2026-10-21"], exit: 65, naming: "2026-10-21")
        _ = try cli.ok("enterprise", "certify", e, "--kind", "高新技术企业", "--date", "2026-10-15", "--number", "GR202665000123")
        #expect(try cli.run(["enterprise", "show", e, "--json"]).object["stage"] as? String == "certified")
        try cli.refused(["enterprise", "stage", e, "申报"], exit: 65, naming: "certified")
        _ = try cli.ok("project", "add", "--enterprise", e, "--name", "隔膜研发", "--level", "国家级", "--start", "2026-03-01", "--end", "2026-12-31", "--funds", "350.50")
        let outcomes = try cli.run(["report", "outcomes", "--year", "2026", "--format", "json"]).object
        let summary = outcomes["summary"] as? [String: Any] ?? [:]
        #expect(summary["high_tech_certified"] as? Int == 1 && summary["tech_sme_registered"] as? Int == 0)
        #expect(summary["funds_granted"] as? Double == 350.5)
        #expect(outcomes["zone"] as? String == "高新区" && outcomes["as_of"] as? String == "2026-10-20")
        // Zone settings: the satisfaction target, in the commissioners report.
        try cli.ok("setting", "set", "satisfaction.target", "95")
        try cli.refused(["setting", "set", "satisfaction.target", "195"], exit: 65, naming: "195")
        try cli.refused(["setting", "set", "light.warning_days", "2.5"], exit: 65, naming: "2.5")
        let perf = try cli.run(["report", "commissioners", "--format", "json"]).object
        #expect((perf["summary"] as? [String: Any])?["satisfaction_target"] as? Double == 95)
        // One language per report: no English total or light word in a Chinese report.
        let zh = try cli.run(["report", "coverage", "--lang", "zh"]).stdout
        #expect(zh.contains("合计") && !zh.contains("total"))
        let en = try cli.run(["report", "coverage", "--lang", "en"]).stdout
        #expect(en.contains("total") && !en.contains("合计"))
        let html = try cli.run(["report", "projects", "--format", "html", "--lang", "zh"]).stdout
        #expect(html.contains("@page{size:A4") && html.contains("截至 2026-10-20"))
        // Ratios: 8.5% and 0.085 alike; a bare 85 refused.
        try cli.ok("indicator", "set", e, "--year", "2026", "--rd-ratio", "8.5%")
        try cli.refused(["indicator", "set", e, "--year", "2026", "--rd-ratio", "85"], exit: 65, naming: "85")
    }

    @Test func everyReportIsTheSameOnTwoLaptopsAfterASync() throws {
        let server = try ServerProcess()
        let ta = try server.token("张伟")
        let tb = try server.token("李娜")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: ta, now: "2026-06-01T02:00:00Z")
        let b = try CLI.laptop("李娜的笔记本", server: server, token: tb, now: "2026-06-01T02:00:00Z")
        let zw = try a.ok("commissioner", "add", "--name", "张伟")
        let ln = try a.ok("commissioner", "add", "--name", "李娜")
        let e1 = try a.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", CreditCode.make(1), "--pool", "高企库", "--commissioner", zw)
        let e2 = try a.ok("enterprise", "add", "--name", "华芯微电子有限公司", "--credit-code", CreditCode.make(2), "--pool", "科小库", "--commissioner", ln)
        let p = try a.ok("project", "add", "--enterprise", e1, "--name", "隔膜研发", "--level", "region", "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "120.25")
        _ = try a.ok("project", "milestone", p, "--add", "中试线建成", "--due", "2026-06-10")  // red from 11 June
        // 10 % done with 151 of 160 days gone: yellow from the evidence, on both laptops after a sync.
        try a.ok("project", "progress", p, "中试线建成", "10")
        try a.sync()
        try b.sync()
        a.now = "2026-06-20T03:00:00Z"
        b.now = "2026-06-20T03:00:00Z"
        try a.ok("visit", "record", "--enterprise", e1, "--commissioner", zw, "--date", "2026-06-18", "--mode", "上门", "--satisfaction", "5")
        try b.ok("visit", "record", "--enterprise", e2, "--commissioner", ln, "--date", "2026-06-19", "--mode", "电话", "--satisfaction", "3")
        try a.ok("project", "milestone", p, "--replan", "中试线建成", "--due", "2026-09-30", "--reason", "设备到货延迟")
        // Re-planned, 10 % still lags 170 of 272 days (62.5 %); 60 % reported the same day does not.
        #expect(try a.run(["project", "light", p, "--json"]).object["light"] as? String == "yellow")
        try a.ok("project", "progress", p, "中试线建成", "60")
        _ = try b.ok("need", "raise", "--enterprise", e2, "--category", "人才", "--summary", "引进研发人才")
        try b.ok("enterprise", "stage", e2, "优选")
        try a.ok("indicator", "set", e1, "--year", "2026", "--rd-ratio", "9%", "--ip-count", "12")
        try b.ok("enterprise", "update", e2, "--commissioner", zw, "--date", "2026-06-01")
        for _ in 0..<2 {
            try a.sync()
            try b.sync()
        }
        for kind in Reports.reportKinds {
            let ra = try a.run(["report", kind, "--year", "2026", "--format", "json"])
            let rb = try b.run(["report", kind, "--year", "2026", "--format", "json"])
            #expect(ra.status == 0 && !ra.stdout.isEmpty)
            #expect(ra.stdout == rb.stdout, "report \(kind) differs between the laptops")
        }
        let projects = try a.run(["report", "projects", "--format", "json"]).object
        #expect((projects["summary"] as? [String: Any])?["rescue_episodes"] as? Int == 1)
        let light = try b.run(["project", "light", p, "--json"]).object
        #expect((light["progress"] as? [[String: Any]])?.first?["percent"] as? Int == 10, "\(light)")
    }

    /// Corrections (issue 25, item 5): the same visit recorded twice is refused unless it happened
    /// again; a visit is corrected or deleted (the deletion reaches the other laptop); a project's
    /// funds, dates and level are corrected with the rules of adding one. Refusals change nothing.
    @Test func visitsAndProjectsAreCorrectedAndAVisitIsNotCountedTwice() throws {
        let server = try ServerProcess()
        let ta = try server.token("张伟")
        let tb = try server.token("办公室", role: "viewer")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: ta, now: "2026-06-01T02:00:00Z")
        let zw = try a.ok("commissioner", "add", "--name", "张伟")
        let e = try a.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", CreditCode.make(91), "--commissioner", zw)
        let v = try a.ok("visit", "record", "--enterprise", e, "--commissioner", zw, "--date", "2026-05-20", "--satisfaction", "5")
        try a.refused(["visit", "record", "--enterprise", "星河", "--commissioner", "张伟", "--date", "2026-05-20", "--satisfaction", "4"], exit: 65, naming: "--again")
        let again = try a.ok("visit", "record", "--enterprise", e, "--commissioner", zw, "--date", "2026-05-20", "--again")
        #expect(try a.run(["visit", "list", "--json"]).array.count == 2)
        // A correction; and the bad ones, each refused naming the value.
        try a.ok("visit", "update", v, "--satisfaction", "4", "--summary", "补充了研发费用加计扣除的材料")
        let corrected = try a.run(["visit", "list", "--json"]).array.first { $0["id"] as? String == v }
        #expect(corrected?["satisfaction"] as? Int == 4 && (corrected?["summary"] as? String)?.contains("加计扣除") == true, "\(String(describing: corrected))")
        try a.refused(["visit", "update", v, "--satisfaction", "9"], exit: 65, naming: "9")
        try a.refused(["visit", "update", v, "--date", "2026-07-01"], exit: 65, naming: "2026-07-01")
        try a.refused(["visit", "update", v], exit: 65, naming: "--summary")
        try a.refused(["visit", "update", "不存在的走访", "--summary", "无"], exit: 65, naming: "不存在的走访")
        // Moving the first visit onto the day and mode of another is recording it twice.
        let other = try a.ok("visit", "record", "--enterprise", e, "--commissioner", zw, "--date", "2026-05-21", "--mode", "phone")
        try a.refused(["visit", "update", other, "--date", "2026-05-20", "--mode", "on-site"], exit: 65, naming: "--again")
        try a.ok("visit", "delete", other)
        // The second visit deleted: no laptop counts it.
        try a.ok("visit", "delete", again)
        #expect(try a.run(["visit", "list", "--json"]).array.map { $0["id"] as? String } == [v])
        // A project's funds and dates corrected; a span that would leave a milestone out refused.
        let p = try a.ok("project", "add", "--enterprise", e, "--name", "隔膜研发", "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "300")
        _ = try a.ok("project", "milestone", p, "--add", "中试线建成", "--due", "2026-10-10")
        try a.ok("project", "update", p, "--funds", "280.50", "--level", "region")
        let project = try a.run(["project", "list", "--json"]).array.first { $0["id"] as? String == p }
        #expect(project?["funds"] as? String == "280.5" || project?["funds"] as? Double == 280.5, "\(String(describing: project))")
        try a.refused(["project", "update", p, "--end", "2026-09-30"], exit: 65, naming: "中试线建成")
        try a.refused(["project", "update", p, "--start", "2027-01-01"], exit: 65, naming: "2027-01-01")
        try a.refused(["project", "update", p, "--funds=-1"], exit: 65, naming: "-1")
        try a.sync()
        let b = try CLI.laptop("办公室", server: server, token: tb, now: "2026-06-01T02:00:00Z")
        try b.sync()
        #expect(try b.run(["visit", "list", "--json"]).array.map { $0["id"] as? String } == [v], "the deletion reached the office")
        let seen = try b.run(["project", "list", "--json"]).array.first { $0["id"] as? String == p }
        #expect((seen?["level"] as? String) == "region", "\(String(describing: seen))")
    }

    /// Re-importing January's master list in December (issue 25, item 4) changes nothing edited
    /// since: a contact changed in March and an enterprise handed to another commissioner are kept
    /// and listed; a field still as the last import wrote it takes the file's new value; the dry
    /// run lists each change and each kept field; --overwrite replaces.
    @Test func aReimportNeverUndoesWhatChangedSince() throws {
        let cli = try CLI(now: "2026-01-05T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let zw = try cli.ok("commissioner", "add", "--name", "张伟")
        let ln = try cli.ok("commissioner", "add", "--name", "李娜")
        let (c1, c2) = (CreditCode.make(101), CreditCode.make(102))
        func list(_ name: String, address: String) throws -> String {
            let url = cli.dir.appendingPathComponent(name)
            try Data("""
                企业名称,统一社会信用代码,联系人,地址,专员
                星河科技,\(c1),王先生,\(address),张伟
                华芯微电子,\(c2),赵女士,科技南路1号,张伟

                """.utf8).write(to: url)
            return url.path
        }
        let january = try list("january.csv", address: "创业大道8号")
        #expect(try cli.run(["enterprise", "import", january, "--json"]).object["added"] as? Int == 2)
        let ids = Dictionary(uniqueKeysWithValues: try cli.run(["enterprise", "list", "--json"]).array.map { ($0["credit_code"] as? String ?? "", $0["id"] as? String ?? "") })
        let (e1, e2) = (ids[c1] ?? "", ids[c2] ?? "")
        // March: a contact corrected on the laptop; an enterprise handed to 李娜.
        cli.now = "2026-03-10T02:00:00Z"
        try cli.ok("enterprise", "update", e1, "--contact", "李女士")
        try cli.ok("enterprise", "update", e2, "--commissioner", ln, "--date", "2026-03-10")
        // December: January's list again, one address changed in it.
        cli.now = "2026-12-01T02:00:00Z"
        let december = try list("december.csv", address: "创业大道18号")
        let dry = try cli.run(["enterprise", "import", december, "--dry-run", "--json"]).object
        let kept = (dry["kept"] as? [[String: Any]] ?? []).map { "\($0["enterprise"] ?? "")/\($0["field"] ?? ""): \($0["from"] ?? "") ← \($0["to"] ?? "")" }.sorted()
        #expect(kept == ["华芯微电子/commissioner: 李娜 ← 张伟", "星河科技/contact: 李女士 ← 王先生"], "\(kept)")
        let changes = (dry["changes"] as? [[String: Any]] ?? []).map { "\($0["enterprise"] ?? "")/\($0["field"] ?? ""): \($0["from"] ?? "") → \($0["to"] ?? "")" }
        #expect(changes == ["星河科技/address: 创业大道8号 → 创业大道18号"], "\(changes)")
        let table = try cli.run(["enterprise", "import", december, "--dry-run"])
        #expect(table.status == 0 && table.stdout.contains("创业大道18号") && table.stdout.contains("李女士"), "\(table.stdout)")
        let real = try cli.run(["enterprise", "import", december, "--json"]).object
        #expect(real["updated"] as? Int == 1 && real["unchanged"] as? Int == 1, "\(real)")
        func show(_ id: String) throws -> [String: Any] { try cli.run(["enterprise", "show", id, "--json"]).object }
        #expect(try show(e1)["contact"] as? String == "李女士")
        #expect(try show(e1)["address"] as? String == "创业大道18号")
        let second = try show(e2)
        #expect(second["commissioner"] as? String == ln, "\(second)")
        // Asked for, the file wins.
        _ = try cli.run(["enterprise", "import", december, "--overwrite", "--json"])
        #expect(try show(e1)["contact"] as? String == "王先生")
        #expect(try show(e2)["commissioner"] as? String == zw)
    }

    /// `fieldsync agenda` (issue 26, item 9): the commissioner's day from a hand-made fixture —
    /// who is unvisited this round, which needs are past 24 hours or past due, which projects are
    /// red or yellow; another commissioner's work is not on it.
    @Test func theAgendaListsTheCommissionersDay() throws {
        let cli = try CLI(now: "2026-05-01T02:00:00Z")
        try cli.ok("init", "--replica-name", "张伟的笔记本", "--commissioner", "张伟")
        let zw = try cli.ok("commissioner", "add", "--name", "张伟")
        let ln = try cli.ok("commissioner", "add", "--name", "李娜")
        try cli.ok("config", "set", "commissioner", "张伟")
        let e1 = try cli.ok("enterprise", "add", "--name", "星河科技", "--credit-code", CreditCode.make(111), "--pool", "sme", "--commissioner", zw)
        let e2 = try cli.ok("enterprise", "add", "--name", "华芯微电子", "--credit-code", CreditCode.make(112), "--pool", "sme", "--commissioner", zw)
        let e3 = try cli.ok("enterprise", "add", "--name", "绿源新能源", "--credit-code", CreditCode.make(113), "--pool", "sme", "--commissioner", ln)
        let p1 = try cli.ok("project", "add", "--enterprise", e1, "--name", "隔膜研发", "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31")
        _ = try cli.ok("project", "milestone", p1, "--add", "中试线建成", "--due", "2026-05-25")
        let p3 = try cli.ok("project", "add", "--enterprise", e3, "--name", "储能示范", "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31")
        _ = try cli.ok("project", "milestone", p3, "--add", "并网", "--due", "2026-05-20")
        cli.now = "2026-05-20T02:00:00Z"
        try cli.ok("visit", "record", "--enterprise", e1, "--date", "2026-05-20")
        let late = try cli.ok("need", "raise", "--enterprise", e2, "--category", "融资", "--summary", "知识产权质押融资")
        let pastDue = try cli.ok("need", "raise", "--enterprise", e1, "--category", "政策", "--summary", "加计扣除政策", "--due", "2026-05-30")
        try cli.ok("need", "update", pastDue, "--status", "acknowledged")
        _ = try cli.ok("need", "raise", "--enterprise", e3, "--category", "人才", "--summary", "李娜的诉求", "--owner", ln)
        cli.now = "2026-06-01T02:00:00Z"
        let day = try cli.run(["agenda", "--json"]).object
        #expect(day["commissioner"] as? String == zw && day["round"] as? String == "2026-2", "\(day)")
        #expect((day["unvisited"] as? [[String: Any]])?.map { $0["id"] as? String } == [e2], "\(day)")
        let needs = (day["needs_due"] as? [[String: Any]] ?? []).map { "\($0["id"] as? String ?? ""):\($0["why"] as? String ?? "")" }.sorted()
        #expect(needs == ["\(late):unanswered_24h", "\(pastDue):past_due"].sorted(), "\(needs)")
        let projects = (day["projects_at_risk"] as? [[String: Any]] ?? []).map { "\($0["id"] as? String ?? ""):\($0["light"] as? String ?? "")" }
        #expect(projects == ["\(p1):red"], "\(projects)")
        // 李娜's day is hers.
        let hers = try cli.run(["agenda", "--commissioner", "李娜", "--json"]).object
        #expect((hers["projects_at_risk"] as? [[String: Any]])?.map { $0["id"] as? String } == [p3])
        #expect((hers["unvisited"] as? [[String: Any]])?.map { $0["id"] as? String } == [e3])
        // The page in Chinese.
        let page = try cli.run(["--lang", "zh", "agenda"])
        #expect(page.status == 0 && page.stdout.contains("华芯微电子") && page.stdout.contains("今天响应") && page.stdout.contains("隔膜研发"), "\(page.stdout)")
        try cli.refused(["agenda", "--commissioner", "王五"], exit: 65, naming: "王五")
        // The project list filters by commissioner and light, and names enterprise and commissioner.
        let reds = try cli.run(["project", "list", "--light", "红", "--json"]).array.compactMap { $0["id"] as? String }
        #expect(Set(reds) == [p1, p3], "\(reds)")
        #expect(try cli.run(["project", "list", "--commissioner", "李娜", "--json"]).array.compactMap { $0["id"] as? String } == [p3])
        let table = try cli.run(["--lang", "zh", "project", "list"]).stdout
        #expect(table.contains("绿源新能源") && table.contains("李娜"), "\(table)")
        try cli.refused(["project", "list", "--light", "蓝"], exit: 65, naming: "蓝")
    }

    /// Lists filter by the commissioner, the owner and the enterprise (issue 26, item 6).
    @Test func listsFilterByCommissionerOwnerAndEnterprise() throws {
        let cli = try CLI(now: "2026-05-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let zw = try cli.ok("commissioner", "add", "--name", "张伟")
        let ln = try cli.ok("commissioner", "add", "--name", "李娜")
        let e1 = try cli.ok("enterprise", "add", "--name", "星河科技", "--credit-code", CreditCode.make(121), "--pool", "sme", "--commissioner", zw)
        let e2 = try cli.ok("enterprise", "add", "--name", "绿源新能源", "--credit-code", CreditCode.make(122), "--pool", "sme", "--commissioner", ln)
        let v1 = try cli.ok("visit", "record", "--enterprise", e1, "--commissioner", zw, "--date", "2026-05-20")
        _ = try cli.ok("visit", "record", "--enterprise", e2, "--commissioner", ln, "--date", "2026-05-20")
        let n1 = try cli.ok("need", "raise", "--enterprise", e1, "--category", "政策", "--summary", "张伟的诉求", "--owner", zw)
        _ = try cli.ok("need", "raise", "--enterprise", e2, "--category", "人才", "--summary", "李娜的诉求", "--owner", ln)
        func ids(_ args: [String]) throws -> [String] { try cli.run(args + ["--json"]).array.compactMap { $0["id"] as? String } }
        #expect(try ids(["enterprise", "list", "--commissioner", "张伟"]) == [e1])
        #expect(try ids(["enterprise", "list", "--commissioner", "李娜", "--pool", "科小库"]) == [e2])
        #expect(try ids(["visit", "list", "--commissioner", "张伟"]) == [v1])
        #expect(try ids(["need", "list", "--owner", "张伟"]) == [n1])
        #expect(try ids(["need", "list", "--enterprise", "星河"]) == [n1])
        try cli.refused(["enterprise", "list", "--commissioner", "王五"], exit: 65, naming: "王五")
    }
}
