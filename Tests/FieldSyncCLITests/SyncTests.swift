import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncWire
import Foundation
import Testing

/// Real `fieldsync-server` on 127.0.0.1, real CLI replicas.
@Suite(.serialized)
struct SyncTests {
    static let code = "91350100M000100Y43"

    func twoLaptops() throws -> (ServerProcess, CLI, CLI, String) {
        let server = try ServerProcess()
        let ta = try server.token("张伟")
        let tb = try server.token("李娜")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: ta)
        let b = try CLI.laptop("李娜的笔记本", server: server, token: tb)
        let e = try a.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", Self.code, "--pool", "high-tech")
        try a.sync()
        try b.sync()
        return (server, a, b, e)
    }

    @Test func concurrentEditsOfDifferentFieldsMergeSilently() throws {
        let (_, a, b, e) = try twoLaptops()
        try a.ok("enterprise", "update", e, "--address", "高新区科技南路18号")
        try b.ok("enterprise", "update", e, "--industry", "新材料")
        try a.sync()
        let rb = try b.sync()
        #expect(rb["conflicts"] as? Int == 0)
        try a.sync()
        for cli in [a, b] {
            let show = try cli.run(["enterprise", "show", e, "--json"]).object
            #expect(show["address"] as? String == "高新区科技南路18号")
            #expect(show["industry"] as? String == "新材料")
            #expect(show["conflicts"] == nil)
        }
    }

    @Test func sameFieldEditsConflictEverywhereAndOneResolutionClearsThemAll() throws {
        let (_, a, b, e) = try twoLaptops()
        try a.ok("enterprise", "update", e, "--contact", "王芳 13700000003")
        try b.ok("enterprise", "update", e, "--contact", "刘洋 13600000004")
        try a.sync()
        #expect(try b.sync()["conflicts"] as? Int == 1)
        #expect(try a.sync()["conflicts"] as? Int == 1)
        for cli in [a, b] {
            let list = try cli.run(["conflicts", "list", "--json"]).array
            let values = (list.first?["fields"] as? [[String: Any]])?.first?["values"] as? [String] ?? []
            #expect(Set(values) == ["王芳 13700000003", "刘洋 13600000004"])
        }
        // Both laptops show the same value before anyone decides.
        #expect(try a.run(["enterprise", "show", e, "--json"]).object["contact"] as? String
                == (try b.run(["enterprise", "show", e, "--json"]).object["contact"] as? String))
        try b.ok("conflicts", "resolve", e, "--field", "contact", "--value", "王芳 13700000003")
        try b.sync()
        #expect(try a.sync()["conflicts"] as? Int == 0)
        for cli in [a, b] {
            #expect(try cli.run(["conflicts", "list", "--json"]).array.isEmpty)
            #expect(try cli.run(["enterprise", "show", e, "--json"]).object["contact"] as? String == "王芳 13700000003")
        }
        #expect(try a.store.allStates() == (try b.store.allStates()))
    }

    @Test func aDeleteConcurrentWithAnEditIsAConflictAndNothingIsLost() throws {
        let (_, a, b, e) = try twoLaptops()
        try a.ok("enterprise", "delete", e)
        try b.ok("enterprise", "update", e, "--address", "软件园二期3栋")
        try a.sync()
        try b.sync()
        try a.sync()
        for cli in [a, b] {
            let show = try cli.run(["enterprise", "show", e, "--json"])
            #expect(show.status == 0)
            #expect(show.object["address"] as? String == "软件园二期3栋")
            #expect((show.object["conflicts"] as? [String])?.contains("deleted") == true)
        }
        // Someone decides: keep it.
        try a.ok("conflicts", "resolve", e, "--field", "deleted", "--value", "false")
        try a.sync()
        try b.sync()
        #expect(try b.run(["conflicts", "list", "--json"]).array.isEmpty)
        #expect(try b.run(["enterprise", "list", "--json"]).array.count == 1)
    }

    @Test func aReplicaWhoseClockIsAYearAheadDoesNotBeatACausallyLaterEdit() throws {
        let server = try ServerProcess()
        let ta = try server.token("ahead")
        let tb = try server.token("normal")
        try server.start()
        let ahead = try CLI.laptop("时钟超前的笔记本", server: server, token: ta, now: "2027-11-29T00:00:00Z")
        let normal = try CLI.laptop("正常笔记本", server: server, token: tb, now: "2026-11-29T00:00:00Z")
        let e = try ahead.ok("enterprise", "add", "--name", "博雅生物医药", "--credit-code", Self.code, "--contact", "旧联系人")
        try ahead.sync()
        try normal.sync()
        // The normal laptop has seen the far-future write, and edits after it.
        try normal.ok("enterprise", "update", e, "--contact", "新联系人 13800000001")
        try normal.sync()
        try ahead.sync()
        for cli in [ahead, normal] {
            let show = try cli.run(["enterprise", "show", e, "--json"]).object
            #expect(show["contact"] as? String == "新联系人 13800000001")
            #expect(show["conflicts"] == nil)
        }
    }

    @Test func aReplayedOrDuplicatedPushChangesNothing() throws {
        let (server, a, _, e) = try twoLaptops()
        try a.ok("enterprise", "update", e, "--contact", "王芳")
        let store = try a.store
        let info = try store.info()
        let records = try store.changes(after: 0, limit: 100).map(\.record)
        let body = try WireCoding.encode(PushRequest(replica: info.replicaID.rawValue, records: records))
        let tok = try #require(try store.config("token"))
        // Sent as the laptop would: its key, its history, one push id; then replayed as a retry.
        let identity = [
            (SyncProtocol.replicaKeyHeader, try store.replicaKey()), (SyncProtocol.historyHeader, try store.pushHistory().head),
            (SyncProtocol.pushIDHeader, String(repeating: "c", count: 32)),
            (SyncProtocol.pushRangeHeader, ReplicaHistory.rangeText(after: 0, upTo: Int64(records.count))),
        ]
        let first = try server.send("POST", "/v1/push", token: tok, replica: info.replicaID.rawValue, body: body, headers: identity)
        #expect(first.status == 200, "\(String(decoding: first.body, as: UTF8.self))")
        let before = try server.zoneStates()
        let again = try server.send("POST", "/v1/push", token: tok, replica: info.replicaID.rawValue, body: body, headers: identity)
        #expect(again.status == 200)
        let reply = try WireCoding.decode(PushResponse.self, from: again.body)
        #expect(reply.changed == 0)
        #expect(try server.zoneStates() == before)
    }

    @Test func aServerKilledMidPushIsFollowedByASyncThatCompletesWithNoDuplicates() throws {
        let server = try ServerProcess()
        let ta = try server.token("张伟")
        let tb = try server.token("李娜")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: ta)
        let store = try a.store
        try FaultTests.write(store, 3000, from: 0)
        // Sync in small batches in the background and kill the server mid-way.
        let p = try a.startSync(["--batch-size", "50", "--retries", "1"])
        // Mid-push: some batches of the 60 have landed, most have not.
        try ServerProcess.waitForPushes(server.url, atLeast: 3)
        server.kill()
        p.waitUntilExit()
        #expect(try server.zoneIntegrity())
        let landed = try server.zoneStates().count
        // Restart on the same store (a new port) and finish.
        try server.start()
        try a.ok("config", "set", "server", server.url)
        try a.sync()
        let b = try CLI.laptop("李娜的笔记本", server: server, token: tb)
        try b.sync()
        try a.sync()  // A takes B's laptop record
        #expect(try server.zoneStates().count == 3002)  // 3000 enterprises and the two laptops' names
        #expect(try b.store.ids(Domain.enterprise).count == 3000)
        #expect(try b.store.allStates() == (try a.store.allStates()))
        #expect(try a.store.integrityOK() && (try b.store.integrityOK()))
        #expect(landed <= 3000)
    }

    @Test func badRevokedViewerAndOtherZoneTokensAreRefusedAndWriteNothing() throws {
        let server = try ServerProcess()
        let good = try server.token("张伟")
        let viewer = try server.token("领导", role: "viewer")
        let viewer2 = try server.token("领导的另一台", role: "viewer")
        let other = try server.token("别的园区", zone: "经开区")
        let revoked = try server.token("离职专员")
        try server.revoke("离职专员")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: good)
        try a.ok("enterprise", "add", "--name", "华芯微电子", "--credit-code", Self.code)
        try a.sync()
        let before = try server.zoneStates()
        #expect(before.count == 2)  // the enterprise and the laptop's name
        for (token, code) in [("fst_nonsense", Int32(77)), (revoked, 77), (viewer, 77)] {
            let c = try CLI.laptop("笔记本", server: server, token: token)
            try c.ok("enterprise", "add", "--name", "不应写入", "--credit-code", CreditCode.make(5))
            let r = try c.run(["sync", "--json"])
            #expect(r.status == code, "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
            #expect(try c.run(["status", "--json"]).object["last_sync"] is NSNull)
        }
        // Another zone's token sees nothing of this zone, and its push lands in its own zone.
        let z = try CLI()
        z.server = server
        try z.ok("init", "--replica-name", "经开区笔记本", "--zone", "经开区")
        try z.ok("config", "set", "server", server.url)
        try z.ok("config", "set", "token", other)
        let pulled = try z.sync()
        #expect(pulled["pulled"] as? Int == 0)
        #expect(try server.zoneStates() == before)
        // A viewer may pull.
        let pull = try server.send("GET", "/v1/pull?after=0", token: viewer2)
        #expect(pull.status == 200)
        #expect(try WireCoding.decode(PullResponse.self, from: pull.body).records.count == 2)
    }

    @Test func hostileRequestsGetAJSONErrorAndChangeNothing() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start(extra: ["--max-body-mb", "1"])
        let before = try server.zoneStates()
        let replica = UUIDText.random()
        func expectError(_ reply: HTTPReply, _ status: Int, _ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(reply.status == status, "got \(reply.status): \(String(decoding: reply.body, as: UTF8.self))", sourceLocation: sourceLocation)
            let body = try? WireCoding.decode(ErrorBody.self, from: reply.body)
            #expect(body?.error.code == code, sourceLocation: sourceLocation)
        }
        expectError(try server.send("POST", "/v1/push", token: nil, replica: replica, body: Array("{}".utf8)), 401, "no_token")
        expectError(try server.send("POST", "/v1/push", token: token, replica: replica, body: Array("{\"replica\": ".utf8)), 400, "malformed")
        expectError(try server.send("POST", "/v1/push", token: token, schema: "99", replica: replica, body: Array("{}".utf8)), 426, "schema_mismatch")
        expectError(try server.send("POST", "/v1/push", token: token, schema: nil, replica: replica, body: Array("{}".utf8)), 400, "no_schema")
        let wrongType = #"{"replica": "\#(replica)", "records": [{"table": "enterprise", "id": 5, "vv": {}, "fields": {}}]}"#
        expectError(try server.send("POST", "/v1/push", token: token, replica: replica, body: Array(wrongType.utf8)), 400, "malformed")
        let notUUID = #"{"replica": "\#(replica)", "records": [{"table": "enterprise", "id": "abc", "vv": {}, "fields": {}}]}"#
        expectError(try server.send("POST", "/v1/push", token: token, replica: replica, body: Array(notUUID.utf8)), 400, "invalid_record")
        var state = RecordState()
        state.write(["name": .text("冒名公司")], by: ReplicaID(UUIDText.random()), at: HLC(rawValue: 1))
        let forgedBody = try WireCoding.encode(PushRequest(replica: replica, records: [WireRecord(table: "enterprise", id: UUIDText.random(), state: state)]))
        expectError(try server.send("POST", "/v1/push", token: token, replica: replica, body: forgedBody), 403, "forged_dot")
        let big = [UInt8](repeating: UInt8(ascii: " "), count: 2 * 1024 * 1024)
        expectError(try server.send("POST", "/v1/push", token: token, replica: replica, body: big), 413, "too_large")
        let bomb = Gzip.compress([UInt8](repeating: UInt8(ascii: " "), count: 64 * 1024 * 1024))
        #expect(bomb.count < 1024 * 1024)
        expectError(try server.send("POST", "/v1/push", token: token, replica: replica, body: bomb, gzip: true), 413, "too_large")
        expectError(try server.send("POST", "/v1/push", token: token, replica: replica, body: Array("not gzip".utf8), gzip: true), 400, "bad_gzip")
        expectError(try server.send("GET", "/v1/pull?after=-3", token: token, replica: replica), 400, "bad_after")
        // Version vectors must name replicas (UUIDs) with counters ≥ 1, and a record must carry one
        // (found by Schemathesis: these were accepted and stored as empty records).
        let id = UUIDText.random()
        for vv in [#"{"张伟": 1}"#, #"{"\#(replica)": 0}"#, "{}"] {
            let body = #"{"replica": "\#(replica)", "records": [{"table": "need", "id": "\#(id)", "vv": \#(vv), "fields": {}}]}"#
            let reply = try server.send("POST", "/v1/push", token: token, replica: replica, body: Array(body.utf8))
            #expect(reply.status == 400, "vv \(vv): \(String(decoding: reply.body, as: UTF8.self))")
        }
        expectError(try server.send("GET", "/v1/pull", token: token, replica: replica, headers: [("FieldSync-Previous-Replica", "旧笔记本")]),
                    400, "bad_previous_replica")
        for (method, path) in [("PUT", "/v1/push"), ("TRACE", "/health"), ("DELETE", "/v1/pull"), ("QUERY", "/metrics")] {
            expectError(try server.send(method, path, token: token, replica: replica), 405, "method_not_allowed")
        }
        // Still serving, nothing written.
        #expect(try server.send("GET", "/health", token: nil).status == 200)
        #expect(try server.zoneStates() == before)
    }

    @Test func aSecondSyncOfTheSameStoreExits75AndAnUnreachableServerExits69() throws {
        let (server, a, _, _) = try twoLaptops()
        do {
            let lock = try SyncLock(storePath: a.db)
            let r = try a.run(["sync"])
            #expect(r.status == 75)
            #expect(r.stderr.contains("Another sync"))
            withExtendedLifetime(lock) {}
        }
        server.stop()
        let down = try a.run(["sync", "--retries", "1"])
        #expect(down.status == 69, "\(down.stderr)")
        #expect(down.stderr.split(separator: "\n").count == 1)
        let status = try a.run(["status", "--json"]).object
        #expect(status["last_sync"] is String)
    }
}

@Suite(.serialized)
struct RestoreTests {
    @Test func aStoreRestoredFromABackupIsToldTakesANewIdAndLosesNothing() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: token)
        let e = try a.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", "91350100M000100Y43")
        try a.sync()
        // The backup.
        let backup = a.dir.appendingPathComponent("backup.db")
        try FileManager.default.copyItem(atPath: a.db, toPath: backup.path)
        try a.ok("enterprise", "update", e, "--contact", "备份之后写的联系人")
        try a.sync()
        // The laptop is restored from the backup and the commissioner writes again: the same dot, other content.
        try FileManager.default.removeItem(atPath: a.db)
        try? FileManager.default.removeItem(atPath: a.db + "-wal")
        try? FileManager.default.removeItem(atPath: a.db + "-shm")
        try FileManager.default.copyItem(atPath: backup.path, toPath: a.db)
        try a.ok("enterprise", "update", e, "--contact", "恢复之后写的联系人")
        let refused = try a.run(["sync"])
        #expect(refused.status == 76)
        // The push history already tells a restore (or a copy) before any dot is compared.
        #expect(refused.stderr.contains("or a restore") && refused.stderr.contains("it now writes as new replica"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        try a.sync()
        // Both contacts survive: a conflict for a person to decide, nothing silently lost.
        let show = try a.run(["conflicts", "show", e, "--json"]).object
        let values = ((show["fields"] as? [[String: Any]])?.first { $0["field"] as? String == "contact" }?["values"] as? [String]) ?? []
        #expect(Set(values) == ["备份之后写的联系人", "恢复之后写的联系人"])
        #expect(try server.zoneStates() == (try a.store.allStates()))
    }
}
