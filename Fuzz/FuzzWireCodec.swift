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
    }
    _ = try? BinaryWire.decodePull(bytes)
    _ = try? BinaryWire.decodeRecord(bytes)
    if let inflated = try? Gzip.decompress(bytes, limit: 1 << 20) {
        _ = try? FastJSON.decodePush(inflated)
    }
    _ = try? WireCoding.decode(PushResponse.self, from: bytes)
    _ = try? WireCoding.decode(ErrorBody.self, from: bytes)
    return 0
}
