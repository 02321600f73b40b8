import FieldSyncCore
import Foundation
import Testing

/// A zone office's year through the real CLI and server (issue 25, item 8), on the run's store
/// (SQLite, or PostgreSQL with `FIELDSYNC_TEST_STORE=postgres`): three commissioners, the office's
/// own admin replica and its viewer replica syncing every night, a need taken step by step, a
/// commissioner who leaves with an unsynced visit, the server moved to a new address in December,
/// and January's list imported again.
struct YearTests {
    @Test func aZoneOfficesYear() throws {
        let server = try ServerProcess()
        let tokens = try ["办公室", "领导", "张伟", "李娜", "王芳"].map { name in
            try server.token(name, role: name == "办公室" ? "admin" : name == "领导" ? "viewer" : "commissioner")
        }
        try server.start()
        let office = try CLI.laptop("办公室", server: server, token: tokens[0], now: "2026-01-05T02:00:00Z")
        let viewer = try CLI.laptop("领导的笔记本", server: server, token: tokens[1], now: "2026-01-05T14:00:00Z")
        let zhang = try CLI.laptop("张伟的笔记本", server: server, token: tokens[2], now: "2026-01-05T03:00:00Z")
        let li = try CLI.laptop("李娜的笔记本", server: server, token: tokens[3], now: "2026-01-05T03:00:00Z")
        func at(_ day: String, _ time: String = "03:00:00") -> [String: String] { ["FIELDSYNC_NOW": "\(day)T\(time)Z"] }
        func ok(_ cli: CLI, _ day: String, _ args: String...) throws -> String {
            let r = try cli.run(args, env: at(day))
            #expect(r.status == 0, "\(args.joined(separator: " ")) on \(day): \(r.stderr)")
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        /// The office's nightly job: exit 0, a JSON summary, `last_sync` moved.
        func night(_ day: String) throws -> [String: Any] {
            let r = try viewer.run(["sync", "--json"], env: at(day, "14:00:00"))
            #expect(r.status == 0, "the viewer's night of \(day): \(r.stderr)")
            let status = try viewer.run(["status", "--json"], env: at(day, "14:00:01")).object
            #expect((status["last_sync"] as? String)?.hasPrefix(day) == true, "\(day): \(status)")
            return r.object
        }

        // January: the master list, imported with its commissioners and pools.
        for name in ["张伟", "李娜", "王芳"] { _ = try ok(office, "2026-01-05", "commissioner", "add", "--name", name) }
        let names = ["星河科技有限公司", "华芯微电子有限公司", "青山智能科技有限公司", "白云生物医药有限公司", "长江新材料有限公司"]
        let owners = ["张伟", "张伟", "李娜", "李娜", "王芳"]
        func list(_ owners: [String]) -> String {
            "名称,统一社会信用代码,联系人,专员,入库类型\n" + names.indices.map { i in
                "\(names[i]),\(CreditCode.make(120 + i)),联系人\(i),\(owners[i]),high-tech"
            }.joined(separator: "\n") + "\n"
        }
        let january = office.dir.appendingPathComponent("一月名单.csv")
        try list(owners).write(to: january, atomically: true, encoding: .utf8)
        _ = try ok(office, "2026-01-05", "enterprise", "import", january.path)
        for cli in [office, zhang, li] { _ = try ok(cli, "2026-01-05", "sync") }
        _ = try night("2026-01-05")
        let ids = Dictionary(uniqueKeysWithValues: try viewer.run(["enterprise", "list", "--json"]).array.map {
            ($0["name"] as? String ?? "", $0["id"] as? String ?? "")
        })
        let (e1, e2) = (try #require(ids[names[0]]), try #require(ids[names[1]]))

        // March: 张伟 corrects a contact and takes a need through its steps, syncing between some.
        _ = try ok(zhang, "2026-03-10", "enterprise", "update", e1, "--contact", "李女士 13800000001", "--quiet")
        let need = try ok(zhang, "2026-03-10", "need", "raise", "--enterprise", e1, "--category", "talent", "--summary", "引进博士", "--owner", "张伟")
        _ = try ok(zhang, "2026-03-10", "need", "update", need, "--status", "acknowledged", "--quiet")
        _ = try ok(zhang, "2026-03-10", "sync")
        _ = try night("2026-03-10")
        _ = try ok(zhang, "2026-03-11", "need", "update", need, "--status", "in-progress", "--quiet")
        _ = try ok(zhang, "2026-03-12", "need", "update", need, "--status", "resolved", "--quiet")
        _ = try ok(zhang, "2026-03-12", "sync")
        _ = try night("2026-03-12")
        let steps = try viewer.run(["history", need, "--json"], env: at("2026-03-13")).array
            .flatMap { ($0["changes"] as? [[String: Any]] ?? []).filter { $0["field"] as? String == "status" && $0["old"] is String } }
            .map { "\($0["old"] as? String ?? "")→\($0["new"] as? String ?? "")" }
        #expect(steps == ["open→acknowledged", "acknowledged→in-progress", "in-progress→resolved"], "the office's history: \(steps)")

        // May: a round-2 visit.
        _ = try ok(zhang, "2026-05-20", "visit", "record", "--enterprise", e1, "--commissioner", "张伟", "--date", "2026-05-20")
        _ = try ok(zhang, "2026-05-20", "sync")
        _ = try night("2026-05-20")

        // September: 张伟 visits 华芯 on the 3rd and leaves before syncing it. The office revokes his
        // token, records his leaving (his enterprises pass to 李娜) and hands his laptop to a new token.
        _ = try ok(zhang, "2026-09-03", "visit", "record", "--enterprise", e2, "--commissioner", "张伟", "--date", "2026-09-03")
        #expect(try server.command(["token", "revoke", "张伟"]).status == 0)
        let left = try office.run(["commissioner", "leave", "张伟", "--date", "2026-09-05", "--to", "李娜", "--json"], env: at("2026-09-10"))
        #expect(left.status == 0 && Set(left.object["enterprises"] as? [String] ?? []) == [e1, e2], "\(left.stderr)")
        _ = try ok(office, "2026-09-10", "sync")
        let heir = try server.command(["token", "create", "--name", "张伟的接任", "--role", "commissioner", "--zone", "高新区", "--takes-over", "张伟"])
        #expect(heir.status == 0, "\(heir.stderr)")
        _ = try ok(zhang, "2026-09-10", "config", "set", "token", heir.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        _ = try ok(zhang, "2026-09-10", "sync")
        _ = try night("2026-09-10")
        let visits = try viewer.run(["visit", "list", "--json"], env: at("2026-09-11")).array
        #expect(visits.contains { $0["enterprise"] as? String == e2 && $0["date"] as? String == "2026-09-03" }, "the leaver's last visit reached the office")
        // New work in his name is refused on every laptop from the day he left.
        _ = try ok(li, "2026-09-12", "sync")
        let refused = try li.run(["visit", "record", "--enterprise", e2, "--commissioner", "张伟", "--date", "2026-09-12"], env: at("2026-09-12"))
        #expect(refused.status == 65 && refused.stderr.contains("2026-09-05"), "\(refused.stderr)")
        _ = try night("2026-09-12")

        // December: the server moves to a new address; the office's replica resumes where it was.
        server.stop()
        try server.start()
        _ = try ok(viewer, "2026-12-01", "config", "set", "server", server.url)
        let moved = try night("2026-12-01")
        #expect(moved["pushed"] as? Int == 0 && moved["pulled"] as? Int == 0, "resumed, not re-synced: \(moved)")

        // January's list again: it names 张伟, who has left: refused, nothing written.
        for cli in [office] { _ = try ok(cli, "2026-12-01", "config", "set", "server", server.url); _ = try ok(cli, "2026-12-01", "sync") }
        let before = try office.run(["enterprise", "list", "--json"], env: at("2026-12-01")).stdout
        let again = try office.run(["enterprise", "import", january.path], env: at("2026-12-01"))
        #expect(again.status == 65 && again.stderr.contains("张伟"), "\(again.stderr)")
        #expect(try office.run(["enterprise", "list", "--json"], env: at("2026-12-01")).stdout == before)
        // The same list with his enterprises under 李娜: nothing edited since changes.
        let december = office.dir.appendingPathComponent("十二月名单.csv")
        try list(["李娜", "李娜", "李娜", "李娜", "王芳"]).write(to: december, atomically: true, encoding: .utf8)
        let reimport = try office.run(["enterprise", "import", december.path, "--json"], env: at("2026-12-01"))
        #expect(reimport.status == 0, "\(reimport.stderr)")
        let kept = reimport.object["kept"] as? [[String: Any]] ?? []
        #expect(kept.contains { $0["field"] as? String == "contact" && $0["from"] as? String == "李女士 13800000001" }, "\(reimport.stdout)")
        let e1Now = try office.run(["enterprise", "show", e1, "--json"], env: at("2026-12-01")).object
        #expect(e1Now["contact"] as? String == "李女士 13800000001")

        // The year's coverage: round 2 credits 张伟 for 星河.
        let coverage = try viewer.run(["report", "coverage", "--format", "json"], env: at("2026-12-02")).object
        let round2 = ((coverage["sections"] as? [String: Any])?["round_2"] as? [[String: Any]]) ?? []
        #expect(round2.contains { $0["commissioner"] as? String == "张伟" && $0["visited"] as? Int == 1 }, "\(round2)")
    }
}
