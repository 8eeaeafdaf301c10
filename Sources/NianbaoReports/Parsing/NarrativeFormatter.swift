/// Turns a part's printed text into Markdown without losing a character of it.
///
/// One paragraph per printed paragraph; a line broken inside a sentence (a
/// long line ending in a Han character, followed by one that does not start a
/// new item) is joined to the next. Sub-headings numbered `（一）` become `###`
/// headings: a short line on its own, or the words up to the first `。` when
/// they are short. Text run together on one line is split into paragraphs at
/// `（二）`-style markers that follow a full stop. Markdown already in the text
/// (`**bold**`, `### heading`) is kept.
enum NarrativeFormatter {
    static func markdown(lines: [(number: Int, text: String)], tables: [SeriesExtractor.Found] = []) -> String {
        var paragraphs: [String] = []
        var current = ""
        var previousLine = ""
        var blockLines = Set<Int>()
        for table in tables { blockLines.formUnion(table.lines) }

        func flush() {
            if !current.isEmpty { paragraphs.append(contentsOf: format(current)) }
            current = ""
        }
        var emittedTables = Set<Int>()
        for line in lines {
            if blockLines.contains(line.number) {
                flush()
                if let index = tables.firstIndex(where: { $0.lines.contains(line.number) }), !emittedTables.contains(index) {
                    emittedTables.insert(index)
                    paragraphs.append(tables[index].rows.map { $0.joined(separator: " | ") }.joined(separator: "\\\n"))
                }
                continue
            }
            let text = line.text.trimmingSpaces
            if text.isEmpty {
                if !current.isEmpty && !continues(previousLine) { flush() }
                continue
            }
            if !current.isEmpty && !(continues(current) && !startsItem(text)) { flush() }
            current += text
            previousLine = current
        }
        flush()
        return paragraphs.joined(separator: "\n\n")
    }

    /// A long paragraph that stops mid-sentence (ends with a Han character or digit).
    private static func continues(_ text: String) -> Bool {
        guard text.scalarCount(upTo: 40) >= 40, let last = text.unicodeScalars.last else { return false }
        return last.isHan || last.isASCIIDigit
    }

    private static let numerals = "一二三四五六七八九十"

    /// Starts with `（一）`, `(一)`, `一、`, `1.`, `1、`, `#`.
    static func startsItem(_ text: String) -> Bool { itemMarkerLength(Array(text.unicodeScalars)) != nil || text.hasPrefix("#") }

    /// Length of a `（一）`-style marker at the start, if any.
    private static func parenMarkerLength(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let first = scalars.first, first == "（" || first == "(" else { return nil }
        var index = 1
        while index < scalars.count && numerals.unicodeScalars.contains(scalars[index]) { index += 1 }
        guard index > 1, index < scalars.count, scalars[index] == "）" || scalars[index] == ")" else { return nil }
        return index + 1
    }

    private static func itemMarkerLength(_ scalars: [Unicode.Scalar]) -> Int? {
        if let length = parenMarkerLength(scalars) { return length }
        var index = 0
        while index < scalars.count && (scalars[index].isASCIIDigit || scalars[index].folded.isASCIIDigit) { index += 1 }
        if index > 0 && index <= 2 && index < scalars.count && ".．、".unicodeScalars.contains(scalars[index]) { return index + 1 }
        return nil
    }

    /// One joined paragraph → Markdown blocks (a heading and/or paragraphs).
    private static func format(_ paragraph: String) -> [String] {
        var blocks: [String] = []
        for piece in splitRunTogether(paragraph) {
            var text = piece
            if text.hasPrefix("#") {
                while text.hasPrefix("#") { text.removeFirst() }
                blocks.append("### " + escape(text.trimmingSpaces))
                continue
            }
            let scalars = Array(text.unicodeScalars)
            if parenMarkerLength(scalars) != nil {
                if scalars.count <= 40 && !scalars.dropLast().contains("。") {
                    blocks.append("### " + escape(text))
                    continue
                }
                if let stop = scalars.firstIndex(of: "。"), stop <= 24 {
                    blocks.append("### " + escape(String(String.UnicodeScalarView(scalars[...stop]))))
                    let rest = String(String.UnicodeScalarView(scalars[(stop + 1)...])).trimmingSpaces
                    if !rest.isEmpty { blocks.append(escape(rest)) }
                    continue
                }
            }
            blocks.append(escape(text))
        }
        return blocks
    }

    /// Splits a paragraph at `（二）` markers that follow a full stop.
    private static func splitRunTogether(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [String] = []
        var start = 0
        var index = 1
        while index < scalars.count {
            if scalars[index - 1] == "。", parenMarkerLength(Array(scalars[index..<min(scalars.count, index + 6)])) != nil {
                pieces.append(String(String.UnicodeScalarView(scalars[start..<index])))
                start = index
            }
            index += 1
        }
        pieces.append(String(String.UnicodeScalarView(scalars[start...])))
        return pieces.filter { !$0.trimmingSpaces.isEmpty }
    }

    /// Keeps the agency's text literal where Markdown would read it as markup:
    /// a leading list or quote mark, and `<` that could open an HTML tag.
    static func escape(_ text: String) -> String {
        var result = ""
        var scalars = Array(text.unicodeScalars)
        if let first = scalars.first, "-+>=|".unicodeScalars.contains(first) || (first == "*" && scalars.dropFirst().first == " ") {
            result = "\\"
        }
        if scalars.count > 1, scalars[0].isASCIIDigit {
            var index = 0
            while index < scalars.count && scalars[index].isASCIIDigit { index += 1 }
            if index < scalars.count - 1, scalars[index] == "." || scalars[index] == ")", scalars[index + 1] == " " {
                scalars.insert("\\", at: index)
            }
        }
        for (offset, scalar) in scalars.enumerated() {
            let next = offset + 1 < scalars.count ? scalars[offset + 1] : " "
            if scalar == "<" && (next.properties.isAlphabetic && next.isASCII || next == "/" || next == "!" || next == "?") {
                result += "\\<"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
