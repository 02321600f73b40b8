import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncWire
@testable import FieldSyncServer
import Foundation
import Testing

/// What a careless or hostile holder of a token (or a hostile server) can send, against the real
/// server and CLI: refused with a JSON 4xx or one sentence, nothing changed, nothing crashed.
@Suite(.serialized)
struct TrustTests {
    @Test func hostileBodiesAreRefusedAndTheServerStaysUp() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let replica = UUIDText.random()
        let deep = "{\"x\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + ",\"replica\":\"\(replica)\",\"records\":[]}"
        var junk = Gzip.compress(Array("{\"replica\":\"\(replica)\",\"records\":[]}".utf8))
        junk += Array("junk".utf8)
        let bodies: [(String, [UInt8], Bool)] = [
            ("deep nesting, gzip", Gzip.compress(Array(deep.utf8)), true),
            ("duplicate keys", Array("{\"replica\":\"\(replica)\",\"replica\":\"\(UUIDText.random())\",\"records\":[]}".utf8), false),
            ("trailing gzip junk", junk, true),
        ]
        for (what, body, gzip) in bodies {
            let r = try server.send("POST", "/v1/push", token: token, replica: replica, body: body, gzip: gzip)
            #expect(r.status == 400, "\(what): \(r.status)")
            #expect((try? JSONSerialization.jsonObject(with: Data(r.body))) != nil, "\(what): the refusal is JSON")
        }
        #expect(try server.send("GET", "/health", token: nil).status == 200, "the server is still up")
        #expect(try server.zoneStates().isEmpty, "nothing was written")
    }

    /// Values a laptop's row cannot hold or read back (issue 24, finding 1) are refused by the
    /// server in both protocols, naming the record and field, and nothing is written: the zone's
    /// laptops keep syncing and listing.
    @Test func poisonValuesAreRefusedAtTheServerAndChangeNothing() throws {
        let server = try ServerProcess()
        let attacker = try server.token("张伟")
        let reader = try server.token("李娜")
        try server.start()
        let me = ReplicaID.random()
        func record(_ table: String, _ values: [String: FieldValue]) -> WireRecord {
            var values = values
            if values["deleted"] == nil { values["deleted"] = .bool(false) }
            return .written(table: table, id: UUIDText.random(), values, by: me)
        }
        let cases: [(String, WireRecord, WireFormat, String)] = [
            ("NUL in text (binary)", record("enterprise", ["name": .text("受害者\u{0}科技"), "credit_code": .text(CreditCode.make(1))]), .binary, "enterprise.name"),
            ("NUL in text (JSON)", record("enterprise", ["name": .text("受害者\u{0}科技")]), .json, "enterprise.name"),
            ("NUL in a set item", record("enterprise", ["name": .text("星河科技"), "certifications": .set(["a\u{0}b"])]), .binary, "enterprise.certifications"),
            ("deleted null (JSON)", record("enterprise", ["name": .text("星河科技"), "deleted": .null]), .json, "enterprise.deleted"),
            ("deleted null (binary)", record("enterprise", ["name": .text("星河科技"), "deleted": .null]), .binary, "enterprise.deleted"),
            ("a decimal of 19 digits", record("project", ["name": .text("项目"), "funds": .decimal(ExactDecimal(significand: 1_234_567_890_123_456_789, scale: 2))]), .binary, "project.funds"),
            ("a decimal of scale 18", record("project", ["name": .text("项目"), "funds": .decimal(ExactDecimal(significand: 1, scale: 18))]), .binary, "project.funds"),
            ("a date in year 1", record("project", ["name": .text("项目"), "start": .date(LocalDate(dayNumber: -719_162))]), .binary, "project.start"),
            ("a date in year 9999", record("project", ["name": .text("项目"), "end": .date(LocalDate(dayNumber: 2_932_896))]), .binary, "project.end"),
        ]
        for (what, poison, wire, place) in cases {
            let r = try server.push([poison], as: me, token: attacker, wire: wire)
            let text = r.text
            #expect(r.status == 400, "\(what): \(r.status) \(text)")
            let error = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["error"] as? [String: Any]
            let message = error?["message"] as? String ?? ""
            // (JSON's parser refuses a NUL escape itself, naming its byte.)
            let named = message.contains(place) && message.contains(poison.id) || wire == .json && message.contains("NUL")
            #expect(named, "\(what): the refusal names the place: \(text)")
        }
        #expect(try server.zoneStates().isEmpty, "nothing was written")
        // The zone goes on: a laptop syncs and lists.
        let laptop = try CLI.laptop("李娜的笔记本", server: server, token: reader)
        try laptop.ok("enterprise", "add", "--name", "正常科技有限公司", "--credit-code", CreditCode.make(5))
        try laptop.sync()
        #expect(try laptop.run(["enterprise", "list"]).status == 0)
        #expect(try laptop.run(["project", "list"]).status == 0)
    }

    /// Records past the per-record caps (issue 24, finding 2: a record of 65,536 writes over
    /// 4,096 fields cost every laptop a minute) are refused in both protocols, naming the record.
    @Test func oversizedRecordsAreRefusedInBothProtocols() throws {
        let server = try ServerProcess()
        let attacker = try server.token("张伟")
        try server.start()
        let me = ReplicaID.random()
        func record(fields: Int, perField: Int, text: String = "值") -> WireRecord {
            var counter: UInt64 = 1
            var out: [String: [FieldEntry]] = ["deleted": [FieldEntry(dot: Dot(me, 1), value: .bool(false), hlc: HLC(milliseconds: 1))]]
            for f in 0..<fields {
                out["future_\(f)"] = (0..<perField).map { _ in
                    counter += 1
                    return FieldEntry(dot: Dot(me, counter), value: .text(text), hlc: HLC(milliseconds: counter))
                }
            }
            return WireRecord(table: "enterprise", id: UUIDText.random(), state: RecordState(vv: VersionVector([me: counter]), fields: out))
        }
        let cases: [(String, WireRecord)] = [
            ("257 fields", record(fields: 256, perField: 1)),
            ("4,097 entries", record(fields: 17, perField: 241)),
            ("300 KB of unknown fields", record(fields: 1, perField: 1, text: String(repeating: "长", count: 100_000))),
        ]
        for (what, big) in cases {
            for wire in [WireFormat.binary, .json] {
                let r = try server.push([big], as: me, token: attacker, wire: wire)
                #expect(r.status == 400 && r.text.contains(big.id), "\(what), \(wire): \(r.status) \(r.text.prefix(300))")
            }
        }
        #expect(try server.zoneStates().isEmpty, "nothing was written")
    }

    /// Whole entries are immutable and stamps are capped (issue 24, findings 3 and 4): another
    /// replica's write re-sent with a stamp of 2^64-1 or any other stamp, one write given two
    /// stamps, and a laptop record renamed by someone else are refused; nothing changes.
    @Test func restampedWritesAndAnotherLaptopsRecordAreRefused() throws {
        let server = try ServerProcess()
        let victimToken = try server.token("李娜")
        let attackerToken = try server.token("张伟")
        try server.start()
        let victim = ReplicaID.random()
        let attacker = ReplicaID.random()
        let id = UUIDText.random()
        let original = WireRecord.written(id: id, ["name": .text("星河科技"), "credit_code": .text(CreditCode.make(3)), "deleted": .bool(false)],
                                          by: victim, hlc: HLC(milliseconds: 1_760_000_000_000))
        func push(_ records: [WireRecord], as replica: ReplicaID, _ token: String, wire: WireFormat = .binary) throws -> (Int, String) {
            try server.push(records, as: replica, token: token, wire: wire)
        }
        #expect(try push([original], as: victim, victimToken).0 == 200)
        let before = try server.zoneStates()
        func restamped(_ hlc: HLC) -> WireRecord {
            let fields = original.state.fields.mapValues { $0.map { FieldEntry(dot: $0.dot, value: $0.value, hlc: hlc) } }
            return WireRecord(table: original.table, id: original.id, state: RecordState(vv: original.state.vv, fields: fields))
        }
        let maxed = try push([restamped(HLC(rawValue: .max))], as: attacker, attackerToken)
        #expect(maxed.0 == 400 && maxed.1.contains(id), "a stamp of 2^64-1: \(maxed)")
        let later = try push([restamped(HLC(milliseconds: 1_760_000_000_001))], as: attacker, attackerToken)
        #expect(later.0 == 409 && later.1.contains(id), "another stamp on a held write: \(later)")
        // One write, two stamps (JSON carries a stamp per entry).
        let one = WireRecord.written(id: UUIDText.random(), ["name": .text("两个时间戳"), "deleted": .bool(false)], by: attacker)
        var split = one.state.fields
        split["name"] = split["name"]?.map { FieldEntry(dot: $0.dot, value: $0.value, hlc: HLC(milliseconds: 99)) }
        let twoStamps = WireRecord(table: one.table, id: one.id, state: RecordState(vv: one.state.vv, fields: split))
        let stamps = try push([twoStamps], as: attacker, attackerToken, wire: .json)
        #expect(stamps.0 == 400 && stamps.1.contains(twoStamps.id), "one write, two stamps: \(stamps)")
        // The victim's laptop record, renamed by the attacker.
        let rename = WireRecord.written(table: "laptop", id: victim.rawValue, ["name": .text("attacker-laptop"), "deleted": .bool(false)], by: attacker)
        let renamed = try push([rename], as: attacker, attackerToken)
        #expect(renamed.0 == 403 && renamed.1.contains(victim.rawValue), "another laptop's record: \(renamed)")
        #expect(try server.zoneStates() == before, "nothing changed")
        // Its own laptop record, the attacker may write.
        let own = WireRecord.written(table: "laptop", id: attacker.rawValue, ["name": .text("张伟的笔记本"), "deleted": .bool(false)], by: attacker)
        #expect(try push([own], as: attacker, attackerToken).0 == 200)
    }

    /// A state that has seen a field's writes but leaves the field out would erase it on every
    /// laptop (issue 24, finding 13): refused, and the field stays.
    @Test func aFieldLeftOutOfASeenStateIsNotErased() throws {
        let server = try ServerProcess()
        let victimToken = try server.token("李娜")
        let attackerToken = try server.token("张伟")
        try server.start()
        let victim = ReplicaID.random()
        let attacker = ReplicaID.random()
        let id = UUIDText.random()
        let original = WireRecord.written(id: id, ["name": .text("星河科技"), "credit_code": .text(CreditCode.make(7)), "deleted": .bool(false)], by: victim)
        func push(_ r: WireRecord, as replica: ReplicaID, _ token: String) throws -> (Int, String) {
            try server.push([r], as: replica, token: token)
        }
        #expect(try push(original, as: victim, victimToken).0 == 200)
        // The attacker's state: it has seen the victim's write (vector covers it) and renames the
        // enterprise, but carries no credit_code at all.
        let hlc = HLC(milliseconds: 2)
        let erasing = WireRecord(table: "enterprise", id: id, state: RecordState(vv: VersionVector([victim: 1, attacker: 1]), fields: [
            "name": [FieldEntry(dot: Dot(attacker, 1), value: .text("改名科技"), hlc: hlc)],
            "deleted": [FieldEntry(dot: Dot(attacker, 1), value: .bool(false), hlc: hlc)],
        ]))
        let refused = try push(erasing, as: attacker, attackerToken)
        #expect(refused.0 == 400 && refused.1.contains("credit_code") && refused.1.contains(id), "\(refused)")
        #expect(try server.zoneStates()["enterprise/\(id)"]?.entries("credit_code").first?.value == .text(CreditCode.make(7)))
        // The same rename carrying the field (as every laptop's state does) is accepted.
        var fields = erasing.state.fields
        fields["credit_code"] = original.state.fields["credit_code"]
        let honest = WireRecord(table: "enterprise", id: id, state: RecordState(vv: erasing.state.vv, fields: fields))
        #expect(try push(honest, as: attacker, attackerToken).0 == 200)
        #expect(try server.zoneStates()["enterprise/\(id)"]?.entries("credit_code").first?.value == .text(CreditCode.make(7)))
    }

    /// Names from a body reach answers and logs escaped and cut short (issue 24, finding 8): a
    /// table name with a line break cannot forge a log line, a 200 kB one is not echoed whole.
    @Test func namesFromABodyAreEchoedEscapedAndShort() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        let logFile = server.dir.appendingPathComponent("server.log")
        try server.start(extra: ["--log-level", "info"], log: logFile)
        let me = ReplicaID.random()
        for table in ["enterprise\n2026-12-06T00:00:00+0000 critical fieldsync-server: forged", String(repeating: "表", count: 70_000)] {
            let record = WireRecord.written(table: table, id: UUIDText.random(), ["name": .text("x")], by: me)
            let r = try server.send("POST", "/v1/push", token: token, replica: me.rawValue,
                                    body: BinaryWire.encode(PushRequest(replica: me.rawValue, records: [record])),
                                    headers: [("Content-Type", BinaryWire.mediaType)])
            let text = String(decoding: r.body, as: UTF8.self)
            #expect(r.status == 400, "\(r.status)")
            #expect(r.body.count < 4096, "an answer of \(r.body.count) bytes")
            let message = ((try? JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any])?["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(!message.contains("\n"), "\(text)")
        }
        server.stop()
        let log = String(decoding: FileManager.default.contents(atPath: logFile.path) ?? Data(), as: UTF8.self)
        #expect(log.contains("refused"), "the refusals are logged")
        #expect(!log.contains("\n2026-12-06T00:00:00+0000 critical"), "a forged log line: \(log.prefix(2000))")
        #expect(!log.split(separator: "\n").contains { $0.utf8.count > 8192 }, "a log line holds a 200 kB name")
    }

    /// Control characters that arrive by sync (a clipboard write, a title change) are shown
    /// escaped in every table, detail and refusal, never sent to the terminal raw.
    @Test func syncedControlCharactersAreShownEscaped() throws {
        let server = try ServerProcess()
        let writer = try server.token("张伟")
        let reader = try server.token("李娜")
        try server.start()
        let id = UUIDText.random()
        let me = ReplicaID.random()
        let name = "星河\u{1B}]52;c;aGVsbG8=\u{07}科技\u{1B}[2J"
        let state = RecordState(vv: VersionVector([me: 1]), fields: [
            "name": [FieldEntry(dot: Dot(me, 1), value: .text(name), hlc: HLC(milliseconds: 1))],
            "credit_code": [FieldEntry(dot: Dot(me, 1), value: .text(CreditCode.make(9)), hlc: HLC(milliseconds: 1))],
            "deleted": [FieldEntry(dot: Dot(me, 1), value: .bool(false), hlc: HLC(milliseconds: 1))],
        ])
        let push = try server.send("POST", "/v1/push", token: writer, replica: me.rawValue,
                                   body: FastJSON.encode(PushRequest(replica: me.rawValue, records: [WireRecord(table: "enterprise", id: id, state: state)])))
        #expect(push.status == 200, "\(String(decoding: push.body, as: UTF8.self))")
        let laptop = try CLI.laptop("李娜的笔记本", server: server, token: reader)
        try laptop.sync()
        for args in [["enterprise", "list"], ["enterprise", "show", id], ["history", id]] {
            let r = try laptop.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{07}"), "\(args) sent a control character raw")
            #expect(r.stdout.contains("\\u{1B}]52"), "\(args): \(r.stdout)")
        }
        #expect(try laptop.run(["enterprise", "show", id, "--json"]).object["name"] as? String == name, "JSON carries the text as it is")
    }

    /// A laptop made for one zone never syncs into another, and a refusal never names another
    /// laptop's identity.
    @Test func aLaptopOfAnotherZoneIsRefusedNamingBothZones() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")  // a token of 高新区
        try server.start()
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "经开区笔记本", "--zone", "经开区")
        try cli.ok("config", "set", "server", server.url)
        try cli.ok("config", "set", "token", token)
        try cli.ok("enterprise", "add", "--name", "不应写入", "--credit-code", CreditCode.make(11))
        let r = try cli.run(["sync"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("经开区") && r.stderr.contains("高新区"), "\(r.stderr)")
        #expect(try server.zoneStates().isEmpty && (try server.zoneStates("经开区")).isEmpty, "nothing written in either zone")
        // A token bound to one laptop, used by another: refused without naming the first.
        let a = try CLI.laptop("甲", server: server, token: token)
        try a.sync()
        let bound = try a.run(["status", "--json"]).object["replica_id"] as? String ?? ""
        let other = try server.send("GET", "/v1/pull?after=0", token: token, replica: UUIDText.random())
        #expect(other.status == 403 && !String(decoding: other.body, as: UTF8.self).contains(bound))
    }

    /// A viewer's laptop with a local edit still pulls every time, says what it could not push,
    /// and once it knows it is a viewer's, refuses new local writes up front.
    @Test func aViewerLaptopAlwaysPullsAndRefusesLocalWrites() throws {
        let server = try ServerProcess()
        let writer = try server.token("张伟")
        let viewerToken = try server.token("领导", role: "viewer")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: writer)
        try a.ok("enterprise", "add", "--name", "星河科技有限公司", "--credit-code", CreditCode.make(21))
        try a.sync()
        // The office's viewer laptop, fresh from `init` (its own laptop record is no change it
        // made): its sync is a success, with its summary and its time (issue 25, item 1).
        let v = try CLI.laptop("领导的笔记本", server: server, token: viewerToken)
        let first = try v.run(["sync", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect((first.object["pulled"] as? Int ?? 0) >= 1, "\(first.stdout)")
        let status = try v.run(["status", "--json"]).object
        #expect(status["last_sync"] is String && status["pending_changes"] as? Int == 0, "\(status)")
        #expect(try v.run(["enterprise", "list", "--json"]).array.count == 1)
        #expect(try v.run(["sync", "--json"]).status == 0, "and every night after")
        // The office adds another enterprise; the viewer pulls it, every time.
        try a.ok("enterprise", "add", "--name", "博雅生物医药有限公司", "--credit-code", CreditCode.make(22))
        try a.sync()
        _ = try v.run(["sync"])
        #expect(try v.run(["enterprise", "list", "--json"]).array.count == 2)
        // New local writes are refused up front, in one sentence, nothing written.
        let w = try v.run(["enterprise", "add", "--name", "不应写入", "--credit-code", CreditCode.make(23)])
        #expect(w.status == 77 && w.stderr.split(separator: "\n").count == 1, "\(w.stderr)")
        #expect(try v.run(["enterprise", "list", "--json"]).array.count == 2)
    }

    /// A server store of the earlier layout (a laptop-format main file and one laptop-format file
    /// per zone, named by a hash of the zone) is not served: `serve` names `migrate-store` in one
    /// sentence and changes nothing; `migrate-store` copies tokens and every zone with its
    /// sequences, and the laptop keeps syncing from its checkpoint.
    @Test func legacyLayoutIsRefusedThenMovedWithMigrateStore() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-legacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = dir.appendingPathComponent("server.db").path
        let token = "fst_" + String(repeating: "ab", count: 32)
        do {
        // The old main file: a laptop-format store holding the token table.
        let main = try Replica(path: old)
        try main.initialize(name: "fieldsync-server", zone: "*", role: "server")
        let hash = SHA256.hex(token)
        try main.write { db in
            // The token table as the earlier layout kept it in the main file.
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS token (name TEXT PRIMARY KEY NOT NULL, hash TEXT NOT NULL, lookup TEXT NOT NULL, zone TEXT NOT NULL,
                    role TEXT NOT NULL, replica_id TEXT, created_at TEXT NOT NULL, revoked_at TEXT, last_used_at TEXT)
                """)
            try db.execute(sql: "INSERT INTO token (name, hash, lookup, zone, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: ["张伟", hash, String(hash.prefix(12)), "高新区", "commissioner", "2026-01-01T00:00:00Z"])
        }
        // The old zone file of 高新区 with three enterprises at sequences 1…3 (and a head of 5),
        // written as local changes (the sequences of a server's zone file are its rows' `_seq`).
        let zone = try Replica(path: dir.appendingPathComponent("server.zone-\(SHA256.hex("zone:高新区").prefix(32)).db").path)
        try zone.initialize(name: "fieldsync-server", zone: "高新区", role: "server")
        for name in ["老服务器的企业甲", "老服务器的企业乙", "老服务器的企业丙"] {
            try zone.transaction { tx in _ = try tx.write(Domain.enterprise, id: UUIDText.random(), ["name": .text(name)]) }
        }
        try zone.write { db in try db.execute(sql: "UPDATE replica_info SET next_seq = 6") }
        }  // both stores closed: their WAL is checkpointed into the files
        let before = try Data(contentsOf: URL(fileURLWithPath: old))

        let refused = try ServerProcess.run(["serve", "--db", old, "--port", "0"])
        #expect(refused.status != 0 && refused.stderr.contains("migrate-store"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1, "one sentence: \(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: old)) == before, "the refused file is unchanged")

        let server = try ServerProcess()
        let target = server.database ?? server.db
        let moved = try ServerProcess.run(["migrate-store", "--from", old, "--to", target])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("1 tokens") && moved.stdout.contains("3 records"), "\(moved.stdout)")
        // A second copy into the same, no longer empty, store is refused.
        let again = try ServerProcess.run(["migrate-store", "--from", old, "--to", target])
        #expect(again.status != 0 && again.stderr.split(separator: "\n").count == 1, "\(again.stderr)")
        let exported = try server.command(["export", "--zone", "高新区"]).stdout.split(separator: "\n")
        #expect(exported.filter { $0.hasPrefix("{\"seq\":") }.count == 3)
        #expect(exported.first?.hasPrefix("{\"seq\":1,") == true && exported.last?.hasPrefix("{\"seq\":3,") == true, "sequences kept")
        // The old token works against the moved store; a laptop pulls the three, and the next
        // change gets sequence 6 (the old head was kept).
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: token)
        try a.sync()
        #expect(try a.run(["enterprise", "list", "--json"]).array.count == 3)
        try a.ok("enterprise", "add", "--name", "迁移后的企业", "--credit-code", CreditCode.make(31))
        let r = try a.run(["sync", "--json"])
        #expect((r.object["server_seq"] as? Int ?? 0) >= 7, "\(r.stdout)")
    }

    /// A connection that sends half a header and falls silent is closed by the server.
    @Test func silentConnectionsAreClosed() throws {
        let server = try ServerProcess()
        try server.start(extra: ["--idle-timeout", "1"])
        let port = UInt16(URL(string: server.url)?.port ?? 0)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = port.bigEndian
        let connected = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        #expect(connected == 0)
        let half = Array("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)
        _ = half.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let started = Date()
        var buf = [UInt8](repeating: 0, count: 256)
        let n = read(fd, &buf, buf.count)
        #expect(n <= 0, "the server answered a half-sent request")
        #expect(Date().timeIntervalSince(started) < 9, "the connection was closed by the idle timeout, not left open")
        #expect(try server.send("GET", "/health", token: nil).status == 200)
    }

    /// Sends `head` and ten bytes of a body, then trickles one byte every half second while
    /// reading: what the server answered, and after how many seconds it closed the connection
    /// (nil when still open after 10 s).
    static func trickle(port: UInt16, head: String) -> (answer: String, closedAfter: Double?) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = port.bigEndian
        guard withUnsafePointer(to: &addr, { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }) == 0 else {
            return ("", nil)
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 500_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let first = Array(head.utf8) + Array(repeating: UInt8(ascii: "x"), count: 10)
        _ = first.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let started = Date()
        var answer: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while Date().timeIntervalSince(started) < 10 {
            let n = read(fd, &buf, buf.count)
            if n == 0 { return (String(decoding: answer, as: UTF8.self), Date().timeIntervalSince(started)) }
            if n > 0 {
                answer += buf[0..<n]
            } else {
                var one: UInt8 = UInt8(ascii: "x")
                if send(fd, &one, 1, Int32(MSG_NOSIGNAL)) < 0 { return (String(decoding: answer, as: UTF8.self), Date().timeIntervalSince(started)) }
            }
        }
        return (String(decoding: answer, as: UTF8.self), nil)
    }

    /// A body trickled a byte at a time holds no connection (issue 24, findings 6 and 9): refused
    /// for its token, the connection closes after the answer; admitted, the whole body must arrive
    /// within `--body-timeout` (408), whatever the idle timeout.
    @Test func trickledBodiesDoNotHoldConnections() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start(extra: ["--idle-timeout", "30", "--body-timeout", "2"])
        let port = UInt16(URL(string: server.url)?.port ?? 0)
        let unauthenticated = Self.trickle(port: port, head: "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\nFieldSync-Schema: 5\r\n\r\n")
        #expect(unauthenticated.answer.hasPrefix("HTTP/1.1 401"), "\(unauthenticated.answer.prefix(200))")
        #expect((unauthenticated.closedAfter ?? 99) < 5, "closed after \(String(describing: unauthenticated.closedAfter)) s")
        let replica = UUIDText.random()
        let admitted = Self.trickle(port: port, head: [
            "POST /v1/push HTTP/1.1", "Host: 127.0.0.1", "Content-Length: 100000", "Authorization: Bearer \(token)",
            "FieldSync-Schema: 5", "FieldSync-Replica: \(replica)", "\(SyncProtocol.replicaKeyHeader): \(ServerProcess.key(of: replica))",
            "\(SyncProtocol.historyHeader): \(ReplicaHistory.genesis)", "\(SyncProtocol.pushIDHeader): \(String(SHA256.hex(replica).prefix(32)))",
            "Content-Type: \(BinaryWire.mediaType)", "", "",
        ].joined(separator: "\r\n"))
        #expect(admitted.answer.hasPrefix("HTTP/1.1 408"), "\(admitted.answer.prefix(300))")
        #expect((admitted.closedAfter ?? 99) < 6, "closed after \(String(describing: admitted.closedAfter)) s")
        #expect(try server.send("GET", "/health", token: nil).status == 200)
        #expect(try server.zoneStates().isEmpty)
    }

    /// /metrics on the main address needs an admin token in every spelling, even from this
    /// machine (behind a same-host proxy every peer is loopback); the metrics listener serves it
    /// to a scraper here, and refuses to listen anywhere but loopback (issue 24, finding 12).
    @Test func metricsNeedAnAdminTokenOnTheMainAddress() throws {
        let server = try ServerProcess()
        let admin = try server.token("管理员", role: "admin")
        let commissioner = try server.token("张伟")
        try server.start()
        for path in ["/metrics", "/metrics/", "/metrics?x=1", "//metrics", "/Metrics"] {
            let r = try CurlTransport().send(HTTPExchange(method: "GET", url: server.url + path, headers: []))
            #expect(r.status != 200 && !String(decoding: r.body, as: UTF8.self).contains("fieldsync_requests_total"), "\(path): \(r.status)")
            let c = try CurlTransport().send(HTTPExchange(method: "GET", url: server.url + path, headers: [("Authorization", "Bearer \(commissioner)")]))
            #expect(c.status != 200, "\(path) with a commissioner's token: \(c.status)")
        }
        let a = try CurlTransport().send(HTTPExchange(method: "GET", url: server.url + "/metrics", headers: [("Authorization", "Bearer \(admin)")]))
        #expect(a.status == 200)
        #expect(try server.send("GET", "/v1/pull?after=0", token: nil).status == 401)  // an answer to count
        let scraped = try CurlTransport().send(HTTPExchange(method: "GET", url: try ServerProcess.metricsURL(server.url), headers: []))
        #expect(scraped.status == 200 && String(decoding: scraped.body, as: UTF8.self).contains("fieldsync_requests_total"))
        let wide = try ServerProcess.run(["serve"] + server.storeArgs + ["--port", "0", "--metrics-listen", "0.0.0.0:0"])
        #expect(wide.status == 64 && wide.stderr.contains("0.0.0.0:0"), "\(wide.status): \(wide.stderr)")
    }

    /// A laptop whose large push is refused before its body is read still gets the refusal (a
    /// viewer's laptop must learn `read_only` to switch to pulling), though the server stops
    /// reading the body.
    @Test func aLargeRefusedPushStillGetsItsAnswer() throws {
        let server = try ServerProcess()
        let viewer = try server.token("办公室", role: "viewer")
        let revoked = try server.token("离职", role: "commissioner")
        try server.revoke("离职")
        try server.start()
        var junk = [UInt8](repeating: 0, count: 8 << 20)
        for i in junk.indices { junk[i] = UInt8(truncatingIfNeeded: i &* 2_654_435_761 >> 13) }
        for round in 0..<5 {
            let r = try server.send("POST", "/v1/push", token: viewer, body: junk, headers: [("Content-Type", BinaryWire.mediaType)])
            #expect(r.status == 403 && String(decoding: r.body, as: UTF8.self).contains("read_only"), "round \(round): \(r.status)")
            let gone = try server.send("POST", "/v1/push", token: revoked, body: junk, headers: [("Content-Type", BinaryWire.mediaType)])
            #expect(gone.status == 401, "round \(round): \(gone.status)")
        }
    }

    /// One commissioner raising another laptop's counters (once this made the victim's every sync
    /// fail, or rotate its replica id) is refused, and the victim syncs on.
    @Test func onlyAReplicaMayRaiseItsOwnCounters() throws {
        let server = try ServerProcess()
        let victimToken = try server.token("李娜")
        let attackerToken = try server.token("张伟")
        try server.start()
        let victim = try CLI.laptop("李娜的笔记本", server: server, token: victimToken)
        let e = try victim.ok("enterprise", "add", "--name", "星河科技有限公司", "--credit-code", CreditCode.make(7))
        try victim.sync()
        let victimID = ReplicaID(try victim.run(["status", "--json"]).object["replica_id"] as? String ?? "")
        let attacker = ReplicaID.random()
        let before = try server.zoneStates()
        for forged in [UInt64(Int64.max), 1_000_000] {
            let state = RecordState(vv: VersionVector([attacker: 1, victimID: forged]),
                                    fields: ["contact": [FieldEntry(dot: Dot(attacker, 1), value: .text("冒充"), hlc: HLC(milliseconds: 1))]])
            let body = FastJSON.encode(PushRequest(replica: attacker.rawValue, records: [WireRecord(table: "enterprise", id: e, state: state)]))
            let r = try server.send("POST", "/v1/push", token: attackerToken, replica: attacker.rawValue, body: body)
            #expect((400..<500).contains(r.status), "vv[victim] = \(forged): \(r.status)")
        }
        // A write stamped years ahead would win every later conflict: refused too.
        let future = RecordState(vv: VersionVector([attacker: 1]),
                                 fields: ["contact": [FieldEntry(dot: Dot(attacker, 1), value: .text("永远赢"), hlc: HLC(rawValue: .max >> 1))]])
        let late = try server.send("POST", "/v1/push", token: attackerToken, replica: attacker.rawValue,
                                   body: FastJSON.encode(PushRequest(replica: attacker.rawValue, records: [WireRecord(table: "enterprise", id: e, state: future)])))
        #expect((400..<500).contains(late.status), "\(late.status)")
        #expect(try server.zoneStates() == before, "nothing was written")
        // The victim edits and syncs as before.
        try victim.ok("enterprise", "update", e, "--contact", "王芳")
        let r = try victim.run(["sync", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try victim.run(["status", "--json"]).object["replica_id"] as? String == victimID.rawValue, "no new replica id")
    }
}

/// A hostile HTTP server on 127.0.0.1 that answers every request with `answer(path)`: status,
/// headers and body. One thread, one connection at a time (the CLI sends one request at a time).
final class HostileServer: @unchecked Sendable {
    let port: Int
    private let fd: Int32
    private let answer: @Sendable (String) -> (Int, [(String, String)], [UInt8])
    private var thread: Thread?
    private(set) var requests: [String] = []
    private let lock = NSLock()

    init(answer: @escaping @Sendable (String) -> (Int, [(String, String)], [UInt8])) throws {
        self.answer = answer
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        guard bound == 0, listen(fd, 16) == 0 else { throw CLIError("cannot listen on 127.0.0.1") }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        self.fd = fd
        port = Int(UInt16(bigEndian: addr.sin_port))
        let t = Thread { [unowned self] in self.serve() }
        thread = t
        t.start()
    }

    var url: String { "http://127.0.0.1:\(port)" }

    func paths() -> [String] { lock.withLock { requests } }

    private func serve() {
        while true {
            let c = accept(fd, nil, nil)
            guard c >= 0 else { return }
            var data: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 65536)
            // Read the head, then as much body as Content-Length says.
            while true {
                let n = read(c, &buf, buf.count)
                guard n > 0 else { break }
                data += buf[0..<n]
                if let end = (0..<max(0, data.count - 3)).first(where: { data[$0] == 13 && data[$0 + 1] == 10 && data[$0 + 2] == 13 && data[$0 + 3] == 10 }) {
                    let head = String(decoding: data[0..<end], as: UTF8.self)
                    let length = head.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                        .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                    if end + 4 + length <= data.count { break }
                }
            }
            let requestLine = String(decoding: data.prefix { $0 != 0x0D }, as: UTF8.self)
            let path = requestLine.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            lock.withLock { requests.append(path) }
            let (status, headers, body) = answer(path)
            var head = "HTTP/1.1 \(status) X\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
            for (k, v) in headers { head += "\(k): \(v)\r\n" }
            head += "\r\n"
            let out = Array(head.utf8) + body
            var sent = 0
            while sent < out.count {
                let n = out[sent...].withUnsafeBytes { write(c, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                sent += n
            }
            close(c)
        }
    }

    deinit {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }
}

struct HostileServerTests {
    static let pushed = Array(#"{"changed": 0, "conflicts": 0, "server_seq": 5}"#.utf8)

    /// A laptop that has pushed its own records, pointed at `server`.
    static func laptop(_ server: HostileServer) throws -> CLI {
        let cli = try CLI()
        try cli.ok("init", "--replica-name", "测试笔记本")
        try cli.ok("config", "set", "server", server.url)
        try cli.ok("config", "set", "token", "fst_test")
        return cli
    }

    @Test func aPullThatDoesNotAdvanceIsRefusedNotLoopedOn() throws {
        let server = try HostileServer { path in
            path.hasPrefix("/v1/push") ? (200, [("Content-Type", "application/json")], HostileServerTests.pushed)
                : (200, [("Content-Type", "application/json")], Array(#"{"records": [], "up_to": 0, "server_seq": 9, "more": true}"#.utf8))
        }
        let cli = try Self.laptop(server)
        let r = try cli.run(["sync", "--retries", "1"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("does not move on"), "\(r.stderr)")
        #expect(server.paths().filter { $0.hasPrefix("/v1/pull") }.count <= 2, "\(server.paths())")
    }

    @Test func aGzipBombIsRefusedBeforeItFillsMemory() throws {
        // 200 MiB of spaces inside a JSON string, ~200 KB on the wire.
        var bomb = Array(#"{"records": [], "up_to": 1, "server_seq": 1, "more": false, "x": ""#.utf8)
        bomb += [UInt8](repeating: 0x20, count: 200 << 20)
        bomb += Array(#""}"#.utf8)
        let gz = Gzip.compress(bomb)
        bomb = []
        let server = try HostileServer { path in
            path.hasPrefix("/v1/push") ? (200, [("Content-Type", "application/json")], HostileServerTests.pushed)
                : (200, [("Content-Type", "application/json"), ("Content-Encoding", "gzip")], gz)
        }
        let cli = try Self.laptop(server)
        let r = try cli.run(["sync", "--retries", "1"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("exceeds 64 MiB"), "\(r.stderr)")
    }
}

/// The server's own bounds, checked on their parts (a test cannot come from a non-loopback
/// address, and a race between two pushes would be a timed test).
struct ServerBoundsTests {
    @Test func metricsAreForThisMachineOnly() {
        for ip in ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"] { #expect(SyncRequestContext.isLoopback(ip), "\(ip)") }
        for ip in ["10.0.0.5", "192.168.1.2", "::ffff:10.0.0.1", "fe80::1", "1.127.0.0"] { #expect(!SyncRequestContext.isLoopback(ip), "\(ip)") }
        #expect(!SyncRequestContext.isLoopback(nil))
    }

    @Test func pushSlotsAreBoundedAndGivenBack() {
        let slots = Slots(limit: 2)
        let first = slots.acquire()
        #expect(first != nil && slots.acquire() != nil)
        #expect(slots.acquire() == nil, "a third push is refused while two merge")
        #expect(slots.occupancy().taken == 2 && slots.occupancy().oldest != nil)
        if let first { slots.release(first) }
        #expect(slots.acquire() != nil, "a slot given back is taken again")
    }
}
