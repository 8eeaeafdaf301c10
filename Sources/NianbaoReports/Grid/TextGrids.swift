/// The tables of a text file, as grids, where the text has cell separators:
/// - **Markdown pipe tables** (`| 规章 | 0 | 0 | 0 |`): every cell explicit, blanks too, and
///   headers over their columns when every row has the same number of cells;
/// - **drawn grid tables** (`+----+----+` rules, pandoc's among them): read by the positions
///   of their borders, merged cells included (`DrawnGridTable`); where the positions do not
///   line up, a row is the lines between two rules and a cell the pieces of its column joined;
/// - **tables ruled by dashes** (pandoc's simple and multiline tables): each printed run
///   placed in the column whose dashes hold it (`DashRuleTable`);
/// - **one cell per line**, as Word saves a table as text: each cell a line behind a tab
///   (lines without one go on with the cell), rows separated by blank lines, an empty
///   cell a line with the tab alone;
/// - **tab-separated rows**, as PDF text tools write them.
///
/// Text cannot say where a merged cell spans, so rows are aligned on their figures: a row's
/// last cells are its figures (blank cells among them), the cells before them its label
/// parts, and rows are right-aligned. In tab-separated rows empty fields at either end of
/// the figures cannot be told from the tabs a tool adds, so a row with fewer figures than
/// its table's others is marked broken rather than guessed into columns. Text with no
/// separators at all (a crawler's dump with figures run together) makes no grid; the text
/// readers read it.
enum TextGrids {
    static func grids(_ lines: [String]) -> [TableGrid] {
        var grids: [TableGrid] = []
        var index = 0
        while index < lines.count {
            if let (grid, next) = DrawnGridTable.read(lines, from: index) ?? gridTable(lines, from: index)
                ?? DashRuleTable.read(lines, from: index) ?? pipeTable(lines, from: index) ?? cellPerLine(lines, from: index) ?? tabSeparated(lines, from: index) {
                grids.append(grid)
                index = next
            } else {
                index += 1
            }
        }
        return grids
    }

    // MARK: - Markdown

    private static func isPipeRow(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed.hasPrefix("|") && trimmed.filter { $0 == "|" }.count >= 2
    }

    private static func pipeTable(_ lines: [String], from start: Int) -> (TableGrid, Int)? {
        guard isPipeRow(lines[start]) else { return nil }
        var end = start
        while end < lines.count, isPipeRow(lines[end]) { end += 1 }
        guard end - start >= 3, lines[start..<end].filter({ $0.filter { $0 == "|" }.count >= 3 }).count >= 2 else { return nil }
        var rows: [[(String, Int)]] = []
        for number in start..<end {
            var cells = lines[number].trimmingSpaces.split(separator: "|", omittingEmptySubsequences: false).map { InlineMarkup.cell(String($0)).trimmingSpaces }
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
            // The line under the header: `|---|:---:|`.
            if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
            rows.append(cells.map { ($0, number + 1) })
        }
        // A table whose rows differ in length lost its merged cells' spans: aligned on its
        // figures as other text tables are.
        var table = grid(rows, broken: [:])
        table.headersAligned = Set(rows.map(\.count)).count == 1
        if table.headersAligned { table = headerSpans(table) }
        return (table, end)
    }

    // MARK: - pandoc grid tables

    /// A pandoc grid table: rules of `+`, `-` (`=` under the header), and between them the
    /// `|` lines of one row. The columns are the fields between pipes (a CJK character is
    /// two columns wide in the rules, so positions are not compared); a row whose lines
    /// differ in their number of fields is not a grid table.
    private static func gridTable(_ lines: [String], from start: Int) -> (TableGrid, Int)? {
        guard DrawnGridTable.isRule(lines[start]) else { return nil }
        let width = lines[start].trimmingSpaces.filter { $0 == "+" }.count - 1
        guard width >= 2 else { return nil }
        var rows: [[(String, Int)]] = []
        var pieces: [[String]] = Array(repeating: [], count: width)
        var rowLine = 0
        var index = start + 1
        while index < lines.count {
            let line = lines[index].trimmingSpaces
            if DrawnGridTable.isRule(line) {
                if rowLine > 0 { rows.append(pieces.map { (InlineMarkup.cell($0.joined()), rowLine) }) }
                pieces = Array(repeating: [], count: width)
                rowLine = 0
                index += 1
                if index < lines.count, !lines[index].trimmingSpaces.hasPrefix("|") { break }
                continue
            }
            guard line.hasPrefix("|"), line.hasSuffix("|") else { return nil }
            let fields = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == width else { return nil }
            if rowLine == 0 { rowLine = index + 1 }
            for (column, field) in fields.enumerated() {
                let text = String(field).trimmingSpaces
                if !text.isEmpty { pieces[column].append(text) }
            }
            index += 1
        }
        guard rows.count >= 2 else { return nil }
        var table = grid(rows, broken: [:])
        table.headersAligned = true
        return (headerSpans(table), index)
    }

    /// Merged header cells given back their span. Converters (pandoc's pipe and grid tables)
    /// write a merged cell's text in its first column and leave the others empty, so in the
    /// header rows (those above the first row that prints a figure) an empty cell right of a
    /// printed one continues it, when the row above does not split the two: in the first
    /// printed header row always, below only where the cells above both positions are one cell
    /// (`行政诉讼` over `未经复议直接起诉` and the blanks after it, but not `法人或其他组织`'s
    /// blanks over the blank under `总计`).
    static func headerSpans(_ table: TableGrid) -> TableGrid {
        var grid = table
        let firstData = grid.rows.firstIndex { row in row.contains { GridFigure($0.text).isFigure } } ?? 0
        for r in 0..<firstData {
            // A wholly empty row (pandoc's empty pipe-table header) divides nothing.
            let above = (0..<r).last { !grid.rows[$0].allSatisfy(\.isBlank) }
            for c in grid.rows[r].indices.dropFirst() where grid.rows[r][c].isBlank && !grid.rows[r][c - 1].isBlank {
                if let above, !grid.rows[above][c].sameCell(as: grid.rows[above][c - 1]) { continue }
                let left = grid.rows[r][c - 1]
                grid.rows[r][c] = GridCell(text: left.text, line: left.line, originRow: left.originRow,
                                           originColumn: left.originColumn, isContinuation: true)
            }
        }
        return grid
    }

    // MARK: - One cell per line

    private static func isCellLine(_ line: String) -> Bool {
        line.hasPrefix("\t") && !line.dropFirst().contains("\t")
    }

    private static func cellPerLine(_ lines: [String], from start: Int) -> (TableGrid, Int)? {
        guard isCellLine(lines[start]) else { return nil }
        var rows: [[(String, Int)]] = []
        var row: [(String, Int)] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if isCellLine(line) {
                row.append((String(line.dropFirst()), index + 1))
            } else if line.trimmingSpaces.isEmpty {
                // A remark set as a paragraph of its own in a cell (`1`, blank, `（2025年1月1日生效）`)
                // goes on with that cell when the row's next cell follows it.
                if !row.isEmpty, index + 2 < lines.count, !isCellLine(lines[index + 1]), !lines[index + 1].contains("\t"),
                   lines[index + 1].trimmingSpaces.first.map({ "（([【".contains($0) }) == true,
                   lines[index + 1].count <= 40, isCellLine(lines[index + 2]) {
                    row[row.count - 1].0 += "\n" + lines[index + 1]
                    index += 2
                    continue
                }
                if !row.isEmpty { rows.append(row); row = [] }
                // Two blank lines, or a blank line before a line that is no cell, end the table.
                if index + 1 >= lines.count || !isCellLine(lines[index + 1]) { break }
            } else if !row.isEmpty, !line.contains("\t") {
                // A cell's text goes on over lines without a tab.
                row[row.count - 1].0 += "\n" + line
            } else {
                break
            }
            index += 1
        }
        if !row.isEmpty { rows.append(row) }
        guard rows.count >= 3, rows.filter({ $0.count >= 2 }).count >= 2 else { return nil }
        var table = grid(rows, broken: shortRows(rows))
        table.headersAligned = false
        return (table, index)
    }

    // MARK: - Tab-separated rows

    private static func isTabRow(_ line: String) -> Bool {
        !isCellLine(line) && line.contains("\t") && !line.trimmingSpaces.isEmpty
    }

    private static func tabSeparated(_ lines: [String], from start: Int) -> (TableGrid, Int)? {
        guard isTabRow(lines[start]) else { return nil }
        var rows: [[(String, Int)]] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if isTabRow(line) {
                var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                while fields.last == "" { fields.removeLast() }
                rows.append(fields.map { ($0, index + 1) })
            } else if !line.trimmingSpaces.isEmpty, line.count <= 40, index + 1 < lines.count, isTabRow(lines[index + 1]) {
                // A sub-table's title between rows (`第二十条第（五）项`): a row of one cell.
                rows.append([(line.trimmingSpaces, index + 1)])
            } else if !line.trimmingSpaces.isEmpty || index + 1 >= lines.count || !isTabRow(lines[index + 1]) {
                break
            }
            index += 1
        }
        guard rows.count >= 3 else { return nil }
        // Empty fields at the ends of a row's figures cannot be told from the tabs a tool adds.
        let broken = shortRows(rows)
        var table = grid(rows, broken: broken)
        table.headersAligned = false
        return (table, index)
    }

    // MARK: - Alignment

    /// The number of cells a row ends in that are figures or blank (its figures); 0 when
    /// none of them prints a figure (a header row ending in an empty cell).
    static func figureCount(_ cells: [String]) -> Int {
        var count = 0
        var printed = false
        for cell in cells.reversed() {
            let figure = GridFigure(cell)
            if case .other = figure { break }
            if figure.isFigure { printed = true }
            count += 1
        }
        return printed ? count : 0
    }

    /// Rows with fewer figures than the widest row under the same header (rows without
    /// figures divide a table's parts): cut off, or with blank cells the text left out.
    /// Their figures cannot be placed in columns.
    static func shortRows(_ rows: [[(String, Int)]]) -> [Int: Int] {
        let widths = rows.map { figureCount($0.map(\.0)) }
        var broken: [Int: Int] = [:]
        var run: [Int] = []
        for row in rows.indices + [rows.count] {
            if row < rows.count, widths[row] > 0, rows[row].count > widths[row] { run.append(row); continue }
            let widest = run.map { widths[$0] }.max() ?? 0
            for short in run where widths[short] < widest { broken[short] = widest }
            run = []
        }
        return broken
    }

    /// Rows right-aligned: figures under figures, the label parts before them joined into
    /// the label column, so that a row's own label stands right before its figures.
    /// A short row (`broken`: row → its table's figure count) keeps its label before the
    /// figure columns and has every figure cell broken.
    private static func grid(_ rows: [[(String, Int)]], broken: [Int: Int]) -> TableGrid {
        let width = rows.map(\.count).max() ?? 0
        var result: [[GridCell]] = []
        for (r, row) in rows.enumerated() {
            var placed = Array(repeating: ("", row.first?.1 ?? 0), count: width)
            if let figures = broken[r] {
                let labels = row.count - figureCount(row.map(\.0))
                let firstFigure = width - figures
                for (index, cell) in row.enumerated() {
                    let column = index < labels ? firstFigure - labels + index : firstFigure + index - labels
                    if column >= 0 && column < width { placed[column] = cell }
                }
            } else {
                for (index, cell) in row.enumerated() { placed[width - row.count + index] = cell }
            }
            let firstFigure = width - (broken[r] ?? 0)
            result.append(placed.enumerated().map { column, cell in
                var gridCell = GridCell(text: CompatibilityFolding.normalise(cell.0), line: cell.1, originRow: r, originColumn: column,
                                        isContinuation: false)
                gridCell.isBroken = broken[r] != nil && column >= firstFigure
                return gridCell
            })
        }
        return TableGrid(rows: result)
    }
}
