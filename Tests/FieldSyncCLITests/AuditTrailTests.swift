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

    /// The server keeps every version it accepted (both stores); `history` on any replica shows
    /// them with the writer and the token, then the laptop's own lines not yet synced; with the
    /// server gone, the versions last fetched, saying so.
    @Test func theServersVersionsAreTheOfficesHistoryOnlineAndOffline() throws {
        let server = try ServerProcess()
        let tz = try server.token("张伟")
        let tv = try server.token("办公室", role: "viewer")
        try server.start()
        let zhang = try CLI.laptop("张伟的笔记本", server: server, token: tz)
        let office = try CLI.laptop("办公室", server: server, token: tv)
        let e = try zhang.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(96), "--contact", "王先生")
        _ = try zhang.sync()
        try zhang.ok("enterprise", "update", e, "--contact", "李女士", "--quiet")
        _ = try zhang.sync()
        try zhang.ok("enterprise", "update", e, "--contact", "赵经理", "--quiet")
        _ = try zhang.sync()
        // Offline on the laptop: an edit not yet on the server.
        try zhang.ok("enterprise", "update", e, "--address", "创业路8号", "--quiet")
        _ = try office.sync()

        func contacts(_ h: [[String: Any]], origin: String) -> [String] {
            h.filter { $0["origin"] as? String == origin }.flatMap { ($0["changes"] as? [[String: Any]] ?? []).filter { $0["field"] as? String == "contact" } }
                .map { "\($0["old"] as? String ?? "∅")→\($0["new"] as? String ?? "∅")" }
        }
        let onOffice = try office.run(["history", e, "--json"])
        #expect(onOffice.status == 0 && onOffice.stderr.isEmpty, "\(onOffice.stderr)")
        #expect(contacts(onOffice.array, origin: "server") == ["∅→王先生", "王先生→李女士", "李女士→赵经理"], "\(onOffice.stdout)")
        #expect(onOffice.array.filter { $0["origin"] as? String == "server" }.allSatisfy { $0["author"] as? String == "张伟" })
        let onLaptop = try zhang.run(["history", e, "--json"]).array
        #expect(contacts(onLaptop, origin: "server").count == 3)
        #expect(onLaptop.contains { $0["origin"] as? String == "local" && ($0["changes"] as? [[String: Any]] ?? []).contains { $0["new"] as? String == "创业路8号" } },
                "the laptop's own unsynced line follows the server's versions")
        // The server gone: the versions last fetched, and a sentence saying so.
        server.stop()
        let offline = try office.run(["history", e, "--json"])
        #expect(offline.status == 0 && offline.stderr.contains("could not be fetched"), "\(offline.stderr)")
        #expect(contacts(offline.array, origin: "server").count == 3)
        let quiet = try office.run(["history", e, "--offline", "--json"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty && contacts(quiet.array, origin: "server").count == 3)
    }
}
