/// Finds a row's label in a table region by its meaning-bearing characters.
///
/// Only Han characters are compared, so spaces, line breaks, punctuation and
/// quotes inside a printed label (`社 会 公 益 组 织`, `危及“三安全一稳定”`)
/// do not matter, and up to `tolerance` characters may differ (a typo in the
/// agency's copy of the template). A match never spans a digit, so a label
/// cannot swallow a figure.
struct LabelFinder {
    let text: [Unicode.Scalar]
    /// Positions of the Han scalars in `range`, in order.
    private let han: [Int]

    init(_ text: [Unicode.Scalar], range: Range<Int>) {
        self.text = text
        self.han = range.filter { text[$0].isHan }
    }

    /// The range of the first match of `key` starting at or after `from` and ending before `before`.
    func find(_ key: String, from: Int, before: Int = .max) -> Range<Int>? {
        let keyScalars = Array(key.unicodeScalars.filter(\.isHan))
        guard !keyScalars.isEmpty else { return nil }
        let tolerance = keyScalars.count >= 10 ? 2 : keyScalars.count >= 5 ? 1 : 0
        let first = lowerBound(from)
        var best: Range<Int>?
        for allowed in Set([0, tolerance]).sorted() {
            var index = first
            while index + keyScalars.count <= han.count {
                let start = han[index], end = han[index + keyScalars.count - 1] + 1
                if end > before { break }
                if matches(keyScalars, at: index, allowed: allowed) && !spansDigit(start, end) {
                    best = start..<end
                    break
                }
                index += 1
            }
            if best != nil { break }
        }
        return best
    }

    private func matches(_ key: [Unicode.Scalar], at index: Int, allowed: Int) -> Bool {
        var mismatches = 0
        // The first and last characters must agree: they anchor the label's extent.
        guard text[han[index]] == key[0], text[han[index + key.count - 1]] == key[key.count - 1] else { return false }
        for offset in 1..<max(1, key.count - 1) where text[han[index + offset]] != key[offset] {
            mismatches += 1
            if mismatches > allowed { return false }
        }
        return true
    }

    private func spansDigit(_ start: Int, _ end: Int) -> Bool {
        text[start..<end].contains { $0.isASCIIDigit }
    }

    private func lowerBound(_ position: Int) -> Int {
        var low = 0, high = han.count
        while low < high {
            let mid = (low + high) / 2
            if han[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
