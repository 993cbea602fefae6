import Foundation

/// Refuses .docx XML parts that Foundation's XMLParser cannot be trusted with.
///
/// Not UTF-8: swift-corelibs-foundation force-unwraps the UTF-8 decoding of comments and
/// processing instructions, so `<!-- \u{FF} -->` in word/document.xml (or styles.xml)
/// killed the whole run with SIGILL (found by the docx fuzz target). Word, LibreOffice and
/// pandoc all write UTF-8, so any other byte sequence is refused before parsing.
///
/// A DTD: a .docx part never has a DOCTYPE (Word itself rejects one), and a DTD is the only way
/// to declare entities. Foundation's XMLParser on Linux (libxml2) does not deliver entity
/// text, but still expands every reference internally: a 1 KB document.xml declaring a
/// 100 KB entity and using it 80,000 times kept the reader busy for 37 s, and the time grows
/// with the number of references. Refusing the DTD before parsing closes that, billion
/// laughs and external entities (file:// reads) at once, whatever libxml2 version is installed.
///
/// The search is for the bare word DOCTYPE, so an encoding declaration that makes libxml2
/// re-read the bytes (UTF-7 encodes '<' but not letters; UTF-16/UCS-4 spellings are searched
/// too) cannot hide it. A plan whose text contains the word DOCTYPE is refused as well, a
/// price worth paying.
public enum XMLPartCheck {
    public static func problem(in xml: Data, part: String) -> String? {
        let isUTF8 = xml.withUnsafeBytes { raw in UTF8Validation.isValid(raw.bindMemory(to: UInt8.self)) }
        if !isUTF8 { return "\(part) is not UTF-8 XML" }
        let word = Array("DOCTYPE".utf8)
        let patterns: [[UInt8]] = [
            word,
            word.flatMap { [$0, 0] }, word.flatMap { [0, $0] },
            word.flatMap { [$0, 0, 0, 0] }, word.flatMap { [0, 0, 0, $0] },
        ]
        for pattern in patterns where contains(xml, pattern) {
            return "\(part) declares a DTD (<!DOCTYPE>), which a .docx never has; refused so no entity is expanded or fetched"
        }
        return nil
    }

    /// memchr for the first byte, memcmp for the rest: fast on the 100 MB a part may reach.
    private static func contains(_ data: Data, _ pattern: [UInt8]) -> Bool {
        data.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else {
                    return false
                }
                var offset = 0
                let last = haystack.count - needle.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
