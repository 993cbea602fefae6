import Foundation

/// Just enough of the zip format to build hostile archives in memory, with no dependency:
/// stored entries, and a deflate stream of zeros written by hand (fixed Huffman codes, one
/// literal then 258-byte back-references), so a 1 GiB bomb costs no compression library.
/// Shared by the bad-input tests and the .docx fuzz target (which wraps its input in a
/// stored archive).
public enum ZipWriter {
    public enum Body: Sendable {
        case stored(Data)
        /// Raw deflate data with the sizes and CRC the headers should claim.
        case deflated(Data, uncompressed: Int, crc: UInt32)

        public func claiming(uncompressed: Int) -> Body {
            guard case .deflated(let data, _, let crc) = self else { return self }
            return .deflated(data, uncompressed: uncompressed, crc: crc)
        }
    }

    /// `count` zero bytes as one raw deflate stream (final fixed-Huffman block). The CRC is
    /// left at 0: every reader must refuse the bomb long before it could check it.
    public static func deflatedZeros(count: Int) throws -> Body {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman
        bits.writeCode(0b0011_0000, length: 8)  // literal 0
        let references = (count - 1) / 258
        let tail = (count - 1) % 258
        // One back-reference is 13 bits (length code 285, distance code 0 = distance 1);
        // eight of them are 13 whole bytes that leave the writer as it was, so repeat those.
        func reference(_ bits: inout BitWriter) {
            bits.writeCode(0b1100_0101, length: 8)
            bits.writeCode(0, length: 5)
        }
        // The first eight carry the header's pending bits; the next eight are the period.
        if references < 16 {
            for _ in 0..<references { reference(&bits) }
        } else {
            for _ in 0..<8 { reference(&bits) }
            let before = bits.byteCount
            for _ in 0..<8 { reference(&bits) }
            let period = bits.bytes(from: before)
            var repeats = Data(capacity: period.count * (references / 8 - 2))
            for _ in 2..<(references / 8) { repeats.append(period) }
            bits.appendAligned(repeats)
            for _ in 0..<(references % 8) { reference(&bits) }
        }
        for _ in 0..<tail { bits.writeCode(0b0011_0000, length: 8) }
        bits.writeCode(0, length: 7)  // end of block
        return .deflated(bits.finish(), uncompressed: count, crc: 0)
    }

    public static func archive(_ entries: [(String, Body)]) -> Data {
        var out = Data()
        var central = Data()
        for (name, body) in entries {
            let offset = UInt32(out.count)
            let nameBytes = Data(name.utf8)
            let (method, data, size, crc): (UInt16, Data, Int, UInt32) = {
                switch body {
                case .stored(let data): return (0, data, data.count, crc32(data))
                case .deflated(let data, let size, let crc): return (8, data, size, crc)
                }
            }()
            out.append(le: UInt32(0x0403_4B50)); out.append(le: UInt16(20)); out.append(le: UInt16(0))
            out.append(le: method); out.append(le: UInt32(0)); out.append(le: crc)
            out.append(le: UInt32(data.count)); out.append(le: UInt32(truncatingIfNeeded: size))
            out.append(le: UInt16(nameBytes.count)); out.append(le: UInt16(0))
            out.append(nameBytes); out.append(data)
            central.append(le: UInt32(0x0201_4B50)); central.append(le: UInt16(20)); central.append(le: UInt16(20))
            central.append(le: UInt16(0)); central.append(le: method); central.append(le: UInt32(0)); central.append(le: crc)
            central.append(le: UInt32(data.count)); central.append(le: UInt32(truncatingIfNeeded: size))
            central.append(le: UInt16(nameBytes.count)); central.append(le: UInt16(0)); central.append(le: UInt16(0))
            central.append(le: UInt16(0)); central.append(le: UInt16(0)); central.append(le: UInt32(0))
            central.append(le: offset); central.append(nameBytes)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le: UInt32(0x0605_4B50)); out.append(le: UInt16(0)); out.append(le: UInt16(0))
        out.append(le: UInt16(truncatingIfNeeded: entries.count)); out.append(le: UInt16(truncatingIfNeeded: entries.count))
        out.append(le: UInt32(central.count)); out.append(le: centralOffset); out.append(le: UInt16(0))
        return out
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    struct BitWriter {
        private var bytes = Data()
        private var current: UInt32 = 0
        private var filled = 0

        /// Writes `count` bits of `value`, least significant first (deflate header fields).
        mutating func write(_ value: UInt32, count: Int) {
            for bit in 0..<count { push((value >> UInt32(bit)) & 1) }
        }

        /// Writes a Huffman code, most significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            for bit in stride(from: length - 1, through: 0, by: -1) { push((code >> UInt32(bit)) & 1) }
        }

        private mutating func push(_ bit: UInt32) {
            current |= bit << UInt32(filled)
            filled += 1
            if filled == 8 {
                bytes.append(UInt8(current))
                current = 0
                filled = 0
            }
        }

        var byteCount: Int { bytes.count }

        func bytes(from index: Int) -> Data { bytes.subdata(in: index..<bytes.count) }

        /// Appends whole bytes; only right when they continue the bit stream exactly (the
        /// pending bits in `current` are the same before and after them).
        mutating func appendAligned(_ data: Data) { bytes.append(data) }

        mutating func finish() -> Data {
            if filled > 0 { bytes.append(UInt8(current)) }
            return bytes
        }
    }
}

extension Data {
    fileprivate mutating func append<T: FixedWidthInteger>(le value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
