import NianbaoReports

/// Turns HTML flow content into paragraphs and tables.
struct BlockBuilder {
    private(set) var blocks: [DocumentModel.Block] = []
    private var current = ""
    private var currentLine: Int?
    private var tables = 0

    /// Elements that end a line of text before and after them.
    static let blockNames: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
                                          "article", "blockquote", "pre", "tr", "td", "th", "dd", "dt", "dl", "center",
                                          "address", "main", "caption", "tbody", "thead", "tfoot", "hr", "figure"]

    /// Collapses HTML white space (including `&nbsp;`) to single spaces and trims the ends.
    static func normalise(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0C}", "\u{A0}", "\u{200B}", "\u{FEFF}":
                pendingSpace = true
            default:
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    mutating func flush() {
        let text = BlockBuilder.normalise(current)
        if !text.isEmpty { blocks.append(.paragraph(text, DocumentLocation(line: currentLine))) }
        current = ""
        currentLine = nil
    }

    mutating func flow(_ element: MarkupNode.Element) {
        for child in element.children {
            switch child {
            case .text(let text):
                if current.isEmpty && currentLine == nil { currentLine = element.line }
                current += text
            case .element(let child):
                if HTMLReader.skipped.contains(child.name) || BlockBuilder.isHidden(child) { continue }
                switch child.name {
                case "br":
                    flush()
                case "table" where BlockBuilder.containsTable(child):
                    // A layout table: its cells are flowing text (and the data tables inside).
                    flush()
                    for row in BlockBuilder.rows(of: child) { for cell in row { flow(cell); flush() } }
                case "table":
                    flush()
                    tables += 1
                    blocks.append(.table(BlockBuilder.grid(child, number: tables)))
                default:
                    let isBlock = BlockBuilder.blockNames.contains(child.name)
                    if isBlock { flush() }
                    flow(child)
                    if isBlock { flush() }
                }
            }
        }
    }

    static func isHidden(_ element: MarkupNode.Element) -> Bool {
        guard let style = element["style"]?.lowercased().filter({ $0 != " " }) else { return element["hidden"] != nil }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    static func containsTable(_ element: MarkupNode.Element) -> Bool {
        element.children.contains { child in
            if case .element(let e) = child { return e.name == "table" || containsTable(e) }
            return false
        }
    }

    /// The `<tr>` rows of a table (directly or in `thead`/`tbody`/`tfoot`), each as its cells.
    static func rows(of table: MarkupNode.Element) -> [[MarkupNode.Element]] {
        var rows: [[MarkupNode.Element]] = []
        func collect(_ element: MarkupNode.Element) {
            for child in element.children {
                guard case .element(let e) = child else { continue }
                switch e.name {
                case "tr": rows.append(e.children.compactMap { if case .element(let c) = $0, c.name == "td" || c.name == "th" { return c } else { return nil } })
                case "thead", "tbody", "tfoot": collect(e)
                default: continue
                }
            }
        }
        collect(table)
        return rows
    }

    /// A data table as a grid: each cell placed at its column, past the cells merged down into its row.
    static func grid(_ table: MarkupNode.Element, number: Int) -> DocumentModel.Table {
        var occupied: [Int: Set<Int>] = [:]  // row → columns taken by row spans from above
        var result: [[DocumentModel.TableCell]] = []
        for (rowIndex, row) in rows(of: table).enumerated() {
            var cells: [DocumentModel.TableCell] = []
            var column = 0
            for cell in row {
                while occupied[rowIndex, default: []].contains(column) { column += 1 }
                let rowSpan = min(max(Int(normalise(cell["rowspan"] ?? "")) ?? 1, 1), 1000)
                let columnSpan = min(max(Int(normalise(cell["colspan"] ?? "")) ?? 1, 1), 100)
                for r in rowIndex..<(rowIndex + rowSpan) {
                    for c in column..<(column + columnSpan) where r > rowIndex { occupied[r, default: []].insert(c) }
                }
                var inner = BlockBuilder()
                inner.flow(cell)
                inner.flush()
                let text = inner.blocks.map { block -> String in
                    switch block {
                    case .paragraph(let text, _): return text
                    case .table(let table): return table.rows.flatMap { $0.map(\.text) }.joined(separator: "\n")
                    }
                }.joined(separator: "\n")
                let location = DocumentLocation(line: cell.line, table: number, row: rowIndex + 1, column: column + 1)
                cells.append(DocumentModel.TableCell(text, location: location, rowSpan: rowSpan, columnSpan: columnSpan))
                column += columnSpan
            }
            result.append(cells)
        }
        return DocumentModel.Table(rows: result)
    }
}
