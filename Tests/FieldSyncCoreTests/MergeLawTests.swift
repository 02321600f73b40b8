import FieldSyncCore
import PropertyBased
import Testing

/// A seeded generator of causally well-formed states: a few replicas write Chinese values to a
/// few fields and exchange states at random, so every dot names exactly one write.
struct History {
    struct RNG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fields = ["name", "industry", "address", "topics", "deleted"]
    static let words = ["新材料", "生物医药", "高新区创业路8号", "人工智能", "张伟", "李娜", "电子信息", ""]

    var rng: RNG
    var replicas: [ReplicaID]
    var states: [RecordState]
    var clock: UInt64 = 1000

    init(seed: UInt64, replicaCount: Int = 4) {
        rng = RNG(state: seed)
        replicas = (0..<replicaCount).map { ReplicaID("r\($0)") }
        states = Array(repeating: RecordState(), count: replicaCount)
    }

    mutating func randomValue(for field: String) -> FieldValue {
        switch field {
        case "topics": return .stringSet([Self.words[Int(rng.next() % 8)], Self.words[Int(rng.next() % 8)]])
        case "deleted": return .bool(rng.next() % 2 == 0)
        default: return .text(Self.words[Int(rng.next() % 8)])
        }
    }

    /// Applies `steps` random writes and exchanges.
    mutating func run(steps: Int) {
        for _ in 0..<steps {
            let i = Int(rng.next() % UInt64(replicas.count))
            if rng.next() % 3 == 0 {
                let j = Int(rng.next() % UInt64(replicas.count))
                states[i].merge(states[j])
            } else {
                var values: [String: FieldValue] = [:]
                for _ in 0...(rng.next() % 2) {
                    let f = Self.fields[Int(rng.next() % UInt64(Self.fields.count))]
                    values[f] = randomValue(for: f)
                }
                // Clocks jump around: HLCs may go backwards across replicas.
                clock = clock &+ (rng.next() % 100) &- 50
                states[i].write(values, by: replicas[i], at: HLC(rawValue: clock))
            }
        }
    }
}

struct MergeLawTests {
    static let seeds = Gen.int(in: 0...Int.max)

    @Test func mergeIsCommutativeAssociativeAndIdempotent() async {
        await propertyCheck(count: 300, input: Self.seeds) { seed in
            var h = History(seed: UInt64(seed))
            h.run(steps: 40)
            let (a, b, c) = (h.states[0], h.states[1], h.states[2])
            #expect(a.merged(with: b) == b.merged(with: a))
            #expect(a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c)))
            #expect(a.merged(with: a) == a)
            #expect(a.merged(with: b).merged(with: b) == a.merged(with: b))
        }
    }

    @Test func aCausallyLaterWriteWinsWhateverTheClocksSay() async {
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            var h = History(seed: UInt64(seed))
            h.run(steps: 30)
            var later = h.states[1].merged(with: h.states[0])
            // The later writer's clock is far behind every earlier write.
            later.write(["industry": .text("集成电路")], by: h.replicas[1], at: HLC(rawValue: 1))
            let merged = h.states[0].merged(with: later)
            #expect(merged.displayed("industry") == .text("集成电路"))
            #expect(merged.entries("industry").count == 1)
            #expect(!merged.isConflicted("industry"))
        }
    }

    @Test func concurrentEditsOfDifferentFieldsMergeWithNoConflict() async {
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            var h = History(seed: UInt64(seed))
            h.run(steps: 30)
            let base = h.states[0].merged(with: h.states[1])
            var x = base
            var y = base
            x.write(["address": .text("科技园南区1栋")], by: h.replicas[0], at: HLC(rawValue: 5))
            y.write(["name": .text("深圳市星河科技有限公司")], by: h.replicas[1], at: HLC(rawValue: 9))
            let merged = x.merged(with: y)
            #expect(merged.displayed("address") == .text("科技园南区1栋"))
            #expect(merged.displayed("name") == .text("深圳市星河科技有限公司"))
            #expect(!merged.isConflicted("address") && !merged.isConflicted("name"))
        }
    }

    @Test func concurrentEditsOfTheSameFieldKeepEveryValueAndAResolutionClearsThem() async {
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            var h = History(seed: UInt64(seed))
            h.run(steps: 30)
            let base = h.states[0].merged(with: h.states[1]).merged(with: h.states[2])
            var x = base
            var y = base
            var z = base
            x.write(["contact": .text("王芳 13800000001")], by: h.replicas[0], at: HLC(rawValue: 100))
            y.write(["contact": .text("赵强 13900000002")], by: h.replicas[1], at: HLC(rawValue: 50))
            z.write(["contact": .text("陈静 13700000003")], by: h.replicas[2], at: HLC(rawValue: 75))
            var merged = x.merged(with: y).merged(with: z)
            #expect(Set(merged.entries("contact").map(\.value)) == [
                .text("王芳 13800000001"), .text("赵强 13900000002"), .text("陈静 13700000003"),
            ])
            #expect(merged.isConflicted("contact"))
            // Every replica shows the same value before anyone resolves: the highest HLC.
            #expect(merged.displayed("contact") == .text("王芳 13800000001"))
            #expect(z.merged(with: y).merged(with: x).displayed("contact") == .text("王芳 13800000001"))
            // A resolution on one replica clears the conflict wherever it is merged.
            merged.write(["contact": .text("赵强 13900000002")], by: h.replicas[3], at: HLC(rawValue: 1))
            for other in [x, y, z, x.merged(with: y)] {
                let healed = other.merged(with: merged)
                #expect(!healed.isConflicted("contact"))
                #expect(healed.displayed("contact") == .text("赵强 13900000002"))
            }
        }
    }

    @Test func everyWriteIsVisibleOrSupersededByALaterOne() async {
        // For every write made in a history, after a full exchange the write is either still an
        // entry of its field or its dot is covered by a write that replaced the field later.
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            var h = History(seed: UInt64(seed))
            h.run(steps: 50)
            let all = h.states.reduce(RecordState()) { $0.merged(with: $1) }
            for s in h.states {
                #expect(s.vv.dominates(s.vv))
                #expect(all.vv.dominates(s.vv))
                for (field, entries) in s.fields {
                    for e in entries where !all.entries(field).contains(e) {
                        // Superseded: the merged field's entries were written by someone who saw it.
                        #expect(all.vv.covers(e.dot))
                        #expect(!all.entries(field).isEmpty)
                    }
                }
            }
        }
    }

    @Test func unionFieldsShowTheUnionAndAreNeverFlagged() {
        var x = RecordState()
        var y = RecordState()
        x.write(["topics": .stringSet(["政策宣讲"])], by: ReplicaID("a"), at: HLC(rawValue: 1))
        y.write(["topics": .stringSet(["资源对接", "科技工作情况"])], by: ReplicaID("b"), at: HLC(rawValue: 2))
        let m = x.merged(with: y)
        #expect(m.displayed("topics", policy: .union) == .stringSet(["政策宣讲", "资源对接", "科技工作情况"]))
        #expect(!m.isConflicted("topics", policy: .union))
        #expect(m.isConflicted("topics", policy: .mv))
    }

    @Test func versionVectorsCompareFourWays() {
        let a = VersionVector([ReplicaID("a"): 2, ReplicaID("b"): 1])
        let b = VersionVector([ReplicaID("a"): 2, ReplicaID("b"): 2])
        let c = VersionVector([ReplicaID("a"): 3])
        #expect(a.compare(b) == .before)
        #expect(b.compare(a) == .after)
        #expect(a.compare(a) == .equal)
        #expect(b.compare(c) == .concurrent)
        #expect(b.merged(with: c) == VersionVector([ReplicaID("a"): 3, ReplicaID("b"): 2]))
    }
}
