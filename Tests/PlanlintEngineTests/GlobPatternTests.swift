import Testing
@testable import PlanlintEngine

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("plans/2019/**", "plans/2019/a/b.txt", true),
        ("plans/2019/**", "plans/2020/a.txt", false),
        ("*.txt", "a.txt", true),
        ("*.txt", "dir/a.txt", false),
        ("**/*.md", "a.md", true),
        ("**/*.md", "x/y/a.md", true),
        ("plan?.txt", "plan1.txt", true),
        ("plan[12].txt", "plan3.txt", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }
}
