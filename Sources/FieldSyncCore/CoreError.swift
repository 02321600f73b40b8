/// An error of the pure core: a value that breaks a domain rule. `message` is one sentence a
/// commissioner can act on, naming the bad value.
public struct CoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Kind: String, Hashable, Sendable {
            case invalidValue, unknownField, malformedState
        }
        private let kind: Kind
        public static let invalidValue = Code(kind: .invalidValue)
        public static let unknownField = Code(kind: .unknownField)
        public static let malformedState = Code(kind: .malformedState)
        public var description: String { kind.rawValue }
    }

    public let code: Code
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public static func invalidValue(_ message: String) -> CoreError { CoreError(code: .invalidValue, message: message) }
    public static func unknownField(_ message: String) -> CoreError { CoreError(code: .unknownField, message: message) }
    public static func malformedState(_ message: String) -> CoreError {
        CoreError(code: .malformedState, message: message)
    }

    public var description: String { message }
}
