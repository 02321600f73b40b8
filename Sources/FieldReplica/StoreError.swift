import FieldSyncCore
import Foundation
import GRDB

/// An error of the local store. `message` is one sentence naming the bad value and, where it
/// helps, what to do; storage failures also carry the SQL that failed.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure: decides the CLI's exit status.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Kind: String, Hashable, Sendable {
            case invalidValue, unknownID, ambiguousID, notInitialized, alreadyInitialized, illegalTransition
            case corrupt, storage, conflictingDot, forgedDot, readOnly, diskFull, busy, forbidden
        }
        private let kind: Kind
        /// A value breaks a domain rule (bad credit code, bad date, round out of range, …).
        public static let invalidValue = Code(kind: .invalidValue)
        /// No record has that id (or prefix, or credit code).
        public static let unknownID = Code(kind: .unknownID)
        /// A prefix matches more than one record.
        public static let ambiguousID = Code(kind: .ambiguousID)
        /// The store has not been initialised with `fieldsync init`.
        public static let notInitialized = Code(kind: .notInitialized)
        /// The store is already a replica (`init` twice).
        public static let alreadyInitialized = Code(kind: .alreadyInitialized)
        /// A need status change the workflow does not allow.
        public static let illegalTransition = Code(kind: .illegalTransition)
        /// The database file or a metadata blob is damaged.
        public static let corrupt = Code(kind: .corrupt)
        /// SQLite failed; the message carries the SQL.
        public static let storage = Code(kind: .storage)
        /// A known dot arrived with different content (a store restored from a backup).
        public static let conflictingDot = Code(kind: .conflictingDot)
        /// A pushed entry carries another replica's dot the server never held.
        public static let forgedDot = Code(kind: .forgedDot)
        /// The file or its file system refuses writes.
        public static let readOnly = Code(kind: .readOnly)
        /// The laptop may not do this (a viewer's laptop recording a change).
        public static let forbidden = Code(kind: .forbidden)
        /// The disk is full.
        public static let diskFull = Code(kind: .diskFull)
        /// Another process holds the database.
        public static let busy = Code(kind: .busy)
        /// The code's name.
        public var description: String { kind.rawValue }
    }

    /// What kind of failure.
    public let code: Code
    /// The sentence, from the message catalogue: rendered in the reader's language by the CLI.
    public let text: Message
    /// The sentence in English (logs, the server's answers, tests).
    public var message: String { text.english }

    /// An error with a catalogued sentence.
    public init(_ code: Code, _ text: Message) {
        self.code = code
        self.text = text
    }

    /// A sentence that is not in the catalogue (the server's own English answers).
    public init(_ code: Code, _ message: String) {
        self.init(code, .verbatim(message))
    }

    /// The sentence in the reader's language.
    public var description: String { text.localized }

    static func invalid(_ text: Message) -> StoreError { StoreError(.invalidValue, text) }
    static func corrupt(_ detail: Message) -> StoreError {
        StoreError(.corrupt, Message(.storeDamaged, detail))
    }

    /// Maps any error thrown inside the store to a `StoreError`.
    /// - Parameter path: the store file, named in storage errors so the operator knows which file.
    static func wrap(_ error: any Error, path: String? = nil) -> any Error {
        let store = path ?? ":memory:"
        switch error {
        case let e as StoreError: return e
        case let e as CoreError: return StoreError(.invalidValue, e.text)
        case let e as DatabaseError:
            switch e.resultCode {
            case .SQLITE_FULL, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR:
                // SQLite reports a full or read-only disk in several ways (an I/O error, a file it
                // cannot open, its WAL index); the file system says which it is.
                switch path.map(diagnoseWrite) ?? nil {
                case .readOnly?:
                    return StoreError(.readOnly, Message(.readOnlyNothingWas, store))
                case .full?:
                    return StoreError(.diskFull, Message(.diskHoldingFullNothing, store))
                case nil:
                    break
                }
                switch e.resultCode {
                case .SQLITE_FULL:
                    return StoreError(.diskFull, Message(.diskHoldingFullNothing, store))
                case .SQLITE_READONLY:
                    return StoreError(.readOnly, Message(.readOnlyNothingWas, store))
                case .SQLITE_CANTOPEN:
                    return StoreError(.storage, Message(.cannotOpenedCheckFolder, store, e.message ?? ""))
                default:
                    return StoreError(.storage, Message(.couldWrittenNothingWas, store, e.message ?? "disk I/O error"))
                }
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return StoreError(.busy, Message(.anotherProcessUsingStore))
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return StoreError(.corrupt, Message(.damagedFieldsyncStore, store, e.message ?? ""))
            default:
                return StoreError(.storage, Message(.sqliteFailed, e.message ?? "\(e.resultCode)", e.sql ?? ""))
            }
        default:
            return error
        }
    }
}
