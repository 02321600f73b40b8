import FieldSyncCore
import Foundation
import Testing

/// The shared conformance vectors (a copy of shared/vectors/merge.json): 205 joins, 50 scenarios.
struct ConformanceVectorTests {
    struct Join: Decodable {
        let name: String
        let a: RecordState
        let b: RecordState
        let expected: RecordState
    }

    struct Op: Decodable {
        let write: String?
        let field: String?
        let value: String?
        let sync: String?
    }

    struct Scenario: Decodable {
        let replicas: [String]
        let ops: [Op]
        let final: [String: [String]]
        let final_state: RecordState
    }

    struct Vectors: Decodable {
        let joins: [Join]
        let scenarios: [Scenario]
    }

    static let vectors: Vectors? = {
        guard let url = Bundle.module.url(forResource: "merge", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? JSONDecoder().decode(Vectors.self, from: data)
    }()

    /// The vectors carry no HLCs; compare dots, values and vectors only.
    static func shape(_ s: RecordState) -> [String: [String]] {
        var out: [String: [String]] = ["@vv": s.vv.sortedEntries.map { "\($0.replica)=\($0.counter)" }]
        for (f, entries) in s.fields { out[f] = entries.map { "\($0.dot)=\($0.value)" } }
        return out
    }

    @Test func vectorFileHasEveryVector() throws {
        let v = try #require(Self.vectors)
        #expect(v.joins.count == 205)
        #expect(v.scenarios.count == 50)
    }

    @Test func everyJoinVectorPassesInBothArgumentOrders() throws {
        let v = try #require(Self.vectors)
        for j in v.joins {
            #expect(Self.shape(j.a.merged(with: j.b)) == Self.shape(j.expected), "\(j.name): merged(a, b)")
            #expect(Self.shape(j.b.merged(with: j.a)) == Self.shape(j.expected), "\(j.name): merged(b, a)")
        }
    }

    @Test func everyScenarioConvergesToTheReferenceState() throws {
        let v = try #require(Self.vectors)
        for (n, s) in v.scenarios.enumerated() {
            var replicas: [String: RecordState] = [:]
            for r in s.replicas { replicas[r] = RecordState() }
            var hub = RecordState()
            var tick: UInt64 = 0
            for op in s.ops {
                if let r = op.write, let f = op.field, let value = op.value {
                    tick += 1
                    replicas[r, default: RecordState()].write([f: .text(value)], by: ReplicaID(r), at: HLC(rawValue: tick))
                } else if let r = op.sync, let local = replicas[r] {
                    hub.merge(local)
                    replicas[r] = local.merged(with: hub)
                }
            }
            var values: [String: [String]] = [:]
            for (f, entries) in hub.fields { values[f] = entries.map(\.value.description).sorted() }
            #expect(values == s.final.mapValues { $0.sorted() }, "scenario \(n)")
            #expect(Self.shape(hub) == Self.shape(s.final_state), "scenario \(n) state")
        }
    }
}
