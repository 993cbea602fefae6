extension MatchIndex {
    /// Sorts ranges (by start, then end) that lie in ascending runs one after another, as a
    /// set's occurrences do (each term's and pattern's list is sorted): each run is merged
    /// into the sorted part before it from the back, through a copy of the run. The standard
    /// sort took them as unsorted, by insertion for the short lists most sets give.
    static func mergeRuns(_ ranges: inout [Range<Int>]) {
        @inline(__always) func precedes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            a.lowerBound < b.lowerBound || (a.lowerBound == b.lowerBound && a.upperBound < b.upperBound)
        }
        var sortedEnd = 1
        while sortedEnd < ranges.count, !precedes(ranges[sortedEnd], ranges[sortedEnd - 1]) { sortedEnd += 1 }
        if sortedEnd >= ranges.count { return }
        // The copy of each run on the stack (a list made for it was an allocation per set).
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: ranges.count - sortedEnd) { run in
            ranges.withUnsafeMutableBufferPointer { ranges in
                while sortedEnd < ranges.count {
                    var runEnd = sortedEnd + 1
                    while runEnd < ranges.count, !precedes(ranges[runEnd], ranges[runEnd - 1]) { runEnd += 1 }
                    for index in sortedEnd..<runEnd { run[index - sortedEnd] = ranges[index] }
                    // Largest first into the end of the merged stretch; of equal ranges (the
                    // same value), the run's go after the sorted part's.
                    var sorted = sortedEnd - 1
                    var taken = runEnd - sortedEnd - 1
                    var into = runEnd - 1
                    while taken >= 0 {
                        if sorted >= 0, precedes(run[taken], ranges[sorted]) {
                            ranges[into] = ranges[sorted]
                            sorted -= 1
                        } else {
                            ranges[into] = run[taken]
                            taken -= 1
                        }
                        into -= 1
                    }
                    sortedEnd = runEnd
                }
            }
        }
    }
}
