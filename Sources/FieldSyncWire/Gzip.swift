import CZlib
import Foundation

/// gzip for request and response bodies (zlib).
public enum Gzip {
    public enum Failure: Error, Equatable {
        /// The data is not valid gzip.
        case invalid
        /// Inflating would exceed the limit (a gzip bomb).
        case tooLarge
    }

    /// Compresses `data`.
    public static func compress(_ data: [UInt8]) -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        var outLen = 0
        let rc = data.withUnsafeBufferPointer { fs_gzip($0.baseAddress, $0.count, &out, &outLen) }
        guard rc == 0, let out else { return data }
        defer { fs_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: outLen))
    }

    /// Inflates `data`, refusing to produce more than `limit` bytes.
    /// - Throws: ``Failure``.
    public static func decompress(_ data: [UInt8], limit: Int) throws -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        var outLen = 0
        let rc = data.withUnsafeBufferPointer { fs_gunzip($0.baseAddress, $0.count, limit, &out, &outLen) }
        switch rc {
        case 0:
            guard let out else { return [] }
            defer { fs_free(out) }
            return Array(UnsafeBufferPointer(start: out, count: outLen))
        case 1: throw Failure.tooLarge
        default: throw Failure.invalid
        }
    }

    /// Whether `data` starts with the gzip magic bytes.
    public static func isGzip(_ data: [UInt8]) -> Bool { data.count >= 2 && data[0] == 0x1f && data[1] == 0x8b }
}
