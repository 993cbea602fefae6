extension ScalarScanner {
    /// The ASCII scalars `nextMark` stops at, as bits: bit `b` for byte `b`. Every such mark
    /// is below 0x40, so one word holds them, passed in a register: an array of 256 steps,
    /// tried first, cost a retain, a release and a lazy global's check on every call.
    struct MarkStops {
        let ascii: UInt64

        /// The marks a walk over a line or a heading reads: the breaks and commas (: ; ! ? ,
        /// and, led by E3, 。 and 、, which `nextMark` always stops at), spaces (\t \v \f \r
        /// and U+0020), and the filler of hidden pinyin (a walk reads the scalar after fillers
        /// from the first filler's offset, and so must its caller).
        static var punctuation: MarkStops { MarkStops(ascii: 0x8C00_1003_0000_3A02) }
        /// The same and the digits, where a figure may open a line's next item (1、 2、 …).
        static var punctuationAndDigits: MarkStops { MarkStops(ascii: 0x8FFF_1003_0000_3A02) }
    }

    /// The offset of the first scalar from `start` before `end` that `stops` marks, or 、 or
    /// 。, else `end`; and how many scalars lie before it.
    ///
    /// Walks that look only at marks (where a line's items may start, where a heading's words
    /// end) pass over everything else on its lead byte alone: three ideographs a load
    /// (`IdeographLeads`), any other character by its length. Decoding the figures, Latin
    /// letters and other marks between the ideographs and testing each against every case
    /// was most of segmenting a line.
    @inline(__always)
    func nextMark(from start: Int, end: Int, stops: MarkStops) -> (offset: Int, scalars: Int) {
        bytes.withUnsafeBufferPointer { bytes in
            guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return (end, 0) }
            var at = start
            var scalars = 0
            while at < end {
                let lead = bytes[at]
                if lead < 0x80 {
                    if lead < 0x40, stops.ascii &>> UInt64(lead) & 1 != 0 { break }
                    at &+= 1
                } else if lead &- 0xE4 <= 0xE9 - 0xE4 {
                    // An ideograph: three at a time while three lie before `end` (which is
                    // within the bytes, so a load of eight before it is too), else this one.
                    if at &+ 9 <= end, IdeographLeads.threeAt(raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) {
                        at &+= 9
                        scalars &+= 3
                        continue
                    }
                    at &+= 3
                } else if lead < 0xE0 {
                    at &+= 2
                } else if lead < 0xF0 {
                    // E3 leads 、 (E3 80 81) and 。 (E3 80 82), and marks passed over.
                    if lead == 0xE3, bytes[at &+ 1] == 0x80, bytes[at &+ 2] == 0x81 || bytes[at &+ 2] == 0x82 { break }
                    at &+= 3
                } else {
                    at &+= 4
                }
                scalars &+= 1
            }
            return (at, scalars)
        }
    }
}
