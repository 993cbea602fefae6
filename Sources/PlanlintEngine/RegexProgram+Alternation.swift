import PlanlintDocument

/// Alternations compiled whole: branches that are all literal words become one literal set
/// (listed by their first two bytes when there are many), branches that are all single
/// scalars or classes one class.
extension RegexProgram {
    /// A literal set of more words than this lists them by their first two bytes: tried in
    /// turn, the numbering headings' seventy verbs were seventy comparisons at each place.
    static let wordsTriedInTurn = 8

    /// Which of `wordBuckets` lists the words starting with these two bytes: the low two
    /// bits of the first (E4–E9 lead most Chinese characters) and the low six of the second
    /// (a continuation byte's payload).
    @inline(__always)
    static func wordBucket(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x03) << 6 | Int(second & 0x3F)
    }

    static let wordBuckets = 256

    /// The bytes of each branch, when every branch is a non-empty run of literal scalars.
    static func literalWords(_ branches: [RegexNode]) -> [[UInt8]]? {
        guard branches.count > 1 else { return nil }
        var words: [[UInt8]] = []
        for branch in branches {
            var bytes: [UInt8] = []
            switch branch {
            case .literal(let scalar):
                bytes = scalar
            case .sequence(let items):
                for item in items {
                    guard case .literal(let scalar) = item else { return nil }
                    bytes += scalar
                }
            default:
                return nil
            }
            if bytes.isEmpty { return nil }
            words.append(bytes)
        }
        return words
    }

    /// The class of every scalar the branches match, when each is one literal scalar or a
    /// class.
    static func singleScalarClass(_ branches: [RegexNode]) -> ScalarClass? {
        var merged = ScalarClass()
        for branch in branches {
            switch branch {
            case .literal(let bytes):
                // One scalar: as many bytes as its lead says (no `String` made of each).
                guard let lead = bytes.first, bytes.count == UTF8Scalar.length(ofLead: lead) else { return nil }
                let value = bytes.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: 0).value }
                merged.insert(value...value)
            case .scalarClass(let set):
                merged.formUnion(set)
            default:
                return nil
            }
        }
        return merged
    }
}
