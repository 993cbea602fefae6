// libFuzzer target for the YAML layer (scripts/fuzz.sh yaml SECONDS; docs/reliability.md).
// Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer; a plain `swift build` never sees it.
import FuzzDriver
import PlanlintYAML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    // The default limits, and tight ones so budget and depth errors are reached too.
    // A tree that parses survives the build-time archive unchanged, and the input read as
    // an archive is refused or read, never a trap.
    if let documents = try? YAMLParser().parseAll(text) {
        guard (try? YAMLNodeArchive.decode(YAMLNodeArchive.encode(documents))) == documents else {
            fatalError("YAML archive round trip changed the trees")
        }
    }
    _ = try? YAMLNodeArchive.decode(text)
    _ = try? YAMLParser(nodeBudget: 200, maxDepth: 6).parseAll(text)
    return 0
}

@_cdecl("fuzz_yaml_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzYAML($0, $1) }
}
