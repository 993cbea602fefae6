#if canImport(_FoundationICU)
import Foundation
import _FoundationICU

/// A pattern run through ICU's C interface on the UTF-16 form of the lines it is asked
/// about, one line at a time. `NSRegularExpression` is this engine with these flags
/// underneath, but through it every line became a `String`, was copied to UTF-16 by
/// `NSString` and had each match's offsets walked back to bytes: a third of the time the
/// patterns took.
///
/// `_FoundationICU` is the ICU that swift-foundation ships; its entry points carry a
/// `swift_` prefix so they cannot clash with a system ICU.
final class ICURegex: CompiledRegex, @unchecked Sendable {
    /// Never matched with; cloned for each thread that needs a matcher.
    private let prototype: OpaquePointer
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []

    init?(_ pattern: String) {
        var status = U_ZERO_ERROR
        let source = Array(pattern.utf16)
        let flags = Self.foldsCase(pattern) ? UInt32(UREGEX_CASE_INSENSITIVE.rawValue) : 0
        guard let regex = swift_uregex_open(source, Int32(source.count), flags, nil, &status) else { return nil }
        guard Self.succeeded(status) else {
            swift_uregex_close(regex)
            return nil
        }
        prototype = regex
    }

    deinit {
        for matcher in idle { swift_uregex_close(matcher) }
        swift_uregex_close(prototype)
    }

    func matches(in text: RegexText, regions: [Range<Int>]) -> [Range<Int>] {
        let regions = regions.filter { !$0.isEmpty }
        guard !regions.isEmpty, let matcher = checkOut() else { return [] }
        defer { checkIn(matcher) }
        // Every region is copied before matching starts: copying may move the buffer.
        let unitRanges = regions.map(text.unitRange(of:))
        var found: [Range<Int>] = []
        text.units.withUnsafeBufferPointer { units in
            guard let base = units.baseAddress else { return }
            for (region, unitRange) in zip(regions, unitRanges) {
                // Each line is the matcher's whole text, not a region of a larger one: ICU's
                // look-behind reads across a region's start (`(?<![0-9])1` finds nothing in
                // the region "1" of "21"), and a line must match as it would on its own.
                var status = U_ZERO_ERROR
                swift_uregex_setText(matcher, base + unitRange.lowerBound, Int32(unitRange.count), &status)
                while Self.succeeded(status), swift_uregex_findNext(matcher, &status) != 0 {
                    let first = unitRange.lowerBound + Int(swift_uregex_start64(matcher, 0, &status))
                    let last = unitRange.lowerBound + Int(swift_uregex_end64(matcher, 0, &status))
                    guard Self.succeeded(status), last > first,
                        let lower = text.byteOffset(ofUnit: first, in: unitRange, of: region),
                        let upper = text.byteOffset(ofUnit: last, in: unitRange, of: region)
                    else { continue }
                    found.append(lower..<upper)
                }
            }
        }
        return found
    }

    private func checkOut() -> OpaquePointer? {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        if let reused { return reused }
        var status = U_ZERO_ERROR
        let clone = swift_uregex_clone(prototype, &status)
        return Self.succeeded(status) ? clone : nil
    }

    // A matcher goes back to the pool pointing at no text: the document's buffer is gone
    // once `matches` returns.
    private func checkIn(_ matcher: OpaquePointer) {
        var status = U_ZERO_ERROR
        var empty: UInt16 = 0
        swift_uregex_setText(matcher, &empty, 0, &status)
        lock.lock()
        idle.append(matcher)
        lock.unlock()
    }

    /// Whether matching without regard to case can change what `pattern` matches. Rules are
    /// matched case-insensitively (`copyright`, `XX`), but only a cased letter can make
    /// that differ, written or named through a property; most patterns of a Chinese pack
    /// hold neither, and ICU's case-folding comparison was a hundredth of linting. Escapes
    /// of white space, digits, controls and punctuation are letters that name no letter;
    /// any other escape (`\p{…}`, `\w`, `\x…`) and inline flags are taken to matter.
    static func foldsCase(_ pattern: String) -> Bool {
        var scalars = pattern.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\\" {
                guard let escaped = scalars.next() else { return false }
                if escaped.properties.isAlphabetic && !"sSdDtnrfbB".unicodeScalars.contains(escaped) { return true }
                continue
            }
            if RegexSubsetParser.isCased(scalar) { return true }
        }
        return false
    }

    private static func succeeded(_ status: UErrorCode) -> Bool {
        status.rawValue <= U_ZERO_ERROR.rawValue
    }
}
#endif
