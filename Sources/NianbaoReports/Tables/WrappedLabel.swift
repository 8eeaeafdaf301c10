/// A row label that a PDF's text layer wrapped over lines with something else between its
/// parts, as `pdftotext -layout` writes a narrow label column:
///
/// ```
///            5.要求行政机关确认或重新出具
///                                      0         0       0      0       0       0       0
///            已获取信息
///      其他处   2.申请人逾期未按收费通知要求
///      理     缴纳费用、行政机关不再处理其            0   …
/// ```
///
/// The first part ends its line; the next line holds either only figures (centred beside
/// the wrapped label: the row's own figures, as no other row's can stand between its label
/// lines), or a short fragment of the column to the left (`理` of `其他处理`, at most four
/// Han characters) alone or before a space, after which the label goes on. Parts are matched
/// exactly, and never over a digit.
struct WrappedLabel: Equatable {
    /// From the first part's first character to the last part's last.
    var range: Range<Int>
    /// The figures line between the parts, when there is one.
    var figures: Range<Int>?

    /// The first wrapped match of `key` (Han characters only) at or after `from`, ending before `before`.
    static func find(_ key: String, in text: [Unicode.Scalar], from: Int, before: Int) -> WrappedLabel? {
        let han = Array(key.unicodeScalars.filter(\.isHan))
        guard han.count >= 4 else { return nil }
        let limit = min(before, text.count)
        var start = from
        while start < limit {
            // Candidate first parts start at the key's first character.
            guard text[start] == han[0] else { start += 1; continue }
            if let match = match(han, in: text, at: start, limit: limit) { return match }
            start += 1
        }
        return nil
    }

    private static func match(_ han: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int, limit: Int) -> WrappedLabel? {
        // The first part: the key's characters, punctuation and spaces between them allowed, to the line's end.
        var index = start, matched = 0
        while index < limit, matched < han.count, text[index] != "\n" {
            if text[index].isHan {
                guard text[index] == han[matched] else { return nil }
                matched += 1
            } else if text[index].isASCIIDigit {
                return nil
            }
            index += 1
        }
        // The whole key on one line is an ordinary match; the first part holds two characters at least.
        guard matched >= 2, matched < han.count else { return nil }
        while index < limit, text[index].isSpaceLike, text[index] != "\n" { index += 1 }
        guard index < limit, text[index] == "\n" else { return nil }
        // The line between: only figures, or a short fragment of another column and a gap.
        let lineStart = index + 1
        guard let lineEnd = text[lineStart..<limit].firstIndex(of: "\n") else { return nil }
        let line = text[lineStart..<lineEnd]
        var figures: Range<Int>?
        var rest: Int
        let tokens = ValueTokenizer.tokens(line)
        if !tokens.isEmpty, tokens.allSatisfy(\.isValue), !line.contains(where: \.isHan) {
            figures = lineStart..<lineEnd
            rest = lineEnd + 1
        } else {
            var cursor = lineStart
            while cursor < lineEnd, text[cursor].isSpaceLike { cursor += 1 }
            let fragmentStart = cursor
            while cursor < lineEnd, text[cursor].isHan { cursor += 1 }
            let fragment = cursor - fragmentStart
            var gap = 0
            while cursor < lineEnd, text[cursor].isSpaceLike { cursor += 1; gap += 1 }
            guard fragment >= 1, fragment <= 4, gap >= 1 || cursor == lineEnd else { return nil }
            // A fragment alone on its line: the label goes on on the next.
            rest = cursor == lineEnd ? lineEnd + 1 : cursor
        }
        // The rest of the key, from the start of what follows.
        while rest < limit, text[rest].isSpaceLike, text[rest] != "\n" { rest += 1 }
        var end = rest
        while end < limit, matched < han.count {
            let scalar = text[end]
            if scalar == "\n" || scalar.isASCIIDigit { return nil }
            if scalar.isHan {
                guard scalar == han[matched] else { return nil }
                matched += 1
            }
            end += 1
        }
        guard matched == han.count else { return nil }
        return WrappedLabel(range: start..<end, figures: figures)
    }
}
