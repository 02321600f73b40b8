import ArgumentParser
import FieldDashboard
import FieldProgramme
import FieldReports
import FieldSyncCore
import Foundation

/// `fieldsync dashboard`: wires the dashboard module to this replica; the pages, the background
/// sync and the HTTP server live in `FieldDashboard`.
struct DashboardCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "dashboard", abstract: L(.cmdDashboard), discussion: L(.moreDashboard)) }
    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp(L(.hDashboardListen))) var listen = "127.0.0.1:8080"
    @Option(name: .customLong("sync-every"), help: ArgumentHelp(L(.hDashboardSyncEvery))) var syncEvery = "10m"
    @Option(name: .customLong("password-file"), help: ArgumentHelp(L(.hDashboardPasswordFile))) var passwordFile: String?
    @Option(name: .customLong("tls-cert"), help: ArgumentHelp(L(.hDashboardTLSCert))) var tlsCert: String?
    @Option(name: .customLong("tls-key"), help: ArgumentHelp(L(.hDashboardTLSKey))) var tlsKey: String?

    /// `HOST:PORT` (`[::1]:8080` for IPv6).
    static func address(_ text: String) throws -> (host: String, port: Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            throw CLIError(message: Message(.dashboardListenBad, text), code: 64)
        }
        let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard !host.isEmpty else { throw CLIError(message: Message(.dashboardListenBad, text), code: 64) }
        return (host, port)
    }

    /// `90`, `90s`, `10m`, `1h` as seconds; `0` (never) as nil.
    static func interval(_ text: String) throws -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600]
        var digits = t
        var unit = 1
        if let last = t.last, let u = units[last] {
            digits = String(t.dropLast())
            unit = u
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 0, n <= 7 * 86400 / unit else {
            throw CLIError(message: Message(.dashboardSyncEveryBad, text), code: 64)
        }
        return n == 0 ? nil : n * unit
    }

    func run() async throws {
        let (host, port) = try Self.address(listen)
        let every = try Self.interval(syncEvery)
        switch (tlsCert, tlsKey) {
        case (nil, nil), (.some, .some): break
        default: throw CLIError(message: Message(.dashboardTLSPair), code: 64)
        }
        var password: String?
        if let passwordFile {
            guard let handle = FileHandle(forReadingAtPath: passwordFile), let data = try? handle.read(upToCount: 4097), data.count <= 4096,
                  let text = String(data: data, encoding: .utf8) else {
                throw CLIError(message: Message(.dashboardPasswordUnreadable, passwordFile), code: 66)
            }
            let p = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !p.isEmpty else { throw CLIError(message: Message(.dashboardPasswordEmpty, passwordFile), code: 65) }
            password = p
        }
        // The zone's figures are not for anyone on the network: off this machine, a password.
        guard DashboardOptions.isLoopback(host) || password != nil else {
            throw CLIError(message: Message(.dashboardNeedsPassword, listen), code: 64)
        }
        // The certificate and key are read before the store is opened: a bad file changes nothing.
        if let tlsCert, let tlsKey {
            do {
                try Dashboard.checkTLS(cert: tlsCert, key: tlsKey)
            } catch let e as Dashboard.TLSFileError {
                throw CLIError(message: Message(.dashboardTLSUnusable, e.path, e.reason), code: 66)
            }
        }
        let programme = try store.open()
        var options = DashboardOptions()
        options.host = host
        options.port = port
        options.syncEvery = every
        options.password = password
        options.tlsCert = tlsCert
        options.tlsKey = tlsKey
        let dashboard = Dashboard(programme: programme, storePath: store.path, options: options)
        do {
            try await dashboard.run { url in
                FileHandle.standardOutput.write(Data((L(.dashboardServing, url) + "\n").utf8))
            }
        } catch {
            throw CLIError(message: Message(.dashboardCannotServe, listen, "\(error)"), code: 69)
        }
    }
}
