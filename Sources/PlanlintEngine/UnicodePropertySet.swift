import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// The scalars of a Unicode property (`\p{Han}`, `\p{Nd}`) as ICU's regular expressions
/// match them without regard to case, read from ICU itself, so that the native matcher
/// uses the very tables ICU does. Nil where this build has no ICU interface, when ICU
/// does not know the property, or when case folding adds strings to it (ICU would then
/// match across scalars).
enum UnicodePropertySet {
    /// Each property's ranges, read from ICU once per process: several patterns of a pack
    /// name `\p{Han}`, and building the set (with its case closure) is the dearest part of
    /// compiling a pattern.
    nonisolated(unsafe) private static var cache: [String: [ClosedRange<UInt32>]?] = [:]
    private static let lock = NSLock()

    static func ranges(of property: String) -> [ClosedRange<UInt32>]? {
        // The bundled pack's one property, as this toolchain's ICU gives it (checked by
        // UnicodePropertySetTests): asking ICU loads its script data, 3.4 M instructions that
        // a one-plan run would wait on for the first pattern naming \p{Han}.
        if property == "Han" { return hanRanges }
        if let known = lock.withLock({ cache[property] }) { return known }
        let ranges = read(property)
        lock.withLock { cache[property] = ranges }
        return ranges
    }

    static func read(_ property: String) -> [ClosedRange<UInt32>]? {
        #if canImport(_FoundationICU)
        let source = Array("[\\p{\(property)}]".utf16)
        var status = U_ZERO_ERROR
        guard let set = swift_uset_openPatternOptions(source, Int32(source.count), UInt32(USET_CASE_INSENSITIVE), &status)
        else { return nil }
        defer { swift_uset_close(set) }
        guard status.rawValue <= U_ZERO_ERROR.rawValue, swift_uset_getStringCount(set) == 0 else { return nil }
        var ranges: [ClosedRange<UInt32>] = []
        for item in 0..<swift_uset_getRangeCount(set) {
            var first: Int32 = 0
            var last: Int32 = 0
            var itemStatus = U_ZERO_ERROR
            _ = swift_uset_getItem(set, item, &first, &last, nil, 0, &itemStatus)
            guard itemStatus.rawValue <= U_ZERO_ERROR.rawValue, first >= 0, last >= first else { return nil }
            ranges.append(UInt32(first)...UInt32(last))
        }
        return ranges
        #else
        return nil
        #endif
    }
}
