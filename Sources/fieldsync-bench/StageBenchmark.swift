import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncWire
import FieldSyncServer
import Foundation

/// Where one record's sync time goes, stage by stage, in one process (no HTTP): read the local
/// changes, encode, gzip, (transfer), gunzip, decode and validate, merge and write on the server,
/// splice a pull page, decode and apply on the laptop. Both wire formats, same records, same run.
/// Records per batch in the stage benchmark: the push batch size.
let stageBatch = SyncProtocol.defaultBatchSize

func stageBenchmark(records n: Int, dir: URL) throws {
    let a = try Replica(path: dir.appendingPathComponent("stages-a.db").path)
    try a.initialize(name: "a", zone: "stages")
    try writeLocal(a, n)
    let replica = try a.info().replicaID
    print("per-record stages (\(n) records, batches of \(stageBatch), µs per record, in one process; random UUID ids):")
    print("  format  read changes  encode  gzip  gunzip  decode+validate  server merge+write  pull splice  decode+validate  laptop apply  bytes (gzip)")
    for format in [WireFormat.json, .binary] {
        var batches: [[WireRecord]] = []
        let tRead = try seconds {
            var after: Int64 = 0
            while true {
                let batch = try a.changes(after: after, limit: stageBatch)
                guard let last = batch.last else { break }
                batches.append(batch.map(\.record))
                after = last.seq
            }
        }
        var bodies: [[UInt8]] = []
        let tEncode = seconds {
            for b in batches {
                let push = PushRequest(replica: replica.rawValue, records: b)
                bodies.append(format == .binary ? BinaryWire.encode(push) : FastJSON.encode(push))
            }
        }
        var zipped: [[UInt8]] = []
        let tGzip = seconds { zipped = bodies.map { Gzip.compress($0) } }
        var unzipped: [[UInt8]] = []
        let tGunzip = try seconds { unzipped = try zipped.map { try Gzip.decompress($0, limit: 1 << 26) } }
        var decoded: [[WireRecord]] = []
        let tDecode = try seconds {
            for u in unzipped {
                decoded.append(try (format == .binary ? BinaryWire.decodePush(u) : FastJSON.decodePush(u)).records.map { try $0.validated() })
            }
        }
        let server = try SQLiteServerStore(path: dir.appendingPathComponent("stages-\(format.rawValue)-server.db").path)
        let tMerge = try seconds {
            for d in decoded { _ = try server.mergeForTesting(zone: "stages", pusher: replica, records: d, rollBack: false) }
        }
        // The pull: pages of stored bytes spliced into answers, as the server sends them.
        var pages: [[UInt8]] = []
        let tSplice = try seconds {
            var after: Int64 = 0
            while true {
                let rows = try server.storedRowsForTesting(zone: "stages", after: after, limit: stageBatch)
                guard let last = rows.last else { break }
                let more = rows.count == stageBatch
                pages.append(Gzip.compress(format == .binary
                    ? BinaryWire.encodePull(encodedRecords: rows.map(\.body), upTo: last.seq, serverSeq: Int64(n), more: more)
                    : FastJSON.encodePull(encodedRecords: try rows.map { FastJSON.encode(try BinaryWire.decodeRecord($0.body)) }, upTo: last.seq, serverSeq: Int64(n), more: more)))
                after = last.seq
            }
        }
        var pulled: [PullResponse] = []
        let tPullDecode = try seconds {
            for p in pages {
                let u = try Gzip.decompress(p, limit: 1 << 26)
                pulled.append(try format == .binary ? BinaryWire.decodePull(u) : FastJSON.decodePull(u))
            }
        }
        let b = try Replica(path: dir.appendingPathComponent("stages-\(format.rawValue)-b.db").path)
        try b.initialize(name: "b", zone: "stages")
        let tApply = try seconds {
            for p in pulled { _ = try b.applyPulled(p.records, server: "http://stages", upTo: p.upTo) }
        }
        let bytes = Double(zipped.map(\.count).reduce(0, +)) / Double(n)
        let us = { (t: Double) in fmt(t / Double(n) * 1e6, 1) }
        print("  \(format.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0))  \(us(tRead))  \(us(tEncode))  \(us(tGzip))  \(us(tGunzip))  \(us(tDecode))  \(us(tMerge))  \(us(tSplice))  \(us(tPullDecode))  \(us(tApply))  \(fmt(bytes, 1))")
    }
}
