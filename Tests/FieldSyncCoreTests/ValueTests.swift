import FieldSyncCore
import Testing

struct ValueTests {
    @Test(arguments: ["91350100M000100Y43", "91110000600037341L"])
    func validCreditCodesPass(code: String) throws {
        #expect(try CreditCode.validate(code.lowercased()) == code)
    }

    @Test(arguments: ["91350100M000100Y44", "9135010OM000100Y43", "91350100M000100Y4", "统一社会信用代码"])
    func invalidCreditCodesAreRefusedNamingTheCode(code: String) {
        #expect {
            try CreditCode.validate(code)
        } throws: { error in
            (error as? CoreError)?.message.contains(code) == true
        }
    }

    @Test func generatedCreditCodesAreValid() throws {
        for n in [0, 1, 42, 99_999, 123_456_789] {
            _ = try CreditCode.validate(CreditCode.make(n))
        }
    }

    @Test func decimalsAreExactAndCanonical() throws {
        #expect(ExactDecimal("120.50")?.description == "120.5")
        #expect(ExactDecimal("0.10")?.description == "0.1")
        #expect(ExactDecimal("-007.25")?.description == "-7.25")
        #expect(ExactDecimal("0.000")?.description == "0")
        #expect(ExactDecimal("1.2.3") == nil)
        #expect(ExactDecimal("12e3") == nil)
        #expect(ExactDecimal("3.") == nil)
        let a = try #require(ExactDecimal("0.1"))
        let b = try #require(ExactDecimal("0.10"))
        #expect(a == b)
        #expect(try #require(ExactDecimal("99.99")) < (try #require(ExactDecimal("100"))))
    }

    @Test func decimalsAddAndRoundExactly() throws {
        let a = try #require(ExactDecimal("350.5"))
        let b = try #require(ExactDecimal("120.25"))
        #expect(a.adding(b) == ExactDecimal("470.75"))
        #expect(try #require(ExactDecimal("0.1")).adding(try #require(ExactDecimal("0.2"))) == ExactDecimal("0.3"))
        #expect(try #require(ExactDecimal("1.005")).rounded(toDecimals: 2) == ExactDecimal("1.01"))
        #expect(try #require(ExactDecimal("-1.005")).rounded(toDecimals: 2) == ExactDecimal("-1.01"))
        #expect(try #require(ExactDecimal("1.004")).rounded(toDecimals: 2) == ExactDecimal("1"))
        #expect(a.rounded(toDecimals: 2) == a)
    }

    @Test func datesAreValidatedAndRoundTrip() throws {
        #expect(try LocalDate.parse("2026-02-28").adding(days: 1).description == "2026-03-01")
        #expect(try LocalDate.parse("2024-02-29").description == "2024-02-29")
        #expect(throws: CoreError.self) { try LocalDate.parse("2026-02-29") }
        #expect(throws: CoreError.self) { try LocalDate.parse("2026/03/01") }
        #expect(throws: CoreError.self) { try LocalDate.parse("2026-13-01") }
        // Exactly ten ASCII bytes: no signs, spaces, short parts or full-width digits.
        for bad in ["2026-3-01", "+026-03-01", "2026-03-1 ", "２０２６-03-01", "2026-03-0a", "", "2026-03-011"] {
            #expect(throws: CoreError.self, "\(bad)") { try LocalDate.parse(bad) }
        }
        let d = try LocalDate.parse("2026-11-29")
        #expect(LocalDate(dayNumber: d.dayNumber) == d)
    }

    @Test func theClockIsMonotonicAndCapsFarFutureRemoteTimestamps() {
        let wall = 1_800_000_000_000 as UInt64
        var clock = HybridClock(maxDrift: 60_000, now: { wall })
        let t1 = clock.tick()
        let t2 = clock.tick()
        #expect(t2 > t1)
        // A laptop one year ahead: its timestamp pulls the clock at most a minute ahead.
        clock.observe(HLC(milliseconds: wall + 365 * 24 * 3600 * 1000))
        let t3 = clock.tick()
        #expect(t3.milliseconds <= wall + 60_000 + 1)
        #expect(t3 > t2)
    }

    @Test func derivedIdsAreStableUUIDs() {
        let a = UUIDText.derived(from: "pool:abc:high-tech")
        #expect(a == UUIDText.derived(from: "pool:abc:high-tech"))
        #expect(a != UUIDText.derived(from: "pool:abc:sme"))
        #expect(UUIDText.isValid(a))
    }

    @Test func wireRecordsValidateAgainstTheDeclaration() throws {
        var s = RecordState()
        s.write(["funds": .text("350.25"), "start": .text("2026-01-01"), "future_field": .text("新字段")],
                by: ReplicaID(UUIDText.random()), at: HLC(rawValue: 1))
        let ok = try WireRecord(table: "project", id: UUIDText.random(), state: s).validated()
        #expect(ok.state.displayed("funds") == .decimal(try #require(ExactDecimal("350.25"))))
        #expect(ok.state.displayed("future_field") == .text("新字段"))
        var bad = RecordState()
        bad.write(["funds": .text("三百万")], by: ReplicaID("x"), at: HLC(rawValue: 1))
        #expect(throws: CoreError.self) { try WireRecord(table: "project", id: UUIDText.random(), state: bad).validated() }
        #expect(throws: CoreError.self) { try WireRecord(table: "project", id: "not-a-uuid", state: s).validated() }
        #expect(throws: CoreError.self) { try WireRecord(table: "nope", id: UUIDText.random(), state: s).validated() }
    }
}
