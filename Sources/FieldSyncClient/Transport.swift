import FieldSyncCore
import CCurl
import Foundation
import NIOConcurrencyHelpers

/// One HTTP exchange, as the sync engine sees it.
public struct HTTPExchange: Sendable {
    public var method: String
    public var url: String
    public var headers: [(String, String)]
    public var body: [UInt8]?

    public init(method: String, url: String, headers: [(String, String)], body: [UInt8]? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

public struct HTTPReply: Sendable {
    public var status: Int
    public var body: [UInt8]
    public init(status: Int, body: [UInt8]) {
        self.status = status
        self.body = body
    }
}

/// A server address as it may be shown or stored: without a `user:password@` part (which would
/// otherwise reach stderr, logs and `sync_checkpoint.last_error`).
public enum ServerURL {
    public static func shown(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return url }
        return String(url[..<scheme.upperBound]) + String(rest[rest.index(after: at)...])
    }
}

/// A failure below HTTP: no answer at all.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case unreachable, timeout, tls, tooLarge, other }
    public var kind: Kind
    public var message: String
    public var description: String { message }
}

/// Sends HTTP requests. The engine is written against this, so tests can inject faults.
///
/// `send` blocks until the answer is in. A transport is `Sendable` because the engine runs each
/// request as a child task (`async let`) while it goes on with the store; it never has two
/// requests of one sync in flight at once.
public protocol HTTPTransport: Sendable {
    func send(_ exchange: HTTPExchange) throws -> HTTPReply
}

/// The libcurl transport: connect and total timeouts, gzip responses, certificate verification
/// always on (against the system CA store, or `caFile` for an office's own CA).
///
/// One easy handle (so one kept-alive connection) serves every request; a lock gives it to one
/// request at a time.
public final class CurlTransport: HTTPTransport {
    /// A libcurl easy handle. libcurl lets a handle move between threads but not be used by two at
    /// once; it is only ever reached through ``CurlTransport/state``'s lock.
    final class Handle: @unchecked Sendable {
        let raw: UnsafeMutableRawPointer
        init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }
        deinit { fs_curl_easy_cleanup(raw) }
    }

    struct State: Sendable {
        let handle: Handle
        var lastWireBytes = 0
    }

    let state: NIOLockedValueBox<State>
    public let connectTimeout: Int
    public let totalTimeout: Int
    public let caFile: String?
    /// Body bytes received on the wire by the last request (before gzip decoding).
    public var lastWireBytes: Int { state.withLockedValue { $0.lastWireBytes } }


    /// - Parameters:
    ///   - connectTimeout: seconds to establish a connection.
    ///   - totalTimeout: seconds for a whole request.
    ///   - caFile: a PEM bundle of trusted CAs instead of the system store.
    public init(connectTimeout: Int = 10, totalTimeout: Int = 120, caFile: String? = nil) throws {
        var error = [CChar](repeating: 0, count: 256)
        let names = Platform.libcurlNames.map { strdup($0) }
        defer { names.forEach { free($0) } }
        let loaded = names.map { UnsafePointer($0) }.withUnsafeBufferPointer { fs_curl_load($0.baseAddress, $0.count, &error, error.count) }
        guard loaded == 0 else {
            throw TransportError(kind: .other, message: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        guard let h = fs_curl_easy_init() else { throw TransportError(kind: .other, message: "libcurl could not start.") }
        state = NIOLockedValueBox(State(handle: Handle(h)))
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.caFile = caFile
    }

    /// The most an answer may hold once inflated: twice the largest request body (a hostile
    /// server's gzip bomb stops here, not in the laptop's memory).
    public static let maxResponseBytes = 2 * SyncProtocol.maxBodyBytes

    final class Sink {
        var bytes: [UInt8] = []
        var overflowed = false
    }

    public func send(_ exchange: HTTPExchange) throws -> HTTPReply {
        try state.withLockedValue { state in
            let (reply, wireBytes) = try perform(exchange, on: state.handle.raw)
            state.lastWireBytes = wireBytes
            return reply
        }
    }

    private func perform(_ exchange: HTTPExchange, on handle: UnsafeMutableRawPointer) throws -> (HTTPReply, wireBytes: Int) {
        fs_curl_easy_reset(handle)
        let sink = Sink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        var list: UnsafeMutablePointer<curl_slist>?
        for (k, v) in exchange.headers { list = fs_curl_slist_append(list, "\(k): \(v)") }
        list = fs_curl_slist_append(list, "Expect:")
        defer { fs_curl_slist_free_all(list) }
        fs_curl_set_string(handle, CURLOPT_URL, exchange.url)
        fs_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        fs_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT, connectTimeout)
        fs_curl_set_long(handle, CURLOPT_TIMEOUT, totalTimeout)
        fs_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "gzip")
        fs_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        fs_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        // Only HTTP(S), and no redirects followed: a URL or a server cannot send us to file://, ldap:// or elsewhere.
        fs_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        fs_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        fs_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        if let caFile { fs_curl_set_string(handle, CURLOPT_CAINFO, caFile) }
        fs_curl_set_slist(handle, CURLOPT_HTTPHEADER, list)
        fs_curl_set_pointer(handle, CURLOPT_WRITEDATA, box.toOpaque())
        fs_curl_set_write_function(handle) { ptr, size, count, user in
            guard let ptr, let user else { return 0 }
            let n = size * count
            let sink = Unmanaged<CurlTransport.Sink>.fromOpaque(user).takeUnretainedValue()
            guard sink.bytes.count + n <= CurlTransport.maxResponseBytes else {
                sink.overflowed = true
                return 0  // libcurl stops the transfer
            }
            ptr.withMemoryRebound(to: UInt8.self, capacity: n) { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: n)) }
            return n
        }
        if exchange.method != "GET" && exchange.method != "POST" {
            fs_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, exchange.method)
        }
        if exchange.method == "POST" {
            let body = exchange.body ?? []
            fs_curl_set_long(handle, CURLOPT_POST, 1)
            fs_curl_set_long(handle, CURLOPT_POSTFIELDSIZE, body.count)
            body.withUnsafeBufferPointer { buf in
                // COPYPOSTFIELDS copies: the buffer need not outlive this call.
                _ = buf.baseAddress.map { fs_curl_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0)) }
            }
            if body.isEmpty { fs_curl_set_string(handle, CURLOPT_COPYPOSTFIELDS, "") }
        }
        let rc = fs_curl_easy_perform(handle)
        if sink.overflowed {
            throw TransportError(kind: .tooLarge, message: "\(CurlTransport.maxResponseBytes / (1 << 20)) MiB")
        }
        guard rc == CURLE_OK else {
            let text = String(cString: fs_curl_easy_strerror(rc))
            let kind: TransportError.Kind
            switch rc {
            case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_RECV_ERROR, CURLE_SEND_ERROR,
                CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
                kind = .unreachable
            case CURLE_OPERATION_TIMEDOUT: kind = .timeout
            case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM:
                kind = .tls
            default: kind = .other
            }
            throw TransportError(kind: kind, message: "\(ServerURL.shown(exchange.url)): \(text)")
        }
        var code = 0
        fs_curl_get_response_code(handle, &code)
        var downloaded: curl_off_t = 0
        fs_curl_get_download_size(handle, &downloaded)
        return (HTTPReply(status: code, body: sink.bytes), Int(downloaded))
    }
}
