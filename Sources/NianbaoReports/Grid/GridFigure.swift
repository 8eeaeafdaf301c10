/// What one grid cell holds, read from its text alone: a cell is one figure.
enum GridFigure: Equatable, Sendable {
    /// Nothing printed.
    case blank
    /// One figure as printed (canonical digits, sign, decimal point), with a remark printed after it.
    case number(String, note: String?)
    /// `/`, `—`, `-`, `不适用`.
    case notApplicable(String)
    /// Text that is no single figure: a label, a word, or several figures in one cell.
    case other(String)

    /// Units a cell may print after its figure (`46984件`, `12.5万元`).
    static let units: Set<String> = ["件", "个", "项", "次", "人", "元", "万元", "亿元", "件次", "宗", "条"]

    init(_ text: String) {
        let original = Array(text.unicodeScalars)
        let folded = original.map(\.folded)
        guard folded.contains(where: { !$0.isSpaceLike }) else { self = .blank; return }
        let tokens = ValueTokenizer.tokens(folded[...])
        let values = tokens.filter(\.isValue)
        let words = tokens.filter { !$0.isValue }.map { token -> String in
            var end = token.start
            while end < folded.count, !folded[end].isSpaceLike, !folded[end].isASCIIDigit { end += 1 }
            return String(String.UnicodeScalarView(folded[token.start..<end]))
        }
        let printed = String(String.UnicodeScalarView(folded)).trimmingSpaces
        guard values.count == 1, words.allSatisfy({ GridFigure.units.contains($0) }) else {
            self = .other(printed)
            return
        }
        let value = values[0]
        // The remark as printed (folding keeps positions, so the range is the same).
        let note = value.note.map { String(String.UnicodeScalarView(original[$0])) }
        switch value.kind {
        case .number(let digits):
            // `05` or `00` is no figure: two figures run together, or a typing slip.
            let body = digits.hasPrefix("-") ? String(digits.dropFirst()) : digits
            let integerPart = body.split(separator: ".", omittingEmptySubsequences: false).first ?? ""
            if integerPart.count > 1 && integerPart.hasPrefix("0") { self = .other(printed); return }
            if integerPart.count > 12 { self = .other(printed); return }
            self = .number(digits, note: note)
        case .notApplicable(let mark): self = .notApplicable(mark)
        case .text: self = .other(printed)
        }
    }

    /// Printed something a reader sees as a figure (a number or a mark).
    var isFigure: Bool {
        switch self {
        case .number, .notApplicable: return true
        case .blank, .other: return false
        }
    }
}
