import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// The commissioner's day of the README's 使用说明, run line by line as written: Chinese words and
/// names instead of codes and ids, under `LANG=zh_CN.UTF-8` (Chinese out) and under `LANG=C`
/// (English out).
struct CLIDayTests {
    /// The `fieldsync …` lines and `export NAME=value` lines of the 使用说明 section's first block.
    static func readmeDay() throws -> (env: [String: String], commands: [[String]]) {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let section = text.range(of: "## 使用说明"), let open = text.range(of: "```sh\n", range: section.upperBound..<text.endIndex),
              let close = text.range(of: "```", range: open.upperBound..<text.endIndex) else {
            throw CLIError("README.md has no 使用说明 block")
        }
        var env: [String: String] = [:]
        var commands: [[String]] = []
        for raw in text[open.upperBound..<close.lowerBound].split(separator: "\n") {
            let line = raw.components(separatedBy: "  #").first?.trimmingCharacters(in: .whitespaces) ?? ""
            let words = line.split(separator: " ").map(String.init)
            if words.first == "export", words.count == 2, let eq = words[1].firstIndex(of: "=") {
                env[String(words[1][..<eq])] = String(words[1][words[1].index(after: eq)...])
            } else if words.first == "fieldsync" {
                commands.append(Array(words.dropFirst()))
            }
        }
        return (env, commands)
    }

    static func hasCJK(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    /// Runs the day; returns each command's output, keyed by its first two words.
    static func runDay(lang: String) throws -> [String: String] {
        let (env, commands) = try readmeDay()
        #expect(commands.count >= 20, "the README's day has \(commands.count) commands")
        // Nothing in the day is an id or an English code: names and Chinese words only.
        for c in commands {
            #expect(!c.contains { UUIDText.isValid($0) || $0.hasPrefix("$") }, "\(c)")
        }
        let cli = try CLI(now: env["FIELDSYNC_NOW"])
        var outputs: [String: String] = [:]
        for c in commands {
            let r = try cli.run(c, env: ["LANG": lang])
            #expect(r.status == 0, "fieldsync \(c.joined(separator: " ")) under LANG=\(lang): \(r.stderr)")
            outputs[c.prefix(2).joined(separator: " "), default: ""] += r.stdout
        }
        // The same bad word is refused in the reader's language, listing the accepted words.
        let bad = try cli.run(["visit", "record", "--enterprise", "星河科技", "--commissioner", "张伟", "--date", "2026-05-12", "--mode", "飞鸽"], env: ["LANG": lang])
        #expect(bad.status == 65)
        outputs["refused"] = bad.stderr
        return outputs
    }

    @Test func theREADMEsDayRunsInChineseUnderAChineseLocale() throws {
        let out = try Self.runDay(lang: "zh_CN.UTF-8")
        #expect(out["status"]?.contains("待同步修改") == true && out["status"]?.contains("张伟的笔记本（张伟）") == true, "\(out["status"] ?? "")")
        #expect(out["need show"]?.contains("已响应") == true && out["need show"]?.contains("状态") == true)
        #expect(out["need show"]?.contains("+08:00") == true, "instants in local time with the offset")
        #expect(out["project light"]?.contains("黄灯") == true)
        #expect(out["round coverage"]?.contains("已走访") == true)
        #expect(out["enterprise show"]?.contains("统一社会信用代码") == true && out["enterprise show"]?.contains("科技型中小企业") == true)
        #expect(out["report commissioners"]?.contains("满意率") == true && out["report commissioners"]?.contains("total") == false)
        #expect(out["history 星河科技"]?.contains("本机写入") == true)
        #expect(out["refused"]?.contains("上门、电话、视频") == true, "\(out["refused"] ?? "")")
        // No English label leaks into the Chinese screens.
        for (command, text) in out where command != "refused" {
            for word in ["pending", "status ", "visited", "conflict", "written here", "never"] {
                #expect(!text.contains(word), "\(command) shows \"\(word)\" in Chinese:\n\(text)")
            }
        }
    }

    /// Every screen of the day scanned (issue 26, item 2): under a Chinese locale no English word
    /// and no raw code outside the few every reader knows (CSV, UTC, …); under the C locale no
    /// catalogue word in Chinese (the data itself is Chinese).
    @Test func noScreenOfTheDayMixesLanguages() throws {
        let allowed: Set<String> = ["fieldsync", "CSV", "JSON", "HTML", "UTF", "GBK", "BOM", "URL", "HTTP", "HTTPS", "TLS", "UTC", "Excel", "WPS", "PDF"]
        let zh = try Self.runDay(lang: "zh_CN.UTF-8")
        let word = try NSRegularExpression(pattern: "[A-Za-z][A-Za-z_-]{2,}")
        var english: [String: Set<String>] = [:]
        // Ids (hex) and a setting's code in parentheses, there for scripts, are not words.
        let ids = try NSRegularExpression(pattern: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\b[0-9a-f]{6,12}\\b|\\([a-z_.]+\\)")
        for (command, raw) in zh {
            let text = ids.stringByReplacingMatches(in: raw, range: NSRange(raw.startIndex..., in: raw), withTemplate: " ")
            for m in word.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let r = Range(m.range, in: text) else { continue }
                let w = String(text[r])
                if !allowed.contains(w) { english[command, default: []].insert(w) }
            }
        }
        #expect(english.isEmpty, "English on Chinese screens: \(english)")
        // Under C: no fragment of a catalogue sentence in Chinese (four characters or more).
        let c = try Self.runDay(lang: "C")
        let keys = MessageKey.coreCatalogue + MessageKey.replicaCatalogue + MessageKey.programmeCatalogue + MessageKey.clientCatalogue
            + MessageKey.serverCatalogue + MessageKey.cliCatalogue + MessageKey.reportsCatalogue
        var fragments = Set<String>()
        for k in keys {
            for part in k.zh.components(separatedBy: CharacterSet(charactersIn: "{}0123456789，。：；、（）()“”\"' ").union(.whitespaces))
            where part.count >= 4 && part.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
                fragments.insert(part)
            }
        }
        var chinese: [String: Set<String>] = [:]
        for (command, text) in c {
            for f in fragments where text.contains(f) { chinese[command, default: []].insert(f) }
        }
        #expect(chinese.isEmpty, "Chinese labels on English screens: \(chinese)")
    }

    @Test func theSameDayRunsInEnglishUnderTheCLocale() throws {
        let out = try Self.runDay(lang: "C")
        #expect(out["status"]?.contains("pending changes") == true, "\(out["status"] ?? "")")
        #expect(out["need show"]?.contains("acknowledged") == true)
        #expect(out["project light"]?.contains("yellow") == true)
        #expect(out["round coverage"]?.contains("visited") == true)
        #expect(out["refused"]?.contains("on-site, phone, video") == true, "\(out["refused"] ?? "")")
        for label in ["待同步修改", "已走访", "统一社会信用代码", "满意率", "本机写入", "黄灯"] {
            #expect(!out.values.contains { $0.contains(label) }, "\"\(label)\" in English output")
        }
    }

    @Test func namesThatFitSeveralRecordsAreRefusedListingTheCandidates() throws {
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "测试笔记本")
        let first = try cli.ok("commissioner", "add", "--name", "张伟")
        let second = try cli.ok("commissioner", "add", "--name", "张伟")
        try cli.ok("enterprise", "add", "--name", "星河科技有限公司", "--credit-code", CreditCode.make(1))
        let r = try cli.run(["visit", "record", "--enterprise", "星河科技", "--commissioner", "张伟", "--date", "2026-05-12"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(r.status == 65)
        #expect(r.stderr.contains(String(first.prefix(8))) && r.stderr.contains(String(second.prefix(8))), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(try cli.run(["visit", "list", "--json"]).array.isEmpty, "nothing written")
        // The id settles it.
        try cli.ok("visit", "record", "--enterprise", "星河科技", "--commissioner", first, "--date", "2026-05-12")
        // A control character is refused at input, the refusal showing it escaped, nothing written.
        let esc = try cli.run(["commissioner", "add", "--name", "王\u{1B}]0;标题\u{07}芳"])
        #expect(esc.status == 65 && !esc.stderr.contains("\u{1B}") && esc.stderr.contains("\\u{1B}"), "\(esc.stderr)")
        #expect(try cli.run(["commissioner", "list", "--json"]).array.count == 2)
    }

    @Test func tablesShowTheShortestUniqueIdPrefix() throws {
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "测试笔记本")
        for i in 0..<30 { try cli.ok("commissioner", "add", "--name", "专员\(i)") }
        let ids = try cli.run(["commissioner", "list", "--json"]).array.compactMap { $0["id"] as? String }
        let table = try cli.ok("commissioner", "list")
        for id in ids {
            // The shown prefix names exactly one commissioner, and is at least six characters.
            guard let shown = table.split(separator: "\n").first(where: { $0.contains(String(id.prefix(6))) })?.split(separator: " ").first.map(String.init) else {
                Issue.record("\(id) not shown")
                continue
            }
            #expect(shown.count >= 6 && id.hasPrefix(shown) && ids.filter { $0.hasPrefix(shown) }.count == 1)
        }
    }

    /// Terminal columns: CJK and emoji take two.
    static func columns(_ s: Substring) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            let v = u.value
            return w + ((0x4E00...0x9FFF).contains(v) || (0x3000...0x303F).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v) ? 2 : 1)
        }
    }

    @Test func tableColumnsStayAlignedWithCJKAndEmoji() throws {
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "测试笔记本")
        let codes = [CreditCode.make(1), CreditCode.make(2), CreditCode.make(3)]
        try cli.ok("enterprise", "add", "--name", "星河🚀科技有限公司", "--credit-code", codes[0])
        try cli.ok("enterprise", "add", "--name", "ABC Ltd", "--credit-code", codes[1])
        try cli.ok("enterprise", "add", "--name", "克拉玛依市绿源新能源科技股份有限公司", "--credit-code", codes[2])
        let table = try cli.ok("enterprise", "list")
        let starts = table.split(separator: "\n").compactMap { line -> Int? in
            guard let code = codes.first(where: { line.contains($0) }), let r = line.range(of: code) else { return nil }
            return Self.columns(line[..<r.lowerBound])
        }
        #expect(starts.count == 3 && Set(starts).count == 1, "credit codes start at columns \(starts):\n\(table)")
    }

    @Test func theLanguageIsChosenByFlagThenConfigThenEnvironment() throws {
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "测试笔记本")
        func status(_ args: [String], _ env: [String: String]) throws -> String { try cli.run(["status"] + args, env: env).stdout }
        #expect(try status([], ["LANG": "zh_CN.UTF-8"]).contains("待同步修改"))
        #expect(try status([], ["LANG": "C"]).contains("pending changes"))
        #expect(try status([], ["LANG": "C", "FIELDSYNC_LANG": "zh"]).contains("待同步修改"))
        try cli.ok("config", "set", "lang", "中文")
        #expect(try status([], ["LANG": "C", "FIELDSYNC_LANG": "en"]).contains("待同步修改"), "the config beats the environment")
        #expect(try status(["--lang", "en"], ["LANG": "zh_CN.UTF-8"]).contains("pending changes"), "--lang beats the config")
        #expect(try status(["--lang=en"], [:]).contains("pending changes"))
        #expect(try cli.run(["config", "get", "lang"]).line == "zh")
        // Help and refusals follow the stored setting too.
        #expect(try cli.run(["status", "--help"], env: ["LANG": "C"]).stdout.contains("用法"))
        #expect(try cli.run(["enterprise", "show", "没有这家"], env: ["LANG": "C"]).stderr.contains("没有名称或编号"))
        try cli.refused(["config", "set", "lang", "klingon"], exit: 64, naming: "klingon")
        // JSON stays English whatever the language.
        let json = try cli.run(["status", "--json"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(json.object["pending_changes"] != nil && !Self.hasCJK(json.object.keys.joined()))
    }

    @Test func bothBinariesPrintTheirVersion() throws {
        let cli = try CLI()
        let v = try cli.run(["--version"])
        #expect(v.status == 0 && v.stdout.contains("fieldsync") && v.stdout.contains("protocol \(SyncProtocol.schemaVersion)"))
        let server = Process()
        server.executableURL = ServerProcess.binary
        server.arguments = ["--version"]
        let pipe = Pipe()
        server.standardOutput = pipe
        try server.run()
        server.waitUntilExit()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(server.terminationStatus == 0 && text.contains(FieldSyncVersion.number))
        let bad = try cli.run(["--lang", "fr", "status"])
        #expect(bad.status == 64 && bad.stderr.contains("fr"))
    }
}
