/// The system's random numbers for the tests, from a generator with a stored property.
///
/// `SystemRandomNumberGenerator` stores nothing, and ThreadSanitizer's instrumentation of
/// `inout` accesses to such an empty value read shadow memory for an address that has none:
/// the sanitizer run of the suite crashed inside `RandomText` (SEGV in
/// `__tsan::MemoryAccess`). A wrapper that counts its draws has an address of its own.
public struct TestRandom: RandomNumberGenerator {
    private var system = SystemRandomNumberGenerator()
    /// How many numbers were drawn.
    public private(set) var draws = 0

    public init() {}

    public mutating func next() -> UInt64 {
        draws += 1
        return system.next()
    }
}
