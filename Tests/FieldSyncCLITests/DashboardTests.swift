import FieldSyncClient
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `fieldsync dashboard` (issue 28), through the real binaries on loopback: the office's viewer
/// replica serves the six reports exactly as the CLI prints them, follows a laptop's new visit after
/// the next background sync, keeps serving the last figures with the server stopped, and refuses
/// bad requests with a sentence and a 4xx, never a 500, writing nothing.
@Suite(.serialized) struct DashboardTests {
    /// A running `fieldsync dashboard`: its process and base URL (`http://127.0.0.1:P`).
    final class DashboardProcess {
        let process: Process
        let base: String
        let port: Int

        init(_ cli: CLI, _ extra: [String]) throws {
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["dashboard", "--db", cli.db, "--listen", "127.0.0.1:0"] + extra
            var environment = ProcessInfo.processInfo.environment
            for name in ["LC_ALL", "LC_MESSAGES", "FIELDSYNC_LANG"] { environment[name] = nil }
            environment["LANG"] = "C"
            if let now = cli.now { environment["FIELDSYNC_NOW"] = now }
            p.environment = environment
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            var text = ""
            let deadline = Date().addingTimeInterval(30)
            while !text.contains("\n"), Date() < deadline {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            guard let r = text.range(of: "https://") ?? text.range(of: "http://") else { throw CLIError("the dashboard did not start: \(text)") }
            base = String(text[r.lowerBound...].prefix { !$0.isWhitespace }).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            port = Int(base.split(separator: ":").last ?? "") ?? 0
            process = p
        }

        /// SIGTERM; the exit status.
        func stop() -> Int32 {
            guard process.isRunning else { return process.terminationStatus }
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate(); process.waitUntilExit() } }
    }

    /// One HTTP/1.1 exchange over a plain socket, so that a path is sent exactly as written
    /// (`/../`, `%ff`) and every header of the answer can be read.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func http(_ port: Int, _ method: String, _ target: String, headers: [String: String] = [:]) throws -> Answer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw CLIError("socket") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var tv = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { throw CLIError("connect to \(port)") }
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (k, v) in headers { request += "\(k): \(v)\r\n" }
        request += "\r\n"
        _ = Array(request.utf8).withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw CLIError("no answer to \(method) \(target): \(text)") }
        let head = text[..<split.lowerBound].split(separator: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        if fields["transfer-encoding"] == "chunked" { body = Self.unchunked(body) }
        return Answer(status: status, headers: fields, body: body)
    }

    static func unchunked(_ text: String) -> String {
        var bytes = Array(text.utf8)[...]
        var out = [UInt8]()
        while let eol = bytes.firstIndex(of: 13), let size = Int(String(decoding: bytes[bytes.startIndex..<eol], as: UTF8.self), radix: 16), size > 0 {
            let start = eol + 2
            out += bytes[start..<min(bytes.endIndex, start + size)]
            bytes = bytes[min(bytes.endIndex, start + size + 2)...]
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func get(_ d: DashboardProcess, _ target: String, lang: String = "zh-CN") throws -> Answer {
        try http(d.port, "GET", target, headers: ["Accept-Language": lang])
    }

    /// A small zone on a live server: 张伟's laptop writes, the office's viewer replica pulls.
    static func zone(_ server: ServerProcess) throws -> (laptop: CLI, office: CLI, enterprises: [String], commissioner: String) {
        let now = "2026-05-20T02:00:00Z"
        let a = try CLI.laptop("张伟的笔记本", server: server, token: try server.token("张伟"), now: now)
        let zw = try a.ok("commissioner", "add", "--name", "张伟")
        let ln = try a.ok("commissioner", "add", "--name", "李娜")
        var es: [String] = []
        for (i, name) in ["深圳市前海深港现代服务业合作区智能制造与新材料科技有限公司", "青山智能科技有限公司", "长江新材料有限公司"].enumerated() {
            es.append(try a.ok("enterprise", "add", "--name", name, "--credit-code", CreditCode.make(400 + i), "--pool", "高企库",
                               "--commissioner", i == 2 ? ln : zw))
        }
        try a.ok("visit", "record", "--enterprise", es[0], "--commissioner", zw, "--date", "2026-05-12", "--mode", "上门", "--satisfaction", "5")
        try a.ok("visit", "record", "--enterprise", es[1], "--commissioner", zw, "--date", "2026-05-13", "--mode", "电话", "--satisfaction", "3")
        a.now = "2026-05-18T02:00:00Z"  // raised two days before: unanswered past 24 hours
        _ = try a.ok("need", "raise", "--enterprise", es[1], "--category", "融资", "--summary", "知识产权质押融资")
        a.now = now
        let p = try a.ok("project", "add", "--enterprise", es[0], "--name", "隔膜研发", "--level", "region", "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "120.5")
        _ = try a.ok("project", "milestone", p, "--add", "中试线建成", "--due", "2026-06-30")
        try a.ok("project", "progress", p, "中试线建成", "10")
        try a.ok("indicator", "set", es[0], "--year", "2026", "--rd-ratio", "9%", "--ip-count", "12")
        try a.ok("indicator", "set", es[1], "--year", "2026", "--rd-ratio", "4%", "--ip-count", "3")
        try a.ok("enterprise", "certify", es[0], "--kind", "high-tech", "--date", "2026-05-01")
        try a.sync()
        let office = try CLI.laptop("办公室", server: server, token: try server.token("办公室", role: "viewer"), now: now)
        try office.sync()
        return (a, office, es, zw)
    }

    @Test func theOfficesReplicaServesTheCLIsFiguresFollowsTheServerAndOutlivesIt() throws {
        let server = try ServerProcess()
        try server.start()
        let (a, office, es, zw) = try Self.zone(server)
        let d = try DashboardProcess(office, ["--sync-every", "1s"])
        // Each report's JSON page is what the CLI prints on the same replica.
        for (kind, query, args) in [
            ("coverage", "year=2026", ["--year", "2026"]), ("needs", "year=2026&all=1", ["--year", "2026", "--all"]),
            ("projects", "year=2026", ["--year", "2026"]), ("ranking", "year=2026&top=1", ["--year", "2026", "--top", "1"]),
            ("commissioners", "year=2026", ["--year", "2026"]), ("outcomes", "from=2025&to=2026", ["--from", "2025", "--to", "2026"]),
            ("outcomes", "", []),
        ] {
            let page = try Self.get(d, "/report/\(kind)?" + query + (query.isEmpty ? "" : "&") + "format=json")
            let cli = try office.run(["report", kind, "--format", "json"] + args)
            #expect(page.status == 200 && page.body == cli.stdout, "\(kind)?\(query): \(page.status) \(page.body.prefix(300))")
            #expect(page.headers["content-type"]?.hasPrefix("application/json") == true)
        }
        let csv = try Self.get(d, "/report/needs?year=2026&format=csv")
        #expect(csv.body == (try office.run(["--lang", "zh", "report", "needs", "--year", "2026", "--format", "csv"])).stdout)
        #expect(csv.headers["content-disposition"]?.contains("needs-2026.csv") == true, "\(csv.headers)")
        // The overview: this round's coverage with who is unvisited, the late need, the yellow
        // project, satisfaction against 97 %, the data's age; names link to their pages.
        let home = try Self.get(d, "/")
        #expect(home.status == 200, "\(home.body)")
        for figure in ["2026-2", "长江新材料有限公司", "知识产权质押融资", "隔膜研发", "黄灯", "50.0%", "97%", "数据截至", "/enterprise/\(es[2])", "/enterprises?commissioner=\(zw)"] {
            #expect(home.body.contains(figure), "overview lacks \(figure)")
        }
        #expect(home.headers["content-security-policy"]?.contains("default-src 'none'") == true && home.headers["x-content-type-options"] == "nosniff")
        let page = try Self.get(d, "/enterprise/\(es[0])")
        #expect(page.status == 200 && page.body.contains("隔膜研发") && page.body.contains("高新技术企业") && page.body.contains("进度"), "\(page.body)")
        let theirs = try Self.get(d, "/enterprises?commissioner=\(zw)")
        #expect(theirs.status == 200 && theirs.body.contains("青山智能科技有限公司") && !theirs.body.contains("长江新材料有限公司"))
        // A report page links the period before and after.
        let outcomes = try Self.get(d, "/report/outcomes?from=2025&to=2026")
        #expect(outcomes.body.contains("from=2023&amp;to=2024") && outcomes.body.contains("from=2027&amp;to=2028"), "\(outcomes.body.prefix(2000))")
        let english = try Self.get(d, "/report/coverage?year=2026", lang: "en-GB,en;q=0.9")
        #expect(english.body.contains("Visit coverage") || english.body.contains("coverage"), "\(english.body.prefix(400))")
        #expect(try Self.get(d, "/conflicts").status == 200)

        // A laptop's new visit shows after the next background sync.
        try a.ok("visit", "record", "--enterprise", es[2], "--commissioner", zw, "--date", "2026-05-19", "--mode", "上门", "--satisfaction", "5")
        try a.sync()
        var seen = false
        let deadline = Date().addingTimeInterval(20)
        while !seen, Date() < deadline {
            let json = try Self.get(d, "/report/coverage?year=2026&format=json").body
            let printed = try office.run(["report", "coverage", "--year", "2026", "--format", "json"]).stdout
            let visits = try office.run(["visit", "list", "--json"]).array.count
            seen = json == printed && visits == 3
            if !seen { Thread.sleep(forTimeInterval: 0.5) }
        }
        #expect(seen, "the new visit never reached the dashboard")
        let health = try Self.get(d, "/health")
        let h = (try? JSONSerialization.jsonObject(with: Data(health.body.utf8))) as? [String: Any] ?? [:]
        #expect(h["outcome"] as? String == "ok" && h["last_sync"] is String && h["pending_changes"] as? Int == 0, "\(health.body)")

        // The server stops: the pages keep the last figures and say why they are not newer.
        let before = try Self.get(d, "/report/coverage?year=2026&format=json").body
        server.stop()
        var failed = false
        let until = Date().addingTimeInterval(30)
        while !failed, Date() < until {
            let j = (try? JSONSerialization.jsonObject(with: Data((try Self.get(d, "/health")).body.utf8))) as? [String: Any] ?? [:]
            failed = j["outcome"] as? String == "failed" && j["error"] is String
            if !failed { Thread.sleep(forTimeInterval: 0.5) }
        }
        #expect(failed, "the failed sync never showed in /health")
        let stale = try Self.get(d, "/")
        #expect(stale.status == 200 && stale.body.contains("role=\"alert\"") && stale.body.contains("隔膜研发") && stale.body.contains("知识产权质押融资"), "\(stale.body)")
        #expect(try Self.get(d, "/report/coverage?year=2026&format=json").body == before)
        #expect(d.stop() == 0)
    }

    @Test func badRequestsGetASentenceAndA4xxNeverA500AndWriteNothing() throws {
        let server = try ServerProcess()
        try server.start()
        let (_, office, es, _) = try Self.zone(server)
        server.stop()
        let snapshot = try office.snapshot()
        let d = try DashboardProcess(office, ["--sync-every", "0"])
        func expect(_ method: String, _ target: String, _ status: Int, naming: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let r = try Self.http(d.port, method, target, headers: ["Accept-Language": "zh-CN"])
            // HEAD and PUT carry no body here; a refusal's sentence is in the body.
            #expect(r.status == status, "\(method) \(target): \(r.status)", sourceLocation: sourceLocation)
            if let naming { #expect(r.body.contains(naming), "\(method) \(target) does not name \(naming)", sourceLocation: sourceLocation) }
            #expect(r.headers["content-security-policy"] != nil && r.headers["x-content-type-options"] == "nosniff", sourceLocation: sourceLocation)
        }
        try expect("GET", "/report/coverage?year=abc", 400, naming: "abc")
        try expect("GET", "/report/coverage?year=1999", 400, naming: "1999")
        try expect("GET", "/report/coverage?format=pdf", 400, naming: "pdf")
        try expect("GET", "/report/coverage?bogus=1", 400, naming: "bogus")
        try expect("GET", "/report/ranking?top=0", 400, naming: "0")
        try expect("GET", "/report/outcomes?from=2026&to=2024", 400, naming: "2024")
        try expect("GET", "/report/needs?all=maybe", 400, naming: "maybe")
        try expect("GET", "/report/outcomes?year=2026&from=2025", 400, naming: "from")
        try expect("GET", "/report/outcomes?to=2026", 400, naming: "from")
        try expect("GET", "/report/nope", 404, naming: "/report/nope")
        try expect("GET", "/nothing/here", 404)
        try expect("GET", "/enterprise/not-an-id", 404, naming: "not-an-id")
        try expect("GET", "/enterprise/\(UUIDText.random())", 404)
        try expect("GET", "/enterprises?commissioner=%E7%8E%8B%E4%BA%94", 404, naming: "王五")
        try expect("GET", "/../../etc/passwd", 404)
        try expect("GET", "/report/%2e%2e/%2e%2e/etc/passwd", 404)
        try expect("GET", "/report/coverage?year=%ff", 400)
        try expect("GET", "/report/coverage?year=<script>", 400, naming: "&lt;script&gt;")
        try expect("POST", "/", 405, naming: "POST")
        try expect("PUT", "/report/coverage", 405)
        try expect("DELETE", "/enterprise/\(es[0])", 405)
        let head = try Self.http(d.port, "HEAD", "/", headers: [:])
        #expect(head.status == 200 && head.body.isEmpty)
        // Seeded random paths and queries: never a 500, never anything outside the pages.
        var rng = SeededRNG(seed: 28)
        let pieces = ["report", "enterprise", "..", "%2e", "%00", "health", "conflicts", "coverage", "needs", "year=", "2026", "&", "?", "/", "%", "format=json",
                      "top=", "-1", "99999999999999999999", "from=", "to=", "企业", "'", "\"", "<", ">", ";", "//", "all=1"]
        for _ in 0..<300 {
            var target = "/"
            for _ in 0..<(1 + rng.below(6)) { target += pieces[rng.below(pieces.count)] }
            let encoded = target.addingPercentEncoding(withAllowedCharacters: CharacterSet.urlQueryAllowed.union(["%"]).subtracting([" "])) ?? target
            let r = try Self.http(d.port, "GET", encoded)
            #expect((200...499).contains(r.status), "GET \(encoded): \(r.status)")
            #expect(!r.body.contains("root:x:0"), "GET \(encoded) served a file")
        }
        #expect(d.stop() == 0)
        let after = try office.snapshot()
        #expect(after == snapshot, "a request changed the replica")
    }

    @Test func offThisMachineOnlyWithAPasswordAndTheOptionsAreChecked() throws {
        let office = try CLI(now: "2026-05-20T02:00:00Z")
        try office.ok("init", "--replica-name", "办公室", "--zone", "高新区")
        try office.refused(["dashboard", "--listen", "0.0.0.0:0"], exit: 64, naming: "0.0.0.0:0")
        try office.refused(["dashboard", "--listen", "nowhere"], exit: 64, naming: "nowhere")
        try office.refused(["dashboard", "--sync-every", "5x"], exit: 64, naming: "5x")
        try office.refused(["dashboard", "--tls-cert", "/nonexistent"], exit: 64, naming: "--tls-key")
        let file = office.dir.appendingPathComponent("password").path
        try Data("正确的密码\n".utf8).write(to: URL(fileURLWithPath: file))
        let d = try DashboardProcess(office, ["--sync-every", "0", "--password-file", file])
        #expect(try Self.http(d.port, "GET", "/").status == 401)
        #expect(try Self.http(d.port, "GET", "/", headers: ["Authorization": "Basic " + Data("office:错误".utf8).base64EncodedString()]).status == 401)
        let ok = try Self.http(d.port, "GET", "/health", headers: ["Authorization": "Basic " + Data("office:正确的密码".utf8).base64EncodedString()])
        #expect(ok.status == 200 && ok.body.contains("\"last_sync\": null"), "\(ok.body)")
        #expect(d.stop() == 0)
    }

    /// Every page rendered by headless Chromium (Debian's `chromium`; `scripts/test.sh` installs it):
    /// a screenshot kept under `.build/dashboard-artefacts/`, the DOM checked for the figures and,
    /// under `zh-CN`, for no English word.
    @Test func everyPageRendersInChromiumWithItsFiguresAndNoEnglishUnderChinese() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: FileManager.default.isExecutableFile) else {
            Issue.record("chromium is not installed (scripts/test.sh installs it)")
            return
        }
        let server = try ServerProcess()
        try server.start()
        let (_, office, es, zw) = try Self.zone(server)
        server.stop()
        try office.ok("config", "set", "lang", "zh")
        let d = try DashboardProcess(office, ["--sync-every", "0"])
        let artefacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/dashboard-artefacts")
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        let pages: [(name: String, path: String, figures: [String])] = [
            ("overview", "/", ["本轮（2026-2）走访覆盖", "长江新材料有限公司", "知识产权质押融资", "隔膜研发", "50.0%"]),
            ("coverage", "/report/coverage?year=2026", ["张伟", "李娜", "100.0%"]),
            ("needs", "/report/needs?year=2026&all=1", ["知识产权质押融资", "青山智能科技有限公司"]),
            ("projects", "/report/projects?year=2026", ["隔膜研发", "黄灯", "各月末红黄绿灯项目数"]),
            ("ranking", "/report/ranking?year=2026", ["深圳市前海深港现代服务业合作区智能制造与新材料科技有限公司", "青山智能科技有限公司"]),
            ("commissioners", "/report/commissioners?year=2026", ["张伟", "目标 97.0%"]),
            ("outcomes", "/report/outcomes?from=2025&to=2026", ["与前2年比较", "120.50"]),
            ("enterprise", "/enterprise/\(es[0])", ["隔膜研发", "高新技术企业"]),
            ("enterprises", "/enterprises?commissioner=\(zw)", ["青山智能科技有限公司"]),
            ("conflicts", "/conflicts", ["没有待处理的冲突"]),
        ]
        let word = try NSRegularExpression(pattern: "[A-Za-z]{2,}")
        for page in pages {
            let png = artefacts.appendingPathComponent("\(page.name).png")
            try? FileManager.default.removeItem(at: png)
            func chrome(_ args: [String]) throws -> String {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: chromium)
                p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--lang=zh-CN",
                               "--accept-lang=zh-CN"] + args + [d.base + page.path]
                let out = Pipe()
                p.standardOutput = out
                p.standardError = FileHandle.nullDevice
                try p.run()
                let data = out.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                #expect(p.terminationStatus == 0, "chromium \(args.first ?? "") on \(page.path)")
                return String(decoding: data, as: UTF8.self)
            }
            let dom = try chrome(["--dump-dom"])
            _ = try chrome(["--screenshot=\(png.path)", "--window-size=1280,1600"])
            #expect(((try? Data(contentsOf: png)) ?? Data()).starts(with: Data([0x89, 0x50, 0x4E, 0x47])), "\(page.name).png")
            for f in page.figures { #expect(dom.contains(f), "\(page.path) shows no \(f)") }
            // The words a reader sees: the body's text, without tags, styles and link targets.
            let body = dom.components(separatedBy: "<body>").last ?? dom
            // Short record ids (8 hex digits) are codes, not words.
            let text = body.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "\\b[0-9a-f]{8}\\b", with: " ", options: .regularExpression)
            let english = word.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
            #expect(english.isEmpty, "\(page.path) shows English under zh-CN: \(Set(english).sorted())")
        }
        #expect(d.stop() == 0)
    }

    /// `--tls-cert/--tls-key` as the server has them: HTTPS verified against the office's CA, with
    /// the password; a certificate that cannot be used is refused before anything is opened.
    @Test func overHTTPSWithTheOfficesCertificate() throws {
        let ca = try ThrowawayCA(name: "高新区科技局 测试 CA")
        let office = try CLI(now: "2026-05-20T02:00:00Z")
        try office.ok("init", "--replica-name", "办公室", "--zone", "高新区")
        let file = office.dir.appendingPathComponent("password").path
        try Data("办公室密码".utf8).write(to: URL(fileURLWithPath: file))
        try office.refused(["dashboard", "--tls-cert", ca.caKey, "--tls-key", ca.serverKey], exit: 66, naming: ca.caKey)
        let d = try DashboardProcess(office, ["--sync-every", "0", "--password-file", file, "--tls-cert", ca.serverCert, "--tls-key", ca.serverKey])
        #expect(d.base.hasPrefix("https://127.0.0.1:"), "\(d.base)")
        let transport = try CurlTransport(connectTimeout: 5, totalTimeout: 10, caFile: ca.caCert)
        let auth = "Basic " + Data("office:办公室密码".utf8).base64EncodedString()
        let ok = try transport.send(HTTPExchange(method: "GET", url: d.base + "/health", headers: [("Authorization", auth)]))
        #expect(ok.status == 200 && String(decoding: ok.body, as: UTF8.self).contains("\"server_configured\": false"))
        #expect(try transport.send(HTTPExchange(method: "GET", url: d.base + "/health", headers: [])).status == 401)
        // Another CA's trust is not enough.
        let other = try ThrowawayCA(name: "Someone else's CA")
        let stranger = try CurlTransport(connectTimeout: 5, totalTimeout: 10, caFile: other.caCert)
        #expect(throws: (any Error).self) { try stranger.send(HTTPExchange(method: "GET", url: d.base + "/health", headers: [("Authorization", auth)])) }
        #expect(d.stop() == 0)
    }
}
