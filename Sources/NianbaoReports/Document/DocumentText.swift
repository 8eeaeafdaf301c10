/// Writes a `DocumentModel` as the text the report parser reads, with a location per line.
///
/// Paragraphs become lines. A table becomes its rows, each cell on a line of its own
/// behind a tab and a blank line after each row: the layout a Word table takes when
/// saved as text, which the table readers already read by labels and sums. A merged
/// cell is written once, where it starts, as Word writes it.
public enum DocumentText {
    public struct Rendered: Sendable {
        public var text: String
        /// `locations[n - 1]` is where line `n` of `text` came from.
        public var locations: [DocumentLocation?]
    }

    public static func render(_ document: DocumentModel) -> Rendered {
        var lines: [String] = []
        var locations: [DocumentLocation?] = []
        func add(_ line: String, _ location: DocumentLocation?) {
            lines.append(line)
            locations.append(location)
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let text, let location):
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) { add(String(line), location) }
            case .table(let table):
                for row in table.rows {
                    for cell in row {
                        let cellLines = cell.text.split(separator: "\n", omittingEmptySubsequences: true)
                        if cellLines.isEmpty { add("\t", cell.location) }
                        for (index, line) in cellLines.enumerated() { add((index == 0 ? "\t" : "") + line, cell.location) }
                    }
                    add("", nil)
                }
            }
        }
        return Rendered(text: lines.joined(separator: "\n"), locations: locations)
    }
}
