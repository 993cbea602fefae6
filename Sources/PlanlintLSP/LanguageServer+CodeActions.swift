import PlanlintEngine

extension LanguageServer {
    /// The quick fixes (one per fixable finding in the requested range) and the fix-all
    /// action for a `textDocument/codeAction` request on an open document.
    static func codeActions(_ params: JSON, for document: OpenDocument) -> [JSON] {
        guard let uri = params["textDocument"]["uri"].string else { return [] }
        let requested = Self.Range(params["range"]) ?? Self.Range(start: .init(line: 0, character: 0), end: .init(line: Int.max, character: 0))
        let only = params["context"]["only"].array?.compactMap(\.string)
        func wanted(_ kind: String) -> Bool {
            guard let only else { return true }
            return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
        }
        let language = document.language
        var actions: [JSON] = []
        let fixable = document.findings.filter { $0.fix != nil }
        if wanted("quickfix") {
            for finding in fixable {
                guard let fix = finding.fix else { continue }
                let range = Self.range(from: finding.start, to: finding.end, lines: document.lines)
                guard range.overlaps(requested) else { continue }
                let edit = Self.range(from: fix.start, to: fix.end, lines: document.lines)
                let old = Self.text(document.lines, from: fix.start, to: fix.end)
                let title = language == .zh
                    ? "planlint：将“\(old)”改为“\(fix.replacement)”（\(finding.ruleID)）"
                    : "planlint: replace “\(old)” with “\(fix.replacement)” (\(finding.ruleID))"
                actions.append([
                    "title": .string(title),
                    "kind": "quickfix",
                    "isPreferred": true,
                    "diagnostics": .array(matchingDiagnostics(params, code: finding.ruleID, range: range)),
                    "edit": ["changes": .object([uri: [["range": edit.json, "newText": .string(fix.replacement)]]])],
                ])
            }
        }
        let all = FixApplier.compatibleFixes(of: fixable)
        if wanted("source.fixAll.planlint"), all.count > 1 || (only != nil && !all.isEmpty) {
            let edits: [JSON] = all.map { fix in
                ["range": Self.range(from: fix.start, to: fix.end, lines: document.lines).json, "newText": .string(fix.replacement)]
            }
            actions.append([
                "title": .string(language == .zh ? "planlint：修正全部可自动修正的问题（\(all.count) 处）" : "planlint: fix all auto-fixable problems (\(all.count))"),
                "kind": "source.fixAll.planlint",
                "edit": ["changes": .object([uri: .array(edits)])],
            ])
        }
        return actions
    }

    /// The diagnostics the client sent with the request that this fix resolves.
    private static func matchingDiagnostics(_ params: JSON, code: String, range: Range) -> [JSON] {
        (params["context"]["diagnostics"].array ?? []).filter { diagnostic in
            diagnostic["code"].string == code && Self.Range(diagnostic["range"]) == range
        }
    }
}
