import FieldSyncCore
import Foundation

/// JSON coding of the sync messages, shared by client and server.
public enum WireCoding {
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes]
        return Array(try e.encode(value))
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }

    /// A one-sentence description of a decoding failure (for 400 answers).
    public static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c):
            return "the body is not valid JSON for this request (\(c.debugDescription))"
        case DecodingError.keyNotFound(let k, let c):
            return "the body lacks \"\(k.stringValue)\" at \(path(c))"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "the body has a value of the wrong type at \(path(c)): \(c.debugDescription)"
        default:
            return "the body could not be read: \(error)"
        }
    }

    static func path(_ c: DecodingError.Context) -> String {
        let p = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return p.isEmpty ? "the top level" : p
    }
}
