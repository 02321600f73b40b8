import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncWire
import Foundation
import Testing

/// Keeps `Schema/openapi.yaml` honest: every documented operation is exercised against the running
/// server, every answer's status is documented for that operation, and its body matches the
/// documented schema.
@Suite(.serialized)
struct OpenAPITests {
    static let docURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schema/openapi.yaml")

    static func document() throws -> [String: Any] {
        let text = try String(contentsOf: docURL, encoding: .utf8)
        let json = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// A JSON value that keeps booleans and numbers apart (JSONSerialization on Linux does not).
    enum JSONValue: Decodable {
        case object([String: JSONValue]), array([JSONValue]), string(String), integer(Int64), number(Double), bool(Bool), null
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let i = try? c.decode(Int64.self) { self = .integer(i) } else if let d = try? c.decode(Double.self) { self = .number(d) }
            else if let s = try? c.decode(String.self) { self = .string(s) } else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
            else { self = .object(try c.decode([String: JSONValue].self)) }
        }
    }

    /// A minimal JSON-schema check: $ref, type, required, properties, items, additionalProperties.
    static func check(_ value: JSONValue, against schema: [String: Any], doc: [String: Any], path: String = "$") -> [String] {
        if let ref = schema["$ref"] as? String {
            var node: Any = doc
            for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
            return check(value, against: node as? [String: Any] ?? [:], doc: doc, path: path)
        }
        var problems: [String] = []
        switch (schema["type"] as? String, value) {
        case ("object", .object(let obj)):
            for key in schema["required"] as? [String] ?? [] where obj[key] == nil { problems.append("\(path).\(key) is missing") }
            let props = schema["properties"] as? [String: Any] ?? [:]
            for (k, v) in obj {
                if let s = props[k] as? [String: Any] {
                    problems += check(v, against: s, doc: doc, path: "\(path).\(k)")
                } else if let s = schema["additionalProperties"] as? [String: Any] {
                    problems += check(v, against: s, doc: doc, path: "\(path).\(k)")
                }
            }
        case ("array", .array(let arr)):
            if let s = schema["items"] as? [String: Any], !s.isEmpty {
                for (i, v) in arr.enumerated() { problems += check(v, against: s, doc: doc, path: "\(path)[\(i)]") }
            }
        case ("integer", .integer), ("boolean", .bool), ("string", .string), (nil, _): break
        case (let t?, _): problems.append("\(path) is not of type \(t)")
        }
        return problems
    }

    /// Checks one answer against the documented responses of `method path`.
    static func verify(_ reply: HTTPReply, _ method: String, _ path: String, doc: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        let paths = doc["paths"] as? [String: Any] ?? [:]
        guard let op = (paths[path] as? [String: Any])?[method] as? [String: Any] else {
            Issue.record("\(method.uppercased()) \(path) is not documented", sourceLocation: sourceLocation)
            return
        }
        let responses = op["responses"] as? [String: Any] ?? [:]
        guard var response = responses[String(reply.status)] as? [String: Any] else {
            Issue.record("\(method.uppercased()) \(path) answered \(reply.status), which is not documented", sourceLocation: sourceLocation)
            return
        }
        if let ref = response["$ref"] as? String {
            response = ((doc["components"] as? [String: Any])?["responses"] as? [String: Any])?[String(ref.split(separator: "/").last ?? "")] as? [String: Any] ?? [:]
        }
        guard let content = response["content"] as? [String: Any], let json = content["application/json"] as? [String: Any],
              let schema = json["schema"] as? [String: Any]
        else { return }
        let body = try? JSONDecoder().decode(JSONValue.self, from: Data(reply.body))
        let problems = body.map { check($0, against: schema, doc: doc) } ?? ["the body is not JSON"]
        #expect(problems.isEmpty, "\(method.uppercased()) \(path) \(reply.status): \(problems)", sourceLocation: sourceLocation)
    }

    @Test func theDocumentedProtocolVersionAndTablesAreTheBuilds() throws {
        let doc = try Self.document()
        let schema = (((doc["components"] as? [String: Any])?["parameters"] as? [String: Any])?["Schema"] as? [String: Any])?["schema"] as? [String: Any]
        #expect((schema?["minimum"] as? Int) == SyncProtocol.acceptedVersions.lowerBound)
        #expect((schema?["maximum"] as? Int) == SyncProtocol.acceptedVersions.upperBound)
        let text = try String(contentsOf: Self.docURL, encoding: .utf8)
        for type in Domain.all { #expect(text.contains("\"\(type.name)\""), "table \(type.name) is not documented") }
    }

    @Test func everyDocumentedOperationAnswersAsDocumented() throws {
        let doc = try Self.document()
        let server = try ServerProcess()
        let token = try server.token("张伟")
        let viewer = try server.token("领导", role: "viewer")
        try server.start(extra: ["--max-body-mb", "1"])
        let replica = UUIDText.random()
        var exercised = Set<String>()
        func run(_ method: String, _ path: String, query: String = "", token: String?, schema: String? = String(SyncProtocol.schemaVersion), body: [UInt8]? = nil, gzip: Bool = false) throws {
            let reply = try server.send(method.uppercased(), path + query, token: token, schema: schema, replica: replica, body: body, gzip: gzip)
            Self.verify(reply, method, path, doc: doc)
            exercised.insert("\(method) \(path)")
        }
        try run("get", "/health", token: nil)
        try run("get", "/metrics", token: nil)
        var state = RecordState()
        state.write(["name": .text("深圳市星河科技有限公司"), "credit_code": .text("91350100M000100Y43"), "deleted": .bool(false)],
                    by: ReplicaID(replica), at: HLC(rawValue: 1))
        let pushedID = UUIDText.random()
        let push = try WireCoding.encode(PushRequest(replica: replica, records: [WireRecord(table: "enterprise", id: pushedID, state: state)]))
        try run("post", "/v1/push", token: token, body: push)
        try run("post", "/v1/push", token: token, body: Gzip.compress(push), gzip: true)
        try run("post", "/v1/push", token: nil, body: push)
        try run("post", "/v1/push", token: viewer, body: push)
        try run("post", "/v1/push", token: token, schema: "7", body: push)
        try run("post", "/v1/push", token: token, body: Array("[1,2".utf8))
        try run("post", "/v1/push", token: token, body: [UInt8](repeating: 32, count: 1_500_000))
        try run("get", "/v1/pull", query: "?after=0&limit=10", token: token)
        try run("get", "/v1/pull", query: "?after=0", token: viewer)
        try run("get", "/v1/pull", query: "?limit=0", token: token)
        try run("get", "/v1/pull", token: "fst_wrong")
        try run("get", "/v1/history", query: "?table=enterprise&id=\(pushedID)", token: viewer)
        try run("get", "/v1/history", query: "?table=enterprize&id=\(pushedID)", token: token)
        try run("get", "/v1/history", query: "?table=enterprise&id=x", token: token)
        try run("get", "/v1/history", query: "?table=enterprise&id=\(pushedID)", token: nil)
        let documented = Set((doc["paths"] as? [String: Any] ?? [:]).flatMap { path, ops in ((ops as? [String: Any]) ?? [:]).keys.map { "\($0) \(path)" } })
        #expect(exercised == documented)
        // Nothing undocumented answers.
        #expect(try server.send("GET", "/v1/records", token: token).status == 404)
        #expect(try server.send("DELETE", "/v1/push", token: token).status == 404 || (try server.send("DELETE", "/v1/push", token: token).status == 405))
    }
}
