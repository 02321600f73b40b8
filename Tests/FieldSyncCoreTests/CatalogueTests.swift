import FieldSyncCore
import Foundation
import Testing

/// The message catalogue: every text in both languages, and no user-facing literal left outside it.
struct CatalogueTests {
    /// Texts that read the same in both languages (codes, formats, a placeholder alone).
    static let neutral: Set<MessageKey> = [.verbatim, .hUtfGbk, .hTableCsvJsonHtml, .hServerTokenCacert]

    static func hasCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    @Test func everyMessageHasBothLanguagesWithTheSameArguments() {
        for key in MessageKey.allCases {
            let t = key.templates
            #expect(!t.zh.isEmpty && !t.en.isEmpty, "\(key) lacks a language")
            #expect(Message.placeholders(t.zh) == Message.placeholders(t.en), "\(key): the two languages take different arguments")
            if !Self.neutral.contains(key) {
                #expect(Self.hasCJK(t.zh), "\(key): the Chinese text has no Chinese: \(t.zh)")
                #expect(t.zh != t.en, "\(key): not translated")
            }
            // Arguments are numbered from 0 without gaps, so none is forgotten.
            let used = Message.placeholders(t.en)
            #expect(used == Set(0..<used.count), "\(key): placeholders \(used.sorted())")
        }
    }

    @Test func messagesRenderTheirArgumentsInEitherOrder() {
        let m = Message(.roundWouldOverlapRound, "2026-2", "2026-05-01", "2026-08-31", "2026-3", "2026-08-01", "2026-12-31")
        #expect(m.render(.en) == "Round 2026-2 (2026-05-01…2026-08-31) would overlap round 2026-3 (2026-08-01…2026-12-31).")
        #expect(m.render(.zh) == "第 2026-2 轮（2026-05-01…2026-08-31）与第 2026-3 轮（2026-08-01…2026-12-31）重叠。")
        // A word given in both languages follows the message's language.
        let w = Message(.useOne, "飞鸽", Message(.wordVisitMode), Bilingual(zh: "上门、电话、视频", en: "on-site, phone, video"))
        #expect(w.render(.zh) == "“飞鸽”不是有效的走访方式；可用：上门、电话、视频。")
        #expect(w.render(.en) == "\"飞鸽\" is not a visit mode; use one of: on-site, phone, video.")
        // A brace that is not a placeholder is kept.
        #expect(Message.verbatim("{x} {9}").render(.en) == "{x} {9}")
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
    }

    /// No user-facing literal outside the catalogue: errors, help, validation messages and table
    /// headers in the CLI and the libraries it shows text from are written with catalogue keys.
    /// (The server speaks English JSON to programs and is not scanned.)
    @Test func noUserFacingLiteralIsLeftOutsideTheCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let scanned = ["fieldsync", "FieldReplica", "FieldProgramme", "FieldSyncCore", "FieldSyncClient"]
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
