import Testing

@testable import PlanlintDocument

@Suite struct ProfileWordsTests {
    /// The table of body words inside other profiles' words, built on one buffer and passing
    /// over pairs by their bytes, holds exactly what comparing every pair at every offset finds,
    /// in the same order.
    @Test func containmentsAreEveryPairCompared() {
        let lists = ProfileWords.body.map { $0.map { ScriptNormalizer.normalizedBytes($0) } }
        var expected: [(Int, Int, Int, Int, Int)] = []
        for (innerProfile, innerWords) in lists.enumerated() {
            for (innerWord, needle) in innerWords.enumerated() {
                for (outerProfile, outerWords) in lists.enumerated() where outerProfile != innerProfile {
                    for (outerWord, haystack) in outerWords.enumerated() where haystack.count > needle.count {
                        let times = (0...(haystack.count - needle.count)).filter { haystack[$0...].starts(with: needle) }.count
                        if times > 0 { expected.append((innerProfile, innerWord, outerProfile, outerWord, times)) }
                    }
                }
            }
        }
        let found = ProfileWords.containments.map { ($0.inner.profile, $0.inner.word, $0.outer.profile, $0.outer.word, $0.times) }
        #expect(found.count == expected.count)
        #expect(zip(found, expected).allSatisfy { $0 == $1 })
        // 企业工会 (a firm's) inside 新建企业工会 (a federation's) is among them.
        let body = ProfileWords.body
        #expect(
            ProfileWords.containments.contains { entry in
                body[entry.inner.profile][entry.inner.word] == "企业工会" && body[entry.outer.profile][entry.outer.word] == "新建企业工会"
            })
    }
}
