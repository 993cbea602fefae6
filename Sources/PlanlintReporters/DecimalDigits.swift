/// Integers as decimal ASCII, written straight into a writer's storage: the JSON and the
/// terminal report write several numbers per finding, and going through a `String` or a
/// buffer and an append cost more than the digits.
enum DecimalDigits {
    /// How many digits `value` has, its sign not counted.
    static func count(_ value: Int) -> Int {
        let magnitude = value.magnitude
        var length = 1
        var bound: UInt = 10
        while length < 20, magnitude >= bound {
            length += 1
            if length < 20 { bound &*= 10 }
        }
        return length
    }

    /// Writes the digits of `value` (no sign) into the `count(value)` bytes before `end`.
    static func write(_ value: Int, endingAt end: UnsafeMutablePointer<UInt8>) {
        var magnitude = value.magnitude
        var at = end
        repeat {
            at -= 1
            at.pointee = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
