import Testing

@testable import PlanlintDocument

/// A mention's scope inside a block longer than a paragraph (a web page run into one line)
/// is narrowed to its item, its sentence or its clauses; ordinary paragraphs keep theirs.
@Suite struct ScopeWindowTests {
    /// About 150 characters of plan prose with no figure, no 。 and no item marker.
    private let filler = String(repeating: "坚持以职工为中心,不断提高服务水平,切实增强工会组织的吸引力和凝聚力,", count: 5)

    /// The window around the first occurrence of `word`, as text.
    private func window(_ text: String, around word: String) -> String {
        let document = DocumentReader.document(text: text)
        let offset = Array(document.normalized).firstRange(of: Array(word.utf8))!.lowerBound
        let block = document.blockIndex(containing: offset)!
        let window = document.scopeWindow(ofBlock: block, sentences: document.sentences(in: document.blocks[block]))
        return document.text(document.bounded(document.blocks[block].range, around: offset, in: window))
    }

    @Test func aParagraphOfOrdinaryLengthIsLeftAsItIs() {
        let text = "召开教代会,审议工会工作报告。会议定于3月中旬举行。"
        #expect(window(text, around: "教代会") == text)
        #expect(!DocumentReader.document(text: filler + filler).isLongScope(0..<3))
    }

    @Test func aLongBlockIsCutAtTheItemsInsideIt() {
        // Items after commas, which the segmenter leaves inside the block.
        let text = "全年工作安排如下,1、召开教代会,审议工会工作报告," + filler + "2、三月组织职工体检," + filler
        #expect(window(text, around: "教代会") == "1、召开教代会,审议工会工作报告," + filler)
        #expect(window(text, around: "体检").hasPrefix("2、三月组织职工体检"))
        // 一是 二是 start items too, and a circled number does anywhere.
        let enumerated = filler + "一是召开教代会;二是三月组织职工体检;" + filler + "①开展文体活动" + filler
        #expect(window(enumerated, around: "教代会") == "一是召开教代会;")
        #expect(window(enumerated, around: "文体") == "①开展文体活动" + filler)
    }

    @Test func aLongItemNarrowsToTheSentencesAroundTheMention() {
        let text = filler + "。召开教代会。时间定于三月上旬。" + filler + "。做好职工体检工作。" + filler
        // The sentences after the mention's first, as many whole ones as fit a paragraph.
        #expect(window(text, around: "教代会") == "召开教代会。时间定于三月上旬。")
        #expect(window(text, around: "体检") == "做好职工体检工作。")
        // A sentence longer than the window is cut to its clauses.
        let long = window(filler + "今年三月召开教代会。" + filler + filler, around: "教代会")
        #expect(long.hasSuffix("今年三月召开教代会。") && long.unicodeScalars.count <= ScopeWindow.windowScalars)
    }

    @Test func aSentenceRunOnWithCommasNarrowsToItsClauses() {
        let text = filler + "召开教代会,审议工会工作报告,时间定于三月上旬," + filler + "做好职工体检工作," + filler
        let clauses = window(text, around: "教代会")
        #expect(clauses.contains("召开教代会,审议工会工作报告,时间定于三月上旬,"))
        #expect(clauses.unicodeScalars.count <= ScopeWindow.windowScalars)
        #expect(!window(text, around: "体检").contains("三月"))
    }

    @Test func traditionalScriptIsCutTheSameWay() {
        let simplified = "全年工作安排如下,1、召开教代会,审议工会工作报告," + filler + "2、三月组织职工体检," + filler
        let traditional = "全年工作安排如下,1、召開教代會,審議工會工作報告," + filler + "2、三月組織職工體檢," + filler
        // The window is found on the normalised text, where 召開 reads 召开 (document.text gives it so).
        #expect(window(traditional, around: "召开").unicodeScalars.count == window(simplified, around: "召开").unicodeScalars.count)
        #expect(window(traditional, around: "体检").hasPrefix("2、三月组织职工体检"))
    }

    @Test func onlyItemMarkersStartItems() {
        let document = DocumentReader.document(text: "安排如下,1、学习,(二)培训,三、四月份开展竞赛,第1、2季度,⑶慰问")
        let (starts, clauseEnds) = PlanDocument.itemStartsAndClauseEnds(in: document.blocks[0].range, text: ScalarScanner(bytes: document.normalized))
        #expect(starts.map { document.text($0..<document.blocks[0].range.upperBound).prefix(1) } == ["1", "("])
        // ⑶ after a comma opens an item of its own already, as the reader cuts the line there.
        #expect(document.blocks.count == 2 && document.text(document.blocks[1].range).hasPrefix("⑶"))
        // Clauses end after each comma and 、 but a marker's own.
        let lastCharacters = clauseEnds.map { document.text(document.blocks[0].range.lowerBound..<$0).last.map(String.init) ?? "" }
        #expect(lastCharacters == [",", ",", ",", "、", ",", "、", ","])
    }
}
