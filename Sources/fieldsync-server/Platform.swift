import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call of the server's executable that differs by operating system.
enum Platform {
    /// Every file the server creates (the store, its `-wal` and `-shm`, exports) is readable by
    /// its owner only, whatever the umask it was started with.
    static func restrictNewFiles() { umask(0o077) }
}
