import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// Each test drives the real `fieldsync` binary with Chinese data and checks stdout, stderr and exit codes.
struct CLITests {
    static let code1 = "91350100M000100Y43"
    static let code2 = CreditCode.make(20_260_001)
    static let code3 = CreditCode.make(20_260_002)

    /// A store with one commissioner and one enterprise in the high-tech pool.
    func setUp() throws -> (cli: CLI, commissioner: String, enterprise: String) {
        let cli = try CLI()
        let id = try cli.ok("init", "--replica-name", "张伟的笔记本", "--zone", "高新区")
        #expect(UUIDText.isValid(id))
        let c = try cli.ok("commissioner", "add", "--name", "张伟", "--phone", "13800000001")
        let e = try cli.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", Self.code1, "--industry", "新材料",
                           "--address", "高新区科技南路18号", "--contact", "王芳 13700000003", "--pool", "high-tech", "--commissioner", String(c.prefix(8)))
        return (cli, c, e)
    }

    @Test func initPrintsTheReplicaIdAndStatusReportsIt() throws {
        let (cli, _, _) = try setUp()
        let status = try cli.run(["status", "--json"])
        #expect(status.status == 0)
        #expect(UUIDText.isValid(status.object["replica_id"] as? String ?? ""))
        #expect(status.object["pending_changes"] as? Int == 5)  // the laptop's name, commissioner, enterprise, its assignment, its pool
        #expect(status.object["conflicts"] as? Int == 0)
        #expect(status.object.keys.contains("last_sync"))
        try cli.refused(["init", "--replica-name", "again"], exit: 65, naming: "already initialised")
    }

    @Test func enterprisesAreAddedShownListedUpdatedAndDeleted() throws {
        let (cli, c, e) = try setUp()
        let show = try cli.run(["enterprise", "show", Self.code1, "--json"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("{\n  \"id\""))
        #expect(show.object["id"] as? String == e)
        #expect(show.object["name"] as? String == "深圳市星河科技有限公司")
        #expect(show.object["credit_code"] as? String == Self.code1)
        #expect(show.object["commissioner"] as? String == c)
        #expect((show.object["pools"] as? [[String: Any]])?.first?["pool"] as? String == "high-tech")
        try cli.ok("enterprise", "update", String(e.prefix(6)), "--address", "软件园二期3栋", "--industry", "新一代信息技术")
        let after = try cli.run(["enterprise", "show", e, "--json"])
        #expect(after.object["address"] as? String == "软件园二期3栋")
        let list = try cli.run(["enterprise", "list", "--pool", "high-tech", "--json"])
        #expect(list.array.count == 1)
        let table = try cli.run(["enterprise", "list"])
        // CJK characters count two columns: the header's second column starts after the id column.
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[2].contains("深圳市星河科技有限公司  \(Self.code1)"))
        try cli.ok("enterprise", "delete", e)
        #expect(try cli.run(["enterprise", "list", "--json"]).array.isEmpty)
        try cli.refused(["enterprise", "show", e], exit: 65, naming: e)
    }

    @Test func poolsAreJoinedAndLeftWithDates() throws {
        let (cli, _, e) = try setUp()
        try cli.ok("enterprise", "pool", e, "--join", "sme", "--date", "2026-03-01")
        try cli.ok("enterprise", "pool", e, "--leave", "high-tech", "--date", "2026-05-30")
        try cli.refused(["enterprise", "pool", e, "--leave", "sme", "--date", "2026-02-01"], exit: 65, naming: "2026-02-01")
        // Still in the high-tech pool until 30 May; out of it from then on.
        #expect(try cli.run(["enterprise", "list", "--pool", "高新技术企业培育库", "--json"]).array.count == 1)
        cli.now = "2026-06-01T00:00:00Z"
        #expect(try cli.run(["enterprise", "list", "--pool", "high-tech", "--json"]).array.isEmpty)
        #expect(try cli.run(["enterprise", "list", "--pool", "sme", "--json"]).array.count == 1)
        try cli.refused(["enterprise", "pool", e, "--leave", "high-tech"], exit: 65, naming: "not in the high-tech pool")
        try cli.refused(["enterprise", "pool", e, "--join", "孵化器"], exit: 65, naming: "孵化器")
        try cli.refused(["enterprise", "pool", e, "--join", "sme", "--leave", "sme"], exit: 64, naming: "exactly one")
    }

    @Test func refusalsNameTheBadValueAndChangeNothing() throws {
        let (cli, c, e) = try setUp()
        try cli.refused(["enterprise", "add", "--name", "坏代码公司", "--credit-code", "91350100M000100Y44"], exit: 65, naming: "91350100M000100Y44")
        try cli.refused(["enterprise", "add", "--name", "重复公司", "--credit-code", Self.code1], exit: 65, naming: Self.code1)
        try cli.refused(["enterprise", "show", "ffffff99"], exit: 65, naming: "ffffff99")
        try cli.refused(["enterprise", "show", "abc"], exit: 65, naming: "abc")
        try cli.refused(["visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-02-30"], exit: 65, naming: "2026-02-30")
        try cli.refused(["visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026/05/01"], exit: 65, naming: "2026/05/01")
        try cli.refused(["visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-05-10", "--round", "2026-4"], exit: 65, naming: "2026-4")
        try cli.refused(["visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-05-10", "--round", "2026-1"], exit: 65, naming: "2026-1")
        try cli.refused(["visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-05-10", "--satisfaction", "7"], exit: 65, naming: "7")
        try cli.refused(["visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-05-10", "--mode", "邮件"], exit: 65, naming: "邮件")
        try cli.refused(["need", "raise", "--enterprise", e, "--category", "资金", "--summary", "融资"], exit: 65, naming: "资金")
        try cli.refused(["project", "add", "--enterprise", e, "--name", "项目", "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "三百万"], exit: 65, naming: "三百万")
        try cli.refused(["config", "set", "server", "not a url"], exit: 65, naming: "not a url")
        try cli.refused(["commissioner", "add"], exit: 64, naming: "--name")
    }

    @Test func anAmbiguousPrefixIsRefusedNamingThePrefix() throws {
        let (cli, _, _) = try setUp()
        let store = try cli.store
        try store.transaction { tx in
            try tx.write(Domain.enterprise, id: "abcdef01-0000-4000-8000-000000000001", ["name": .text("甲公司"), "credit_code": .text(Self.code2)])
            try tx.write(Domain.enterprise, id: "abcdef02-0000-4000-8000-000000000002", ["name": .text("乙公司"), "credit_code": .text(Self.code3)])
        }
        try cli.refused(["enterprise", "show", "abcdef"], exit: 65, naming: "abcdef")
        #expect(try cli.run(["enterprise", "show", "abcdef01", "--json"]).object["name"] as? String == "甲公司")
    }

    @Test func visitsInferTheirRoundFromTheDateAndRoundWindowsCanChange() throws {
        let (cli, c, e) = try setUp()
        let v = try cli.ok("visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-05-10",
                           "--mode", "on-site", "--topics", "政策宣讲,资源对接", "--summary", "了解研发项目进展", "--satisfaction", "5")
        let visits = try cli.run(["visit", "list", "--round", "2026-2", "--json"]).array
        #expect(visits.map { $0["id"] as? String } == [v])
        #expect(visits.first?["round"] as? String == "2026-2")
        #expect(visits.first?["topics"] as? [String] == ["政策宣讲", "资源对接"])
        try cli.ok("round", "set", "2026-2", "--start", "2026-05-15", "--end", "2026-08-31")
        try cli.refused(["visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-05-12"], exit: 65, naming: "2026-05-12")
        try cli.refused(["round", "set", "2026-3", "--start", "2026-08-01", "--end", "2026-12-31"], exit: 65, naming: "overlap")
        try cli.refused(["round", "coverage", "2026-7"], exit: 65, naming: "2026-7")
    }

    @Test func needsFollowTheWorkflowKeepEveryNoteAndShowWhenOverdue() throws {
        let (cli, _, e) = try setUp()
        let n = try cli.ok("need", "raise", "--enterprise", e, "--category", "financing", "--summary", "知识产权质押贷款咨询", "--due", "2026-06-30")
        // 25 hours later, still open: overdue by the 24-hour rule.
        cli.now = "2026-05-13T02:00:01Z"
        #expect(try cli.run(["need", "list", "--overdue", "--json"]).array.map { $0["id"] as? String } == [n])
        try cli.refused(["need", "update", n, "--status", "closed"], exit: 65, naming: "acknowledged, in-progress, resolved, rejected")
        try cli.ok("need", "update", n, "--status", "acknowledged", "--note", "已电话联系企业财务")
        #expect(try cli.run(["need", "list", "--overdue", "--json"]).array.isEmpty)
        try cli.ok("need", "update", n, "--status", "resolved", "--note", "已对接合作银行")
        try cli.ok("need", "update", n, "--status", "open", "--note", "企业反馈额度不足，重新打开")
        let show = try cli.run(["need", "show", n, "--json"])
        #expect(show.object["status"] as? String == "open")
        #expect(show.object["resolved_at"] is NSNull)
        #expect(show.object["acknowledged_at"] as? String == "2026-05-13T02:00:01Z")
        let notes = show.object["notes"] as? [[String: Any]] ?? []
        #expect(notes.compactMap { $0["text"] as? String } == ["已电话联系企业财务", "已对接合作银行", "企业反馈额度不足，重新打开"])
        #expect(notes.compactMap { $0["status_change"] as? String } == ["open → acknowledged", "acknowledged → resolved", "resolved → open"])
        // Past its due date and not resolved: overdue again.
        cli.now = "2026-07-01T02:00:00Z"
        #expect(try cli.run(["need", "list", "--overdue", "--json"]).array.count == 1)
        try cli.refused(["need", "update", n, "--status", "finished"], exit: 65, naming: "finished")
    }

    @Test func projectLightsFollowTheRuleArePeopleRaisedNeverLoweredAndReplansAreKept() throws {
        let (cli, _, e) = try setUp()
        cli.now = "2026-05-12T02:00:00Z"
        let p = try cli.ok("project", "add", "--enterprise", e, "--name", "高性能锂电池隔膜研发", "--level", "自治区级",
                           "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "350.50")
        let m1 = try cli.ok("project", "milestone", p, "--add", "中试线建成", "--due", "2026-05-01")
        _ = try cli.ok("project", "milestone", p, "--add", "样品送检", "--due", "2026-09-01")
        var light = try cli.run(["project", "light", p, "--json"]).object
        #expect(light["light"] as? String == "red")
        try cli.refused(["project", "light", p, "--set", "green", "--reason", "专家评审认为进度可控"], exit: 65, naming: "re-plan")
        try cli.refused(["project", "milestone", p, "--done", "中试线建成", "--date", "2026-05-13"], exit: 65, naming: "2026-05-13")
        try cli.refused(["project", "milestone", p, "--add", "验收", "--due", "2027-03-01"], exit: 65, naming: "2027-03-01")
        try cli.ok("project", "milestone", p, "--replan", "中试线建成", "--due", "2026-07-31", "--reason", "设备到货延迟")
        light = try cli.run(["project", "light", p, "--json"]).object
        #expect(light["light"] as? String == "green")
        #expect((light["replans"] as? [[String: Any]])?.first?["reason"] as? String == "设备到货延迟")
        try cli.ok("project", "light", p, "--set", "黄", "--reason", "核心人员离职", "--until", "2026-06-30")
        light = try cli.run(["project", "light", p, "--json"]).object
        #expect(light["light"] as? String == "yellow" && light["computed"] as? String == "green")
        let history = try cli.run(["history", m1, "--json"]).array
        #expect(history.contains { ($0["changes"] as? [[String: Any]] ?? []).contains { $0["new"] as? String == "2026-07-31" } })
        try cli.refused(["project", "light", p, "--set", "red"], exit: 65, naming: "reason")
        try cli.refused(["project", "light", p, "--set", "blue", "--reason", "x"], exit: 65, naming: "blue")
    }

    @Test func importReadsGBKWithChineseHeadersUpdatesKnownCodesAndReportsBadLines() throws {
        let (cli, _, _) = try setUp()
        let csv = """
            企业名称,统一社会信用代码,所属行业,注册地址,入库类型
            深圳市星河科技有限公司,\(Self.code1),新材料,高新区新址1号,高企库
            华芯微电子,\(Self.code2),"集成电路,芯片",软件园二期,sme

            """
        let gbk = URL(fileURLWithPath: try cli.gbkFile("enterprises", csv))
        let dry = try cli.run(["enterprise", "import", gbk.path, "--encoding", "gbk", "--dry-run", "--json"])
        #expect(dry.status == 0)
        // The known code's address was typed on the laptop, not imported: kept and listed
        // (issue 25, item 4); the rest of its row matches.
        #expect(dry.object["added"] as? Int == 1 && dry.object["unchanged"] as? Int == 1, "\(dry.stdout)")
        #expect((dry.object["kept"] as? [[String: Any]])?.map { $0["field"] as? String } == ["address"], "\(dry.stdout)")
        #expect(try cli.run(["enterprise", "list", "--json"]).array.count == 1)
        let real = try cli.run(["enterprise", "import", gbk.path, "--encoding", "gbk", "--json"])
        #expect(real.object["written"] as? Bool == true)
        var all = try cli.run(["enterprise", "list", "--json"]).array
        #expect(all.count == 2)
        #expect(all.contains { $0["industry"] as? String == "集成电路,芯片" })
        #expect(all.contains { $0["address"] as? String == "高新区科技南路18号" })
        // Asked for, the file's address replaces the typed one.
        _ = try cli.run(["enterprise", "import", gbk.path, "--encoding", "gbk", "--overwrite", "--json"])
        all = try cli.run(["enterprise", "list", "--json"]).array
        #expect(all.contains { $0["address"] as? String == "高新区新址1号" })
        // A malformed row: nothing is imported, the line is named.
        let bad = cli.dir.appendingPathComponent("bad.csv")
        try Data("name,credit_code\n新公司,\(CreditCode.make(777))\n坏公司,91350100M000100Y4X\n".utf8).write(to: bad)
        try cli.refused(["enterprise", "import", bad.path], exit: 65, naming: "line 3")
        // Reading GBK as UTF-8 fails clearly.
        try cli.refused(["enterprise", "import", gbk.path], exit: 65, naming: "--encoding gbk")
    }

    /// What the screens show is what the commands take (issue 26, items 3–5): every word the
    /// help offers for a need's category is accepted; a conflicted field is named as `conflicts
    /// show` prints it (联系人); a report by its Chinese name; the laptop's commissioner records a
    /// visit without --commissioner.
    @Test func theWordsShownAreTheWordsAccepted() throws {
        let (cli, c, e) = try setUp()
        let help = try cli.run(["--lang", "zh", "need", "raise", "--help"]).stdout
        // The option's help, joined across the lines it wraps onto, up to the code list in parentheses.
        let lines = help.split(separator: "\n").map(String.init)
        let start = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--category") } ?? 0
        var text = lines[start].components(separatedBy: "<category>").last ?? ""
        for more in lines.dropFirst(start + 1) {
            if text.contains("（") || more.trimmingCharacters(in: .whitespaces).hasPrefix("--") { break }
            text += " " + more
        }
        let line = text
        let offered = (text.components(separatedBy: "（").first ?? "").split(separator: "|")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(offered.count == 8, "\(line)")
        for word in offered {
            let r = try cli.run(["need", "raise", "--enterprise", e, "--category", word, "--summary", "帮助中列出的\(word)"])
            #expect(r.status == 0, "\(word): \(r.stderr)")
        }
        // The laptop's commissioner by default; none set, the sentence says how to set one.
        let unset = try cli.run(["visit", "record", "--enterprise", e, "--date", "2026-01-02"])
        #expect(unset.status == 64 && unset.stderr.contains("config set commissioner"), "\(unset.stderr)")
        try cli.ok("config", "set", "commissioner", "张伟")
        let v = try cli.ok("visit", "record", "--enterprise", e, "--date", "2026-01-02")
        #expect(try cli.run(["visit", "list", "--json"]).array.first { $0["id"] as? String == v }?["commissioner"] as? String == c)
        // A report by its Chinese name is the same report.
        #expect(try cli.run(["report", "诉求", "--year", "2026", "--format", "json"]).stdout
                == cli.run(["report", "needs", "--year", "2026", "--format", "json"]).stdout)
        // A conflicted field by the label people read.
        let other = try CLI()
        try other.ok("init", "--replica-name", "李娜的笔记本")
        try other.store.apply(try cli.store.changes(after: 0, limit: 100).map(\.record))
        try cli.ok("enterprise", "update", e, "--contact", "刘洋 13600000004")
        try other.ok("enterprise", "update", e, "--contact", "赵强 13900000002")
        try cli.store.apply(try other.store.changes(after: 0, limit: 100).map(\.record))
        try cli.ok("conflicts", "resolve", e, "--field", "联系人", "--value", "刘洋 13600000004")
        #expect(try cli.run(["conflicts", "list", "--json"]).array.isEmpty)
    }

    /// A write says what it did, in one line (issue 26, item 7); --quiet says nothing.
    @Test func writesSayWhatTheyDid() throws {
        let (cli, _, e) = try setUp()
        let said = try cli.run(["--lang", "zh", "enterprise", "update", e, "--contact", "王经理 13900000009", "--address", "科技南路20号"])
        #expect(said.status == 0 && said.stdout.split(separator: "\n").count == 1, "\(said.stdout)")
        #expect(said.stdout.contains("深圳市星河科技有限公司") && said.stdout.contains("联系人 → 王经理 13900000009") && said.stdout.contains("科技南路20号"), "\(said.stdout)")
        let quiet = try cli.run(["enterprise", "update", e, "--contact", "王经理", "--quiet"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty, "\(quiet.stdout)")
        let need = try cli.ok("need", "raise", "--enterprise", e, "--category", "政策", "--summary", "研发费用加计扣除")
        let updated = try cli.run(["--lang", "zh", "need", "update", need, "--status", "acknowledged"])
        #expect(updated.status == 0 && updated.stdout.contains("研发费用加计扣除") && updated.stdout.contains("状态 → 已响应"), "\(updated.stdout)")
        #expect(try cli.run(["need", "update", need, "--note", "已电话联系", "--quiet"]).stdout.isEmpty)
        let setting = try cli.run(["--lang", "en", "setting", "set", "light.warning_days", "21"])
        #expect(setting.status == 0 && setting.stdout.contains("light.warning_days") && setting.stdout.contains("21"), "\(setting.stdout)")
    }

    @Test func conflictsReachTheCLIAndAResolutionClearsThem() throws {
        let (cli, _, e) = try setUp()
        // A second laptop that has the enterprise edits the contact concurrently.
        let other = try CLI()
        try other.ok("init", "--replica-name", "李娜的笔记本")
        try other.store.apply(try cli.store.changes(after: 0, limit: 100).map(\.record))
        try cli.ok("enterprise", "update", e, "--contact", "刘洋 13600000004")
        try other.ok("enterprise", "update", e, "--contact", "赵强 13900000002")
        try cli.store.apply(try other.store.changes(after: 0, limit: 100).map(\.record))
        let list = try cli.run(["conflicts", "list", "--json"]).array
        #expect(list.count == 1)
        #expect(list.first?["table"] as? String == "enterprise")
        let fields = list.first?["fields"] as? [[String: Any]] ?? []
        #expect(fields.first?["field"] as? String == "contact")
        #expect(Set(fields.first?["values"] as? [String] ?? []) == ["刘洋 13600000004", "赵强 13900000002"])
        let show = try cli.run(["enterprise", "show", e, "--json"]).object
        #expect(show["conflicts"] as? [String] == ["contact"])
        #expect(try cli.run(["status", "--json"]).object["conflicts"] as? Int == 1)
        try cli.refused(["conflicts", "resolve", e, "--field", "contact", "--pick", "3"], exit: 65, naming: "3")
        try cli.ok("conflicts", "resolve", e, "--field", "contact", "--pick", "2")
        #expect(try cli.run(["conflicts", "list", "--json"]).array.isEmpty)
        #expect(try cli.run(["enterprise", "show", e, "--json"]).object["conflicts"] == nil)
    }

    @Test func aWholeRoundEndToEnd() throws {
        let cli = try CLI(now: "2026-09-01T01:00:00Z")
        try cli.ok("init", "--replica-name", "专员团队")
        let a = try cli.ok("commissioner", "add", "--name", "张伟")
        let b = try cli.ok("commissioner", "add", "--name", "李娜")
        var enterprises: [String] = []
        for i in 0..<6 {
            let e = try cli.ok("enterprise", "add", "--name", "高新区企业\(i)号", "--credit-code", CreditCode.make(900 + i),
                               "--pool", i % 2 == 0 ? "high-tech" : "sme", "--commissioner", i < 3 ? a : b)
            enterprises.append(e)
        }
        // Not in any pool: not due.
        try cli.ok("enterprise", "add", "--name", "库外企业", "--credit-code", CreditCode.make(999))
        cli.now = "2026-09-20T01:00:00Z"
        for (i, e) in enterprises.enumerated() where i != 2 && i != 5 && i != 4 {
            try cli.ok("visit", "record", "--enterprise", e, "--commissioner", i < 3 ? a : b, "--date", "2026-09-1\(i)", "--satisfaction", "5")
        }
        let cov = try cli.run(["round", "coverage", "2026-3", "--json"]).object
        #expect(cov["due"] as? Int == 6)
        #expect(cov["visited"] as? Int == 3)
        let groups = cov["commissioners"] as? [[String: Any]] ?? []
        let zhang = groups.first { $0["name"] as? String == "张伟" }
        #expect(zhang?["visited_count"] as? Int == 2)
        #expect((zhang?["not_visited"] as? [[String: Any]])?.first?["name"] as? String == "高新区企业2号")
        let li = groups.first { $0["name"] as? String == "李娜" }
        #expect(li?["visited_count"] as? Int == 1)
        let text = try cli.run(["round", "coverage", "2026-3"])
        #expect(text.stdout.contains("3/6 visited, 50.0%"))
    }
}
