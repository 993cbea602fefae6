import Foundation
import ZIPFoundation

/// The central directory of a zip held in memory, checked before anything reads it, and
/// bounded extraction of its entries.
///
/// ZIPFoundation's in-memory archive must not see hostile offsets, and its extraction must
/// not be used on hostile data (both found by the docx fuzz target, docs/reliability.md):
/// - its memory file accepts a seek past the end, and the next read builds an inverted range
///   and traps (a Swift runtime failure kills the whole run); offsets near 2^63 trap in
///   `off_t(_:)`;
/// - its inflate loop ignores the entry's compressed size and runs until the deflate stream
///   ends, so a stream cut short spins forever at the end of the data; and it tells zlib
///   every chunk is full-sized, so the last, short chunk is followed by uninitialised memory.
///
/// So this walks the records ZIPFoundation walks — the end-of-central-directory record
/// (found the same way, scanning back from the end), each central-directory entry, each
/// local header and data descriptor — and refuses the archive when one lies outside the data.
/// ZIP64 is refused outright: a .docx within the size limits never needs it. `extract` then
/// inflates with input bounded by the compressed size (padded so every chunk is full) and
/// output bounded by a limit, and checks the CRC.
public struct ZipLayout: Sendable {
    public struct Problem: Error, Sendable, Equatable {
        public var reason: String
    }

    public struct Entry: Sendable, Equatable {
        public var name: String
        /// From the local header, as ZIPFoundation reads it: 0 stored, 8 deflated.
        public var method: Int
        public var dataStart: Int
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var crc: UInt32
    }

    /// Entries in central-directory order, up to the first record ZIPFoundation would stop at.
    public private(set) var entries: [Entry] = []

    public init(_ data: Data) throws {
        entries = try data.withUnsafeBytes { raw in try Self.walk(raw.bindMemory(to: UInt8.self)) }
    }

    /// The bytes of the last entry called `name` (the one a reader iterating the archive
    /// keeps), nil when there is none. Throws when it is damaged or inflates past `limit`.
    public func extract(_ name: String, from data: Data, limit: Int) throws -> Data? {
        guard let entry = entries.last(where: { $0.name == name }) else { return nil }
        if entry.uncompressedSize > limit { throw Problem(reason: "\(name) is larger than the limit") }
        let start = data.startIndex + entry.dataStart
        let output: Data
        switch entry.method {
        case 0:
            guard entry.uncompressedSize <= data.count - entry.dataStart else {
                throw Problem(reason: "\(name) is damaged or truncated")
            }
            output = data.subdata(in: start..<(start + entry.uncompressedSize))
        case 8:
            output = try inflate(entry, from: data, start: start, limit: limit)
        default:
            throw Problem(reason: "\(name) uses an unsupported compression method")
        }
        guard output.crc32(checksum: 0) == entry.crc else { throw Problem(reason: "\(name) is damaged or truncated") }
        return output
    }

    private func inflate(_ entry: Entry, from data: Data, start: Int, limit: Int) throws -> Data {
        struct Truncated: Error {}
        struct TooLarge: Error {}
        let available = min(entry.compressedSize, data.count - entry.dataStart)
        var output = Data()
        do {
            _ = try Data.decompress(
                size: Int64(available), bufferSize: 64 * 1024, skipCRC32: true,
                provider: { position, size in
                    // Exactly `size` bytes every time: ZIPFoundation hands zlib `size` bytes
                    // whatever the chunk holds. Past the entry there is only zero padding,
                    // and one chunk of it at most.
                    let offset = Int(position)
                    guard offset < available else { throw Truncated() }
                    let end = min(available, offset + size)
                    var chunk = data.subdata(in: (start + offset)..<(start + end))
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    if output.count + chunk.count > limit { throw TooLarge() }
                    output.append(chunk)
                })
        } catch is TooLarge {
            throw Problem(reason: "\(entry.name) inflates beyond the limit")
        } catch {
            throw Problem(reason: "\(entry.name) is damaged or truncated")
        }
        return output
    }

    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [Entry] {
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func fits(_ offset: Int, _ length: Int) -> Bool { offset >= 0 && length >= 0 && offset <= count - length }
        func fail(_ reason: String) -> Problem { Problem(reason: reason) }

        // End of central directory: the signature nearest the end, as ZIPFoundation scans.
        guard count >= 22 else { throw fail("not a zip archive") }
        var eocd = -1
        var index = count - 22
        while index >= 0 {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                eocd = index
                break
            }
            index -= 1
        }
        guard eocd >= 0 else { throw fail("not a zip archive") }
        if eocd >= 20, u32(eocd - 20) == 0x0706_4B50 { throw fail("ZIP64 archives are not supported") }
        let total = u16(eocd + 10)
        var directory = u32(eocd + 16)
        if total == 0xFFFF || directory == 0xFFFF_FFFF { throw fail("ZIP64 archives are not supported") }

        var entries: [Entry] = []
        for _ in 0..<total {
            // ZIPFoundation stops at the first record whose signature is wrong; so do we.
            guard fits(directory, 46) else { throw fail("the central directory lies past the end of the archive") }
            guard u32(directory) == 0x0201_4B50 else { break }
            let flags = u16(directory + 8)
            let centralMethod = u16(directory + 10)
            let crc = UInt32(u32(directory + 16))
            let compressed = u32(directory + 20)
            let uncompressed = u32(directory + 24)
            let nameLength = u16(directory + 28)
            let extraLength = u16(directory + 30)
            let commentLength = u16(directory + 32)
            let local = u32(directory + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                throw fail("ZIP64 archives are not supported")
            }
            guard fits(directory + 46, nameLength) else { throw fail("the central directory lies past the end of the archive") }
            guard fits(local, 30) else { throw fail("an entry's header lies past the end of the archive") }
            guard u32(local) == 0x0403_4B50 else { break }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart <= count else { throw fail("an entry's data lies past the end of the archive") }
            if flags & 0x08 != 0 {
                let descriptor = dataStart + (centralMethod != 0 ? compressed : uncompressed)
                guard descriptor <= count else { throw fail("an entry's data descriptor lies past the end of the archive") }
            }
            let name = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[(directory + 46)..<(directory + 46 + nameLength)]), as: UTF8.self)
            entries.append(
                Entry(
                    name: name, method: u16(local + 8), dataStart: dataStart, compressedSize: compressed,
                    uncompressedSize: uncompressed, crc: crc))
            directory += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}
