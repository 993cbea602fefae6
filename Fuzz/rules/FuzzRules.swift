// libFuzzer target for the rule loader and the configuration loader, and for compiling and
// running whatever pack loads (scripts/fuzz.sh rules SECONDS; docs/reliability.md).
// Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer; a plain `swift build` never sees it.
import FuzzDriver
import PlanlintDocument
import PlanlintEngine
import PlanlintRules

private let sample = DocumentReader.document(
    text: """
        某某中学工会2025年工作计划
        一、民主管理
        3月召开第五届教代会第二次会议，审议20xx年工作报告。
        二、职工福利
        （一）春节、中秋节走访慰问困难职工，经费预算5万元。
        （二）组织女职工健康体检。
        某某中学工会
        2025年1月10日
        """, path: "sample.txt")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? ConfigurationLoader.parse(text, path: "fuzz/.planlint.yaml")
    // The same text as two files, so cross-file checks (duplicate ids, vocabularies) run.
    let sources = [
        RuleSource(path: "fuzz/a.yaml", text: text, folderTheme: "fuzz"),
        RuleSource(path: "fuzz/b/b.yml", text: text, folderTheme: nil),
    ]
    _ = try? RuleLoader().load(sources)
    if let pack = try? RuleLoader().load([sources[0]]) {
        let linter = Linter(rules: pack)
        _ = linter.lint(sample, options: LintOptions())
    }
    return 0
}

@_cdecl("fuzz_rules_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzRules($0, $1) }
}
