import Foundation

/// Turns the bytes of a plain-text plan into text: UTF-8 (with or without BOM), UTF-16 with
/// a BOM, or, when the bytes are not UTF-8, GB18030 as Chinese Windows editors still write
/// or Big5 as Taiwanese and Hong Kong ones do (`ChineseEncodingDetector` tells them apart).
public enum TextDecoder {
    /// Decodes `bytes`, refusing empty, oversized and binary input.
    public static func decode(_ bytes: [UInt8], path: String, limits: DocumentLimits = .default) throws
        -> DecodedText
    {
        try decode(bytes, path: path, limits: limits, normalizing: false).decoded
    }

    /// Decodes as `decode` does and, with `normalizing`, also gives the normalised text
    /// (`ScriptNormalizer`) when it could come from the same walk that checked the UTF-8:
    /// for UTF-8 with LF line breaks only (the normalised text joins lines by LF) and no
    /// second byte order mark (which the document drops).
    static func decode(_ bytes: [UInt8], path: String, limits: DocumentLimits, normalizing: Bool) throws
        -> (decoded: DecodedText, normalized: [UInt8]?)
    {
        if bytes.isEmpty { throw DocumentError(path: path, reason: .empty) }
        if bytes.count > limits.maxBytes {
            throw DocumentError(path: path, reason: .tooLarge(bytes: bytes.count, limit: limits.maxBytes))
        }
        let text: String
        let encoding: TextEncoding
        var hasBOM = false
        var normalized: [UInt8]?
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            text = try decodeUTF16(bytes.dropFirst(2), bigEndian: false, path: path)
            encoding = .utf16LittleEndian
            hasBOM = true
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            text = try decodeUTF16(bytes.dropFirst(2), bigEndian: true, path: path)
            encoding = .utf16BigEndian
            hasBOM = true
        } else {
            hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            let body = bytes[(hasBOM ? 3 : 0)...]
            let sniffed = min(bytes.count, sniffBytes)
            // The walk that checks and normalises the text also counts what `looksBinary`
            // counts (over the same first bytes), which then need not read them again.
            if normalizing, let (string, mapped, controls, hasNUL) = normalizedUTF8(body, sniffing: sniffed - (hasBOM ? 3 : 0)) {
                if hasNUL || controls * 10 > sniffed { throw DocumentError(path: path, reason: .binary) }
                text = string
                normalized = mapped
                encoding = .utf8
            } else if looksBinary(bytes) {
                throw DocumentError(path: path, reason: .binary)
            } else if let decoded = validUTF8String(body) {
                text = decoded
                encoding = .utf8
            } else if !hasBOM, let decoded = ChineseEncodingDetector.decode(bytes) {
                text = decoded.text
                encoding = decoded.encoding
            } else {
                throw DocumentError(path: path, reason: .undecodable)
            }
        }
        if text.unicodeScalars.allSatisfy({ $0 == "\u{FEFF}" }) {
            throw DocumentError(path: path, reason: .empty)
        }
        let decoded = DecodedText(text: text, encoding: encoding, hasByteOrderMark: hasBOM, lineEnding: lineEnding(of: text))
        return (decoded, normalized)
    }

    /// The text and its normalised bytes from one walk, for well-formed UTF-8 whose only
    /// line breaks are LF and that does not start with U+FEFF; nil otherwise (the caller
    /// then checks and normalises the usual way, which tells malformed bytes apart).
    /// With it, the control bytes among the first `sniffing` bytes of `body`, as
    /// `looksBinary` counts them.
    private static func normalizedUTF8(_ body: ArraySlice<UInt8>, sniffing: Int) -> (String, [UInt8], controls: Int, hasNUL: Bool)? {
        body.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, memchr(base, 0x0D, buffer.count) == nil,
                !(buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF),
                let walked = ScriptNormalizer.normalize(validating: buffer, sniffingControlsBefore: sniffing)
            else { return nil }
            return (String(wellFormedUTF8: buffer), walked.normalized, walked.controls, walked.hasNUL)
        }
    }

    /// Splits text on CRLF, LF or CR; a trailing terminator yields a final empty line so the
    /// lines joined by the file's line ending give back the file.
    public static func lines(of text: String) -> [String] {
        TextLines(text: text).strings
    }

    /// The bytes as a string when they are well-formed UTF-8. Checked by `UTF8Validation`
    /// and copied without the standard library checking them a second time.
    static func validUTF8String(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            guard UTF8Validation.isValid(buffer) else { return nil }
            return String(wellFormedUTF8: buffer)
        }
    }

    /// The terminator used most; LF when the text has a single line.
    static func lineEnding(of text: String) -> LineEnding {
        var text = text
        // Most files have no CR at all; memchr says so at memory speed.
        let hasCR = text.withUTF8 { bytes in
            bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
        }
        if !hasCR { return .lf }
        var crlf = 0
        var lf = 0
        var cr = 0
        var previousCR = false
        text.withUTF8 { bytes in
            for byte in bytes {
                if byte == 0x0A {
                    if previousCR { crlf += 1; cr -= 1 } else { lf += 1 }
                } else if byte == 0x0D {
                    cr += 1
                }
                previousCR = byte == 0x0D
            }
        }
        if crlf > lf && crlf >= cr { return .crlf }
        if cr > lf && cr > crlf { return .cr }
        return .lf
    }

    /// How many of a file's first bytes `looksBinary` reads.
    static let sniffBytes = 64 * 1024

    /// A control byte other than NUL that text does not hold (tab, line breaks, form feed
    /// and escape it may): many of them make a file binary (`looksBinary`).
    @inline(__always)
    static func isStrayControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
    }

    /// NUL bytes never occur in UTF-8, GB18030 or Big5 text; a high share of other control bytes
    /// means an image, archive or office file given the wrong extension.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let count = min(bytes.count, sniffBytes)
        var controls = 0
        return bytes.withUnsafeBytes { raw in
            var index = 0
            while index < count {
                // Sixteen, then eight bytes at a time while none is below 0x20 (the usual
                // case in text: a line break every few hundred bytes).
                while index + 16 <= count {
                    let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                    let below = ((first &- 0x2020_2020_2020_2020) & ~first) | ((second &- 0x2020_2020_2020_2020) & ~second)
                    if below & 0x8080_8080_8080_8080 != 0 { break }
                    index += 16
                }
                if index == count { break }
                if index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = raw[index]
                if byte == 0 { return true }
                if isStrayControl(byte) { controls += 1 }
                index += 1
            }
            return controls * 10 > count
        }
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws -> String {
        if body.isEmpty { throw DocumentError(path: path, reason: .empty) }
        if body.count % 2 != 0 { throw DocumentError(path: path, reason: .undecodable) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index])
            let second = UInt16(body[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw DocumentError(path: path, reason: .undecodable)
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw DocumentError(path: path, reason: .binary)
        }
        return text
    }
}
