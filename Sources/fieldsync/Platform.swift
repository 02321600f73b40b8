import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call of the CLI that differs by operating system: the terminal, text decoding and the
/// data directory. macOS has all three (`isatty`, libiconv, `~/Library/Application Support`);
/// Windows would need `_isatty`, `MultiByteToWideChar` and `%LOCALAPPDATA%` here
/// (docs/design.md, "Other laptops").
enum Platform {
    /// Every file this process creates (the store's `-wal` and `-shm`, a report's `--output`) is
    /// readable by its owner only: the data is the zone's enterprises and people.
    static func restrictNewFiles() { umask(0o077) }

    /// Whether standard output (1) or standard error (2) is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The default store: `~/.local/share/fieldsync/fieldsync.db` (XDG), or the platform's own
    /// place for application data.
    static var defaultStorePath: String {
        #if os(macOS)
        return NSString(string: "~/Library/Application Support/fieldsync/fieldsync.db").expandingTildeInPath
        #else
        return NSString(string: "~/.local/share/fieldsync/fieldsync.db").expandingTildeInPath
        #endif
    }
}

/// Text decoding through the C library's iconv (GBK is what Excel writes in China).
enum Iconv {
    static func decode(_ data: Data, from encoding: String) -> String? {
        let cd = iconv_open("UTF-8", encoding)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for (i, b) in raw.enumerated() { input[i] = CChar(bitPattern: b) }
        }
        var output = [CChar](repeating: 0, count: data.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r != -1 && inLeft == 0 ? outBuf.count - outLeft : nil
            }
        }
        guard let written else { return nil }
        return String(decoding: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
