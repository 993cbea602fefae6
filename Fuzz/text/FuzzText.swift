// libFuzzer target for text decoding and section parsing: bytes → TextDecoder → lines →
// markdown/sections/metadata (scripts/fuzz.sh text SECONDS; docs/reliability.md).
// Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer; a plain `swift build` never sees it.
import FuzzDriver
import Foundation
import PlanlintDocument

private let limits = DocumentLimits(maxBytes: 4 * 1024 * 1024)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    for format in [DocumentFormat.text, .markdown] {
        if let document = try? DocumentReader.read(data: data, path: "fuzz.\(format.rawValue)", format: format, limits: limits) {
            touch(document)
        }
    }
    // Text that arrives already decoded (LSP, rule self-tests).
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    touch(DocumentReader.document(text: text, path: "fuzz.md", format: .markdown))
    touch(DocumentReader.document(text: text, path: "fuzz.docx", format: .docx))
    return 0
}

/// Walks what the engine walks, so position arithmetic is exercised too.
private func touch(_ document: PlanDocument) {
    for heading in document.headings { _ = document.position(of: heading.range.lowerBound) }
    for sentence in document.sentences.prefix(64) {
        _ = document.text(sentence)
        _ = document.position(of: sentence.upperBound)
        _ = document.originalLine(containing: sentence.lowerBound)
    }
    _ = document.position(of: document.normalized.count)
}

@_cdecl("fuzz_text_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzText($0, $1) }
}
