import Foundation
import Testing

/// The package's shape, as docs/architecture.md draws it: dependencies point one way, the server
/// never links the laptop's engine or programme, the CLI writes no SQL, and platform calls sit in
/// one `Platform.swift` per module.
@Suite struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Each target's direct dependencies on the package's own targets, read from `Package.swift`.
    static func targets() throws -> [String: [String]] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var out: [String: [String]] = [:]
        // Each `.target(` / `.executableTarget(` / `.testTarget(` up to the next one.
        let starts = try NSRegularExpression(pattern: #"\.(target|executableTarget|testTarget)\(\s*name:\s*"([^"]+)""#)
        let matches = starts.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for (k, m) in matches.enumerated() {
            guard let nameRange = Range(m.range(at: 2), in: text), let start = Range(m.range, in: text) else { continue }
            let end = k + 1 < matches.count ? (Range(matches[k + 1].range, in: text)?.lowerBound ?? text.endIndex) : text.endIndex
            let body = text[start.upperBound..<end]
            guard let deps = body.range(of: "dependencies:") else {
                out[String(text[nameRange])] = []
                continue
            }
            // Plain string entries in the dependency list are the package's own targets.
            // (External products, `.product(name:package:)`, are dropped first.)
            let list = body[deps.upperBound...].prefix { $0 != "]" }
            let names = try NSRegularExpression(pattern: #"(?<![:\w])"([A-Za-z][\w-]*)""#)
            let s = String(list).replacingOccurrences(of: #"\.product\([^)]*\)"#, with: "", options: .regularExpression)
            out[String(text[nameRange])] = names.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap {
                Range($0.range(at: 1), in: s).map { String(s[$0]) }
            }
        }
        return out
    }

    static func closure(of target: String, in graph: [String: [String]]) -> Set<String> {
        var seen: Set<String> = []
        var todo = [target]
        while let t = todo.popLast() {
            for d in graph[t] ?? [] where seen.insert(d).inserted { todo.append(d) }
        }
        return seen
    }

    @Test func dependenciesPointOneWay() throws {
        let graph = try Self.targets()
        #expect(graph["FieldSyncServer"] != nil && graph["FieldReplica"] != nil && graph["FieldProgramme"] != nil, "\(graph.keys.sorted())")
        let server = Self.closure(of: "FieldSyncServer", in: graph)
        #expect(!server.contains("FieldReplica") && !server.contains("FieldProgramme"), "the server links \(server.sorted())")
        #expect(Self.closure(of: "FieldSyncCore", in: graph).isEmpty)
        #expect(!Self.closure(of: "FieldReplica", in: graph).contains("FieldProgramme"))
        #expect(!Self.closure(of: "FieldSyncClient", in: graph).contains("FieldProgramme"))
        #expect(!Self.closure(of: "fieldsync", in: graph).contains("FieldSyncServer"), "the laptop's CLI links the server")
        // The dashboard is a web layer on the programme's reports: the central server does not
        // link it, and it does not link the server.
        #expect(graph["FieldDashboard"] != nil && Self.closure(of: "FieldDashboard", in: graph).contains("FieldReports"))
        #expect(!Self.closure(of: "FieldDashboard", in: graph).contains("FieldSyncServer"))
        #expect(!Self.closure(of: "fieldsync-server", in: graph).contains("FieldDashboard") && !server.contains("FieldReports"))
        // No cycles: no target reaches itself.
        for t in graph.keys { #expect(!Self.closure(of: t, in: graph).contains(t), "\(t) depends on itself") }
        // The test reads what it claims to: a made-up edge would be seen.
        #expect(Self.closure(of: "A", in: ["A": ["B"], "B": ["C"]]) == ["B", "C"])
    }

    static func swiftFiles(_ dir: String) -> [(path: String, text: String)] {
        let base = root.appendingPathComponent("Sources").appendingPathComponent(dir)
        let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted().compactMap { f in
            (try? String(contentsOf: base.appendingPathComponent(f), encoding: .utf8)).map { (dir + "/" + f, $0) }
        }
    }

    @Test func theCLIWritesNoSQL() throws {
        let sql = try NSRegularExpression(pattern: #""[^"\n]*\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\b"#)
        var offenders: [String] = []
        for (path, text) in Self.swiftFiles("fieldsync") {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let l = String(line)
                if sql.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil { offenders.append("\(path):\(n + 1)") }
            }
        }
        #expect(offenders.isEmpty, "SQL in the CLI: \(offenders)")
        let probe = #"let q = "SELECT id FROM enterprise""#
        #expect(sql.firstMatch(in: probe, range: NSRange(probe.startIndex..., in: probe)) != nil)
    }

    @Test func platformCallsSitInOnePlatformFilePerModule() throws {
        let calls = try NSRegularExpression(pattern: #"canImport\((Glibc|Musl|Darwin|WinSDK)\)|\b(isatty|flock|statvfs|iconv_open|dlopen|GetFileInformationByHandle)\("#)
        var offenders: [String] = []
        for module in ["FieldSyncCore", "FieldSQLite", "FieldReplica", "FieldProgramme", "FieldSyncWire", "FieldSyncClient", "FieldSyncServer", "fieldsync", "fieldsync-server"] {
            for (path, text) in Self.swiftFiles(module) where !path.hasSuffix("/Platform.swift") {
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let l = String(line)
                    if l.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                    if calls.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil { offenders.append("\(path):\(n + 1): \(l)") }
                }
            }
        }
        #expect(offenders.isEmpty, "platform calls outside Platform.swift:\n\(offenders.joined(separator: "\n"))")
    }
}
