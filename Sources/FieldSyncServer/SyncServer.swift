import FieldSyncCore
import FieldSyncWire
import Foundation
import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers
import Logging
import Metrics
import NIOCore
import Prometheus

/// An error answer: a status and `{"error": {"code", "message"}}`.
public struct APIError: HTTPResponseError {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// The same sentence in Chinese, when there is one (``ErrorBody/Detail/messageZh``).
    public var messageZh: String?
    /// The `Allow` header of a 405.
    public var allow: String?
    /// The `Retry-After` header (seconds) of a 503.
    public var retryAfter: Int?

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String, allow: String? = nil, retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = Terminal.inert(message)
        self.messageZh = nil
        self.allow = allow
        self.retryAfter = retryAfter
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = FastJSON.encode(ErrorBody(code: code, message: message, messageZh: messageZh))
        var headers: HTTPFields = [.contentType: "application/json"]
        // A refused request with a body may leave it unread: the connection is closed after the
        // answer rather than kept reading what a slow or hostile sender still trickles (Hummingbird
        // would drain the body to keep the connection alive).
        if request.method == .post {
            headers[.connection] = "close"
            (context as? SyncRequestContext)?.channel.close(mode: .input, promise: nil)
        }
        if let allow { headers[.allow] = allow }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// The request context: Hummingbird's basics plus the peer's address and its connection.
public struct SyncRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The connection, closed for reading when a request with a body is refused (the body is
    /// then never read, however slowly it comes).
    let channel: any Channel
    /// Who is calling: set by ``Authentication`` on the sync routes, once per request.
    public var caller: Caller?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        channel = source.channel
    }

    /// The authenticated caller of a sync route.
    func authenticated() throws -> Caller {
        guard let caller else { throw APIError(.internalServerError, "storage", "The request reached a sync route unauthenticated.") }
        return caller
    }

    /// Whether an address is this machine's (loopback).
    public static func isLoopback(_ ip: String?) -> Bool {
        guard let ip else { return false }
        return ip == "::1" || ip.hasPrefix("127.") || ip.hasPrefix("::ffff:127.")
    }
}

/// Authentication of the sync routes, once per request: the token, the schema version, the zone
/// and the identity headers (``SyncServer/authorize(_:push:)``); the caller it proves travels in
/// the request context. Every answer of these routes, refusals included, is counted and timed by
/// route here.
struct Authentication: RouterMiddleware {
    typealias Context = SyncRequestContext
    let server: SyncServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let route = request.uri.path.hasSuffix("/push") ? "push" : "pull"
        return try await server.observe(route) {
            var context = context
            context.caller = try await server.authorize(request, push: request.method == .post)
            return try await next(request, context)
        }
    }
}

/// Any method other than the documented one on a known path gets 405 with `Allow` (not a bare 404),
/// whatever the method's name (TRACE, QUERY, …).
struct MethodGuard: RouterMiddleware {
    typealias Context = SyncRequestContext
    static let allowed: [String: HTTPRequest.Method] = ["/health": .get, "/metrics": .get, "/v1/push": .post, "/v1/pull": .get, "/v1/history": .get]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var path = request.uri.path
        if path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        if let method = Self.allowed[path], request.method != method, !(request.method == .head && method == .get) {
            throw APIError(.methodNotAllowed, "method_not_allowed",
                           "\(request.method.rawValue) is not allowed on \(path); use \(method.rawValue).", allow: method.rawValue)
        }
        return try await next(request, context)
    }
}

/// The server's metrics: swift-metrics counters and timers, kept in this server's own
/// swift-prometheus registry (no process-global bootstrap) and served at `/metrics` in Prometheus
/// text format.
public final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let factory: PrometheusMetricsFactory

    /// Upper bounds (seconds) of the request-duration histogram's buckets.
    static let bounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    let recordsPushed: Metrics.Counter
    let recordsChanged: Metrics.Counter
    let recordsPulled: Metrics.Counter
    let pushSeconds: Metrics.Timer

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["fieldsync_request_seconds"] = Self.bounds.map { .nanoseconds(Int64($0 * 1e9)) }
        factory.durationHistogramBuckets["fieldsync_push_seconds"] = Self.bounds.map { .nanoseconds(Int64($0 * 1e9)) }
        self.factory = factory
        recordsPushed = Metrics.Counter(label: "fieldsync_records_pushed_total", factory: factory)
        recordsChanged = Metrics.Counter(label: "fieldsync_records_changed_total", factory: factory)
        recordsPulled = Metrics.Counter(label: "fieldsync_records_pulled_total", factory: factory)
        pushSeconds = Metrics.Timer(label: "fieldsync_push_seconds", factory: factory)
    }

    /// A request answered: counted by route and status, timed by route.
    func request(_ route: String, _ status: Int, seconds: Double? = nil) {
        Metrics.Counter(label: "fieldsync_requests_total", dimensions: [("route", route), ("status", String(status))], factory: factory).increment()
        if let seconds {
            Metrics.Timer(label: "fieldsync_request_seconds", dimensions: [("route", route)], factory: factory)
                .recordNanoseconds(Int64(seconds * 1e9))
        }
    }

    func pushed(_ n: Int, changed: Int, seconds: Double) {
        recordsPushed.increment(by: n)
        recordsChanged.increment(by: changed)
        pushSeconds.recordNanoseconds(Int64(seconds * 1e9))
    }

    func pulled(_ n: Int) { recordsPulled.increment(by: n) }

    /// Every metric in Prometheus text form (what `/metrics` serves).
    public func text() -> String { registry.emitToString() }
}

/// The sync server's routes (docs/design.md §3; `Schema/openapi.yaml`).
public struct SyncServer: Sendable {
    public let store: any ServerStore
    public let metrics = ServerMetrics()
    public let logger: Logger
    /// The largest accepted request body on the wire (compressed or not).
    public var maxWireBytes = SyncProtocol.maxBodyBytes
    /// The largest accepted body once inflated.
    public var maxBodyBytes = SyncProtocol.maxBodyBytes

    public init(store: any ServerStore, logger: Logger = Logger(label: "fieldsync-server")) {
        self.store = store
        self.logger = logger
    }

    static let previousReplicaHeader = "FieldSync-Previous-Replica"

    /// Replica ids one token may register (its store, its restores and copies).
    public static let maxReplicasPerToken = ServerRules.maxReplicasPerToken

    /// Pushes merged at once; one more is refused with 503 and `Retry-After` (the laptop retries).
    public var maxConcurrentPushes: Int {
        get { pushSlots.limit }
        set { pushSlots.limit = newValue }
    }
    let pushSlots = Slots(limit: 8)
    /// The most a push's body may take to arrive, once its slot is taken.
    public var bodyDeadline: Duration = .seconds(60)
    /// The inflated bodies of all pushes in flight together: four full bodies.
    let inflight = ByteBudget(limit: 4 * SyncProtocol.maxBodyBytes)
    /// A push slot held longer than this makes `/health` fail (pushes end within the store's deadline).
    static let stuckPush: Duration = .seconds(120)

    /// A request header by name (case-insensitive).
    static func header(_ request: Request, _ name: String) -> String? {
        let lower = name.lowercased()
        return request.headers.first { $0.name.canonicalName == lower }?.value
    }

    /// The metrics in Prometheus text form, as an answer.
    func metricsResponse() -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: metrics.text())))
    }

    /// The router of the metrics listener (`--metrics-listen`, a loopback address): `GET /metrics`
    /// without a token, for a scraper on this machine; nothing else.
    public func metricsRouter() -> Router<SyncRequestContext> {
        let router = Router(context: SyncRequestContext.self)
        router.get("metrics") { _, _ -> Response in self.metricsResponse() }
        return router
    }

    /// The router with every route.
    public func router() -> Router<SyncRequestContext> {
        let router = Router(context: SyncRequestContext.self)
        router.add(middleware: MethodGuard())
        router.get("health") { _, _ -> Response in
            guard await self.store.healthy() else {
                throw APIError(.serviceUnavailable, "unhealthy", "The server's store does not answer or failed its integrity check.", retryAfter: 2)
            }
            // Every push ends within the store's deadline; slots held far longer mean this instance
            // can no longer take pushes, whatever the database says.
            let (taken, oldest) = self.pushSlots.occupancy()
            if let oldest, taken >= self.pushSlots.limit, oldest > Self.stuckPush {
                throw APIError(.serviceUnavailable, "pushes_stuck",
                               "All \(taken) push slots have been taken for \(oldest.components.seconds) s: this instance cannot take pushes; restart it.")
            }
            // The server's identity, which laptops key their checkpoints by (a new address for the
            // same server resumes where it was).
            var w = JSONWriter()
            w.raw(#"{"status":"ok""#)
            if let id = await self.store.serverID() {
                w.raw(#","server":"#)
                w.string(id)
            }
            w.raw("}")
            return Self.json(.ok, w.out, request: nil)
        }
        router.get("metrics") { request, context -> Response in
            // Counts of requests, records and refusals say who syncs how much. On this listener
            // only an admin token sees them, whoever the peer (behind a proxy on the same host,
            // every peer is loopback); a scraper on the host uses `--metrics-listen`.
            let auth = request.headers[.authorization] ?? ""
            let grant = auth.hasPrefix("Bearer ") ? try await self.storeCall({ try await self.store.authenticate(String(auth.dropFirst(7))) }) : nil
            guard grant?.role == "admin" else {
                throw APIError(.forbidden, "metrics_forbidden", "/metrics on this address needs an admin token; a scraper on this machine uses the --metrics-listen address.")
            }
            return self.metricsResponse()
        }
        // The sync routes: authenticated once, by the middleware, which also counts and times
        // every answer (refusals included) by route.
        let sync = router.group("v1").add(middleware: Authentication(server: self))
        sync.post("push") { request, context -> Response in try await self.push(request, context) }
        sync.get("pull") { request, context -> Response in try await self.pull(request, context) }
        sync.get("history") { request, context -> Response in try await self.history(request, context) }
        return router
    }

    func observe(_ route: String, _ body: () async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        do {
            let r = try await body()
            metrics.request(route, Int(r.status.code), seconds: elapsed())
            return r
        } catch let e as APIError {
            metrics.request(route, Int(e.status.code), seconds: elapsed())
            logger.info("refused", metadata: ["route": .string(route), "status": .stringConvertible(e.status.code), "code": .string(e.code), "reason": .string(e.message)])
            throw e
        }
    }

    /// Text that came with a request, fit to echo in an answer or a log line: control characters
    /// escaped, at most 64 characters.
    static func echo(_ text: String) -> String { Terminal.inert(text, limit: 64) }

    /// Checks the token, the schema version, the zone and the identity headers' form.
    func authorize(_ request: Request, push: Bool) async throws -> Caller {
        guard let auth = request.headers[.authorization], auth.hasPrefix("Bearer "), auth.count > 7 else {
            throw APIError(.unauthorized, "no_token", "This request carries no bearer token; create one with `fieldsync-server token create` and set it with `fieldsync config set token`.")
        }
        guard let grant = try await storeCall({ try await self.store.authenticate(String(auth.dropFirst(7))) }) else {
            throw APIError(.unauthorized, "bad_token", "The token is unknown or revoked.")
        }
        guard let versionText = Self.header(request, SyncProtocol.schemaHeader), let version = Int(versionText) else {
            throw APIError(.badRequest, "no_schema", "Requests must name their schema version in the \(SyncProtocol.schemaHeader) header.")
        }
        guard SyncProtocol.acceptedVersions.contains(version) else {
            let side = version < SyncProtocol.acceptedVersions.lowerBound ? "upgrade the fieldsync client" : "upgrade the server"
            throw APIError(.upgradeRequired, "schema_mismatch",
                "The client speaks schema \(version) but this server accepts \(SyncProtocol.acceptedVersions.lowerBound)…\(SyncProtocol.acceptedVersions.upperBound): \(side).")
        }
        if push && !grant.canPush {
            throw APIError(.forbidden, "read_only", "Token \(grant.name) is a viewer token: it may pull but not push.")
        }
        guard let replicaText = Self.header(request, SyncProtocol.replicaHeader), UUIDText.isValid(replicaText) else {
            throw APIError(.badRequest, "no_replica", "Requests must name their replica id (a UUID) in the \(SyncProtocol.replicaHeader) header.")
        }
        let replica = ReplicaID(replicaText)
        if let previous = Self.header(request, Self.previousReplicaHeader), !UUIDText.isValid(previous) {
            throw APIError(.badRequest, "bad_previous_replica",
                           "The \(Self.previousReplicaHeader) header must be a replica id (a UUID), not \"\(Self.echo(previous))\".")
        }
        guard let key = Self.header(request, SyncProtocol.replicaKeyHeader), SyncProtocol.isReplicaKey(key) else {
            throw APIError(.badRequest, "no_replica_key", "Requests must carry the store's replica key (64 hex digits) in the \(SyncProtocol.replicaKeyHeader) header.")
        }
        guard let claim = Self.header(request, SyncProtocol.historyHeader), ReplicaHistory.isHead(claim) else {
            throw APIError(.badRequest, "no_history", "Requests must carry the push history's head (64 hex digits) in the \(SyncProtocol.historyHeader) header.")
        }
        let pushID = Self.header(request, SyncProtocol.pushIDHeader)
        if let pushID, !ReplicaHistory.isPushID(pushID) {
            throw APIError(.badRequest, "bad_push_id", "The \(SyncProtocol.pushIDHeader) header must be 32 hex digits, not \"\(Self.echo(pushID))\".")
        }
        if push && pushID == nil {
            throw APIError(.badRequest, "no_push_id", "A push must carry its id (32 hex digits) in the \(SyncProtocol.pushIDHeader) header.")
        }
        let range = Self.header(request, SyncProtocol.pushRangeHeader)
        if let range, !ReplicaHistory.isRange(range) {
            throw APIError(.badRequest, "bad_push_range",
                           "The \(SyncProtocol.pushRangeHeader) header must be two local change numbers \"AFTER-UPTO\" (the first not above the second), not \"\(Self.echo(range))\".")
        }
        // The zone is compared once every required header is known to be there (a missing one is 400).
        if let zoneText = Self.header(request, SyncProtocol.zoneHeader) {
            guard zoneText.utf8.count <= 256 else {
                throw APIError(.badRequest, "bad_zone", "The \(SyncProtocol.zoneHeader) header is longer than 256 bytes.")
            }
            let zone = zoneText.removingPercentEncoding ?? zoneText
            guard zone == grant.zone else {
                throw APIError(.conflict, "zone_mismatch",
                    "This laptop was made for zone \"\(Self.echo(zone))\" but its token is for zone \"\(grant.zone)\"; init a store for \"\(grant.zone)\" or ask the office for a token of \"\(Self.echo(zone))\".")
            }
        }
        return Caller(grant: grant, replica: replica, keyHash: SHA256.hex("replica-key:" + key), claim: claim, pushID: pushID,
                      pushRange: push ? (range ?? "") : nil)
    }

    /// Runs a store call, its failures as JSON answers: a refused identity or record is a 4xx
    /// naming it, a busy database 503 (the laptop retries), anything else 500 with one sentence.
    func storeCall<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let e as APIError {
            throw e
        } catch let e as ServerError {
            // A busy or unreachable database: one warning per refused request (the store also says
            // once when the database stops and starts answering).
            if e.code == .busy { logger.warning("refused with 503: the database is busy or unreachable", metadata: ["reason": .string(Terminal.inert(e.message))]) }
            throw e.apiError
        } catch {
            logger.error("store failure", metadata: ["error": .string(Terminal.inert(String(describing: error)))])
            throw APIError(.internalServerError, "storage", "The server's store failed; the request changed nothing.")
        }
    }

    func push(_ request: Request, _ context: SyncRequestContext) async throws -> Response {
        let caller = try context.authenticated()
        let (grant, replica) = (caller.grant, caller.replica)
        // Admission before work: the caller's identity is checked and a push slot taken before
        // anything of the body is read, inflated or decoded, so pushes refused for who they are,
        // or past the slots, cost no memory.
        try await storeCall { try await self.store.preAdmit(caller) }
        guard let slot = pushSlots.acquire() else {
            throw APIError(.serviceUnavailable, "busy", "The server is merging \(pushSlots.limit) pushes already; try again in a moment.", retryAfter: 2)
        }
        defer { pushSlots.release(slot) }
        // The whole body within a deadline: a sender trickling bytes holds its slot no longer.
        let limit = bodyDeadline
        let body = try await withDeadline(limit, onTimeout: {
            APIError(.requestTimeout, "body_timeout", "The body did not arrive within \(limit.components.seconds) s; the push changed nothing.")
        }) { try await self.readBody(request) }
        // The inflated bytes of every push in flight together stay within a budget.
        guard inflight.reserve(body.count) else {
            throw APIError(.serviceUnavailable, "busy", "The server holds \(inflight.limit >> 20) MiB of pushes already; try again in a moment.", retryAfter: 2)
        }
        defer { inflight.release(body.count) }
        let push: PushRequest
        var encoded: [[UInt8]]?
        do {
            // Protocol 5 laptops send the binary form (decoding it validates it); protocol 4's
            // JSON is still read, for laptops not yet upgraded.
            if BinaryWire.isBinary(body) {
                (push, encoded) = try BinaryWire.decodePushKeepingBytes(body)
            } else {
                push = try FastJSON.decodePush(body)
            }
        } catch {
            var refusal = APIError(.badRequest, "malformed", "The push body is malformed: \(error).")
            // A rule's refusal (a value, a cap, a record) in the laptop reader's language too.
            if let e = error as? CoreError { refusal.messageZh = Terminal.inert(Message(.pushBodyMalformed, e.text).render(.zh), limit: 512) }
            throw refusal
        }
        guard push.replica.lowercased() == replica.rawValue else {
            throw APIError(.badRequest, "replica_mismatch", "The body names replica \(Self.echo(push.replica)) but the header names \(replica.rawValue).")
        }
        // The push's own time (the metric's "merge time"), not its body's upload.
        let start = DispatchTime.now().uptimeNanoseconds
        let records = push.records
        let bytes = encoded
        let result = try await storeCall { try await self.store.push(caller, records: records, encoded: bytes, now: Date()) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        metrics.pushed(push.records.count, changed: result.changed, seconds: seconds)
        logger.info("push", metadata: [
            "zone": .string(grant.zone), "replica": .string(replica.rawValue), "records": .stringConvertible(push.records.count),
            "changed": .stringConvertible(result.changed), "server_seq": .stringConvertible(result.serverSeq),
        ])
        return Self.json(.ok, FastJSON.encode(result), request: request)
    }

    func pull(_ request: Request, _ context: SyncRequestContext) async throws -> Response {
        let caller = try context.authenticated()
        let (grant, replica) = (caller.grant, caller.replica)
        let params = request.uri.queryParameters
        let afterText = params.get("after") ?? "0"
        guard let after = Int64(afterText), after >= 0 else {
            throw APIError(.badRequest, "bad_after", "after must be a sequence number ≥ 0, not \"\(afterText)\".")
        }
        let limitText = params.get("limit") ?? String(SyncProtocol.defaultBatchSize)
        guard let limit = Int(limitText), (1...5000).contains(limit) else {
            throw APIError(.badRequest, "bad_limit", "limit must be 1 to 5000, not \"\(limitText)\".")
        }
        let page = try await storeCall { try await self.store.pull(caller, after: after, limit: limit) }
        metrics.pulled(page.records.count)
        logger.debug("pull", metadata: ["zone": .string(grant.zone), "replica": .string(replica.rawValue), "records": .stringConvertible(page.records.count)])
        // A laptop that accepts the binary form gets the stored bytes spliced; a protocol 4 laptop
        // gets JSON.
        if request.headers[.accept]?.contains(BinaryWire.mediaType) == true {
            let records = try await storeCall { try page.records.map(StoredRecord.binary) }
            return Self.reply(.ok, BinaryWire.encodePull(encodedRecords: records, upTo: page.upTo, serverSeq: page.serverSeq, more: page.more),
                              contentType: BinaryWire.mediaType, request: request)
        }
        let records = try await storeCall { try page.records.map(StoredRecord.json) }
        return Self.json(.ok, FastJSON.encodePull(encodedRecords: records, upTo: page.upTo, serverSeq: page.serverSeq, more: page.more), request: request)
    }

    /// `GET /v1/history?table=T&id=ID`: the versions the server kept of one record of the caller's
    /// zone, oldest first: `{"versions": [{"seq", "at", "writer", "token", "record"}]}` (the office's
    /// audit trail; any role of the zone may read it).
    func history(_ request: Request, _ context: SyncRequestContext) async throws -> Response {
        let caller = try context.authenticated()
        let params = request.uri.queryParameters
        let table = params.get("table") ?? ""
        guard Domain.type(named: table) != nil else {
            throw APIError(.badRequest, "bad_table", "table must name a record type, not \"\(Self.echo(table))\".")
        }
        let id = params.get("id") ?? ""
        guard UUIDText.isValid(id) else {
            throw APIError(.badRequest, "bad_id", "id must be a record id (a UUID), not \"\(Self.echo(id))\".")
        }
        let versions = try await storeCall { try await self.store.versions(caller, table: table, id: id) }
        var out: [UInt8] = Array(#"{"versions":["#.utf8)
        for (i, v) in versions.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += Array(#"{"seq":\#(v.seq),"at":"\#(v.at)","writer":"#.utf8) + Array(JSONWriter.quoted(v.writer).utf8)
                + Array(#","token":"#.utf8) + Array(JSONWriter.quoted(v.token).utf8) + Array(#","record":"#.utf8) + FastJSON.encode(v.record)
                + [UInt8(ascii: "}")]
        }
        out += Array("]}".utf8)
        return Self.json(.ok, out, request: request)
    }

    /// Reads the body within the wire limit, inflating gzip within the body limit.
    func readBody(_ request: Request) async throws -> [UInt8] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxWireBytes)
        } catch {
            throw APIError(.contentTooLarge, "too_large", "The body is larger than \(maxWireBytes) bytes; send smaller batches.")
        }
        let bytes = Array(buffer.readableBytesView)
        let encoding = request.headers[.contentEncoding]?.lowercased()
        guard encoding == "gzip" || (encoding == nil && Gzip.isGzip(bytes)) else {
            if let encoding, encoding != "identity" {
                throw APIError(.unsupportedMediaType, "bad_encoding", "Content-Encoding \(encoding) is not supported; use gzip or none.")
            }
            return bytes
        }
        do {
            return try Gzip.decompress(bytes, limit: maxBodyBytes)
        } catch Gzip.Failure.tooLarge {
            throw APIError(.contentTooLarge, "too_large", "The body inflates to more than \(maxBodyBytes) bytes; send smaller batches.")
        } catch {
            throw APIError(.badRequest, "bad_gzip", "The body says it is gzip but is not valid gzip.")
        }
    }

    /// A JSON response, gzip-compressed when the client accepts it and it is worth it.
    static func json(_ status: HTTPResponse.Status, _ body: [UInt8], request: Request?) -> Response {
        reply(status, body, contentType: "application/json", request: request)
    }

    /// A response, gzip-compressed when the client accepts it and it is worth it.
    static func reply(_ status: HTTPResponse.Status, _ body: [UInt8], contentType: String, request: Request?) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        var payload = body
        if body.count > 1024, let accept = request?.headers[.acceptEncoding], accept.contains("gzip") {
            payload = Gzip.compress(body)
            headers[.contentEncoding] = "gzip"
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: payload)))
    }
}

/// Bytes held by requests at once, within a limit; never waited on.
final class ByteBudget: Sendable {
    let limit: Int
    private let used = NIOLockedValueBox(0)

    init(limit: Int) { self.limit = limit }

    /// Takes `n` bytes of the budget; false when they do not fit (a body larger than the whole
    /// budget fits when nothing else is held, so the body limit alone decides it).
    func reserve(_ n: Int) -> Bool {
        used.withLockedValue { u in
            guard u == 0 || u + n <= limit else { return false }
            u += n
            return true
        }
    }

    func release(_ n: Int) { used.withLockedValue { $0 -= n } }
}

/// Pushes merging at once: a bounded set of slots, never waited on. Each slot remembers when it
/// was taken, so `/health` can tell an instance whose pushes no longer end.
final class Slots: Sendable {
    private struct State {
        var limit: Int
        var taken: [UInt64: ContinuousClock.Instant] = [:]
        var next: UInt64 = 0
    }
    private let state: NIOLockedValueBox<State>

    var limit: Int {
        get { state.withLockedValue { $0.limit } }
        set { state.withLockedValue { $0.limit = max(1, newValue) } }
    }

    init(limit: Int) { state = NIOLockedValueBox(State(limit: max(1, limit))) }

    /// A slot's number, or nil when every slot is taken.
    func acquire() -> UInt64? {
        state.withLockedValue { s in
            guard s.taken.count < s.limit else { return nil }
            s.next += 1
            s.taken[s.next] = .now
            return s.next
        }
    }

    func release(_ slot: UInt64) { _ = state.withLockedValue { $0.taken.removeValue(forKey: slot) } }

    /// How long the oldest slot has been taken, and how many are.
    func occupancy() -> (taken: Int, oldest: Duration?) {
        state.withLockedValue { s in (s.taken.count, s.taken.values.min().map { ContinuousClock.now - $0 }) }
    }
}
