#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed-size table of integers that starts out zero, for the automaton's transitions.
///
/// A large one is mapped straight from the kernel, already zero, in 2 MB pages where the
/// system offers them (`MADV_HUGEPAGE`). Filled with zeros in ordinary 4 KB pages, the
/// bundled pack's 1 MB table took 250 page faults, a sixth of a one-plan run's (each costs
/// about 5 µs on the machines planlint is measured on); and the scan, which jumps between
/// rows at random, then needs one TLB entry for the table instead of 250.
final class ZeroedTable<Element: FixedWidthInteger>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    /// The mapping to unmap, when the table has one.
    private let mapping: (base: UnsafeMutableRawPointer, length: Int)?

    /// Below this the table is allocated as usual: a mapping of its own would cost more
    /// system calls than the faults it saves.
    static var mappingThreshold: Int { 256 * 1024 }
    private static var hugePage: Int { 2 * 1024 * 1024 }

    init(count: Int) {
        let bytes = count * MemoryLayout<Element>.stride
        if bytes >= Self.mappingThreshold, let (base, length, table) = Self.map(bytes) {
            buffer = UnsafeMutableBufferPointer(start: table.bindMemory(to: Element.self, capacity: count), count: count)
            mapping = (base, length)
        } else {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: 0)
            mapping = nil
        }
    }

    deinit {
        if let mapping {
            munmap(mapping.base, mapping.length)
        } else {
            buffer.deallocate()
        }
    }

    /// Maps `bytes` of zeroed memory starting on a huge-page boundary (the kernel backs a
    /// range with huge pages only where it is aligned): one huge page more is mapped, and
    /// the table starts at the first boundary inside it.
    private static func map(_ bytes: Int) -> (base: UnsafeMutableRawPointer, length: Int, table: UnsafeMutableRawPointer)? {
        let length = (bytes + hugePage - 1) / hugePage * hugePage + hugePage
        guard let base = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), base != MAP_FAILED
        else { return nil }
        let address = UInt(bitPattern: base)
        let aligned = (address + UInt(hugePage) - 1) & ~(UInt(hugePage) - 1)
        let table = UnsafeMutableRawPointer(bitPattern: aligned)!
        #if canImport(Glibc)
        // Advice only: where huge pages are off, the table is in ordinary pages, still
        // zeroed by the kernel rather than by a pass over it.
        _ = madvise(table, length - Int(aligned - address), Int32(MADV_HUGEPAGE))
        #endif
        return (base, length, table)
    }
}
