/// A table as rows × columns, the one input of the grid table readers.
///
/// Spans are expanded: a merged cell is known at every position it covers, and each
/// position says whether it is the cell's origin (its top-left) or a continuation.
/// Blank cells are explicit. Every cell keeps its place in the source, as the line of
/// the parsed text it was written to (whose `DocumentLocation` the report's source map
/// gives: HTML line, Word table/row/column, PDF page and line) or the line of a text file.
public struct TableGrid: Sendable, Equatable {
    public var rows: [[GridCell]]
    public var columnCount: Int
    /// Whether header cells stand over the columns they name. Text tables lose merged
    /// cells' spans, so their headers cannot be placed: their columns are known from the
    /// template's order once the header is seen to print the columns in that order.
    public var headersAligned = true

    public init(rows: [[GridCell]]) {
        let width = rows.map(\.count).max() ?? 0
        self.rows = rows.enumerated().map { r, row in
            row + (row.count..<width).map { GridCell(text: "", line: nil, originRow: r, originColumn: $0, isContinuation: false) }
        }
        self.columnCount = width
    }

    /// Expands a format reader's table: each cell placed at its column (its location's
    /// column, or after the cells before it) and repeated over its spans.
    /// - Parameter lines: the parsed-text line of each cell, row by row, as `DocumentText` wrote them.
    public init(_ table: DocumentModel.Table, lines: [[Int?]]) {
        var grid: [[GridCell?]] = []
        func ensure(_ row: Int, _ column: Int) {
            while grid.count <= row { grid.append([]) }
            while grid[row].count <= column { grid[row].append(nil) }
        }
        for (rowIndex, row) in table.rows.enumerated() {
            ensure(rowIndex, 0)
            var column = 0
            for (cellIndex, cell) in row.enumerated() {
                var start = max(column, (cell.location.column ?? 0) - 1)
                // A position already taken by a span from above moves the cell right.
                while start < grid[rowIndex].count, grid[rowIndex][start] != nil { start += 1 }
                let rowSpan = max(1, min(cell.rowSpan, 1000)), columnSpan = max(1, min(cell.columnSpan, 100))
                let text = CompatibilityFolding.normalise(cell.text)
                let line = cellIndex < (lines.count > rowIndex ? lines[rowIndex].count : 0) ? lines[rowIndex][cellIndex] : nil
                for r in rowIndex..<rowIndex + rowSpan {
                    for c in start..<start + columnSpan {
                        ensure(r, c)
                        if grid[r][c] != nil { continue }
                        grid[r][c] = GridCell(text: text, line: line, originRow: rowIndex, originColumn: start,
                                              isContinuation: r != rowIndex || c != start)
                        grid[r][c]?.isBroken = cell.isBroken
                    }
                }
                column = start + columnSpan
            }
        }
        // Rows a span reaches past the table's last row are not rows of the table.
        let rows = grid.prefix(table.rows.count).enumerated().map { r, row in
            row.enumerated().map { c, cell in cell ?? GridCell(text: "", line: nil, originRow: r, originColumn: c, isContinuation: false) }
        }
        self.init(rows: Array(rows))
    }

    public subscript(row: Int, column: Int) -> GridCell { rows[row][column] }

    /// The grid's rows followed by `other`'s (a table continued after a page break),
    /// with `other`'s origins renumbered.
    public func appending(_ other: TableGrid, droppingFirst skipped: Int = 0) -> TableGrid {
        let offset = rows.count - skipped
        let moved = other.rows.dropFirst(skipped).map { row in
            row.map { cell -> GridCell in
                var cell = cell
                cell.originRow = max(cell.originRow + offset, rows.count)
                return cell
            }
        }
        var joined = TableGrid(rows: rows + moved)
        joined.headersAligned = headersAligned && other.headersAligned
        return joined
    }

    /// All the grid's text, Han characters only: what classifies it.
    var hanText: String {
        var seen = Set<[Int]>()
        var view = String.UnicodeScalarView()
        for row in rows {
            for cell in row where seen.insert([cell.originRow, cell.originColumn]).inserted {
                view.append(contentsOf: cell.han)
            }
        }
        return String(view)
    }
}
