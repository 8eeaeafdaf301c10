import NianbaoReports

/// Rebuilds lines and table rows from the positions of a PDF page's glyphs.
///
/// The order a PDF stores its text in is ignored; only geometry counts:
/// 1. **Lines**: glyphs whose vertical centres lie within 0.4 of a glyph height of
///    each other are one line; a line is read left to right.
/// 2. **Cells**: within a line, a gap wider than 0.8 of the glyph height starts a new
///    segment; narrower gaps of at least 0.2 are a space.
/// 3. **Rows**: a line with figures (segments that are numbers or `/`, `—`) right of
///    its label is a table row. A line of label text alone, left of where the figures
///    start, that sits between two rows — a label wrapped over several lines, or a
///    merged label cell centred in its rows — is joined to the row nearest to it, so
///    each row reads `label<TAB>figure<TAB>figure…` whatever the line it is printed on.
/// 4. **Running text**: a line that reaches the right margin and does not end a
///    sentence continues on the next line, and is joined to it.
/// 5. **Headers and footers**: a line repeated at the same height at the top or
///    bottom of most pages, and page numbers, are dropped.
enum PDFLayout {
    struct Segment { var text: String; var x1: Double; var x2: Double }

    struct Line {
        var segments: [Segment]
        var y1: Double, y2: Double
        var page: Int
        var number: Int
        var text: String { segments.map(\.text).joined(separator: "\t") }
        var centreY: Double { (y1 + y2) / 2 }
        var x1: Double { segments.first?.x1 ?? 0 }
        var x2: Double { segments.last?.x2 ?? 0 }
        /// Index of the first figure segment, when the line's segments from there on are all figures.
        var firstFigure: Int? {
            guard let last = segments.indices.last, PDFLayout.isFigure(segments[last].text) else { return nil }
            var first = last
            while first > 0, PDFLayout.isFigure(segments[first - 1].text) { first -= 1 }
            return first
        }
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
            if var last = groups.last, let reference = last.first,
               abs(glyph.centreY - reference.centreY) <= 0.4 * max(min(glyph.height, reference.height), 1) {
                last.append(glyph)
                groups[groups.count - 1] = last
            } else {
                groups.append([glyph])
            }
        }
        return groups.enumerated().map { index, group in
            let sorted = group.sorted { $0.x1 < $1.x1 }
            var segments: [Segment] = []
            var text = ""
            var start = sorted[0].x1
            var previous: PDFGlyph?
            let height = sorted.map(\.height).sorted()[sorted.count / 2]
            for glyph in sorted {
                if let previous {
                    let gap = glyph.x1 - previous.x2
                    if gap > 0.8 * height {
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
            segments.append(Segment(text: text, x1: start, x2: previous?.x2 ?? start))
            return Line(segments: segments, y1: group.map(\.y1).min()!, y2: group.map(\.y2).max()!,
                        page: page.number, number: index + 1)
        }
    }

    /// Joins label lines to the table rows they belong to (step 3).
    static func rows(_ lines: [Line]) -> [Line] {
        let rowIndices = lines.indices.filter { index in
            guard let first = lines[index].firstFigure else { return false }
            return first > 0 || lines[index].segments.count >= 2
        }
        guard !rowIndices.isEmpty else { return lines }
        var attached: [Int: [Int]] = [:]  // row line → label lines joined to it
        var absorbed = Set<Int>()
        for (position, row) in rowIndices.enumerated() {
            let figuresStart = lines[row].segments[lines[row].firstFigure!].x1
            let height = lines[row].y2 - lines[row].y1
            // Label lines above this row, up to the previous row, and below it, up to the next.
            let above = position > 0 ? rowIndices[position - 1] + 1 : max(0, row - 3)
            let below = position + 1 < rowIndices.count ? rowIndices[position + 1] - 1 : min(lines.count - 1, row + 3)
            for candidate in above...below where candidate != row && !absorbed.contains(candidate) {
                let line = lines[candidate]
                guard line.x2 < figuresStart, abs(line.centreY - lines[row].centreY) < 4 * max(height, 1) else { continue }
                // Nearest row wins.
                let nearest = rowIndices.min { abs(lines[$0].centreY - line.centreY) < abs(lines[$1].centreY - line.centreY) }!
                guard nearest == row else { continue }
                attached[row, default: []].append(candidate)
                absorbed.insert(candidate)
            }
        }
        var result: [Line] = []
        for (index, line) in lines.enumerated() where !absorbed.contains(index) {
            guard let extra = attached[index], let first = line.firstFigure else {
                result.append(line)
                continue
            }
            let labelLines = (extra + [index]).sorted { lines[$0].centreY < lines[$1].centreY }
            let label = labelLines.map { $0 == index ? line.segments[..<first].map(\.text).joined() : lines[$0].segments.map(\.text).joined() }.joined()
            var joined = line
            joined.segments = [Segment(text: label, x1: line.x1, x2: line.segments[first].x1)] + Array(line.segments[first...])
            result.append(joined)
        }
        return result
    }
}

extension Character {
    var isHan: Bool { unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false }
}
