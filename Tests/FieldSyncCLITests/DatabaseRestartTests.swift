import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// PostgreSQL restarted under syncing laptops (issue "One room per part", item 5): every request
/// is answered (the work done, or 503 with Retry-After, which the laptop retries), no instance is
/// left refusing pushes, nothing answers 500, and SIGTERM still stops each instance within 10 s.
/// The test restarts a cluster of its own (`scripts/postgres.sh start --durable`: an immediate
/// restart of the suites' cluster, which skips fsync, could lose commits already answered), so the other suites
/// database is never touched; it runs in the PostgreSQL pass of `scripts/test.sh`.
@Suite(.serialized, .enabled(if: ServerProcess.postgresBase != nil, "needs PostgreSQL (scripts/test.sh starts one)"))
struct DatabaseRestartTests {
    /// A throwaway cluster of this test's own: started, restarted and stopped with `pg_ctl`.
    final class Cluster {
        let base: String
        let dir: String
        static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/postgres.sh").path

        init() throws {
            let r = try Self.shell([Self.script, "start", "--durable"], detached: true)
            guard r.status == 0 else { throw CLIError("the cluster did not start: \(r.stderr)") }
            var vars: [String: String] = [:]
            for line in r.stdout.split(separator: "\n") where line.hasPrefix("export ") {
                let kv = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
                if kv.count == 2 { vars[String(kv[0])] = String(kv[1]) }
            }
            guard let base = vars["FIELDSYNC_TEST_PG"], let dir = vars["FIELDSYNC_PG_DIR"] else { throw CLIError("no cluster URL in: \(r.stdout)") }
            self.base = base
            self.dir = dir
        }

        /// `pg_ctl restart -m fast|immediate`: every connection dropped, in-flight transactions lost.
        func restart(_ mode: String) throws {
            let bin = try Self.shell(["sh", "-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let r = try Self.shell(["runuser", "-u", "postgres", "--", "\(bin)/pg_ctl", "-D", "\(dir)/data", "-m", mode, "-w", "-t", "60", "restart"], detached: true)
            guard r.status == 0 else { throw CLIError("pg_ctl restart failed: \(r.stdout) \(r.stderr)") }
        }

        deinit { _ = try? Self.shell([Self.script, "stop", dir]) }

        /// Runs a command and returns its output. `detached`: the command starts a daemon (the
        /// postmaster) that would keep inherited descriptors open (the pipes of its output, and
        /// the descriptor Foundation watches the child's exit by), so it runs under a wrapper that
        /// closes every other descriptor, its output going to files.
        static func shell(_ args: [String], detached: Bool = false) throws -> CLI.Result {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = args
            guard detached else {
                let out = Pipe(), err = Pipe()
                p.standardOutput = out
                p.standardError = err
                try p.run()
                let o = out.fileHandleForReading.readDataToEndOfFile()
                let e = err.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                return CLI.Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
            }
            let files = (0..<2).map { _ in FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-sh-\(UUID().uuidString)") }
            defer { files.forEach { try? FileManager.default.removeItem(at: $0) } }
            for f in files { FileManager.default.createFile(atPath: f.path, contents: nil) }
            p.arguments = ["python3", "-c", "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], close_fds=True, stdin=subprocess.DEVNULL).returncode)"] + args
            p.standardOutput = try FileHandle(forWritingTo: files[0])
            p.standardError = try FileHandle(forWritingTo: files[1])
            try p.run()
            p.waitUntilExit()
            let text = files.map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
            return CLI.Result(status: p.terminationStatus, stdout: text[0], stderr: text[1])
        }
    }

    /// GET a path of a server; (status, body).
    static func get(_ url: String, _ path: String) throws -> (Int, String) {
        let r = try Cluster.shell(["curl", "-s", "-m", "10", "-o", "-", "-w", "\n%{http_code}", url + path])
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    @Test func restartingPostgreSQLUnderSyncingLaptopsAnswersEveryRequest() throws {
        let cluster = try Cluster()
        let server = try ServerProcess(cluster: cluster.base)
        let logs = [server.dir.appendingPathComponent("a.log"), server.dir.appendingPathComponent("b.log")]
        try server.start(log: logs[0])
        let (second, secondURL) = try server.startInstance(log: logs[1])
        let urls = [server.url, secondURL]
        var laptops: [(CLI, Replica)] = []
        for i in 0..<32 {
            let (cli, store) = try FaultTests.laptopStore("笔记本\(i)", server, try server.token("专员\(i)"))
            try cli.ok("config", "set", "server", urls[i % 2])
            laptops.append((cli, store))
        }
        var written = 0
        for (round, mode) in ["fast", "immediate", "fast", "immediate", "fast"].enumerated() {
            for (i, (_, store)) in laptops.enumerated() { try FaultTests.write(store, 60, from: 100_000 * i + round * 60) }
            written += 60 * laptops.count
            let started = Date()
            let runs = try laptops.map { cli, _ -> (Process, Pipe) in
                let err = Pipe()
                return (try cli.startSync(["--batch-size", "10", "--retries", "10", "--timeout", "30"], stderr: err), err)
            }
            Thread.sleep(forTimeInterval: 0.3)  // not a synchronisation: the restart lands mid-sync at any point
            try cluster.restart(mode)
            for (i, (p, err)) in runs.enumerated() {
                let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                p.waitUntilExit()
                #expect(p.terminationStatus == 0, "restart \(round + 1) (\(mode)): laptop \(i) exited \(p.terminationStatus): \(message)")
            }
            let took = Date().timeIntervalSince(started)
            #expect(took < 150, "restart \(round + 1): the syncs took \(Int(took)) s")
        }
        // Every instance still takes pushes and says it is healthy.
        for (cli, _) in laptops { try cli.sync() }
        for url in urls {
            #expect(try Self.get(url, "/health").0 == 200)
            let (status, metrics) = try Self.get(try ServerProcess.metricsURL(url), "")
            #expect(status == 200)
            #expect(!metrics.contains("status=\"500\""), "an instance answered 500:\n\(metrics.split(separator: "\n").filter { $0.contains("status=") }.joined(separator: "\n"))")
        }
        let hub = try server.zoneStates()
        #expect(try server.zoneIDs(Domain.enterprise).count == written)
        for (i, (_, store)) in laptops.enumerated() {
            #expect(try store.allStates() == hub, "laptop \(i) differs from the server")
        }
        // SIGTERM stops each instance within 10 s.
        for p in [server.process, second].compactMap({ $0 }) {
            let start = Date()
            p.terminate()
            let deadline = Date().addingTimeInterval(10)
            while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            #expect(!p.isRunning, "an instance was still running 10 s after SIGTERM")
            if p.isRunning { kill(p.processIdentifier, SIGKILL) }
            p.waitUntilExit()
            #expect(Date().timeIntervalSince(start) < 10)
        }
        server.process = nil
        // Each refusal is logged once at warning: the logs name the database's restart.
        let log = try logs.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        #expect(log.contains("warning"), "no warning was logged about the restart:\n\(log.prefix(2000))")
    }
}
