import Testing

@testable import PlanlintEngine

/// A list that starts again at a 1 the reader cannot see (glued to its part's heading words in
/// a line that lost its breaks) is no step back; a 1 that is a figure (1、2月份) is no restart.
@Suite struct SequenceRestartTests {
    func numberingMessages(_ text: String) throws -> [String] {
        let report = try LintTestSupport.lint(text, rule: "kind: sequence")
        return report.findings.map(\.message.zh)
    }

    static let title = "某某中学工会2025年工作计划\n一、指导思想\n围绕学校中心工作开展工会工作。"

    @Test func aGluedFirstItemRestartsTheList() throws {
        let text = Self.title + "二、工作目标(一)提高三种能力1、提高学习能力;2、提高服务能力;3、提高创新能力。(二)建好两个阵地1、建好职工书屋;2、建好健身角。三、主要工作\n召开教代会。\n"
        #expect(try numberingMessages(text).isEmpty)
    }

    @Test func aGluedFirstItemIsNoRepeat() throws {
        // Two items in the first part: the second part's unseen 1、 would make its 2、 a repeat.
        let text = Self.title + "二、工作目标(一)提高两种能力1、提高学习能力;2、提高服务能力。(二)建好两个阵地1、建好职工书屋;2、建好健身角。三、主要工作\n召开教代会。\n"
        #expect(try numberingMessages(text).isEmpty)
    }

    @Test func aFigureIsNoRestart() throws {
        let text = Self.title + "二、工作目标(一)提高三种能力1、提高学习能力;2、提高服务能力;3、做好1、2月份慰问。(二)建好两个阵地。2、建好职工书屋;3、建好健身角。三、主要工作\n召开教代会。\n"
        #expect(try numberingMessages(text).count == 1)
    }

    @Test func aStepBackWithoutAnyRestartIsReported() throws {
        let text = Self.title + "二、工作目标\n1、提高学习能力。\n2、提高服务能力。\n3、提高创新能力。\n2、建好职工书屋。\n"
        #expect(try numberingMessages(text).count == 1)
    }

    // 一是 marks: an item that lists its own points restarts the marks, and the paragraph's
    // list then resumes with its next number.
    @Test func aNestedEnumerationHandsBackToTheOuterList() throws {
        let text = Self.title + "二、主要工作\n一是完善维权机制。二是健全协商机制：一是抓好劳动合同签订；二是推进集体合同；三是开展法律援助。三是推进厂务公开。四是加强自身建设。\n"
        #expect(try numberingMessages(text).isEmpty)
    }

    @Test func aRepeatWithoutANestedListIsReported() throws {
        let text = Self.title + "二、主要工作\n一是完善维权机制；二是健全协商机制；三是开展法律援助；三是推进厂务公开。\n"
        #expect(try numberingMessages(text) == ["消息 三是「三是」重复"])
    }

    @Test func theOuterListResumesAfterTwoNestedPoints() throws {
        let text = Self.title + "二、主要工作\n一是完善机制；二是健全制度；三是抓好落实：一是签订合同；二是推进协商。四是推进公开。\n"
        #expect(try numberingMessages(text).isEmpty)
    }

    @Test func aSkipAfterANestedListIsReported() throws {
        // 五是 is neither the nested list's next (四是) nor the outer list's (三是).
        let text = Self.title + "二、主要工作\n一是完善机制；二是健全制度：一是签订合同；二是推进协商；三是开展援助。五是推进公开。\n"
        #expect(try numberingMessages(text) == ["消息 五是「三是」之后是「五是」"])
    }
}
