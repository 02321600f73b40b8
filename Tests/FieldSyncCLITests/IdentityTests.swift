import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncWire
import FieldSyncServer
import Foundation
import Testing

/// Replica identity and copied stores, against the real server and CLI (issue 12, items 1 and 2).
@Suite(.serialized)
struct IdentityTests {
    /// A second laptop made by copying the first one's store file (`cp a.db copy.db`).
    static func copy(of a: CLI, server: ServerProcess) throws -> CLI {
        let b = try CLI()
        b.server = server
        // The copy is taken the way a person would: the file (and its WAL, if one was left).
        try FileManager.default.copyItem(atPath: a.db, toPath: b.db)
        if FileManager.default.fileExists(atPath: a.db + "-wal") { try FileManager.default.copyItem(atPath: a.db + "-wal", toPath: b.db + "-wal") }
        return b
    }

    /// A running server with one token (张伟) and that token's laptop, which has added `first` and synced.
    static func oneSyncedLaptop(first: String) throws -> (server: ServerProcess, token: String, laptop: CLI) {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: token)
        try a.ok("enterprise", "add", "--name", first, "--credit-code", CreditCode.make(1))
        try a.sync()
        return (server, token, a)
    }

    static func names(_ cli: CLI) throws -> Set<String> {
        Set(try cli.run(["enterprise", "list", "--json"]).array.compactMap { $0["name"] as? String })
    }

    /// Each store writes a different enterprise, both sync: the second to push is told it is a
    /// copy, takes a new replica id, and after one more round both hold every record of both.
    @Test(arguments: [true, false])
    func aCopiedStoreIsToldAndBothEndWithEveryRecord(copySyncsFirst: Bool) throws {
        let (server, _, a) = try Self.oneSyncedLaptop(first: "复制之前的企业")
        let b = try Self.copy(of: a, server: server)
        try a.ok("enterprise", "add", "--name", "原机写的企业", "--credit-code", CreditCode.make(2))
        try b.ok("enterprise", "add", "--name", "副本写的企业", "--credit-code", CreditCode.make(3))
        let (first, second) = copySyncsFirst ? (b, a) : (a, b)
        try first.sync()
        let idBefore = try second.run(["status", "--json"]).object["replica_id"] as? String
        let refused = try second.run(["sync"])
        #expect(refused.status == 76, "\(refused.stderr)")
        #expect(refused.stderr.contains("copy of another laptop's store") && refused.stderr.contains("run sync again"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1, "one sentence: \(refused.stderr)")
        let idAfter = try second.run(["status", "--json"]).object["replica_id"] as? String
        #expect(idAfter != nil && idAfter != idBefore, "the refused store took a new replica id")
        // Nothing of the refused store reached the server.
        #expect(try server.zoneIDs(Domain.enterprise).count == 2)
        try second.sync()
        try first.sync()
        try second.sync()
        let all: Set = ["复制之前的企业", "原机写的企业", "副本写的企业"]
        #expect(try Self.names(a) == all)
        #expect(try Self.names(b) == all)
        let hub = try server.zoneStates()
        #expect(try a.store.allStates() == hub, "the original converged with the server")
        #expect(try b.store.allStates() == hub, "the copy converged with the server")
    }

    /// The original never writes again; the copy writes and syncs. The original's next sync is
    /// told (its history is behind the one the server accepted), and then it receives the copy's
    /// records instead of skipping them as its own.
    @Test func theOriginalBehindACopyReceivesTheCopysRecords() throws {
        let (server, _, a) = try Self.oneSyncedLaptop(first: "星河科技")
        let b = try Self.copy(of: a, server: server)
        try b.ok("enterprise", "add", "--name", "只在副本上写的企业", "--credit-code", CreditCode.make(2))
        try b.sync()
        let told = try a.run(["sync"])
        #expect(told.status == 76, "\(told.stderr)")
        try a.sync()
        #expect(try Self.names(a) == ["星河科技", "只在副本上写的企业"])
        try b.sync()
        #expect(try a.store.allStates() == (try b.store.allStates()))
        #expect(try server.zoneStates() == (try a.store.allStates()))
    }

    /// A push whose reply was lost is sent again with the same id and accepted; a different push
    /// from the same history is a copy and refused, changing nothing.
    @Test func aRetriedPushIsAcceptedAndAForkedOneRefused() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let me = ReplicaID.random()
        func body(_ name: String) -> [UInt8] {
            let state = RecordState(vv: VersionVector([me: 1]), fields: [
                "name": [FieldEntry(dot: Dot(me, 1), value: .text(name), hlc: HLC(milliseconds: 1))],
            ])
            return FastJSON.encode(PushRequest(replica: me.rawValue, records: [WireRecord(table: "enterprise", id: UUIDText.random(), state: state)]))
        }
        let genesis = ReplicaHistory.genesis
        let p1 = String(repeating: "a", count: 32)
        let history = [(SyncProtocol.historyHeader, genesis)]
        let range = [(SyncProtocol.pushRangeHeader, "0-1")]
        let first = try server.send("POST", "/v1/push", token: token, replica: me.rawValue, body: body("第一次"),
                                    headers: history + [(SyncProtocol.pushIDHeader, p1)] + range)
        #expect(first.status == 200)
        let before = try server.zoneStates()
        // A "retry" covering more of the laptop's changes than the push it repeats, or one from a
        // laptop that sends no range (an earlier version, which put later changes in its retries),
        // is not the same push: diverged, nothing written (issue 24, item 6).
        for other in [[(SyncProtocol.pushRangeHeader, "0-2")], []] {
            let more = try server.send("POST", "/v1/push", token: token, replica: me.rawValue, body: body("多了"),
                                       headers: history + [(SyncProtocol.pushIDHeader, p1)] + other)
            #expect(more.status == 409 && String(decoding: more.body, as: UTF8.self).contains("diverged_replica"), "\(other)")
            #expect(try server.zoneStates() == before, "a refused retry changes nothing")
        }
        // A range that is not two ordered numbers is refused as such.
        for bad in ["2-1", "1", "-1-2", "1-2-3", "a-b", String(repeating: "9", count: 19) + "-1"] {
            let reply = try server.send("POST", "/v1/push", token: token, replica: me.rawValue, body: body("坏"),
                                        headers: history + [(SyncProtocol.pushIDHeader, p1), (SyncProtocol.pushRangeHeader, bad)])
            #expect(reply.status == 400 && String(decoding: reply.body, as: UTF8.self).contains("bad_push_range"), "\(bad)")
        }
        #expect(try server.zoneStates() == before)
        // The reply was lost: the same push again (same id, same range), from the same head.
        let retry = try server.send("POST", "/v1/push", token: token, replica: me.rawValue, body: body("重发"),
                                    headers: history + [(SyncProtocol.pushIDHeader, p1)] + range)
        #expect(retry.status == 200, "\(String(decoding: retry.body, as: UTF8.self))")
        // Another push from the old head: a copy of the store.
        let afterRetry = try server.zoneStates()
        let fork = try server.send("POST", "/v1/push", token: token, replica: me.rawValue, body: body("副本"),
                                   headers: history + [(SyncProtocol.pushIDHeader, String(repeating: "b", count: 32))])
        #expect(fork.status == 409 && String(decoding: fork.body, as: UTF8.self).contains("diverged_replica"))
        #expect(try server.zoneStates() == afterRetry, "a refused push changes nothing")
        // A pull from the old head is refused the same way; from the new one it is served.
        let behind = try server.send("GET", "/v1/pull?after=0", token: token, replica: me.rawValue, headers: history)
        #expect(behind.status == 409)
        let head = ReplicaHistory.advance(genesis, by: p1)
        let current = try server.send("GET", "/v1/pull?after=0", token: token, replica: me.rawValue,
                                      headers: [(SyncProtocol.historyHeader, head)])
        #expect(current.status == 200)
    }

    /// A replica id belongs to one token and one store key; a token's new replica id needs the key
    /// of one of its stores or an administrator's rebind; refusals change nothing and name no
    /// other laptop.
    /// A backup restored in place over a pending push (issue 24, finding 5): R's push is accepted
    /// but its reply lost; R is backed up; R adds E2 and syncs; the backup is copied back over the
    /// same file (the ordinary restore, same inode). After a few syncs R holds E1 and E2 again.
    @Test func aBackupRestoredInPlaceOverAPendingPushLosesNothing() async throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let r = try CLI.laptop("张伟的笔记本", server: server, token: token)
        let e1 = try r.ok("enterprise", "add", "--name", "第一家科技有限公司", "--credit-code", CreditCode.make(71))
        do {
            // The push lands; its answer is cut short.
            var options = SyncOptions(server: server.url, token: token)
            options.maxAttempts = 1
            let lossy = FaultyTransport(try CurlTransport(), faults: FaultyTransport.Faults(truncateAfterCommit: 1), seed: 1)
            let store = try r.store
            await #expect(throws: SyncError.self) { try await SyncEngine(store: store, transport: lossy, options: options, sleep: { _ in }).run() }
        }
        #expect(try server.zoneIDs(Domain.enterprise) == [e1], "the server took the push")
        let backup = try Data(contentsOf: URL(fileURLWithPath: r.db))
        let e2 = try r.ok("enterprise", "add", "--name", "第二家科技有限公司", "--credit-code", CreditCode.make(72))
        let id = try r.store.info().replicaID
        try r.sync()
        #expect(try server.zoneIDs(Domain.enterprise) == [e1, e2].sorted())
        // The retry carried the range its id was made with: the server took it as the same push
        // (a retry with another range would be judged diverged and the laptop would take a new id).
        #expect(try r.store.info().replicaID == id)
        // The restore: the backup's bytes written over the same file.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: r.db + suffix) }
        try backup.write(to: URL(fileURLWithPath: r.db))
        var codes: [Int32] = []
        var said: [String] = []
        for _ in 0..<3 {
            let run = try r.run(["sync", "--json"])
            codes.append(run.status)
            said.append(run.stderr)
        }
        #expect(codes.last == 0, "\(codes): \(said)")
        let held = try r.run(["enterprise", "list", "--json"]).array.compactMap { $0["id"] as? String }
        #expect(Set(held) == Set([e1, e2]), "the restored laptop holds \(held)")
        #expect(try server.zoneIDs(Domain.enterprise) == [e1, e2].sorted())
    }

    /// A commissioner leaves with unsynced work (issue 25, item 3): the office revokes the token;
    /// a plain new token is refused with the sentence that fits (this laptop belongs to another
    /// token, and how to hand it over); a token made with `--takes-over` gets the laptop, whose
    /// last work then reaches the office. Bad hand-overs are refused naming why, changing nothing.
    @Test func aLeaversLaptopIsTakenOverAndItsLastWorkArrives() throws {
        let server = try ServerProcess()
        let leaver = try server.token("王强")
        let active = try server.token("李娜")
        try server.start()
        let laptop = try CLI.laptop("王强的笔记本", server: server, token: leaver)
        try laptop.ok("enterprise", "add", "--name", "同步过的科技公司", "--credit-code", CreditCode.make(81))
        try laptop.sync()
        let last = try laptop.ok("enterprise", "add", "--name", "离职前最后一家", "--credit-code", CreditCode.make(82))
        try server.revoke("王强")
        #expect(try laptop.run(["sync"]).status == 77)
        // A plain new token on the leaver's laptop: refused, saying what the office should do.
        let plain = try server.token("赵敏临时")
        try laptop.ok("config", "set", "token", plain)
        let refused = try laptop.run(["sync"])
        #expect(refused.status == 77 && refused.stderr.contains("--takes-over"), "\(refused.stderr)")
        // Bad hand-overs: unknown, still active, another zone; each names why, nothing is made.
        for (old, zone, says) in [("无此人", "高新区", "无此人"), ("李娜", "高新区", "still active"), ("王强", "经开区", "经开区")] {
            let r = try server.command(["token", "create", "--name", "接管\(old)\(zone)", "--role", "commissioner", "--zone", zone, "--takes-over", old])
            #expect(r.status == 65 && r.stderr.contains(says), "\(old) \(zone): \(r.status) \(r.stderr)")
        }
        _ = active
        let listed = try server.command(["token", "list"]).stdout
        #expect(!listed.contains("接管"), "a refused hand-over made no token: \(listed)")
        // The hand-over: the laptop syncs its last work with the new token.
        let heir = try server.command(["token", "create", "--name", "赵敏", "--role", "commissioner", "--zone", "高新区", "--takes-over", "王强"])
        #expect(heir.status == 0, "\(heir.stderr)")
        try laptop.ok("config", "set", "token", heir.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let synced = try laptop.run(["sync", "--json"])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(try server.zoneIDs(Domain.enterprise).contains(last), "the leaver's last enterprise reached the office")
        // The old token stays revoked.
        try laptop.ok("config", "set", "token", leaver)
        #expect(try laptop.run(["sync"]).status == 77)
    }

    @Test func aReplicaIdIsProvenNotClaimed() throws {
        let (server, zhang, a) = try Self.oneSyncedLaptop(first: "星河科技")
        let li = try server.token("李娜")
        let replica = try a.run(["status", "--json"]).object["replica_id"] as? String ?? ""
        let key = try #require(try a.store.config("replica_key"))
        let before = try server.zoneStates()
        // Another token naming A's replica id, even with A's key: refused.
        let other = try server.send("GET", "/v1/pull?after=0", token: li, replica: replica,
                                    headers: [(SyncProtocol.replicaKeyHeader, key)])
        #expect(other.status == 403 && String(decoding: other.body, as: UTF8.self).contains("replica_of_another_token"))
        // A's token and id with another key (a stolen token, not the store): refused.
        let stolen = try server.send("GET", "/v1/pull?after=0", token: zhang, replica: replica)
        #expect(stolen.status == 403 && String(decoding: stolen.body, as: UTF8.self).contains("wrong_replica_key"))
        // A's token from a new laptop (a new store, another key): refused, and the refusal does not
        // name A's replica.
        let fresh = try CLI.laptop("新笔记本", server: server, token: zhang)
        try fresh.ok("enterprise", "add", "--name", "新笔记本的企业", "--credit-code", CreditCode.make(2))
        let refused = try fresh.run(["sync"])
        #expect(refused.status == 77, "\(refused.stderr)")
        #expect(!refused.stderr.contains(replica) && refused.stderr.contains("token rebind"), "\(refused.stderr)")
        #expect(try server.zoneStates() == before, "nothing was written by a refused request")
        // The office allows one rebind: the new laptop registers, once.
        let rebind = try server.command(["token", "rebind", "张伟"])
        #expect(rebind.status == 0, "\(rebind.stderr)")
        try fresh.sync()
        #expect(try Self.names(fresh) == ["星河科技", "新笔记本的企业"])
        let third = try CLI.laptop("第三台", server: server, token: zhang)
        #expect(try third.run(["sync"]).status == 77, "a rebind is used once")
        // A's own store still syncs.
        try a.sync()
        #expect(try Self.names(a) == ["星河科技", "新笔记本的企业"])
    }

    /// One store's key may register a bounded number of replica ids for its token (each id is
    /// interned into the zone and read on every later request).
    @Test func aTokenCannotMintReplicaIdsWithoutBound() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let key = [(SyncProtocol.replicaKeyHeader, String(repeating: "7", count: 64))]
        for i in 0..<SyncServer.maxReplicasPerToken {
            let r = try server.send("GET", "/v1/pull?after=0", token: token, replica: UUIDText.random(), headers: key)
            #expect(r.status == 200, "replica \(i): \(String(decoding: r.body, as: UTF8.self))")
        }
        let over = try server.send("GET", "/v1/pull?after=0", token: token, replica: UUIDText.random(), headers: key)
        #expect(over.status == 403 && String(decoding: over.body, as: UTF8.self).contains("too_many_replicas"))
    }

    /// A refused first request registers nothing: the token's first laptop is still free to come.
    @Test func aRefusedFirstRequestRegistersNothing() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let me = ReplicaID.random()
        let bad = #"{"replica": "\#(me.rawValue)", "records": [{"table": "enterprise", "id": "not-a-uuid", "vv": {}, "fields": {}}]}"#
        let r = try server.send("POST", "/v1/push", token: token, replica: me.rawValue, body: Array(bad.utf8))
        #expect(r.status == 400)
        let a = try CLI.laptop("张伟的笔记本", server: server, token: token)
        try a.sync()
    }

    /// The replica key is never shown, and a token can come from a file or standard input.
    @Test func theKeyIsNotShownAndTheTokenNeedNotBeOnTheCommandLine() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let a = try CLI()
        try a.ok("init", "--replica-name", "张伟的笔记本", "--zone", "高新区")
        try a.ok("config", "set", "server", server.url)
        try a.refused(["config", "get", "replica_key"], exit: 64, naming: "replica_key")
        let file = a.dir.appendingPathComponent("token.txt")
        try Data((token + "\n").utf8).write(to: file)
        let r = try a.run(["sync", "--token-file", file.path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        try a.refused(["sync", "--token-file", a.dir.appendingPathComponent("missing").path], exit: 64, naming: "missing")
        try a.refused(["sync", "--token-file", "/dev/zero"], exit: 64, naming: "/dev/zero")
        // Plain http to a host that is not loopback is warned about. 0.0.0.0 is such a name, yet
        // Linux connects it to this machine, so nothing leaves it (port 1: refused at once).
        let plain = try a.run(["sync", "--server", "http://0.0.0.0:1", "--token-file", file.path, "--retries", "1", "--connect-timeout", "1"])
        #expect(plain.status == 69, "\(plain.stderr)")
        #expect(plain.stderr.contains("plain http"), "\(plain.stderr)")
        let local = try a.run(["sync", "--server", "http://127.0.0.1:1", "--token-file", file.path, "--retries", "1", "--connect-timeout", "1"])
        #expect(local.status == 69 && !local.stderr.contains("plain http"), "\(local.stderr)")
    }
}
