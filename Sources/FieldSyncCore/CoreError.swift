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
    /// The sentence, from the message catalogue.
    public let text: Message
    /// The sentence in English (logs, the server's answers, tests).
    public var message: String { text.english }

    public init(code: Code, text: Message) {
        self.code = code
        self.text = text
    }

    public init(code: Code, message: String) {
        self.init(code: code, text: .verbatim(message))
    }

    public static func invalidValue(_ text: Message) -> CoreError { CoreError(code: .invalidValue, text: text) }
    public static func unknownField(_ text: Message) -> CoreError { CoreError(code: .unknownField, text: text) }
    public static func malformedState(_ text: Message) -> CoreError { CoreError(code: .malformedState, text: text) }
    public static func invalidValue(_ message: String) -> CoreError { CoreError(code: .invalidValue, message: message) }
    public static func unknownField(_ message: String) -> CoreError { CoreError(code: .unknownField, message: message) }
    public static func malformedState(_ message: String) -> CoreError { CoreError(code: .malformedState, message: message) }

    public var description: String { text.localized }
}
