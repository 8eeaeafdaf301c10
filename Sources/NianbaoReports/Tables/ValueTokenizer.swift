/// Cuts a range of folded text into figures, "not applicable" marks, notes and text.
///
/// Whitespace (spaces, tabs, line breaks) separates figures; a sign always
/// starts a new figure; a comma between a digit and exactly three digits is a
/// thousands separator. Digits that run together stay one token: only the
/// table's structure can split them (see `RunSplitter`).
enum ValueTokenizer {
    static func tokens(_ text: ArraySlice<Unicode.Scalar>) -> [ValueToken] {
        var tokens: [ValueToken] = []
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            let scalar = text[index]
            // A Markdown table's pipes separate cells like tabs do.
            if scalar.isSpaceLike || scalar == "|" { index += 1; continue }
            if scalar.isASCIIDigit || (isSign(scalar) && index + 1 < end && text[index + 1].isASCIIDigit) {
                let start = index
                var digits = String.UnicodeScalarView()
                if isSign(scalar) { digits.append("-" == scalar ? "-" : "+"); index += 1 }
                while index < end {
                    let current = text[index]
                    if current.isASCIIDigit {
                        digits.append(current); index += 1
                    } else if current == ".", index + 1 < end, text[index + 1].isASCIIDigit,
                              !digits.contains(".") {
                        digits.append("."); index += 1
                    } else if current == ",", isThousandsSeparator(text, at: index) {
                        index += 1
                    } else {
                        break
                    }
                }
                var number = String(digits)
                if number.hasPrefix("+") { number.removeFirst() }
                tokens.append(ValueToken(kind: .number(number), start: start))
                continue
            }
            if scalar == "(" || scalar == "（" || scalar == "[" || scalar == "【" {
                let close = closing(text, from: index)
                let inner = String(String.UnicodeScalarView(text[(index + 1)..<max(index + 1, close - 1)]))
                if let last = tokens.last, last.isValue, last.note == nil, isNote(inner) {
                    tokens[tokens.count - 1].note = index..<close
                } else {
                    tokens.append(ValueToken(kind: .text, start: index))
                }
                index = close
                continue
            }
            if let mark = notApplicableMark(text, at: index) {
                tokens.append(ValueToken(kind: .notApplicable(mark.text), start: index))
                index = mark.end
                continue
            }
            // Any other text: one token up to the next space, digit or bracket.
            let start = index
            while index < end, !text[index].isSpaceLike, !text[index].isASCIIDigit, text[index] != "|",
                  !"(（[【".unicodeScalars.contains(text[index]) {
                if isSign(text[index]), index + 1 < end, text[index + 1].isASCIIDigit { break }
                index += 1
            }
            if index == start { index += 1 }
            if tokens.last?.kind != .text {
                tokens.append(ValueToken(kind: .text, start: start))
            }
        }
        return tokens
    }

    static func isSign(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "+" }

    private static func isThousandsSeparator(_ text: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        guard index > text.startIndex, text[index - 1].isASCIIDigit, index + 3 < text.endIndex + 1 else { return false }
        var count = 0
        var cursor = index + 1
        while cursor < text.endIndex, text[cursor].isASCIIDigit { count += 1; cursor += 1 }
        return count == 3
    }

    /// The index just past the bracket that closes the one at `index` (or the end of the line).
    private static func closing(_ text: ArraySlice<Unicode.Scalar>, from index: Int) -> Int {
        var depth = 0
        var cursor = index
        while cursor < text.endIndex {
            switch text[cursor] {
            case "(", "（", "[", "【": depth += 1
            case ")", "）", "]", "】":
                depth -= 1
                if depth == 0 { return cursor + 1 }
            case "\n":
                return cursor
            default: break
            }
            cursor += 1
        }
        return text.endIndex
    }

    /// A remark worth keeping: has Han text and is not a bare numbering such as `（一）`.
    private static func isNote(_ inner: String) -> Bool {
        let numerals = "一二三四五六七八九十"
        let scalars = inner.unicodeScalars.filter { !$0.isSpaceLike }
        guard scalars.contains(where: { $0.isHan }) else { return false }
        return !scalars.allSatisfy { numerals.unicodeScalars.contains($0) }
    }

    private static func notApplicableMark(_ text: ArraySlice<Unicode.Scalar>, at index: Int) -> (text: String, end: Int)? {
        for mark in ["不适用", "——", "—", "/", "-", "－", "／"] {
            let scalars = Array(mark.unicodeScalars)
            guard index + scalars.count <= text.endIndex,
                  Array(text[index..<index + scalars.count]) == scalars else { continue }
            let after = index + scalars.count
            let boundedAfter = after == text.endIndex || text[after].isSpaceLike || text[after] == "|"
            let boundedBefore = index == text.startIndex || text[index - 1].isSpaceLike || text[index - 1] == "|"
            if mark == "不适用" || (boundedAfter && boundedBefore) {
                return (mark, after)
            }
        }
        return nil
    }
}
