import FieldProgramme
import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncServer
@testable import fieldsync
import Foundation
import Testing

/// The CLI's words, and every module's catalogue together: each key listed once, each declared
/// key in its module's list (a key added to a file but not to the list would escape the checks).
@Suite struct CLICatalogueTests {
    /// CLI texts that read the same in both languages (codes and formats).
    static let neutral: Set<String> = ["hUtfGbk", "hTableCsvJsonHtml", "hServerTokenCacert"]

    static let all: [MessageKey] = MessageKey.coreCatalogue + MessageKey.replicaCatalogue + MessageKey.programmeCatalogue
        + MessageKey.clientCatalogue + MessageKey.serverCatalogue + MessageKey.cliCatalogue + MessageKey.reportsCatalogue

    @Test func everyWordOfTheCLIHasBothLanguages() {
        let problems = MessageKey.problems(MessageKey.cliCatalogue, neutral: Self.neutral)
        #expect(problems.isEmpty && MessageKey.cliCatalogue.count > 200, "\(problems)")
    }

    @Test func everyDeclaredKeyIsListedOnceInItsCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix("Catalogue.swift") } ?? []
        #expect(files.count == 7, "\(files)")
        let declaration = try NSRegularExpression(pattern: #"static let (\w+) = MessageKey\(""#)
        var declared: [String] = []
        for f in files {
            let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
            declared += declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range(at: 1), in: text).map { String(text[$0]) }
            }
        }
        let listed = Self.all.map(\.name)
        #expect(Set(listed).count == listed.count, "a key is listed twice")
        #expect(Set(declared) == Set(listed), "declared but not listed: \(Set(declared).subtracting(listed).sorted()); listed but not declared: \(Set(listed).subtracting(declared).sorted())")
        // Each key's name is the name it is declared under.
        for key in Self.all { #expect(declared.contains(key.name), "\(key)") }
    }
}
