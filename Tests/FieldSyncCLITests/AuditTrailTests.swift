import FieldSyncCore
import Foundation
import Testing

/// The office's history of a need that only arrived by pull (issue 25, item 6): each status step a
/// laptop took offline is shown, when and by whom; no "∅ → X" for a value written over an earlier
/// one this replica never held; no "X → X" lines.
struct AuditTrailTests {
    @Test func aPulledNeedShowsEveryStatusStepAndNoEmptyOrSameValueLines() throws {
        let server = try ServerProcess()
        let tz = try server.token("张伟")
        let tv = try server.token("办公室", role: "viewer")
        try server.start()
        let zhang = try CLI.laptop("张伟的笔记本", server: server, token: tz)
        let office = try CLI.laptop("办公室", server: server, token: tv)
        let e = try zhang.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(95))
        let n = try zhang.ok("need", "raise", "--enterprise", e, "--category", "talent", "--summary", "引进博士")
        // Offline: three steps, then one sync.
        for status in ["acknowledged", "in-progress", "resolved"] { try zhang.ok("need", "update", n, "--status", status, "--quiet") }
        _ = try zhang.sync()
        _ = try office.sync()
        let history = try office.run(["history", n, "--json"]).array
        let steps = history.flatMap { ($0["changes"] as? [[String: Any]] ?? []).filter { $0["field"] as? String == "status" } }
            .compactMap { c -> String? in (c["old"] as? String).map { "\($0)→\(c["new"] as? String ?? "")" } }
        #expect(steps == ["open→acknowledged", "acknowledged→in-progress", "in-progress→resolved"], "\(history)")
        // The raise is there (its summary, as written).
        #expect(history.contains { ($0["changes"] as? [[String: Any]] ?? []).contains { $0["field"] as? String == "summary" && $0["new"] as? String == "引进博士" } })
        let text = try office.run(["history", n], env: ["LANG": "zh_CN.UTF-8"]).stdout
        #expect(!text.contains("∅ → 已解决") && !text.contains("∅ → resolved"), "\(text)")
        for line in text.split(separator: "\n") where line.contains(" → ") {
            let parts = line.split(separator: ":", maxSplits: 1).last?.components(separatedBy: " → ") ?? []
            #expect(parts.count != 2 || parts[0].trimmingCharacters(in: .whitespaces) != parts[1].trimmingCharacters(in: .whitespaces), "\(line)")
        }
        // The laptop that took the steps shows each from its own lines, once.
        let own = try zhang.run(["history", n, "--json"]).array
        let ownSteps = own.flatMap { ($0["changes"] as? [[String: Any]] ?? []).filter { $0["field"] as? String == "status" && $0["old"] is String } }
        #expect(ownSteps.count == 3, "\(own)")
    }
}
