import Foundation
import NianbaoReports

/// Reads a text file (Markdown mostly) whose tables are HTML: pandoc writes a table it
/// cannot draw in Markdown (merged cells) as `<table>` markup, and CMS editors that take
/// Markdown keep pasted tables so. Each `<table>…</table>` block is read as the grid it is,
/// by the HTML reader, and every other line is a paragraph, so no `colspan="3"` is ever
/// read as a figure and no blank cell is lost.
///
/// Lines keep their numbers: a paragraph is the line it stands on, and a table's cells
/// name their line in the file.
enum TextWithTablesReader {
    /// Whether the text holds a line that starts a `<table` and a later `</table>`.
    static func applies(_ text: String) -> Bool {
        guard let start = text.range(of: "<table", options: .caseInsensitive) else { return false }
        return text.range(of: "</table>", options: .caseInsensitive, range: start.upperBound..<text.endIndex) != nil
    }

    static func read(_ decoded: DecodedSource) -> DocumentModel {
        let lines = decoded.text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var blocks: [DocumentModel.Block] = []
        var tables = 0
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let tableStart = line.range(of: "<table", options: .caseInsensitive) {
                // Text before the table on its line is a paragraph of its own.
                let before = String(line[..<tableStart.lowerBound])
                if !before.allSatisfy(\.isWhitespace) { blocks.append(.paragraph(before, DocumentLocation(line: index + 1))) }
                var end = index
                while end < lines.count, lines[end].range(of: "</table>", options: .caseInsensitive) == nil { end += 1 }
                end = min(end, lines.count - 1)
                var markup = lines[index...end].joined(separator: "\n")
                markup.removeSubrange(markup.startIndex..<markup.range(of: "<table", options: .caseInsensitive)!.lowerBound)
                // Markup libxml2 cannot read at all stays text, line by line, as in any text file.
                guard let fragment = try? HTMLReader.read(Array(("<html><body>" + markup + "</body></html>").utf8)) else {
                    for number in index...end where !lines[number].allSatisfy(\.isWhitespace) {
                        blocks.append(.paragraph(lines[number], DocumentLocation(line: number + 1)))
                    }
                    index = end + 1
                    continue
                }
                for case .table(var table) in fragment.blocks {
                    tables += 1
                    table.rows = table.rows.map { row in
                        row.map { cell in
                            var placed = cell
                            placed.location.line = cell.location.line.map { $0 + index }
                            placed.location.table = tables
                            return placed
                        }
                    }
                    blocks.append(.table(table))
                }
                index = end + 1
                continue
            }
            if !line.allSatisfy(\.isWhitespace) { blocks.append(.paragraph(line, DocumentLocation(line: index + 1))) }
            index += 1
        }
        return DocumentModel(blocks: blocks, format: "text", encoding: decoded.encoding)
    }
}
