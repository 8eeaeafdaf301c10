/// Toneless pinyin of one character, from `PinyinTable` (split once, shared by slugs and search).
enum Pinyin {
    private static let readings: [Substring] = PinyinTable.readings.split(separator: " ", omittingEmptySubsequences: true)

    /// The reading of a CJK ideograph; nil for any other scalar. Empty where the table has none.
    static func reading(_ scalar: Unicode.Scalar) -> Substring? {
        guard scalar.value >= PinyinTable.first, Int(scalar.value - PinyinTable.first) < readings.count else { return nil }
        let reading = readings[Int(scalar.value - PinyinTable.first)]
        return reading == "-" ? "" : reading
    }
}
