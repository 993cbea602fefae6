// libFuzzer target for the .docx reader (scripts/fuzz.sh docx SECONDS; docs/reliability.md).
// Input starting with "PK" is read as the whole archive; anything else is taken as
// word/document.xml and wrapped in a stored zip, so the XML parsing is reached without
// the fuzzer having to forge CRCs. Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer.
import FuzzDriver
import Foundation
import PlanlintDocument
import PlanlintTestSupport

private let limits = DocumentLimits(
    maxBytes: 4 * 1024 * 1024, maxDocxUncompressedBytes: 8 * 1024 * 1024, maxDocxEntries: 64, maxXMLDepth: 64)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(bytes: bytes, count: count)
    let archive = input.starts(with: [0x50, 0x4B]) ? input : ZipWriter.archive([("word/document.xml", .stored(input))])
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

@_cdecl("fuzz_docx_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzDocx($0, $1) }
}
