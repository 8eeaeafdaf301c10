/// Where the six parts of a report begin and end.
public struct SectionLayout: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var number: Int
        /// The title as printed, without its numbering.
        public var title: String
        /// From the numbering (or `#`) of the title to the end of the title.
        public var heading: Range<Int>
        /// From the end of the title to the start of the next part.
        public var body: Range<Int>
    }

    public var parts: [Part]
    /// Everything before the first part: title, preamble.
    public var preamble: Range<Int>

    public func part(_ number: Int) -> Part? { parts.first { $0.number == number } }
}

/// Finds the six part titles, numbered or not, on their own lines or run into the text.
///
/// A candidate counts only when it is numbered with its own numeral (`三、`)
/// or stands as a heading line; a preamble that lists the six titles in a
/// sentence therefore never starts a part. Parts are searched in order, each
/// after the previous one, so a title quoted later in the text cannot
/// reorder them.
enum SectionSplitter {
    static func split(_ document: SourceDocument, from start: Int = 0) -> SectionLayout {
        let text = document.folded
        let han = (start..<text.count).filter { text[$0].isHan }
        var parts: [SectionLayout.Part] = []
        var cursor = 0  // index into `han`
        for title in SectionTitle.all {
            guard let match = findTitle(title, text: text, han: han, from: cursor) else { continue }
            parts.append(SectionLayout.Part(number: title.number, title: match.title,
                                            heading: match.heading, body: match.heading.upperBound..<match.heading.upperBound))
            cursor = match.nextHan
        }
        for index in parts.indices {
            let end = index + 1 < parts.count ? parts[index + 1].heading.lowerBound : text.count
            parts[index].body = parts[index].heading.upperBound..<max(parts[index].heading.upperBound, end)
        }
        let preambleEnd = parts.first?.heading.lowerBound ?? text.count
        return SectionLayout(parts: parts, preamble: start..<preambleEnd)
    }

    private struct Match { var heading: Range<Int>; var title: String; var nextHan: Int }

    private static func findTitle(_ title: SectionTitle, text: [Unicode.Scalar], han: [Int], from: Int) -> Match? {
        let fragments = title.fragments.map { Array($0.unicodeScalars) }
        var index = from
        while index < han.count {
            defer { index += 1 }
            guard let end = matchFragments(fragments, gaps: title.gaps, text: text, han: han, at: index) else { continue }
            let start = han[index]
            let matchEnd = extendOverTail(title, text: text, han: han, end: end)
            if let headingStart = numberedStart(title.numeral, text: text, titleStart: start) {
                return Match(heading: headingStart..<matchEnd, title: printedTitle(text, headingStart, matchEnd), nextHan: end)
            }
            if let headingStart = headingLineStart(text: text, titleStart: start, titleEnd: matchEnd) {
                return Match(heading: headingStart..<lineEnd(text, matchEnd), title: printedTitle(text, headingStart, matchEnd), nextHan: end)
            }
        }
        return nil
    }

    /// Han index just past the match, or nil.
    private static func matchFragments(_ fragments: [[Unicode.Scalar]], gaps: [Int], text: [Unicode.Scalar],
                                       han: [Int], at start: Int) -> Int? {
        var position = start
        for (number, fragment) in fragments.enumerated() {
            if number > 0 {
                // Search the next fragment within the allowed gap, without crossing a sentence end.
                var found: Int?
                for gap in 0...gaps[number - 1] {
                    let candidate = position + gap
                    guard candidate + fragment.count <= han.count else { break }
                    if crossesSentence(text, from: han[position - 1], to: han[candidate]) { break }
                    if fragment.indices.allSatisfy({ text[han[candidate + $0]] == fragment[$0] }) {
                        found = candidate
                        break
                    }
                }
                guard let found else { return nil }
                position = found
            } else {
                guard position + fragment.count <= han.count,
                      fragment.indices.allSatisfy({ text[han[position + $0]] == fragment[$0] }) else { return nil }
            }
            // Fragment characters must be adjacent in the text (spaces and line breaks aside).
            for offset in 1..<max(fragment.count, 1) where
                crossesSentence(text, from: han[position + offset - 1], to: han[position + offset]) {
                return nil
            }
            position += fragment.count
        }
        return position
    }

    private static func crossesSentence(_ text: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return text[(from + 1)..<to].contains { "。；;：:".unicodeScalars.contains($0) || $0.isASCIIDigit }
    }

    /// Start of `四、…` before a title: the numeral, a list mark, and at most
    /// 16 Han characters of prefix (`因政府信息公开工作被申请`).
    private static func numberedStart(_ numeral: Unicode.Scalar, text: [Unicode.Scalar], titleStart: Int) -> Int? {
        var cursor = titleStart - 1
        var steps = 0
        while cursor >= 0 && steps < 24 {
            let scalar = text[cursor]
            if scalar == "\n" || "。；;".unicodeScalars.contains(scalar) || scalar.isASCIIDigit { return nil }
            if "、.,，".unicodeScalars.contains(scalar) || scalar == " " {
                var numeralAt = cursor - 1
                while numeralAt >= 0 && text[numeralAt] == " " { numeralAt -= 1 }
                // The numeral must start the heading, not end a compound (`第三、`, `十三、`).
                // A Han character may precede it in text run together (`…52元三、收到…`).
                if numeralAt >= 0 && text[numeralAt] == numeral
                    && (numeralAt == 0 || !"第十一二三四五六七八九".unicodeScalars.contains(text[numeralAt - 1])) {
                    return extendOverMarkup(text, numeralAt)
                }
            }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// A title standing alone on its line: at most a short Han prefix before it and little after.
    private static func headingLineStart(text: [Unicode.Scalar], titleStart: Int, titleEnd: Int) -> Int? {
        var start = titleStart
        var prefix = 0
        while start > 0 && text[start - 1] != "\n" {
            let scalar = text[start - 1]
            if scalar.isHan { prefix += 1 } else if !(scalar == " " || scalar == "#" || scalar == "*" || scalar == "\t") { return nil }
            if prefix > 16 { return nil }
            start -= 1
        }
        var end = titleEnd
        var trailing = 0
        while end < text.count && text[end] != "\n" {
            if !text[end].isSpaceLike && text[end] != "*" { trailing += 1 }
            if trailing > 4 || text[end] == "。" { return nil }
            end += 1
        }
        return start
    }

    /// Past the canonical title's words after the last fragment (`改进` → `改进情况`), when printed.
    private static func extendOverTail(_ title: SectionTitle, text: [Unicode.Scalar], han: [Int], end: Int) -> Int {
        let canonical = Array(title.canonical.unicodeScalars.filter(\.isHan))
        let last = Array(title.fragments.last!.unicodeScalars)
        var position = han[end - 1] + 1
        guard let at = (0...(canonical.count - last.count)).last(where: { Array(canonical[$0..<$0 + last.count]) == last })
        else { return position }
        var next = end
        for scalar in canonical[(at + last.count)...] {
            guard next < han.count, text[han[next]] == scalar, !crossesSentence(text, from: han[next - 1], to: han[next]) else { break }
            position = han[next] + 1
            next += 1
        }
        return position
    }

    private static func extendOverMarkup(_ text: [Unicode.Scalar], _ position: Int) -> Int {
        // `## 二、…`: take the heading's markup and the spaces after it along.
        var start = position
        var cursor = position
        while cursor > 0 && (text[cursor - 1] == "#" || text[cursor - 1] == "*" || text[cursor - 1] == " ") {
            cursor -= 1
            if text[cursor] != " " { start = cursor }
        }
        return start
    }

    private static func lineEnd(_ text: [Unicode.Scalar], _ position: Int) -> Int {
        var end = position
        while end < text.count && text[end] != "\n" { end += 1 }
        return end
    }

    /// The printed title between the numbering and the end of the match, without markup.
    private static func printedTitle(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var scalars = Array(text[start..<end])
        while let first = scalars.first, first == "#" || first == "*" || first.isSpaceLike { scalars.removeFirst() }
        if scalars.count >= 2, SectionTitle.all.contains(where: { $0.numeral == scalars[0] }),
           "、.,，".unicodeScalars.contains(scalars[1]) {
            scalars.removeFirst(2)
        }
        return String(String.UnicodeScalarView(scalars.filter { $0 != "*" })).trimmingSpaces
    }
}
