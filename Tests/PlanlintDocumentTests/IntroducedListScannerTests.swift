import Testing

@testable import PlanlintDocument

/// Lists announced by the line before them (具体工作安排如下：), and how far the section of
/// such a line reaches. The plans are our own wording.
@Suite struct IntroducedListScannerTests {
    private func announces(_ line: String) -> Bool {
        let document = DocumentReader.document(text: line)
        return IntroducedListScanner.announcesList(ScalarScanner(bytes: document.normalized), in: document.blocks[0].range)
    }

    @Test func linesThatAnnounceAList() {
        #expect(announces("具体工作安排如下："))
        #expect(announces("主要做好以下几项工作:"))
        #expect(announces("今年，工会将重点从以下几个方面开展工作："))
        #expect(announces("请各分会做好下列工作："))
        #expect(announces("具体安排如下"))
        #expect(announces("**具体工作安排如下：**"))
        #expect(announces("具體工作安排如下:"))
        // A last clause of a few words and a colon.
        #expect(announces("主要工作："))
        #expect(announces("二、工作措施："))
        #expect(announces("结合单位实际，计划今年工会主要工作："))
    }

    @Test func linesThatAnnounceNoList() {
        // 以下 in an earlier clause and a long last clause; a long last clause with a colon but
        // no 如下 or 以下; a heading without a colon; a sentence.
        #expect(!announces("以下工作由工会负责，各科室要按照职责分工密切配合积极参与："))
        #expect(!announces("年满35周岁以下的职工均可报名。"))
        #expect(!announces("全年工作将按照上下两个学期分阶段有序推进："))
        #expect(!announces("二、工作措施"))
        #expect(!announces("以下简称工会"))
        #expect(!announces("如下图所示。"))
    }

    /// A plan that lists its aims 1、…3、 and then its tasks 1、…4、 after an intro line: the
    /// outline makes both lists one level, so the intro stands inside aim 3.
    static let restartedList = """
        2025年机关工会工作计划
        今年工会工作主要围绕以下几个方面展开：
        1、发挥职代会作用，推进民主管理。
        2、维护职工合法权益。
        3、丰富职工文化生活。
        具体工作安排如下：
        1、召开第三届职代会第二次会议，审议工会工作报告和经费收支报告。
        2、组织职工健步走活动，由工会文体委员牵头。
        3、开展“安康杯”知识竞赛，各科室选派代表参加。
        4、年底前走访慰问困难职工，每户慰问金800元。
        """

    @Test func anIntroLineAfterAnItemOpensAListOfItsOwn() throws {
        let document = DocumentReader.document(text: Self.restartedList)
        let lists = document.sections.lists
        #expect(lists.map { document.text($0.intro) } == ["今年工会工作主要围绕以下几个方面展开:", "具体工作安排如下:"])
        guard lists.count == 2 else { return }
        // The aims end where the numbering starts again; the tasks run to the end.
        #expect(document.text(lists[0].items).hasPrefix("1、发挥职代会作用"))
        #expect(document.text(lists[0].items).hasSuffix("丰富职工文化生活。\n具体工作安排如下:\n"))
        #expect(lists[1].items.upperBound == document.normalized.count)
        // Neither intro is a heading's whole body: the first follows the title, the second
        // the aims' last item, which does not own the tasks.
        #expect(lists.map(\.owner) == [nil, nil])
        let intro = try #require(document.blocks.first { document.text($0.range) == "具体工作安排如下:" })
        #expect(document.sections.listEnd(introducedAt: intro.range.lowerBound) == document.normalized.count)
        #expect(document.sections.listEnd(introducedAt: intro.range.lowerBound + 1) == nil)
    }

    @Test func aHeadingThatAnnouncesAListSpansItsSiblingItems() throws {
        // （一） appears before 一、, so the outline nests 一、 under the （一） items and the
        // tasks （一）…（三） after 一、 come out as its siblings.
        let document = DocumentReader.document(text: """
            （一）全年召开职代会1次。
            （二）会员入会率保持100%。
            一、具体工作安排如下：
            （一）召开职代会。
            （二）举办职工运动会。
            （三）年底慰问困难职工。
            二、保障措施
            工会主席负总责。
            """)
        let index = try #require(document.headings.firstIndex { document.text($0.titleRange) == "具体工作安排如下" })
        let node = document.sections.nodes[index + 1]
        #expect(node.headingIndex == index)
        #expect(document.text(node.range) == "一、具体工作安排如下:\n")
        #expect(document.text(node.extent).hasSuffix("(三)年底慰问困难职工。\n"))
        #expect(document.sections.lists.map(\.owner) == [index + 1])
    }

    @Test func anItemThatAnnouncesAListOfItsOwnStyleSpansIt() throws {
        // The intro is the third aim; the tasks are numbered again from 1 beside it.
        let document = DocumentReader.document(text: """
            1、全年召开职代会1次。
            2、会员入会率保持100%。
            3、具体工作安排如下：
            1、召开职代会。
            2、举办职工运动会。
            """)
        let index = try #require(document.headings.firstIndex { document.text($0.titleRange) == "具体工作安排如下" })
        let node = document.sections.nodes[index + 1]
        #expect(document.text(node.range) == "3、具体工作安排如下:\n")
        #expect(node.extent.upperBound == document.normalized.count)
    }

    @Test func aHeadingWhoseBodyIsAnIntroOwnsTheList() throws {
        let document = DocumentReader.document(text: """
            （一）以职工为中心，围绕单位中心工作。
            一、主要工作
            今年重点做好以下几项工作：
            （一）召开职代会。
            （二）举办职工运动会。
            二、保障措施
            工会主席负总责，每季度检查一次进度。
            """)
        let index = try #require(document.headings.firstIndex { document.text($0.titleRange) == "主要工作" })
        let node = document.sections.nodes[index + 1]
        #expect(document.text(node.range) == "一、主要工作\n今年重点做好以下几项工作:\n")
        #expect(document.text(node.extent).hasSuffix("(二)举办职工运动会。\n"))
    }

    @Test func noListWithoutAFirstItemOrASecond() {
        // The next block does not start at 1, or the list has one item, or no intro line.
        for text in [
            "具体工作安排如下：\n2、召开职代会。\n3、举办运动会。",
            "具体工作安排如下：\n1、召开职代会。\n二、保障措施",
            "具体工作安排如下：\n3月召开职代会，5月举办运动会。",
            "全年工作将按照上下两个学期分阶段有序推进：\n1、召开职代会。\n2、举办运动会。",
            "具体工作安排如下：\n三月份\n召开职代会。\n四月份\n举办运动会。",
        ] {
            #expect(DocumentReader.document(text: text).sections.lists.isEmpty, "\(text)")
        }
    }

    @Test func aListEndsAtTheNextPartAndTakesInItsSubitems() throws {
        let document = DocumentReader.document(text: """
            # 一、工作目标
            1、入会率保持100%。
            2、全年召开职代会1次。
            具体工作如下：
            1、开展培训。
            （1）上半年培训工会小组长。
            （2）下半年培训女工委员。
            2、慰问职工。
            # 二、保障措施
            工会主席负总责。
            """)
        let list = try #require(document.sections.lists.first)
        #expect(document.text(list.intro) == "具体工作如下:")
        #expect(document.text(list.items).hasPrefix("1、开展培训。"))
        #expect(document.text(list.items).contains("(2)下半年培训女工委员。\n2、慰问职工。"))
        #expect(!document.text(list.items).contains("保障措施"))
    }

    @Test func anItemOneBeforeAFigureStillOpensTheList() throws {
        // 1、3月… is no heading (1、3 reads as two numbers); 2、 after it is.
        let document = DocumentReader.document(text: """
            1、全年召开职代会1次。
            2、会员入会率保持100%。
            重点做好以下工作：
            1、3月上旬召开职代会，审议工会工作报告。
            2、组织职工运动会。
            3、慰问困难职工。
            """)
        let list = try #require(document.sections.lists.first)
        #expect(document.text(list.intro) == "重点做好以下工作:")
        #expect(document.text(list.items).hasPrefix("1、3月上旬"))
        #expect(list.items.upperBound == document.normalized.count)
    }
}
