import Foundation
import PlanlintRules
import Testing

@testable import PlanlintLSP

/// The outline (`textDocument/documentSymbol`) and hover (`textDocument/hover`) of an open plan.
@Suite struct LanguageServerOutlineTests {
    static let uri = "file:///tmp/planlint-outline/plan.md"

    /// A server with the test rules and one document opened; returns the server.
    static func open(_ text: String, options: JSON = [:]) throws -> LanguageServer {
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["initializationOptions": options]])
        _ = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]],
        ])
        return server
    }

    static func request(_ server: LanguageServer, _ method: String, _ params: JSON) -> JSON {
        var params = params
        if case .object(var fields) = params {
            fields["textDocument"] = ["uri": .string(uri)]
            params = .object(fields)
        }
        return server.handle(["jsonrpc": "2.0", "id": 7, "method": .string(method), "params": params]).first?["result"] ?? .null
    }

    @Test func capabilitiesOfferOutlineAndHover() {
        let server = LanguageServer(packLoader: { _ in RulePack(rules: []) })
        let reply = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
        #expect(reply.first?["result"]["capabilities"]["documentSymbolProvider"] == .bool(true))
        #expect(reply.first?["result"]["capabilities"]["hoverProvider"] == .bool(true))
    }

    @Test func outlineNestsTheSectionsAsTheRulesReadThem() throws {
        let text = """
            # 城南中学工会2025年工作计划
            一、指导思想
            以职工需求为导向。
            二、主要任务
            （一）民主管理
            3月召开教代会。
            （二）文体活动
            5月举办运动会。
            三、保障措施
            工会主席负总责。
            """
        let server = try Self.open(text)
        let symbols = Self.request(server, "textDocument/documentSymbol", [:]).array ?? []
        func names(_ symbols: [JSON]) -> [String] { symbols.compactMap { $0["name"].string } }
        // The title is a heading too; the numbered sections sit under it or beside it as the
        // outline reads them, and （一）（二） under 二、.
        let flat = symbols.flatMap { [$0] + ($0["children"].array ?? []) }
        let tasks = try #require(flat.first { $0["name"].string == "二、主要任务" })
        #expect(names(tasks["children"].array ?? []) == ["（一）民主管理", "（二）文体活动"])
        #expect(names(flat).contains("一、指导思想"))
        #expect(names(flat).contains("三、保障措施"))
        // 二、 runs from its heading (line 3, zero-based) to where 三、 starts (line 8).
        #expect(tasks["range"]["start"]["line"].int == 3)
        #expect(tasks["range"]["end"]["line"].int == 8)
        #expect(tasks["selectionRange"]["start"] == tasks["range"]["start"])
        #expect(tasks["selectionRange"]["end"]["line"].int == 3)
        #expect(tasks["kind"].int == 15)
    }

    @Test func outlineFollowsEachChange() throws {
        let server = try Self.open("一、指导思想\n正文。\n")
        #expect(Self.request(server, "textDocument/documentSymbol", [:]).array?.first?["name"].string == "一、指导思想")
        _ = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": ["textDocument": ["uri": .string(Self.uri), "version": 2], "contentChanges": [["text": "没有标题的一段话。\n"]]],
        ])
        #expect(Self.request(server, "textDocument/documentSymbol", [:]).array == [])
    }

    @Test func longHeadingNamesAreCutAndMarkdownMarksDropped() {
        #expect(PlanOutline.name("## 一、指导思想  ") == "一、指导思想")
        let long = String(repeating: "工", count: 60)
        #expect(PlanOutline.name(long) == String(repeating: "工", count: PlanOutline.longestName) + "…")
        #expect(PlanOutline.name("  ") == "§")
    }

    @Test func hoverOnAFindingShowsTitleMessageAndBasis() throws {
        let server = try Self.open("一、主要任务\n为职工效劳。\n")
        // 效劳 is on line 1 (zero-based), characters 3–5.
        let hover = Self.request(server, "textDocument/hover", ["position": ["line": 1, "character": 4]])
        let value = try #require(hover["contents"]["value"].string)
        #expect(hover["contents"]["kind"].string == "markdown")
        #expect(value.contains("**错词**"))
        #expect(value.contains("`test.wrong`"))
        #expect(value.contains("「效劳」应为「服务」"))
        #expect(value.contains("依据：测试"))
        #expect(hover["range"]["start"]["character"].int == 3)
        #expect(hover["range"]["end"]["character"].int == 5)
        // Away from any finding there is nothing to show.
        #expect(Self.request(server, "textDocument/hover", ["position": ["line": 0, "character": 1]]) == .null)
    }

    @Test func hoverSpeaksTheEditorsLanguage() throws {
        let server = try Self.open("为职工效劳。\n", options: ["lang": "en"])
        let value = Self.request(server, "textDocument/hover", ["position": ["line": 0, "character": 3]])["contents"]["value"].string
        #expect(value?.contains("'效劳' should be '服务'") == true, "\(value ?? "nil")")
        #expect(value?.contains("Basis: ") == true)
        #expect(value?.contains("warning · defect") == true)
    }

    @Test func plansMarksAreEscapedInHovers() {
        #expect(LanguageServer.escaped("20__年*工组") == "20\\_\\_年\\*工组")
    }
}
