/// Numbers written as one enclosed character: ① ❶ ➀ ㉑ (circled), ⑴ (as (1)), ⒈ (as 1.).
///
/// Plans number their third and fourth levels with them, and Word's decimalEnclosedCircle
/// lists render so. None of them is ever a word, so unlike 一、 or 1、 one needs no look at
/// what follows it to be read as a number.
enum EnclosedNumber {
    /// The style and value of an enclosed number, or nil for any other scalar.
    @inline(__always)
    static func numbering(of scalar: UInt32) -> Numbering? {
        switch scalar {
        case 0x2460...0x2473: return Numbering(style: .circled, value: Int(scalar - 0x2460) + 1)  // ① … ⑳
        case 0x2474...0x2487: return Numbering(style: .parenArabic, value: Int(scalar - 0x2474) + 1)  // ⑴ … ⒇
        case 0x2488...0x249B: return Numbering(style: .arabic, value: Int(scalar - 0x2488) + 1)  // ⒈ … ⒛
        case 0x24EB...0x24F4: return Numbering(style: .circled, value: Int(scalar - 0x24EB) + 11)  // ⓫ … ⓴
        case 0x24F5...0x24FE: return Numbering(style: .circled, value: Int(scalar - 0x24F5) + 1)  // ⓵ … ⓾
        case 0x2776...0x277F: return Numbering(style: .circled, value: Int(scalar - 0x2776) + 1)  // ❶ … ❿
        case 0x2780...0x2789: return Numbering(style: .circled, value: Int(scalar - 0x2780) + 1)  // ➀ … ➉
        case 0x278A...0x2793: return Numbering(style: .circled, value: Int(scalar - 0x278A) + 1)  // ➊ … ➓
        case 0x3251...0x325F: return Numbering(style: .circled, value: Int(scalar - 0x3251) + 21)  // ㉑ … ㉟
        case 0x32B1...0x32BF: return Numbering(style: .circled, value: Int(scalar - 0x32B1) + 36)  // ㊱ … ㊿
        default: return nil
        }
    }

    /// Whether a scalar may be an enclosed number: one compare for the scalars that cannot
    /// (all but a few blocks), before the switch.
    @inline(__always)
    static func isCandidate(_ scalar: UInt32) -> Bool {
        (0x2460...0x32BF).contains(scalar)
    }

    /// The marker an enclosed number opens at `start`, with the 、 or . some typists add
    /// after it (①、 ⒈.) and a space or tab after that (Word's label suffix).
    static func marker(_ text: ScalarScanner, at start: Int, end: Int) -> NumberMarker? {
        guard start < end else { return nil }
        let (scalar, after) = text.scalar(at: start)
        guard isCandidate(scalar), let numbering = numbering(of: scalar) else { return nil }
        var markerEnd = after
        if markerEnd < end {
            let (next, afterNext) = text.scalar(at: markerEnd)
            if next == Mark.ideographicComma || (next == 0x2E && !(afterNext < end && text.bytes[afterNext] >= 0x30 && text.bytes[afterNext] <= 0x39)) {
                markerEnd = afterNext
            }
        }
        return NumberMarker(numbering: numbering, range: start..<markerEnd)
    }

    /// The character Word shows for `value` in a circled list (decimalEnclosedCircle), nil
    /// past ㊿.
    static func circled(_ value: Int) -> Character? {
        switch value {
        case 1...20: return Character(Unicode.Scalar(UInt32(0x2460 + value - 1))!)
        case 21...35: return Character(Unicode.Scalar(UInt32(0x3251 + value - 21))!)
        case 36...50: return Character(Unicode.Scalar(UInt32(0x32B1 + value - 36))!)
        default: return nil
        }
    }

    /// ⒈ … ⒛ for a decimalEnclosedFullstop list, nil past 20.
    static func fullStop(_ value: Int) -> Character? {
        (1...20).contains(value) ? Character(Unicode.Scalar(UInt32(0x2488 + value - 1))!) : nil
    }
}
