import Dispatch
import Foundation
import PlanlintEngine

/// An automaton being built on a thread of its own; `wait` gives it once it is done. Not a
/// task on a global dispatch queue: the thread that waits may be that queue's only worker
/// (`prepareInBackground` runs on it), and a queued task would then wait for the pool to grow.
final class PendingAutomaton: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once on the building thread, read after `done` says so.
    private var automaton: TermAutomaton?

    init(terms: [String]) {
        done.enter()
        Thread {
            self.automaton = TermAutomaton(terms: terms)
            self.done.leave()
        }.start()
    }

    func wait() -> TermAutomaton {
        done.wait()
        return automaton!
    }
}
