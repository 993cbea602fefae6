// libFuzzer target for the language server's JSON reader (scripts/fuzz.sh json SECONDS;
// docs/reliability.md). Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer.
import Foundation
import FuzzDriver
import PlanlintLSP

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    // What is read must write out and read back to the same text: the reader and the writer
    // agree on every value either can make.
    if let value = try? JSON.parse(data) {
        let written = value.data()
        guard let again = try? JSON.parse(written), again.data() == written else {
            fatalError("JSON round trip changed \(value)")
        }
    }
    return 0
}

@_cdecl("fuzz_json_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzJSON($0, $1) }
}
