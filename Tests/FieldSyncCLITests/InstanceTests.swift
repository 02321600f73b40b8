import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// Several `fieldsync-server` instances serving one PostgreSQL database (run when the suites run on
/// PostgreSQL: `FIELDSYNC_TEST_STORE=postgres`, as `scripts/test.sh` does).
@Suite(.serialized, .enabled(if: ServerProcess.postgresBase != nil, "needs the PostgreSQL store (scripts/test.sh starts one)"))
struct InstanceTests {
    /// A round-robin TCP proxy on 127.0.0.1: each connection goes to the next backend that accepts
    /// it (a dead one is skipped), so laptops reach "the server" through one URL. The backends are
    /// read from a file at each connection (``switchTo(_:)`` moves the office behind the same URL).
    final class Proxy {
        let process: Process
        let url: String
        let file: URL

        static let source = """
            import socket, sys, threading, itertools
            def backends():
                with open(sys.argv[1]) as f:
                    return [(h, int(p)) for h, p in (b.rsplit(':', 1) for b in f.read().split())]
            turn = itertools.count()
            def pipe(src, dst):
                try:
                    while True:
                        data = src.recv(65536)
                        if not data: break
                        dst.sendall(data)
                except OSError: pass
                finally:
                    for s in (src, dst):
                        try: s.shutdown(socket.SHUT_RDWR)
                        except OSError: pass
            def serve(client):
                start = next(turn)
                live = backends()
                for i in range(len(live)):
                    try:
                        upstream = socket.create_connection(live[(start + i) % len(live)], timeout=2)
                        upstream.settimeout(None)
                        break
                    except OSError: continue
                else:
                    client.close(); return
                threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
                pipe(upstream, client)
            listener = socket.socket(); listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(('127.0.0.1', 0)); listener.listen(256)
            print(listener.getsockname()[1], flush=True)
            while True:
                c, _ = listener.accept()
                threading.Thread(target=serve, args=(c,), daemon=True).start()
            """

        init(_ backends: [String]) throws {
            file = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-proxy-\(UUID().uuidString)")
            try Self.write(backends, to: file)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", "-c", Self.source, file.path]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            process = p
            let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw CLIError("the proxy did not start: \(line)") }
            url = "http://127.0.0.1:\(port)"
        }

        static func write(_ backends: [String], to file: URL) throws {
            try backends.map { $0.replacingOccurrences(of: "http://", with: "") }.joined(separator: "\n")
                .write(to: file, atomically: true, encoding: .utf8)
        }

        /// New connections go to these backends from now on.
        func switchTo(_ backends: [String]) throws { try Self.write(backends, to: file) }

        deinit {
            // SIGKILL: a child of the test runner may inherit SIGTERM ignored.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: file)
        }
    }

    /// Laptops pushing through two instances at once while others pull: afterwards every laptop
    /// holds every record: no pull skipped a sequence (checkpoints only move on, so a skip would stay).
    @Test func twoInstancesPushingAndPullingAtOnceLoseNothing() throws {
        let server = try ServerProcess()
        try server.start()
        let (_, second) = try server.startInstance()
        var laptops: [(CLI, Replica)] = []
        for i in 0..<8 {
            let (cli, store) = try FaultTests.laptopStore("笔记本\(i)", server, try server.token("专员\(i)"))
            try cli.ok("config", "set", "server", i % 2 == 0 ? server.url : second)
            laptops.append((cli, store))
        }
        // Four write and push; four only pull, over and over, while the pushes land.
        for i in 0..<4 { try FaultTests.write(laptops[i].1, 300, from: i * 300) }
        let pushers = try (0..<4).map { i -> (Process, Pipe) in
            let err = Pipe()
            return (try laptops[i].0.startSync(["--batch-size", "50"], stderr: err), err)
        }
        for _ in 0..<3 {
            let pullers = try (4..<8).map { i -> (Process, Pipe) in
                let err = Pipe()
                return (try laptops[i].0.startSync(["--batch-size", "50"], stderr: err), err)
            }
            for (p, err) in pullers {
                let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                p.waitUntilExit()
                #expect(p.terminationStatus == 0, "a pull failed: \(message)")
            }
        }
        for (p, err) in pushers {
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "a push failed: \(message)")
        }
        // The pullers have pulled with checkpoints taken mid-push; one more sync each, and none
        // may lack a record (a skipped sequence would stay skipped: checkpoints only move on).
        for (cli, _) in laptops { try cli.sync() }
        let hub = try server.zoneStates()
        #expect(try server.zoneIDs(Domain.enterprise).count == 1200)
        for (i, (_, store)) in laptops.enumerated() {
            #expect(try store.allStates() == hub, "laptop \(i) differs from the server")
        }
    }

    /// One of two instances killed (SIGKILL) in the middle of syncs: laptops reach the other through
    /// the same URL, and nothing is lost.
    @Test func killingOneOfTwoInstancesMidSyncLosesNothing() throws {
        let server = try ServerProcess()
        try server.start()
        let (victim, second) = try server.startInstance()
        let proxy = try Proxy([server.url, second])
        var laptops: [(CLI, Replica)] = []
        for i in 0..<6 {
            let (cli, store) = try FaultTests.laptopStore("笔记本\(i)", server, try server.token("专员\(i)"))
            try cli.ok("config", "set", "server", proxy.url)
            try FaultTests.write(store, 400, from: i * 400)
            laptops.append((cli, store))
        }
        let runs = try laptops.map { cli, _ -> (Process, Pipe) in
            let err = Pipe()
            return (try cli.startSync(["--batch-size", "25", "--retries", "8"], stderr: err), err)
        }
        // Mid-sync: the victim has taken some of the laptops' batches (of 96 in all).
        try ServerProcess.waitForPushes(second, atLeast: 2)
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        for (i, (p, err)) in runs.enumerated() {
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "laptop \(i) did not get through to the other instance: \(message)")
        }
        for (cli, _) in laptops { try cli.sync() }
        let hub = try server.zoneStates()
        #expect(try server.zoneIDs(Domain.enterprise).count == 2400)
        for (i, (_, store)) in laptops.enumerated() {
            #expect(try store.allStates() == hub, "laptop \(i) differs from the server")
        }
    }
}

/// Moving an office mid-year: the embedded store copied with `migrate-store` into a new store
/// (PostgreSQL when the suites run on it, else a new SQLite file), behind the same address (the
/// laptops' checkpoints are kept per server address: the office moves its name, as with DNS).
@Suite struct MoveOfficeTests {
    /// Checkpoints survive an address change (issue 25, item 7): the same server at a new
    /// address resumes (pushed 0, pulled 0); another server at an address the laptop knew is told
    /// apart, and the laptop syncs with it from the start, saying so.
    @Test func theSameServerAtANewAddressResumesAndAnotherServerIsToldApart() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let a = try CLI.laptop("张伟的笔记本", server: server, token: token)
        try FaultTests.write(try a.store, 120, from: 2000)
        let first = try a.sync()
        #expect((first["pushed"] as? Int ?? 0) >= 120)
        // The office moves the same server to another port (a new address, as with DNS).
        server.stop()
        try server.start()
        try a.ok("config", "set", "server", server.url)
        let resumed = try a.sync()
        #expect(resumed["pushed"] as? Int == 0 && resumed["pulled"] as? Int == 0, "\(resumed)")
        let status = try a.run(["status", "--json"]).object
        #expect(status["last_sync"] is String && status["pending_changes"] as? Int == 0, "\(status)")
        // Another server (another store) at that same address: told apart, synced from the start.
        let address = server.url
        server.stop()
        let other = try ServerProcess()
        let otherToken = try other.token("张伟")
        let port = URL(string: address)?.port ?? 0
        try other.start(extra: ["--port", String(port)])
        #expect(other.url == address, "the other server took the same address")
        try a.ok("config", "set", "token", otherToken)
        let fresh = try a.run(["sync", "--json"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect((fresh.object["pushed"] as? Int ?? 0) >= 120, "\(fresh.stdout)")
        #expect(fresh.stderr.contains(port.description), "the laptop says so: \(fresh.stderr)")
        #expect(try other.zoneIDs(Domain.enterprise).count == 120)
    }

    @Test func migrateStoreMidYearKeepsCheckpointsAndLosesNothing() throws {
        let old = try ServerProcess(store: false)
        let ta = try old.token("张伟")
        let tb = try old.token("李娜")
        try old.start()
        let proxy = try InstanceTests.Proxy([old.url])
        let a = try CLI.laptop("张伟的笔记本", server: old, token: ta)
        let b = try CLI.laptop("李娜的笔记本", server: old, token: tb)
        for cli in [a, b] { try cli.ok("config", "set", "server", proxy.url) }
        let e = try a.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", CreditCode.make(41))
        try FaultTests.write(try a.store, 300, from: 1000)
        try a.sync()
        try b.sync()
        try a.sync()  // both up to date with the old server
        try a.ok("enterprise", "update", e, "--contact", "王芳 13700000003")
        try a.sync()
        try b.sync()
        // The audit trail as the old server keeps it (history fetched from the server).
        func serverLines(_ cli: CLI) throws -> [String] {
            try cli.run(["history", e, "--json"]).array.filter { $0["origin"] as? String == "server" }.map {
                "\($0["author"] ?? "") \($0["at"] ?? "") \(($0["changes"] as? [[String: Any]] ?? []).map { "\($0["field"] ?? ""):\($0["new"] ?? "")" }.sorted())"
            }
        }
        let trail = try serverLines(a)
        #expect(trail.count == 2, "\(trail)")
        // 李娜 edits offline while the office moves.
        try b.ok("enterprise", "update", e, "--contact", "刘洋 13600000004")
        old.stop()

        let new = try ServerProcess()
        let target = new.database ?? new.db
        let moved = try ServerProcess.run(["migrate-store", "--from", old.db, "--to", target])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("2 tokens") && moved.stdout.contains("2 replicas") && !moved.stdout.contains(" 0 versions"), "\(moved.stdout)")
        #expect(try new.zoneStates() == (try old.zoneStates()), "every record, with its state")
        try new.start()
        try proxy.switchTo([new.url])
        // Checkpoints stay valid: a laptop that was up to date pulls nothing again.
        let first = try a.sync()
        #expect(first["pulled"] as? Int == 0, "\(first)")
        // The audit trail moved with the records: the same versions, writers and times.
        #expect(try serverLines(a) == trail)
        let pushed = try b.sync()
        #expect(pushed["pushed"] as? Int == 1 && pushed["pulled"] as? Int == 0, "\(pushed)")
        let pulled = try a.sync()
        #expect(pulled["pulled"] as? Int == 1, "\(pulled)")
        #expect(try a.run(["enterprise", "show", e, "--json"]).object["contact"] as? String == "刘洋 13600000004")
        let hub = try new.zoneStates()
        #expect(try a.store.allStates() == hub && (try b.store.allStates()) == hub)
        #expect(try new.zoneIDs(Domain.enterprise).count == 301)
    }
}

/// Bad database options: one sentence, the documented exit code, nothing started or written.
@Suite struct DatabaseOptionTests {
    @Test func badDatabaseOptionsAreRefusedInOneSentence() throws {
        let cases: [([String], Int32, String)] = [
            (["token", "list", "--database", "postgres://fieldsync:秘密口令@127.0.0.1:1/fieldsync"], 65, "FIELDSYNC_DATABASE_PASSWORD"),
            (["token", "list", "--database", "mysql://fieldsync:秘密口令@127.0.0.1/fieldsync"], 65, "not a postgres:// URL"),
            (["token", "list", "--database", "postgres://127.0.0.1/fieldsync"], 65, "no user"),
            (["token", "list", "--database", "postgres://fieldsync@127.0.0.1"], 65, "no database"),
            (["token", "list", "--database", "postgres://fieldsync@127.0.0.1/x?sslmode=verify-none"], 65, "sslmode"),
            (["token", "list", "--db", "/tmp/x.db", "--database", "postgres://fieldsync@127.0.0.1/x"], 64, "--db and --database"),
        ]
        for (args, status, naming) in cases {
            let r = try ServerProcess.run(args)
            #expect(r.status == status, "\(args): exit \(r.status) \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one sentence: \(r.stderr)")
            #expect(r.stderr.contains(naming), "\(args) should name \(naming): \(r.stderr)")
            #expect(!r.stderr.contains("秘密口令"), "the password is never echoed: \(r.stderr)")
        }
    }

    /// A database without the server schema is not served: one sentence naming `migrate`, exit 78
    /// (systemd's unit does not restart into it), and nothing created in it.
    @Test(.enabled(if: ServerProcess.postgresBase != nil, "needs PostgreSQL"))
    func anUnmigratedDatabaseIsNotServed() throws {
        let base = try #require(ServerProcess.postgresBase)
        let name = "fs_unmigrated_" + UUID().uuidString.prefix(8).lowercased()
        try ServerProcess.psql(base, "CREATE DATABASE \(name)")
        defer { try? ServerProcess.psql(base, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        for args in [["serve", "--port", "0"], ["token", "create", "--name", "张伟", "--role", "commissioner"]] {
            let r = try ServerProcess.run(args + ["--database", "\(base)/\(name)"])
            #expect(r.status == 78, "\(args): exit \(r.status) \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("fieldsync-server migrate"), "\(r.stderr)")
        }
    }
}
