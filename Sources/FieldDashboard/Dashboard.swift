import FieldProgramme
import FieldReplica
import FieldReports
import FieldSyncClient
import FieldSyncCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import ServiceLifecycle

/// What the background sync did last, for the banner and `/health`.
public struct SyncStatus: Sendable {
    /// Whether the replica has a server and a token to sync with.
    public var configured: Bool
    /// Whether a sync is running now.
    public var syncing: Bool
    /// The last successful sync (RFC 3339), from the replica: it survives a restart.
    public var lastSuccess: String?
    /// The last attempt (RFC 3339).
    public var lastAttempt: String?
    /// `ok` or `failed` for the last attempt, nil before any.
    public var outcome: String?
    /// Why the last attempt failed, in English and in Chinese.
    public var error: String?
    public var errorZh: String?
    /// Seconds between background syncs, nil for never.
    public var every: Int?
}

/// How the dashboard listens and syncs.
public struct DashboardOptions: Sendable {
    /// The address to listen on (loopback unless a password is given).
    public var host = "127.0.0.1"
    /// The port (0: any free one).
    public var port = 8080
    /// Seconds between background syncs; nil never syncs.
    public var syncEvery: Int? = 600
    /// The HTTP Basic password, when one is required.
    public var password: String?
    /// A PEM certificate chain and key to serve HTTPS with.
    public var tlsCert: String?
    public var tlsKey: String?
    /// Options with the defaults (127.0.0.1:8080, a sync every 10 minutes, no password).
    public init() {}

    /// Whether `host` is this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }
}

/// The office's dashboard: the zone's figures served over HTTP from this replica, synced in the
/// background with the replica's configured server (docs/dashboard.md). Pages read the last
/// committed state (the store's readers never wait for a sync's writer), so a sync never blocks a
/// page and a failed or unreachable server leaves the last good figures on screen.
public final class Dashboard: Sendable {
    /// The programme on the replica the dashboard serves.
    public let programme: Programme
    let storePath: String
    let options: DashboardOptions
    let state = SyncState()
    /// The pages.
    public var pages: DashboardPages {
        DashboardPages(programme: programme, status: { [self] in await self.status() })
    }

    /// A dashboard of the replica at `storePath`.
    public init(programme: Programme, storePath: String, options: DashboardOptions) {
        self.programme = programme
        self.storePath = storePath
        self.options = options
    }

    /// The sync state: the replica's checkpoint, and this process's last attempt in both languages.
    public func status() async -> SyncStatus {
        let replica = programme.replica
        let server = try? replica.config("server")
        let configured = server != nil && (try? replica.config("token")) != nil
        let checkpoint = server.flatMap { try? replica.checkpoint(server: replica.checkpointKey(url: $0)) }
        let mine = await state.snapshot()
        var s = SyncStatus(configured: configured, syncing: mine.syncing, lastSuccess: checkpoint?.lastSuccessAt,
                           lastAttempt: checkpoint?.lastAttemptAt, outcome: nil, error: nil, errorZh: nil, every: options.syncEvery)
        if s.lastAttempt != nil {
            // A successful attempt clears the stored error (`markAttempt`).
            let failed = checkpoint?.lastError != nil
            s.outcome = failed ? "failed" : "ok"
            if failed {
                s.error = mine.error?.english ?? checkpoint?.lastError
                s.errorZh = mine.error?.render(.zh) ?? checkpoint?.lastError
            }
        }
        return s
    }

    /// Runs one background sync (skipped while another is running in this process).
    public func syncOnce() async {
        guard await state.begin() else { return }
        var failure: Message?
        do {
            if let run = try SyncRun.configured(programme.replica) {
                _ = try await run.run(store: programme.replica, storePath: storePath)
            }
        } catch let f as SyncRun.Failure {
            failure = f.error.text
        } catch {
            failure = Message(.dashError, "\(error)")
        }
        await state.end(failure)
    }

    // MARK: HTTP

    /// The security headers every answer carries: nothing is loaded from elsewhere, no script runs,
    /// the type is not guessed, no page frames it.
    static let securityHeaders: [(HTTPField.Name, String)] = [
        (.contentSecurityPolicy, "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"),
        (.xContentTypeOptions, "nosniff"), (HTTPField.Name("Referrer-Policy") ?? .xContentTypeOptions, "no-referrer"), (.cacheControl, "no-store"),
    ]

    /// The reader's language: `Accept-Language` (its first zh or en), then the replica's `lang`
    /// setting, else Chinese.
    func language(_ request: Request) -> Lang {
        if let header = request.headers[.acceptLanguage] {
            for item in header.split(separator: ",") {
                let tag = item.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
                if tag.hasPrefix("zh") { return .zh }
                if tag.hasPrefix("en") { return .en }
            }
        }
        if let stored = try? programme.replica.config("lang"), let lang = Lang.parse(stored) { return lang }
        return .zh
    }

    /// The query string's parameters, percent-decoded; nil when one cannot be decoded.
    static func parameters(_ query: String?) -> [(String, String)]? {
        guard let query, !query.isEmpty else { return [] }
        var out: [(String, String)] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let k = String(kv[0]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding,
                  let v = (kv.count > 1 ? String(kv[1]) : "").replacingOccurrences(of: "+", with: " ").removingPercentEncoding else { return nil }
            out.append((k, v))
        }
        return out
    }

    /// Whether the request carries the password (HTTP Basic, any user name), compared in constant time.
    func authorised(_ request: Request) -> Bool {
        guard let password = options.password else { return true }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("basic "),
              let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
              let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":") else { return false }
        return Self.constantTimeEqual(Array(text[text.index(after: colon)...].utf8), Array(password.utf8))
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var diff = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) { diff |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0) }
        return diff == 0
    }

    /// Answers one request: GET and HEAD only, the password when one is set, then the page.
    public func respond(_ request: Request) async -> Response {
        let lang = language(request)
        let head = request.method == .head
        var page: Page
        var extra: [(HTTPField.Name, String)] = []
        if request.method != .get && !head {
            page = await pages.errorPage(405, Message(.dashMethod, request.method.rawValue), lang)
            extra.append((.allow, "GET, HEAD"))
        } else if !authorised(request) {
            page = Page.html(401, ReportRender.page(title: Message(.dashUnauthorized).render(lang), lang: lang.rawValue,
                                                    body: "<h1>401</h1><p>\(ReportRender.escape(Message(.dashUnauthorized).render(lang)))</p>"))
            extra.append((.wwwAuthenticate, "Basic realm=\"FieldSync\", charset=\"UTF-8\""))
        } else if let path = request.uri.path.removingPercentEncoding, !path.contains("\0"), let query = Self.parameters(request.uri.query) {
            page = await pages.page(path: path, query: query, lang: lang)
        } else {
            page = await pages.errorPage(400, Message(.dashNotFound, request.uri.path), lang)
        }
        var headers = HTTPFields()
        headers[.contentType] = page.contentType
        for field in Self.securityHeaders + extra { headers[field.0] = field.1 }
        if let file = page.filename { headers[.contentDisposition] = "attachment; filename=\"\(file)\"" }
        let bytes = ByteBuffer(string: page.body)
        headers[.contentLength] = String(bytes.readableBytes)
        return Response(status: .init(code: page.status), headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: bytes))
    }

    /// Serves until SIGINT or SIGTERM; `onReady` gets the URL once the port is open.
    public func run(onReady: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "fieldsync-dashboard")
        logger.logLevel = .warning
        let scheme = options.tlsCert == nil ? "http" : "https"
        let host = options.host
        let display = host.contains(":") ? "[\(host)]" : host
        let responder = CallbackResponder<BasicRequestContext> { [self] request, _ in await self.respond(request) }
        let configuration = ApplicationConfiguration(address: .hostname(host, port: options.port), serverName: "fieldsync-dashboard")
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(30))
        let ready: @Sendable (any Channel) async -> Void = { channel in onReady("\(scheme)://\(display):\(channel.localAddress?.port ?? 0)/") }
        let app: any Service
        if let cert = options.tlsCert, let key = options.tlsKey {
            let tls = try Self.tlsConfiguration(cert: cert, key: key)
            app = Application(responder: responder, server: try .tls(.http1(configuration: http1), tlsConfiguration: tls),
                              configuration: configuration, onServerRunning: ready, logger: logger)
        } else {
            app = Application(responder: responder, server: .http1(configuration: http1), configuration: configuration, onServerRunning: ready, logger: logger)
        }
        var services: [any Service] = [app]
        if let every = options.syncEvery, every > 0 { services.append(BackgroundSync(dashboard: self, every: every)) }
        var group = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = .seconds(5)
        try await ServiceGroup(configuration: group).run()
    }

    /// Checks that the certificate chain and key can be read and used, before anything is opened.
    /// - Throws: ``TLSFileError`` naming the file.
    public static func checkTLS(cert: String, key: String) throws {
        _ = try tlsConfiguration(cert: cert, key: key)
    }

    /// A certificate or key that cannot be used, named.
    public struct TLSFileError: Error {
        /// The file.
        public var path: String
        /// What the TLS library said.
        public var reason: String
    }

    /// The certificate chain and key, read before anything listens.
    static func tlsConfiguration(cert: String, key: String) throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do { chain = try NIOSSLCertificate.fromPEMFile(cert) } catch { throw TLSFileError(path: cert, reason: "\(error)") }
        guard !chain.isEmpty else { throw TLSFileError(path: cert, reason: "no certificate") }
        let privateKey: NIOSSLPrivateKey
        do { privateKey = try NIOSSLPrivateKey(file: key, format: .pem) } catch { throw TLSFileError(path: key, reason: "\(error)") }
        var config = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        config.minimumTLSVersion = .tlsv12
        do { _ = try NIOSSLContext(configuration: config) } catch { throw TLSFileError(path: key, reason: "\(error)") }
        return config
    }
}

/// This process's sync: one at a time, and the last failure's sentence.
actor SyncState {
    var syncing = false
    var error: Message?

    func begin() -> Bool {
        guard !syncing else { return false }
        syncing = true
        return true
    }

    func end(_ failure: Message?) {
        syncing = false
        error = failure
    }

    func snapshot() -> (syncing: Bool, error: Message?) { (syncing, error) }
}

/// Syncs now, then every `every` seconds, until the dashboard stops.
struct BackgroundSync: Service {
    let dashboard: Dashboard
    let every: Int

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await dashboard.syncOnce()
                try? await Task.sleep(for: .seconds(every))
            }
        }
    }
}
