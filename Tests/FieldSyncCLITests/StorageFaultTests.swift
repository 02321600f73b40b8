import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// A small tmpfs mounted for one test: a disk that really fills up (ENOSPC) and that can be
/// remounted read-only (EROFS, which even root cannot write through). Needs root, as CI runs.
final class SmallDisk {
    let mountPoint: URL

    /// Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN).
    static let available: Bool = {
        guard getuid() == 0, let disk = try? SmallDisk(kilobytes: 256) else { return false }
        _ = disk
        return true
    }()

    init(kilobytes: Int) throws {
        mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        try Self.sh("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", mountPoint.path])
    }

    deinit {
        try? Self.sh("/bin/umount", [mountPoint.path])
        try? FileManager.default.removeItem(at: mountPoint)
    }

    var filler: String { mountPoint.appendingPathComponent("filler.bin").path }

    /// Writes a filler file until the disk is full, then gives `leaving` bytes back.
    func fill(leaving: Int = 0) throws {
        guard let fd = fopen(filler, "w") else { throw CLIError("cannot create \(filler)") }
        let chunk = [UInt8](repeating: 0x5A, count: 4096)
        while fwrite(chunk, 1, chunk.count, fd) == chunk.count, fflush(fd) == 0 {}
        fclose(fd)
        if leaving > 0 {
            let size = (try FileManager.default.attributesOfItem(atPath: filler)[.size] as? Int) ?? 0
            guard truncate(filler, off_t(max(0, size - leaving))) == 0 else { throw CLIError("cannot shrink the filler") }
        }
    }

    func free() throws { try FileManager.default.removeItem(atPath: filler) }

    func remount(readOnly: Bool) throws {
        try Self.sh("/bin/mount", ["-o", "remount,\(readOnly ? "ro" : "rw")", mountPoint.path])
    }

    static func sh(_ tool: String, _ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CLIError("\(tool) \(args.joined(separator: " ")) failed") }
    }
}

@Suite(.serialized, .enabled(if: SmallDisk.available, "mounting a tmpfs needs root"))
struct StorageFaultTests {
    static let code1 = "91350100M000100Y43"

    /// A laptop whose store lives on `disk`, with one commissioner and one enterprise.
    func laptop(on disk: SmallDisk) throws -> (CLI, String) {
        let cli = try CLI(dir: disk.mountPoint.appendingPathComponent("laptop"))
        try cli.ok("init", "--replica-name", "张伟的笔记本", "--zone", "高新区")
        try cli.ok("commissioner", "add", "--name", "张伟")
        let e = try cli.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", Self.code1, "--pool", "high-tech")
        return (cli, e)
    }

    func enterprisesCSV(_ n: Int, in dir: URL) throws -> String {
        var csv = "企业名称,统一社会信用代码,所属行业,注册地址,入库类型\n"
        for i in 1...n {
            csv += "高新区第\(i)号科技有限公司,\(CreditCode.make(1000 + i)),新一代信息技术,高新区科技南路\(i)号创新大厦,高企库\n"
        }
        let file = dir.appendingPathComponent("企业名单-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: file)
        return file.path
    }

    @Test func aFullDiskIsReportedClearlyAndHalfWritesNothing() throws {
        let disk = try SmallDisk(kilobytes: 4096)
        let (cli, e) = try laptop(on: disk)
        let csv = try enterprisesCSV(400, in: FileManager.default.temporaryDirectory)
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let before = try cli.snapshot()

        // Not a byte left: even opening the store (its WAL index) fails; one sentence, exit 74.
        try disk.fill()
        for args in [["enterprise", "update", e, "--address", "软件园二期3栋"], ["enterprise", "import", csv]] {
            let r = try cli.run(args)
            #expect(r.status == 74, "\(args): exit \(r.status) \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one sentence: \(r.stderr)")
            #expect(r.stderr.contains(cli.db) && r.stderr.contains("full"), "names the store and why: \(r.stderr)")
        }
        // A little room: the import starts writing and runs out part-way.
        try disk.free()
        try disk.fill(leaving: 96 * 1024)
        let r = try cli.run(["enterprise", "import", csv])
        #expect(r.status == 74, "import on a nearly full disk: exit \(r.status) \(r.stderr)")
        #expect(r.stderr.contains(cli.db) && r.stderr.contains("full"), "names the store and why: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "one sentence: \(r.stderr)")

        // Space back: nothing was half-written, the store is sound and takes writes again.
        try disk.free()
        #expect(try cli.snapshot() == before, "a write on a full disk changed the store")
        #expect(try cli.store.integrityOK())
        try cli.ok("enterprise", "update", e, "--address", "软件园二期3栋")
        #expect(try cli.run(["enterprise", "show", e, "--json"]).object["address"] as? String == "软件园二期3栋")
        #expect(try cli.run(["enterprise", "import", csv]).status == 0)
    }

    @Test func aReadOnlyStoreRefusesWritesClearly() throws {
        let disk = try SmallDisk(kilobytes: 4096)
        let (cli, e) = try laptop(on: disk)
        let before = try cli.snapshot()
        try disk.remount(readOnly: true)
        for args in [["enterprise", "update", e, "--address", "软件园二期3栋"], ["visit", "record", "--enterprise", e,
                     "--commissioner", "张伟", "--date", "2026-05-12", "--summary", "走访"]] {
            let r = try cli.run(args)
            #expect(r.status == 74, "\(args): exit \(r.status) \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one sentence: \(r.stderr)")
            #expect(r.stderr.contains(cli.db) && r.stderr.contains("read-only"), "names the store and why: \(r.stderr)")
        }
        try disk.remount(readOnly: false)
        #expect(try cli.snapshot() == before)
        try cli.ok("enterprise", "update", e, "--address", "软件园二期3栋")
    }
}
