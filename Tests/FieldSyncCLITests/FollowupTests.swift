import FieldSyncCore
import Foundation
import Testing

/// 一对一上门 and the needs ledger (issue 27, items 3 and 4; docs/rules.md §2), hand-computed:
/// four needs, two followed up on site (after 4 and 10 days), one only by phone, one not at all.
struct FollowupTests {
    @Test func onSiteFollowupsAreLinkedCountedAndListedInTheLedger() throws {
        let cli = try CLI(now: "2026-06-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室", "--commissioner", "李娜")
        try cli.ok("commissioner", "add", "--name", "李娜")
        let qs = try cli.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(160))
        let cj = try cli.ok("enterprise", "add", "--name", "长江新材料有限公司", "--credit-code", CreditCode.make(161))
        func at(_ day: String) -> [String: String] { ["FIELDSYNC_NOW": "\(day)T02:00:00Z"] }
        func raise(_ e: String, _ summary: String, _ day: String) throws -> String {
            let r = try cli.run(["need", "raise", "--enterprise", e, "--category", "talent", "--summary", summary], env: at(day))
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let n1 = try raise(qs, "引进博士", "2026-06-01")
        let n2 = try raise(qs, "申报补贴", "2026-06-02")
        let n3 = try raise(qs, "场地扩容", "2026-06-03")
        let n4 = try raise(cj, "融资对接", "2026-06-04")
        try cli.ok("visit", "record", "--enterprise", qs, "--date", "2026-06-03", "--mode", "phone", "--need", "引进博士", "--need", "场地扩容")
        let v1 = try cli.ok("visit", "record", "--enterprise", qs, "--date", "2026-06-05", "--need", "引进博士")
        let v2 = try cli.ok("visit", "record", "--enterprise", qs, "--date", "2026-06-12", "--need", n2, "--again")

        // Bad links are refused, naming why; nothing written.
        let before = try cli.run(["visit", "list", "--json"]).stdout
        try cli.refused(["visit", "record", "--enterprise", qs, "--date", "2026-06-13", "--need", "融资对接"], exit: 65, naming: "融资对接")
        try cli.refused(["visit", "record", "--enterprise", cj, "--date", "2026-06-03", "--need", n4], exit: 65, naming: "2026-06-04")
        try cli.refused(["visit", "record", "--enterprise", qs, "--date", "2026-06-13", "--need", "没有这条"], exit: 65, naming: "没有这条")
        #expect(try cli.run(["visit", "list", "--json"]).stdout == before)

        let one = try cli.run(["need", "show", n1, "--json"]).object
        #expect(one["on_site_followups"] as? [String] == [v1] && one["days_to_on_site"] as? Int == 4, "\(one)")
        let three = try cli.run(["need", "show", n3, "--json"]).object
        #expect((three["on_site_followups"] as? [String])?.isEmpty == true && three["days_to_on_site"] is NSNull, "a phone call is no visit on site")

        let report = try cli.run(["report", "needs", "--all", "--format", "json"]).object
        let summary = report["summary"] as? [String: Any] ?? [:]
        #expect(summary["on_site_followup_rate"] as? Double == 50, "2 of 4: \(summary)")
        #expect(summary["median_days_to_on_site"] as? Double == 7, "(4 + 10) / 2: \(summary)")
        let ledger = (report["sections"] as? [String: Any])?["ledger"] as? [[String: Any]] ?? []
        #expect(ledger.count == 4)
        let counts = Dictionary(uniqueKeysWithValues: ledger.map { ($0["summary"] as? String ?? "", $0["on_site_followups"] as? Int ?? -1) })
        #expect(counts == ["引进博士": 1, "申报补贴": 1, "场地扩容": 0, "融资对接": 0], "\(counts)")
        _ = (v2, n4)
        let csv = try cli.run(["report", "needs", "--all", "--format", "csv"], env: ["LANG": "zh_CN.UTF-8"]).stdout
        #expect(csv.contains("诉求台账") && csv.contains("上门跟进次数"), "\(csv)")
        #expect(!(try cli.run(["report", "needs", "--format", "csv"], env: ["LANG": "zh_CN.UTF-8"]).stdout.contains("诉求台账")), "the ledger only with --all")
    }
}
