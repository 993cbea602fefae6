import PlanlintDocument
import PlanlintRules

/// `duplicate`: a paragraph of at least `min_chars` characters written twice.
struct DuplicateCheck: RuleCheck {
    let spec: DuplicateSpec

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let document = context.document
        let builder = FindingBuilder(rule: rule, context: context)
        var seen: [ParagraphKey: Int] = [:]
        let start = findings.count
        for block in document.blocks where block.headingIndex == nil {
            // Compare without white space so re-wrapped copies still match.
            let (bytes, characters) = Self.key(document.normalized[block.range])
            guard characters >= spec.minChars else { continue }
            let key = ParagraphKey(bytes: bytes)
            if let firstLine = seen[key] {
                let values = FindingBuilder.Values(["found": ("第\(firstLine)行", "line \(firstLine)")])
                findings.append(builder.finding(.defect, at: block.range, values: values))
                if findings.count - start == ForbidCheck.maxFindings { break }
            } else {
                seen[key] = block.line
            }
        }
        return CheckResult(rule: rule, findings: findings[start...])
    }

    /// The block's bytes without white space (ASCII: normalisation has made every other space
    /// U+0020) or the fillers of hidden pinyin, and how many characters remain. Most
    /// paragraphs of a Chinese plan have neither: they are their own key, a slice of the
    /// document, and are not copied.
    static func key(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, Int) {
        let (scalars, spaces) = bytes.withUnsafeBytes { UTF8Count.scalarsAndASCIIWhiteSpace(in: $0) }
        let filler = PinyinAnnotations.filler
        let fillers = bytes.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller) ? bytes.lazy.filter { $0 == filler }.count : 0
        // White space and fillers are ASCII, so each such byte is one of the scalars counted.
        guard spaces + fillers > 0 else { return (bytes, scalars) }
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count - spaces - fillers)
        for byte in bytes where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != filler { key.append(byte) }
        return (key[...], scalars - spaces - fillers)
    }
}

/// A paragraph's bytes as a dictionary key. The hash reads the length and the first and
/// last bytes only: paragraphs that agree there and differ in the middle are rare, and
/// equality still compares every byte. Hashing whole paragraphs was a fiftieth of the
/// engine's instructions (and `[UInt8]`'s own hashing, byte by byte, far more); the edges
/// are folded into one word when the key is made, eight bytes at a time, so a look-up and
/// an insertion hash that word rather than the bytes twice.
struct ParagraphKey: Hashable {
    let bytes: ArraySlice<UInt8>
    private let digest: UInt64

    static let hashedEdge = 48

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        digest = bytes.withUnsafeBytes { raw in
            var digest = UInt64(truncatingIfNeeded: raw.count) &* 0x9E37_79B9_7F4A_7C15
            func mix(_ part: UnsafeRawBufferPointer) {
                var offset = 0
                while offset + 8 <= part.count {
                    digest = (digest ^ part.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                    digest ^= digest >> 29
                    offset += 8
                }
                while offset < part.count {
                    digest = (digest ^ UInt64(part[offset])) &* 0xC4CE_B9FE_1A85_EC53
                    offset += 1
                }
            }
            if raw.count <= 2 * Self.hashedEdge {
                mix(raw)
            } else {
                mix(UnsafeRawBufferPointer(rebasing: raw.prefix(Self.hashedEdge)))
                mix(UnsafeRawBufferPointer(rebasing: raw.suffix(Self.hashedEdge)))
            }
            return digest
        }
    }

    static func == (lhs: ParagraphKey, rhs: ParagraphKey) -> Bool {
        lhs.digest == rhs.digest && lhs.bytes == rhs.bytes
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}
