import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call of the replica engine that differs by operating system. Darwin has the same POSIX
/// calls, so a macOS laptop build compiles as is; Windows would need `GetFileInformationByHandle`
/// (file identity) and `GetDiskFreeSpaceExW` (free space) here (docs/design.md, "Other laptops").
enum Platform {
    /// A file's device and inode ("dev:ino"), nil when it cannot be read: a store copied over
    /// another file, or restored in place, is told apart from the file it replaced.
    static func fileIdentity(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return "\(st.st_dev):\(st.st_ino)"
    }

    /// Whether `path` cannot be written because the file system refuses it (read-only, no
    /// permission).
    static func refusesWrites(_ path: String) -> Bool {
        access(path, W_OK) != 0 && (errno == EROFS || errno == EACCES || errno == EPERM)
    }

    /// Bytes free to an unprivileged writer in the file system holding `dir`, nil when unknown.
    static func freeBytes(_ dir: String) -> UInt64? {
        var fs = statvfs()
        guard statvfs(dir, &fs) == 0 else { return nil }
        return UInt64(fs.f_bavail) * UInt64(fs.f_frsize)
    }
}

enum WriteTrouble { case readOnly, full }

/// Why the store at `path` cannot be written, as the file system tells: a read-only mount or file
/// (EROFS, EACCES), or a disk with less than 64 KiB free. nil when neither applies.
func diagnoseWrite(_ path: String) -> WriteTrouble? {
    let dir = (path as NSString).deletingLastPathComponent
    for target in [path, dir.isEmpty ? "." : dir] where Platform.refusesWrites(target) { return .readOnly }
    if let free = Platform.freeBytes(dir.isEmpty ? "." : dir), free < 64 * 1024 { return .full }
    return nil
}
