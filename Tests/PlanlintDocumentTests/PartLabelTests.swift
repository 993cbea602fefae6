import Testing

@testable import PlanlintDocument

/// Part labels (目标：, 措施：) on lines of their own end the part a paragraph opens.
@Suite struct PartLabelTests {
    private func labelLines(_ text: String) -> [Int] {
        let document = DocumentReader.document(text: text)
        var found: [Int] = []
        var offset = 0
        while let label = document.nextPartLabel(after: offset, before: document.normalized.count) {
            found.append(document.lines.line(of: label))
            offset = label
        }
        return found
    }

    @Test func aBareLabelIsAPartLabel() {
        #expect(labelLines("城南社区工会工作计划\n目标：\n入会率100%。\n主要措施：\n3月召开职代会。\n責任分工：\n主席负总责。") == [2, 4, 6])
        // Spaced out, full-width colon or half-width, blanks after it.
        #expect(labelLines("计划\n预 期 成 果：  \n职工满意。\n计划:\n开展活动。") == [2, 4])
    }

    @Test func otherLinesAreNone() {
        // Something after the colon: a paragraph that opens with a label, or a detail line.
        #expect(labelLines("计划\n目标：入会率100%。\n时间：3月\n负责人：工会主席") == [])
        // A detail's label standing bare labels an item's details; one character, or more
        // than eight, is no part's name; a numbered line is a heading.
        #expect(labelLines("计划\n活动时间：\n3月\n目：\n下半年工会工作的主要任务和具体要求：\n一、主要措施：\n开展活动。") == [])
    }
}
