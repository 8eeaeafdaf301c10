import NianbaoReports

/// The header cells above a PDF table's rows, rebuilt from glyph fragments.
///
/// Fragments right of the label edge are column headers. Fragments on neighbouring lines
/// that overlap horizontally and sit closer than a third of a line apart are one cell
/// (`社会` / `公益` / `组织` in a narrow column), as `PDFLayout` joins label cells. The
/// lowest cells — no header cell under them — are the columns; a higher cell (`法人或其他
/// 组织`, `行政诉讼`) spans the columns under it.
struct PDFHeaderCells {
    struct Cell { var text: String; var x1: Double; var x2: Double; var y1: Double; var y2: Double; var line: Int }

    private(set) var columnCells: [Cell] = []
    /// Header text over the labels (`信息内容`, the corner cell of table 三).
    private(set) var labelText: [(text: String, line: Int)] = []
    let em: Double

    init(_ lines: [PDFLayout.Line], edge: Double, em: Double) {
        self.em = em
        var fragments: [PDFLayout.Fragment] = []
        // A header row broken over a page break (`社会公益` at the foot of one page, `组织` at
        // the top of the next): the next page's lines are moved up to follow the last line
        // before the break, so the halves of a cell join as on one page.
        var shift = 0.0
        for (index, line) in lines.enumerated() {
            if index > 0, lines[index - 1].page != line.page {
                shift = (lines[index - 1].y2 + shift + 0.2 * lines[index - 1].height) - line.y1
            }
            for var fragment in PDFTableAssembler.fragments(line) {
                fragment.y1 += shift
                fragment.y2 += shift
                fragment.line = index
                if (fragment.x1 + fragment.x2) / 2 > edge { fragments.append(fragment) } else { labelText.append((fragment.text, line.number)) }
            }
        }
        let numbers = lines.map(\.number)
        columnCells = PDFCellJoiner.cells(fragments).map { parts in
            Cell(text: parts.map(\.text).joined(), x1: parts.map(\.x1).min()!, x2: parts.map(\.x2).max()!,
                 y1: parts.map(\.y1).min()!, y2: parts.map(\.y2).max()!, line: numbers[parts[0].line])
        }.sorted { ($0.y1, $0.x1) < ($1.y1, $1.x1) }
    }

    /// The lowest cells, left to right: one column each.
    var leaves: [Cell] {
        columnCells.filter { cell in
            !columnCells.contains { other in
                other.y1 >= cell.y2 - 1 && min(cell.x2, other.x2) > max(cell.x1, other.x1)
            }
        }.sorted { $0.x1 < $1.x1 }
    }

    /// Column bands from the leaves, or nil when the lines name no column.
    func bands(edge: Double) -> [PDFTableAssembler.Band]? {
        let leaves = leaves
        guard !leaves.isEmpty else { return nil }

        return PDFTableAssembler.bands(leaves.map { ($0.x1, $0.x2) }, edge: edge)
    }

    /// The header as grid rows: one row per level of cells (by their tops), the label text
    /// in the first. A lowest cell covers its own band. The higher cells under one cell
    /// above (or under none) share the bands their level leaves free there, as the cells
    /// of a header row tile it: each spans the bands it is centred over when the cells'
    /// centres tile the run that way, else (text set flush left) from where it starts to
    /// where the next begins.
    func rows(bands: [PDFTableAssembler.Band], page: PopplerText.Page) -> [[DocumentModel.TableCell]] {
        guard !columnCells.isEmpty || !labelText.isEmpty, !bands.isEmpty else { return [] }
        var levels: [[Cell]] = []
        for cell in columnCells {
            if let first = levels.last?.first, cell.y1 <= first.y1 + 0.8 * em {
                levels[levels.count - 1].append(cell)
            } else {
                levels.append([cell])
            }
        }
        if levels.isEmpty { levels = [[]] }
        let ranges = spans(levels, bands: bands)
        let firstLine = labelText.first?.line ?? columnCells.first?.line
        var rows: [[DocumentModel.TableCell]] = []
        for (number, level) in levels.enumerated() {
            let location = DocumentLocation(page: page.number, line: level.first?.line ?? firstLine)
            var label = DocumentModel.TableCell(number == 0 ? labelText.map(\.text).joined(separator: " ") : "", location: location)
            label.location.column = 1
            var row = [label]
            var taken = Set<Int>()
            for (index, cell) in level.enumerated().sorted(by: { ($0.element.x1, $0.element.y1) < ($1.element.x1, $1.element.y1) }) {
                let covered = ranges[number][index].filter { !taken.contains($0) }
                if covered.isEmpty, ranges[number][index].count == 1, let same = row.lastIndex(where: { $0.location.column == ranges[number][index].lowerBound + 2 }) {
                    // Two lines of one column's header in one level: one cell, top to bottom.
                    row[same].text += cell.text
                    continue
                }
                guard let first = covered.first, let last = covered.last else { continue }
                taken.formUnion(first...last)
                var located = DocumentLocation(page: page.number, line: cell.line)
                located.column = first + 2
                row.append(DocumentModel.TableCell(cell.text, location: located, columnSpan: last - first + 1))
            }
            rows.append(row)
        }
        return rows
    }

    /// The bands each cell of each level spans.
    private func spans(_ levels: [[Cell]], bands: [PDFTableAssembler.Band]) -> [[ClosedRange<Int>]] {
        let leafKeys = Set(leaves.map { "\($0.x1),\($0.y1)" })
        /// A centre in band units: 2.5 lies half-way between the centres of bands 2 and 3.
        func position(_ x: Double) -> Double {
            if x <= bands[0].centre { return 0 }
            for index in 1..<bands.count where x <= bands[index].centre {
                let low = bands[index - 1].centre, high = bands[index].centre
                return Double(index - 1) + (x - low) / max(high - low, 0.001)
            }
            return Double(bands.count - 1)
        }
        func nearest(_ p: Double) -> Int { min(bands.count - 1, max(0, Int(p.rounded()))) }
        let all = 0...(bands.count - 1)
        var placed: [(level: Int, range: ClosedRange<Int>)] = []
        var result: [[ClosedRange<Int>]] = []
        for (number, level) in levels.enumerated() {
            var ranges = [ClosedRange<Int>?](repeating: nil, count: level.count)
            let centres = level.map { position(($0.x1 + $0.x2) / 2) }
            // A cell within one band is that column's own header (a lowest cell, or a line of
            // one split over lines: `自` / `然` / `人`); only cells across bands are tiled.
            for index in level.indices {
                if let band = containing(level[index], bands: bands) {
                    ranges[index] = band...band
                } else if leafKeys.contains("\(level[index].x1),\(level[index].y1)") {
                    ranges[index] = nearest(centres[index])...nearest(centres[index])
                }
            }
            let occupied = Set(ranges.compactMap { $0 }.flatMap { Array($0) })
            // The others, grouped by the cell above them.
            var groups: [ClosedRange<Int>: [Int]] = [:]
            for index in level.indices where ranges[index] == nil {
                let p = centres[index]
                let parent = placed.last { $0.level < number && Double($0.range.lowerBound) - 0.5 <= p && p <= Double($0.range.upperBound) + 0.5 }?.range ?? all
                groups[parent, default: []].append(index)
            }
            for (parent, members) in groups {
                // Runs of the parent's bands that no lowest cell of this level takes.
                var runs: [ClosedRange<Int>] = []
                var start: Int?
                for band in parent.lowerBound...(parent.upperBound + 1) {
                    let free = band <= parent.upperBound && !occupied.contains(band)
                    if free, start == nil { start = band }
                    if !free, let begun = start { runs.append(begun...(band - 1)); start = nil }
                }
                for run in runs {
                    let inRun = members.filter { Double(run.lowerBound) - 0.5 <= centres[$0] && centres[$0] <= Double(run.upperBound) + 0.5 }
                        .sorted { centres[$0] < centres[$1] }
                    guard !inRun.isEmpty else { continue }
                    for (index, range) in zip(inRun, tile(run, inRun.map { level[$0] }, centres: inRun.map { centres[$0] }, position: position, bands: bands)) {
                        ranges[index] = range
                    }
                }
            }
            let final = level.indices.map { ranges[$0] ?? nearest(centres[$0])...nearest(centres[$0]) }
            result.append(final)
            placed += final.map { (number, $0) }
        }
        return result
    }

    /// The band a cell lies wholly within. A higher cell's short text centred over several
    /// bands (`行政复议` over five) reaches past the middle band's edges; a line of a column's
    /// own header split over lines does not.
    private func containing(_ cell: Cell, bands: [PDFTableAssembler.Band]) -> Int? {
        let c = bands.map(\.centre)
        for index in c.indices {
            let left = index > 0 ? (c[index - 1] + c[index]) / 2 : c[0] - (c.count > 1 ? (c[1] - c[0]) / 2 : 3 * em)
            let right = index + 1 < c.count ? (c[index] + c[index + 1]) / 2 : c[index] + (c.count > 1 ? (c[index] - c[index - 1]) / 2 : 3 * em)
            if cell.x1 >= left, cell.x2 <= right { return index }
        }
        return nil
    }

    /// Spans for cells side by side over `run`, left to right: centred if each cell's text
    /// is centred over the bands it would span and together they tile the run, else flush left.
    private func tile(_ run: ClosedRange<Int>, _ cells: [Cell], centres: [Double], position: (Double) -> Double,
                      bands: [PDFTableAssembler.Band]) -> [ClosedRange<Int>] {
        // Band edges half-way between centres; the outer ones half a spacing out.
        let c = bands.map(\.centre)
        func left(_ i: Int) -> Double { i > 0 ? (c[i - 1] + c[i]) / 2 : c[0] - (c.count > 1 ? (c[1] - c[0]) / 2 : 20) }
        func right(_ i: Int) -> Double { i + 1 < c.count ? (c[i] + c[i + 1]) / 2 : c[i] + (c.count > 1 ? (c[i] - c[i - 1]) / 2 : 20) }
        var start = run.lowerBound
        var centred: [ClosedRange<Int>] = []
        for cell in cells {
            let middle = (cell.x1 + cell.x2) / 2
            guard start <= run.upperBound,
                  let end = (start...run.upperBound).min(by: { abs((left(start) + right($0)) / 2 - middle) < abs((left(start) + right($1)) / 2 - middle) }),
                  abs((left(start) + right(end)) / 2 - middle) <= 0.35 * (right(start) - left(start)) else { break }
            centred.append(start...end)
            start = end + 1
        }
        // Flush left: a cell starts at the band its left edge lies in.
        var starts = cells.map { cell in c.indices.first { cell.x1 + 0.5 * em < right($0) } ?? run.upperBound }
        starts[0] = run.lowerBound
        for index in starts.indices {
            starts[index] = min(max(starts[index], index > 0 ? starts[index - 1] + 1 : run.lowerBound),
                                run.upperBound - (starts.count - 1 - index))
        }
        let flushLeft = starts.indices.map { index in
            starts[index]...(index + 1 < starts.count ? max(starts[index], starts[index + 1] - 1) : run.upperBound)
        }
        // Cells that each begin where the column they would start at begins were set flush
        // left (LibreOffice's default), even where their centres happen to tile the run too.
        let setLeft = zip(cells, starts).allSatisfy { cell, band in abs(cell.x1 - bands[band].x1) <= 0.5 * em }
        if centred.count == cells.count, start == run.upperBound + 1, !(setLeft && cells.count > 1) { return centred }
        return flushLeft
    }
}
