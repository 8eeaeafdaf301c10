import NianbaoReports

/// Rebuilds lines and table rows from the positions of a PDF page's glyphs.
///
/// The order a PDF stores its text in is ignored; only geometry counts:
/// 1. **Lines**: glyphs whose vertical centres lie within 0.4 of a glyph height of
///    each other are one line, read left to right.
/// 2. **Segments**: within a line, a gap wider than 0.8 of the glyph height starts a
///    new segment (a cell); narrower gaps of at least 0.2 are a space. Figures at the
///    end of a line are split from the text before them at any space.
/// 3. **Rows**: a line that ends in figures (numbers, `/`, `—`) is a table row. Lines
///    of label text alone — left of where the figures start, between two rows, not
///    past a header line — belong to the nearest row: a label wrapped over lines, or
///    a merged label cell centred beside several rows.
/// 4. **Columns**: a row's label text is cut into fragments wherever glyphs leave a gap
///    of 2 pt (glyphs of one cell abut; cell padding leaves a gap), and fragments that
///    start at the same x (within 2 pt) across the table form a label column. A row's
///    label is read column by column, top to bottom in each, so a merged cell's lines
///    never interleave with the label beside it; the row reads `label<TAB>figure…`.
enum PDFLayout {
    struct Segment { var text: String; var x1: Double; var x2: Double }

    struct Line {
        var glyphs: [PDFGlyph]
        var segments: [Segment]
        var y1: Double, y2: Double
        var page: Int
        var number: Int
        var text: String { segments.map(\.text).joined(separator: "\t") }
        var centreY: Double { (y1 + y2) / 2 }
        var height: Double { max(y2 - y1, 1) }
        var x1: Double { segments.first?.x1 ?? 0 }
        var x2: Double { segments.last?.x2 ?? 0 }
        /// Index of the first of the figure segments that end the line, if it ends in figures.
        var firstFigure: Int? {
            guard let last = segments.indices.last, PDFLayout.isFigure(segments[last].text) else { return nil }
            var first = last
            while first > 0, PDFLayout.isFigure(segments[first - 1].text) { first -= 1 }
            return first
        }
        var isRow: Bool { firstFigure.map { $0 > 0 || segments.count >= 2 } ?? false }
    }

    static func isFigure(_ text: String) -> Bool {
        let marks: Set<String> = ["/", "／", "—", "－", "-", "——", "–", "无", "不适用"]
        if marks.contains(text) { return true }
        return !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("０"..."９").contains($0) || $0 == "." || $0 == "," }
    }

    /// Visual lines of one page, top to bottom.
    static func lines(_ page: PopplerText.Page) -> [Line] {
        let glyphs = page.glyphs.sorted { ($0.centreY, $0.x1) < ($1.centreY, $1.x1) }
        var groups: [[PDFGlyph]] = []
        for glyph in glyphs {
            if let reference = groups.last?.first,
               abs(glyph.centreY - reference.centreY) <= 0.4 * max(min(glyph.height, reference.height), 1) {
                groups[groups.count - 1].append(glyph)
            } else {
                groups.append([glyph])
            }
        }
        return groups.enumerated().map { index, group in
            let sorted = group.sorted { $0.x1 < $1.x1 }
            return Line(glyphs: sorted, segments: segments(sorted), y1: group.map(\.y1).min()!, y2: group.map(\.y2).max()!,
                        page: page.number, number: index + 1)
        }
    }

    /// Splits a line's glyphs (sorted by x) into segments at wide gaps, or at `boundaries`.
    static func segments(_ glyphs: [PDFGlyph], boundaries: [Double] = []) -> [Segment] {
        guard !glyphs.isEmpty else { return [] }
        let height = glyphs.map(\.height).sorted()[glyphs.count / 2]
        var segments: [Segment] = []
        var text = ""
        var start = glyphs[0].x1
        var previous: PDFGlyph?
        for glyph in glyphs {
            if let previous {
                let gap = glyph.x1 - previous.x2
                let crossesBoundary = boundaries.contains { previous.x2 <= $0 && glyph.x1 >= $0 }
                if gap > 0.8 * height || crossesBoundary {
                    segments.append(Segment(text: text, x1: start, x2: previous.x2))
                    text = ""
                    start = glyph.x1
                } else if gap >= 0.2 * height && !(glyph.character.isHan && previous.character.isHan) {
                    text += " "
                }
            }
            text.append(glyph.character)
            previous = glyph
        }
        segments.append(Segment(text: text, x1: start, x2: previous!.x2))
        // A figure after a space at the end of a label (`行政规范性文件 0`) is a cell of its own.
        if let last = segments.last, !PDFLayout.isFigure(last.text), let space = last.text.lastIndex(of: " "),
           PDFLayout.isFigure(String(last.text[last.text.index(after: space)...])) {
            let figure = String(last.text[last.text.index(after: space)...])
            let label = String(last.text[..<space])
            let figureStart = glyphs.last { !$0.character.isNumber && !$0.character.isWhitespace }.map(\.x2) ?? last.x1
            segments[segments.count - 1] = Segment(text: label, x1: last.x1, x2: figureStart)
            segments.append(Segment(text: figure, x1: figureStart, x2: last.x2))
        }
        return segments
    }

    /// Joins label lines to their table rows, column by column (steps 3 and 4).
    static func rows(_ lines: [Line]) -> [Line] {
        let rowIndices = lines.indices.filter { lines[$0].isRow }
        guard !rowIndices.isEmpty else { return lines }
        var owner: [Int: Int] = [:]  // label line → row line
        for (position, row) in rowIndices.enumerated() {
            let figuresStart = lines[row].segments[lines[row].firstFigure!].x1
            let lower = position > 0 ? rowIndices[position - 1] : -1
            let upper = position + 1 < rowIndices.count ? rowIndices[position + 1] : lines.count
            // Walk away from the row in both directions, stopping at anything that is not label
            // text. Label lines below a row that end at a header line belong to what follows.
            for direction in [-1, 1] {
                var candidate = row + direction
                var found: [Int] = []
                var reachedRow = true
                while candidate > lower && candidate < upper {
                    let line = lines[candidate]
                    guard line.x2 < figuresStart, abs(line.centreY - lines[row].centreY) < 6 * lines[row].height else {
                        reachedRow = false
                        break
                    }
                    let nearest = rowIndices[max(0, position - 1)...min(rowIndices.count - 1, position + 1)]
                        .min { abs(lines[$0].centreY - line.centreY) < abs(lines[$1].centreY - line.centreY) }!
                    if nearest == row { found.append(candidate) }
                    candidate += direction
                }
                if direction == 1 && !reachedRow && candidate < upper { continue }
                for line in found where owner[line] == nil { owner[line] = row }
            }
        }
        var members: [Int: [Int]] = [:]
        for (line, row) in owner { members[row, default: []].append(line) }
        // Label fragments of every row line and its label lines: glyph runs split at any
        // gap of 2 pt or more (glyphs within a cell abut; cell padding leaves a gap).
        struct Fragment { var text: String; var x1: Double; var centreY: Double }
        var fragments: [Int: [Fragment]] = [:]
        for row in rowIndices {
            let figuresStart = lines[row].segments[lines[row].firstFigure!].x1
            for member in [row] + (members[row] ?? []) {
                var run: [PDFGlyph] = []
                func close() {
                    if let first = run.first {
                        fragments[row, default: []].append(Fragment(text: String(run.map(\.character)), x1: first.x1, centreY: lines[member].centreY))
                    }
                    run = []
                }
                for glyph in lines[member].glyphs where glyph.x2 <= figuresStart + 0.5 {
                    if let last = run.last, glyph.x1 - last.x2 >= 2 { close() }
                    run.append(glyph)
                }
                close()
            }
        }
        // Label columns: fragments starting within 2 pt of one another, across the table.
        let starts = fragments.values.flatMap { $0.map(\.x1) }.sorted()
        var columnStarts: [Double] = []
        for start in starts where columnStarts.last.map({ start - $0 > 2 }) ?? true { columnStarts.append(start) }
        func column(_ x: Double) -> Int { columnStarts.lastIndex { $0 <= x + 2 } ?? 0 }

        var result: [Line] = []
        for (index, line) in lines.enumerated() where owner[index] == nil {
            guard line.isRow, let first = line.firstFigure else { result.append(line); continue }
            let figuresStart = line.segments[first].x1
            // Each column's fragments top to bottom, the columns left to right.
            let byColumn = Dictionary(grouping: fragments[index] ?? [], by: { column($0.x1) })
            let label = byColumn.keys.sorted().map { key in
                byColumn[key]!.sorted { ($0.centreY, $0.x1) < ($1.centreY, $1.x1) }.map(\.text).joined()
            }.joined(separator: " ")
            var joined = line
            joined.segments = (label.isEmpty ? [] : [Segment(text: label, x1: line.x1, x2: figuresStart)]) + Array(line.segments[first...])
            result.append(joined)
        }
        return result
    }
}

extension Character {
    var isHan: Bool { unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false }
}
