/// Scalars that matter when reading structure, by their code point.
enum Mark {
    static let ideographicComma: UInt32 = 0x3001  // 、
    static let ideographicStop: UInt32 = 0x3002  // 。
    static let leftLenticular: UInt32 = 0x3010  // 【
    static let rightLenticular: UInt32 = 0x3011  // 】
    static let leftDoubleQuote: UInt32 = 0x201C  // “
    static let rightDoubleQuote: UInt32 = 0x201D  // ”
    static let leftTitleMark: UInt32 = 0x300A  // 《
    static let rightTitleMark: UInt32 = 0x300B  // 》
    static let di: UInt32 = 0x7B2C  // 第
    static let pian: UInt32 = 0x7BC7  // 篇
    static let shi: UInt32 = 0x662F  // 是
    static let yue: UInt32 = 0x6708  // 月
    static let fen: UInt32 = 0x4EFD  // 份
    static let ri: UInt32 = 0x65E5  // 日
    static let hao: UInt32 = 0x53F7  // 号
    static let ji: UInt32 = 0x5B63  // 季
    static let du: UInt32 = 0x5EA6  // 度
    static let tiao: UInt32 = 0x6761  // 条
    static let nian: UInt32 = 0x5E74  // 年

    /// Ends a sentence: 。！？；!?; (full-width forms are ASCII after normalisation).
    @inline(__always)
    static func endsSentence(_ scalar: UInt32) -> Bool {
        scalar == ideographicStop || scalar == 0x21 || scalar == 0x3F || scalar == 0x3B
    }

    /// Closing quotes and brackets that belong to the sentence they close.
    @inline(__always)
    static func isCloser(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x201D, 0x2019, 0x301D, 0x301E, 0x301F, 0x300D, 0x300F, 0x3011, 0x29, 0x22, 0x27, 0x300B: return true
        default: return false
        }
    }

    /// Punctuation after which a new item can begin inside a line.
    @inline(__always)
    static func isBreak(_ scalar: UInt32) -> Bool {
        endsSentence(scalar) || scalar == 0x3A
    }

    /// Punctuation that may close a heading's words (。；：:，,).
    @inline(__always)
    static func endsTitle(_ scalar: UInt32) -> Bool {
        isBreak(scalar) || scalar == 0x2C
    }
}
