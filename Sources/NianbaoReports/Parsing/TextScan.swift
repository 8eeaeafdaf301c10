/// Small scanning helpers over folded text, used where a regular expression
/// would be overkill and where positions must map back to source lines.
struct TextScan {
    let scalars: [Unicode.Scalar]

    init(_ scalars: ArraySlice<Unicode.Scalar>) { self.scalars = Array(scalars) }
    init(_ text: String) { self.scalars = Array(text.unicodeScalars) }

    var string: String { String(String.UnicodeScalarView(scalars)) }

    /// Offsets of every occurrence of `needle`.
    func occurrences(of needle: String) -> [Int] {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index + pattern.count <= scalars.count {
            if scalars[index] == pattern[0] && Array(scalars[index..<index + pattern.count]) == pattern {
                found.append(index)
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The digits starting at `offset` (after skipping spaces), and the offset just past them.
    func number(at offset: Int) -> (value: String, end: Int)? {
        var index = offset
        while index < scalars.count && scalars[index] == " " { index += 1 }
        let start = index
        while index < scalars.count && scalars[index].isASCIIDigit { index += 1 }
        guard index > start else { return nil }
        return (String(String.UnicodeScalarView(scalars[start..<index])), index)
    }

    /// Text after `label` up to the first of `stops`, trimmed.
    func value(after label: String, stops: String = "；;，,。）)\n") -> (String, Int)? {
        for offset in occurrences(of: label) {
            var index = offset + label.unicodeScalars.count
            while index < scalars.count && (scalars[index] == " " || scalars[index] == ":" || scalars[index] == "：") { index += 1 }
            let start = index
            while index < scalars.count && !stops.unicodeScalars.contains(scalars[index]) { index += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<index])).trimmingSpaces
            if !text.isEmpty { return (text, start) }
        }
        return nil
    }
}
