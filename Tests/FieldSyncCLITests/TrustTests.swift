import FieldStore
import FieldSyncClient
import FieldSyncCore
import FieldSyncHTTP
import Foundation
import Testing

/// What a careless or hostile holder of a token (or a hostile server) can send, against the real
/// server and CLI: refused with a JSON 4xx or one sentence, nothing changed, nothing crashed.
@Suite(.serialized)
struct TrustTests {
    @Test func hostileBodiesAreRefusedAndTheServerStaysUp() throws {
        let server = try ServerProcess()
        let token = try server.token("张伟")
        try server.start()
        let replica = UUIDText.random()
        let deep = "{\"x\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + ",\"replica\":\"\(replica)\",\"records\":[]}"
        var junk = Gzip.compress(Array("{\"replica\":\"\(replica)\",\"records\":[]}".utf8))
        junk += Array("junk".utf8)
        let bodies: [(String, [UInt8], Bool)] = [
            ("deep nesting, gzip", Gzip.compress(Array(deep.utf8)), true),
            ("duplicate keys", Array("{\"replica\":\"\(replica)\",\"replica\":\"\(UUIDText.random())\",\"records\":[]}".utf8), false),
            ("trailing gzip junk", junk, true),
        ]
        for (what, body, gzip) in bodies {
            let r = try server.send("POST", "/v1/push", token: token, replica: replica, body: body, gzip: gzip)
            #expect(r.status == 400, "\(what): \(r.status)")
            #expect((try? JSONSerialization.jsonObject(with: Data(r.body))) != nil, "\(what): the refusal is JSON")
        }
        #expect(try server.send("GET", "/health", token: nil).status == 200, "the server is still up")
        #expect(try server.zoneStates().isEmpty, "nothing was written")
    }
}
