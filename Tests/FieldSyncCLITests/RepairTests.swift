import FieldReplica
import FieldSyncCore
import FieldSyncServer
import FieldSyncWire
import Foundation
import GRDB
import Testing

/// The office repairs a record stored before the value rule (issue 24, item 2): every laptop keeps
/// it aside and goes on syncing; `fieldsync-server record show` names what it breaks; `record
/// purge` rewrites it, audited; every laptop then holds the same, repaired record. Real server
/// and CLI, on the run's store (SQLite, or PostgreSQL with `FIELDSYNC_TEST_STORE=postgres`).
struct RepairTests {
    @Test func aPoisonedRecordIsShownRepairedAndEveryLaptopConverges() throws {
        let server = try ServerProcess()
        let ta = try server.token("张伟")
        let tb = try server.token("李娜")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: ta)
        let b = try CLI.laptop("李娜的笔记本", server: server, token: tb)
        let e = try a.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(81))
        _ = try a.sync()
        _ = try b.sync()
        // Stored before the value rule: a concurrent name holding a NUL, stamped in year ~10889.
        let held = try #require(try server.zoneStates()["enterprise/" + e])
        let x = ReplicaID.random()
        var vv = held.vv
        vv[x] = 1
        var fields = held.fields
        fields["name", default: []].append(FieldEntry(dot: Dot(x, 1), value: .text("Victim\u{0} Co"), hlc: HLC(rawValue: UInt64.max >> 1)))
        try server.plant(WireRecord(table: "enterprise", id: e, state: RecordState(vv: vv, fields: fields)))

        // Every laptop keeps it aside and syncs on.
        for cli in [a, b] {
            let run = try cli.run(["sync", "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            let status = try cli.run(["status", "--json"]).object
            #expect((status["quarantined"] as? [Any])?.count == 1, "\(status)")
            #expect(try cli.run(["enterprise", "list"]).status == 0)
        }

        // The office sees what it breaks, in either form.
        let shown = try server.command(["record", "show", "enterprise", e, "--zone", "高新区"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("NUL") && shown.stdout.contains("Victim\\u{0} Co") && shown.stdout.contains("breaks 2 rule"), "\(shown.stdout)")
        let json = try server.command(["record", "show", "enterprise", e, "--zone", "高新区", "--json"]).object
        #expect((json["problems"] as? [String])?.count == 2 && (json["repairs"] as? [Any])?.isEmpty == true, "\(json)")

        // Bad requests name the bad value and change nothing.
        // (The zone as exported, as text: a JSON reader refuses the stored NUL, as laptops do.)
        func exported() throws -> String { try server.command(["export", "--zone", "高新区"]).stdout }
        let before = try exported()
        #expect(before.contains("Victim\\u0000 Co"), "export prints the stored record as it is")
        let who = ["--by", "王主任", "--reason", "修复"]
        for (args, code, naming) in [
            (["record", "purge", "enterprize", e, "--zone", "高新区"], Int32(64), "enterprize"),
            (["record", "purge", "enterprise", "not-an-id", "--zone", "高新区"], 64, "not-an-id"),
            (["record", "purge", "enterprise", UUIDText.random(), "--zone", "高新区"], 65, "holds no record"),
            (["record", "purge", "enterprise", e, "--zone", "别的区"], 65, "别的区"),
        ] {
            let r = try server.command(args + who)
            #expect(r.status == code && r.stderr.contains(naming), "\(args): \(r.status) \(r.stderr)")
        }
        let noWho = try server.command(["record", "purge", "enterprise", e, "--zone", "高新区", "--by", " ", "--reason", "修复"])
        #expect(noWho.status == 64 && noWho.stderr.contains("--by"), "\(noWho.stderr)")
        #expect(try exported() == before, "a refused repair changes nothing")

        // The repair: the good name stays, the poisoned entry goes, audited.
        let purge = try server.command(["record", "purge", "enterprise", e, "--zone", "高新区", "--by", "王主任", "--reason", "名称含 NUL"])
        #expect(purge.status == 0 && purge.stdout.contains("repaired enterprise/\(e)"), "\(purge.stderr)")
        let after = try server.command(["record", "show", "enterprise", e, "--zone", "高新区", "--json"]).object
        #expect((after["problems"] as? [String])?.isEmpty == true, "\(after)")
        let repairs = after["repairs"] as? [[String: Any]] ?? []
        #expect(repairs.count == 1 && repairs.first?["by"] as? String == "王主任" && repairs.first?["reason"] as? String == "名称含 NUL", "\(repairs)")
        // A record that breaks no rule is not "repaired" again.
        let again = try server.command(["record", "purge", "enterprise", e, "--zone", "高新区", "--by", "王主任", "--reason", "再修"])
        #expect(again.status == 65 && again.stderr.contains("breaks no rule"), "\(again.stderr)")

        // Every laptop takes the repaired record, leaves quarantine, and all agree.
        var seen: [RecordState?] = []
        for cli in [a, b] {
            _ = try cli.sync()
            let status = try cli.run(["status", "--json"]).object
            #expect((status["quarantined"] as? [Any])?.isEmpty ?? true, "\(status)")
            let show = try cli.run(["enterprise", "show", e, "--json"]).object
            #expect(show["name"] as? String == "青山智能科技有限公司", "\(show)")
            seen.append(try cli.store.state(Domain.enterprise, id: e))
        }
        #expect(seen[0] != nil && seen[0] == seen[1], "both laptops hold the same state: \(seen)")
        #expect(try server.zoneStates()["enterprise/" + e] == seen[0])
    }

    /// A laptop's store written before the value rule (a 19-digit amount in a row): lists and
    /// reports leave that record out, say so on stderr in the reader's language, and exit 0.
    @Test func listsAndReportsLeaveOutARowTheyCannotReadAndSaySo() throws {
        let cli = try CLI(now: "2026-06-01T00:00:00Z")
        try cli.ok("init", "--replica-name", "王芳的笔记本")
        let e = try cli.ok("enterprise", "add", "--name", "天工新材料有限公司", "--credit-code", CreditCode.make(33))
        let good = try cli.ok("project", "add", "--enterprise", e, "--name", "新型陶瓷材料", "--level", "national", "--start", "2026-01-01", "--end", "2027-12-31", "--funds", "1200")
        let bad = try cli.ok("project", "add", "--enterprise", e, "--name", "智能传感", "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "300")
        do {
            let q = try DatabaseQueue(path: cli.db)
            defer { try? q.close() }
            try q.write { try $0.execute(sql: "UPDATE project SET funds = '12345678901234567890.5' WHERE id = ?", arguments: [bad]) }
        }
        let list = try cli.run(["project", "list", "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.array.compactMap { $0["id"] as? String } == [good])
        #expect(list.stderr.contains("project \(bad.prefix(8)) cannot be read and is left out") && list.stderr.contains("12345678901234567890.5"), "\(list.stderr)")
        for report in [["report", "projects"], ["report", "commissioners"], ["report", "outcomes"]] {
            let r = try cli.run(report)
            #expect(r.status == 0 && r.stderr.contains("left out"), "\(report): \(r.status) \(r.stderr)")
        }
        let zh = try cli.run(["project", "list"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 0 && zh.stderr.contains("无法读取，已略去") && zh.stdout.contains("新型陶瓷材料"), "\(zh.stderr)")
        // A list with nothing unreadable says nothing more.
        let enterprises = try cli.run(["enterprise", "list"])
        #expect(enterprises.status == 0 && enterprises.stderr.isEmpty, "\(enterprises.stderr)")
    }

    /// A laptop of the previous version kept aside records of a type it did not know (here
    /// `support`) and its pull checkpoint passed them; once upgraded, its next sync pulls the zone
    /// again and applies them, and the quarantine empties. Found by the reason's key (stored since
    /// migration 020), and by the English wording in rows kept before it.
    @Test(arguments: [("", "Unknown table \"support\"."), ("unknownTable", "A wording that may change.")])
    func recordsOfATypeAddedLaterArriveAfterTheUpgrade(key: String, reason: String) throws {
        let server = try ServerProcess()
        let ta = try server.token("张伟")
        let tc = try server.token("李娜")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: ta)
        let c = try CLI.laptop("李娜的笔记本", server: server, token: tc)
        let e = try a.ok("enterprise", "add", "--name", "青山智能科技有限公司", "--credit-code", CreditCode.make(200))
        try a.ok("enterprise", "support", e, "--kind", "help", "--date", "2026-05-01")
        _ = try a.sync()
        _ = try c.sync()
        // What the previous version left: no support row, the record kept aside, the checkpoint past it.
        let id: String = try #require(try DatabaseQueue(path: c.db).read { db in try String.fetchOne(db, sql: "SELECT id FROM support") })
        do {
            let q = try DatabaseQueue(path: c.db)
            defer { try? q.close() }
            try q.write { db in
                try db.execute(sql: "DELETE FROM support")
                try db.execute(sql: "INSERT INTO quarantine (tbl, id, reason, reason_zh, at, reason_key) VALUES ('support', ?, ?, '未知的表“support”。', '2026-05-02T00:00:00Z', ?)",
                               arguments: [id, reason, key])
            }
        }
        #expect((try c.run(["status", "--json"]).object["quarantined"] as? [Any])?.count == 1)
        _ = try c.sync()
        #expect((try c.run(["status", "--json"]).object["quarantined"] as? [Any])?.isEmpty ?? true, "the record left quarantine")
        let held = try DatabaseQueue(path: c.db).read { db in try String.fetchAll(db, sql: "SELECT id FROM support") }
        #expect(held == [id], "the record arrived")
        // A second sync pulls nothing more (no replay without a cause).
        #expect(try c.sync()["pulled"] as? Int == 0)
    }
}
