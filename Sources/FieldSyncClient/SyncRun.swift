import FieldReplica
import FieldSyncCore
import Foundation

/// One sync of a store with a server, as `fieldsync sync` and the dashboard's background sync run
/// it: under the store's sync lock (one sync at a time per store, whoever starts it), recording the
/// attempt's outcome in the store, and giving the store a new replica id when the server says it is
/// a copy (or reuses write ids).
public struct SyncRun {
    /// The server, token and engine options.
    public var options: SyncOptions
    /// PEM file of the CAs to trust, or nil for the system's.
    public var caFile: String?
    /// Seconds to connect, and for each request.
    public var connectTimeout = 10
    public var totalTimeout = 120

    /// A run with these options.
    public init(options: SyncOptions, caFile: String? = nil) {
        self.options = options
        self.caFile = caFile
    }

    /// The run the store's configuration names (`config set server`, `token`, `cacert`), or nil
    /// when it has no server or no token.
    public static func configured(_ store: Replica) throws -> SyncRun? {
        guard let server = try store.config("server"), let token = try store.config("token") else { return nil }
        return SyncRun(options: SyncOptions(server: server, token: token), caFile: try store.config("cacert"))
    }

    /// What a completed sync did.
    public struct Outcome: Sendable {
        public var summary: SyncSummary
        /// The address now answers as another server than before (its checkpoint started afresh).
        public var anotherServer: Bool
    }

    /// Why a sync failed.
    public enum Failure: Error {
        /// The sync failed; nothing else changed.
        case failed(SyncError)
        /// The server refused the store's writer id (a copy, or reused write ids): the store took
        /// the new replica id `fresh` and the next sync will succeed.
        case rotated(SyncError, fresh: ReplicaID)

        /// The underlying error.
        public var error: SyncError {
            switch self {
            case .failed(let e), .rotated(let e, _): return e
            }
        }
    }

    /// Runs one sync of `store` (whose file is `storePath`, for the lock).
    /// - Parameter progress: called as batches go and come (summary so far, `push` or `pull`).
    /// - Throws: ``Failure``.
    public func run(store: Replica, storePath: String, progress: ((SyncSummary, String) -> Void)? = nil) async throws(Failure) -> Outcome {
        let lock: SyncLock
        let engine: SyncEngine
        do {
            lock = try SyncLock(storePath: storePath)
            let transport = try CurlTransport(connectTimeout: connectTimeout, totalTimeout: totalTimeout, caFile: caFile)
            engine = SyncEngine(store: store, transport: transport, options: options)
        } catch let e as SyncError {
            throw .failed(e)
        } catch {
            throw .failed(SyncError(.local, Message(.syncCouldNotStart, "\(error)")))
        }
        defer { withExtendedLifetime(lock) {} }
        if let progress { engine.progress = progress }
        do {
            let summary = try await engine.run()
            try? store.markAttempt(server: engine.checkpointKey, succeeded: true, error: nil)
            return Outcome(summary: summary, anotherServer: engine.anotherServer)
        } catch let e as SyncError {
            try? store.markAttempt(server: engine.checkpointKey, succeeded: false, error: e.message)
            if e.code == .reusedDots || e.code == .diverged, let fresh = try? store.rotateReplicaID(server: engine.checkpointKey) {
                throw .rotated(e, fresh: fresh)
            }
            throw .failed(e)
        } catch {
            let e = SyncError(.local, Message(.syncCouldNotStart, "\(error)"))
            try? store.markAttempt(server: engine.checkpointKey, succeeded: false, error: e.message)
            throw .failed(e)
        }
    }
}
