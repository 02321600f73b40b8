import FieldSyncCore
import FieldSyncServer
import FieldSyncWire
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The sync server's routes driven in-process (HummingbirdTesting's router framework: no socket,
/// no process), on the embedded store: push, pull, identity, zones and error bodies. The
/// real-binary suites (FieldSyncCLITests) drive the same routes through `fieldsync-server`.
@Suite struct RouterTests {
    /// A server on a fresh embedded store, with one commissioner and one viewer token of 高新区.
    final class Office: Sendable {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-router-\(UUID().uuidString)")
        let store: SQLiteServerStore
        let server: SyncServer
        let commissioner: String
        let viewer: String
        let other: String

        init() async throws {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            store = try SQLiteServerStore(path: dir.appendingPathComponent("server.db").path)
            server = SyncServer(store: store)
            commissioner = try await store.createToken(name: "张伟", role: "commissioner", zone: "高新区")
            viewer = try await store.createToken(name: "办公室", role: "viewer", zone: "高新区")
            other = try await store.createToken(name: "李娜", role: "commissioner", zone: "经开区")
        }

        deinit { try? FileManager.default.removeItem(at: dir) }

        var app: some ApplicationProtocol { Application(router: server.router()) }
    }

    /// What a laptop sends with every request.
    struct Laptop {
        var replica = ReplicaID.random()
        var key = Hex.random(bytes: 32)
        var head = ReplicaHistory.genesis
        let zone: String

        func headers(token: String?, push: String? = nil, schema: Int = SyncProtocol.schemaVersion) -> HTTPFields {
            var h = HTTPFields()
            if let token { h[.authorization] = "Bearer \(token)" }
            h[HTTPField.Name(SyncProtocol.schemaHeader)!] = String(schema)
            h[HTTPField.Name(SyncProtocol.replicaHeader)!] = replica.rawValue
            h[HTTPField.Name(SyncProtocol.replicaKeyHeader)!] = key
            h[HTTPField.Name(SyncProtocol.historyHeader)!] = head
            h[HTTPField.Name(SyncProtocol.zoneHeader)!] = zone.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? zone
            if let push { h[HTTPField.Name(SyncProtocol.pushIDHeader)!] = push }
            return h
        }

        /// A new enterprise written once by this laptop.
        func enterprise(_ name: String) -> WireRecord {
            WireRecord.written(id: UUIDText.random(), ["name": .text(name), "deleted": .bool(false)], by: replica, hlc: HLC(milliseconds: 1_770_000_000_000))
        }

        func pushBody(_ records: [WireRecord]) -> ByteBuffer {
            ByteBuffer(bytes: BinaryWire.encode(PushRequest(replica: replica.rawValue, records: records)))
        }
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        let data = Data(response.body.readableBytesView)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "not a JSON object: \(String(decoding: data, as: UTF8.self))")
    }

    static func pushID() -> String { Hex.random(bytes: 16) }

    /// The `{"error": {"code", "message"}}` of a refusal.
    static func refusal(_ response: TestResponse) throws -> (code: String?, message: String?) {
        let error = try json(response)["error"] as? [String: Any]
        return (error?["code"] as? String, error?["message"] as? String)
    }

    @Test func aPushIsPulledByAnotherLaptopAndNotByItsOwn() async throws {
        let office = try await Office()
        let before = Laptop(zone: "高新区")
        let b = Laptop(zone: "高新区")
        let record = before.enterprise("深圳市星河科技有限公司")
        let push = Self.pushID()
        try await office.app.test(.router) { client in
            let pushed = try await client.execute(uri: "/v1/push", method: .post, headers: before.headers(token: office.commissioner, push: push),
                                                  body: before.pushBody([record]))
            #expect(pushed.status == .ok)
            let reply = try Self.json(pushed)
            #expect(reply["changed"] as? Int == 1 && reply["server_seq"] as? Int == 1, "\(reply)")
            // Another laptop of the zone (a viewer may pull) gets the record, binary as it asked.
            var headers = b.headers(token: office.viewer)
            headers[.accept] = BinaryWire.mediaType
            let pulled = try await client.execute(uri: "/v1/pull?after=0", method: .get, headers: headers)
            #expect(pulled.status == .ok)
            let page = try BinaryWire.decodePull(Array(pulled.body.readableBytesView))
            #expect(page.records == [record] && page.upTo == 1 && !page.more)
            // The pusher's own pull (its history now at the confirmed push) skips the state it
            // pushed, and moves its checkpoint past it.
            var after = before
            after.head = ReplicaHistory.advance(before.head, by: push)
            let own = try await client.execute(uri: "/v1/pull?after=0", method: .get, headers: after.headers(token: office.commissioner))
            let ownPage = try Self.json(own)
            #expect((ownPage["records"] as? [Any])?.isEmpty == true && ownPage["up_to"] as? Int == 1, "\(ownPage)")
        }
    }

    /// Admission before work (issue 24, finding 6): a push from a store with another replica key
    /// is refused for who it is before its body is read, inflated or decoded (a body that is not
    /// even gzip gets the 403, not a 400), and a refused POST closes its connection (finding 9).
    @Test func aPushIsAdmittedBeforeItsBodyIsRead() async throws {
        let office = try await Office()
        let a = Laptop(zone: "高新区")
        let push = Self.pushID()
        try await office.app.test(.router) { client in
            let first = try await client.execute(uri: "/v1/push", method: .post, headers: a.headers(token: office.commissioner, push: push),
                                                 body: a.pushBody([a.enterprise("先到科技")]))
            #expect(first.status == .ok)
            // The same replica id and token from another store (another key), with a body that
            // claims to be gzip and is not.
            let thief = Laptop(replica: a.replica, key: Hex.random(bytes: 32), head: ReplicaHistory.advance(a.head, by: push), zone: "高新区")
            var headers = thief.headers(token: office.commissioner, push: Self.pushID())
            headers[.contentEncoding] = "gzip"
            let r = try await client.execute(uri: "/v1/push", method: .post, headers: headers, body: ByteBuffer(bytes: Array(repeating: 0x41, count: 4096)))
            #expect(r.status == .forbidden, "\(r.status)")
            #expect(try Self.refusal(r).code == "wrong_replica_key")
            #expect(r.headers[.connection] == "close")
            // A refused pull has no body to leave unread: its connection stays.
            let pull = try await client.execute(uri: "/v1/pull?after=0", method: .get, headers: thief.headers(token: office.commissioner))
            #expect(pull.status == .forbidden && pull.headers[.connection] != "close")
        }
    }

    @Test func refusalsAreJSONWithACodeAndChangeNothing() async throws {
        let office = try await Office()
        let a = Laptop(zone: "高新区")
        let record = a.enterprise("华芯微电子有限公司")
        try await office.app.test(.router) { client in
            // (headers, expected status, expected code)
            var cases: [(HTTPFields, HTTPResponse.Status, String)] = [
                (a.headers(token: nil, push: Self.pushID()), .unauthorized, "no_token"),
                (a.headers(token: "fst_" + Hex.random(bytes: 32), push: Self.pushID()), .unauthorized, "bad_token"),
                (a.headers(token: office.commissioner, push: Self.pushID(), schema: 3), .upgradeRequired, "schema_mismatch"),
                (a.headers(token: office.viewer, push: Self.pushID()), .forbidden, "read_only"),
                (a.headers(token: office.commissioner), .badRequest, "no_push_id"),
                (Laptop(zone: "经开区").headers(token: office.commissioner, push: Self.pushID()), .conflict, "zone_mismatch"),
            ]
            var noReplica = a.headers(token: office.commissioner, push: Self.pushID())
            noReplica[HTTPField.Name(SyncProtocol.replicaHeader)!] = "not-a-uuid"
            cases.append((noReplica, .badRequest, "no_replica"))
            for (headers, status, code) in cases {
                let r = try await client.execute(uri: "/v1/push", method: .post, headers: headers, body: a.pushBody([record]))
                #expect(r.status == status, "\(code): got \(r.status)")
                #expect(r.headers[.contentType] == "application/json")
                let body = try Self.refusal(r)
                #expect(body.code == code && body.message?.isEmpty == false, "\(body)")
            }
            // A body naming another replica than the header.
            let mallory = Laptop(zone: "高新区")
            let r = try await client.execute(uri: "/v1/push", method: .post, headers: a.headers(token: office.commissioner, push: Self.pushID()),
                                             body: mallory.pushBody([mallory.enterprise("冒名企业")]))
            let mismatch = try Self.refusal(r)
            #expect(r.status == .badRequest && mismatch.code == "replica_mismatch")
            // A malformed body.
            let bad = try await client.execute(uri: "/v1/push", method: .post, headers: a.headers(token: office.commissioner, push: Self.pushID()),
                                               body: ByteBuffer(string: "{\"replica\": 5}"))
            let malformed = try Self.refusal(bad)
            #expect(bad.status == .badRequest && malformed.code == "malformed")
        }
        // Nothing of any refused push reached the zone.
        #expect(try await office.store.export(zone: "高新区", after: 0, limit: 100).isEmpty)
    }

    @Test func aTokenOfAnotherZoneNeverSeesThisZone() async throws {
        let office = try await Office()
        let a = Laptop(zone: "高新区"), stranger = Laptop(zone: "经开区")
        try await office.app.test(.router) { client in
            let pushed = try await client.execute(uri: "/v1/push", method: .post, headers: a.headers(token: office.commissioner, push: Self.pushID()),
                                                  body: a.pushBody([a.enterprise("星河科技")]))
            #expect(pushed.status == .ok)
            let pulled = try await client.execute(uri: "/v1/pull?after=0", method: .get, headers: stranger.headers(token: office.other))
            #expect(pulled.status == .ok)
            let page = try Self.json(pulled)
            #expect((page["records"] as? [Any])?.isEmpty == true && page["server_seq"] as? Int == 0, "\(page)")
        }
    }

    @Test func aReplicaIDBelongsToTheTokenThatFirstUsedIt() async throws {
        let office = try await Office()
        let a = Laptop(zone: "高新区")
        let second = try await office.store.createToken(name: "王强", role: "commissioner", zone: "高新区")
        try await office.app.test(.router) { client in
            let first = try await client.execute(uri: "/v1/pull?after=0", method: .get, headers: a.headers(token: office.commissioner))
            #expect(first.status == .ok)
            // The same replica id under another token is refused, naming why.
            let r = try await client.execute(uri: "/v1/pull?after=0", method: .get, headers: a.headers(token: second))
            #expect(r.status == .forbidden, "\(r.status)")
            #expect(try Self.refusal(r).code == "replica_of_another_token")
        }
    }

    /// The metrics listener serves /metrics without a token, and nothing else.
    @Test func theMetricsListenerServesMetricsOnly() async throws {
        let office = try await Office()
        try await Application(router: office.server.metricsRouter()).test(.router) { client in
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok && String(buffer: metrics.body).contains("fieldsync_"))
            #expect(try await client.execute(uri: "/v1/pull?after=0", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/health", method: .get).status == .notFound)
        }
    }

    @Test func healthAndMethodsAndMetrics() async throws {
        let office = try await Office()
        try await office.app.test(.router) { client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            let wrong = try await client.execute(uri: "/v1/push", method: .get)
            #expect(wrong.status == .methodNotAllowed && wrong.headers[.allow] == "POST")
            // /metrics on the main address: an admin token only (issue 24, finding 12).
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .forbidden)
            let commissioner = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(office.commissioner)"])
            #expect(commissioner.status == .forbidden)
            let admin = try await office.store.createToken(name: "管理员", role: "admin", zone: "高新区")
            let allowed = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(admin)"])
            #expect(allowed.status == .ok)
            // Refusals are counted by route, as answers are.
            _ = try await client.execute(uri: "/v1/pull?after=0", method: .get)
            #expect(office.server.metrics.text().contains(#"fieldsync_requests_total{route="pull",status="401"} 1"#))
        }
    }
}
