import NianbaoReports

/// Rebuilds lines and table rows from the positions of a PDF page's glyphs.
///
/// The order a PDF stores its text in is ignored; only geometry counts:
/// 1. **Lines**: glyphs whose vertical centres lie within 0.4 of a glyph height of
///    each other are one line, read left to right.
/// 2. **Segments**: within a line, a gap wider than 0.8 em starts a new segment (a
///    cell); narrower gaps of at least 0.2 em are a space. Figures ending a line are
///    split from the label before them at a gap of half an em (Word's autospace
///    between Han and digits is a quarter).
/// 3. **Rows**: a line that ends in figures (numbers, `/`, `—`) is a table row.
/// 4. **Label cells**: label text (left of where the figures start) is cut into fragments
///    wherever glyphs leave a gap of half a glyph — within a cell glyphs abut or leave a
///    space, between cells there is padding. Fragments on neighbouring lines that overlap
///    horizontally and sit less than a third of a line apart form one cell: lines within a
///    cell sit closer than lines of neighbouring cells, which padding separates, and
///    overlap (rather than a shared left edge) joins centred text as well as left-aligned.
/// 5. **Joining**: a cell belongs to the first row whose figures lie beside it — a label
///    wrapped over lines, or a merged cell beside several rows, which is written at its
///    first row as Word writes it — or else to the nearest row within a line's height;
///    anything else stays a line of its own. A row reads its label cells column by
///    column, then its figures: `label<TAB>figure<TAB>figure…`.
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
        /// A line of one figure standing where figures stand, right of the labels: the one
        /// printed figure of a row whose other cells are blank.
        var loneFigure = false
        var isRow: Bool { firstFigure.map { $0 > 0 || segments.count >= 2 || loneFigure } ?? false }
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
        // Compared with the line's mean centre and height so far, not its first glyph: label
        // text, digits and a merged cell's text beside a row sit a few points apart.
        var centre = 0.0, height = 0.0
        for glyph in glyphs {
            if let group = groups.last, !group.isEmpty,
               abs(glyph.centreY - centre) <= 0.4 * max(min(glyph.height, height), 1) {
                groups[groups.count - 1].append(glyph)
                let count = Double(group.count + 1)
                centre += (glyph.centreY - centre) / count
                height += (glyph.height - height) / count
            } else {
                groups.append([glyph])
                centre = glyph.centreY
                height = glyph.height
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
        let em = PDFLayout.em(glyphs)
        var segments: [Segment] = []
        var text = ""
        var start = glyphs[0].x1
        var previous: PDFGlyph?
        for glyph in glyphs {
            if let previous {
                let gap = glyph.x1 - previous.x2
                let crossesBoundary = boundaries.contains { previous.x2 <= $0 && glyph.x1 >= $0 }
                // A run of figures set apart from the label before it (half an em) is a cell.
                let figureFollows = previous.character.isHan && glyph.character.isNumber && gap >= 0.45 * em
                    && glyphs.drop { $0.x1 < glyph.x1 }.allSatisfy { $0.character.isNumber || $0.character == "." }
                if gap > 0.8 * em || crossesBoundary || figureFollows {
                    segments.append(Segment(text: text, x1: start, x2: previous.x2))
                    text = ""
                    start = glyph.x1
                } else if gap >= 0.2 * em && !glyph.character.isHan && !previous.character.isHan
                            && !glyph.character.isCJKPunctuation && !previous.character.isCJKPunctuation {
                    // A space only between Latin letters or digits: the gap typesetters leave
                    // between Han and digits (autospace) is not a character of the text.
                    text += " "
                }
            }
            text.append(glyph.character)
            previous = glyph
        }
        segments.append(Segment(text: text, x1: start, x2: previous!.x2))
        return segments
    }

    /// A run of label glyphs within one cell on one line.
    struct Fragment { var text: String; var x1: Double; var x2: Double; var y1: Double; var y2: Double; var line: Int }

    /// Joins label text to the table rows it belongs to, column by column (steps 3 and 4).
    static func rows(_ lines: [Line]) -> [Line] {
        var lines = lines
        // A lone figure is a row when it stands right of where some row's figures start, as
        // far from the left margin as table figures are (a page number sits in no such place).
        let figureStarts = lines.filter(\.isRow).map { $0.segments[$0.firstFigure!].x1 }
        let margin = lines.map(\.x1).min() ?? 0
        if let leftmostFigure = figureStarts.min(), leftmostFigure > margin {
            for index in lines.indices where !lines[index].isRow && lines[index].firstFigure == 0 && lines[index].segments.count == 1 {
                let em = PDFLayout.em(lines[index].glyphs)
                lines[index].loneFigure = lines[index].x1 >= leftmostFigure - em && lines[index].x1 > margin + 6 * em
            }
        }
        let rowIndices = lines.indices.filter { lines[$0].isRow }
        guard !rowIndices.isEmpty else { return lines }
        func figuresStart(_ row: Int) -> Double { lines[row].segments[lines[row].firstFigure!].x1 }
        func nearestRows(_ index: Int) -> [Int] {
            let after = rowIndices.firstIndex { $0 > index } ?? rowIndices.count
            return [after - 1, after].filter { $0 >= 0 && $0 < rowIndices.count }.map { rowIndices[$0] }
        }
        // Label fragments: the label part of each row line, and lines of label text alone
        // (left of where the nearest rows' figures start).
        var fragments: [Fragment] = []
        for (index, line) in lines.enumerated() {
            let limit: Double
            if line.isRow { limit = figuresStart(index) } else {
                let near = nearestRows(index)
                guard !near.isEmpty else { continue }
                limit = near.map(figuresStart).min()!
                guard line.x2 < limit else { continue }
            }
            var run: [PDFGlyph] = []
            func close() {
                if let first = run.first, let last = run.last {
                    // The fragment's own height: a line's glyphs may come from cells set at other heights.
                    fragments.append(Fragment(text: String(run.map(\.character)), x1: first.x1, x2: last.x2,
                                              y1: run.map(\.y1).min()!, y2: run.map(\.y2).max()!, line: index))
                }
                run = []
            }
            // Within a cell glyphs abut or leave a space; cells leave their padding, half a glyph or more.
            let em = PDFLayout.em(line.glyphs)
            for glyph in line.glyphs where glyph.x2 <= limit + 0.5 {
                if let last = run.last, glyph.x1 - last.x2 >= 0.5 * em { close() }
                run.append(glyph)
            }
            close()
        }
        // Cells; a numbered label (`2.重复申请`, `（四）无法提供`, `四、结转…`) starts one of its own,
        // however tightly a producer sets its rows.
        let cells = PDFCellJoiner.cells(fragments) { ListNumber.starts($0.text) }
        // Each cell belongs to the first row whose figures lie beside it, or to the nearest
        // row within a line's height; other cells stay text of their own.
        var labels: [Int: [(x: Double, x2: Double, text: String)]] = [:]
        var used = Set<Int>()  // lines whose fragments all went to rows
        var unusedFragments: [Int: [Fragment]] = [:]
        for cell in cells {
            let top = cell.map(\.y1).min()!, bottom = cell.map(\.y2).max()!
            let beside = rowIndices.filter { lines[$0].centreY >= top - 1 && lines[$0].centreY <= bottom + 1 }
            let height = cell[0].y2 - cell[0].y1
            let nearest = rowIndices.min { distance(lines[$0].centreY, top, bottom) < distance(lines[$1].centreY, top, bottom) }!
            let row = beside.first ?? (distance(lines[nearest].centreY, top, bottom) <= height ? nearest : nil)
            guard let row else {
                for fragment in cell { unusedFragments[fragment.line, default: []].append(fragment) }
                continue
            }
            labels[row, default: []].append((cell.map(\.x1).min()!, cell.map(\.x2).max()!, cell.map(\.text).joined()))
        }
        for index in lines.indices where !lines[index].isRow && fragments.contains(where: { $0.line == index })
            && unusedFragments[index] == nil { used.insert(index) }

        var result: [Line] = []
        for (index, line) in lines.enumerated() where !used.contains(index) {
            if line.isRow, let first = line.firstFigure {
                let cells = (labels[index] ?? []).sorted { $0.x < $1.x }
                let label = cells.map(\.text).joined(separator: " ")
                var joined = line
                // The label segment ends where its text ends: the table reader tells label from figure columns by it.
                let labelEnd = min(cells.map(\.x2).max() ?? line.x1, figuresStart(index))
                joined.segments = (label.isEmpty ? [] : [Segment(text: label, x1: cells.first?.x ?? line.x1, x2: labelEnd)])
                    + Array(line.segments[first...])
                result.append(joined)
            } else if let rest = unusedFragments[index], fragments.contains(where: { $0.line == index }) {
                var kept = line
                kept.segments = rest.map { Segment(text: $0.text, x1: $0.x1, x2: $0.x1) }
                result.append(kept)
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// The font size of a run of glyphs: the median width of its Han characters (square,
    /// one em), or three quarters of the median glyph box height when it has none.
    static func em(_ glyphs: [PDFGlyph]) -> Double {
        let han = glyphs.filter { $0.character.isHan }.map { $0.x2 - $0.x1 }.sorted()
        if !han.isEmpty { return max(han[han.count / 2], 1) }
        let heights = glyphs.map(\.height).sorted()
        return max(heights.isEmpty ? 10 : heights[heights.count / 2] * 0.75, 1)
    }

    /// Vertical distance from `y` to the span `top...bottom` (0 inside it).
    static func distance(_ y: Double, _ top: Double, _ bottom: Double) -> Double {
        y < top ? top - y : y > bottom ? y - bottom : 0
    }
}

extension Character {
    /// Full-width punctuation (U+3000–U+303F, U+FF00–U+FF65), which carries its own spacing.
    var isCJKPunctuation: Bool {
        unicodeScalars.first.map { (0x3000...0x303F).contains($0.value) || (0xFF00...0xFF65).contains($0.value) || (0x2018...0x201F).contains($0.value) } ?? false
    }
    var isHan: Bool { unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false }
}
