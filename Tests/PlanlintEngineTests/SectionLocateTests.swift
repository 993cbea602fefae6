import Foundation
import PlanlintBundledRules
import PlanlintDocument
import PlanlintRules
import PlanlintTestSupport
import Testing

@testable import PlanlintEngine

/// Section rules find their heading from the occurrences of its words; this compares that
/// with asking each heading in turn, for every section rule of the bundled pack, on the
/// real plans of ../shared/corpus and the Examples, and on random plans made of headings.
@Suite struct SectionLocateTests {
    static let pack = CompiledPack(pack: (try? BundledRules.pack.get()) ?? RulePack(rules: []))
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func compare(_ document: PlanDocument) -> Int {
        let context = LintContext(document: document, pack: Self.pack, metadata: document.metadata)
        var found = 0
        for rule in Self.pack.pack.rules {
            guard case .section(let spec) = rule.kind else { continue }
            let check = SectionCheck(spec: spec)
            let fast = check.locate(in: context)
            let slow = check.locate(in: context, byOccurrence: false)
            #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1, "\(rule.id) in \(document.path)")
            // All the headings a section rule weighs, in the same order both ways.
            let fastAll = check.candidates(in: context, limit: SectionCheck.maxCandidates)
            let slowAll = check.candidates(in: context, byOccurrence: false, limit: SectionCheck.maxCandidates)
            #expect(fastAll.map(\.0) == slowAll.map(\.0) && fastAll.map(\.1) == slowAll.map(\.1), "\(rule.id) in \(document.path)")
            if fast != nil { found += 1 }
        }
        return found
    }

    @Test func realPlansLocateTheSameSections() throws {
        var files: [URL] = []
        for folder in ["../shared/corpus/seeds", "Examples"] {
            let url = Self.root.appendingPathComponent(folder)
            files += (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
        }
        var found = 0
        for file in files where DocumentFormat(path: file.path) != nil {
            guard let document = try? DocumentReader.read(path: file.path) else { continue }
            found += compare(document)
        }
        #expect(found > 10)
    }

    @Test func randomPlansLocateTheSameSections() {
        let headings = ["一、指导思想", "二、工作目标", "（一）保障措施", "三、主要任务", "1、工作安排", "保障措施：", "【第一篇】", "四、经费保障"]
        let bodies = ["加强学习。", "全年开展三次活动，预算5万元。", "工作目标明确，保障措施到位。", "", "指导思想是……"]
        var generator = TestRandom()
        for _ in 0..<200 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                lines.append(headings.randomElement(using: &generator)!)
                lines.append(bodies.randomElement(using: &generator)!)
            }
            _ = compare(DocumentReader.document(text: lines.joined(separator: "\n")))
        }
    }
}
