import FieldReplica
import Foundation
import Testing

/// A throwaway certificate authority made at test time with the `openssl` command, and a server
/// certificate it signs for 127.0.0.1. Nothing leaves loopback.
final class ThrowawayCA {
    let dir: URL
    var caCert: String { dir.appendingPathComponent("ca.pem").path }
    var caKey: String { dir.appendingPathComponent("ca.key").path }
    var serverCert: String { dir.appendingPathComponent("server.pem").path }
    var serverKey: String { dir.appendingPathComponent("server.key").path }

    init(name: String) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-ca-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let ext = dir.appendingPathComponent("ext.cnf")
        try "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
            .write(to: ext, atomically: true, encoding: .utf8)
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try Self.openssl(["req", "-x509"] + ec + ["-keyout", caKey, "-out", caCert, "-days", "2", "-subj", "/CN=\(name)"])
        let csr = dir.appendingPathComponent("server.csr").path
        try Self.openssl(["req"] + ec + ["-keyout", serverKey, "-out", csr, "-subj", "/CN=127.0.0.1"])
        try Self.openssl(["x509", "-req", "-in", csr, "-CA", caCert, "-CAkey", caKey, "-CAcreateserial",
                          "-out", serverCert, "-days", "2", "-extfile", ext.path])
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    static func openssl(_ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["openssl"] + args
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw CLIError("openssl \(args.first ?? "") failed: \(String(decoding: e, as: UTF8.self))")
        }
    }
}

@Suite(.serialized)
struct TLSTests {
    @Test func syncOverHTTPSVerifiesTheServerAgainstTheOfficeCA() throws {
        let ca = try ThrowawayCA(name: "高新区科技局 测试 CA")
        let server = try ServerProcess()
        let ta = try server.token("张伟")
        let tb = try server.token("李娜")
        try server.start(extra: ["--tls-cert", ca.serverCert, "--tls-key", ca.serverKey])
        #expect(server.url.hasPrefix("https://127.0.0.1:"))

        let a = try CLI.laptop("张伟的笔记本", server: server, token: ta)
        try a.ok("config", "set", "cacert", ca.caCert)
        let e = try a.ok("enterprise", "add", "--name", "深圳市星河科技有限公司", "--credit-code", SyncTests.code, "--pool", "high-tech")
        let pushed = try a.sync()["pushed"] as? Int ?? 0
        #expect(pushed >= 1)

        // The system CA store does not know the office CA: refused, one sentence, nothing pulled.
        let b = try CLI.laptop("李娜的笔记本", server: server, token: tb)
        try b.refused(["sync"], exit: 77, naming: "certificate")
        // Another CA's certificate is not good enough either.
        let other = try ThrowawayCA(name: "Someone else's CA")
        try b.refused(["sync", "--cacert", other.caCert], exit: 77, naming: "certificate")
        // A CA file that is not there is named, before anything is sent.
        try b.refused(["sync", "--cacert", "/nonexistent/办公室CA.pem"], exit: 64, naming: "/nonexistent/办公室CA.pem")
        #expect(try b.run(["enterprise", "show", e]).status != 0)

        // With the office CA the same laptop syncs and sees the record.
        let r = try b.run(["sync", "--json", "--cacert", ca.caCert])
        #expect(r.status == 0, "sync failed: \(r.stderr)")
        #expect(r.object["pulled"] as? Int == pushed)
        #expect(try b.run(["enterprise", "show", e, "--json"]).object["name"] as? String == "深圳市星河科技有限公司")
    }

    @Test func theServerRefusesTLSFilesItCannotUseAndStartsNothing() throws {
        let ca = try ThrowawayCA(name: "FieldSync test CA")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("server.db").path
        let notPEM = dir.appendingPathComponent("证书.pem").path
        try "这不是证书".write(toFile: notPEM, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["--tls-cert", ca.serverCert], "--tls-key"),
            (["--tls-key", ca.serverKey], "--tls-cert"),
            (["--tls-cert", "/nonexistent/server.pem", "--tls-key", ca.serverKey], "/nonexistent/server.pem"),
            (["--tls-cert", notPEM, "--tls-key", ca.serverKey], notPEM),
            (["--tls-cert", ca.serverCert, "--tls-key", notPEM], notPEM),
            // The CA's key does not belong to the server's certificate.
            (["--tls-cert", ca.serverCert, "--tls-key", ca.caKey], ca.caKey),
        ]
        for (args, naming) in cases {
            let r = try ServerProcess.run(["serve", "--db", db, "--port", "0"] + args)
            #expect(r.status == 64, "\(args): exit \(r.status) \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one sentence: \(r.stderr)")
            #expect(r.stderr.contains(naming), "should name \(naming): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: db), "a refused start created the store")
        }
    }
}
