/// One row of an official table: how to find it and what it holds.
struct RowSpec: Sendable {
    /// The label's meaning-bearing text, matched by `LabelFinder`.
    var key: String
    /// The label as shown to readers.
    var label: String
    /// The list number printed before the label (`2.` → 2), stripped from the previous row's figures.
    var numbering: Int?
    var columns: [String]
    var kinds: [RunSplitter.PieceKind]
}

/// Where a row's label and figures lie in the document.
struct LocatedRow: Sendable {
    var spec: RowSpec
    var label: Range<Int>?
    /// The value tokens after the label, up to the first text after a figure.
    var values: [ValueToken]
    var valueStart: Int?
    /// Why no figure of the row's table is taken, when none is.
    var refusal: TextTableRefusal?
}

enum RowLocator {
    /// Finds each row's label in order and takes the figures that follow it.
    ///
    /// A row's figures end where the next found label (with its list number)
    /// begins, or at the first text after a figure: group labels such as
    /// `（三）不予公开` sit between rows and are not figures.
    static func locate(_ specs: [RowSpec], in document: SourceDocument, range: Range<Int>,
                       headerOrder: [(String, String)] = []) -> [LocatedRow] {
        let finder = LabelFinder(document.folded, range: range)
        var labels: [Range<Int>?] = []
        // Figures a wrapped label's parts stand around (`WrappedLabel`), by row.
        var between: [Int: Range<Int>] = [:]
        var cursor = range.lowerBound
        for (index, spec) in specs.enumerated() {
            var found = finder.find(spec.key, from: cursor, before: range.upperBound)
            // A two-character label (`3.其他`) is the row only behind its list number: `其他` of a
            // group label (`（六）其他处理`) wrapped beside the rows is no row.
            if spec.key.unicodeScalars.filter(\.isHan).count <= 2, let number = spec.numbering {
                while let match = found,
                      stripNumbering(document.folded, before: match.lowerBound, number: number, floor: cursor) == match.lowerBound {
                    found = finder.find(spec.key, from: match.upperBound, before: range.upperBound)
                }
            }
            if found == nil || found.map({ spansLine(document.folded[$0]) }) == true,
               let wrapped = WrappedLabel.find(spec.key, in: document.folded, from: cursor, before: found?.lowerBound ?? range.upperBound) {
                found = wrapped.range
                between[index] = wrapped.figures
            }
            if let found {
                let start = stripNumbering(document.folded, before: found.lowerBound, number: spec.numbering,
                                           floor: cursor)
                labels.append(start..<found.upperBound)
                cursor = found.upperBound
            } else {
                labels.append(nil)
            }
        }
        var refusal: TextTableRefusal?
        if let first = labels.compactMap({ $0 }).first {
            refusal = TextTableRefusal.misordered(document.folded[range.lowerBound..<first.lowerBound], order: headerOrder)
            if refusal == nil, figuresBefore(first.lowerBound, in: document, floor: range.lowerBound) {
                refusal = .figuresBeforeLabels
            }
        }
        var rows: [LocatedRow] = []
        for (index, spec) in specs.enumerated() {
            if refusal != nil, let label = labels[index] {
                rows.append(LocatedRow(spec: spec, label: label, values: [], refusal: refusal))
                continue
            }
            guard let label = labels[index] else {
                rows.append(LocatedRow(spec: spec, label: nil, values: []))
                continue
            }
            let end = labels[(index + 1)...].compactMap { $0 }.first?.lowerBound ?? range.upperBound
            let tokens = ValueTokenizer.tokens(document.folded[label.upperBound..<max(label.upperBound, end)])
            var values = leadingValues(tokens)
            // In a table drawn with `|` (a Markdown or grid table the grid readers could not
            // take), a row's figures stand on its label's line: figures on a later line are
            // the next row's, where the label's cell runs over lines below its figures.
            if let first = values.first, isDrawnRow(label.upperBound, in: document),
               document.line(at: first.start) != document.line(at: max(label.lowerBound, label.upperBound - 1)) {
                values = []
            }
            if let figures = between[index] {
                // Figures inside the label and after it too: which are the row's cannot be told.
                values = values.isEmpty ? ValueTokenizer.tokens(document.folded[figures]) : []
            }
            rows.append(LocatedRow(spec: spec, label: label, values: values, valueStart: values.first?.start))
        }
        return rows
    }

    /// Whether the line holding `position` is a row of a table drawn with `|`.
    static func isDrawnRow(_ position: Int, in document: SourceDocument) -> Bool {
        var start = document.lineStarts[document.line(at: position) - 1]
        while start < document.folded.count, document.folded[start] == " " { start += 1 }
        return start < document.folded.count && document.folded[start] == "|"
    }

    /// Whether a match runs over a line break (a label wrapped in the text).
    static func spansLine(_ text: ArraySlice<Unicode.Scalar>) -> Bool { text.contains("\n") }

    /// Whether figures stand right before a table's first label, with nothing but spaces and
    /// punctuation between them and the header's last words: the text's reading order puts
    /// a row's figures before its label, so reading the figures after each label would take
    /// the next row's. (In a report's own order the header's last words, `总计` or
    /// `现行有效件数`, are followed by the first label.)
    static func figuresBefore(_ start: Int, in document: SourceDocument, floor: Int) -> Bool {
        let text = document.folded
        var cursor = start
        // Over the label's own list number (`一、`, `（一）`, `1.`), which may be Han or digits.
        while cursor > floor, text[cursor - 1].isSpaceLike { cursor -= 1 }
        if cursor > floor, "、.．)）".unicodeScalars.contains(text[cursor - 1]) {
            cursor -= 1
            while cursor > floor, "一二三四五六七八九十0123456789".unicodeScalars.contains(text[cursor - 1]) { cursor -= 1 }
            if cursor > floor, "(（".unicodeScalars.contains(text[cursor - 1]) { cursor -= 1 }
        }
        var figure = false
        while cursor > floor, !text[cursor - 1].isHan {
            figure = figure || text[cursor - 1].isASCIIDigit
            cursor -= 1
        }
        // Text must stand before the figures (the header): figures at the part's start are no sign.
        return figure && cursor > floor
    }

    /// One warning for a table none of whose figures is taken.
    static func refusalWarning(_ rows: [LocatedRow], table: String, document: SourceDocument) -> Diagnostic? {
        guard let first = rows.first(where: { $0.refusal != nil }), let refusal = first.refusal, let label = first.label else { return nil }
        return refusal.warning(table: table, line: document.line(at: label.lowerBound))
    }

    /// The figures after a label: skip the label's remaining text, stop at text after figures.
    static func leadingValues(_ tokens: [ValueToken]) -> [ValueToken] {
        var values: [ValueToken] = []
        for token in tokens {
            if token.isValue {
                values.append(token)
            } else if !values.isEmpty {
                break
            }
        }
        return values
    }

    /// Moves a label's start back over its list number (`2.`, `2、`, `（2）`) when it is the expected one.
    static func stripNumbering(_ text: [Unicode.Scalar], before start: Int, number: Int?, floor: Int) -> Int {
        guard let number else { return start }
        var cursor = start - 1
        while cursor >= floor && text[cursor].isSpaceLike { cursor -= 1 }
        guard cursor >= floor else { return start }
        var closeParen = false
        if ".、)）".unicodeScalars.contains(text[cursor]) {
            closeParen = text[cursor] == ")" || text[cursor] == "）"
            cursor -= 1
        } else {
            return start
        }
        while cursor >= floor && text[cursor] == " " { cursor -= 1 }
        let digits = String(number)
        let count = digits.unicodeScalars.count
        guard cursor - count + 1 >= floor,
              String(String.UnicodeScalarView(text[(cursor - count + 1)...cursor])) == digits else { return start }
        cursor -= count
        if closeParen, cursor >= floor, text[cursor] == "(" || text[cursor] == "（" { cursor -= 1 }
        return cursor + 1
    }
}
