/// Finds a small year-by-year table printed inside the narrative: a `年份`
/// cell, a row of years, then labelled rows of as many figures.
enum SeriesExtractor {
    struct Found {
        var series: [Series]
        /// Source lines the block occupies (to lay it out as a table in Markdown).
        var lines: ClosedRange<Int>
        /// The block's rows as printed, cell by cell.
        var rows: [[String]]
    }

    static func extract(lines: [(number: Int, text: String)]) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < lines.count {
            guard isYearHeader(lines[index].text) else { index += 1; continue }
            // The block: this line and the short cell-like lines after it.
            var end = index + 1
            while end < lines.count, lines[end].text.utf8.count <= 120, !lines[end].text.containsText("。") { end += 1 }
            found += blocks(in: lines[index..<end])
            index = end
        }
        return found
    }

    /// A short line with a `年份` or `年度` cell.
    private static func isYearHeader(_ line: String) -> Bool {
        guard line.utf8.count <= 300, line.containsText("年"), line.containsText("份") || line.containsText("度") else { return false }
        return line.split(separator: "\t").contains { ["年份", "年度"].contains($0.filter { !$0.isWhitespace }) }
    }

    private static func blocks(in lines: ArraySlice<(number: Int, text: String)>) -> [Found] {
        // Cells in reading order: tabs and line breaks both separate cells.
        var cells: [(text: String, line: Int)] = []
        for line in lines {
            for cell in line.text.split(separator: "\t") {
                let text = String(cell).trimmingSpaces
                if !text.isEmpty { cells.append((text, line.number)) }
            }
        }
        var found: [Found] = []
        var index = 0
        while index < cells.count {
            let compact = cells[index].text.filter { !$0.isWhitespace }
            guard compact == "年份" || compact == "年度" else { index += 1; continue }
            var cursor = index + 1
            var years: [Int] = []
            while cursor < cells.count, let year = Int(cells[cursor].text.filter { !$0.isWhitespace }),
                  (1990...2100).contains(year), years.last.map({ year > $0 }) ?? true {
                years.append(year)
                cursor += 1
            }
            guard years.count >= 2 else { index += 1; continue }
            var series: [Series] = []
            var rows: [[String]] = [[cells[index].text] + years.map(String.init)]
            while cursor + years.count < cells.count + 1 {
                let label = cells[cursor].text
                guard cursor + years.count < cells.count + 1, label.unicodeScalars.contains(where: \.isHan),
                      Int(label) == nil else { break }
                let figures = cells[(cursor + 1)..<min(cells.count, cursor + 1 + years.count)]
                guard figures.count == years.count,
                      figures.allSatisfy({ Int($0.text.filter { !$0.isWhitespace && $0 != "," }) != nil || ["/", "—", "-"].contains($0.text) })
                else { break }
                let values = figures.map { Int($0.text.filter { !$0.isWhitespace && $0 != "," }) }
                series.append(Series(title: label.filter { !$0.isWhitespace }, points: Array(zip(years, values)).map { ($0, $1) },
                                     line: cells[cursor].line))
                rows.append([label] + figures.map(\.text))
                cursor += 1 + years.count
            }
            if !series.isEmpty {
                found.append(Found(series: series, lines: cells[index].line...cells[cursor - 1].line, rows: rows))
                index = cursor
            } else {
                index += 1
            }
        }
        return found
    }
}
