import Foundation
import PlanlintDocument
import PlanlintEngine

/// JSON-RPC envelopes and the small URI and format conversions the server needs.
extension LanguageServer {
    static func result(id: JSON, _ result: JSON) -> JSON { ["jsonrpc": "2.0", "id": id, "result": result] }

    static func error(id: JSON, code: Int, message: String) -> JSON {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .int(code), "message": .string(message)]]
    }

    static func notification(_ method: String, _ params: JSON) -> JSON {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }

    static func publish(uri: String, version: Int?, diagnostics: [JSON]) -> JSON {
        var params: [String: JSON] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
        if let version { params["version"] = .int(version) }
        return notification("textDocument/publishDiagnostics", .object(params))
    }

    /// The file path of a `file:` URI; other URIs (untitled:…) keep their text as a name.
    public static func path(of uri: String) -> String {
        if let url = URL(string: uri), url.isFileURL { return url.path }
        return uri
    }

    static func format(path: String, languageID: String?) -> DocumentFormat {
        if languageID == "markdown" { return .markdown }
        if let format = DocumentFormat(path: path), format != .docx { return format }
        return .text
    }
}
