// libFuzzer target for the .docx reader (scripts/fuzz.sh docx SECONDS; docs/reliability.md).
// Input starting with "PK" is read as the whole archive; anything else is taken as
// word/document.xml and wrapped in a stored zip, so the XML parsing is reached without
// the fuzzer having to forge CRCs. Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer.
import FuzzDriver
import Foundation
import PlanlintDocument

private let limits = DocumentLimits(
    maxBytes: 4 * 1024 * 1024, maxDocxUncompressedBytes: 8 * 1024 * 1024, maxDocxEntries: 64, maxXMLDepth: 64)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(bytes: bytes, count: count)
    let archive = input.starts(with: [0x50, 0x4B]) ? input : storedZip(["word/document.xml": input])
    // The reader's own path: ZipLayout (central directory checks, bounded inflation),
    // XMLPartCheck, then the XML parsers. Before those guards were wired in, this target
    // crashed or hung within seconds (docs/reliability.md).
    if let document = try? DocumentReader.read(data: archive, path: "fuzz.docx", format: .docx, limits: limits) {
        _ = document.position(of: document.normalized.count)
    }
    // ZipLayout on its own too, on whatever it accepts.
    if let layout = try? ZipLayout(archive) {
        for entry in layout.entries.prefix(8) { _ = try? layout.extract(entry.name, from: archive, limit: 1 << 20) }
    }
    return 0
}

/// A zip holding `files` uncompressed (method 0), enough for the reader.
private func storedZip(_ files: [String: Data]) -> Data {
    var out = Data()
    var central = Data()
    func le16(_ v: Int, _ d: inout Data) { d.append(UInt8(v & 0xFF)); d.append(UInt8((v >> 8) & 0xFF)) }
    func le32(_ v: UInt32, _ d: inout Data) { for s in [0, 8, 16, 24] { d.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
    for (name, body) in files.sorted(by: { $0.key < $1.key }) {
        let offset = UInt32(out.count)
        let crc = crc32(body)
        let nameBytes = Data(name.utf8)
        le32(0x0403_4B50, &out); le16(20, &out); le16(0, &out); le16(0, &out); le16(0, &out); le16(0, &out)
        le32(crc, &out); le32(UInt32(body.count), &out); le32(UInt32(body.count), &out)
        le16(nameBytes.count, &out); le16(0, &out); out.append(nameBytes); out.append(body)
        le32(0x0201_4B50, &central); le16(20, &central); le16(20, &central); le16(0, &central); le16(0, &central)
        le16(0, &central); le16(0, &central); le32(crc, &central); le32(UInt32(body.count), &central)
        le32(UInt32(body.count), &central); le16(nameBytes.count, &central); le16(0, &central); le16(0, &central)
        le16(0, &central); le16(0, &central); le32(0, &central); le32(offset, &central); central.append(nameBytes)
    }
    let centralOffset = UInt32(out.count)
    out.append(central)
    le32(0x0605_4B50, &out); le16(0, &out); le16(0, &out); le16(files.count, &out); le16(files.count, &out)
    le32(UInt32(central.count), &out); le32(centralOffset, &out); le16(0, &out)
    return out
}

private let crcTable: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
}

private func crc32(_ data: Data) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for byte in data { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
    return c ^ 0xFFFF_FFFF
}

@_cdecl("fuzz_docx_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzDocx($0, $1) }
}
