/// Ascending numbers held as the varint differences between them: one or two bytes each
/// instead of four, for the lists a search index holds by the tens of millions.
struct PostingList: Sendable {
    private(set) var count = 0
    private var last: UInt32 = 0
    private var bytes: [UInt8] = []

    init() {}

    init<S: Sequence>(_ numbers: S) where S.Element == UInt32 {
        for number in numbers { append(number) }
    }

    /// Appends a number larger than the last one (any number, first).
    mutating func append(_ number: UInt32) {
        precondition(count == 0 || number > last, "posting lists are ascending")
        var difference = count == 0 ? number : number - last
        while difference >= 0x80 {
            bytes.append(UInt8(difference & 0x7F) | 0x80)
            difference >>= 7
        }
        bytes.append(UInt8(difference))
        last = number
        count += 1
    }

    var numbers: [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(count)
        var value: UInt32 = 0, shift: UInt32 = 0, previous: UInt32 = 0
        for byte in bytes {
            value |= UInt32(byte & 0x7F) << shift
            if byte & 0x80 != 0 { shift += 7; continue }
            previous = out.isEmpty ? value : previous + value
            out.append(previous)
            value = 0
            shift = 0
        }
        return out
    }
}
