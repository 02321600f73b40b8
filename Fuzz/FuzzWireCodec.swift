// libFuzzer entry for the wire codec: every byte string is a push body and a pull answer (JSON and
// binary), a gzip stream and a Codable answer. Built and run by scripts/fuzz.sh (not part of the package build:
// -sanitize=fuzzer needs its own main). A crash, a hang or an ASan report is a finding; a thrown
// error is the expected answer to bad bytes.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWireCodec(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    if let push = try? FastJSON.decodePush(bytes) {
        // What decodes must encode and decode back to the same records.
        let again = FastJSON.encode(push)
        guard let back = try? FastJSON.decodePush(again), back.records.count == push.records.count else {
            fatalError("a decoded push did not survive a round trip")
        }
    }
    _ = try? FastJSON.decodePull(bytes)
    // Protocol 5's binary form: what decodes (and so validated) encodes and decodes back equal.
    if let push = try? BinaryWire.decodePush(bytes) {
        guard let back = try? BinaryWire.decodePush(BinaryWire.encode(push)), back.records == push.records else {
            fatalError("a decoded binary push did not survive a round trip")
        }
        for r in push.records where (try? r.validated()) != r { fatalError("a decoded binary record does not validate as itself") }
        for r in push.records { holdsTheRules(r) }
    }
    if let push = try? FastJSON.decodePush(bytes), let checked = try? push.records.map({ try $0.validated() }) {
        for r in checked { holdsTheRules(r) }
    }
    // A pull keeps what it can read and sets aside what it cannot: the kept records hold the rules.
    if let page = try? BinaryWire.decodePull(bytes) {
        for r in page.records { holdsTheRules(r) }
    }
    _ = try? BinaryWire.decodeRecord(bytes)
    if let inflated = try? Gzip.decompress(bytes, limit: 1 << 20) {
        _ = try? FastJSON.decodePush(inflated)
    }
    _ = try? WireCoding.decode(PushResponse.self, from: bytes)
    _ = try? WireCoding.decode(ErrorBody.self, from: bytes)
    return 0
}

/// Issue 24's rules, as invariants of whatever a decoder accepts: every value one a laptop's row
/// keeps (no NUL, decimals of at most 18 digits, dates 1900–2200, `deleted` never null), within the
/// per-record caps, and one stamp per write.
func holdsTheRules(_ r: WireRecord) {
    var stamps: [Dot: HLC] = [:]
    var entries = 0
    for (name, list) in r.state.fields {
        entries += list.count
        for e in list {
            if let problem = e.value.storageProblem(table: r.table, field: name, id: r.id) { fatalError("accepted a value no laptop keeps: \(problem)") }
            if let seen = stamps.updateValue(e.hlc, forKey: e.dot), seen != e.hlc { fatalError("accepted one write with two stamps") }
        }
    }
    if r.state.fields.count > SyncProtocol.Limits.fieldsPerRecord || entries > SyncProtocol.Limits.entriesPerRecord {
        fatalError("accepted a record past the caps")
    }
}
