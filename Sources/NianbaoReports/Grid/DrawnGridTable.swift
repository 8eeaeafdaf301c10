/// A text table drawn with `+`, `-`, `=` and `|` (pandoc's grid tables, reStructuredText's,
/// Emacs org's and most "ASCII table" writers), read by the positions of its borders, so
/// that merged cells keep their spans:
///
/// ```
/// +------+------+------+
/// | 行政复议             |      a cell over three columns: no `|` at the two inner borders
/// +------+------+------+
/// | 维持 | 纠正 | 总计 |
/// |      +------+      |      `维持` and `总计` go on down: spaces, not `-`, under them
/// |      | 其他 |      |
/// +------+------+------+
/// ```
///
/// Positions are display columns (`DisplayWidth`: a Han character is two wide). The borders
/// are the `+` of the table's rules; every `|` of a row and every `+` must stand on one of
/// them, and every line must be as wide as the table. A table that breaks any of this was
/// drawn with widths counted another way and is not read (the field reader in `TextGrids`
/// may still read it when it has no merged cells): a cell is never read from a neighbour's
/// columns. Cells that cover a region which is not a rectangle refuse the table as well.
enum DrawnGridTable {
    /// The grid of the table whose top rule is `lines[start]`, and the index after its last line.
    static func read(_ lines: [String], from start: Int) -> (TableGrid, Int)? {
        guard lines[start].utf8.first(where: { $0 != 0x20 }) == UInt8(ascii: "+"), isRule(lines[start]) else { return nil }
        let indent = lines[start].prefix { $0 == " " }.count
        var end = start + 1
        while end < lines.count {
            let line = Substring(lines[end])
            guard line.prefix(indent).allSatisfy({ $0 == " " }), let first = line.dropFirst(indent).first,
                  first == "+" || first == "|" else { break }
            end += 1
        }
        let rows = lines[start..<end].map { Array(String($0.dropFirst(indent)).unicodeScalars) }
        guard rows.count >= 3, isRule(lines[end - 1]), let grid = grid(rows, firstLine: start + 1) else { return nil }
        return (grid, end)
    }

    /// A rule: `+` and `-` (`=` under a header, `:` for alignment) only.
    static func isRule(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed.count >= 3 && trimmed.first == "+" && trimmed.last == "+"
            && trimmed.allSatisfy { "+-=:".contains($0) } && trimmed.contains { $0 == "-" || $0 == "=" }
    }

    /// One drawn line, as the display column of each of its characters.
    struct Drawn {
        var scalars: [Unicode.Scalar]
        var columns: [Int]
        var width: Int

        init(_ scalars: [Unicode.Scalar]) {
            var columns: [Int] = []
            var x = 0
            for scalar in scalars {
                columns.append(x)
                x += DisplayWidth.of(scalar)
            }
            self.scalars = scalars
            self.columns = columns
            self.width = x
        }

        /// The character drawn at display column `x`, if one starts there.
        func character(at x: Int) -> Unicode.Scalar? {
            var low = 0, high = columns.count
            while low < high {
                let mid = (low + high) / 2
                if columns[mid] < x { low = mid + 1 } else { high = mid }
            }
            return low < columns.count && columns[low] == x ? scalars[low] : nil
        }

        /// The characters drawn strictly between display columns `from` and `to`.
        func text(from: Int, to: Int) -> String {
            var view = String.UnicodeScalarView()
            for (index, scalar) in scalars.enumerated() where columns[index] > from && columns[index] < to { view.append(scalar) }
            return String(view)
        }

        /// A separator line: `+`, `-`, `=`, `:`, `|` and spaces, with at least one `+` and one rule character.
        var isSeparator: Bool {
            scalars.contains("+") && scalars.contains { $0 == "-" || $0 == "=" }
                && scalars.allSatisfy { "+-=:| ".unicodeScalars.contains($0) }
        }
    }

    private static func grid(_ raw: [[Unicode.Scalar]], firstLine: Int) -> TableGrid? {
        let drawn = raw.map(Drawn.init)
        let width = drawn[0].width
        guard drawn.allSatisfy({ $0.width == width }) else { return nil }
        // The borders: every `+` of every separator line.
        var borderSet = Set<Int>()
        for line in drawn where line.isSeparator {
            for (index, scalar) in line.scalars.enumerated() where scalar == "+" { borderSet.insert(line.columns[index]) }
        }
        let borders = borderSet.sorted()
        guard borders.count >= 3, borders.first == 0, borders.last == width - 1 else { return nil }
        let columnCount = borders.count - 1
        // Bands: the runs of content lines between separators.
        var bands: [[Int]] = []
        var separatorBelow: [Int] = []
        var current: [Int] = []
        for (index, line) in drawn.enumerated() {
            if line.isSeparator {
                if !current.isEmpty { bands.append(current); separatorBelow.append(index); current = [] }
                else if index > 0 { return nil }  // two separators in a row
                continue
            }
            guard line.scalars.first == "|", line.scalars.last == "|" else { return nil }
            // Every `|` stands on a border; a `|` in a cell's text would be written `\|`.
            for (i, scalar) in line.scalars.enumerated() where scalar == "|" {
                if i > 0, line.scalars[i - 1] == "\\" { continue }
                guard borderSet.contains(line.columns[i]) else { return nil }
            }
            current.append(index)
        }
        guard current.isEmpty, bands.count >= 2 else { return nil }
        // Vertical borders within a band: a `|` at the border on every line of the band.
        func verticalBorder(band: Int, at border: Int) -> Bool? {
            let marks = bands[band].map { drawn[$0].character(at: borders[border]) == "|" }
            if marks.allSatisfy({ $0 }) { return true }
            if marks.allSatisfy({ !$0 }) { return false }
            return nil
        }
        // A horizontal border under a band over one column: its separator's segment is all rule characters.
        func horizontalBorder(below band: Int, column: Int) -> Bool {
            let segment = drawn[separatorBelow[band]].text(from: borders[column], to: borders[column + 1])
            return !segment.isEmpty && segment.unicodeScalars.allSatisfy { "-=:".unicodeScalars.contains($0) }
        }
        // Cells: units (band, column) joined where no border divides them.
        var parent = Array(0..<(bands.count * columnCount))
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { parent[find(a)] = find(b) }
        for band in bands.indices {
            for column in 0..<columnCount {
                if column + 1 < columnCount {
                    guard let divided = verticalBorder(band: band, at: column + 1) else { return nil }
                    if !divided { union(band * columnCount + column, band * columnCount + column + 1) }
                }
                if band + 1 < bands.count, !horizontalBorder(below: band, column: column) {
                    union(band * columnCount + column, (band + 1) * columnCount + column)
                }
            }
        }
        var regions: [Int: (top: Int, left: Int, bottom: Int, right: Int, count: Int)] = [:]
        for band in bands.indices {
            for column in 0..<columnCount {
                let root = find(band * columnCount + column)
                if let r = regions[root] {
                    regions[root] = (min(r.top, band), min(r.left, column), max(r.bottom, band), max(r.right, column), r.count + 1)
                } else {
                    regions[root] = (band, column, band, column, 1)
                }
            }
        }
        guard regions.values.allSatisfy({ ($0.bottom - $0.top + 1) * ($0.right - $0.left + 1) == $0.count }) else { return nil }
        // Each cell's text: its lines (the separators inside it too) between its outer borders.
        var cells: [[GridCell?]] = Array(repeating: Array(repeating: nil, count: columnCount), count: bands.count)
        for region in regions.values {
            let firstLineIndex = bands[region.top].first!, lastLineIndex = bands[region.bottom].last!
            // A writer wraps a paragraph at the column's width, inside a word too (pandoc 2 splits
            // `[1]{style…}` or a long figure over lines): its lines join without a break, and a
            // blank line divides paragraphs.
            var paragraphs: [String] = [""]
            for index in firstLineIndex...lastLineIndex {
                let piece = drawn[index].text(from: borders[region.left], to: borders[region.right + 1]).trimmingSpaces
                if !piece.isEmpty { paragraphs[paragraphs.count - 1] += piece }
                else if !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append("") }
            }
            let text = CompatibilityFolding.normalise(paragraphs.filter { !$0.isEmpty }.map(InlineMarkup.cell).joined(separator: "\n"))
            for band in region.top...region.bottom {
                for column in region.left...region.right {
                    cells[band][column] = GridCell(text: text, line: firstLine + firstLineIndex, originRow: region.top,
                                                   originColumn: region.left,
                                                   isContinuation: band != region.top || column != region.left)
                }
            }
        }
        var table = TableGrid(rows: cells.map { $0.map { $0! } })
        table.headersAligned = true
        // A table drawn without merged cells may be a converter's that dropped them (pandoc 2
        // writes a merged cell's text in its first column): give header cells their span back.
        if regions.count == bands.count * columnCount { table = TextGrids.headerSpans(table) }
        return table
    }
}
