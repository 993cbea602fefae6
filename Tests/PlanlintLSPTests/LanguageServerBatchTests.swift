import Foundation
import PlanlintRules
import Testing

@testable import PlanlintLSP

@Suite struct LanguageServerBatchTests {
    private func server() -> LanguageServer {
        LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
    }

    /// Responses come back as one array in the batch's order; the diagnostics notification
    /// of the didOpen inside it comes on its own, before.
    @Test func aBatchGetsAnArrayOfResponses() throws {
        let server = server()
        let uri = "file:///nonexistent-planlint/plan.txt"
        let replies = server.handle([
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]],
            ["jsonrpc": "2.0", "method": "textDocument/didOpen",
             "params": ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": "效劳职工"]]],
            ["jsonrpc": "2.0", "id": 2, "method": "workspace/symbol", "params": [:]],
            5,
        ])
        #expect(replies.count == 2)
        #expect(replies.first?["method"] == "textDocument/publishDiagnostics")
        #expect(replies.first?["params"]["diagnostics"][0]["code"] == "test.wrong")
        let responses = try #require(replies.last?.array)
        #expect(responses.map { $0["id"] } == [1, 2, .null])
        #expect(!responses[0]["result"]["capabilities"].isNull)
        #expect(responses[1]["error"]["code"] == -32601)
        #expect(responses[2]["error"]["code"] == -32600)
    }

    @Test func emptyAndNotificationOnlyBatches() {
        let server = server()
        let empty = server.handle([])
        #expect(empty.count == 1)
        #expect(empty.first?["error"]["code"] == -32600)
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
        #expect(server.handle([["jsonrpc": "2.0", "method": "initialized", "params": [:]]]).allSatisfy { $0.array == nil })
    }

    @Test func aBatchOverThePipesIsAnsweredAsOneMessage() throws {
        let client = PipeClient(server: server())
        client.writer.send([
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]],
            ["jsonrpc": "2.0", "id": 2, "method": "shutdown"],
        ])
        let reply = try JSON.parse(try client.reader.next(timeout: 30))
        #expect(reply.array?.map { $0["id"] } == [1, 2])
        client.notify("exit")
        #expect(client.exitCode() == 0)
    }

    /// A message nested past `JSON.maxDepth` gets a parse error, and the server goes on.
    @Test func absurdNestingIsAParseError() throws {
        let client = PipeClient(server: server())
        let deep = Data((#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":"# + String(repeating: "[", count: 200_000)
            + String(repeating: "]", count: 200_000) + "}").utf8)
        client.toServer.fileHandleForWriting.write(Data("Content-Length: \(deep.count)\r\n\r\n".utf8) + deep)
        let reply = try JSON.parse(try client.reader.next(timeout: 30))
        #expect(reply["error"]["code"] == -32700)
        #expect(reply["id"] == .null)
        #expect(try client.request(2, "initialize", [:])["result"]["capabilities"].isNull == false)
        _ = try client.request(3, "shutdown")
        client.notify("exit")
        #expect(client.exitCode() == 0)
    }
}
