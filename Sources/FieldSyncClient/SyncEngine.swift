import FieldReplica
import FieldSyncCore
import FieldSyncWire
import Foundation

/// The form of sync bodies on the wire.
public enum WireFormat: String, Sendable, CaseIterable {
    /// Protocol 5: ``BinaryWire``.
    case binary
    /// Protocol 4: JSON.
    case json

    var protocolVersion: Int { self == .binary ? SyncProtocol.schemaVersion : SyncProtocol.jsonVersion }
}

/// Where and how to sync.
public struct SyncOptions: Sendable {
    public var server: String
    public var token: String
    public var batchSize = SyncProtocol.defaultBatchSize {
        didSet { pullPageSize = batchSize }
    }
    /// Records per pull page: ``SyncProtocol/defaultPullPageSize``, or `batchSize` once that is set.
    public var pullPageSize = SyncProtocol.defaultPullPageSize
    public var maxAttempts = 5
    public var baseDelay = 0.5
    public var gzip = true
    /// Overlap this side's work with the server's (read/encode the next push batch, fetch the next
    /// pull page, while the current one is at the other side). Off: strictly one step after another.
    public var pipeline = true
    /// The body format: protocol 5's binary (the default) or protocol 4's JSON, which is what a
    /// laptop of the previous version sends (kept for servers not yet upgraded, and to test mixed fleets).
    public var wire: WireFormat = .binary

    public init(server: String, token: String) {
        self.server = server.hasSuffix("/") ? String(server.dropLast()) : server
        self.token = token
    }
}

/// The I/O loop around ``SyncSession``: reads batches from the store, sends them, advances
/// checkpoints only after the server confirmed (push) or in the same transaction as the apply (pull).
/// An interrupted sync resumes where it stopped; a repeated batch is harmless (merge is idempotent).
///
/// The engine owns the store; the network half is a ``Courier`` (`Sendable`, no store), so a
/// request runs as a child task (`async let`) while the engine works on the store, and is always
/// awaited in the same step that started it.
public final class SyncEngine {
    let store: Replica
    let transport: any HTTPTransport
    let options: SyncOptions
    let sleep: (Double) async -> Void
    let jitter: () -> Double
    public var progress: (SyncSummary, String) -> Void = { _, _ in }
    /// The key this sync's checkpoint is kept under (the server's identity once known; see
    /// ``FieldReplica/Replica/checkpointKey(url:serverID:)``), set when `run()` starts.
    public private(set) var checkpointKey: String
    /// Whether the address now answers as another server than before (its checkpoint started afresh).
    public private(set) var anotherServer = false

    public init(store: Replica, transport: any HTTPTransport, options: SyncOptions,
                sleep: @escaping (Double) async -> Void = { try? await Task.sleep(nanoseconds: UInt64(max(0, $0) * 1e9)) },
                jitter: @escaping () -> Double = { Double.random(in: 0..<1) }) {
        self.store = store
        self.transport = transport
        self.options = options
        self.sleep = sleep
        self.jitter = jitter
        // Until the server says who it is: the key last learned for its address.
        checkpointKey = store.checkpointKey(url: options.server)
    }

    /// The versions the server kept of one record (`GET /v1/history`, the office's audit trail),
    /// oldest first: one request, no retries (the caller shows its cache when the server cannot be
    /// reached). A version the laptop cannot read is left out.
    /// - Throws: ``SyncError``.
    public func serverVersions(table: String, id: String) throws -> [ServerVersion] {
        let courier = Courier(transport: transport, server: ServerURL.shown(options.server), zone: try local { try store.info().zone })
        let history = try local { try store.pushHistory() }
        var h = try headers().filter { $0.0 != "Accept" }
        h += [("Accept", "application/json"), (SyncProtocol.historyHeader, history.head)]
        if let pending = history.pending { h.append((SyncProtocol.pushIDHeader, pending)) }
        let table = table.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? table
        let id = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-"])) ?? id
        let reply = try courier.exchange(HTTPExchange(method: "GET", url: options.server + "/v1/history?table=\(table)&id=\(id)", headers: h))
        struct Answer: Decodable {
            struct Version: Decodable { var seq: Int64; var at: String; var writer: String; var token: String; var record: WireRecord }
            var versions: [Version]
        }
        let answer: Answer
        do {
            answer = try WireCoding.decode(Answer.self, from: reply.body)
        } catch {
            throw SyncError(.unreachable, Message(.serverSAnswerWas, WireCoding.describe(error)))
        }
        return answer.versions.compactMap { v in
            (try? v.record.validated()).map { ServerVersion(seq: v.seq, writer: v.writer, token: v.token, at: v.at, record: $0) }
        }
    }

    /// Runs one sync to completion.
    ///
    /// Requests stay strictly one at a time, but the two sides work at once: while the server merges
    /// push batch k, this side reads and encodes batch k+1; while this side applies pull page k, the
    /// request for page k+1 is already on the wire. Checkpoints still move only after the server's
    /// reply (push) or inside the apply's transaction (pull), in order.
    /// - Throws: ``SyncError``.
    public func run() async throws -> SyncSummary {
        _ = try currentIdentity()
        let courier = Courier(transport: transport, server: ServerURL.shown(options.server), zone: try local { try store.info().zone })
        // Who the server is: its checkpoint is kept by that, not by its address.
        let serverID = courier.serverIdentity(options.server)
        let key = try local { try store.checkpointKey(url: options.server, serverID: serverID) }
        (checkpointKey, anotherServer) = key
        let checkpoint = try local { try store.checkpoint(server: checkpointKey) }
        // Records of a type this version added, kept aside by the version before, are pulled again.
        let replay = try local { try store.quarantineHoldsNowKnownTables() }
        var session = SyncSession(pushed: checkpoint.pushedLocalSeq, pulled: replay ? 0 : checkpoint.pulledServerSeq,
                                  batchSize: options.batchSize, maxAttempts: options.maxAttempts, baseDelay: options.baseDelay)
        // The next push batch, read and encoded while the previous one was at the server.
        var prepared: (after: Int64, batch: [SequencedRecord], body: PushBody)?
        // The next pull page, fetched while the previous one was being applied.
        var fetched: (after: Int64, page: Result<PullResponse, any Error>)?
        var action = session.start()
        var viewer = try local { try store.config("role") } == "viewer"
        var unpushed = 0
        var quarantined = 0
        while true {
            switch action {
            case .push(let after):
                var batch: [SequencedRecord]
                var body: PushBody
                if let p = prepared, p.after == after {
                    (batch, body) = (p.batch, p.body)
                } else {
                    batch = try local { try store.changes(after: after, limit: options.batchSize) }
                    body = try pushBody(batch.map(\.record))
                }
                prepared = nil
                // A push still waiting for its confirmation is sent again as it was: nothing
                // changed since it was made rides along under its id (the server would take the
                // retry for the push it accepted, and a store restored from a backup taken before
                // the confirmation could then never get those changes back).
                var cut: Int64?
                if let bound = try local({ try store.pendingPushBound() }), batch.contains(where: { $0.seq > bound }) {
                    batch.removeAll { $0.seq > bound }
                    body = try pushBody(batch.map(\.record))
                    cut = bound
                }
                // A viewer's laptop pulls and never pushes; what it holds unpushed is reported at the end.
                if viewer {
                    unpushed = try local { try store.changeCount(after: after, countingOwnLaptop: false) }
                    action = session.nothingToPush()
                    continue
                }
                // (A retry left empty, every change of it having changed again since, is still sent:
                // it confirms the pending push, and the changes go in the next one.)
                guard let upTo = batch.last?.seq ?? cut else {
                    action = session.nothingToPush()
                    continue
                }
                do {
                    let (head, pushID, _, range) = try local { try store.pendingPush(after: after, upTo: upTo) }
                    let request = pushRequest(body, head: head, pushID: pushID, range: range)
                    let response: PushResponse
                    if options.pipeline {
                        async let inFlight = courier.push(request)
                        // The request in flight is awaited whatever happens here; a failure
                        // reading ahead only means the next batch is read again.
                        let upcoming = Result { () throws -> ([SequencedRecord], PushBody) in
                            let next = try local { try store.changes(after: upTo, limit: options.batchSize) }
                            return (next, try pushBody(next.map(\.record)))
                        }
                        response = try await inFlight
                        if case .success(let (next, nextBody)) = upcoming { prepared = (upTo, next, nextBody) }
                    } else {
                        response = try courier.push(request)
                    }
                    try local { try store.markPushed(server: checkpointKey, upTo: upTo, confirming: pushID) }
                    action = session.pushed(count: batch.count, upTo: upTo, response: response, cut: cut != nil)
                    progress(session.summary, "push")
                } catch let e as SyncError where e.code == .readOnly {
                    // The token turned out to be a viewer's: remember it (local writes are then
                    // refused up front) and pull anyway.
                    try local { try store.setConfig("role", "viewer") }
                    viewer = true
                    unpushed = try local { try store.changeCount(after: after, countingOwnLaptop: false) }
                    action = session.nothingToPush()
                } catch let e as SyncError {
                    action = session.failed(e, jitter: jitter())
                }
            case .pull(let after):
                do {
                    let page: PullResponse
                    if let f = fetched, f.after == after {
                        page = try f.page.get()
                    } else {
                        page = try courier.pull(try pullRequest(after: after))
                    }
                    fetched = nil
                    // A page that says there is more but does not move on would keep us pulling
                    // forever: refused before anything of it is applied.
                    guard !page.more || page.upTo > after else {
                        throw SyncError(.rejected, Message(.pullDidNotAdvance, after, page.upTo))
                    }
                    // The next page is asked for while this one is applied, and awaited before
                    // this step ends (its failure is the next step's to handle).
                    let next = options.pipeline && page.more ? try pullRequest(after: page.upTo) : nil
                    async let ahead = next.map { request in Result { try courier.pull(request) } }
                    let applied = try local { try store.applyPulled(page.records, server: checkpointKey, upTo: page.upTo, quarantined: page.rejected) }
                    quarantined += applied.keptAside.count
                    action = session.pulled(count: page.records.count, upTo: page.upTo, serverSeq: page.serverSeq, more: page.more)
                    progress(session.summary, "pull")
                    fetched = await ahead.map { (page.upTo, $0) }
                } catch let e as SyncError {
                    fetched = nil
                    action = session.failed(e, jitter: jitter())
                }
            case .retry(let delay, _):
                // A failed request: whatever was fetched ahead is dropped and asked for again.
                fetched = nil
                prepared = nil
                await sleep(delay)
                action = session.retryAction
            case .done:
                let conflicts = try local { try store.conflictedRecords().count }
                if viewer && unpushed > 0 {
                    // Everything was pulled; the local changes a viewer cannot push are said, not hidden.
                    throw SyncError(.readOnly, Message(.viewerPulledButCannotPush, session.summary.pulled, unpushed))
                }
                var summary = session.finish(conflicts: conflicts)
                summary.quarantined = quarantined
                return summary
            case .fail(let error):
                throw error
            }
        }
    }

    /// Runs a store call, turning its errors into a local `SyncError`.
    func local<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as StoreError {
            throw SyncError(e.code == .busy ? .busy : .local, e.text)
        }
    }

    /// The replica id and request headers, read once per run (the identity cannot change mid-run).
    private var identity: (replica: String, headers: [(String, String)])?

    func headers() throws -> [(String, String)] {
        try currentIdentity().headers
    }

    func currentIdentity() throws -> (replica: String, headers: [(String, String)]) {
        if let identity { return identity }
        let info = try local { try store.info() }
        var h = [
            ("Authorization", "Bearer \(options.token)"), (SyncProtocol.schemaHeader, String(options.wire.protocolVersion)),
            (SyncProtocol.replicaHeader, info.replicaID.rawValue),
            ("Accept", options.wire == .binary ? "\(BinaryWire.mediaType), application/json" : "application/json"),
            (SyncProtocol.zoneHeader, info.zone.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? info.zone),
        ]
        h.append((SyncProtocol.replicaKeyHeader, try local { try store.replicaKey() }))
        if let previous = try local({ try store.previousReplicaIDs() }).last {
            h.append(("FieldSync-Previous-Replica", previous))
        }
        let id = (info.replicaID.rawValue, h)
        identity = id
        return id
    }

    /// A push request's encoded (and gzipped) body and its headers.
    struct PushBody: Sendable {
        var bytes: [UInt8]
        var headers: [(String, String)]
    }

    func pushBody(_ records: [WireRecord]) throws -> PushBody {
        let me = try currentIdentity()
        let push = PushRequest(replica: me.replica, records: records)
        var body = options.wire == .binary ? BinaryWire.encode(push) : FastJSON.encode(push)
        var h = me.headers
        h.append(("Content-Type", options.wire == .binary ? BinaryWire.mediaType : "application/json"))
        if options.gzip {
            body = Gzip.compress(body)
            h.append(("Content-Encoding", "gzip"))
        }
        return PushBody(bytes: body, headers: h)
    }

    /// A push carrying the store's history head and the pending push's id (made and saved by
    /// `pendingPush` when none is pending); the caller confirms that id with the checkpoint.
    func pushRequest(_ body: PushBody, head: String, pushID: String, range: String) -> HTTPExchange {
        let headers = body.headers + [(SyncProtocol.historyHeader, head), (SyncProtocol.pushIDHeader, pushID),
                                      (SyncProtocol.pushRangeHeader, range)]
        return HTTPExchange(method: "POST", url: options.server + "/v1/push", headers: headers, body: body.bytes)
    }

    func pullRequest(after: Int64) throws -> HTTPExchange {
        let url = options.server + "/v1/pull?after=\(after)&limit=\(options.pullPageSize)"
        let history = try local { try store.pushHistory() }
        var h = try headers()
        h.append((SyncProtocol.historyHeader, history.head))
        if let pending = history.pending { h.append((SyncProtocol.pushIDHeader, pending)) }
        return HTTPExchange(method: "GET", url: url, headers: h)
    }
}

/// The network half of a sync: sends a request, reads its answer, and maps failures to
/// ``SyncError`` (no answer or 5xx: retryable; 4xx: final). It holds no store, so it can run as a
/// child task beside the engine's store work.
struct Courier: Sendable {
    let transport: any HTTPTransport
    let server: String
    /// This store's zone, named when the server refuses it.
    let zone: String

    /// The identity the server gives in `GET /health` (`"server"`), or nil when it gives none or
    /// cannot be asked; only a short run of letters, digits and dashes is taken from it.
    func serverIdentity(_ url: String) -> String? {
        struct Health: Decodable { var server: String? }
        guard let reply = try? transport.send(HTTPExchange(method: "GET", url: url + "/health", headers: [("Accept", "application/json")])),
              reply.status == 200, reply.body.count <= 4096,
              let id = (try? WireCoding.decode(Health.self, from: reply.body))?.server, (8...64).contains(id.count),
              id.unicodeScalars.allSatisfy({ ($0.isASCII && CharacterSet.alphanumerics.contains($0)) || $0 == "-" })
        else { return nil }
        return id.lowercased()
    }

    func push(_ request: HTTPExchange) throws -> PushResponse {
        let reply = try exchange(request)
        do {
            return try WireCoding.decode(PushResponse.self, from: reply.body)
        } catch {
            // A truncated or garbled answer: the request may or may not have landed, so retry.
            throw SyncError(.unreachable, Message(.serverSAnswerWas, WireCoding.describe(error)))
        }
    }

    func pull(_ request: HTTPExchange) throws -> PullResponse {
        let reply = try exchange(request)
        do {
            // The answer's own form decides (a server may answer JSON to either).
            return BinaryWire.isBinary(reply.body) ? try BinaryWire.decodePull(reply.body) : try FastJSON.decodePull(reply.body)
        } catch {
            // A truncated or garbled answer: retry.
            throw SyncError(.unreachable, Message(.serverSAnswerWas, error))
        }
    }

    func exchange(_ request: HTTPExchange) throws -> HTTPReply {
        let reply: HTTPReply
        do {
            reply = try transport.send(request)
        } catch let e as TransportError {
            switch e.kind {
            case .tls: throw SyncError(.unauthorized, Message(.serverSCertificateCould, e.message))
            case .tooLarge: throw SyncError(.rejected, Message(.answerTooLarge, e.message))
            default: throw SyncError(.unreachable, Message(.serverCannotReached, server, e.message))
            }
        }
        if (200..<300).contains(reply.status) { return reply }
        let detail = (try? WireCoding.decode(ErrorBody.self, from: reply.body))?.error
        let message = detail?.message(Lang.current) ?? "HTTP \(reply.status)"
        switch reply.status {
        case 403 where detail?.code == "read_only": throw SyncError(.readOnly, Message(.viewerCannotPush))
        case 403 where detail?.code == "wrong_replica": throw SyncError(.unauthorized, Message(.tokenOfAnotherLaptop))
        case 403 where detail?.code == "replica_of_another_token": throw SyncError(.unauthorized, Message(.laptopOfAnotherToken))
        case 403 where detail?.code == "wrong_replica_key": throw SyncError(.unauthorized, Message(.replicaKeyMismatch))
        case 403 where detail?.code == "too_many_replicas": throw SyncError(.unauthorized, Message(.tooManyReplicas))
        case 401 where detail?.code == "bad_token" || detail?.code == "no_token": throw SyncError(.unauthorized, Message(.tokenUnknownOrRevoked))
        case 401, 403: throw SyncError(.unauthorized, Message(.serverRefusedToken, message))
        case 426: throw SyncError(.protocolMismatch, Message(.serverProtocolMismatch, message))
        case 409 where detail?.code == "reused_dot": throw SyncError(.reusedDots, Message(.serverSaid, message))
        case 409 where detail?.code == "diverged_replica": throw SyncError(.diverged, Message(.historyDiverged))
        case 409 where detail?.code == "zone_mismatch": throw SyncError(.rejected, Message(.zoneMismatch, zone, message))
        case 413: throw SyncError(.rejected, Message(.tryBatchSizeSmaller, message))
        case 429, 503: throw SyncError(.busy, Message(.serverBusy, message))
        case 500...: throw SyncError(.unreachable, Message(.serverFailed, message))
        default: throw SyncError(.rejected, Message(.serverRefusedRequest, message))
        }
    }
}

/// An exclusive lock on a store for the length of one sync (`flock`, released by the kernel if the
/// process dies).
public final class SyncLock {
    let fd: Int32

    /// - Throws: ``SyncError`` (`busy`) when another sync holds the lock.
    public init(storePath: String) throws {
        let path = storePath + ".sync-lock"
        fd = Platform.openLockFile(path)
        guard fd >= 0 else { throw SyncError(.local, Message(.cannotCreateLockFile, path)) }
        guard Platform.tryLock(fd) else {
            Platform.closeFile(fd)
            throw SyncError(.busy, Message(.anotherSyncStoreRunning))
        }
    }

    deinit { Platform.unlockAndClose(fd) }
}
