import PlanlintDocument
import Testing

@testable import PlanlintEngine

/// Messages quote the plan as it is written: traditional characters and full-width marks,
/// not the simplified, half-width text the rules read.
@Suite struct WrittenTextTests {
    private func message(_ text: String, rule: String) throws -> String? {
        try LintTestSupport.lint(text, rule: rule).findings.first?.message.zh
    }

    @Test func forbidQuotesTraditionalCharacters() throws {
        let found = try message("本文由精編資料網整理，僅供參考。", rule: "kind: forbid\nmatch: [精编资料]")
        #expect(found == "消息 精編資料")
    }

    @Test func forbidQuotesFullWidthMarks() throws {
        let found = try message("开展太极，、羽毛球比赛。", rule: "kind: forbid\nmatch: [',、']")
        #expect(found == "消息 ，、")
    }

    @Test func weakMentionIsQuotedAsWritten() throws {
        let rule = "kind: require\nmatch: [职代会]\nweak_unless: [time]\nweak_message: \"弱 {match}\"\nweak_message_en: \"weak {match}\""
        let findings = try LintTestSupport.lint("要開好職代會，發揮民主管理作用。", rule: rule).findings
        #expect(findings.first?.message.zh == "弱 職代會")
    }

    @Test func substitutionQuotesTheWrongWordAsWritten() throws {
        let findings = try LintTestSupport.lint("為廣大職工效勞。", rule: "kind: substitute\nreplace: {效劳: 服务}").findings
        #expect(findings.first?.message.zh == "消息 效勞服務")
        #expect(findings.first?.fix?.replacement == "服務")
    }

    @Test func simplifiedTextIsQuotedUnchanged() throws {
        #expect(try message("精编资料，供您参考", rule: "kind: forbid\nmatch: [精编资料]") == "消息 精编资料")
    }

    @Test func textWithHiddenPinyinKeepsTheReadableWords() throws {
        // The original holds the annotations between the characters; the message quotes the
        // words the rule matched.
        let found = try message("精(jīng)编(biān)资(zī)料(liào)", rule: "kind: forbid\nmatch: [精编资料]")
        #expect(found == "消息 精编资料")
    }
}
