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
