import FieldProgramme
import FieldSyncCore
import Foundation
import Testing

/// `docs/cli.md` is every command's help, in Chinese and English, as the built binary prints it
/// from the catalogue. The test fails when the file is stale; regenerate it with
/// `FIELDSYNC_WRITE_DOCS=1 swift test --filter CLIReferenceTests`.
struct CLIReferenceTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/cli.md")

    static func help(_ path: [String], lang: String) throws -> String {
        let cli = try CLI()
        let r = try cli.run(path + ["--help"], env: ["LANG": lang, "COLUMNS": "100"])
        guard r.status == 0 else { throw CLIError("fieldsync \(path.joined(separator: " ")) --help failed: \(r.stderr)") }
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The subcommands a help text lists (under SUBCOMMANDS:), in order.
    static func subcommands(_ help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        var names: [String] = []
        for line in help[start.upperBound...].split(separator: "\n") {
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { if !names.isEmpty && !line.hasPrefix(" ") { break }; continue }
            if let name = line.split(separator: " ").first, name != "help", !name.hasPrefix("See") { names.append(String(name)) }
        }
        return names
    }

    /// Every command path, depth first.
    static func commands(_ path: [String] = []) throws -> [[String]] {
        let text = try help(path, lang: "C")
        var out = [path]
        for sub in subcommands(text) { out += try commands(path + [sub]) }
        return out
    }

    static func render() throws -> String {
        var md = """
            # fieldsync 命令参考 · command reference

            Generated from the built binary's help (`fieldsync … --help` under `LANG=zh_CN.UTF-8` and `LANG=C`),
            which comes from the message catalogue (`Sources/FieldSyncCore/Text/Catalogue.swift`). A test
            (`CLIReferenceTests`) fails when this file is stale.

            """
        for path in try commands() {
            let title = (["fieldsync"] + path).joined(separator: " ")
            md += "\n## `\(title)`\n\n"
            md += "```text\n" + (try help(path, lang: "zh_CN.UTF-8")) + "\n```\n\n"
            md += "```text\n" + (try help(path, lang: "C")) + "\n```\n"
        }
        return md
    }

    /// Every command's help under a Chinese locale has no English word but the command names,
    /// options and placeholders, and the codes a script uses, each shown beside its Chinese word
    /// (issue 26, item 2); under the C locale no Chinese at all.
    @Test func everyHelpSpeaksOneLanguage() throws {
        let paths = try Self.commands()
        var allowed = Set(paths.flatMap { $0 })
        allowed.formUnion(["fieldsync", "CSV", "JSON", "HTML", "SVG", "UTF", "GBK", "BOM", "URL", "HTTP", "HTTPS", "TLS", "PEM", "SQLite",
                           "RFC", "UTC", "Excel", "WPS", "YYYY", "MM", "DD", "LC_ALL", "LANG", "help", "default", "binary"])
        // Codes a script types, shown beside their words: the vocabulary, report kinds, settings,
        // indicators and config keys.
        var codes: [String] = Vocabulary.pools + Vocabulary.visitModes + Vocabulary.needStatuses + Vocabulary.projectLevels
        codes += Vocabulary.lights + Vocabulary.stages + Vocabulary.certificationKinds + Vocabulary.needCategories + Vocabulary.supportKinds + Vocabulary.awardGrades
        codes += ["coverage", "needs", "projects", "ranking", "commissioners", "outcomes", "table", "csv", "json", "html", "utf-8", "gbk"]
        codes += ZoneSetting.allCases.map(\.rawValue)
        codes += Ranking.rankingIndicators.map(\.key)
        codes += ["server", "token", "cacert", "lang", "commissioner", "zone"]
        for c in codes {
            let parts: [String] = c.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" }).map(String.init)
            let dotted: [String] = c.split(separator: ".").map(String.init)
            allowed.formUnion(parts + dotted + [c])
        }
        let strip = try NSRegularExpression(pattern: "--[a-z][a-z0-9-]*|<[^>]*>|`[^`]*`|\\$[A-Z_]+|~?/[\\w./-]+|\\([a-z_.]+\\)")
        let word = try NSRegularExpression(pattern: "[A-Za-z][A-Za-z_]{2,}")
        var english: [String: Set<String>] = [:]
        for path in paths {
            let raw = try Self.help(path, lang: "zh_CN.UTF-8")
            let text = strip.stringByReplacingMatches(in: raw, range: NSRange(raw.startIndex..., in: raw), withTemplate: " ")
            for m in word.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let r = Range(m.range, in: text) else { continue }
                let w = String(text[r])
                if !allowed.contains(w) && !allowed.contains(w.lowercased()) { english[path.joined(separator: " "), default: []].insert(w) }
            }
        }
        #expect(english.isEmpty, "English in Chinese help: \(english)")
        // (English help does name Chinese words where they are what one types: CSV headers such as
        // 统一社会信用代码, stage words, 万元; the screens of a day are scanned for Chinese under C in
        // CLIDayTests.)
    }

    @Test func theReferenceListsEveryCommandAsTheBinaryPrintsIt() throws {
        let fresh = try Self.render()
        if ProcessInfo.processInfo.environment["FIELDSYNC_WRITE_DOCS"] != nil {
            try fresh.write(to: Self.docs, atomically: true, encoding: .utf8)
        }
        let current = (try? String(contentsOf: Self.docs, encoding: .utf8)) ?? ""
        #expect(current == fresh, "docs/cli.md is stale: run FIELDSYNC_WRITE_DOCS=1 swift test --filter CLIReferenceTests")
        #expect(fresh.contains("## `fieldsync visit record`") && fresh.contains("## `fieldsync report`"))
    }
}
