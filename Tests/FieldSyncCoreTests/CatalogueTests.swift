import FieldSyncCore
import Foundation
import Testing

/// The message catalogue: every text in both languages, and no user-facing literal left outside it.
struct CatalogueTests {
    @Test func everyMessageOfCoreHasBothLanguagesWithTheSameArguments() {
        #expect(MessageKey.problems(MessageKey.coreCatalogue, neutral: ["verbatim"]).isEmpty, "\(MessageKey.problems(MessageKey.coreCatalogue, neutral: ["verbatim"]))")
        // The check finds what it looks for.
        let broken = [MessageKey("x", zh: "{0} 与 {1}", en: "{0}"), MessageKey("y", zh: "same", en: "same"), MessageKey("x", zh: "甲", en: "a")]
        #expect(MessageKey.problems(broken).count == 4)
        // Field labels are found by field name; an unknown field shows its own name.
        #expect(fieldLabelMessage("credit_code").render(.zh) == "统一社会信用代码" && fieldLabel("no_such_field") == "no_such_field")
    }

    @Test func theLanguageComesFromTheEnvironmentInItsOrder() {
        #expect(Lang.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Lang.fromEnvironment(["LANG": "C"]) == .en)
        #expect(Lang.fromEnvironment([:]) == .en)
        #expect(Lang.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Lang.fromEnvironment(["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"]) == .zh)
        #expect(Lang.fromEnvironment(["FIELDSYNC_LANG": "zh", "LC_ALL": "C"]) == .zh)
        #expect(Lang.parse("中文") == .zh && Lang.parse("en") == .en && Lang.parse("fr") == nil)
    }

    @Test func controlCharactersAreShownEscapedNeverSentRaw() {
        #expect(Terminal.clean("绿源新能源") == "绿源新能源")
        let osc52 = "补贴\u{1B}]52;c;aGVsbG8=\u{07}"
        let cleaned = Terminal.clean(osc52)
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(cleaned == "补贴\\u{1B}]52;c;aGVsbG8=\\u{7}")
        #expect(Terminal.clean("a\nb\tc\u{9B}d\u{202E}e") == "a\\nb\\tc\\u{9B}d\\u{202E}e")
        // A whole CSV or HTML document for a terminal keeps its lines (issue 24, finding 10).
        #expect(Terminal.clean("名称,金额\r\n\(osc52),1\r\n", keepingLines: true) == "名称,金额\r\n补贴\\u{1B}]52;c;aGVsbG8=\\u{7},1\r\n")
        // What the server echoes: escaped and cut (finding 8).
        #expect(Terminal.inert("表\n2026 critical forged") == "表\\n2026 critical forged")
        let long = Terminal.inert(String(repeating: "表", count: 70_000))
        #expect(long.count == 1025 && long.hasSuffix("…"))
        #expect(Terminal.inert("正常的句子。") == "正常的句子。")
    }

    /// No user-facing literal outside the catalogue: errors, help, validation messages and table
    /// headers in the CLI and the libraries it shows text from are written with catalogue keys.
    /// (The server speaks English JSON to programs and is not scanned.)
    @Test func noUserFacingLiteralIsLeftOutsideTheCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let scanned = ["fieldsync", "FieldReplica", "FieldProgramme", "FieldSyncCore", "FieldSyncClient"]
        // (Each module's words are in its `…Catalogue.swift`, which the scan skips.)
        let patterns = [
            #"StoreError\(\.\w+,\s*""#, #"StoreError\.(invalid|corrupt)\(\s*""#, #"CLIError\(message:\s*""#,
            #"CoreError\.(invalidValue|unknownField|malformedState)\(\s*""#, #"SyncError\(\.\w+,\s*""#,
            #"ValidationError\(\s*""#, #"help:\s*""#, #"abstract:\s*""#, #"discussion:\s*""#,
            #"Output\.table\(\[\s*""#, #"Output\.details\(\[\s*\(""#, #"print\("[^"]*[A-Za-z]{3}"#, #"Progress\(total:[^)]*label:\s*""#,
            // Report labels and words given as inline pairs rather than catalogue keys.
            #"\.init\("[^"]*",\s*""#, #"zh:\s*""#, #"en:\s*""#,
        ].map { try! NSRegularExpression(pattern: $0) }
        var offenders: [String] = []
        for dir in scanned {
            let files = FileManager.default.enumerator(atPath: root.appendingPathComponent(dir).path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") && !file.hasSuffix("Catalogue.swift") {
                let text = try String(contentsOf: root.appendingPathComponent(dir).appendingPathComponent(file), encoding: .utf8)
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let l = String(line)
                    if l.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                    for p in patterns where p.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil {
                        offenders.append("\(dir)/\(file):\(n + 1): \(l.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        #expect(offenders.isEmpty, "literals outside the catalogue:\n\(offenders.joined(separator: "\n"))")
        // The scan itself finds what it looks for.
        let probe = #"throw StoreError(.invalidValue, "Bad thing.")"#
        #expect(patterns.contains { $0.firstMatch(in: probe, range: NSRange(probe.startIndex..., in: probe)) != nil })
    }
}
