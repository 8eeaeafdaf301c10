import NianbaoReports

/// Turns a PDF's lines into paragraphs and table grids.
///
/// A table is found where lines end in figures (`PDFLayout.Line.isRow`); it runs on over
/// short lines between such rows (a sub-table's header, a group label) and over page
/// breaks. Its grid is built from geometry, never from the order of the text:
/// - **label column**: what `PDFLayout.rows` joined left of a row's figures;
/// - **column bands** from the header cells above the rows: header fragments right of the
///   labels are joined into cells as label cells are (overlapping, close lines), and the
///   lowest cells (no header cell under them) give one band each, bounded half-way to the
///   next; a figure belongs to the band its centre lies in, so a column left blank in a
///   row stays a blank cell instead of taking its neighbour's figure;
/// - without a header: the bands of the table it continues (the next page of a table), or
///   else the columns its figures line up in;
/// - a header block between rows (table 二's sub-tables) starts a table of its own;
/// - two figures in one band stay together in one cell, which the table reader then
///   refuses to read as a figure.
struct PDFTableAssembler {
    private(set) var blocks: [DocumentModel.Block] = []
    private var open: OpenTable?
    /// Lines of running text waiting to be written as paragraphs, with their pages: a
    /// table's header at the foot of a page belongs to the rows on the next.
    private var text: [(line: PDFLayout.Line, page: PopplerText.Page)] = []

    /// A figure column: where its figures are looked for (`left..<right`, half-way to the
    /// neighbours), and the header cell or figures it was made from (`x1...x2`).
    struct Band {
        var centre: Double
        var left: Double
        var right: Double
        var x1: Double
        var x2: Double

        /// A figure far outside what the column was made from stands under no header cell
        /// (a column whose header was not read): giving it to the nearest column would be a guess.
        func holds(_ x1: Double, _ x2: Double, em: Double) -> Bool {
            min(x2, self.x2 + 1.5 * em) > max(x1, self.x1 - 1.5 * em)
        }
    }

    private struct OpenTable {
        var bands: [Band]
        var rows: [[DocumentModel.TableCell]]
        var em: Double
        /// Digits wrapped in a cell of a page's last row: settled by what the next page
        /// starts with (more of the cell, or a row of its own).
        var pendingWrap: (row: Int, column: Int, digits: String)?
    }

    /// Adds one page's lines (after `PDFLayout.rows`), top to bottom.
    mutating func add(_ lines: [PDFLayout.Line], page: PopplerText.Page) {
        var index = 0
        while index < lines.count {
            guard lines[index].isRow else {
                appendText(lines[index], page: page)
                index += 1
                continue
            }
            let end = regionEnd(lines, from: index)
            let region = Array(lines[index...end])
            let edge = Self.labelEdge(region)
            // Header lines: the table-like lines right above the first row.
            var start = text.count
            while start > 0, text.count - start < 10,
                  isHeaderLine(text[start - 1].line, edge: edge, below: start < text.count ? text[start] : (region[0], page)) {
                start -= 1
            }
            let header = text[start...].map(\.line)
            text.removeLast(text.count - start)
            if !text.isEmpty { flushText() }
            table(header: header, region: region, edge: edge, page: page, atPageEnd: end == lines.count - 1)
            index = end + 1
        }
    }

    mutating func finish() {
        flushText()
        closeTable()
    }

    // MARK: - Regions

    /// The last line of the table starting at `start`: rows, and gaps of up to six
    /// table-like lines that another row follows.
    private func regionEnd(_ lines: [PDFLayout.Line], from start: Int) -> Int {
        var end = start
        var next = start + 1
        while next < lines.count {
            if lines[next].isRow { end = next; next += 1; continue }
            var probe = next
            while probe < lines.count, !lines[probe].isRow, probe - next < 6, Self.isTableLike(lines[probe]) { probe += 1 }
            guard probe < lines.count, lines[probe].isRow else { break }
            end = probe
            next = probe + 1
        }
        return end
    }

    /// A line that can be part of a table: no sentence, no part heading (`三、收到和处理…`).
    static func isTableLike(_ line: PDFLayout.Line) -> Bool {
        let text = String(line.text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        if text.hasSuffix("。") || text.hasSuffix("：") || text.hasSuffix(":") { return false }
        let numerals = "一二三四五六七八九十"
        if let first = text.first, numerals.contains(first), text.dropFirst().first == "、",
           text.filter({ $0.isHan }).count >= 8 { return false }
        return true
    }

    /// Where labels end and figure columns begin: right of every row's label, left of every figure.
    static func labelEdge(_ rows: [PDFLayout.Line]) -> Double {
        let figureStarts = rows.compactMap { row in row.firstFigure.map { row.segments[$0].x1 } }
        let labelEnds = rows.compactMap { row -> Double? in
            guard let first = row.firstFigure, first > 0 else { return nil }
            return row.segments[first - 1].x2
        }
        let firstFigure = figureStarts.min() ?? 0
        guard let labelEnd = labelEnds.max() else { return firstFigure - 1 }
        return min(labelEnd + 1, firstFigure - 0.5)
    }

    /// A line of a header: table-like, close above the line under it, and not one run of
    /// text across the edge between labels and figures (a paragraph or a heading).
    private func isHeaderLine(_ line: PDFLayout.Line, edge: Double, below: (line: PDFLayout.Line, page: PopplerText.Page)) -> Bool {
        guard Self.isTableLike(line) else { return false }
        // On one page, close above the line under it; across a page break, the page's last lines.
        if below.line.page == line.page, below.line.y1 - line.y2 > 2.5 * line.height { return false }
        if line.segments.count >= 2 { return true }
        return line.x2 <= edge + 2 || line.x1 >= edge - 2
    }

    // MARK: - Text

    private mutating func appendText(_ line: PDFLayout.Line, page: PopplerText.Page) {
        text.append((line, page))
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        closeTable()
        var start = 0
        while start < text.count {
            var end = start
            while end + 1 < text.count, text[end + 1].page.number == text[start].page.number { end += 1 }
            blocks += PDFReader.paragraphs(text[start...end].map(\.line), page: text[start].page)
            start = end + 1
        }
        text = []
    }

    // MARK: - Tables

    private mutating func settleWrap(_ pending: (row: Int, column: Int, digits: String)) {
        guard var table = open, pending.row < table.rows.count, pending.column < table.rows[pending.row].count else { return }
        table.rows[pending.row][pending.column].text = pending.digits
        table.rows[pending.row][pending.column].isBroken = false
        open = table
    }

    private mutating func closeTable() {
        if let pending = open?.pendingWrap {
            open?.pendingWrap = nil
            settleWrap(pending)
        }
        guard let table = open else { return }
        if !table.rows.isEmpty { blocks.append(.table(DocumentModel.Table(rows: table.rows))) }
        open = nil
    }

    /// Splits a region into blocks, each its header lines and rows, and adds them to tables.
    /// Lines between rows that name columns start a block; other such lines (a group label,
    /// `第二十条第（五）项`) are rows without figures.
    private mutating func table(header: [PDFLayout.Line], region: [PDFLayout.Line], edge: Double, page: PopplerText.Page,
                                atPageEnd: Bool) {
        var parts: [(header: [PDFLayout.Line], rows: [PDFLayout.Line])] = [(header, [])]
        var gap: [PDFLayout.Line] = []
        for line in region {
            guard line.isRow else { gap.append(line); continue }
            if !gap.isEmpty {
                if hasColumnHeader(gap, edge: edge) { parts.append((gap, [])) } else { parts[parts.count - 1].rows += gap }
                gap = []
            }
            parts[parts.count - 1].rows.append(line)
        }
        for (index, part) in parts.enumerated() {
            block(header: part.header, rows: part.rows, edge: edge, page: page, atPageEnd: atPageEnd && index == parts.count - 1)
        }
    }

    private func hasColumnHeader(_ lines: [PDFLayout.Line], edge: Double) -> Bool {
        lines.contains { line in Self.fragments(line).contains { ($0.x1 + $0.x2) / 2 > edge } }
    }

    /// Adds header lines and rows: to the open table when they continue it (no header, or
    /// the same header repeated after a page break), else to a new table.
    private mutating func block(header lines: [PDFLayout.Line], rows: [PDFLayout.Line], edge: Double, page: PopplerText.Page,
                                atPageEnd: Bool) {
        guard !lines.isEmpty || !rows.isEmpty else { return }
        let em = PDFLayout.em(rows.flatMap(\.glyphs) + lines.flatMap(\.glyphs))
        let header = PDFHeaderCells(lines, edge: edge, em: em)
        if let bands = header.bands(edge: edge) {
            if let current = open, Self.sameBands(current.bands, bands, em: em) {
                // The same table goes on.
            } else {
                closeTable()
                open = OpenTable(bands: bands, rows: [], em: em)
            }
        } else if open == nil {
            open = OpenTable(bands: Self.clusterBands(rows, edge: edge, em: em), rows: [], em: em)
        } else if let current = open, !rows.isEmpty {
            // Rows under no header go on with the open table only where their figures' columns
            // each fall in a column of its own there: a table continued on another page, or a
            // second table a CMS split off, may be laid out with other column widths, and two
            // of its columns in one band would join their figures. Then they are a grid of
            // their own, whose columns the grid readers map only when every one prints a figure.
            let own = Self.clusterBands(rows, edge: edge, em: em)
            let homes = own.map { band in current.bands.firstIndex { $0.left <= band.centre && band.centre < $0.right } }
            if homes.contains(nil) || Set(homes.compactMap { $0 }).count < own.count {
                closeTable()
                open = OpenTable(bands: own, rows: [], em: em)
            }
        }
        guard let bands = open?.bands, !bands.isEmpty else { return }
        open?.rows += header.rows(bands: bands, page: page)
        let groups = Self.rowGroups(rows)
        for (index, group) in groups.enumerated() {
            addRow(group, page: page, atPageEnd: atPageEnd && index == groups.count - 1)
        }
    }

    static func sameBands(_ a: [Band], _ b: [Band], em: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0.centre - $1.centre) <= em }
    }

    /// Bands for figures under no header: their centres, grouped where they lie within an em.
    static func clusterBands(_ rows: [PDFLayout.Line], edge: Double, em: Double) -> [Band] {
        let figures = rows.flatMap { row -> [(centre: Double, x1: Double, x2: Double)] in
            guard let first = row.firstFigure else { return [] }
            return row.segments[first...].map { (($0.x1 + $0.x2) / 2, $0.x1, $0.x2) }
        }.sorted { $0.centre < $1.centre }
        var groups: [[(centre: Double, x1: Double, x2: Double)]] = []
        for figure in figures {
            if let last = groups.last?.last, figure.centre - last.centre <= em { groups[groups.count - 1].append(figure) } else { groups.append([figure]) }
        }
        return bands(groups.map { group in (group.map(\.x1).min()!, group.map(\.x2).max()!) }, edge: edge)
    }

    /// Bands around `extents` (sorted by centre, each what a column was made from), bounded
    /// half-way between neighbours.
    static func bands(_ extents: [(x1: Double, x2: Double)], edge: Double) -> [Band] {
        let centres = extents.map { ($0.x1 + $0.x2) / 2 }
        return centres.indices.map { index in
            let left = index == 0 ? min(edge, centres[0] - 1) : (centres[index - 1] + centres[index]) / 2
            let right = index == centres.count - 1 ? .infinity : (centres[index] + centres[index + 1]) / 2
            return Band(centre: centres[index], left: left, right: right, x1: extents[index].x1, x2: extents[index].x2)
        }
    }

    /// Rows as groups of lines: figures without a label, set closer under a labelled row
    /// than a line's height, are more of that row (its cells are set lower because one of
    /// them wraps over lines).
    static func rowGroups(_ rows: [PDFLayout.Line]) -> [[PDFLayout.Line]] {
        var groups: [[PDFLayout.Line]] = []
        for row in rows {
            let unlabelled = row.firstFigure == 0
            if unlabelled, let group = groups.last, let last = group.last, let first = group.first,
               (first.firstFigure ?? 1) > 0, last.page == row.page, row.y1 - last.y2 < last.height {
                groups[groups.count - 1].append(row)
            } else {
                groups.append([row])
            }
        }
        return groups
    }

    /// A row: its label cell, then one cell per band, blank where no figure lies in it. A
    /// figure set on another line than the row's other figures wraps (`13` over `0`): its
    /// cell is marked broken, since the rest of it may be on a line or page not seen here.
    private mutating func addRow(_ lines: [PDFLayout.Line], page: PopplerText.Page, atPageEnd: Bool) {
        guard let bands = open?.bands, let top = lines.first else { return }
        if let pending = open?.pendingWrap {
            // A page's last row wrapped a figure: it is whole unless this page goes on in its cell.
            open?.pendingWrap = nil
            let continues = top.firstFigure == 0 && top.segments.contains { segment in
                let centre = (segment.x1 + segment.x2) / 2
                return (bands.firstIndex { centre >= $0.left && centre < $0.right } ?? bands.count - 1) + 1 == pending.column
            }
            if !continues { settleWrap(pending) }
        }
        let location = DocumentLocation(page: page.number, line: top.number)
        var labels: [String] = []
        var pieces = Array(repeating: [(text: String, line: Int)](), count: bands.count)
        var strays = Set<Int>()
        for (lineIndex, line) in lines.enumerated() {
            let first = line.firstFigure ?? line.segments.count
            labels += line.segments[..<first].map(\.text)
            for segment in line.segments[first...] {
                let centre = (segment.x1 + segment.x2) / 2
                guard centre >= bands[0].left else { labels.append(segment.text); continue }
                let band = bands.firstIndex { centre >= $0.left && centre < $0.right } ?? bands.count - 1
                pieces[band].append((segment.text, lineIndex))
                if !bands[band].holds(segment.x1, segment.x2, em: open?.em ?? 12) { strays.insert(band) }
            }
        }
        // The line most figures are on.
        let counts = Dictionary(grouping: pieces.flatMap { $0 }, by: \.line).mapValues(\.count)
        let main = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
        var row = [DocumentModel.TableCell(labels.joined(separator: " "), location: location(column: 1))]
        for (band, found) in pieces.enumerated() {
            var cell = DocumentModel.TableCell(found.map(\.text).joined(separator: " "), location: location(column: band + 2))
            let spread = Set(found.map(\.line))
            if spread.count > 1 || spread.first.map({ $0 != main }) == true {
                // Digits wrapped in a narrow cell: lines one after another, centred on the line
                // the row's other figures are on (lines above and below it), or starting on it
                // when not at a page break, which may hold the rest.
                let ordered = spread.sorted()
                let centred = ordered.first! < main && main < ordered.last!
                let topAligned = ordered.first! == main
                // (the main line itself may hold none of the cell's digits: `13` above it, `0` below)
                let around = Set(ordered + [main]).sorted()
                let wrapped = ordered.count > 1 && around.last! - around.first! == around.count - 1 && (centred || topAligned)
                    && found.allSatisfy { $0.text.allSatisfy { ("0"..."9").contains($0) || $0 == "." } }
                cell.isBroken = true
                if wrapped && !centred && atPageEnd {
                    let rowNumber = open?.rows.count ?? 0
                    open?.pendingWrap = (rowNumber, band + 1, found.map(\.text).joined())
                } else if wrapped {
                    cell.text = found.map(\.text).joined()
                    cell.isBroken = false
                }
            }
            if strays.contains(band) { cell.isBroken = true }
            row.append(cell)
        }
        open?.rows.append(row)
    }

    /// Glyph runs of a header line, split where glyphs leave a quarter of an em or more. The
    /// glyphs of a header word abut; neighbouring cells leave their padding and border, which
    /// in a narrow column printed by a browser is less than the half em label cells leave.
    static func fragments(_ line: PDFLayout.Line) -> [PDFLayout.Fragment] {
        let em = PDFLayout.em(line.glyphs)
        var result: [PDFLayout.Fragment] = []
        var run: [PDFGlyph] = []
        func close() {
            guard let first = run.first, let last = run.last else { return }
            result.append(PDFLayout.Fragment(text: String(run.map(\.character)), x1: first.x1, x2: last.x2,
                                             y1: run.map(\.y1).min()!, y2: run.map(\.y2).max()!, line: line.number))
            run = []
        }
        for glyph in line.glyphs {
            if let last = run.last, glyph.x1 - last.x2 >= 0.25 * em { close() }
            run.append(glyph)
        }
        close()
        return result
    }
}

private extension DocumentLocation {
    func callAsFunction(column: Int) -> DocumentLocation {
        var located = self
        located.column = column
        return located
    }
}
