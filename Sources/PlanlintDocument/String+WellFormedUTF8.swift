extension String {
    /// A string of bytes the caller knows to be well-formed UTF-8 (checked once when the
    /// file was read, or built from strings), copied without checking them again: messages
    /// and placeholder values are cut from the normalised text thousands of times per run,
    /// and the standard library's check was a fiftieth of a JSON run.
    ///
    /// Only for whole scalars of well-formed text; a slice that starts or ends inside a
    /// character falls back to the checking initialiser (which repairs it) rather than
    /// making a malformed string.
    public init(wellFormedUTF8 bytes: UnsafeBufferPointer<UInt8>, followedBy next: UInt8? = nil) {
        let startsScalar = bytes.first.map { $0 & 0xC0 != 0x80 } ?? true
        let endsScalar = next.map { $0 & 0xC0 != 0x80 } ?? true
        if startsScalar, endsScalar {
            self.init(copying: UTF8Span(unchecked: bytes.span))
        } else {
            self.init(decoding: bytes, as: UTF8.self)
        }
    }

    /// The same for a slice of a well-formed array: the byte after the slice tells whether
    /// it ends on a character boundary.
    public init(wellFormedUTF8 bytes: [UInt8], _ range: Range<Int>) {
        let next = range.upperBound < bytes.count ? bytes[range.upperBound] : nil
        self = bytes.withUnsafeBufferPointer {
            String(wellFormedUTF8: UnsafeBufferPointer(rebasing: $0[range]), followedBy: next)
        }
    }

    /// A string of `scalars`, encoded into one UTF-8 buffer. `String(String.UnicodeScalarView(
    /// slice))` appended them one at a time through the view's generic path, about 400
    /// instructions a scalar: most of cutting a title's words or a year from its scalars.
    init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 4)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self = bytes.withUnsafeBufferPointer { String(wellFormedUTF8: $0) }
    }
}
