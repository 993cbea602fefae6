// libFuzzer target for the YAML layer (scripts/fuzz.sh yaml SECONDS; docs/reliability.md).
// Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer; a plain `swift build` never sees it.
import PlanlintYAML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    // The default limits, and tight ones so budget and depth errors are reached too.
    _ = try? YAMLParser().parseAll(text)
    _ = try? YAMLParser(nodeBudget: 200, maxDepth: 6).parseAll(text)
    return 0
}

// SwiftPM links executables with `main` renamed to `<module>_main`, so libFuzzer's own main
// is never linked: start its driver from that entry point instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("fuzz_yaml_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzYAML($0, $1) }
}
