import FieldSyncCore
import Foundation
import Testing

/// What a person sees is what they can type, in their language (issue 26, items 2 and 4): needs by
/// summary and visits by enterprise@date in `history`, `conflicts` and `need raise --visit`;
/// settings by name with their values as people write them; argument-parser errors and help
/// footers in Chinese.
struct ShownNamesTests {
    @Test func recordsAreNamedAsShownAndSettingsAndParserErrorsSpeakChinese() throws {
        let cli = try CLI(now: "2026-06-01T02:00:00Z")
        try cli.ok("init", "--replica-name", "王芳的笔记本", "--commissioner", "王芳")
        try cli.ok("commissioner", "add", "--name", "王芳")
        let e = try cli.ok("enterprise", "add", "--name", "星河科技有限公司", "--credit-code", CreditCode.make(140))
        let v = try cli.ok("visit", "record", "--enterprise", "星河", "--date", "2026-05-12")
        let n = try cli.ok("need", "raise", "--enterprise", e, "--visit", "星河@2026-05-12", "--category", "人才", "--summary", "引进博士后")
        #expect(try cli.run(["need", "show", n, "--json"]).object["visit"] as? String == v)
        let zh = ["LANG": "zh_CN.UTF-8"]
        // By summary (or a unique part), and by enterprise@date.
        let history = try cli.run(["history", "博士后"], env: zh)
        #expect(history.status == 0 && history.stdout.contains("引进博士后"), "\(history.stderr)")
        #expect(try cli.run(["conflicts", "show", "引进博士后"], env: zh).stdout.contains("没有冲突"))
        #expect(try cli.run(["history", "星河@2026-05-12", "--json"]).array.first?["changes"] != nil)
        try cli.refused(["need", "raise", "--enterprise", e, "--visit", "星河@2026-05-13", "--category", "人才", "--summary", "x"], exit: 65, naming: "星河@2026-05-13")
        // A part two needs share is refused, naming both.
        try cli.ok("need", "raise", "--enterprise", e, "--category", "人才", "--summary", "引进博士")
        let both = try cli.run(["history", "引进"])
        #expect(both.status == 65 && both.stderr.contains("引进博士后") && both.stderr.contains("引进博士 ("), "\(both.stderr)")
        #expect(try cli.run(["history", "引进博士", "--json"]).array.contains { ($0["changes"] as? [[String: Any]] ?? []).contains { $0["new"] as? String == "引进博士" } },
                "an exact summary names its need")

        // Settings by name, values as people write them; 0.97 is 97 %.
        let set = try cli.run(["setting", "set", "满意率目标", "0.97"], env: zh)
        #expect(set.status == 0 && set.stdout.contains("满意率目标 (satisfaction.target)") && set.stdout.contains("97 %"), "\(set.stdout)")
        #expect(try cli.run(["setting", "list", "--json"]).object["satisfaction.target"] as? Double == 97)
        let list = try cli.run(["setting", "list"], env: zh).stdout
        #expect(list.contains("预警天数 (light.warning_days)") && list.contains("30 天") && list.contains("未设置"), "\(list)")
        try cli.refused(["setting", "set", "满意率", "90"], exit: 65, naming: "满意率")

        // Lists carry each enterprise's pools and stage, and filter by them.
        let other = try cli.ok("enterprise", "add", "--name", "长江新材料有限公司", "--credit-code", CreditCode.make(141))
        try cli.ok("enterprise", "pool", e, "--join", "high-tech", "--date", "2026-01-05")
        try cli.ok("enterprise", "stage", e, "培育", "--date", "2026-02-01")
        let rows = try cli.run(["enterprise", "list", "--json"]).array
        #expect(rows.first { $0["id"] as? String == e }?["pools"] as? [String] == ["high-tech"])
        #expect(rows.first { $0["id"] as? String == e }?["stage"] as? String == "cultivating")
        #expect(rows.first { $0["id"] as? String == other }?["stage"] is NSNull)
        #expect(try cli.run(["enterprise", "list", "--stage", "培育", "--json"]).array.compactMap { $0["id"] as? String } == [e])
        #expect(try cli.run(["enterprise", "list", "--pool", "high-tech", "--json"]).array.compactMap { $0["id"] as? String } == [e])
        let table = try cli.run(["enterprise", "list"], env: zh).stdout
        #expect(table.contains("所在培育库") && table.contains("培育阶段") && table.contains("高新技术企业培育库"), "\(table)")
        try cli.refused(["enterprise", "list", "--stage", "培育中"], exit: 65, naming: "培育中")

        // The enterprise's page: recent visits, open needs, projects and lights, its ranking.
        let p = try cli.ok("project", "add", "--enterprise", e, "--name", "智能传感", "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "300")
        try cli.ok("indicator", "set", e, "--year", "2026", "--rd-ratio", "0.1")
        let page = try cli.run(["enterprise", "show", e, "--json"]).object
        #expect((page["visits"] as? [[String: Any]])?.first?["id"] as? String == v)
        #expect(Set((page["open_needs"] as? [[String: Any]] ?? []).compactMap { $0["summary"] as? String }) == ["引进博士后", "引进博士"])
        #expect((page["projects"] as? [[String: Any]])?.first?["id"] as? String == p && (page["projects"] as? [[String: Any]])?.first?["light"] as? String == "green")
        #expect((page["ranking"] as? [[String: Any]])?.first?["rank"] as? Int == 1, "\(page["ranking"] ?? "")")
        let pageText = try cli.run(["enterprise", "show", e], env: zh).stdout
        #expect(pageText.contains("最近走访（1）") && pageText.contains("未办结诉求（2）") && pageText.contains("项目与红黄绿灯（1）") && pageText.contains("2026年排名"), "\(pageText)")

        // Every write says what it did, in one line (--quiet to silence).
        let said = try cli.run(["enterprise", "pool", other, "--join", "high-tech", "--date", "2026-03-01"], env: zh)
        #expect(said.stdout == "长江新材料有限公司 于 2026-03-01 入高新技术企业培育库。\n", "\(said.stdout)")
        #expect(try cli.run(["enterprise", "stage", other, "成熟", "--date", "2026-03-02"], env: zh).stdout.contains("长江新材料有限公司 自 2026-03-02 起处于“成熟”阶段"))
        #expect(try cli.run(["round", "set", "2026-3", "--start", "2026-09-01", "--end", "2026-12-31"], env: zh).stdout.contains("第 2026-3 轮：2026-09-01 至 2026-12-31"))
        #expect(try cli.run(["enterprise", "stage", other, "申报", "--date", "2026-03-03", "--quiet"]).stdout.isEmpty)
        let gone = try cli.run(["need", "delete", "引进博士后"], env: zh)
        #expect(gone.stdout.contains("已删除诉求 引进博士后"), "\(gone.stdout)")

        // Parser errors and group footers in the reader's language.
        let missing = try cli.run(["need", "raise"], env: zh)
        #expect(missing.status == 64 && missing.stderr.contains("缺少参数 --enterprise"), "\(missing.stderr)")
        let unknown = try cli.run(["enterprise", "list", "--bogus"], env: zh)
        #expect(unknown.stderr.contains("未知选项 --bogus"), "\(unknown.stderr)")
        let footer = try cli.run(["need", "--help"], env: zh).stdout
        #expect(footer.contains("用 fieldsync help need <子命令> 查看详细帮助") && !footer.contains("for detailed help"), "\(footer)")
        #expect(try cli.run(["need", "--help"]).stdout.contains("See 'fieldsync help need <subcommand>' for detailed help."))
    }

    /// The server's refusals reach a Chinese screen in Chinese: a revoked token by its code, a
    /// rule's refusal by the Chinese sentence the server sends beside the English one.
    @Test func theServersRefusalsSpeakTheReadersLanguage() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let laptop = try CLI.laptop("张伟的笔记本", server: server, token: token)
        // A rule's refusal: a pushed name holding a NUL, in both languages on the wire.
        let me = ReplicaID.random()
        var vv = VersionVector()
        vv[me] = 1
        let bad = WireRecord(table: "enterprise", id: UUIDText.random(), state: RecordState(vv: vv, fields: [
            "name": [FieldEntry(dot: Dot(me, 1), value: .text("A\u{0}B"), hlc: HLC(milliseconds: 1_780_000_000_000))],
        ]))
        let refused = try server.push([bad], as: me, token: try server.token("李娜"))
        #expect(refused.status == 400, "\(refused.text)")
        let body = try JSONDecoder().decode(ErrorBody.self, from: Data(refused.text.utf8))
        #expect(body.error.message.contains("NUL") && (body.error.messageZh ?? "").contains("NUL 字符"), "\(refused.text)")
        // A revoked token, by its code.
        try server.revoke("张伟")
        let zh = try laptop.run(["sync"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 77 && zh.stderr.contains("该令牌不存在或已被撤销") && !zh.stderr.contains("revoked"), "\(zh.stderr)")
        let en = try laptop.run(["sync"])
        #expect(en.stderr.contains("unknown or revoked"), "\(en.stderr)")
    }

    /// The office director runs `fieldsync-server token create/revoke`: its help is in Chinese too.
    @Test func theServersHelpSpeaksChinese() throws {
        var paths: [[String]] = [[]]
        for group in [["token"], ["record"]] { paths.append(group) }
        paths += [["serve"], ["token", "create"], ["token", "revoke"], ["token", "rebind"], ["record", "purge"], ["migrate-store"], ["export"]]
        let strip = try NSRegularExpression(pattern: "--[a-z][a-z0-9-]*|<[^>]*>|`[^`]*`|\\$[A-Z_]+|[a-z]+://\\S*|\\S*/\\S*|\\{[^}]*\\}")
        // (The table names a record is given by are codes the office types; UUID is the id's form.)
        let tables = Set(Domain.all.flatMap { $0.name.split(separator: "_").map(String.init) } + ["UUID"])
        let allowed: Set<String> = tables.union(["fieldsync", "server", "FieldSync", "SIGTERM", "GET", "PostgreSQL", "SQLite", "JSON", "HTTPS", "PEM", "NUL", "MiB",
                                    "admin", "commissioner", "viewer", "default", "serve", "token", "record", "migrate", "store", "export", "create",
                                    "list", "revoke", "rebind", "show", "purge", "health", "metrics", "NAME", "HOST", "PORT", "init", "help",
                                    "trace", "debug", "info", "notice", "warning", "error", "critical"])
        for path in paths {
            let p = Process()
            p.executableURL = ServerProcess.binary
            p.arguments = path + ["--help"]
            var env = ProcessInfo.processInfo.environment
            env["LANG"] = "zh_CN.UTF-8"
            env["LC_ALL"] = nil
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let raw = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0 && raw.contains("用法"), "\(path): \(raw)")
            let text = strip.stringByReplacingMatches(in: raw, range: NSRange(raw.startIndex..., in: raw), withTemplate: " ")
            let words = text.split(whereSeparator: { !$0.isLetter || $0.unicodeScalars.contains { $0.value >= 0x2E80 } }).map(String.init)
                .filter { $0.count >= 3 && !allowed.contains($0) && $0.allSatisfy(\.isASCII) }
            #expect(words.isEmpty, "English in `fieldsync-server \(path.joined(separator: " ")) --help` under zh: \(words)")
        }
    }
}
