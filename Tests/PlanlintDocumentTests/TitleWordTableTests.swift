import Testing

@testable import PlanlintDocument

@Suite struct TitleWordTableTests {
    /// The table counts each profile's title words as asking `titleNames` of every word does:
    /// a word inside a longer word of another profile (供电局, 工委, 提高中) left out, places apart.
    @Test func countsAsEveryWordAskedDoes() {
        let titles = [
            "供电局工会上半年工作总结范文", "铁路局工会2025年工作计划", "交通局工会2025年工作计划", "城西街道工委2025年工作计划",
            "区委机关工会2025年工作计划", "机关事业单位工会", "事业单位及下属单位工会", "提高中层干部素质工作方案", "城南一中工会工作计划",
            "第一中心医院工会工作计划", "青山镇中心小学工会工作计划", "城西街道总工会2025年工作要点", "乡镇工会工作计划", "全国中小学工会工作要点",
            "医学院附属医院工会工作计划", "2025年工会工作计划", "", "镇镇镇", "局局工会",
        ]
        let words = MetadataExtractor.profileWords.map(\.title)
        for title in titles {
            var expected = [Int](repeating: 0, count: words.count)
            var places = 0
            for (profile, list) in words.enumerated() {
                for word in list where MetadataExtractor.titleNames(title, word) {
                    if MetadataExtractor.placeTitleWords.contains(word) { places += 1 } else { expected[profile] += 1 }
                }
            }
            var text = title
            let found = text.withUTF8 { MetadataExtractor.titleWordTable.counts(in: $0) }
            #expect(found.counts == expected, "\(title)")
            #expect(found.places == places, "\(title)")
        }
    }

    /// Occurrences overlap, and an empty word occurs nowhere.
    @Test func occurrencesOverlap() {
        var text = "镇镇镇工会"
        #expect(text.withUTF8 { TitleWordTable.occurrences(of: Array("镇镇".utf8), in: $0) } == 2)
        #expect(text.withUTF8 { TitleWordTable.occurrences(of: Array("镇".utf8), in: $0) } == 3)
        #expect(text.withUTF8 { TitleWordTable.occurrences(of: [], in: $0) } == 0)
        #expect(text.withUTF8 { TitleWordTable.occurrences(of: Array("学校".utf8), in: $0) } == 0)
    }
}
