#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call of the sync client that differs by operating system. A macOS laptop build compiles
/// as is (Darwin has `flock` and `dlopen`); Windows would need `LockFileEx` and `LoadLibrary`
/// branches here (docs/design.md, "Other laptops").
enum Platform {
    /// libcurl's shared library, in the order tried (loaded at the first sync, not at start).
    static var libcurlNames: [String] {
        #if os(macOS)
        return ["libcurl.4.dylib", "/usr/lib/libcurl.4.dylib"]
        #elseif os(Windows)
        return ["libcurl.dll", "libcurl-x64.dll"]
        #else
        return ["libcurl.so.4", "libcurl.so"]
        #endif
    }

    /// Opens (creating, mode 0600) a lock file; -1 when it cannot.
    static func openLockFile(_ path: String) -> Int32 { open(path, O_CREAT | O_RDWR, 0o600) }

    /// Takes an exclusive lock without waiting (released by the kernel if the process dies).
    static func tryLock(_ fd: Int32) -> Bool { flock(fd, LOCK_EX | LOCK_NB) == 0 }

    static func unlockAndClose(_ fd: Int32) {
        flock(fd, LOCK_UN)
        close(fd)
    }

    static func closeFile(_ fd: Int32) { close(fd) }
}
