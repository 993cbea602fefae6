import Foundation
import ZIPFoundation

/// Checks a zip's directory before ZIPFoundation opens it from memory.
///
/// ZIPFoundation's in-memory archive traps (a Swift runtime failure, killing the process)
/// when a header points past the end of the data: its `fseeko` accepts any offset and the
/// next read builds an inverted range. Offsets near 2^63 trap in `off_t(_:)` too. This walks
/// the same records it will walk — the end-of-central-directory record (found the same way,
/// scanning back from the end), each central-directory entry, each local header and data
/// descriptor — and refuses the archive when any of them lies outside the data. ZIP64 is
/// refused outright: a .docx within the size limits never needs it, and its 64-bit fields
/// are where the untrusted offsets hide. Found by the docx fuzz target (docs/reliability.md).
///
/// It also inflates each of the `parts` the reader will extract, with input bounded by the
/// entry's compressed size and output by `maxUncompressedBytes`: ZIPFoundation's inflate loop
/// runs until the deflate stream ends and ignores the compressed size, so a stream cut short
/// spun forever at the end of the data (a 27 KB .docx hung the run; fuzz target again).
public enum ZipStructureCheck {
    /// Why `data` must not be opened, or nil when every record ZIPFoundation reads lies inside
    /// it and every part in `parts` inflates to its end within the budget.
    public static func problem(in data: Data, parts: Set<String> = [], maxUncompressedBytes: Int = .max) -> String? {
        var located: [(name: String, entry: Located)] = []
        let structural = data.withUnsafeBytes { raw in
            problem(in: raw.bindMemory(to: UInt8.self), parts: parts, located: &located)
        }
        if let structural { return structural }
        var budget = maxUncompressedBytes
        for (name, entry) in located {
            if let problem = inflateProblem(entry, name: name, in: data, budget: &budget) { return problem }
        }
        return nil
    }

    private struct Located {
        var method: Int
        var dataStart: Int
        var compressedSize: Int
        var uncompressedSize: Int
    }

    /// Inflates one entry with its input bounded by its compressed size, counting the output.
    private static func inflateProblem(_ entry: Located, name: String, in data: Data, budget: inout Int) -> String? {
        if entry.uncompressedSize > budget { return "\(name) is larger than the limit" }
        let start = data.startIndex + entry.dataStart
        let available = min(entry.compressedSize, data.count - entry.dataStart)
        struct Truncated: Error {}
        struct TooLarge: Error {}
        if entry.method == 0 {
            // Stored: ZIPFoundation copies uncompressedSize bytes, a bounded loop.
            budget -= entry.uncompressedSize
            return nil
        }
        guard entry.method == 8 else { return nil }
        var remaining = budget
        do {
            _ = try Data.decompress(
                size: Int64(available), bufferSize: 64 * 1024, skipCRC32: true,
                provider: { position, size in
                    let offset = Int(position)
                    guard offset < available else { throw Truncated() }
                    let end = min(available, offset + size)
                    return data.subdata(in: (start + offset)..<(start + end))
                },
                consumer: { chunk in
                    remaining -= chunk.count
                    if remaining < 0 { throw TooLarge() }
                })
        } catch is TooLarge {
            return "\(name) inflates beyond the limit"
        } catch {
            return "\(name) is damaged or truncated"
        }
        budget = remaining
        return nil
    }

    private static func problem(
        in bytes: UnsafeBufferPointer<UInt8>, parts: Set<String>, located: inout [(name: String, entry: Located)]
    ) -> String? {
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func fits(_ offset: Int, _ length: Int) -> Bool { offset >= 0 && length >= 0 && offset <= count - length }

        // End of central directory: the signature nearest the end, as ZIPFoundation scans.
        guard count >= 22 else { return "not a zip archive" }
        var eocd = -1
        var index = count - 22
        while index >= 0 {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                eocd = index
                break
            }
            index -= 1
        }
        guard eocd >= 0 else { return "not a zip archive" }
        if eocd >= 20, u32(eocd - 20) == 0x0706_4B50 { return "ZIP64 archives are not supported" }
        let entries = u16(eocd + 10)
        var directory = u32(eocd + 16)
        if entries == 0xFFFF || directory == 0xFFFF_FFFF { return "ZIP64 archives are not supported" }

        for _ in 0..<entries {
            // ZIPFoundation stops at the first record whose signature is wrong; so do we.
            guard fits(directory, 46) else { return "central directory points past the end of the archive" }
            guard u32(directory) == 0x0201_4B50 else { return nil }
            let flags = u16(directory + 8)
            let method = u16(directory + 10)
            let compressed = u32(directory + 20)
            let uncompressed = u32(directory + 24)
            let nameLength = u16(directory + 28)
            let extraLength = u16(directory + 30)
            let commentLength = u16(directory + 32)
            let local = u32(directory + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                return "ZIP64 archives are not supported"
            }
            guard fits(local, 30) else { return "an entry's header lies past the end of the archive" }
            guard u32(local) == 0x0403_4B50 else { return nil }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart <= count else { return "an entry's data lies past the end of the archive" }
            if flags & 0x08 != 0 {
                let descriptor = dataStart + (method != 0 ? compressed : uncompressed)
                guard descriptor <= count else { return "an entry's data descriptor lies past the end of the archive" }
            }
            if !parts.isEmpty, fits(directory + 46, nameLength) {
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(directory + 46)..<(directory + 46 + nameLength)]), as: UTF8.self)
                if parts.contains(name) {
                    // ZIPFoundation picks the decompressor from the local header's method.
                    located.append((name, Located(method: u16(local + 8), dataStart: dataStart, compressedSize: compressed, uncompressedSize: uncompressed)))
                }
            }
            directory += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }
}
