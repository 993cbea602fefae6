import Foundation

/// JSON-RPC 2.0 batches: an array of messages sent as one.
extension LanguageServer {
    /// Handles each element in order. The responses go back together as one array, as
    /// JSON-RPC asks (nothing when the batch held only notifications), after the server's own
    /// notifications (diagnostics), which are not responses and are sent one by one. An
    /// element that is not an object (a nested array among them) is an invalid request.
    func handle(batch: [JSON], lint: Bool) -> [JSON] {
        if batch.isEmpty { return [Self.error(id: .null, code: -32600, message: "invalid request: empty batch")] }
        var notifications: [JSON] = []
        var responses: [JSON] = []
        for element in batch {
            if exited { break }
            guard element.object != nil else {
                responses.append(Self.error(id: .null, code: -32600, message: "invalid request: a batch element is not an object"))
                continue
            }
            for reply in handle(element, lint: lint) {
                if reply["method"].isNull { responses.append(reply) } else { notifications.append(reply) }
            }
        }
        return responses.isEmpty ? notifications : notifications + [.array(responses)]
    }
}
