/// Writes a `DocumentModel` as the text the report parser reads, with a location per line,
/// and each of its tables as a `TableGrid` whose cells name the lines they were written to.
///
/// Paragraphs become lines. A table becomes its rows, each cell on a line of its own
/// behind a tab and a blank line after each row: the layout a Word table takes when
/// saved as text. The grid, not this text, is what the table readers read; the text
/// keeps the narrative's line numbers and is the fallback for a table that is no grid.
public enum DocumentText {
    public struct Rendered: Sendable {
        public var text: String
        /// `locations[n - 1]` is where line `n` of `text` came from.
        public var locations: [DocumentLocation?]
        /// The document's tables as grids, in order.
        public var grids: [TableGrid]
    }

    public static func render(_ document: DocumentModel) -> Rendered {
        var lines: [String] = []
        var locations: [DocumentLocation?] = []
        var grids: [TableGrid] = []
        func add(_ line: String, _ location: DocumentLocation?) {
            lines.append(line)
            locations.append(location)
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let text, let location):
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) { add(String(line), location) }
            case .table(let table):
                var cellLines: [[Int?]] = []
                for row in table.rows {
                    var rowLines: [Int?] = []
                    for cell in row {
                        rowLines.append(lines.count + 1)
                        let parts = cell.text.split(separator: "\n", omittingEmptySubsequences: true)
                        if parts.isEmpty { add("\t", cell.location) }
                        for (index, line) in parts.enumerated() { add((index == 0 ? "\t" : "") + line, cell.location) }
                    }
                    cellLines.append(rowLines)
                    add("", nil)
                }
                grids.append(TableGrid(table, lines: cellLines))
            }
        }
        return Rendered(text: lines.joined(separator: "\n"), locations: locations, grids: grids)
    }
}
