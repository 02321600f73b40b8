import FieldSyncCore
import Foundation
import Testing

/// A commissioner leaves (issue 25, item 2; docs/rules.md §9), through the real CLI and server:
/// the office hands the leaver's enterprises and open needs to a successor from the leaving day,
/// earlier rounds keep the leaver, and every laptop refuses new work in the leaver's name from
/// that day on. Bad hand-overs are refused with one sentence and change nothing.
struct LifecycleTests {
    @Test func aLeaversEnterprisesAndOpenNeedsPassOnAndEarlierRoundsKeepThem() throws {
        let server = try ServerProcess()
        let admin = try server.token("办公室", role: "admin")
        let tz = try server.token("张伟")
        try server.start()
        let office = try CLI.laptop("办公室", server: server, token: admin, now: "2026-09-10T02:00:00Z")
        let zhang = try CLI.laptop("张伟的笔记本", server: server, token: tz, now: "2026-09-10T03:00:00Z")
        try office.ok("commissioner", "add", "--name", "张伟")
        try office.ok("commissioner", "add", "--name", "李娜")
        var ids: [String] = []
        for (i, (name, who)) in [("青山智能科技有限公司", "张伟"), ("白云生物医药有限公司", "张伟"), ("长江新材料有限公司", "李娜")].enumerated() {
            let e = try office.ok("enterprise", "add", "--name", name, "--credit-code", CreditCode.make(90 + i))
            try office.ok("enterprise", "update", e, "--commissioner", who, "--date", "2026-01-05", "--quiet")
            try office.ok("enterprise", "pool", e, "--join", "high-tech", "--date", "2026-01-05")
            ids.append(e)
        }
        let (e1, e2, e3) = (ids[0], ids[1], ids[2])
        try office.ok("visit", "record", "--enterprise", e1, "--commissioner", "张伟", "--date", "2026-05-20")
        let open = try office.ok("need", "raise", "--enterprise", e1, "--category", "talent", "--summary", "引进博士", "--owner", "张伟")
        let done = try office.ok("need", "raise", "--enterprise", e2, "--category", "financing", "--summary", "申报补贴", "--owner", "张伟")
        for status in ["acknowledged", "in-progress", "resolved"] { try office.ok("need", "update", done, "--status", status, "--quiet") }
        _ = try office.sync()
        _ = try zhang.sync()

        // Bad hand-overs: one sentence each, exit 65, nothing written.
        func snapshot() throws -> [String] {
            try [["commissioner", "list", "--json"], ["need", "list", "--json"], ["enterprise", "list", "--json"]].map { try office.run($0).stdout }
        }
        let before = try snapshot()
        try office.refused(["commissioner", "leave", "张伟", "--date", "2026-09-11", "--to", "李娜"], exit: 65, naming: "2026-09-11")
        try office.refused(["commissioner", "leave", "张伟", "--date", "2026-09-01", "--to", "张伟"], exit: 65, naming: "张伟")
        try office.refused(["commissioner", "leave", "张伟", "--date", "2026-09-01", "--to", "王芳"], exit: 65, naming: "王芳")
        try office.refused(["commissioner", "update", "张伟"], exit: 65, naming: "--name")
        #expect(try snapshot() == before)

        // The leaving.
        let left = try office.run(["commissioner", "leave", "张伟", "--date", "2026-09-01", "--to", "李娜", "--json"])
        #expect(left.status == 0, "\(left.stderr)")
        #expect(Set(left.object["enterprises"] as? [String] ?? []) == [e1, e2] && left.object["needs"] as? [String] == [open], "\(left.stdout)")
        let zh = try office.run(["commissioner", "list"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout.contains("2026-09-01 离任") && zh.stdout.contains("在岗"), "\(zh.stdout)")
        let twice = try office.run(["commissioner", "leave", "张伟", "--date", "2026-09-02", "--to", "李娜"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(twice.status == 65 && twice.stderr.contains("张伟 已于 2026-09-01 离任"), "\(twice.stderr)")
        let afterLeave = try snapshot()
        try office.refused(["commissioner", "leave", "李娜", "--date", "2026-09-05", "--to", "张伟"], exit: 65, naming: "张伟")
        #expect(try snapshot() == afterLeave)

        // The enterprises pass from the day; the resolved need stays; round 2 keeps 张伟.
        let people = Dictionary(uniqueKeysWithValues: try office.run(["commissioner", "list", "--json"]).array.map {
            ($0["name"] as? String ?? "", $0)
        })
        let li = try #require(people["李娜"]?["id"] as? String)
        #expect(people["张伟"]?["left_on"] as? String == "2026-09-01" && people["张伟"]?["left_to"] as? String == li)
        for e in [e1, e2, e3] { #expect(try office.run(["enterprise", "show", e, "--json"]).object["commissioner"] as? String == li) }
        let needs = Dictionary(uniqueKeysWithValues: try office.run(["need", "list", "--json"]).array.map { ($0["id"] as? String ?? "", $0) })
        #expect(needs[open]?["owner"] as? String == li)
        #expect(needs[done]?["owner"] as? String == people["张伟"]?["id"] as? String, "a resolved need keeps its owner")
        let round2 = try office.run(["report", "coverage", "--format", "json"]).object["sections"] as? [String: Any]
        let rows = (round2?["round_2"] as? [[String: Any]]) ?? []
        #expect(rows.contains { $0["commissioner"] as? String == "张伟" && $0["visited"] as? Int == 1 }, "\(rows)")

        // Every laptop refuses new work in the leaver's name from the day on; earlier days stay open.
        _ = try office.sync()
        _ = try zhang.sync()
        try zhang.refused(["visit", "record", "--enterprise", e1, "--commissioner", "张伟", "--date", "2026-09-05"], exit: 65, naming: "2026-09-01")
        try zhang.refused(["need", "raise", "--enterprise", e1, "--category", "talent", "--summary", "新诉求", "--owner", "张伟"], exit: 65, naming: "张伟")
        try zhang.refused(["enterprise", "update", e3, "--commissioner", "张伟", "--date", "2026-09-02"], exit: 65, naming: "张伟")
        try zhang.ok("visit", "record", "--enterprise", e2, "--commissioner", "张伟", "--date", "2026-08-28")
        #expect(try zhang.run(["commissioner", "list", "--json"]).array.contains { $0["left_on"] as? String == "2026-09-01" })

        // A re-import naming the leaver for a row is refused, naming the line, writing nothing.
        let csv = office.dir.appendingPathComponent("名单.csv")
        try "名称,统一社会信用代码,专员\n青山智能科技有限公司,\(CreditCode.make(90)),李娜\n白云生物医药有限公司,\(CreditCode.make(91)),张伟\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let beforeImport = try snapshot()
        let imported = try office.run(["enterprise", "import", csv.path])
        #expect(imported.status == 65 && imported.stderr.contains("3") && imported.stderr.contains("张伟 left on 2026-09-01"), "\(imported.stderr)")
        #expect(try snapshot() == beforeImport)

        // A name and phone corrected, said in one line.
        let updated = try office.run(["commissioner", "update", "李娜", "--phone", "13800000002"])
        #expect(updated.status == 0 && updated.stdout.contains("13800000002"), "\(updated.stderr)")
    }
}
